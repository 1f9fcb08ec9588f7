//! Stage 1 of loading for `http://` and `https://` arguments (beside `walk` for paths): each URL
//! fetched, a few at once, through the cache; an OPML list's feeds fetched in turn, whether the
//! list is a URL or a file named on the command line. What comes
//! back is bytes for `formats`, which recognises a feed, a page or an OPML list by its content
//! exactly as for a file.
//!
//! What must stay true: a URL that cannot be had is one warning naming it and why, and the rest
//! still load; a URL fetched before is read from the cache when the server says it has not
//! changed (`304`) or cannot be reached, and the warning says the copy is a cached one; any
//! other scheme (`ftp://`, `file://`) is refused, not guessed at.

pub(crate) mod cache;
pub(crate) mod http;

pub use http::Limits;

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::corpus::Skipped;
use crate::corpus::formats::feed::{Markup, opml_feeds, sniff};
use crate::corpus::text::decode::decode;
use crate::corpus::walk::shown;
use http::Got;

/// URLs fetched at once: enough to hide the latency of a few slow servers, few enough to be
/// polite to one that serves them all.
const AT_ONCE: usize = 4;

/// Called as fetches end with how many are done and how many there are so far (an OPML
/// list adds its feeds once it is read).
pub type FetchProgress = Arc<dyn Fn(usize, usize) + Send + Sync>;

/// How URLs are fetched.
#[derive(Clone, Default)]
pub struct FetchOptions {
    /// The cache folder; `None` fetches without one.
    pub cache: Option<PathBuf>,
    pub limits: Limits,
    pub progress: Option<FetchProgress>,
}

impl FetchOptions {
    /// The cache where the environment puts it (`$XDG_CACHE_HOME/dossier`, else
    /// `~/.cache/dossier`), with the default limits.
    pub fn from_env() -> Self {
        FetchOptions {
            cache: cache::default_dir(),
            ..FetchOptions::default()
        }
    }
}

impl std::fmt::Debug for FetchOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FetchOptions")
            .field("cache", &self.cache)
            .field("limits", &self.limits)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

/// One document fetched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Doc {
    /// The URL as given (or as an OPML list gives it).
    pub url: String,
    pub body: Vec<u8>,
    /// Why the cached copy was read instead of a fresh one, when it was.
    pub stale: Option<String>,
}

/// What one URL came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// A document to read.
    Doc(Doc),
    /// A URL that gave nothing, and why.
    Failed(Skipped),
    /// A URL read from the cache instead of fetched, and why (its document, or for an OPML
    /// list its feeds, follow).
    Cached(Skipped),
}

impl Outcome {
    /// `result` for `url`: a document (after the note that it is a cached copy, if it is one),
    /// or the warning.
    fn of(result: Result<Doc, String>, url: &str) -> Vec<Outcome> {
        let note = |reason: &str| Skipped {
            path: shown(OsStr::new(url)),
            reason: shown(OsStr::new(reason)),
        };
        match result {
            Ok(doc) => match &doc.stale {
                Some(why) => vec![Outcome::Cached(note(why)), Outcome::Doc(doc)],
                None => vec![Outcome::Doc(doc)],
            },
            Err(why) => vec![Outcome::Failed(note(&why))],
        }
    }
}

/// The URL in a command-line argument of the form `scheme://…`, whatever the scheme.
pub(crate) fn url_arg(arg: &OsStr) -> Option<&str> {
    let s = arg.to_str()?;
    let (scheme, _) = s.split_once("://")?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    let valid = first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then_some(s)
}

/// The feeds of an OPML file named on the command line (`.opml`, or `.xml` that is one), or
/// `None` when the path is no such file or the list names no feed (it is then read, and
/// warned about, like any file). An OPML file met inside a folder is not fetched from.
pub(crate) fn opml_file(path: &Path) -> Option<Vec<String>> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    if !matches!(ext.as_str(), "opml" | "xml") || !path.is_file() {
        return None;
    }
    let feeds = opml_list(&std::fs::read(path).ok()?)?;
    (!feeds.is_empty()).then_some(feeds)
}

/// Fetches every URL in `urls`; for each, in order, the documents it gave (several for an OPML
/// list: its feeds) and the warnings for what could not be fetched.
pub(crate) fn fetch_all(urls: &[&str], opts: &FetchOptions) -> Vec<Vec<Outcome>> {
    let agent = http::agent(&opts.limits);
    let total = AtomicUsize::new(urls.len());
    let done = AtomicUsize::new(0);
    let fetch = |url: &str| {
        let result = fetch_one(&agent, opts, url);
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(progress) = &opts.progress {
            progress(n, total.load(Ordering::Relaxed));
        }
        result
    };
    let first = in_parallel(urls, &fetch);
    // OPML lists: their feeds, all fetched in one more round.
    let lists: Vec<Option<Vec<String>>> = first
        .iter()
        .map(|r| r.as_ref().ok().and_then(|doc| opml_list(&doc.body)))
        .collect();
    let feeds: Vec<&str> = lists
        .iter()
        .flatten()
        .flatten()
        .map(String::as_str)
        .collect();
    total.fetch_add(feeds.len(), Ordering::Relaxed);
    let mut fetched = in_parallel(&feeds, &fetch).into_iter();
    let mut out = Vec::with_capacity(urls.len());
    for ((url, result), list) in urls.iter().zip(first).zip(lists) {
        out.push(match list {
            None => Outcome::of(result, url),
            Some(list) if list.is_empty() => Outcome::of(Err("OPML lists no feeds".into()), url),
            Some(list) => {
                // The list itself is not read, but said to be a cached copy when it is one.
                let mut outcomes = Outcome::of(result, url);
                outcomes.retain(|o| matches!(o, Outcome::Cached(_)));
                for feed in &list {
                    let got = fetched.next().unwrap_or(Err("not fetched".into()));
                    outcomes.extend(Outcome::of(got, feed));
                }
                outcomes
            }
        });
    }
    out
}

/// The feeds an OPML document lists, or `None` when it is not one.
fn opml_list(body: &[u8]) -> Option<Vec<String>> {
    let text = decode(body).ok()?.text;
    (sniff(&text) == Markup::Opml).then(|| opml_feeds(&text))
}

/// `f` over `items` on up to [`AT_ONCE`] threads, results in input order.
fn in_parallel<R: Send>(items: &[&str], f: &(dyn Fn(&str) -> R + Sync)) -> Vec<R> {
    let slots: Vec<Mutex<Option<R>>> = items.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..AT_ONCE.min(items.len()) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    let r = f(item);
                    *slots[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(r);
                }
            });
        }
    });
    slots
        .into_iter()
        .filter_map(|m| m.into_inner().unwrap_or_else(|e| e.into_inner()))
        .collect()
}

/// One URL through the cache: a fresh body is kept; `304` reads the kept one; a failure reads
/// the kept one when there is one, and says why.
fn fetch_one(agent: &ureq::Agent, opts: &FetchOptions, url: &str) -> Result<Doc, String> {
    let Some((scheme, _)) = url.split_once("://") else {
        return Err("not a URL (http://… or https://…)".into());
    };
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return Err(format!(
            "'{scheme}://' is not fetched (only http:// and https://)"
        ));
    }
    let dir = opts.cache.as_deref();
    let cached = dir.and_then(|d| cache::load(d, url));
    let doc = |body, stale| Doc {
        url: url.to_string(),
        body,
        stale,
    };
    match http::get(agent, &opts.limits, url, cached.as_ref()) {
        Ok(Got::Fresh(entry)) => {
            // A cache that cannot be written costs the next open a full fetch, nothing more.
            if let Some(d) = dir {
                let _ = cache::store(d, url, &entry);
            }
            Ok(doc(entry.body, None))
        }
        Ok(Got::NotModified) => Ok(doc(cached.map(|c| c.body).unwrap_or_default(), None)),
        Err(why) => match cached {
            Some(c) => {
                let age = ago(c.fetched);
                Ok(doc(
                    c.body,
                    Some(format!("{why}; read the copy cached {age}")),
                ))
            }
            None => Err(why),
        },
    }
}

/// `5 minutes ago`, `3 hours ago`, `2 days ago` for a Unix time.
fn ago(then: u64) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let secs = now.saturating_sub(then);
    let (n, unit) = match secs {
        s if s < 120 => return "just now".into(),
        s if s < 2 * 3600 => (s / 60, "minutes"),
        s if s < 2 * 86400 => (s / 3600, "hours"),
        s => (s / 86400, "days"),
    };
    format!("{n} {unit} ago")
}

/// The stem of a URL's IDs: host and path, without scheme, query or final `/`
/// (`https://example.com/feed.xml?x=1` → `example.com/feed.xml`).
pub(crate) fn stem_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let rest = rest.split(['?', '#']).next().unwrap_or(rest);
    shown(OsStr::new(rest.trim_end_matches('/')))
}

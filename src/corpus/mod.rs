//! Loading articles: walk the paths given, read each format, extract metadata, clean the text.
//!
//! What must stay true: loading never panics on any input; every article that comes out has a
//! non-empty title and sanitized strings; files that cannot be used are reported in
//! [`LoadReport`], never silently dropped.
//!
//! The way through, one folder per stage: `walk` turns paths into inputs, `fetch` URLs into
//! documents (through the cache); `formats` turns each
//! input's bytes into records and texts (`read` dispatches: plain text, JSON, JSON Lines, JSON
//! arrays, saved pages, feeds); `text` decodes, sanitizes and cleans the text; `meta` reads the
//! title, date, byline and source from plain text; `store` builds the articles, packs and sorts
//! them. `par` spreads the work over the cores; `seeds` is the bundled sample corpus.

mod fetch;
mod formats;
#[cfg(feature = "fuzzing")]
pub mod fuzzing;
mod meta;
mod par;
mod seeds;
mod store;
mod text;
mod walk;

pub use fetch::{FetchOptions, FetchProgress, Limits};
pub use seeds::seeds;
pub use store::article::{Article, ArticleData, Head, Id, Origin, View};
pub use store::order::{compare_articles, compare_heads, sort_articles};
pub use store::pack::Packer;
pub(crate) use text::decode::text_of;
pub use text::sanitize::{escape_controls, sanitize};

use std::path::PathBuf;
use std::sync::Arc;

/// Decides which loaded articles are kept (see [`LoadOptions::keep`]).
pub trait Keep: Send + Sync {
    /// Whether to keep `a`.
    fn keeps(&self, a: &Article) -> bool;

    /// A cheap look at a JSON record before its article is built: `fields` are the title,
    /// source and author the article would get (those it has), sanitized but with white space
    /// not yet collapsed to single spaces; `has_text` whether the record has a body at all;
    /// `body` that body when building keeps its words as they are (no markup, nothing to
    /// sanitize), else `None`. `false` only when [`Keep::keeps`] would say no.
    fn may_keep(&self, fields: &[&str], has_text: bool, body: Option<&str>) -> bool {
        let _ = (fields, has_text, body);
        true
    }

    /// A look at an article's raw text before it is built: `raw` is a JSON line or a text
    /// file in which building spells every word of letters and digits as it is (see
    /// `store::build::raw_is_plain` and `text_is_plain`), and `stem` what an untitled
    /// article's title is made of (the file's stem, or its name). `false` only when
    /// [`Keep::keeps`] would say no to every article whose title and text take their words of
    /// letters and digits from `raw` and `stem`.
    fn may_keep_raw(&self, raw: &str, stem: &str) -> bool {
        let _ = (raw, stem);
        true
    }

    /// Whether [`Keep::may_keep_raw`] can say no: when not, it is not asked.
    fn judges_raw(&self) -> bool {
        false
    }

    /// Words of ASCII letters and digits such that [`Keep::may_keep_raw`] says no to a `raw`
    /// and `stem` that hold none of them (case aside), when it has such words: the loader
    /// then searches a whole chunk of lines for them at once and asks only about the lines
    /// that hold one.
    fn raw_words(&self) -> Option<Vec<String>> {
        None
    }

    /// Whether [`Keep::may_keep`] looks at the body: when not, it is not prepared for it.
    fn wants_body(&self) -> bool {
        false
    }
}

/// Where to load from, and what to keep.
#[derive(Clone, Default)]
pub struct LoadOptions {
    /// Files or directories; `-` is stdin. Empty means the bundled sample corpus.
    pub paths: Vec<PathBuf>,
    /// When set, only the articles it accepts are kept, tested as they load (on the loading
    /// threads), so that a one-shot filter over a huge corpus never holds the rest.
    pub keep: Option<Arc<dyn Keep>>,
    /// How `http://` and `https://` paths are fetched; `None`: [`FetchOptions::from_env`].
    pub fetch: Option<FetchOptions>,
}

impl std::fmt::Debug for LoadOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadOptions")
            .field("paths", &self.paths)
            .field("keep", &self.keep.is_some())
            .field("fetch", &self.fetch)
            .finish()
    }
}

/// Why one input was skipped, for the warning summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file, as the user would recognise it.
    pub path: String,
    /// One line, e.g. "binary file" or "line 3, column 7: expected value".
    pub reason: String,
}

/// What went wrong or was repaired while loading, short of failing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoadReport {
    /// Inputs (files or JSON records) that were skipped, with the reason.
    pub skipped: Vec<Skipped>,
    /// Files that were not UTF-8, by the encoding assumed for them (a WHATWG name such as
    /// "windows-1252" or "KOI8-R"), with how many files each, in the order first met.
    pub encodings: Vec<(&'static str, usize)>,
    /// Files with bytes that fit no encoding, shown as U+FFFD.
    pub lossy: usize,
    /// URLs that could not be fetched and were read from the cache instead, with why.
    pub cached: Vec<Skipped>,
}

/// A loaded set of articles.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The articles, newest first, undated last, then by title.
    pub articles: Vec<Article>,
    /// What was skipped or repaired.
    pub report: LoadReport,
}

/// A failure that stops loading altogether.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A path given on the command line does not exist or cannot be opened.
    #[error("'{path}': {reason}")]
    Path { path: String, reason: String },
    /// Nothing loadable was found.
    #[error("no articles found in {0}")]
    Empty(String),
}

/// Loads every article under `opts.paths` (the seeds when empty) that `opts.keep` accepts.
/// `progress` is called now and then with the number of articles kept so far, and once at the
/// end. Finding no article at all is an error; keeping none of them is not.
pub fn load(opts: &LoadOptions, progress: &mut dyn FnMut(usize)) -> Result<Corpus, LoadError> {
    if opts.paths.is_empty() {
        let mut corpus = seeds();
        if let Some(keep) = &opts.keep {
            corpus.articles.retain(|a| keep.keeps(a));
        }
        progress(corpus.articles.len());
        return Ok(corpus);
    }
    // Paths are walked first, so that a missing one fails before any URL is fetched.
    let mut skipped = Vec::new();
    let mut parts = Vec::new();
    let mut urls: Vec<String> = Vec::new();
    let mut rest = opts.paths.as_slice();
    while let Some(first) = rest.first() {
        let listed = match fetch::url_arg(first.as_os_str()) {
            Some(url) => Some(vec![url.to_string()]),
            None => fetch::opml_file(first),
        };
        if let Some(listed) = listed {
            parts.push(Part::Urls(urls.len()..urls.len() + listed.len()));
            urls.extend(listed);
            rest = &rest[1..];
            continue;
        }
        let n = rest
            .iter()
            .take_while(|p| {
                fetch::url_arg(p.as_os_str()).is_none() && fetch::opml_file(p).is_none()
            })
            .count();
        parts.push(Part::Files(walk::inputs(&rest[..n], &mut skipped)?));
        rest = &rest[n..];
    }
    let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
    let mut fetched = match (&opts.fetch, urls.is_empty()) {
        (_, true) => Vec::new(),
        (Some(f), false) => fetch::fetch_all(&urls, f),
        (None, false) => fetch::fetch_all(&urls, &FetchOptions::from_env()),
    };
    let mut sink = formats::read::Sink::new(progress, opts.keep.as_deref());
    sink.skipped = skipped;
    let mut cached = Vec::new();
    for part in parts {
        match part {
            Part::Files(inputs) => formats::read::read_all(&inputs, &mut sink),
            Part::Urls(range) => {
                for outcome in fetched[range].iter_mut().flat_map(std::mem::take) {
                    match outcome {
                        fetch::Outcome::Doc(doc) => {
                            let url = walk::shown(std::ffi::OsStr::new(&doc.url));
                            let stem = fetch::stem_of(&doc.url);
                            formats::read::read_fetched(&url, &stem, &doc.body, &mut sink);
                        }
                        fetch::Outcome::Failed(skip) => sink.skipped.push(skip),
                        fetch::Outcome::Cached(note) => cached.push(note),
                    }
                }
                sink.finish();
            }
        }
    }
    let report = LoadReport {
        skipped: sink.skipped,
        encodings: sink.encodings,
        lossy: sink.lossy,
        cached,
    };
    if sink.seen == 0 {
        return Err(LoadError::Empty(describe_empty(&opts.paths, &report)));
    }
    let mut articles = sink.articles;
    // The list grew by doubling: shrunk (in place, for a block this size) before the sort's
    // keys join it at the peak of loading's memory.
    articles.shrink_to_fit();
    sort_articles(&mut articles);
    Ok(Corpus { articles, report })
}

/// A run of paths walked together, or the URLs one argument stands for (a URL, or the feeds
/// of an OPML file), by their indexes among all the URLs.
enum Part {
    Files(Vec<walk::Input>),
    Urls(std::ops::Range<usize>),
}

/// "'dir'" or "'a', 'b' (skipped 'a': binary file, and 1 more)".
fn describe_empty(paths: &[PathBuf], report: &LoadReport) -> String {
    let names: Vec<String> = paths
        .iter()
        .map(|p| format!("'{}'", walk::shown(p.as_os_str())))
        .collect();
    let mut out = names.join(", ");
    if let Some(first) = report.skipped.first() {
        out.push_str(&format!(" (skipped '{}': {}", first.path, first.reason));
        if report.skipped.len() > 1 {
            out.push_str(&format!(", and {} more", report.skipped.len() - 1));
        }
        out.push(')');
    }
    out
}

#[cfg(test)]
mod tests;

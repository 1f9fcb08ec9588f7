//! Loading articles: walk the paths given, read each format, extract metadata, clean the text.
//!
//! What must stay true: loading never panics on any input; every article that comes out has a
//! non-empty title and sanitized strings; files that cannot be used are reported in
//! [`LoadReport`], never silently dropped.
//!
//! The way through: `walk` turns paths into inputs; `read` (and `jsonl` for streamed JSON
//! Lines, `array` for streamed JSON arrays, `json` for the record fields, `html` for saved
//! pages, `feed` for feeds and OPML lists, both with `htmltext` for HTML bodies) turns bytes
//! into text, with `decode` for text that is not UTF-8; `build` makes articles, with `charref`
//! (HTML character references) and `sanitize` first, then `clean` + `markdown` + `blocks` for
//! the lines, `extract` + `classify` + `date` + `source` + `metalines` for plain-text metadata;
//! `pack` stores them; `order` sorts. `par` spreads the work over the cores.

mod array;
mod article;
mod blocks;
mod build;
mod charref;
mod classify;
mod clean;
mod date;
mod decode;
mod extract;
mod feed;
mod html;
mod htmltext;
mod json;
mod jsonl;
mod markdown;
mod metalines;
mod order;
mod pack;
mod par;
mod prefetch;
mod read;
mod sanitize;
mod seeds;
mod source;
mod walk;

pub use article::{Article, ArticleData, Head, Id, Origin, View};
pub use order::{compare_articles, compare_heads, sort_articles};
pub use pack::Packer;
pub use sanitize::sanitize;
pub use seeds::seeds;

use std::path::PathBuf;
use std::sync::Arc;

/// Decides which loaded articles are kept (see [`LoadOptions::keep`]).
pub trait Keep: Send + Sync {
    /// Whether to keep `a`.
    fn keeps(&self, a: &Article) -> bool;

    /// A cheap look at a JSON record before its article is built: `fields` are the title,
    /// source and author the article would get (those it has), sanitized but with white space
    /// not yet collapsed to single spaces; `has_text` whether the record has a body at all.
    /// `false` only when [`Keep::keeps`] would say no.
    fn may_keep(&self, fields: &[&str], has_text: bool) -> bool {
        let _ = (fields, has_text);
        true
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
}

impl std::fmt::Debug for LoadOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadOptions")
            .field("paths", &self.paths)
            .field("keep", &self.keep.is_some())
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
    let mut skipped = Vec::new();
    let inputs = walk::inputs(&opts.paths, &mut skipped)?;
    let mut sink = read::Sink::new(progress, opts.keep.as_deref());
    sink.skipped = skipped;
    read::read_all(&inputs, &mut sink);
    let report = LoadReport {
        skipped: sink.skipped,
        encodings: sink.encodings,
        lossy: sink.lossy,
    };
    if sink.seen == 0 {
        return Err(LoadError::Empty(describe_empty(&opts.paths, &report)));
    }
    let mut articles = sink.articles;
    sort_articles(&mut articles);
    Ok(Corpus { articles, report })
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

//! Loading articles: walk the paths given, read each format, extract metadata, clean the text.
//!
//! What must stay true: loading never panics on any input; every article that comes out has a
//! non-empty title and sanitized strings; files that cannot be used are reported in
//! [`LoadReport`], never silently dropped.

mod article;

pub use article::Article;

use std::path::PathBuf;

/// Where to load from.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Files or directories; `-` is stdin. Empty means the bundled sample corpus.
    pub paths: Vec<PathBuf>,
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
    /// Files whose bytes were not valid UTF-8 and were decoded lossily.
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

/// Loads the bundled sample corpus (compiled in).
pub fn seeds() -> Corpus {
    todo!("corpus helper")
}

/// Loads every article under `opts.paths` (the seeds when empty). `progress` is called now and
/// then with the number of articles loaded so far.
pub fn load(opts: &LoadOptions, progress: &mut dyn FnMut(usize)) -> Result<Corpus, LoadError> {
    let _ = (opts, progress);
    todo!("corpus helper")
}

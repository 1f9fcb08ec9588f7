//! The article: one piece of news with its metadata and its cleaned body.
//!
//! Every string here is already sanitized: no control characters, no escape sequences.
//! `title` is never empty. `date` is `YYYY-MM-DD` when known.

use serde::Serialize;

/// One article, as loaded and cleaned.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Article {
    /// Stable identifier (DESIGN 1.3): relative path without extension, or `STEM:N`, or the record's `id`.
    pub id: String,
    /// Headline; never empty (falls back to the file name).
    pub title: String,
    /// Publication date as `YYYY-MM-DD` (or a prefix such as `YYYY-MM` when only that is known).
    pub date: Option<String>,
    /// The outlet, e.g. "TASS".
    pub source: Option<String>,
    /// Byline, authors joined with ", ".
    pub author: Option<String>,
    /// Canonical URL of the article.
    pub url: Option<String>,
    /// The file it came from, as given on the command line (None for the bundled seeds and stdin).
    pub path: Option<String>,
    /// The cleaned body, exactly as the reader shows it: paragraphs separated by one blank line.
    pub text: String,
}

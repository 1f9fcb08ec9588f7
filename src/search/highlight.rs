//! What to highlight for a query: the chars of a list row that fuzzy words matched, and the
//! byte ranges of `'exact` hits and bare words in the text the reader shows.
//!
//! What must stay true: row highlights are sorted, deduplicated char indices (not bytes) into
//! their field; exact ranges are sorted, non-overlapping and on char boundaries.

use std::ops::Range;

use super::fuzzy::{Fuzzy, Scorers};
use super::query::{Query, TermKind};
use super::text::{Needle, merge};
use super::words::Word;
use crate::corpus::Article;

/// Char indices to highlight in one list row, per field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowHighlight {
    /// Into `article.title`.
    pub title: Vec<usize>,
    /// Into `article.source` (empty when there is none).
    pub source: Vec<usize>,
    /// Into `article.author` (empty when there is none).
    pub author: Vec<usize>,
}

/// The chars matched by the query's non-negated fuzzy words, each in the field where it scored
/// best (the one that ranked the row). Meant for the few visible rows, not the whole list.
pub fn highlight(query: &Query, article: &Article) -> RowHighlight {
    let scorers = Scorers::default();
    let mut out = RowHighlight::default();
    for term in query.terms().filter(|t| !t.negated) {
        let TermKind::Fuzzy(word) = &term.kind else {
            continue;
        };
        let fuzzy = Fuzzy::new(word);
        let fields = [
            (Some(article.title()), 0),
            (article.source(), 1),
            (article.author(), 2),
        ];
        let best = fields
            .into_iter()
            .filter_map(|(text, which)| Some((fuzzy.indices(&scorers, text?)?, which)))
            // On equal scores the earlier field (the title) wins.
            .max_by_key(|((score, _), which)| (*score, -*which));
        if let Some(((_, indices), which)) = best {
            let target = match which {
                0 => &mut out.title,
                1 => &mut out.source,
                _ => &mut out.author,
            };
            target.extend(indices);
        }
    }
    for v in [&mut out.title, &mut out.source, &mut out.author] {
        v.sort_unstable();
        v.dedup();
    }
    out
}

/// Byte ranges of the hits of the query's non-negated `'exact` terms and bare words in `text`
/// (a bare word's hit is the whole word it starts, or a word one typo away): sorted,
/// overlapping hits merged, on char boundaries. The reader highlights them; `n`/`N` step
/// through them.
pub fn exact_ranges(query: &Query, text: &str) -> Vec<Range<usize>> {
    let ranges = query
        .terms()
        .filter(|t| !t.negated)
        .filter_map(|t| match &t.kind {
            TermKind::Exact(w) => Some(Needle::new(w).hits(text)),
            TermKind::Fuzzy(w) => Some(Word::new(w).ranges(text)),
            _ => None,
        })
        .flatten()
        .collect();
    merge(ranges)
}

//! What `n` and `N` step through in the reader: the mentions of the entity selected in the
//! entity panel when it is open; otherwise the filter's hits in the article (its words and
//! `'exact` terms, highlighted) and the mentions of the entities its `@name` terms name.
//!
//! What must stay true: the targets are sorted by start and do not overlap, so that stepping
//! visits each once and "hit i/n" counts them as the reader shows them.

use std::ops::Range;

use super::state::AppState;
use crate::search::{EntityFilter, TermKind};

/// The ranges of the reader's text that `n`/`N` visit, sorted, without overlaps.
pub fn targets(state: &AppState) -> Vec<Range<usize>> {
    let doc = &state.reader.doc;
    if let Some(id) = state.selected_entity() {
        return (doc.entities.iter())
            .filter(|s| s.entity == id)
            .map(|s| s.range.clone())
            .collect();
    }
    let mut ids: Vec<_> = (state.query.terms())
        .filter(|t| !t.negated)
        .filter_map(|t| match &t.kind {
            TermKind::Entity(name) => Some(state.index.resolve(name)),
            _ => None,
        })
        .flatten()
        .collect();
    ids.sort_unstable();
    let mentions = (doc.entities.iter())
        .filter(|s| ids.binary_search(&s.entity).is_ok())
        .map(|s| s.range.clone());
    let mut all: Vec<Range<usize>> = doc.hits.iter().cloned().chain(mentions).collect();
    all.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(all.len());
    for r in all {
        match out.last() {
            Some(last) if r.start < last.end => {}
            _ => out.push(r),
        }
    }
    out
}

/// "hit 2/5": where `current` is among `targets`.
pub fn position(targets: &[Range<usize>], current: Option<&Range<usize>>) -> Option<String> {
    let i = targets.iter().position(|t| Some(t) == current)?;
    Some(format!("hit {}/{}", i + 1, targets.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_position_counts_from_one() {
        let t = vec![0..3, 5..8, 9..10];
        assert_eq!(position(&t, Some(&(5..8))).as_deref(), Some("hit 2/3"));
        assert_eq!(position(&t, Some(&(4..8))), None);
        assert_eq!(position(&t, None), None);
    }
}

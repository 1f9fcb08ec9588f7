//! The narrowing rule: when a new query can only keep articles the previous one kept, the
//! worker searches the previous result instead of the whole corpus.
//!
//! What must stay true: `narrows(new, old)` implies that every article matching `new` matches
//! `old` (it may say `false` when that holds; then the worker just scans everything). Appending
//! to a non-negated term or adding an AND term narrows; appending to a negated term, adding an
//! OR alternative or removing a term widens.

use super::EntityFilter;
use super::query::{Group, Query, Term, TermKind};

/// Whether every article matching `new` also matches `old`.
pub fn narrows(new: &Query, old: &Query, ents: &dyn EntityFilter) -> bool {
    // Each old group must be implied by some new group: an extra new group only narrows more.
    old.groups()
        .iter()
        .all(|og| new.groups().iter().any(|ng| group_implies(ng, og, ents)))
}

/// Every alternative of `new` implies some alternative of `old`.
fn group_implies(new: &Group, old: &Group, ents: &dyn EntityFilter) -> bool {
    new.terms
        .iter()
        .all(|nt| old.terms.iter().any(|ot| term_implies(nt, ot, ents)))
}

fn term_implies(new: &Term, old: &Term, ents: &dyn EntityFilter) -> bool {
    if new.negated != old.negated {
        return false;
    }
    if new.negated {
        // `!x` then `!xy` keeps more, not less: only the same term is safe.
        return new.kind == old.kind;
    }
    match (&new.kind, &old.kind) {
        // Every char of the old word still has to appear, in order.
        (TermKind::Fuzzy(n), TermKind::Fuzzy(o)) => n.starts_with(o.as_str()),
        (TermKind::Exact(n), TermKind::Exact(o)) => folded(n).contains(&folded(o)),
        (TermKind::Source(n), TermKind::Source(o)) => folded(n).contains(&folded(o)),
        (
            TermKind::Anchored {
                text: n,
                start: ns,
                end: ne,
            },
            TermKind::Anchored {
                text: o,
                start: os,
                end: oe,
            },
        ) => {
            // Case matters in a smart-case anchor with capitals, so compare as typed.
            let start_ok = !os || (*ns && n.starts_with(o.as_str()));
            let end_ok = !oe || (*ne && n.ends_with(o.as_str()));
            start_ok
                && end_ok
                && (n.chars().any(char::is_uppercase) == o.chars().any(char::is_uppercase))
        }
        (TermKind::Entity(n), TermKind::Entity(o)) => {
            let old_ids = ents.resolve(o);
            ents.resolve(n).iter().all(|id| old_ids.contains(id))
        }
        (TermKind::Date(n), TermKind::Date(o)) => n.within(o),
        _ => false,
    }
}

fn folded(s: &str) -> String {
    s.chars().map(super::text::fold).collect()
}

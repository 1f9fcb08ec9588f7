//! The narrowing rule: when a new query can only keep articles the previous one kept, the
//! worker searches the previous result instead of the whole corpus.
//!
//! What must stay true: `narrows(new, old)` implies that every article matching `new` matches
//! `old` (it may say `false` when that holds; then the worker just scans everything). Appending
//! to a non-negated term or adding an AND term narrows; appending to a negated term, adding an
//! OR alternative or removing a term widens.
//!
//! A narrowing query also takes over the scores of the groups it shares, unchanged, with the
//! previous one (`split`): every article it can keep matched those groups, and a group's score
//! depends on nothing but the group and the article.

use super::EntityFilter;
use super::query::{Group, Query, Term, TermKind, parse};
use super::typo::Typo;

/// Whether every article matching `new` also matches `old`.
pub fn narrows(new: &Query, old: &Query, ents: &dyn EntityFilter) -> bool {
    // Marks change between queries: what `is:unread` kept then is no guide to now.
    if old.asks_status() {
        return false;
    }
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
        // Every char of the old word still has to appear, in order; a word starting with the
        // new one starts with the old one; a typo of the new one is a typo of the old one,
        // unless only the new one is long enough to be looked for with a typo.
        (TermKind::Fuzzy(n), TermKind::Fuzzy(o)) => {
            n.starts_with(o.as_str()) && Typo::narrows(n, o)
        }
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

/// A narrowing query split against the parts of the previous result (groups that were scored
/// together, e.g. `kerry` and then `geneva` typed after it).
#[derive(Debug)]
pub struct Split {
    /// The previous parts whose groups all reappear unchanged, by position.
    pub reused: Vec<usize>,
    /// The other groups, as a query of their own (empty when every group is reused).
    pub fresh: Query,
}

/// Splits `new`, parsed from `text`, into the parts of `old_parts` it repeats and the rest.
/// Reuses nothing when the rest cannot be rebuilt exactly.
pub fn split<'g>(new: &Query, text: &str, old_parts: impl Iterator<Item = &'g [Group]>) -> Split {
    let groups = new.groups();
    let mut taken = vec![false; groups.len()];
    let mut reused = Vec::new();
    for (i, part) in old_parts.enumerate() {
        let mut claim = taken.clone();
        let all_found = part.iter().all(|g| {
            let found = (0..groups.len()).find(|&j| !claim[j] && same_group(&groups[j], g));
            found.inspect(|&j| claim[j] = true).is_some()
        });
        if all_found {
            taken = claim;
            reused.push(i);
        }
    }
    let rest: Vec<&Group> = (groups.iter().zip(&taken))
        .filter(|(_, t)| !**t)
        .map(|(g, _)| g)
        .collect();
    // The query module builds queries from text only, so the rest is rebuilt from the text of
    // its groups (whole tokens, `|` included) and checked to come out the same.
    let rest_text: Vec<&str> = rest.iter().filter_map(|g| group_text(g, text)).collect();
    match parse(&rest_text.join(" ")) {
        Ok(fresh)
            if fresh.groups().len() == rest.len()
                && fresh
                    .groups()
                    .iter()
                    .zip(&rest)
                    .all(|(a, b)| same_group(a, b)) =>
        {
            Split { reused, fresh }
        }
        _ => Split {
            reused: Vec::new(),
            fresh: new.clone(),
        },
    }
}

/// The same test, wherever it was typed.
fn same_group(a: &Group, b: &Group) -> bool {
    a.terms.len() == b.terms.len()
        && (a.terms.iter().zip(&b.terms)).all(|(x, y)| x.negated == y.negated && x.kind == y.kind)
}

fn group_text<'t>(g: &Group, text: &'t str) -> Option<&'t str> {
    text.get(g.terms.first()?.span.start..g.terms.last()?.span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_of(new: &str, old_parts: &[&str]) -> (Vec<usize>, Query) {
        let parts: Vec<Query> = old_parts.iter().map(|p| parse(p).unwrap()).collect();
        let s = split(&parse(new).unwrap(), new, parts.iter().map(Query::groups));
        (s.reused, s.fresh)
    }

    #[test]
    fn unchanged_groups_are_reused_and_the_rest_is_rebuilt() {
        let q = |s| parse(s).unwrap();
        assert_eq!(split_of("geneva ke", &["geneva", "k"]), (vec![0], q("ke")));
        assert_eq!(split_of("geneva", &["geneva"]), (vec![0], q("")));
        assert_eq!(
            split_of("kerry  !'x a | \"b c\" geneva", &["geneva kerry"]),
            (vec![0], q("!'x a | \"b c\""))
        );
        // A part is reused whole or not at all; each new group serves one old group.
        assert_eq!(
            split_of("geneva k", &["geneva kerry"]),
            (vec![], q("geneva k"))
        );
        assert_eq!(split_of("ge ge", &["ge ge", "ge"]), (vec![0], q("")));
        assert_eq!(split_of("ge", &["ge ge"]), (vec![], q("ge")));
        // Case and position within the text do not matter, the test does.
        assert_eq!(split_of("x Ge", &["ge"]), (vec![], q("x Ge")));
    }
}

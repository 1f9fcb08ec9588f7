//! The hint for an `@name` that names no entity: "no entity '@labour' — did you mean Labour
//! Party, Labor?". One wording for the reader's filter bar and the commands' stderr.

use super::{Query, TermKind};
use crate::entities::{EntityId, Matcher};

/// The hint for the first `@name` of `query` that names no entity, with up to three nearest
/// names (those in most articles first, when `articles` knows the counts); `None` when every
/// `@name` names one. Sanitized, on one line.
pub fn unknown_entity(
    query: &Query,
    matcher: &Matcher,
    articles: Option<&dyn Fn(EntityId) -> usize>,
) -> Option<String> {
    let unknown = query
        .groups()
        .iter()
        .flat_map(|g| &g.terms)
        .find_map(|t| match &t.kind {
            TermKind::Entity(name) if matcher.resolve_prefix(name).is_empty() => Some(name),
            _ => None,
        })?;
    let near = matcher.nearest(unknown, 3, articles);
    let shown = if unknown.contains(' ') {
        format!("@\"{unknown}\"")
    } else {
        format!("@{unknown}")
    };
    let mut hint = format!("no entity '{shown}'");
    if !near.is_empty() {
        let names: Vec<&str> = near
            .iter()
            .map(|&id| matcher.entity(id).name.as_str())
            .collect();
        hint.push_str(&format!(" — did you mean {}?", names.join(", ")));
    }
    Some(crate::corpus::sanitize(&hint).replace('\n', " "))
}

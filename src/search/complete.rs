//! Completing an `@name` being typed in the filter bar: the entities whose name or an alias
//! matches what was typed, fuzzily, those that match it as a word prefix (what `@name` itself
//! filters by) before the looser matches, the most frequent first within each; once the
//! articles are counted, only names that some article mentions.
//!
//! What must stay true: every candidate matches the typed text; no entity is offered twice.

use crate::entities::{EntityId, Matcher, fold_name};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// The entities to offer for `typed` (what follows the `@`, quotes left out), best first, at
/// most `limit`. `articles` gives how many articles mention an entity, when that is known.
pub fn complete_entity(
    typed: &str,
    matcher: &Matcher,
    articles: Option<&dyn Fn(EntityId) -> usize>,
    limit: usize,
) -> Vec<EntityId> {
    let typed = typed.trim_matches('"').trim();
    if typed.is_empty() {
        return Vec::new();
    }
    let folded = fold_name(typed);
    let fuzzy = SkimMatcherV2::default().ignore_case();
    let mut found: Vec<(bool, usize, i64, EntityId)> = Vec::new();
    for (id, entity) in matcher.entities().iter().enumerate() {
        let id = id as EntityId;
        let names = std::iter::once(&entity.name).chain(&entity.aliases);
        let mut best: Option<(bool, i64)> = None;
        for name in names {
            let name_folded = fold_name(name);
            let prefix = name_folded.starts_with(folded.as_str())
                || name_folded
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w.starts_with(folded.as_str()));
            let Some(score) = fuzzy.fuzzy_match(name, typed) else {
                continue;
            };
            let this = (prefix, score);
            if best.is_none_or(|b| this > b) {
                best = Some(this);
            }
        }
        // Once the articles are counted, a name no article mentions is not worth offering.
        let n = articles.map(|f| f(id));
        if let (Some((prefix, score)), false) = (best, n == Some(0)) {
            found.push((prefix, n.unwrap_or(0), score, id));
        }
    }
    found.sort_by(|a, b| {
        (b.0, b.1, b.2)
            .cmp(&(a.0, a.1, a.2))
            .then_with(|| matcher.entity(a.3).name.cmp(&matcher.entity(b.3).name))
    });
    found.into_iter().take(limit).map(|f| f.3).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Dictionary;

    fn names(typed: &str, counts: Option<&dyn Fn(EntityId) -> usize>) -> Vec<String> {
        let m = Matcher::new(Dictionary::builtin());
        complete_entity(typed, &m, counts, 5)
            .into_iter()
            .map(|id| m.entity(id).name.clone())
            .collect()
    }

    #[test]
    fn a_word_prefix_of_a_name_or_alias_comes_first() {
        let got = names("lavr", None);
        assert_eq!(
            got.first().map(String::as_str),
            Some("Sergei Lavrov"),
            "{got:?}"
        );
        // "Kerry" is a short form, not an alias; "john k" finds him by his name.
        let got = names("john k", None);
        assert_eq!(
            got.first().map(String::as_str),
            Some("John Kerry"),
            "{got:?}"
        );
        assert!(names("", None).is_empty());
    }

    #[test]
    fn the_most_frequent_come_first() {
        let m = Matcher::new(Dictionary::builtin());
        let all = complete_entity("rus", &m, None, 50);
        assert!(all.len() >= 2, "{all:?}");
        // Make the last candidate the most frequent: it moves up among the prefix matches.
        let last = *all
            .iter()
            .rev()
            .find(|&&id| fold_name(&m.entity(id).name).starts_with("rus"))
            .unwrap();
        let counts = move |id: EntityId| usize::from(id == last) * 1000;
        let got = complete_entity("rus", &m, Some(&counts), 50);
        assert_eq!(got, [last], "names no article mentions are left out");
    }
}

//! The names nearest to an `@name` that matches no entity, for "did you mean": a word of a name
//! or alias that begins within a few typing mistakes of it ("labour" → "Labor"), or a fuzzy
//! match of it (fuzzy-matcher's skim scoring), the entities most often mentioned first.
//!
//! What must stay true: pure and deterministic (ties by id, which is name order); never panics
//! on any text.

use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

use super::EntityId;
use super::matcher::{Matcher, fold_query};

/// How close one entity came: typing mistakes (or a fuzzy match) and the fuzzy score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Near {
    /// Edits to a word prefix of one of its names; `u8::MAX` for a fuzzy match only.
    edits: u8,
    /// The best skim score over its names, negated so that higher sorts first.
    score: i64,
}

impl Matcher {
    /// Up to `limit` entities whose names are near `query`, those in most articles first
    /// (`articles(id)`: in how many articles `id` is mentioned, when known; an entity known to
    /// be in no article is left out), then the closest.
    pub fn nearest(
        &self,
        query: &str,
        limit: usize,
        articles: Option<&dyn Fn(EntityId) -> usize>,
    ) -> Vec<EntityId> {
        let query = fold_query(query);
        let q: Vec<char> = query.chars().collect();
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        let allowed = match q.len() {
            0..=2 => 0,
            3..=5 => 1,
            6..=9 => 2,
            _ => 3,
        };
        let skim = SkimMatcherV2::default();
        let mut found: Vec<(usize, Near, EntityId)> = Vec::new();
        for (i, names) in self.lookup().iter().enumerate() {
            let id = i as EntityId;
            let mentioned = articles.map(|f| f(id));
            if mentioned == Some(0) {
                continue;
            }
            let mut best: Option<Near> = None;
            for name in names {
                let edits = word_prefix_edits(name, &q, allowed);
                // A subsequence is not enough for a short query: "lab" is in too many names.
                let score = (q.len() >= 4)
                    .then(|| skim.fuzzy_match(name, &query))
                    .flatten()
                    .filter(|&s| s >= 20 * q.len() as i64);
                if edits.is_none() && score.is_none() {
                    continue;
                }
                let near = Near {
                    edits: edits.map_or(u8::MAX, |e| e as u8),
                    score: -score.unwrap_or(0),
                };
                best = Some(best.map_or(near, |b| b.min(near)));
            }
            if let Some(near) = best {
                found.push((mentioned.unwrap_or(0), near, id));
            }
        }
        found.sort_by_key(|&(n, near, id)| (std::cmp::Reverse(n), near, id));
        found.into_iter().take(limit).map(|(_, _, id)| id).collect()
    }
}

/// The fewest edits (insert, delete, substitute a char) that turn `query` into the beginning
/// of a word of `name`, when at most `allowed`.
fn word_prefix_edits(name: &str, query: &[char], allowed: usize) -> Option<usize> {
    let chars: Vec<char> = name.chars().collect();
    let mut best: Option<usize> = None;
    for start in 0..chars.len() {
        let word_start =
            chars[start].is_alphanumeric() && (start == 0 || !chars[start - 1].is_alphanumeric());
        if !word_start {
            continue;
        }
        let end = chars.len().min(start + query.len() + allowed);
        let d = prefix_distance(query, &chars[start..end]);
        if d <= allowed && best.is_none_or(|b| d < b) {
            best = Some(d);
        }
    }
    best
}

/// Edit distance from `query` to the closest prefix of `text`, a swap of two neighbouring
/// chars counting as one edit (optimal string alignment).
fn prefix_distance(query: &[char], text: &[char]) -> usize {
    // rows[1][j]: distance from the query so far to text[..j]; rows[0] the row before.
    let mut before: Vec<usize> = Vec::new();
    let mut row: Vec<usize> = (0..=text.len()).collect();
    for (i, &qc) in query.iter().enumerate() {
        let mut next = vec![i + 1; text.len() + 1];
        for j in 1..=text.len() {
            let cost = usize::from(qc != text[j - 1]);
            let mut d = (row[j - 1] + cost).min(row[j] + 1).min(next[j - 1] + 1);
            if i > 0 && j > 1 && qc == text[j - 2] && query[i - 1] == text[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            next[j] = d;
        }
        before = std::mem::replace(&mut row, next);
    }
    row.into_iter().min().unwrap_or(query.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Dictionary;

    fn matcher() -> Matcher {
        let dict = Dictionary::parse(
            r#"
[[entity]]
name = "Australian Labor Party"
kind = "org"
aliases = ["Labor"]
[[entity]]
name = "Labour Party"
kind = "org"
[[entity]]
name = "Lebanon"
kind = "place"
[[entity]]
name = "Sergei Lavrov"
kind = "person"
"#,
            "t",
        )
        .unwrap();
        Matcher::new(dict)
    }

    fn names(m: &Matcher, ids: Vec<EntityId>) -> Vec<&str> {
        ids.into_iter().map(|i| m.entity(i).name.as_str()).collect()
    }

    #[test]
    fn a_typing_mistake_away_from_a_word_of_a_name() {
        let m = matcher();
        assert_eq!(
            names(&m, m.nearest("labourr", 3, None)),
            ["Labour Party", "Australian Labor Party"]
        );
        assert_eq!(names(&m, m.nearest("lavorv", 1, None)), ["Sergei Lavrov"]);
        assert!(m.nearest("zzzz", 3, None).is_empty());
        assert!(m.nearest("", 3, None).is_empty());
    }

    #[test]
    fn most_mentioned_first_and_never_one_in_no_article() {
        let m = matcher();
        let labor = m.resolve_prefix("australian")[0];
        let counts = move |id: EntityId| if id == labor { 9 } else { 0 };
        assert_eq!(
            names(&m, m.nearest("labourr", 3, Some(&counts))),
            ["Australian Labor Party"]
        );
    }

    #[test]
    fn prefix_distance_counts_edits_to_the_nearest_prefix() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        assert_eq!(prefix_distance(&c("labour"), &c("labor par")), 1);
        assert_eq!(prefix_distance(&c("lav"), &c("lavrov")), 0);
        assert_eq!(prefix_distance(&c("abc"), &c("")), 3);
        assert_eq!(prefix_distance(&c("lavorv"), &c("lavrov")), 1);
    }
}

//! Related articles: for one article, the others that name the same people, places and
//! organisations and share its text, each with why.
//!
//! Entities are weighted by rarity (inverse document frequency: a name every article carries
//! says little); the entity score is the weighted Jaccard similarity of the two entity sets.
//! The share of text (shingles of the article found in the other) is measured for the
//! best candidates by entities. The score is the mean of both.

use super::minhash::shared_passages;
use crate::corpus::Article;
use crate::entities::EntityId;

/// Candidates, best by entities, whose text is compared.
const TEXT_CANDIDATES: usize = 60;

/// One related article and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Related {
    /// Index of the related article.
    pub article: u32,
    /// 0 to 1: the mean of the entity and text scores.
    pub score: f32,
    /// The entities both mention, rarest first.
    pub shared: Vec<EntityId>,
    /// The weighted Jaccard similarity of the two entity sets.
    pub entities: f32,
    /// The share of the article's text found in this one.
    pub text: f32,
}

/// The `limit` articles most related to article `target`, best first. `entities_of` gives an
/// article's entities, sorted, each once.
pub fn related(
    target: usize,
    articles: &[Article],
    entities_of: &(dyn Fn(usize) -> Vec<EntityId> + Sync),
    limit: usize,
) -> Vec<Related> {
    let Some(me) = articles.get(target) else {
        return Vec::new();
    };
    let all: Vec<Vec<EntityId>> = (0..articles.len()).map(entities_of).collect();
    let mut df: std::collections::HashMap<EntityId, u32> = Default::default();
    for ids in &all {
        for &id in ids {
            *df.entry(id).or_default() += 1;
        }
    }
    let n = articles.len() as f32;
    let idf = |id: &EntityId| (n / df.get(id).copied().unwrap_or(1) as f32).ln() + 0.1;
    let mine = &all[target];
    let mut scored: Vec<Related> = all
        .iter()
        .enumerate()
        .filter(|&(j, _)| j != target)
        .filter_map(|(j, ids)| {
            let shared: Vec<EntityId> = ids
                .iter()
                .filter(|id| mine.binary_search(id).is_ok())
                .copied()
                .collect();
            if shared.is_empty() {
                return None;
            }
            let both: f32 = shared.iter().map(idf).sum();
            let either: f32 = mine.iter().chain(ids).map(idf).sum::<f32>() - both;
            let entities = if either > 0.0 { both / either } else { 0.0 };
            Some(Related {
                article: j as u32,
                score: entities / 2.0,
                shared,
                entities,
                text: 0.0,
            })
        })
        .collect();
    let by_score =
        |a: &Related, b: &Related| b.score.total_cmp(&a.score).then(a.article.cmp(&b.article));
    scored.sort_by(by_score);
    scored.truncate(TEXT_CANDIDATES);
    for r in &mut scored {
        r.text = shared_passages(me.text(), articles[r.article as usize].text()).2;
        r.score = (r.entities + r.text) / 2.0;
        r.shared
            .sort_by(|a, b| idf(b).total_cmp(&idf(a)).then(a.cmp(b)));
    }
    scored.sort_by(by_score);
    scored.truncate(limit);
    scored
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ArticleData;

    fn art(text: &str) -> Article {
        Article::new(&ArticleData {
            title: "t".into(),
            text: text.into(),
            ..ArticleData::default()
        })
    }

    #[test]
    fn shared_rare_names_and_shared_text_rank_first() {
        let common =
            "The ferry left the harbour at dawn with forty passengers and a cargo of apples.";
        let articles = [
            art(common),
            art(&format!("{common} More later.")),
            art("Something else entirely about the harbour and its cranes and the weather today."),
            art("Nothing in common here at all, not one name nor a single passage of the text."),
        ];
        // Entity 1 is in every article but the last; entity 7 is rare, in 0 and 2 only.
        let ents = |i: usize| -> Vec<EntityId> {
            match i {
                0 => vec![1, 7],
                1 => vec![1],
                2 => vec![1, 7],
                _ => vec![],
            }
        };
        let r = related(0, &articles, &ents, 5);
        let order: Vec<u32> = r.iter().map(|r| r.article).collect();
        assert_eq!(order, [1, 2], "the last shares nothing");
        assert!(r[0].text > 0.9 && r[1].text == 0.0);
        assert_eq!(r[1].shared, [7, 1], "rarest first");
        assert!(r[1].entities > r[0].entities);
        assert!(related(9, &articles, &ents, 5).is_empty());
    }
}

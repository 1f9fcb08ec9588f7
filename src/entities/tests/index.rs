//! The per-article index: lazy and eager filling agree, filters and statistics.

use std::sync::Arc;

use super::*;
use crate::corpus::{Article, ArticleData};
use crate::entities::{EntityIndex, EntityStat, OnePass};

fn corpus() -> Arc<[Article]> {
    let article = |title: &str, text: &str| {
        Article::new(&ArticleData {
            title: title.to_string(),
            text: text.to_string(),
            ..Default::default()
        })
    };
    vec![
        article(
            "Lavrov in Geneva",
            "Sergei Lavrov met John Kerry. Kerry left.",
        ),
        article("Weather", "Rain in London."),
        article("Putin speaks", "Vladimir Putin and Lavrov spoke."),
    ]
    .into()
}

#[test]
fn lazy_and_eager_annotations_agree() {
    let lazy = EntityIndex::new(builtin(), corpus());
    let eager = EntityIndex::new(builtin(), corpus());
    eager.annotate_all();
    for i in 0..3 {
        assert_eq!(lazy.annotation(i), eager.annotation(i));
    }
    assert_eq!(eager.annotation(0).title.len(), 2);
}

#[test]
fn every_page_of_slots_holds_its_own_articles() {
    // 600 articles: two full pages of slots and a partial third; every third mentions Lavrov.
    let articles: Arc<[Article]> = (0..600)
        .map(|i| {
            let text = if i % 3 == 0 { "Lavrov spoke." } else { "Rain." };
            Article::new(&ArticleData {
                title: format!("Story {i}"),
                text: text.to_string(),
                ..Default::default()
            })
        })
        .collect::<Vec<_>>()
        .into();
    let index = EntityIndex::new(builtin(), articles.clone());
    let lavrov = index.matcher().resolve_prefix("lavrov");
    assert!(index.mentions_any(599, &lavrov) == (599 % 3 == 0));
    assert!(index.mentions_any(597, &lavrov) && !index.mentions_any(600, &lavrov));
    index.annotate_all();
    let hits: Vec<usize> = (0..600)
        .filter(|&i| index.mentions_any(i, &lavrov))
        .collect();
    assert_eq!(hits, (0..600).step_by(3).collect::<Vec<_>>());
    assert_eq!(index.len(), 600);
}

#[test]
fn a_pass_that_keeps_nothing_answers_as_the_index_does() {
    let articles = crate::corpus::seeds().articles;
    let articles: Arc<[Article]> = articles.into();
    let index = EntityIndex::new(builtin(), articles.clone());
    let matcher = builtin();
    let pass = OnePass::new(&matcher, &articles);
    let all: Vec<usize> = (0..articles.len() + 2).collect();
    assert_eq!(pass.stats(&all), index.stats(&all));
    assert_eq!(pass.stats(&[3, 1]), index.stats(&[3, 1]));
    assert!(pass.stats(&[]).is_empty());
    for name in ["lavrov", "geneva", "putin", "aleppo", "tass"] {
        let ids = matcher.resolve_prefix(name);
        for i in 0..articles.len() + 1 {
            assert_eq!(
                pass.mentions_any(i, &ids),
                index.mentions_any(i, &ids),
                "{name} {i}"
            );
        }
    }
}

#[test]
fn mentions_any_filters_by_entity() {
    let index = EntityIndex::new(builtin(), corpus());
    let lavrov = index.matcher().resolve_prefix("lavrov");
    let hits: Vec<usize> = (0..4).filter(|&i| index.mentions_any(i, &lavrov)).collect();
    assert_eq!(hits, [0, 2]);
    assert!(!index.mentions_any(0, &[]));
}

#[test]
fn stats_rank_by_articles_then_mentions_then_name() {
    let index = EntityIndex::new(builtin(), corpus());
    let m = index.matcher();
    let named: Vec<(String, usize, usize)> = index
        .stats(&[0, 1, 2, 99])
        .into_iter()
        .map(
            |EntityStat {
                 id,
                 articles,
                 mentions,
             }| (m.entity(id).name.clone(), articles, mentions),
        )
        .collect();
    let row = |n: &str, a, b| (n.to_string(), a, b);
    assert_eq!(
        named,
        [
            row("Sergei Lavrov", 2, 3),
            row("John Kerry", 1, 2),
            row("Vladimir Putin", 1, 2),
            row("Geneva", 1, 1),
            row("London", 1, 1),
        ]
    );
    assert_eq!(index.stats(&[1]).len(), 1);
}

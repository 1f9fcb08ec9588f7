//! The reader's index (annotations on demand, entities for filters) and the one-pass
//! counterpart the commands use: they agree with the matcher and with each other.

use std::sync::Arc;

use super::*;
use crate::corpus::{Article, ArticleData};
use crate::entities::{EntityId, EntityIndex, EntityStat, OnePass};

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
fn annotations_are_the_matchers() {
    let articles = corpus();
    let index = EntityIndex::new(builtin(), articles.clone());
    for (i, a) in articles.iter().enumerate() {
        assert_eq!(
            index.annotation(i),
            &builtin().annotate(a.title(), a.text())
        );
    }
    assert_eq!(index.annotation(0).title.len(), 2);
}

#[test]
fn every_article_keeps_its_own_entities_and_annotation() {
    // 600 articles: the entity lists are found in parts (one per core) and joined, and the
    // annotations span two full pages and a partial third; every third mentions Lavrov.
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
    // Two threads ask first at once: one finds the lists, both get the same answers.
    let hits: Vec<Vec<usize>> = std::thread::scope(|s| {
        let ask = || {
            (0..601)
                .filter(|&i| index.mentions_any(i, &lavrov))
                .collect::<Vec<_>>()
        };
        let other = s.spawn(ask);
        vec![ask(), other.join().unwrap()]
    });
    let every_third: Vec<usize> = (0..600).step_by(3).collect();
    assert_eq!(hits, [every_third.clone(), every_third]);
    for i in [0, 255, 256, 511, 512, 597, 599] {
        assert_eq!(index.annotation(i).text.is_empty(), i % 3 != 0, "{i}");
    }
    assert_eq!(index.len(), 600);
}

#[test]
fn the_index_and_a_pass_find_the_entities_each_annotation_has() {
    let articles: Arc<[Article]> = crate::corpus::seeds().articles.into();
    let index = EntityIndex::new(builtin(), articles.clone());
    let matcher = builtin();
    let pass = OnePass::new(&matcher, &articles);
    let ids: Vec<Vec<EntityId>> = (0..articles.len())
        .map(|i| index.annotation(i).entity_ids())
        .collect();
    for name in ["lavrov", "geneva", "putin", "aleppo", "tass", "john kerry"] {
        let asked = matcher.resolve_prefix(name);
        for i in 0..articles.len() + 1 {
            let has = ids
                .get(i)
                .is_some_and(|ids| asked.iter().any(|a| ids.contains(a)));
            assert_eq!(index.mentions_any(i, &asked), has, "{name} {i}");
            assert_eq!(pass.mentions_any(i, &asked), has, "{name} {i}");
        }
    }
    // Every entity's article count is the number of annotations that have it.
    let all: Vec<usize> = (0..articles.len() + 2).collect();
    for stat in pass.stats(&all) {
        let n = ids.iter().filter(|ids| ids.contains(&stat.id)).count();
        assert_eq!(stat.articles, n);
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
    let articles = corpus();
    let m = builtin();
    let index = OnePass::new(&m, &articles);
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

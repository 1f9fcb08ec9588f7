//! The machine output of `compare`, `related` and `copies` (README "Comparing coverage"), as
//! serde types built from the `compare` core's plain data.

use std::borrow::Cow;

use serde::Serialize;

use crate::compare::{Coverage, Related};
use crate::corpus::Article;
use crate::entities::Matcher;

/// The `compare --json` object.
#[derive(Serialize)]
pub struct CompareOut<'a> {
    /// Articles compared.
    articles: usize,
    /// `day` or `week`: the length of an attention bucket.
    step: &'static str,
    outlets: Vec<Outlet<'a>>,
    attention: Vec<Bucket<'a>>,
    entities: Vec<EntityCells<'a>>,
    speakers: Vec<SpeakerOut<'a>>,
    words: Vec<Vec<Word<'a>>>,
    /// Articles whose text was read for speakers and words (a sample on big collections).
    sampled: usize,
}

#[derive(Serialize)]
struct Outlet<'a> {
    /// The source, or null for articles with no known outlet.
    name: Option<&'a str>,
    articles: u32,
    undated: u32,
}

#[derive(Serialize)]
struct Bucket<'a> {
    /// The first day of the bucket.
    date: &'a str,
    /// Articles per outlet, in `outlets` order.
    counts: Vec<u32>,
}

#[derive(Serialize)]
struct EntityCells<'a> {
    name: &'a str,
    kind: &'static str,
    from: &'static str,
    /// Per outlet, the articles that mention it.
    articles: &'a [u32],
    /// Per outlet, the share of its articles that mention it (0 to 1).
    shares: Vec<f64>,
}

#[derive(Serialize)]
struct SpeakerOut<'a> {
    name: &'a str,
    /// Whether the name resolved to an entity of the dictionary or the collection.
    entity: bool,
    /// Quotations per outlet.
    counts: &'a [u32],
    quotes: Vec<QuoteOut<'a>>,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    id: Cow<'a, str>,
    text: &'a str,
}

#[derive(Serialize)]
struct Word<'a> {
    term: &'a str,
    uses: u32,
    /// The z-score of the log-odds ratio against the other outlets.
    z: f64,
}

impl<'a> CompareOut<'a> {
    /// The object for `cov` over `articles`.
    pub fn new(cov: &'a Coverage, articles: &'a [Article], matcher: &'a Matcher) -> Self {
        let cols = &cov.columns;
        let outlets = (0..cols.len())
            .map(|c| Outlet {
                name: (!cols.is_unknown(c)).then(|| cols.names[c].as_str()),
                articles: cols.articles[c],
                undated: cov.attention.undated[c],
            })
            .collect();
        let attention = (cov.attention.buckets.iter().enumerate())
            .map(|(b, date)| Bucket {
                date,
                counts: cov.attention.counts.iter().map(|col| col[b]).collect(),
            })
            .collect();
        let entities = (cov.matrix.rows.iter())
            .map(|r| {
                let e = matcher.entity(r.entity);
                EntityCells {
                    name: &e.name,
                    kind: e.kind.name(),
                    from: e.origin.name(),
                    articles: &r.counts,
                    shares: shares(&r.counts, &cols.articles),
                }
            })
            .collect();
        let speakers = (cov.speakers.iter())
            .map(|s| SpeakerOut {
                name: &s.name,
                entity: s.entity.is_some(),
                counts: &s.counts,
                quotes: (s.quotes.iter())
                    .map(|(i, text)| QuoteOut {
                        id: articles[*i as usize].id(),
                        text,
                    })
                    .collect(),
            })
            .collect();
        let words = (cov.words.iter())
            .map(|col| {
                col.iter()
                    .map(|d| Word {
                        term: &d.term,
                        uses: d.uses,
                        z: round(d.z),
                    })
                    .collect()
            })
            .collect();
        CompareOut {
            articles: cov.subset.len(),
            step: cov.attention.step.name(),
            outlets,
            attention,
            entities,
            speakers,
            words,
            sampled: cov.sampled,
        }
    }
}

/// `counts[c] / sizes[c]`, rounded to three places.
pub fn shares(counts: &[u32], sizes: &[u32]) -> Vec<f64> {
    counts
        .iter()
        .zip(sizes)
        .map(|(&n, &of)| {
            if of == 0 {
                0.0
            } else {
                round(f64::from(n) / f64::from(of))
            }
        })
        .collect()
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A `related --json` line.
#[derive(Serialize)]
pub struct RelatedOut<'a> {
    id: Cow<'a, str>,
    title: &'a str,
    date: Option<&'a str>,
    source: Option<&'a str>,
    /// 0 to 1: the mean of `entity_score` and `text_share`.
    score: f64,
    /// The entities both articles mention, rarest first.
    shared_entities: Vec<&'a str>,
    /// Weighted Jaccard similarity of the two articles' entities.
    entity_score: f64,
    /// Share of the first article's text found in this one.
    text_share: f64,
}

impl<'a> RelatedOut<'a> {
    /// The line for `r`.
    pub fn new(r: &Related, articles: &'a [Article], matcher: &'a Matcher) -> Self {
        let a = &articles[r.article as usize];
        RelatedOut {
            id: a.id(),
            title: a.title(),
            date: a.date(),
            source: a.source(),
            score: round(f64::from(r.score)),
            shared_entities: r
                .shared
                .iter()
                .map(|&id| matcher.entity(id).name.as_str())
                .collect(),
            entity_score: round(f64::from(r.entities)),
            text_share: round(f64::from(r.text)),
        }
    }
}

/// A `copies --json` line: one group.
#[derive(Serialize)]
pub struct GroupOut<'a> {
    /// The ID of the likely original (the earliest).
    pub original: Cow<'a, str>,
    /// Every member, the original first.
    pub members: Vec<MemberOut<'a>>,
}

/// One member of a group of near-copies.
#[derive(Serialize)]
pub struct MemberOut<'a> {
    pub id: Cow<'a, str>,
    pub title: &'a str,
    pub date: Option<&'a str>,
    pub source: Option<&'a str>,
    /// Estimated Jaccard similarity of its text to the original's (1 for the original).
    pub similarity: f64,
}

impl<'a> MemberOut<'a> {
    /// The member `a` with its similarity to the original.
    pub fn new(a: &'a Article, similarity: f32) -> Self {
        MemberOut {
            id: a.id(),
            title: a.title(),
            date: a.date(),
            source: a.source(),
            similarity: round(f64::from(similarity)),
        }
    }
}

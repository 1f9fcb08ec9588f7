//! The machine output shapes of DESIGN 1.4, as serde types.

use std::borrow::Cow;

use crate::corpus::Article;
use crate::entities::{Matcher, Mention};
use serde::Serialize;

/// A `list --json` line.
#[derive(Serialize)]
pub struct ListRow<'a> {
    id: Cow<'a, str>,
    title: &'a str,
    date: Option<&'a str>,
    source: Option<&'a str>,
    author: Option<&'a str>,
    url: Option<&'a str>,
    path: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<i64>,
}

impl<'a> ListRow<'a> {
    /// The row for `a`; `score` only when a query was given.
    pub fn new(a: &'a Article, score: Option<i64>) -> Self {
        let a = a.view();
        ListRow {
            id: a.id(),
            title: a.head.title,
            date: a.head.date,
            source: a.head.source,
            author: a.head.author,
            url: a.url,
            path: a.path,
            score,
        }
    }
}

/// One entity mention with code-point offsets (displaCy's manual format).
#[derive(Serialize)]
pub struct Ent<'a> {
    start: usize,
    end: usize,
    label: &'static str,
    name: &'a str,
    /// `dictionary` or `corpus` (found in the collection).
    from: &'static str,
}

/// Converts byte-offset mentions of `text` into code-point offsets, in one pass.
pub fn ents<'a>(text: &str, mentions: &[Mention], matcher: &'a Matcher) -> Vec<Ent<'a>> {
    let mut out = Vec::with_capacity(mentions.len());
    let (mut byte, mut chars) = (0, 0);
    let mut advance = |to: usize| {
        chars += text[byte..to].chars().count();
        byte = to;
        chars
    };
    for m in mentions {
        let start = advance(m.start);
        let end = advance(m.end);
        let entity = matcher.entity(m.entity);
        out.push(Ent {
            start,
            end,
            label: m.kind.label(),
            name: &entity.name,
            from: entity.origin.name(),
        });
    }
    out
}

/// The `show --json` object.
#[derive(Serialize)]
pub struct Shown<'a> {
    #[serde(flatten)]
    pub row: ListRow<'a>,
    pub text: &'a str,
    pub ents: Vec<Ent<'a>>,
    pub title_ents: Vec<Ent<'a>>,
}

/// An `entities --json` line.
#[derive(Serialize)]
pub struct EntityRow<'a> {
    pub name: &'a str,
    pub kind: &'static str,
    pub articles: usize,
    pub mentions: usize,
    /// `dictionary` or `corpus` (found in the collection).
    pub from: &'static str,
}

//! The article as the reader shows it: headline, metadata line, URL, body, with the ranges that
//! are styled (entity mentions, search hits). Shared by the TUI reader and `dossier show`, so
//! both show the same thing.
//!
//! What must stay true: every range lies on `char` boundaries of `text`; `entities` and `hits`
//! are each sorted and non-overlapping.

mod wrap;

pub use wrap::{display_width, wrap};

use crate::corpus::Article;
use crate::entities::{Annotation, EntityId, Kind, Matcher, Origin};
use std::ops::Range;

/// One highlighted entity mention in a [`Document`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Byte range in [`Document::text`].
    pub range: Range<usize>,
    /// The canonical entity.
    pub entity: EntityId,
    /// Its kind, for the style.
    pub kind: Kind,
    /// Whether a dictionary names it or it was found in the collection (styled apart).
    pub origin: Origin,
}

/// An article laid out as text with its styled ranges.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Document {
    /// Headline, `\n`, metadata line, `\n`, [URL, `\n`,] `\n`, body.
    pub text: String,
    /// The headline's range.
    pub title: Range<usize>,
    /// The metadata and URL lines' range (shown dim).
    pub meta: Range<usize>,
    /// The URL line's range, when the article has a URL: shown on one line, never wrapped.
    pub url: Option<Range<usize>>,
    /// Entity mentions, sorted.
    pub entities: Vec<Span>,
    /// Full-text search hits, sorted, non-overlapping.
    pub hits: Vec<Range<usize>>,
}

/// "2016-09-08 · TASS · Ed Crowther": the known metadata of an article, joined.
pub fn meta_line(article: &Article) -> String {
    [article.date(), article.source(), article.author()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" · ")
}

impl Document {
    /// Lays out `article` with its `annotation`; `hit_ranges` finds search hits in a string.
    pub fn build(
        article: &Article,
        annotation: &Annotation,
        matcher: &Matcher,
        hit_ranges: &dyn Fn(&str) -> Vec<Range<usize>>,
    ) -> Document {
        let mut text = String::with_capacity(article.title().len() + article.text().len() + 128);
        text.push_str(article.title());
        let title = 0..text.len();
        // Metadata and URL each on a line of their own, when the article has them.
        let known = meta_line(article);
        let lines: Vec<&str> = [Some(known.as_str()), article.url()]
            .into_iter()
            .flatten()
            .filter(|l| !l.is_empty())
            .collect();
        if !lines.is_empty() {
            text.push('\n');
        }
        let meta_start = text.len();
        text.push_str(&lines.join("\n"));
        let meta = meta_start..text.len();
        let url = (article.url())
            .filter(|u| !u.is_empty() && text.ends_with(u))
            .map(|u| text.len() - u.len()..text.len());
        text.push_str("\n\n");
        let body = text.len();
        text.push_str(article.text());

        let span = |offset: usize| {
            move |m: &crate::entities::Mention| {
                let entity = matcher.entity(m.entity);
                Span {
                    range: m.start + offset..m.end + offset,
                    entity: m.entity,
                    kind: m.kind,
                    origin: entity.origin,
                }
            }
        };
        let mut entities: Vec<Span> = annotation.title.iter().map(span(0)).collect();
        entities.extend(annotation.text.iter().map(span(body)));

        let mut hits = hit_ranges(article.title());
        hits.extend(
            hit_ranges(article.text())
                .into_iter()
                .map(|r| r.start + body..r.end + body),
        );
        Document {
            text,
            title,
            meta,
            url,
            entities,
            hits,
        }
    }

    /// The start offsets of the mentions of `entity`, in order.
    pub fn mentions_of(&self, entity: EntityId) -> Vec<usize> {
        self.entities
            .iter()
            .filter(|s| s.entity == entity)
            .map(|s| s.range.start)
            .collect()
    }
}

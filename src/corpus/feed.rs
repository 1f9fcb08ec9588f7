//! Feeds and subscription lists, recognised by their content whatever the file is called: RSS
//! 0.9x/1.0/2.0, Atom and JSON Feed, read with `feed-rs`, one article per item; OPML lists,
//! whose feeds are counted in a warning (fetching URLs is not supported yet).
//!
//! What must stay true: an item's ID is `STEM:N` (N from 1, in the feed's order) even when it
//! has a guid, so IDs stay short and stable; the feed's title is every item's source; item HTML
//! becomes text the one way pages' does (`htmltext`); never panics on any input.

use feed_rs::model::{Entry, Feed, Text};

use super::build::one_line;
use super::charref::decode_entities;
use super::clean::{self, Role};
use super::htmltext::html_to_text;
use super::sanitize::sanitize_cow;
use super::source::lone_url;
use super::{ArticleData, Id};

/// What a markup document is, by its root element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Markup {
    /// `<rss>`, `<rdf:RDF>` (RSS 0.90 and 1.0), `<feed>` (Atom).
    Feed,
    /// `<opml>`.
    Opml,
    /// `<html>`, or a document that starts with `<!DOCTYPE html>`.
    Html,
    /// Anything else, markup or not.
    Other,
}

/// The kind of document `text` is, from the name of its first element (after any XML
/// declaration, comments and doctype).
pub(crate) fn sniff(text: &str) -> Markup {
    let mut rest = text.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    loop {
        let skip_to = |end: &str, rest: &str| rest.find(end).map(|i| i + end.len());
        let next = if rest.starts_with("<?") {
            skip_to("?>", rest)
        } else if rest.starts_with("<!--") {
            skip_to("-->", rest)
        } else if rest.starts_with("<!") {
            let doctype = rest.get(..14).unwrap_or(rest);
            if doctype.eq_ignore_ascii_case("<!doctype html") {
                return Markup::Html;
            }
            skip_to(">", rest)
        } else {
            break;
        };
        let Some(n) = next else { return Markup::Other };
        rest = rest[n..].trim_start();
    }
    let Some(tag) = rest.strip_prefix('<') else {
        return Markup::Other;
    };
    let end = tag
        .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .unwrap_or(tag.len());
    let name = tag[..end].to_ascii_lowercase();
    match name.as_str() {
        "rss" | "feed" | "rdf:rdf" => Markup::Feed,
        _ if name.ends_with(":rdf") || name.ends_with(":feed") => Markup::Feed,
        "opml" => Markup::Opml,
        "html" => Markup::Html,
        _ => Markup::Other,
    }
}

/// A JSON Feed: an object whose `version` starts with `https://jsonfeed.org/version/`.
pub(crate) fn is_json_feed(text: &str) -> bool {
    #[derive(serde::Deserialize)]
    struct Version {
        version: Option<String>,
    }
    if !text.trim_start().starts_with('{')
        || memchr::memmem::find(text.as_bytes(), b"jsonfeed.org/version/").is_none()
    {
        return false;
    }
    serde_json::from_str::<Version>(text).is_ok_and(|v| {
        v.version.is_some_and(|v| {
            v.starts_with("https://jsonfeed.org/version/")
                || v.starts_with("http://jsonfeed.org/version/")
        })
    })
}

/// The articles of a feed, one per item; `bytes` as in the file (an XML feed names its own
/// encoding). `stem` makes the IDs. `Err` says why the feed could not be read.
pub(crate) fn feed_articles(bytes: &[u8], stem: &str) -> Result<Vec<ArticleData>, String> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| format!("not a readable feed: {e}"))?;
    let source = feed.title.as_ref().and_then(text_line);
    Ok(feed
        .entries
        .iter()
        .enumerate()
        .map(|(i, entry)| entry_article(entry, &feed, source.clone(), i as u64 + 1, stem))
        .collect())
}

fn entry_article(
    entry: &Entry,
    feed: &Feed,
    source: Option<String>,
    n: u64,
    stem: &str,
) -> ArticleData {
    let title = entry.title.as_ref().and_then(text_line);
    let body = match (&entry.content, &entry.summary) {
        (Some(c), _) if c.body.as_deref().is_some_and(|b| !b.trim().is_empty()) => {
            let html = c.content_type.to_string().contains("html");
            body_text(c.body.as_deref().unwrap_or_default(), html)
        }
        (_, Some(s)) => body_text(&s.content, is_html(s)),
        _ => String::new(),
    };
    let authors: Vec<String> = entry
        .authors
        .iter()
        .chain(if entry.authors.is_empty() {
            &feed.authors[..]
        } else {
            &[]
        })
        .filter_map(|p| p.name.as_deref().and_then(one_line))
        .collect();
    let url = entry
        .links
        .iter()
        .filter(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
        .chain(&entry.links)
        .find_map(|l| lone_url(l.href.trim()).map(str::to_string));
    let date = entry
        .published
        .or(entry.updated)
        .map(|d| d.date_naive().to_string());
    // A body that only repeats the title is no body.
    let text = if title.as_deref() == Some(body.as_str()) {
        String::new()
    } else {
        body
    };
    ArticleData {
        id: Id::Numbered(n),
        title: title
            .or_else(|| one_line(&format!("{stem}:{n}")))
            .unwrap_or_else(|| "untitled".into()),
        date,
        source,
        author: (!authors.is_empty()).then(|| authors.join(", ")),
        url,
        text,
    }
}

fn is_html(t: &Text) -> bool {
    t.content_type.to_string().contains("html")
}

/// A title or a feed's name: its markup removed when it is HTML, on one line.
fn text_line(t: &Text) -> Option<String> {
    if is_html(t) || t.content.contains('<') {
        one_line(&html_to_text(&t.content))
    } else {
        one_line(&decode_entities(&t.content))
    }
}

/// An item's body: HTML as pages' bodies are made; plain text cleaned as a text file's body.
fn body_text(s: &str, html: bool) -> String {
    if html {
        return html_to_text(s);
    }
    let decoded = decode_entities(s);
    let clean = sanitize_cow(&decoded);
    let lines = clean::lines(&clean);
    let roles = vec![Role::Body; lines.len()];
    clean::assemble(&lines, &roles)
}

/// The warning for an OPML list: how many feeds it names.
pub(crate) fn opml_warning(text: &str) -> String {
    let doc = dom_query::Document::from(text);
    let n = doc.select("outline[xmlurl]").length();
    let feeds = if n == 1 { "feed" } else { "feeds" };
    format!("OPML lists {n} {feeds}; fetching URLs is not supported yet")
}

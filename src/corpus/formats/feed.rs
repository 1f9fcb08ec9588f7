//! Feeds and subscription lists, recognised by their content whatever the file is called: RSS
//! 0.9x/1.0/2.0, Atom and JSON Feed, read with `feed-rs`, one article per item; OPML lists,
//! whose feeds `fetch` fetches when the list is named on the command line (as a file or a URL);
//! one met in a folder is counted in a warning.
//!
//! What must stay true: an item's ID is `STEM:N` (N from 1, in the feed's order) even when it
//! has a guid, so IDs stay short and stable; the feed's title is every item's source; item HTML
//! becomes text the one way pages' does (`htmltext`); never panics on any input.

use feed_rs::model::{Entry, Feed, Text};

use crate::corpus::meta::source::lone_url;
use crate::corpus::store::build::one_line;
use crate::corpus::text::charref::decode_entities;
use crate::corpus::text::clean::{self, Role};
use crate::corpus::text::htmltext::html_to_text;
use crate::corpus::text::sanitize::sanitize_cow;
use crate::corpus::{ArticleData, Id};

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

/// The feeds an OPML list names (its outlines' `xmlUrl`), in order, each once.
pub(crate) fn opml_feeds(text: &str) -> Vec<String> {
    let doc = dom_query::Document::from(text);
    let mut feeds: Vec<String> = Vec::new();
    for url in doc
        .select("outline[xmlurl]")
        .iter()
        .filter_map(|o| o.attr("xmlurl"))
    {
        let url = url.trim();
        if !url.is_empty() && !feeds.iter().any(|f| f == url) {
            feeds.push(url.to_string());
        }
    }
    feeds
}

/// The warning for an OPML file: how many feeds it names, and how to have them read.
pub(crate) fn opml_warning(text: &str) -> String {
    let n = opml_feeds(text).len();
    let feeds = if n == 1 { "feed" } else { "feeds" };
    format!("OPML lists {n} {feeds}; name the list itself to fetch them")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{LoadOptions, load};

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/tests/fixtures/web/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[test]
    fn rss2_items_with_html_stripped() {
        let a = feed_articles(&fixture("rss2.xml"), "rss2").unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].title, "Flood defences finished ahead of winter");
        assert_eq!(a[0].id, Id::Numbered(1));
        assert_eq!(a[0].source.as_deref(), Some("Valley Gazette & Times"));
        assert_eq!(a[0].date.as_deref(), Some("2016-10-04"));
        assert_eq!(a[0].author.as_deref(), Some("Petra Lind"));
        assert_eq!(
            a[0].url.as_deref(),
            Some("https://valleygazette.example/2016/10/flood-defences")
        );
        assert_eq!(
            a[0].text,
            "The new flood wall along the river was finished on Monday.\n\n• 1.2 km long\n• two metres high"
        );
        assert_eq!(
            a[1].text,
            "Stalls will fill the square & cafés will set out tables."
        );
        assert_eq!(a[1].id, Id::Numbered(2));
    }

    #[test]
    fn atom_entries() {
        let a = feed_articles(&fixture("atom.xml"), "atom").unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].title, "Comet Aster-7 seen from the observatory");
        assert_eq!(a[0].source.as_deref(), Some("Northern Science Notes"));
        assert_eq!(a[0].date.as_deref(), Some("2017-05-01"));
        assert_eq!(a[0].author.as_deref(), Some("Ada Okafor"));
        assert_eq!(
            a[0].text,
            "A faint tail\n\nAstronomers photographed the comet just after midnight.\n\n\
             │ It was brighter than we hoped."
        );
        // No published date: the updated one; no author of its own: the feed's.
        assert_eq!(a[1].date.as_deref(), Some("2017-04-28"));
        assert_eq!(a[1].author.as_deref(), Some("Feed Editor"));
        assert_eq!(
            a[1].url.as_deref(),
            Some("https://sciencenotes.example/seed-bank")
        );
        assert_eq!(a[1].text, "Visitors can tour the vaults on Saturdays.");
    }

    #[test]
    fn rss1_rdf_items() {
        let a = feed_articles(&fixture("rss1.rdf.xml"), "rss1").unwrap();
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].title, "Ferry adds a morning crossing");
        assert_eq!(a[0].source.as_deref(), Some("Island Post"));
        assert_eq!(a[0].date.as_deref(), Some("2015-05-20"));
        assert_eq!(
            a[0].text,
            "From June a ferry will leave at 6 a.m. on weekdays."
        );
    }

    #[test]
    fn json_feed_items() {
        let bytes = fixture("feed.json");
        assert!(is_json_feed(std::str::from_utf8(&bytes).unwrap()));
        assert!(!is_json_feed(
            r#"{"version": "1", "title": "jsonfeed.org/version/ in text"}"#
        ));
        let a = feed_articles(&bytes, "feed").unwrap();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].title, "Rowing regatta draws record crowd");
        assert_eq!(a[0].source.as_deref(), Some("Lakeside Daily"));
        assert_eq!(a[0].date.as_deref(), Some("2019-07-13"));
        assert_eq!(a[0].author.as_deref(), Some("Lena Holm"));
        assert_eq!(
            a[0].text,
            "More than six thousand people lined the shore.\n\nThe home crew won."
        );
        assert_eq!(
            a[1].text,
            "Tests show the water is clean again.\n\nSwimmers are welcome."
        );
    }

    #[test]
    fn documents_are_told_apart_by_their_root() {
        assert_eq!(
            sniff("\u{feff}<?xml version=\"1.0\"?>\n<!-- c --><rss>"),
            Markup::Feed
        );
        assert_eq!(sniff("<feed xmlns=\"x\">"), Markup::Feed);
        assert_eq!(sniff("<rdf:RDF>"), Markup::Feed);
        assert_eq!(sniff("<opml version=\"2.0\">"), Markup::Opml);
        assert_eq!(sniff("<!DOCTYPE html><html>"), Markup::Html);
        assert_eq!(sniff("<HTML lang=en>"), Markup::Html);
        for other in ["<svg>", "plain text", "<?xml", "<!-- never closed", "", "<"] {
            assert_eq!(sniff(other), Markup::Other, "{other:?}");
        }
    }

    #[test]
    fn hostile_feeds_never_panic() {
        let rss = fixture("rss2.xml");
        for cut in [0, 10, rss.len() / 3, rss.len() - 20] {
            let _ = feed_articles(&rss[..cut], "x");
        }
        let deep = format!(
            "<rss version=\"2.0\"><channel><title>T</title><item><title>I</title><description>{}x{}</description></item></channel></rss>",
            "&lt;div&gt;".repeat(10_000),
            "&lt;/div&gt;".repeat(10_000)
        );
        let a = feed_articles(deep.as_bytes(), "x").unwrap();
        assert_eq!((a[0].title.as_str(), a[0].text.as_str()), ("I", ""));
        let binary: Vec<u8> = (0u8..=255).cycle().take(4000).collect();
        assert!(feed_articles(&binary, "x").is_err());
    }

    #[test]
    fn a_folder_of_pages_feeds_and_an_opml_list_loads() {
        let dir = format!("{}/tests/fixtures/web", env!("CARGO_MANIFEST_DIR"));
        let opts = LoadOptions {
            paths: vec![dir.into()],
            ..LoadOptions::default()
        };
        let corpus = load(&opts, &mut |_| {}).unwrap();
        let mut ids: Vec<String> = corpus
            .articles
            .iter()
            .map(|a| a.id().into_owned())
            .collect();
        ids.sort();
        assert_eq!(
            ids,
            [
                "atom:1",
                "atom:2",
                "feed:1",
                "feed:2",
                "news-page",
                "og-page",
                "plain-page",
                "rss1.rdf:1",
                "rss2:1",
                "rss2:2"
            ]
        );
        let reasons: Vec<&str> = corpus
            .report
            .skipped
            .iter()
            .map(|s| s.reason.as_str())
            .collect();
        assert_eq!(
            reasons,
            ["OPML lists 3 feeds; name the list itself to fetch them"]
        );
    }

    #[test]
    fn an_xml_file_that_is_no_feed_is_skipped_with_the_reason() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("data.xml"),
            "<?xml version=\"1.0\"?><catalog/>",
        )
        .unwrap();
        std::fs::write(dir.path().join("story.txt"), "Headline Here\n\nBody text.").unwrap();
        let opts = LoadOptions {
            paths: vec![dir.path().into()],
            ..LoadOptions::default()
        };
        let corpus = load(&opts, &mut |_| {}).unwrap();
        assert_eq!(corpus.articles.len(), 1);
        assert_eq!(
            corpus.report.skipped[0].reason,
            "not a feed (RSS, Atom) or an OPML list"
        );
    }
}

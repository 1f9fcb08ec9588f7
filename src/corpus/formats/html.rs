//! Saved web pages (`.html`, `.htm`): one article per page. The article is found by
//! Readability (`dom_smoothie`); its metadata comes from the page's own data, first that wins:
//! JSON-LD (`NewsArticle`, `Article` and the other `…NewsArticle` types), then Open Graph, then
//! `<meta name="author">`, `<meta name="date">`/`pubdate`, `<title>` and the canonical link, and
//! last what Readability found (title, byline, site name).
//!
//! What must stay true: never panics, whatever the bytes; the work is bounded (pages over
//! [`MAX_PAGE`] bytes, [`MAX_ELEMENTS`] elements or nesting deeper than `MAX_NESTING` are skipped, with the reason); every string
//! is sanitized and one line; the title is never empty.

use dom_query::Document;
use dom_smoothie::{Config, Readability, ReadabilityError};
use serde_json::{Map, Value};

use crate::corpus::meta::classify::byline;
use crate::corpus::meta::date;
use crate::corpus::meta::source::{lone_url, outlet_from_url};
use crate::corpus::store::build::one_line;
use crate::corpus::text::charref::decode_entities;
use crate::corpus::text::htmltext::{MAX_NESTING, nesting, node_to_text};
use crate::corpus::{ArticleData, Id};

/// Larger pages are skipped: no saved article is this big.
pub(crate) const MAX_PAGE: u64 = 20 << 20;

/// Pages with more elements are skipped (Readability scores every one, several times).
pub(crate) const MAX_ELEMENTS: usize = 300_000;

/// The skip reason for a page over [`MAX_PAGE`].
pub(crate) fn too_big(len: u64) -> String {
    format!(
        "page of {} MB is over the {} MB limit",
        len.div_ceil(1 << 20),
        MAX_PAGE >> 20
    )
}

/// The metadata found so far; each field keeps the first value found.
#[derive(Debug, Default)]
struct Meta {
    title: Option<String>,
    date: Option<String>,
    author: Option<String>,
    source: Option<String>,
    url: Option<String>,
}

impl Meta {
    fn title(&mut self, s: Option<&str>) {
        fill(&mut self.title, s.and_then(field));
    }
    fn author(&mut self, s: Option<&str>) {
        // Open Graph's `article:author` is often a profile URL, not a name.
        fill(
            &mut self.author,
            s.and_then(field).filter(|a| lone_url(a).is_none()),
        );
    }
    fn source(&mut self, s: Option<&str>) {
        fill(&mut self.source, s.and_then(field));
    }
    fn url(&mut self, s: Option<&str>) {
        fill(
            &mut self.url,
            s.and_then(field).filter(|u| lone_url(u).is_some()),
        );
    }
    fn date(&mut self, s: Option<&str>) {
        fill(&mut self.date, s.and_then(date::parse_field));
    }
}

fn fill(slot: &mut Option<String>, value: Option<String>) {
    if slot.is_none() {
        *slot = value;
    }
}

/// A metadata value: character references decoded (JSON-LD often has them), sanitized, one line.
fn field(s: &str) -> Option<String> {
    one_line(&decode_entities(s))
}

/// The article of a saved page; `Err` says why the page was skipped.
pub(crate) fn page_article(html: &str, fallback_title: &str) -> Result<ArticleData, String> {
    let depth = nesting(html);
    if depth > MAX_NESTING {
        return Err(format!(
            "page nests {depth} elements deep, over the limit of {MAX_NESTING}"
        ));
    }
    let doc = Document::from(html);
    let mut meta = Meta::default();
    json_ld(&doc, &mut meta);
    let tags = MetaTags::of(&doc);
    meta.title(tags.get("og:title"));
    meta.source(tags.get("og:site_name"));
    meta.url(tags.get("og:url"));
    meta.date(tags.get("article:published_time"));
    meta.author(tags.get("article:author"));
    meta.author(tags.get("author"));
    meta.date(tags.get("date").or_else(|| tags.get("pubdate")));
    let page_title = doc.select("title").nodes().first().map(|t| t.text());
    let page_title = page_title.as_deref().and_then(field);
    let h1 = doc.select("h1").nodes().first().map(|h| h.text());
    let h1 = h1.as_deref().and_then(field).unwrap_or_default();
    let canonical = doc.select("link[rel~=canonical]").attr("href");
    meta.url(canonical.as_deref());

    let config = Config {
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut readability =
        Readability::with_document(doc, None, Some(config)).map_err(|e| e.to_string())?;
    let text = match readability.parse() {
        Ok(article) => {
            let body = Document::fragment(article.content);
            // The title from `<title>`, less the site's name after a separator, comes before
            // Readability's own guess.
            // When the page's heading or Readability's title is the `<title>` up to a
            // separator, what follows is the site's name even when the page does not say so.
            let cleaned = page_title.map(|t| {
                head_of(&t, &h1)
                    .or_else(|| head_of(&t, article.title.trim()))
                    .unwrap_or_else(|| strip_site(&t, meta.source.as_deref()))
            });
            meta.title(cleaned.as_deref());
            meta.title(Some(&article.title));
            meta.author(article.byline.as_deref());
            meta.source(article.site_name.as_deref());
            node_to_text(&body.root())
        }
        Err(ReadabilityError::TooManyElements(found, _)) => {
            return Err(format!(
                "page has {found} elements, over the limit of {MAX_ELEMENTS}"
            ));
        }
        Err(_) => {
            // Nothing read as an article: the page's metadata alone, with an empty body.
            let cleaned = page_title.map(|t| {
                head_of(&t, &h1).unwrap_or_else(|| strip_site(&t, meta.source.as_deref()))
            });
            meta.title(cleaned.as_deref());
            String::new()
        }
    };
    if meta.source.is_none() {
        meta.source = meta.url.as_deref().and_then(outlet_from_url);
    }
    let title = meta
        .title
        .take()
        .or_else(|| one_line(fallback_title))
        .unwrap_or_else(|| "untitled".into());
    // The headline and a byline often open the extracted body too: shown once, in the header.
    let mut body = text.as_str();
    for _ in 0..2 {
        let (first, rest) = body.split_once("\n\n").unwrap_or((body, ""));
        if first == title {
            body = rest;
        } else if let Some(by) = byline(first) {
            meta.author(Some(&by.author));
            body = rest;
        } else {
            break;
        }
    }
    let text = body.to_string();
    Ok(ArticleData {
        id: Id::Stem,
        title,
        date: meta.date,
        source: meta.source,
        author: meta.author,
        url: meta.url,
        text,
    })
}

/// Separators between a page's headline and its site's name in `<title>`.
const SEPARATORS: [&str; 6] = [" | ", " - ", " – ", " — ", " :: ", " · "];

/// "Talks resume — Hillside Blog" → "Talks resume" when `head` is "Talks resume".
fn head_of(title: &str, head: &str) -> Option<String> {
    let rest = title.strip_prefix(head)?;
    let cut = !head.is_empty() && SEPARATORS.iter().any(|s| rest.starts_with(s));
    cut.then(|| head.to_string())
}

/// "Talks resume | The Daily Planet" → "Talks resume" when the site is "The Daily Planet".
fn strip_site(title: &str, site: Option<&str>) -> String {
    let Some(site) = site else {
        return title.to_string();
    };
    for sep in SEPARATORS {
        let head = title.strip_suffix(site).and_then(|t| t.strip_suffix(sep));
        if let Some(head) = head.filter(|h| !h.trim().is_empty()) {
            return head.trim().to_string();
        }
    }
    title.to_string()
}

/// `<meta>` tags by `property`, `name` or `itemprop`, lower-cased; the first of each wins.
struct MetaTags(Vec<(String, String)>);

impl MetaTags {
    fn of(doc: &Document) -> MetaTags {
        let mut tags = Vec::new();
        for node in doc.select("meta[content]").nodes() {
            let Some(content) = node.attr("content") else {
                continue;
            };
            for attr in ["property", "name", "itemprop"] {
                if let Some(key) = node.attr(attr) {
                    tags.push((key.trim().to_ascii_lowercase(), content.to_string()));
                }
            }
        }
        MetaTags(tags)
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, v)| k == key && !v.trim().is_empty())
            .map(|(_, v)| v.as_str())
    }
}

/// The first JSON-LD object of an article type, anywhere in the page's JSON-LD blocks (at the
/// top, in a list, or in an `@graph`).
fn json_ld(doc: &Document, meta: &mut Meta) {
    for script in doc.select("script[type]").nodes() {
        let is_ld = script
            .attr("type")
            .is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
        if !is_ld {
            continue;
        }
        let text = script.text();
        let text = text.trim();
        let text = text
            .strip_prefix("<![CDATA[")
            .and_then(|t| t.strip_suffix("]]>"))
            .unwrap_or(text);
        let Ok(value) = serde_json::from_str::<Value>(text) else {
            continue;
        };
        if let Some(obj) = find_article(&value, 0) {
            from_json_ld(obj, meta);
            return;
        }
    }
}

fn find_article(v: &Value, depth: usize) -> Option<&Map<String, Value>> {
    if depth > 4 {
        return None;
    }
    match v {
        Value::Array(items) => items.iter().find_map(|i| find_article(i, depth + 1)),
        Value::Object(obj) if is_article(obj.get("@type")) => Some(obj),
        Value::Object(obj) => obj.get("@graph").and_then(|g| find_article(g, depth + 1)),
        _ => None,
    }
}

/// `Article`, `NewsArticle`, `ReportageNewsArticle` and the other `…NewsArticle` types, alone
/// or in a list of types.
fn is_article(t: Option<&Value>) -> bool {
    let one = |s: &str| {
        let s = s.rsplit(['/', ':']).next().unwrap_or(s);
        s == "Article" || s.ends_with("NewsArticle")
    };
    match t {
        Some(Value::String(s)) => one(s),
        Some(Value::Array(types)) => types.iter().any(|t| t.as_str().is_some_and(one)),
        _ => false,
    }
}

fn from_json_ld(obj: &Map<String, Value>, meta: &mut Meta) {
    let s = |key: &str| obj.get(key).and_then(Value::as_str);
    meta.title(s("headline").or_else(|| s("name")));
    meta.date(s("datePublished"));
    meta.author(names(obj.get("author")).as_deref());
    meta.source(obj.get("publisher").and_then(name).as_deref());
    meta.url(s("url"));
    let page = obj.get("mainEntityOfPage");
    let page_url = match page {
        Some(Value::String(u)) => Some(u.as_str()),
        Some(Value::Object(p)) => p
            .get("@id")
            .or_else(|| p.get("url"))
            .and_then(Value::as_str),
        _ => None,
    };
    meta.url(page_url);
}

/// A person or organisation: a string, or an object with a `name`.
fn name(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        _ => None,
    }
}

/// One or several people, joined with ", ".
fn names(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Array(items) => {
            let all: Vec<String> = items
                .iter()
                .filter_map(name)
                .filter(|n| !n.trim().is_empty())
                .collect();
            (!all.is_empty()).then(|| all.join(", "))
        }
        other => name(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NEWS: &str = include_str!("../../../tests/fixtures/web/news-page.html");
    const OG: &str = include_str!("../../../tests/fixtures/web/og-page.html");
    const PLAIN: &str = include_str!("../../../tests/fixtures/web/plain-page.htm");

    #[test]
    fn a_news_page_gives_its_json_ld_metadata_and_only_the_article() {
        let a = page_article(NEWS, "news-page.html").unwrap();
        assert_eq!(a.title, "Harbour Bridge Reopens After Two-Year Repair");
        assert_eq!(a.date.as_deref(), Some("2016-09-08"));
        assert_eq!(a.author.as_deref(), Some("Mara Ellison, Tomas Reyes"));
        assert_eq!(a.source.as_deref(), Some("The Coastal Ledger"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://www.coastalledger.example/news/2016/09/harbour-bridge-reopens")
        );
        let text = &a.text;
        for absent in [
            "cookies",
            "World Desk",
            "Weather Centre",
            "ADVERTISEMENT",
            "Sunbeam",
            "CommentUser42",
            "HarbourFan",
            "Most read",
            "Ferry timetable",
            "TRACKER",
            "border:",
            "All rights",
        ] {
            assert!(!text.contains(absent), "{absent:?} in {text}");
        }
        assert!(
            text.contains(
                "\n\nEngineers replaced the whole deck, strengthened the northern pylons"
            ),
            "{text}"
        );
        assert!(text.contains("\n\nWhat changed\n\n"), "{text}");
        assert!(
            text.contains(
                "• a new steel deck, lighter than the old concrete one\n\
                 • wider footpaths on both sides\n• lighting"
            ),
            "{text}"
        );
        assert!(
            text.contains("\n\n│ We kept our promise, even if we kept it late"),
            "{text}"
        );
        assert!(
            text.contains("final accounts on its website before"),
            "{text}"
        );
        assert!(
            !text.contains("\n\n\n") && !text.starts_with("Harbour Bridge"),
            "{text}"
        );
    }

    #[test]
    fn open_graph_alone_gives_the_metadata() {
        let a = page_article(OG, "og-page.html").unwrap();
        assert_eq!(a.title, "Night Trains Return to the Northern Line");
        assert_eq!(a.date.as_deref(), Some("2017-03-14"));
        // `article:author` is a profile URL: the `<meta name="author">` name is taken.
        assert_eq!(a.author.as_deref(), Some("Jonas Nield"));
        assert_eq!(a.source.as_deref(), Some("Rail Weekly"));
        assert_eq!(
            a.url.as_deref(),
            Some("https://railweekly.example/2017/03/night-trains")
        );
        assert!(
            a.text.starts_with("Sleeper services will run again"),
            "{}",
            a.text
        );
        assert_eq!(a.text.matches("\n\n").count(), 2, "{}", a.text);
    }

    #[test]
    fn a_page_without_metadata_takes_its_title_from_the_title_element() {
        let a = page_article(PLAIN, "plain-page.htm").unwrap();
        assert_eq!(a.title, "Library opens late on Thursdays");
        assert_eq!(
            (a.date, a.author, a.source, a.url),
            (None, None, None, None)
        );
        assert!(
            a.text.starts_with("The town library will stay open"),
            "{}",
            a.text
        );
    }

    #[test]
    fn the_site_name_is_cut_from_a_title_element() {
        let html = "<html><head><title>Dam approved | River Post</title>\
                    <meta property=\"og:site_name\" content=\"River Post\"></head>\
                    <body><p>The dam was approved.</p></body></html>";
        let a = page_article(html, "x.html").unwrap();
        assert_eq!(a.title, "Dam approved");
        assert_eq!(strip_site("River Post", Some("River Post")), "River Post");
        // The site's name is not known, but Readability's title is the part before it.
        let html = "<html><head><title>Why the mill matters — Hillside Blog</title></head>\
                    <body><h1>Why the mill matters</h1><p>The mill is old.</p></body></html>";
        assert_eq!(
            page_article(html, "x.html").unwrap().title,
            "Why the mill matters"
        );
    }

    #[test]
    fn hostile_pages_never_panic() {
        let truncated = &NEWS[..NEWS.len() / 2];
        let a = page_article(truncated, "cut.html").unwrap();
        assert_eq!(a.title, "Harbour Bridge Reopens After Two-Year Repair");
        let deep = format!("{}x{}", "<div>".repeat(10_000), "</div>".repeat(10_000));
        let why = page_article(&deep, "deep.html").unwrap_err();
        assert!(why.contains("10000 elements deep"), "{why}");
        let nested_ok = format!("{}<p>deep</p>{}", "<div>".repeat(500), "</div>".repeat(500));
        assert!(page_article(&nested_ok, "d.html").is_ok());
        let binary: String = (0u8..=255).cycle().take(5000).map(char::from).collect();
        for junk in [
            binary.as_str(),
            "",
            "<",
            "<html><head><script type=\"application/ld+json\">{\"@type\":",
            "<script type=\"application/ld+json\">[[[[[[[[[[{\"@type\":[\"NewsArticle\"],\"author\":[1,{\"name\":7}]}]]]]]]]]]]</script>",
            "<meta property=\"og:title\" content=\"\u{1b}[31mRed\u{202e}\">",
        ] {
            let a = page_article(junk, "junk.html").unwrap();
            assert!(!a.title.is_empty() && !a.title.contains(['\u{1b}', '\u{202e}']));
        }
    }
}

//! Building articles ([`ArticleData`]): from the text of a plain-text file, or from a JSON
//! record.
//!
//! What must stay true: every string of the result is sanitized and on one line (except the
//! body, whose paragraphs are separated by exactly one blank line); the title is never empty;
//! a date is `YYYY-MM-DD` (or a `YYYY-MM`/`YYYY` prefix) or `None`.

use std::borrow::Cow;

use crate::corpus::formats::json::{Field, Flex, Record};
use crate::corpus::meta::date;
use crate::corpus::meta::extract::{extract, title_from_body};
use crate::corpus::meta::source::{lone_url, outlet_from_url};
use crate::corpus::text::charref::{decode_entities, decode_entities_cow};
use crate::corpus::text::clean::{self, Role};
use crate::corpus::text::markdown::may_have_markup;
use crate::corpus::text::sanitize::sanitize_cow;
use crate::corpus::{ArticleData, Id};

/// One plain-text article, whose ID is its file's `stem`. `fallback_title` is used when no line
/// reads as a headline.
pub(crate) fn text_article(text: &str, stem: &str, fallback_title: &str) -> ArticleData {
    // Character references first, so that one naming a control character is sanitized away.
    let decoded = decode_entities(text);
    let clean = sanitize_cow(&decoded);
    let lines = clean::lines(&clean);
    let (meta, roles) = extract(&lines);
    let text = clean::assemble(&lines, &roles);
    let title = meta
        .title
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| non_empty_title(fallback_title, stem));
    ArticleData {
        id: Id::Stem,
        title,
        date: meta.date,
        source: meta.source,
        author: meta.author,
        url: meta.url,
        text,
    }
}

/// Why a record could not become an article.
pub(crate) const NO_CONTENT: &str = "record has no title or text";

/// JSON record number `n` of the file whose stem is `stem`. `STEM:N` is its ID unless it has an
/// `id`, and its title when neither a title field nor a headline in its text exists.
pub(crate) fn record_article(
    rec: &Record,
    n: u64,
    stem: &str,
) -> Result<ArticleData, &'static str> {
    let first = |fields: &[Field]| rec.first(fields, field_text);
    let title = first(Field::TITLE).and_then(|t| one_line(&t));
    let body = first(Field::BODY);
    if title.is_none() && body.as_deref().is_none_or(|b| b.trim().is_empty()) {
        return Err(NO_CONTENT);
    }
    let (derived, text) = match body {
        Some(b) => clean_record_body(&b, title.as_deref()),
        None => (None, String::new()),
    };
    let url = record_url(rec).and_then(|u| one_line(&u));
    let source = record_source(rec, url.as_deref()).and_then(|s| one_line(&s));
    let id = first(&[Field::Id]).and_then(|i| one_line(&i));
    let title = title.or(derived).unwrap_or_else(|| {
        let numbered = format!("{stem}:{n}");
        non_empty_title(&numbered, id.as_deref().unwrap_or(&numbered))
    });
    Ok(ArticleData {
        title,
        date: rec.first(Field::DATE, field_date),
        source,
        author: first(Field::AUTHOR).and_then(|a| one_line(&a)),
        url,
        id: id.map_or(Id::Numbered(n), Id::Given),
        text,
    })
}

/// The title, source and author that [`record_article`] gives `rec`, sanitized but with white
/// space not yet collapsed, and without allocating in the common case: a look at a record
/// before its article is built. `None` when the title would come from the body or the ID, which
/// only building the article tells.
pub(crate) fn matched_fields<'r>(rec: &'r Record) -> Option<[Option<Cow<'r, str>>; 3]> {
    // As `record_article` reads a field: the first that is not blank, then made one line,
    // which leaves it empty only when sanitizing left nothing but white space.
    let read = |fields: &[Field]| {
        rec.first(fields, field_text)
            .map(sanitized)
            .filter(|t| !t.trim().is_empty())
    };
    let title = read(Field::TITLE)?;
    let url = record_url(rec).and_then(|u| one_line(&u));
    let source = record_source(rec, url.as_deref())
        .map(sanitized)
        .filter(|t| !t.trim().is_empty());
    Some([Some(title), source, read(Field::AUTHOR)])
}

/// The record's body when building its article keeps its words as they are: nothing in it to
/// sanitize and no markup to render, so that only white space and whole lines change (lines
/// are joined with spaces, never glued). An exact word missing from it is then missing from
/// the article's text. `None` when there is no body or building might join letters.
pub(crate) fn plain_body<'r>(rec: &'r Record) -> Option<Cow<'r, str>> {
    let body = rec.first(Field::BODY, field_text)?;
    let plain = matches!(sanitize_cow(&body), Cow::Borrowed(_)) && !may_have_markup(&body);
    plain.then_some(body)
}

/// A field's text with its character references decoded; `None` when missing or blank.
fn field_text<'r>(f: &'r Flex) -> Option<Cow<'r, str>> {
    f.text().map(decode_entities_cow)
}

/// The record's URL: a URL field, else a `source` that is a URL (trafilatura's).
fn record_url<'r>(rec: &'r Record) -> Option<Cow<'r, str>> {
    rec.first(Field::URL, field_text).or_else(|| {
        rec.first(&[Field::Source], |f| {
            field_text(f).filter(|t| lone_url(t.trim()).is_some())
        })
    })
}

/// The record's outlet, before sanitizing: a name field that is not a URL; else a domain
/// field, as the name of its outlet when known ("nytimes.com" → "The New York Times"); else
/// the outlet of `url`. A name field that sanitizes to nothing gives way to the URL.
fn record_source<'r>(rec: &'r Record, url: Option<&str>) -> Option<Cow<'r, str>> {
    let named = |f: &'r Flex| field_text(f).filter(|t| lone_url(t.trim()).is_none());
    if let Some(name) = rec.first(Field::SOURCE, named) {
        return Some(name)
            .filter(|n| !sanitize_cow(n).trim().is_empty())
            .or_else(|| url.and_then(outlet_from_url).map(Cow::Owned));
    }
    let domain = rec.first(Field::DOMAIN, field_text).map(|d| {
        let host = d.trim();
        let as_url = format!("https://{host}");
        match outlet_from_url(&as_url).filter(|_| !host.contains(['/', ' '])) {
            Some(outlet) => Cow::Owned(outlet),
            None => d,
        }
    });
    domain
        .filter(|d| !sanitize_cow(d).trim().is_empty())
        .or_else(|| url.and_then(outlet_from_url).map(Cow::Owned))
}

/// [`sanitize_cow`] of a field's text, borrowing from the record where the text does.
fn sanitized(text: Cow<'_, str>) -> Cow<'_, str> {
    match text {
        Cow::Borrowed(s) => sanitize_cow(s),
        Cow::Owned(s) => Cow::Owned(sanitize_cow(&s).into_owned()),
    }
}

/// The body of a record, cleaned; and a title read from it when the record had none. A first
/// line that repeats the title is not shown twice.
fn clean_record_body(body: &str, title: Option<&str>) -> (Option<String>, String) {
    let clean = sanitize_cow(body);
    let lines = clean::lines(&clean);
    let mut roles = vec![Role::Body; lines.len()];
    let derived = match title {
        Some(t) => {
            let first = lines.iter().position(|l| !l.is_blank());
            if let Some(i) = first.filter(|&i| lines[i].text.eq_ignore_ascii_case(t)) {
                roles[i] = Role::Meta;
            }
            None
        }
        None => title_from_body(&lines, &mut roles),
    };
    (derived, clean::assemble(&lines, &roles))
}

fn field_date(f: &Flex) -> Option<String> {
    match f {
        // GDELT writes `20160910123000` as a number: a date in digits, not a timestamp (8 and
        // 14 digits are never seconds or milliseconds of a plausible date).
        Flex::Num(n, digits) => date::compact(digits).or_else(|| date::from_timestamp(*n)),
        other => date::parse_field(&other.text()?),
    }
}

/// Sanitized, all white space runs (line breaks included) as one space; `None` when empty.
pub(crate) fn one_line(s: &str) -> Option<String> {
    let clean = sanitize_cow(s);
    if is_plain_line(clean.as_bytes()) {
        // Most titles and names already are one line: copied once, not rebuilt word by word.
        return Some(clean.into_owned());
    }
    let mut out = String::with_capacity(clean.len());
    for w in clean
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    (!out.is_empty()).then_some(out)
}

/// Printable ASCII words separated by single spaces, nothing else: what [`one_line`] would
/// return unchanged. (Non-ASCII text takes the general way, which knows Unicode white space.)
fn is_plain_line(bytes: &[u8]) -> bool {
    // Whole-slice folds without early exits, which the compiler vectorises: every title of a
    // big dump passes here.
    let printable = bytes
        .iter()
        .fold(true, |ok, &b| ok & (b' '..=b'~').contains(&b));
    let double_space = bytes
        .iter()
        .zip(bytes.iter().skip(1))
        .fold(false, |seen, (&a, &b)| seen | ((a == b' ') & (b == b' ')));
    printable
        && !double_space
        && bytes.first().is_some_and(|&b| b != b' ')
        && bytes.last().is_some_and(|&b| b != b' ')
}

fn non_empty_title(preferred: &str, id: &str) -> String {
    one_line(preferred)
        .or_else(|| one_line(id))
        .unwrap_or_else(|| "untitled".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::formats::json::MaybeRecord;
    use crate::corpus::{Article, Origin};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn plain_lines_are_printable_ascii_words_with_single_spaces(s in "[ a~]{0,6}|[ a~\t\n\x7fé]{0,8}") {
            let words = s.split(' ');
            let plain = !s.is_empty() && words.clone().all(|w| !w.is_empty())
                && s.bytes().all(|b| (b' '..=b'~').contains(&b));
            prop_assert_eq!(is_plain_line(s.as_bytes()), plain, "{:?}", s);
        }

        #[test]
        fn text_articles_keep_their_promises(
            text in "(\\PC|[\\n\\r\\t #*\\[\\]()<>/.,:©\u{1b}\u{a0}\u{9b}\u{202e}]|By |# |\\*\\*|\\d{4}-\\d\\d-\\d\\d|September 8, 2016|Original url:|https://x\\.com/a){0,60}",
        ) {
            let a = text_article(&text, "id", "file.txt");
            prop_assert!(!a.title.is_empty() && !a.title.contains('\n'));
            prop_assert!(!a.text.contains("\n\n\n") && !a.text.starts_with('\n'));
            prop_assert!(!a.text.ends_with(char::is_whitespace));
            for s in [Some(&a.title), Some(&a.text), a.author.as_ref(), a.source.as_ref(), a.url.as_ref()] {
                let s = s.map(String::as_str).unwrap_or_default();
                prop_assert!(!s.contains(['\u{1b}', '\u{9b}', '\r', '\t', '\u{202e}', '\u{a0}']), "{:?}", s);
            }
            if let Some(d) = &a.date {
                prop_assert!(d.len() == 10 && d.as_bytes()[4] == b'-', "{}", d);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn matched_fields_are_the_articles_before_white_space_is_collapsed(
            fields in prop::collection::vec((
                prop::sample::select(vec![
                    "title", "headline", "source", "site", "url", "link", "author", "byline",
                    "authors", "text", "sitename", "hostname", "source_domain", "maintext",
                ]),
                "([ \t\n\u{a0}\u{7}\u{1b}\u{202e}\\[]|[a-c]|https://|www\\.bbc\\.co\\.uk/x|tass\\.com|&amp;|&#7;|&nbsp;){0,5}",
                any::<bool>(),
            ), 0..6),
        ) {
            let mut obj = serde_json::Map::new();
            for (key, value, as_list) in fields {
                let v = if as_list && key == "authors" {
                    serde_json::json!([value, "Bo"])
                } else {
                    serde_json::Value::String(value)
                };
                obj.insert(key.to_string(), v);
            }
            let json = serde_json::Value::Object(obj).to_string();
            let rec = serde_json::from_str::<MaybeRecord>(&json).unwrap().0.unwrap();
            let Some([title, source, author]) = matched_fields(&rec) else {
                return Ok(());
            };
            let a = record_article(&rec, 1, "dump").unwrap();
            let one = |t: Option<Cow<str>>| t.and_then(|t| one_line(&t));
            prop_assert_eq!(Some(a.title), one(title), "{}", json);
            prop_assert_eq!(a.source, one(source), "{}", json);
            prop_assert_eq!(a.author, one(author), "{}", json);
        }
    }

    #[test]
    fn matched_fields_know_when_sanitizing_empties_a_field() {
        fn rec(json: &str) -> Record<'_> {
            serde_json::from_str::<MaybeRecord>(json)
                .unwrap()
                .0
                .unwrap()
        }
        // The title is a bell and a space: the article's title comes from the text instead.
        let r = rec(r#"{"title": "\u0007 ", "text": "A headline in the text\n\nBody."}"#);
        assert!(matched_fields(&r).is_none());
        // A source that sanitizes to nothing gives way to the URL's outlet.
        let r = rec(r#"{"title": "T", "source": "\u001b[1m ", "url": "https://tass.com/x"}"#);
        let [title, source, author] = matched_fields(&r).unwrap();
        assert_eq!(title.as_deref(), Some("T"));
        assert_eq!(source.as_deref(), Some("TASS"));
        assert_eq!(author, None);
    }

    fn article(json: &str) -> Result<Article, &'static str> {
        let rec = serde_json::from_str::<MaybeRecord>(json)
            .unwrap()
            .0
            .unwrap();
        let origin = Origin {
            path: Some("dump.jsonl".into()),
            stem: "dump".into(),
        };
        record_article(&rec, 3, "dump").map(|a| Article::from_origin(&origin, &a))
    }

    #[test]
    fn every_field_alias_is_read() {
        let primary = article(
            r#"{"title":"T1","text":"B1.","date":"2016-09-08","source":"S1","author":"A1","url":"https://a.com/1"}"#,
        )
        .unwrap();
        assert_eq!((primary.title(), primary.text()), ("T1", "B1."));
        assert_eq!(primary.date(), Some("2016-09-08"));
        assert_eq!(
            (primary.source(), primary.author()),
            (Some("S1"), Some("A1"))
        );
        assert_eq!(primary.url(), Some("https://a.com/1"));
        let cases = [
            (r#"{"headline":"H","body":"x."}"#, "H", "x."),
            (r#"{"title":"T","content":"c."}"#, "T", "c."),
            (r#"{"title":"T","article":"a."}"#, "T", "a."),
        ];
        for (json, title, text) in cases {
            let a = article(json).unwrap();
            assert_eq!((a.title(), a.text()), (title, text), "{json}");
        }
        for (json, date) in [
            (
                r#"{"title":"T","published":"Thu, 08 Sep 2016 10:00:00 +0000"}"#,
                "2016-09-08",
            ),
            (
                r#"{"title":"T","published_at":"2016-09-07T23:10:00Z"}"#,
                "2016-09-07",
            ),
            (
                r#"{"title":"T","pubDate":"September 9, 2016"}"#,
                "2016-09-09",
            ),
        ] {
            assert_eq!(article(json).unwrap().date(), Some(date), "{json}");
        }
        for (json, source) in [
            (r#"{"title":"T","publisher":"P"}"#, "P"),
            (r#"{"title":"T","outlet":"O"}"#, "O"),
            (r#"{"title":"T","site":"S"}"#, "S"),
        ] {
            assert_eq!(article(json).unwrap().source(), Some(source));
        }
        let by = article(r#"{"title":"T","byline":"B Y","link":"https://tass.com/x"}"#).unwrap();
        assert_eq!(by.author(), Some("B Y"));
        assert_eq!(by.url(), Some("https://tass.com/x"));
        assert_eq!(by.source(), Some("TASS"));
    }

    #[test]
    fn the_scrapers_field_names_are_read() {
        // news-please
        let a = article(
            r#"{"title":"T","maintext":"M.","date_publish":"2016-09-10 12:00:00","source_domain":"www.nytimes.com","authors":["Ann Lee"],"url":"https://www.nytimes.com/a"}"#,
        )
        .unwrap();
        assert_eq!((a.text(), a.date()), ("M.", Some("2016-09-10")));
        assert_eq!(
            (a.source(), a.author()),
            (Some("The New York Times"), Some("Ann Lee"))
        );
        // trafilatura: the site name over the host; its JSON output's `source` is the URL.
        let b = article(
            r#"{"title":"T","raw_text":"R","text":"X.","hostname":"example.org","sitename":"Example Daily","author":"Bo Chen","date":"2016-09-10"}"#,
        )
        .unwrap();
        assert_eq!((b.text(), b.source()), ("X.", Some("Example Daily")));
        let c = article(
            r#"{"title":"T","raw_text":"R.","source":"https://example.org/a","source-hostname":"Example Daily","hostname":"example.org"}"#,
        )
        .unwrap();
        assert_eq!((c.text(), c.source()), ("R.", Some("Example Daily")));
        assert_eq!(c.url(), Some("https://example.org/a"));
        let d = article(r#"{"title":"T","hostname":"www.example.org"}"#).unwrap();
        assert_eq!(d.source(), Some("example.org"));
        // newspaper3k
        let e = article(r#"{"title":"T","text":"X.","publish_date":"2016-09-10T08:00:00","authors":["Ann Lee","Bo Chen"]}"#)
            .unwrap();
        assert_eq!(
            (e.date(), e.author()),
            (Some("2016-09-10"), Some("Ann Lee, Bo Chen"))
        );
        // GDELT
        let f = article(
            r#"{"title":"T","DocumentIdentifier":"https://www.bbc.co.uk/news/x","SourceCommonName":"bbc.co.uk","DATE":20160910123000}"#,
        )
        .unwrap();
        assert_eq!(
            (f.url(), f.source()),
            (Some("https://www.bbc.co.uk/news/x"), Some("BBC"))
        );
        assert_eq!(f.date(), Some("2016-09-10"));
        let g =
            article(r#"{"title":"T","seendate":"20160910T123000Z","domain":"tass.com"}"#).unwrap();
        assert_eq!((g.date(), g.source()), (Some("2016-09-10"), Some("TASS")));
    }

    #[test]
    fn character_references_are_decoded_in_every_field() {
        let a = article(
            r#"{"title":"&#163;1.8m fine for Viacom","text":"Caf&eacute; &amp; bar&#x2019;s &#27;[2Jmenu.","author":"Ren&eacute;e Roe","source":"Le Monde &amp; Co"}"#,
        )
        .unwrap();
        assert_eq!(a.title(), "£1.8m fine for Viacom");
        assert_eq!(a.text(), "Café & bar’s menu.");
        assert_eq!(
            (a.author(), a.source()),
            (Some("Renée Roe"), Some("Le Monde & Co"))
        );
        let t = text_article(
            "Caf&eacute;&nbsp;Owners &amp; Friends\n\nThe caf&eacute; closed.",
            "x",
            "x",
        );
        assert_eq!(
            (t.title.as_str(), t.text.as_str()),
            ("Café Owners & Friends", "The café closed.")
        );
    }

    #[test]
    fn authors_list_ids_and_defaults() {
        let a = article(r#"{"title":"T","authors":["Ann Lee","Bo Chen"],"id":42}"#).unwrap();
        assert_eq!(a.author(), Some("Ann Lee, Bo Chen"));
        assert_eq!(a.id(), "42");
        let b = article(r#"{"title":"T","id":"bbc-1"}"#).unwrap();
        assert_eq!(b.id(), "bbc-1");
        let c = article(r#"{"title":"T"}"#).unwrap();
        assert_eq!((c.id(), c.path()), ("dump:3".into(), Some("dump.jsonl")));
    }

    #[test]
    fn garbage_dates_are_none() {
        let a = article(r#"{"title":"T","date":"sometime soon"}"#).unwrap();
        assert_eq!(a.date(), None);
    }

    #[test]
    fn title_comes_from_the_text_or_the_id() {
        let a = article(r#"{"text":"Talks Resume in Geneva Today\n\nThe talks resumed on a cold Monday morning, officials said."}"#)
            .unwrap();
        assert_eq!(a.title(), "Talks Resume in Geneva Today");
        assert!(a.text().starts_with("The talks resumed"), "{}", a.text());
        let b = article(r#"{"text":"only a sentence of prose that goes on for quite a while."}"#)
            .unwrap();
        assert_eq!(b.title(), "dump:3");
        assert_eq!(article(r#"{"date":"2016-09-08"}"#), Err(NO_CONTENT));
    }

    #[test]
    fn one_line_takes_plain_lines_as_they_are_and_joins_the_rest() {
        for plain in ["Talks resume", "a", "x-y: (1/2) ~"] {
            assert!(is_plain_line(plain.as_bytes()), "{plain}");
            assert_eq!(one_line(plain).as_deref(), Some(plain));
        }
        for (messy, line) in [
            (" Talks", Some("Talks")),
            ("Talks ", Some("Talks")),
            ("Talks  resume", Some("Talks resume")),
            ("Talks\tresume\n", Some("Talks resume")),
            ("Talks\u{a0}résumé\u{2003}now", Some("Talks résumé now")),
            ("", None),
            ("  ", None),
        ] {
            assert!(!is_plain_line(messy.as_bytes()), "{messy:?}");
            assert_eq!(one_line(messy).as_deref(), line, "{messy:?}");
        }
    }

    #[test]
    fn fields_are_sanitized_and_on_one_line() {
        let a = article(
            "{\"title\":\"Evil\\u001b[31m\\ntitle\\u202e\",\"text\":\"x\\u0007y.\",\"author\":\"\\u009b2J\"}",
        )
        .unwrap();
        assert_eq!(a.title(), "Evil title");
        assert_eq!(a.text(), "xy.");
        assert_eq!(a.author(), None);
    }
}

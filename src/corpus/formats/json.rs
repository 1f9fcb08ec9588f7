//! JSON records as news dumps write them, read without copying: every field borrows from the
//! input unless it had escapes to undo, and each field accepts the shapes dumps use (a string, a
//! number, a list of names, an object with a `name`).
//!
//! What must stay true: a record that is valid JSON never fails because a field has an
//! unexpected type (the field is ignored instead); unknown fields are ignored; a value that is
//! not an object is reported, not loaded.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// One field's value, as loosely as dumps spell it.
#[derive(Debug, Default, Clone, PartialEq)]
pub(crate) enum Flex<'a> {
    #[default]
    Missing,
    Str(Cow<'a, str>),
    /// A number, with its JSON text (so an integer `id` keeps its exact digits).
    Num(f64, String),
    /// A list of strings or named objects, e.g. `authors`.
    List(Vec<Cow<'a, str>>),
}

impl Flex<'_> {
    /// The value as text: a string (borrowed, never copied), a number's digits, or a list
    /// joined with ", ". `None` when missing or blank.
    ///
    /// Asked of some twenty fields per record, most of them missing: kept small enough to
    /// inline, with the rare list joined out of line.
    #[inline]
    pub fn text(&self) -> Option<Cow<'_, str>> {
        let s = match self {
            Flex::Missing => return None,
            Flex::Str(s) => Cow::Borrowed(s.as_ref()),
            Flex::Num(_, text) => Cow::Borrowed(text.as_str()),
            Flex::List(items) => Cow::Owned(join_list(items)),
        };
        (!s.trim().is_empty()).then_some(s)
    }
}

#[inline(never)]
fn join_list(items: &[Cow<'_, str>]) -> String {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

impl<'de: 'a, 'a> Deserialize<'de> for Flex<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FlexVisitor(std::marker::PhantomData))
    }
}

struct FlexVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for FlexVisitor<'a> {
    type Value = Flex<'a>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string, number, list or object")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Flex::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Flex::Str(Cow::Owned(v.to_string())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Flex::Str(Cow::Owned(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Flex::Num(v as f64, v.to_string()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Flex::Num(v as f64, v.to_string()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Flex::Num(v, v.to_string()))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(Flex::Missing)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Flex::Missing)
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Flex::Missing)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        Flex::deserialize(d)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Flex<'a>>()? {
            if let Flex::Str(s) = item {
                items.push(s);
            }
        }
        Ok(Flex::List(items))
    }
    /// `{"id": "bbc-news", "name": "BBC News"}` → its name.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut name = Flex::Missing;
        while let Some(key) = map.next_key::<Cow<'a, str>>()? {
            if key == "name" {
                name = map.next_value()?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(match name {
            Flex::Str(s) => Flex::Str(s),
            _ => Flex::Missing,
        })
    }
}

/// The fields of an article record that dossier reads, under every name dumps use: news
/// dumps' own (`title`, `text`, `date`, `source`…) and those of the common scrapers
/// (news-please, trafilatura, newspaper3k, GDELT).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Field {
    Title,
    Headline,
    Text,
    Body,
    Content,
    Article,
    /// news-please.
    Maintext,
    /// trafilatura: the text without its line structure, so after `text`.
    RawText,
    Date,
    Published,
    PublishedAt,
    PubDate,
    /// news-please.
    DatePublish,
    /// newspaper3k.
    PublishDate,
    /// GDELT's DOC API: `20160909T120000Z`.
    SeenDate,
    /// GDELT's GKG: `20160909120000`.
    GdeltDate,
    Source,
    Publisher,
    Outlet,
    Site,
    /// trafilatura's site name.
    Sitename,
    /// trafilatura's JSON output: the site name (its `source` is the URL).
    SourceHostname,
    /// news-please: a domain.
    SourceDomain,
    /// trafilatura: a domain.
    Hostname,
    /// GDELT: a domain.
    Domain,
    /// GDELT's GKG: a domain.
    SourceCommonName,
    Author,
    Byline,
    Authors,
    Url,
    Link,
    /// GDELT's GKG: the URL.
    DocumentIdentifier,
    Id,
}

impl Field {
    /// The names of each of an article's fields, in the order they are tried: the first that
    /// a record has (and that is not blank) gives the field.
    pub const TITLE: &[Field] = &[Field::Title, Field::Headline];
    pub const BODY: &[Field] = &[
        Field::Text,
        Field::Maintext,
        Field::Body,
        Field::Content,
        Field::Article,
        Field::RawText,
    ];
    pub const DATE: &[Field] = &[
        Field::Date,
        Field::Published,
        Field::PublishedAt,
        Field::PubDate,
        Field::DatePublish,
        Field::PublishDate,
        Field::SeenDate,
        Field::GdeltDate,
    ];
    /// Names of the outlet, readable ones first (a value that is a URL is skipped).
    pub const SOURCE: &[Field] = &[
        Field::Source,
        Field::Publisher,
        Field::Outlet,
        Field::Site,
        Field::Sitename,
        Field::SourceHostname,
    ];
    /// Domains of the outlet, shown as the outlet's name when it is a known one.
    pub const DOMAIN: &[Field] = &[
        Field::SourceDomain,
        Field::Hostname,
        Field::SourceCommonName,
        Field::Domain,
    ];
    pub const AUTHOR: &[Field] = &[Field::Author, Field::Byline, Field::Authors];
    pub const URL: &[Field] = &[Field::Url, Field::Link, Field::DocumentIdentifier];

    /// The key as records spell it.
    fn key(self) -> &'static str {
        match self {
            Field::Title => "title",
            Field::Headline => "headline",
            Field::Text => "text",
            Field::Body => "body",
            Field::Content => "content",
            Field::Article => "article",
            Field::Maintext => "maintext",
            Field::RawText => "raw_text",
            Field::Date => "date",
            Field::Published => "published",
            Field::PublishedAt => "published_at",
            Field::PubDate => "pubDate",
            Field::DatePublish => "date_publish",
            Field::PublishDate => "publish_date",
            Field::SeenDate => "seendate",
            Field::GdeltDate => "DATE",
            Field::Source => "source",
            Field::Publisher => "publisher",
            Field::Outlet => "outlet",
            Field::Site => "site",
            Field::Sitename => "sitename",
            Field::SourceHostname => "source-hostname",
            Field::SourceDomain => "source_domain",
            Field::Hostname => "hostname",
            Field::Domain => "domain",
            Field::SourceCommonName => "SourceCommonName",
            Field::Author => "author",
            Field::Byline => "byline",
            Field::Authors => "authors",
            Field::Url => "url",
            Field::Link => "link",
            Field::DocumentIdentifier => "DocumentIdentifier",
            Field::Id => "id",
        }
    }

    /// The field a key names (a `match`, which the compiler turns into a length test and a
    /// few comparisons: every key of every record passes here).
    fn of_key(key: &str) -> Option<Field> {
        Some(match key {
            "title" => Field::Title,
            "headline" => Field::Headline,
            "text" => Field::Text,
            "body" => Field::Body,
            "content" => Field::Content,
            "article" => Field::Article,
            "maintext" => Field::Maintext,
            "raw_text" => Field::RawText,
            "date" => Field::Date,
            "published" => Field::Published,
            "published_at" => Field::PublishedAt,
            "pubDate" => Field::PubDate,
            "date_publish" => Field::DatePublish,
            "publish_date" => Field::PublishDate,
            "seendate" => Field::SeenDate,
            "DATE" => Field::GdeltDate,
            "source" => Field::Source,
            "publisher" => Field::Publisher,
            "outlet" => Field::Outlet,
            "site" => Field::Site,
            "sitename" => Field::Sitename,
            "source-hostname" => Field::SourceHostname,
            "source_domain" => Field::SourceDomain,
            "hostname" => Field::Hostname,
            "domain" => Field::Domain,
            "SourceCommonName" => Field::SourceCommonName,
            "author" => Field::Author,
            "byline" => Field::Byline,
            "authors" => Field::Authors,
            "url" => Field::Url,
            "link" => Field::Link,
            "DocumentIdentifier" => Field::DocumentIdentifier,
            "id" => Field::Id,
            _ => return None,
        })
    }
}

/// One article record: only the fields it has, in the order it has them. Small on purpose: a
/// dump of titles has one field per record, and a million records pass through here.
#[derive(Debug, Default)]
pub(crate) struct Record<'a> {
    fields: Vec<(Field, Flex<'a>)>,
}

impl<'a> Record<'a> {
    /// The value of `field`; [`Flex::Missing`] when the record does not have it.
    #[cfg(test)]
    pub fn get(&self, field: Field) -> &Flex<'a> {
        const MISSING: &Flex = &Flex::Missing;
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map_or(MISSING, |(_, v)| v)
    }

    /// What `read` gives for the first field of `priority` that the record has and `read`
    /// accepts. Looks only at the fields present: a record has a few of the thirty-odd names.
    pub fn first<'r, T>(
        &'r self,
        priority: &[Field],
        read: impl Fn(&'r Flex<'a>) -> Option<T>,
    ) -> Option<T> {
        let mut best: Option<(usize, T)> = None;
        for (field, value) in &self.fields {
            let Some(rank) = priority.iter().position(|p| p == field) else {
                continue;
            };
            if best.as_ref().is_none_or(|(r, _)| rank < *r)
                && let Some(v) = read(value)
            {
                best = Some((rank, v));
            }
        }
        best.map(|(_, v)| v)
    }

    /// Reads the fields of a JSON object; unknown keys are skipped, a repeated one is an error.
    fn read<'de: 'a, A: MapAccess<'de>>(mut map: A) -> Result<Record<'a>, A::Error> {
        let mut fields = Vec::new();
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match Field::of_key(&key) {
                Some(f) if fields.iter().any(|(seen, _)| *seen == f) => {
                    return Err(de::Error::duplicate_field(f.key()));
                }
                Some(f) => fields.push((f, map.next_value::<Flex<'a>>()?)),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Record { fields })
    }
}

/// A JSON value that should be a record: `None` when it is valid JSON of another type, so one
/// stray value does not fail a whole array.
#[derive(Debug)]
pub(crate) struct MaybeRecord<'a>(pub Option<Record<'a>>);

impl<'de: 'a, 'a> Deserialize<'de> for MaybeRecord<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(MaybeRecordVisitor(std::marker::PhantomData))
    }
}

struct MaybeRecordVisitor<'a>(std::marker::PhantomData<&'a ()>);

impl<'de: 'a, 'a> Visitor<'de> for MaybeRecordVisitor<'a> {
    type Value = MaybeRecord<'a>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an article object")
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Ok(MaybeRecord(Some(Record::read(map)?)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(MaybeRecord(None))
    }
    fn visit_borrowed_str<E>(self, _: &'de str) -> Result<Self::Value, E> {
        Ok(MaybeRecord(None))
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(MaybeRecord(None))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(MaybeRecord(None))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(MaybeRecord(None))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(MaybeRecord(None))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(MaybeRecord(None))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(MaybeRecord(None))
    }
}

/// A serde_json error as "line L, column C: message", with `line` counted in the whole file.
pub(crate) fn describe_error(e: &serde_json::Error, line: usize) -> String {
    let msg = e.to_string();
    let msg = match msg.rfind(" at line ") {
        Some(i) => &msg[..i],
        None => &msg,
    };
    format!("line {line}, column {}: {msg}", e.column())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Record<'_> {
        serde_json::from_str::<MaybeRecord>(s).unwrap().0.unwrap()
    }

    #[test]
    fn plain_strings_borrow_from_the_input() {
        let r = parse(r#"{"title": "Talks in Geneva", "text": "Line one\nLine two"}"#);
        assert!(matches!(
            r.get(Field::Title),
            Flex::Str(Cow::Borrowed("Talks in Geneva"))
        ));
        assert!(matches!(r.get(Field::Text), Flex::Str(Cow::Owned(_))));
    }

    #[test]
    fn loose_shapes_are_accepted() {
        let r = parse(
            r#"{"authors": ["Ann Lee", {"name": "Bo Chen"}, 3], "source": {"id": "x", "name": "BBC"},
                "id": 42, "date": 1473328800, "url": null, "extra": {"deep": [1, {"a": 2}]}}"#,
        );
        assert_eq!(
            r.get(Field::Authors).text().as_deref(),
            Some("Ann Lee, Bo Chen")
        );
        assert_eq!(r.get(Field::Source).text().as_deref(), Some("BBC"));
        assert_eq!(r.get(Field::Id).text().as_deref(), Some("42"));
        assert!(matches!(r.get(Field::Date), Flex::Num(..)));
        assert_eq!(*r.get(Field::Url), Flex::Missing);
        assert_eq!(*r.get(Field::Headline), Flex::Missing);
    }

    #[test]
    fn a_repeated_field_is_an_error_and_unknown_ones_are_skipped() {
        let e = serde_json::from_str::<MaybeRecord>(r#"{"title": "a", "x": 1, "title": "b"}"#)
            .unwrap_err();
        assert!(e.to_string().contains("duplicate field `title`"), "{e}");
        let r = parse(r#"{"x": [1], "pubDate": "2016-09-09", "y": {"title": "no"}}"#);
        assert_eq!(r.get(Field::PubDate).text().as_deref(), Some("2016-09-09"));
        assert_eq!(*r.get(Field::Title), Flex::Missing);
    }

    #[test]
    fn first_takes_the_earliest_field_in_priority_that_reads() {
        let r = parse(r#"{"byline": "B", "headline": "H", "title": "  ", "author": "A"}"#);
        let text = |f: &Flex| f.text().map(|t| t.into_owned());
        assert_eq!(
            r.first(&[Field::Title, Field::Headline], text).as_deref(),
            Some("H")
        );
        assert_eq!(
            r.first(&[Field::Author, Field::Byline], text).as_deref(),
            Some("A")
        );
        assert_eq!(r.first(&[Field::Url, Field::Link], text), None);
    }

    #[test]
    fn every_key_names_its_field() {
        let keys = [
            "title",
            "headline",
            "text",
            "body",
            "content",
            "article",
            "maintext",
            "raw_text",
            "date",
            "published",
            "published_at",
            "pubDate",
            "date_publish",
            "publish_date",
            "seendate",
            "DATE",
            "source",
            "publisher",
            "outlet",
            "site",
            "sitename",
            "source-hostname",
            "source_domain",
            "hostname",
            "domain",
            "SourceCommonName",
            "author",
            "byline",
            "authors",
            "url",
            "link",
            "DocumentIdentifier",
            "id",
        ];
        for key in keys {
            assert_eq!(Field::of_key(key).map(Field::key), Some(key));
        }
        assert_eq!(Field::of_key("Title"), None);
    }

    #[test]
    fn non_objects_are_none_not_errors() {
        for s in ["42", "\"text\"", "[1,2]", "null", "true"] {
            assert!(
                serde_json::from_str::<MaybeRecord>(s).unwrap().0.is_none(),
                "{s}"
            );
        }
    }

    #[test]
    fn errors_name_line_and_column() {
        let e = serde_json::from_str::<MaybeRecord>("{\"title\": ").unwrap_err();
        let msg = describe_error(&e, 7);
        assert!(msg.starts_with("line 7, column "), "{msg}");
        assert!(!msg.contains(" at line "), "{msg}");
    }
}

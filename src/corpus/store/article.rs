//! The article: one piece of news with its metadata and its cleaned body.
//!
//! Every string here is already sanitized: no control characters, no escape sequences. The
//! title is never empty. The date is `YYYY-MM-DD` when known.
//!
//! An [`Article`] is a 16-byte handle; its strings sit packed in a block it shares with the
//! articles loaded beside it (see `pack`), so that a million short records cost little more
//! than their text. [`ArticleData`] is the same article with owned strings: what the builders
//! make and what tests write.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::sync::Arc;

use crate::corpus::store::pack::{Block, IdRef, Packer};
use crate::corpus::store::prefetch::prefetch;

/// One article, as loaded and cleaned. Cloning is cheap (a reference count).
#[derive(Clone)]
pub struct Article {
    pub(super) block: Arc<Block>,
    /// Where the article's header starts in the block's metadata.
    pub(super) meta: u32,
    /// Where its body starts in the block's text.
    pub(super) text: u32,
}

/// An article's ID (DESIGN 1.3) before it is spelled out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Id {
    /// The record's own `id`.
    Given(String),
    /// The origin's stem: a plain-text file's relative path without extension, or "stdin".
    #[default]
    Stem,
    /// Record `N` of a JSON file: `STEM:N`.
    Numbered(u64),
}

impl From<&str> for Id {
    fn from(id: &str) -> Id {
        Id::Given(id.to_string())
    }
}

/// The file an article came from, shared by every article read from it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Origin {
    /// The file as given on the command line; `None` for the bundled seeds and stdin.
    pub path: Option<String>,
    /// What IDs are made of: the relative path without extension, or "stdin".
    pub stem: String,
}

/// An article with owned strings, before it is packed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ArticleData {
    /// Stable identifier (DESIGN 1.3).
    pub id: Id,
    /// Headline; never empty (falls back to the file name).
    pub title: String,
    /// Publication date as `YYYY-MM-DD` (or a prefix such as `YYYY-MM` when only that is known).
    pub date: Option<String>,
    /// The outlet, e.g. "TASS".
    pub source: Option<String>,
    /// Byline, authors joined with ", ".
    pub author: Option<String>,
    /// Canonical URL of the article.
    pub url: Option<String>,
    /// The cleaned body, exactly as the reader shows it: paragraphs separated by one blank line.
    pub text: String,
}

impl Article {
    /// Packs one article on its own, from no file (`path` is `None`, the stem empty).
    pub fn new(data: &ArticleData) -> Article {
        Article::from_origin(&Origin::default(), data)
    }

    /// Packs one article on its own, read from `origin`.
    pub fn from_origin(origin: &Origin, data: &ArticleData) -> Article {
        let mut packer = Packer::default();
        packer.push(origin, data);
        packer.finish().remove(0)
    }

    /// Every field, read at once: for code that reads several fields of many articles.
    pub fn view(&self) -> View<'_> {
        self.block.view(self.meta, self.text)
    }

    /// Title, source, author and date: what most tests of a query look at, read without the rest.
    pub fn head(&self) -> Head<'_> {
        self.block.head(self.meta)
    }

    /// Asks the CPU to start loading the article's head, for a loop that is about to read it.
    pub fn prefetch(&self) {
        let at = self.block.address(self.meta);
        prefetch(at);
        prefetch(at.wrapping_add(64));
    }

    /// Stable identifier (DESIGN 1.3): relative path without extension, or `STEM:N`, or the
    /// record's `id`.
    pub fn id(&self) -> Cow<'_, str> {
        self.view().id()
    }

    /// Headline; never empty.
    pub fn title(&self) -> &str {
        self.head().title
    }

    /// Publication date as `YYYY-MM-DD` (or a `YYYY-MM`/`YYYY` prefix).
    pub fn date(&self) -> Option<&str> {
        self.head().date
    }

    /// The outlet, e.g. "TASS".
    pub fn source(&self) -> Option<&str> {
        self.head().source
    }

    /// Byline, authors joined with ", ".
    pub fn author(&self) -> Option<&str> {
        self.head().author
    }

    /// Canonical URL.
    pub fn url(&self) -> Option<&str> {
        self.view().url
    }

    /// The file it came from, as given on the command line (`None` for the seeds and stdin).
    pub fn path(&self) -> Option<&str> {
        self.view().path
    }

    /// The cleaned body: paragraphs separated by one blank line.
    pub fn text(&self) -> &str {
        self.view().text
    }

    /// The article with owned strings.
    pub fn to_data(&self) -> ArticleData {
        let v = self.view();
        let owned = |s: Option<&str>| s.map(str::to_string);
        ArticleData {
            id: match v.id {
                IdRef::Given(id) => Id::Given(id.to_string()),
                IdRef::Stem => Id::Stem,
                IdRef::Numbered(n) => Id::Numbered(n),
            },
            title: v.head.title.to_string(),
            date: owned(v.head.date),
            source: owned(v.head.source),
            author: owned(v.head.author),
            url: owned(v.url),
            text: v.text.to_string(),
        }
    }
}

/// An article's title, source, author and date, borrowed from its block (see
/// [`Article::head`]).
#[derive(Clone, Copy)]
pub struct Head<'a> {
    /// Headline; never empty.
    pub title: &'a str,
    /// The outlet.
    pub source: Option<&'a str>,
    /// Byline.
    pub author: Option<&'a str>,
    /// Publication date.
    pub date: Option<&'a str>,
    /// Title, source and author back to back: a word that is not a subsequence of this is in
    /// none of them.
    pub joined: &'a str,
    /// Whether the article has a body: a test of the text can skip decoding one that has none.
    pub has_text: bool,
}

/// An article's fields, borrowed from its block (see [`Article::view`]).
#[derive(Clone, Copy)]
pub struct View<'a> {
    /// Title, source, author and date.
    pub head: Head<'a>,
    /// Canonical URL.
    pub url: Option<&'a str>,
    /// The file it came from.
    pub path: Option<&'a str>,
    /// The cleaned body.
    pub text: &'a str,
    pub(super) id: IdRef<'a>,
    pub(super) stem: &'a str,
}

impl<'a> View<'a> {
    /// The article's ID (see [`Article::id`]).
    pub fn id(&self) -> Cow<'a, str> {
        match self.id {
            IdRef::Given(id) => Cow::Borrowed(id),
            IdRef::Stem => Cow::Borrowed(self.stem),
            IdRef::Numbered(n) => Cow::Owned(numbered_id(self.stem, n)),
        }
    }

    /// Orders IDs as their strings would, without spelling them out: sorting a million records
    /// with equal titles compares many.
    pub fn cmp_id(&self, other: &View) -> Ordering {
        match (self.id, other.id) {
            (IdRef::Given(a), IdRef::Given(b)) => return a.cmp(b),
            (IdRef::Numbered(a), IdRef::Numbered(b)) if self.stem == other.stem => {
                let (mut x, mut y) = ([0u8; 20], [0u8; 20]);
                return decimal(a, &mut x).cmp(decimal(b, &mut y));
            }
            _ => {}
        }
        let mut mine = [0u8; 20];
        let mut theirs = [0u8; 20];
        let a = self.id_pieces(&mut mine);
        let b = other.id_pieces(&mut theirs);
        a.iter()
            .flat_map(|p| p.iter())
            .cmp(b.iter().flat_map(|p| p.iter()))
    }

    /// The ID as byte strings to concatenate: `STEM`, `:` and the digits of `N` for a numbered
    /// one, written into `digits`.
    fn id_pieces<'s>(&'s self, digits: &'s mut [u8; 20]) -> [&'s [u8]; 3] {
        match self.id {
            IdRef::Given(id) => [id.as_bytes(), b"", b""],
            IdRef::Stem => [self.stem.as_bytes(), b"", b""],
            IdRef::Numbered(n) => [self.stem.as_bytes(), b":", decimal(n, digits)],
        }
    }
}

/// The decimal digits of `n`, written at the end of `buf`.
fn decimal(n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    let mut rest = n;
    loop {
        at -= 1;
        buf[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            return &buf[at..];
        }
    }
}

/// `STEM:N`, built without the formatting machinery: `list --json` writes one per record, and
/// `write!` costs as much as the rest of a short record's row.
fn numbered_id(stem: &str, n: u64) -> String {
    let mut digits = [0u8; 20];
    let digits = decimal(n, &mut digits);
    let mut id = String::with_capacity(stem.len() + 1 + digits.len());
    id.push_str(stem);
    id.push(':');
    // Only ASCII digits were written.
    id.extend(digits.iter().map(|&d| char::from(d)));
    id
}

impl PartialEq for Article {
    fn eq(&self, other: &Article) -> bool {
        self.id() == other.id() && self.path() == other.path() && self.to_data() == other.to_data()
    }
}

impl Eq for Article {}

impl fmt::Debug for Article {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Article")
            .field("id", &self.id())
            .field("title", &self.title())
            .field("date", &self.date())
            .field("source", &self.source())
            .field("author", &self.author())
            .field("url", &self.url())
            .field("path", &self.path())
            .field("text", &self.text())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn ids_compare_as_their_spelled_out_strings(
            items in prop::collection::vec((
                prop_oneof![
                    Just(Id::Stem),
                    (0u64..30).prop_map(Id::Numbered),
                    any::<u64>().prop_map(Id::Numbered),
                    "[a:0-9]{0,4}".prop_map(Id::Given),
                ],
                "[a:0-9]{0,3}",
            ), 2..8),
        ) {
            let articles: Vec<Article> = items
                .into_iter()
                .map(|(id, stem)| {
                    let data = ArticleData { id, title: "t".into(), ..Default::default() };
                    Article::from_origin(&Origin { path: None, stem }, &data)
                })
                .collect();
            for a in &articles {
                for b in &articles {
                    prop_assert_eq!(a.view().cmp_id(&b.view()), a.id().cmp(&b.id()));
                }
            }
        }
    }

    #[test]
    fn numbered_ids_are_stem_colon_number() {
        assert_eq!(super::numbered_id("dump", 0), "dump:0");
        assert_eq!(super::numbered_id("dump", 7), "dump:7");
        assert_eq!(super::numbered_id("a.b", 1_000_001), "a.b:1000001");
        assert_eq!(super::numbered_id("", u64::MAX), format!(":{}", u64::MAX));
    }
}

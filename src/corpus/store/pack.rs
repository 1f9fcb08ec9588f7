//! How articles are stored: many articles' strings packed into one shared block, so that an
//! article costs 16 bytes plus its text, not a struct of eight strings each allocated apart.
//!
//! What must stay true: an article reads back exactly the [`ArticleData`] it was packed from
//! (with its origin's path and stem); a block never starts an article past `u32::MAX` bytes.
//!
//! A block has two buffers. `meta` holds, per article, its short strings with their lengths:
//! first the head (a flags byte, the lengths of title, source, author and date, then those four
//! back to back), which is all that fuzzy words and most other tests read, and is read without
//! decoding the rest; then the lengths of the URL, the ID (its length, or its number), the
//! origin, the body's length, and the URL and a given ID. `text` holds the bodies, apart, so
//! that they never sit between the titles. Lengths are variable-length integers whose bytes
//! stay below 0x80: `meta` is then valid UTF-8 throughout and every string is read with a
//! checked slice.

use std::sync::Arc;

use crate::corpus::store::article::{Article, ArticleData, Head, Id, Origin, View};

const SOURCE: u8 = 1;
const AUTHOR: u8 = 2;
const DATE: u8 = 4;
const URL: u8 = 8;
const ID_GIVEN: u8 = 16;
const ID_NUMBERED: u8 = 32;
const TEXT: u8 = 64;

/// The shared storage of some articles.
#[derive(Clone, Default)]
pub(crate) struct Block {
    meta: String,
    text: String,
    origins: Vec<Origin>,
}

/// An article's ID as stored.
#[derive(Clone, Copy)]
pub(crate) enum IdRef<'a> {
    Given(&'a str),
    Stem,
    Numbered(u64),
}

/// Appends `v` in groups of six bits, low first; bit 6 says another group follows.
fn put(out: &mut String, mut v: u64) {
    while v >= 0x40 {
        out.push(char::from((v & 0x3f) as u8 | 0x40));
        v >>= 6;
    }
    out.push(char::from(v as u8));
}

/// Reads what [`put`] wrote at `*pos`, and moves past it.
fn take(bytes: &[u8], pos: &mut usize) -> u64 {
    let mut v = 0u64;
    let mut shift = 0;
    loop {
        let b = bytes[*pos];
        *pos += 1;
        v |= u64::from(b & 0x3f) << shift;
        if b & 0x40 == 0 {
            return v;
        }
        shift += 6;
    }
}

impl Block {
    /// Appends one article read from `self.origins[origin]`.
    fn write(&mut self, origin: usize, a: &ArticleData) {
        let head = [&a.source, &a.author, &a.date];
        let mut flags = 0;
        for (bit, s) in [SOURCE, AUTHOR, DATE, URL]
            .into_iter()
            .zip(head.into_iter().chain([&a.url]))
        {
            if s.is_some() {
                flags |= bit;
            }
        }
        flags |= match &a.id {
            Id::Given(_) => ID_GIVEN,
            Id::Numbered(_) => ID_NUMBERED,
            Id::Stem => 0,
        };
        if !a.text.is_empty() {
            flags |= TEXT;
        }
        let m = &mut self.meta;
        m.push(char::from(flags));
        // The head: title, source, author and date, readable without decoding the rest.
        put(m, a.title.len() as u64);
        for s in head.into_iter().flatten() {
            put(m, s.len() as u64);
        }
        m.push_str(&a.title);
        for s in head.into_iter().flatten() {
            m.push_str(s);
        }
        if let Some(url) = &a.url {
            put(m, url.len() as u64);
        }
        match &a.id {
            Id::Given(s) => put(m, s.len() as u64),
            Id::Numbered(n) => put(m, *n),
            Id::Stem => {}
        }
        put(m, origin as u64);
        put(m, a.text.len() as u64);
        if let Some(url) = &a.url {
            m.push_str(url);
        }
        if let Id::Given(s) = &a.id {
            m.push_str(s);
        }
        self.text.push_str(&a.text);
    }

    /// The head of the article at `meta`, its flags, and where the rest of its header starts.
    fn head_at(&self, meta: u32) -> (Head<'_>, u8, usize) {
        let bytes = self.meta.as_bytes();
        let mut pos = meta as usize;
        let flags = bytes[pos];
        pos += 1;
        let title = take(bytes, &mut pos) as usize;
        let mut len = |bit: u8| {
            let has = flags & bit != 0;
            (
                has,
                if has {
                    take(bytes, &mut pos) as usize
                } else {
                    0
                },
            )
        };
        let (has_source, source) = len(SOURCE);
        let (has_author, author) = len(AUTHOR);
        let (has_date, date) = len(DATE);
        let joined = &self.meta[pos..pos + title + source + author];
        let (title, rest) = joined.split_at(title);
        let (source, author) = rest.split_at(source);
        let end = pos + joined.len();
        let head = Head {
            title,
            source: has_source.then_some(source),
            author: has_author.then_some(author),
            date: has_date.then(|| &self.meta[end..end + date]),
            joined,
            has_text: flags & TEXT != 0,
        };
        (head, flags, end + date)
    }

    /// The title, source, author and date of the article whose header starts at `meta`.
    pub fn head(&self, meta: u32) -> Head<'_> {
        self.head_at(meta).0
    }

    /// The article whose header starts at `meta` and body at `text`.
    pub fn view(&self, meta: u32, text: u32) -> View<'_> {
        let (head, flags, mut pos) = self.head_at(meta);
        let bytes = self.meta.as_bytes();
        let mut lens = [None; 2];
        for (len, bit) in lens.iter_mut().zip([URL, ID_GIVEN | ID_NUMBERED]) {
            if flags & bit != 0 {
                *len = Some(take(bytes, &mut pos));
            }
        }
        let origin = &self.origins[take(bytes, &mut pos) as usize];
        let text_len = take(bytes, &mut pos) as usize;
        let mut string = |len: u64| {
            let s = &self.meta[pos..pos + len as usize];
            pos += s.len();
            s
        };
        let [url, id] = lens;
        let url = url.map(&mut string);
        let id = match id {
            Some(len) if flags & ID_GIVEN != 0 => IdRef::Given(string(len)),
            Some(n) => IdRef::Numbered(n),
            None => IdRef::Stem,
        };
        let text = text as usize;
        View {
            head,
            url,
            path: origin.path.as_deref(),
            text: &self.text[text..text + text_len],
            id,
            stem: &origin.stem,
        }
    }

    /// Where the article at `meta` starts in memory, to prefetch.
    pub fn address(&self, meta: u32) -> *const u8 {
        self.meta.as_ptr().wrapping_add(meta as usize)
    }
}

/// Packs articles into shared blocks, in order: what the loader does with what it reads.
#[derive(Default)]
pub struct Packer {
    block: Block,
    /// Where each article of the block being filled starts.
    starts: Vec<(u32, u32)>,
    done: Vec<Article>,
}

impl Packer {
    /// Appends one article read from `origin`.
    pub fn push(&mut self, origin: &Origin, a: &ArticleData) {
        let (Ok(meta), Ok(text)) = (
            u32::try_from(self.block.meta.len()),
            u32::try_from(self.block.text.len()),
        ) else {
            self.seal();
            return self.push(origin, a);
        };
        let origins = &mut self.block.origins;
        if origins.last() != Some(origin) {
            origins.push(origin.clone());
        }
        let index = origins.len() - 1;
        self.block.write(index, a);
        self.starts.push((meta, text));
    }

    /// The articles, in the order pushed.
    pub fn finish(mut self) -> Vec<Article> {
        self.seal();
        self.done
    }

    /// Closes the block being filled; its articles get their handles.
    fn seal(&mut self) {
        let mut block = std::mem::take(&mut self.block);
        block.meta.shrink_to_fit();
        block.text.shrink_to_fit();
        block.origins.shrink_to_fit();
        let block = Arc::new(block);
        self.done.reserve(self.starts.len());
        for (meta, text) in self.starts.drain(..) {
            self.done.push(Article {
                block: Arc::clone(&block),
                meta,
                text,
            });
        }
    }
}

/// One block, reused, to test articles (against a keep test) before they are packed for good:
/// testing needs an [`Article`], and most tested articles are not kept.
#[derive(Default)]
pub(crate) struct Scratch(Arc<Block>);

impl Scratch {
    /// `test` on the article `a` read from `origin`.
    pub fn test(
        &mut self,
        origin: &Origin,
        a: &ArticleData,
        test: impl FnOnce(&Article) -> bool,
    ) -> bool {
        // A test that kept a clone of the last article keeps that block; this one starts anew.
        if Arc::strong_count(&self.0) > 1 {
            self.0 = Arc::default();
        }
        let block = Arc::make_mut(&mut self.0);
        block.meta.clear();
        block.text.clear();
        // Every record of a file shares its origin: copied once, not once per test.
        if block.origins.first() != Some(origin) {
            block.origins.clear();
            block.origins.push(origin.clone());
        }
        block.write(0, a);
        test(&Article {
            block: Arc::clone(&self.0),
            meta: 0,
            text: 0,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn opt() -> impl Strategy<Value = Option<String>> {
        prop::option::of("[a-zé ,:-]{0,90}")
    }

    proptest! {
        #[test]
        fn articles_read_back_what_was_packed(
            items in prop::collection::vec((
                "[a-zé ]{1,200}", opt(), opt(), opt(), opt(), "\\PC{0,300}",
                prop_oneof![
                    Just(Id::Stem),
                    any::<u64>().prop_map(Id::Numbered),
                    "[a-z:0-9]{0,70}".prop_map(Id::Given),
                ],
                prop::option::of("[a-z/.]{1,9}"),
            ), 0..12),
        ) {
            let mut packer = Packer::default();
            let mut expected = Vec::new();
            for (title, source, author, date, url, text, id, path) in items {
                let a = ArticleData { id, title, date, source, author, url, text };
                let origin = Origin { stem: path.clone().unwrap_or_default(), path };
                packer.push(&origin, &a);
                expected.push((a, origin));
            }
            let articles = packer.finish();
            prop_assert_eq!(articles.len(), expected.len());
            // One scratch block for all, as a loader uses it, origins changing or not, and a
            // clone of every other tested article kept, as a test may.
            let mut scratch = Scratch::default();
            let mut kept = Vec::new();
            for (i, (got, (want, origin))) in articles.iter().zip(&expected).enumerate() {
                prop_assert_eq!(&got.to_data(), want);
                prop_assert_eq!(got.path(), origin.path.as_deref());
                let id = match &want.id {
                    Id::Given(s) => s.clone(),
                    Id::Stem => origin.stem.clone(),
                    Id::Numbered(n) => format!("{}:{n}", origin.stem),
                };
                prop_assert_eq!(got.id(), id);
                let read_back = scratch.test(origin, want, |a| {
                    if i % 2 == 0 {
                        kept.push(a.clone());
                    }
                    a.to_data() == *want && a.path() == got.path()
                });
                prop_assert!(read_back);
            }
            for (k, got) in kept.iter().zip(articles.iter().step_by(2)) {
                prop_assert_eq!(k, got);
            }
        }
    }

    #[test]
    fn lengths_of_every_size_round_trip() {
        for v in [0, 1, 0x3f, 0x40, 0xfff, 0x1000, u32::MAX as u64, u64::MAX] {
            let mut s = String::new();
            put(&mut s, v);
            assert!(s.is_ascii());
            let mut pos = 0;
            assert_eq!(take(s.as_bytes(), &mut pos), v);
            assert_eq!(pos, s.len());
        }
    }

    #[test]
    fn an_article_is_sixteen_bytes() {
        assert_eq!(std::mem::size_of::<Article>(), 16);
    }
}

//! The word index of a corpus's texts and titles, built once in the background: a dictionary
//! of folded tokens (an [`fst::Map`], so a prefix or a typo walks only the words that can
//! match) and, per token, the articles whose text (or title) has it with how often. A bare
//! word then costs a walk of the dictionary and a pass over the postings of the words found,
//! not a scan of every text or title.
//!
//! What must stay true: the index answers what [`super::words::Word`] finds scanning the text
//! or title: the same tokens (see [`super::words::tokens`]), the same counts in the texts,
//! capped at [`TF_CAP`] (a title's postings say only that it has the token: its count is never
//! asked); a build can be cancelled and reports its progress; the index takes well under half
//! the bytes of the text it covers (postings are delta-coded varints).

use std::sync::atomic::{AtomicUsize, Ordering};

use fst::{Automaton, IntoStreamer, Streamer};
use rustc_hash::FxHashMap;

use super::typo::Typo;
use super::words::{TF_CAP, fold_into, tokens};
use crate::corpus::Article;

/// The index of every article's text and title.
pub struct WordIndex {
    text: Postings,
    /// The titles' words, so that a bare word on a long list of titles is a walk of their
    /// dictionary, not a scan of each title.
    titles: Postings,
    /// Text bytes per article, for the ranking; empty when no article has a text (a list of
    /// titles), where every length is 0.
    lens: Vec<u32>,
    /// Number of articles covered.
    docs: usize,
}

/// A dictionary of folded tokens and, per token, the documents that have it, how often.
struct Postings {
    /// Folded token → its number, which is its rank in the dictionary.
    terms: fst::Map<Vec<u8>>,
    /// Per token number, where its postings start in `postings`; one more at the end.
    offsets: Vec<u32>,
    /// Per token: (document − previous one) as a varint, then the count when `counted`, per
    /// document that has the token, ascending.
    postings: Vec<u8>,
    /// Whether the postings hold counts; without them every count reads as 1.
    counted: bool,
}

/// Which articles' texts have a word, as the index knows it.
#[derive(Debug, Clone)]
pub enum TextHits {
    /// A word of one token: how many times each article's text has it (0: not at all).
    Counts(Vec<u8>),
    /// A word of several tokens (`u.s`), or with capitals: whether each article's text has all
    /// of its tokens, whatever the case; the text of those is then searched.
    Candidates(Vec<bool>),
}

impl WordIndex {
    /// Indexes `articles`' texts and titles; `done` counts the articles indexed so far. `None`
    /// when `cancelled` said so.
    pub fn build(
        articles: &[Article],
        done: &AtomicUsize,
        cancelled: &dyn Fn() -> bool,
    ) -> Option<WordIndex> {
        let mut text = PostingsBuilder::new(true);
        let mut titles = PostingsBuilder::new(false);
        let mut lens = Vec::with_capacity(articles.len());
        for (doc, a) in articles.iter().enumerate() {
            if doc % 256 == 0 {
                if cancelled() {
                    return None;
                }
                done.store(doc, Ordering::Relaxed);
            }
            let body = a.text();
            lens.push(u32::try_from(body.len()).unwrap_or(u32::MAX));
            text.add(doc as u32, body);
            titles.add(doc as u32, a.head().title);
        }
        if lens.iter().all(|&l| l == 0) {
            lens = Vec::new();
        }
        let index = WordIndex {
            text: text.finish()?,
            titles: titles.finish()?,
            lens,
            docs: articles.len(),
        };
        done.store(articles.len(), Ordering::Relaxed);
        Some(index)
    }

    /// Number of articles covered.
    pub fn len(&self) -> usize {
        self.docs
    }

    /// Whether no article is covered.
    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// Bytes the index takes in memory.
    pub fn heap_bytes(&self) -> usize {
        self.text.heap_bytes() + self.titles.heap_bytes() + self.lens.len() * size_of::<u32>()
    }

    /// Text bytes of article `doc` (0 past the end).
    pub fn text_len(&self, doc: usize) -> usize {
        self.lens.get(doc).map_or(0, |&l| l as usize)
    }

    /// What the index knows of the word whose folded tokens are `tokens` in the texts: every
    /// token but the last whole, the last as a prefix. `counted`: the counts answer the word
    /// (one token, no capitals).
    pub fn hits(&self, tokens: &[String], counted: bool) -> TextHits {
        self.text.hits(tokens, counted, self.len())
    }

    /// [`WordIndex::hits`] in the titles.
    pub fn title_hits(&self, tokens: &[String], counted: bool) -> TextHits {
        self.titles.hits(tokens, counted, self.len())
    }

    /// Whether each article's text has a word one typo away from `typo`.
    pub fn typos(&self, typo: &Typo) -> Vec<bool> {
        self.text.typos(typo, self.len())
    }

    /// [`WordIndex::typos`] in the titles.
    pub fn title_typos(&self, typo: &Typo) -> Vec<bool> {
        self.titles.typos(typo, self.len())
    }
}

/// [`Postings`] as documents are added, in order.
struct PostingsBuilder {
    /// Whether to keep each document's count of a token.
    counted: bool,
    ids: FxHashMap<Box<str>, u32>,
    /// Per provisional token number: postings so far and the last document added.
    lists: Vec<(Vec<u8>, u32)>,
    folded: String,
    in_doc: Vec<u32>,
}

impl PostingsBuilder {
    fn new(counted: bool) -> PostingsBuilder {
        PostingsBuilder {
            counted,
            ids: FxHashMap::default(),
            lists: Vec::new(),
            folded: String::new(),
            in_doc: Vec::new(),
        }
    }

    fn add(&mut self, doc: u32, text: &str) {
        self.in_doc.clear();
        for (_, t) in tokens(text) {
            fold_into(t, &mut self.folded);
            let id = match self.ids.get(self.folded.as_str()) {
                Some(&id) => id,
                None => {
                    let id = self.lists.len() as u32;
                    self.ids.insert(self.folded.as_str().into(), id);
                    self.lists.push((Vec::new(), 0));
                    id
                }
            };
            self.in_doc.push(id);
        }
        self.in_doc.sort_unstable();
        for run in self.in_doc.chunk_by(|a, b| a == b) {
            let (list, last) = &mut self.lists[run[0] as usize];
            put_varint(list, doc - *last);
            if self.counted {
                list.push(run.len().min(TF_CAP as usize) as u8);
            }
            *last = doc;
        }
    }

    fn finish(mut self) -> Option<Postings> {
        let mut sorted: Vec<(Box<str>, u32)> = self.ids.into_iter().collect();
        sorted.sort_unstable();
        let mut builder = fst::MapBuilder::memory();
        let mut offsets = Vec::with_capacity(sorted.len() + 1);
        let total = self.lists.iter().map(|(l, _)| l.len()).sum();
        let mut postings = Vec::with_capacity(total);
        for (rank, (term, id)) in sorted.into_iter().enumerate() {
            // Sorted and unique, so the insert cannot fail.
            builder.insert(term.as_bytes(), rank as u64).ok()?;
            offsets.push(u32::try_from(postings.len()).ok()?);
            postings.extend_from_slice(&std::mem::take(&mut self.lists[id as usize].0));
        }
        offsets.push(u32::try_from(postings.len()).ok()?);
        let terms = fst::Map::new(builder.into_inner().ok()?).ok()?;
        Some(Postings {
            terms,
            offsets,
            postings,
            counted: self.counted,
        })
    }
}

impl Postings {
    fn heap_bytes(&self) -> usize {
        self.terms.as_fst().as_bytes().len()
            + self.offsets.len() * size_of::<u32>()
            + self.postings.len()
    }

    /// See [`WordIndex::hits`]; `n` documents.
    fn hits(&self, tokens: &[String], counted: bool, n: usize) -> TextHits {
        let Some((last, whole)) = tokens.split_last() else {
            return TextHits::Candidates(vec![true; n]);
        };
        let mut counts = vec![0u8; n];
        let prefix = fst::automaton::Str::new(last).starts_with();
        let mut stream = self.terms.search(prefix).into_stream();
        while let Some((_, term)) = stream.next() {
            self.each_posting(term, n, |doc, tf| {
                let c = &mut counts[doc];
                *c = (u32::from(*c) + u32::from(tf)).min(TF_CAP) as u8;
            });
        }
        if counted {
            return TextHits::Counts(counts);
        }
        let mut has: Vec<bool> = counts.iter().map(|&c| c > 0).collect();
        for t in whole {
            let mut with = vec![false; n];
            if let Some(term) = self.terms.get(t) {
                self.each_posting(term, n, |doc, _| with[doc] = true);
            }
            for (h, w) in has.iter_mut().zip(with) {
                *h &= w;
            }
        }
        TextHits::Candidates(has)
    }

    /// See [`WordIndex::typos`]; `n` documents.
    fn typos(&self, typo: &Typo, n: usize) -> Vec<bool> {
        let mut has = vec![false; n];
        let mut stream = self.terms.search(typo).into_stream();
        while let Some((_, term)) = stream.next() {
            self.each_posting(term, n, |doc, _| has[doc] = true);
        }
        has
    }

    /// Calls `f` with each document below `n` that has token number `term`, and how often.
    fn each_posting(&self, term: u64, n: usize, mut f: impl FnMut(usize, u8)) {
        let t = term as usize;
        let (Some(&from), Some(&to)) = (self.offsets.get(t), self.offsets.get(t + 1)) else {
            return;
        };
        let Some(mut bytes) = self.postings.get(from as usize..to as usize) else {
            return;
        };
        let mut doc = 0usize;
        while let Some((delta, rest)) = get_varint(bytes) {
            let (tf, rest) = if self.counted {
                let Some((&tf, rest)) = rest.split_first() else {
                    return;
                };
                (tf, rest)
            } else {
                (1, rest)
            };
            doc += delta as usize;
            if doc < n {
                f(doc, tf);
            }
            bytes = rest;
        }
    }
}

fn put_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn get_varint(bytes: &[u8]) -> Option<(u32, &[u8])> {
    let mut v = 0u32;
    for (i, &b) in bytes.iter().enumerate().take(5) {
        v |= u32::from(b & 0x7f) << (7 * i);
        if b < 0x80 {
            return Some((v, &bytes[i + 1..]));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ArticleData;
    use crate::search::words::Word;

    fn corpus(texts: &[&str]) -> Vec<Article> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                Article::new(&ArticleData {
                    title: format!("T{i}"),
                    text: t.to_string(),
                    ..Default::default()
                })
            })
            .collect()
    }

    fn index(articles: &[Article]) -> WordIndex {
        WordIndex::build(articles, &AtomicUsize::new(0), &|| false).unwrap()
    }

    /// For words of every kind, the index's counts and candidates are what scanning the texts
    /// gives.
    #[test]
    fn the_index_answers_what_the_scan_finds() {
        let mut texts: Vec<String> = crate::corpus::seeds()
            .articles
            .iter()
            .map(|a| a.text().to_string())
            .collect();
        texts.push("Obama, obama; Obamacare and nobama. U.S. envoy Лавров.".into());
        texts.push("the menu.sh file".into());
        texts.push(String::new());
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let articles = corpus(&refs);
        let idx = index(&articles);
        for w in [
            "obama", "o", "lav", "lavrov", "лав", "u.s", "kerry", "syr", "zzz", "2016", "men",
            "US", "Obama",
        ] {
            let word = Word::new(w);
            let hits = idx.hits(word.folded_tokens(), word.counted_by_index());
            for (i, a) in articles.iter().enumerate() {
                let scanned = word.count(a.text());
                match &hits {
                    TextHits::Counts(c) => assert_eq!(u32::from(c[i]), scanned, "{w} in {i}"),
                    TextHits::Candidates(c) => {
                        assert!(c[i] || scanned == 0, "{w} in {i}: not a candidate")
                    }
                }
            }
        }
        let word = Word::new("lavorv");
        let typos = idx.typos(word.typo().unwrap());
        for (i, a) in articles.iter().enumerate() {
            assert_eq!(typos[i], word.typo_in(a.text()), "typo in {i}");
        }
        assert!(typos.iter().any(|&t| t));
    }

    /// News texts share most of their words: on the seeds' texts many times over (as a
    /// collection of one story), the index stays under half the text.
    #[test]
    fn the_index_is_small_beside_the_text() {
        let seeds: Vec<String> = crate::corpus::seeds()
            .articles
            .iter()
            .map(|a| a.text().to_string())
            .collect();
        let texts: Vec<&str> = seeds.iter().cycle().take(200).map(String::as_str).collect();
        let articles = corpus(&texts);
        let text: usize = articles.iter().map(|a| a.text().len()).sum();
        let idx = index(&articles);
        assert!(
            idx.heap_bytes() * 2 <= text,
            "{} of {text}",
            idx.heap_bytes()
        );
    }

    #[test]
    fn a_cancelled_build_gives_nothing() {
        let articles = corpus(&["a b c"]);
        assert!(WordIndex::build(&articles, &AtomicUsize::new(0), &|| true).is_none());
    }

    #[test]
    fn varints_round_trip() {
        let mut buf = Vec::new();
        for v in [0, 1, 127, 128, 300, u32::MAX] {
            put_varint(&mut buf, v);
        }
        let mut rest = buf.as_slice();
        for v in [0, 1, 127, 128, 300, u32::MAX] {
            let (got, r) = get_varint(rest).unwrap();
            assert_eq!(got, v);
            rest = r;
        }
        assert!(rest.is_empty());
    }
}

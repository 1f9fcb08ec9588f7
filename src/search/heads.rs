//! A copy of every article's head (title, source, author, date) in corpus order, for scans of a
//! corpus whose bodies dominate it: an article's head sits in its block in load order, so a
//! scan in corpus order reads heads scattered through memory, one cache miss each; copied in
//! order, they are read in sequence (a full scan of 100k articles in 0.8x the CPU time).
//!
//! What must stay true: the copy is made only when it costs at most a quarter of the bodies'
//! bytes, so a corpus of titles alone (where it would double the memory) never gets one; the
//! head read from the copy is the article's own.

use crate::corpus::{Article, Head};

/// The heads, back to back.
pub struct Heads {
    text: String,
    /// Per article: where its title, source, author and date end in `text` (each starts where
    /// the one before ends).
    ends: Vec<[u32; 4]>,
    /// Per article: whether it has a body.
    has_text: Vec<bool>,
}

impl Heads {
    /// The copy, when the heads take at most a quarter of the bodies' bytes and fit `u32`
    /// offsets.
    pub fn of(articles: &[Article]) -> Option<Heads> {
        let (mut heads, mut bodies) = (0usize, 0usize);
        for a in articles {
            let v = a.view();
            heads += v.head.joined.len() + v.head.date.map_or(0, str::len);
            bodies += v.text.len();
        }
        if heads > bodies / 4 || u32::try_from(heads).is_err() {
            return None;
        }
        let mut copy = Heads {
            text: String::with_capacity(heads),
            ends: Vec::with_capacity(articles.len()),
            has_text: Vec::with_capacity(articles.len()),
        };
        for a in articles {
            let h = a.head();
            let mut end = [0u32; 4];
            for (e, part) in end
                .iter_mut()
                .zip([Some(h.title), h.source, h.author, h.date])
            {
                copy.text.push_str(part.unwrap_or_default());
                *e = copy.text.len() as u32;
            }
            copy.ends.push(end);
            copy.has_text.push(h.has_text);
        }
        Some(copy)
    }

    /// The head of article `i`, from the copy.
    pub fn get(&self, i: u32) -> Option<Head<'_>> {
        let i = i as usize;
        let start = i
            .checked_sub(1)
            .map_or(Some(0), |p| self.ends.get(p).map(|e| e[3]))?;
        let [t, s, a, d] = *self.ends.get(i)?;
        let part = |from: u32, to: u32| &self.text[from as usize..to as usize];
        // A field that is there is never empty (the loader drops empty ones).
        let opt = |from: u32, to: u32| (from < to).then(|| part(from, to));
        Some(Head {
            title: part(start, t),
            source: opt(t, s),
            author: opt(s, a),
            date: opt(a, d),
            joined: part(start, a),
            has_text: *self.has_text.get(i)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ArticleData;

    #[test]
    fn heads_copied_read_back_as_the_articles_own() {
        let articles: Vec<Article> = (0..50)
            .map(|i| {
                Article::new(&ArticleData {
                    title: format!("Title {i}"),
                    source: (i % 2 == 0).then(|| "TASS".to_string()),
                    author: (i % 3 == 0).then(|| format!("Writer {i}")),
                    date: (i % 5 != 0).then(|| "2016-09-08".to_string()),
                    text: "A body much longer than the title, source, author and date. ".repeat(3),
                    ..Default::default()
                })
            })
            .collect();
        let heads = Heads::of(&articles).expect("bodies dominate");
        for (i, a) in articles.iter().enumerate() {
            let (copy, own) = (heads.get(i as u32).unwrap(), a.head());
            assert_eq!(
                (
                    copy.title,
                    copy.source,
                    copy.author,
                    copy.date,
                    copy.joined,
                    copy.has_text
                ),
                (
                    own.title,
                    own.source,
                    own.author,
                    own.date,
                    own.joined,
                    own.has_text
                )
            );
        }
        assert!(heads.get(50).is_none());
    }

    #[test]
    fn titles_alone_get_no_copy() {
        let titles: Vec<Article> = (0..10)
            .map(|i| {
                Article::new(&ArticleData {
                    title: format!("Title {i}"),
                    ..Default::default()
                })
            })
            .collect();
        assert!(Heads::of(&titles).is_none());
    }
}

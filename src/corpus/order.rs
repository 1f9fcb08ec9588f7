//! The order of a corpus: newest first, undated last, then by title ignoring ASCII case, then
//! by exact title and ID, so every run lists the same articles in the same order.
//!
//! What must stay true: [`sort_articles`] gives exactly the order of [`compare_articles`]. It
//! sorts compact keys (date as a number, the first bytes of the title) so that sorting 100k
//! articles does not chase pointers into every article; only ties on the key are compared in
//! full.

use std::cmp::{Ordering, Reverse};
use std::mem;

use super::Article;

/// Sorts `articles` into the order of [`compare_articles`].
pub fn sort_articles(articles: &mut [Article]) {
    let Some(mut keys) = articles
        .iter()
        .enumerate()
        .map(|(i, a)| Some((date_key(a.date.as_deref())?, title_key(&a.title), i)))
        .collect::<Option<Vec<_>>>()
    else {
        // A date not in the loader's normalised form: the plain comparison handles it.
        return articles.sort_by(compare_articles);
    };
    keys.sort_unstable_by_key(|&(date, title, _)| (Reverse(date), title));
    for run in keys.chunk_by_mut(|a, b| (a.0, a.1) == (b.0, b.1)) {
        if run.len() > 1 {
            run.sort_by(|a, b| compare_articles(&articles[a.2], &articles[b.2]));
        }
    }
    let mut taken: Vec<Article> = articles.iter_mut().map(mem::take).collect();
    for (slot, &(_, _, i)) in articles.iter_mut().zip(&keys) {
        *slot = mem::take(&mut taken[i]);
    }
}

/// The order of [`sort_articles`].
pub fn compare_articles(a: &Article, b: &Article) -> Ordering {
    let by_date = match (&a.date, &b.date) {
        (Some(x), Some(y)) => y.cmp(x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    by_date
        .then_with(|| cmp_caseless(&a.title, &b.title))
        .then_with(|| a.title.cmp(&b.title))
        .then_with(|| a.id.cmp(&b.id))
}

/// Byte-wise with ASCII letters folded; other characters by code point.
fn cmp_caseless(a: &str, b: &str) -> Ordering {
    let folded = |b: u8| b.to_ascii_lowercase();
    a.bytes().map(folded).cmp(b.bytes().map(folded))
}

/// `YYYY-MM-DD` as YYYYMMDD, a `YYYY-MM` or `YYYY` prefix with zeros (so it sorts after the
/// full dates of its month or year, as the strings do), no date as 0 (last). `None` for any
/// other string.
fn date_key(date: Option<&str>) -> Option<u32> {
    let Some(d) = date else { return Some(0) };
    let b = d.as_bytes();
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(r)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0, |n, &c| n * 10 + u32::from(c - b'0')))
    };
    let dash = |i: usize| b.get(i) == Some(&b'-');
    let year = num(0..4).filter(|&y| y > 0)?;
    match b.len() {
        4 => Some(year * 10_000),
        7 if dash(4) => Some(year * 10_000 + num(5..7)? * 100),
        10 if dash(4) && dash(7) => Some(year * 10_000 + num(5..7)? * 100 + num(8..10)?),
        _ => None,
    }
}

/// The first 32 bytes of the title, ASCII-folded, zero-padded: comparing keys agrees with
/// [`cmp_caseless`] wherever the keys differ (titles hold no NUL after sanitizing, and where
/// one does, the tie-break compares in full anyway).
fn title_key(title: &str) -> [u8; 32] {
    let mut key = [0u8; 32];
    for (k, b) in key.iter_mut().zip(title.bytes()) {
        *k = b.to_ascii_lowercase();
    }
    key
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn art(id: &str, title: &str, date: Option<&str>) -> Article {
        Article {
            id: id.into(),
            title: title.into(),
            date: date.map(String::from),
            ..Article::default()
        }
    }

    #[test]
    fn newest_first_undated_last_then_title() {
        let mut v = vec![
            art("a", "zebra", None),
            art("b", "Apple", None),
            art("c", "old", Some("2015-01-01")),
            art("d", "new", Some("2016-09-08")),
            art("e", "month only", Some("2016-09")),
            art("f", "banana", None),
            art("g", "Banana", None),
        ];
        sort_articles(&mut v);
        let order: Vec<&str> = v.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(order, ["d", "e", "c", "b", "g", "f", "a"]);
    }

    proptest! {
        #[test]
        fn the_fast_sort_agrees_with_the_comparison(
            items in proptest::collection::vec(
                (
                    prop_oneof![
                        Just(None),
                        Just(Some("2016-09-08".to_string())),
                        Just(Some("2016-09".to_string())),
                        Just(Some("2016".to_string())),
                        "20[0-9]{2}-(0[1-9]|1[0-2])-[0-2][0-9]".prop_map(Some),
                        "[a-z0-9 -]{0,12}".prop_map(Some),
                    ],
                    "(A very long common title prefix, |)[a-zA-Zé ]{0,6}",
                ),
                0..40,
            )
        ) {
            let articles: Vec<Article> = items
                .iter()
                .enumerate()
                .map(|(i, (d, t))| art(&i.to_string(), t, d.as_deref()))
                .collect();
            let mut fast = articles.clone();
            sort_articles(&mut fast);
            let mut slow = articles;
            slow.sort_by(compare_articles);
            prop_assert_eq!(fast, slow);
        }
    }
}

//! The order of a corpus: newest first, undated last, then by title ignoring ASCII case, then
//! by exact title and ID, so every run lists the same articles in the same order.
//!
//! What must stay true: [`sort_articles`] gives exactly the order of [`compare_articles`] with
//! a stable sort (articles equal under it keep their input order).
//!
//! How: a comparison sort that chases pointers into a million articles is slow (cache misses
//! on every comparison), and a fixed title prefix does not help when titles share long
//! prefixes ("Xi Jinping says ..."). So the titles are sorted radix-style, 8 bytes at a time:
//! compact keys (date number, the next 8 folded title bytes as one integer, input index) are
//! sorted; only keys that tie get their next 8 bytes and are sorted again among themselves.
//! Keys are 24 bytes: at a million articles they are the peak of loading's memory besides the
//! articles (16-byte windows made 32-byte keys, 12 MB more, for a gain only on titles that
//! share hundreds of bytes).
//! Reading the next bytes of a run is a loop of independent loads, each article's head (its
//! first 128 bytes, enough for most titles) prefetched a few keys ahead.
//! Titles equal but for ASCII case are ordered by the rest of [`compare_articles`] (exact
//! title, then ID) and then input order. The work is split over two cores, and the articles are
//! moved into place once, without a second vector of them.

use std::cmp::{Ordering, Reverse};
use std::thread;

use crate::corpus::par::threads;
use crate::corpus::{Article, Head};

/// Sorts `articles` into the order of [`compare_articles`] (stable).
pub fn sort_articles(articles: &mut [Article]) {
    match sorted_order(articles) {
        Some(order) => permute(articles, order),
        // A date not in the loader's normalised form: the plain comparison handles it.
        None => articles.sort_by(compare_articles),
    }
}

/// Title bytes per key: the width of one radix step.
const WINDOW: usize = 8;

/// Below this many keys, one thread sorts them all.
const PARALLEL_MIN: usize = 1 << 14;

/// One article's place, as far as a window of its title tells.
#[derive(Clone, Copy)]
struct Key {
    /// The title's bytes `depth..depth + WINDOW`, ASCII-folded, zero-padded, big-endian: integer
    /// order is byte-wise order.
    window: u64,
    date: Reverse<u32>,
    /// Position in the input: the last word, which keeps the sort stable.
    index: u32,
    /// How many of those bytes the title has, so that a title which ends sorts before one that
    /// goes on with a NUL.
    len: u8,
}

impl Key {
    fn new(date: u32, title: &str, index: u32) -> Self {
        let mut key = Key {
            window: 0,
            date: Reverse(date),
            index,
            len: 0,
        };
        key.read_window(title, 0);
        key
    }

    fn read_window(&mut self, title: &str, depth: usize) {
        let rest = title.as_bytes().get(depth..).unwrap_or_default();
        let len = rest.len().min(WINDOW);
        let mut bytes = [0u8; WINDOW];
        bytes[..len].copy_from_slice(&rest[..len]);
        self.window = u64::from_be_bytes(bytes.map(|b| b.to_ascii_lowercase()));
        self.len = len as u8;
    }

    /// The sort order: date, window, then input position (unique, so a total order).
    fn rank(&self) -> (Reverse<u32>, u64, u8, u32) {
        (self.date, self.window, self.len, self.index)
    }

    /// Equal as far as the windows read so far tell.
    fn ties(&self, other: &Key) -> bool {
        (self.date, self.window, self.len) == (other.date, other.window, other.len)
    }
}

/// `order[k]` is the input index of the article that belongs at `k`; `None` when a date is not
/// in the normalised form or there are too many articles for `u32` indices.
fn sorted_order(articles: &[Article]) -> Option<Vec<u32>> {
    let n = u32::try_from(articles.len()).ok()?;
    let mut keys = articles
        .iter()
        .zip(0..n)
        .map(|(a, i)| {
            let h = a.head();
            Some(Key::new(date_key(h.date)?, h.title, i))
        })
        .collect::<Option<Vec<Key>>>()?;
    sort_keys(&mut keys);
    if keys.len() >= PARALLEL_MIN && threads() > 1 {
        // Split at a boundary between runs of ties near the middle: the halves are independent.
        let mut mid = keys.len() / 2;
        while mid < keys.len() && keys[mid - 1].ties(&keys[mid]) {
            mid += 1;
        }
        let (low, high) = keys.split_at_mut(mid);
        thread::scope(|s| {
            s.spawn(|| settle_ties(articles, low));
            settle_ties(articles, high);
        });
    } else {
        settle_ties(articles, &mut keys);
    }
    Some(keys.iter().map(|k| k.index).collect())
}

/// Sorts the keys: split around the middle key in place (all keys before it rank lower, all
/// after higher), then each side on its own thread. No merge, so no second array of keys: at a
/// million articles that array would be the largest thing loading allocates.
fn sort_keys(keys: &mut [Key]) {
    if keys.len() < PARALLEL_MIN || threads() < 2 {
        return keys.sort_unstable_by_key(Key::rank);
    }
    let mid = keys.len() / 2;
    keys.select_nth_unstable_by_key(mid, Key::rank);
    let (low, high) = keys.split_at_mut(mid);
    thread::scope(|s| {
        s.spawn(|| low.sort_unstable_by_key(Key::rank));
        high.sort_unstable_by_key(Key::rank);
    });
}

/// Orders every run of keys that tie (sorted keys in, fully sorted keys out): reads the next
/// window of their titles and sorts again, until the titles differ or end. A work list rather
/// than recursion, since a title may be very long.
fn settle_ties(articles: &[Article], keys: &mut [Key]) {
    let mut todo = vec![(0, keys.len(), 0)];
    while let Some((start, end, depth)) = todo.pop() {
        let mut run_start = start;
        for run in keys[start..end].chunk_by_mut(Key::ties) {
            let run_end = run_start + run.len();
            if run.len() > 1 {
                if usize::from(run[0].len) < WINDOW {
                    // Same date, titles equal but for ASCII case: the rest of
                    // `compare_articles` (exact title, then ID) decides, then input order.
                    run.sort_by(|a, b| {
                        let view = |k: &Key| articles[k.index as usize].view();
                        let (x, y) = (view(a), view(b));
                        (x.head.title.cmp(y.head.title))
                            .then_with(|| x.cmp_id(&y))
                            .then(a.index.cmp(&b.index))
                    });
                } else {
                    let next = depth + WINDOW;
                    for i in 0..run.len() {
                        if let Some(ahead) = run.get(i + PREFETCH_AHEAD) {
                            articles[ahead.index as usize].prefetch();
                        }
                        let title = articles[run[i].index as usize].title();
                        run[i].read_window(title, next);
                    }
                    run.sort_unstable_by_key(Key::rank);
                    todo.push((run_start, run_end, next));
                }
            }
            run_start = run_end;
        }
    }
}

/// How many keys ahead of the one being read to prefetch titles: enough to cover a miss.
const PREFETCH_AHEAD: usize = 8;

/// Moves every article to its place (`order[k]` is the one that belongs at `k`) by following
/// the permutation's cycles: one move per article and no second vector of articles.
fn permute(articles: &mut [Article], mut order: Vec<u32>) {
    for start in 0..articles.len() {
        if order[start] as usize == start {
            continue;
        }
        // Each swap puts one article in its place and carries the cycle's first one along.
        let mut k = start;
        loop {
            let from = order[k] as usize;
            // Slot `k` is now final: mark it so the outer loop skips it.
            order[k] = k as u32;
            if from == start {
                break;
            }
            articles.swap(k, from);
            k = from;
        }
    }
}

/// The order of [`sort_articles`].
pub fn compare_articles(a: &Article, b: &Article) -> Ordering {
    compare_heads((a, &a.head()), (b, &b.head()))
}

/// [`compare_articles`] on articles whose heads were read already.
pub fn compare_heads((x, a): (&Article, &Head), (y, b): (&Article, &Head)) -> Ordering {
    let by_date = match (a.date, b.date) {
        (Some(x), Some(y)) => y.cmp(x),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    by_date
        .then_with(|| cmp_caseless(a.title, b.title))
        .then_with(|| a.title.cmp(b.title))
        .then_with(|| x.view().cmp_id(&y.view()))
}

/// Byte-wise with ASCII letters folded; other characters by code point. Titles that sort next
/// to each other share long prefixes, so equal bytes are skipped eight at a time first.
fn cmp_caseless(a: &str, b: &str) -> Ordering {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut i = 0;
    loop {
        i += same_prefix(&a[i..], &b[i..]);
        match (a.get(i), b.get(i)) {
            (Some(x), Some(y)) => {
                let (x, y) = (x.to_ascii_lowercase(), y.to_ascii_lowercase());
                if x != y {
                    return x.cmp(&y);
                }
                i += 1;
            }
            (x, y) => return x.is_some().cmp(&y.is_some()),
        }
    }
}

/// How many leading bytes `a` and `b` have in common.
fn same_prefix(a: &[u8], b: &[u8]) -> usize {
    let words = a.chunks_exact(8).zip(b.chunks_exact(8));
    let mut n = 8 * words.take_while(|(x, y)| x == y).count();
    n += a[n..]
        .iter()
        .zip(&b[n..])
        .take_while(|(x, y)| x == y)
        .count();
    n
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ArticleData;
    use proptest::prelude::*;

    #[test]
    fn a_key_is_twenty_four_bytes() {
        assert_eq!(std::mem::size_of::<Key>(), 24);
    }

    fn data(id: &str, title: &str, date: Option<&str>) -> ArticleData {
        ArticleData {
            id: id.into(),
            title: title.into(),
            date: date.map(String::from),
            ..ArticleData::default()
        }
    }

    fn art(id: &str, title: &str, date: Option<&str>) -> Article {
        Article::new(&data(id, title, date))
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
        let order: Vec<String> = v.iter().map(|a| a.id().into_owned()).collect();
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
                    "(A very long common title prefix, |A very long Common|)[a-zA-Zé \0]{0,6}",
                    "[ab]{0,2}",
                ),
                0..40,
            )
        ) {
            // IDs repeat and the text tells the articles apart, so stability is checked too.
            let articles: Vec<Article> = items
                .iter()
                .enumerate()
                .map(|(i, (d, t, id))| Article::new(&ArticleData {
                    text: i.to_string(),
                    ..data(id, t, d.as_deref())
                }))
                .collect();
            let mut fast = articles.clone();
            sort_articles(&mut fast);
            let mut slow = articles;
            slow.sort_by(compare_articles);
            prop_assert_eq!(fast, slow);
        }
    }

    #[test]
    fn many_articles_sorted_on_two_cores_agree_with_the_comparison() {
        // Enough articles for the parallel path, with long shared prefixes, case variants and
        // duplicates.
        let words = [
            "Talks", "talks", "resume", "in", "Geneva", "GENEVA", "again", "as", "x",
        ];
        let articles: Vec<Article> = (0..40_000usize)
            .map(|i| {
                let title: Vec<&str> = (0..8).map(|k| words[(i * 7 + k * k * i) / 5 % 9]).collect();
                let date = (i % 5 == 0).then(|| format!("2016-09-{:02}", i % 3 + 1));
                Article::new(&ArticleData {
                    text: i.to_string(),
                    ..data(&(i % 7).to_string(), &title.join(" "), date.as_deref())
                })
            })
            .collect();
        let mut fast = articles.clone();
        sort_articles(&mut fast);
        let mut slow = articles;
        slow.sort_by(compare_articles);
        assert!(fast == slow);
    }
}

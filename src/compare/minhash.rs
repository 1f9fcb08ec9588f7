//! Shingling and MinHash: an article's text as the set of its overlapping runs of
//! [`SHINGLE`] words, and a fixed-size signature of that set whose agreement with another
//! estimates the two sets' Jaccard similarity (Broder 1997).
//!
//! The signature is computed by one-permutation hashing (Li, Owen and Zhang 2012): each
//! shingle's hash picks one of [`HASHES`] bins and competes for that bin's minimum, so a text
//! is hashed once rather than [`HASHES`] times; empty bins borrow from the next full bin to
//! their right, shifted by the distance (densification by rotation, Shrivastava and Li 2014),
//! so that two texts still agree on a bin with probability their Jaccard similarity.
//!
//! Words are compared lower-cased and without punctuation, so that light edits of case and
//! punctuation change nothing. The title is not shingled: a republished copy often has a new one.

use std::ops::Range;

/// Words per shingle.
pub const SHINGLE: usize = 4;
/// Hash functions per signature.
pub const HASHES: usize = 128;

/// The MinHash signature of one text; `None` inside when the text has too few words to judge.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Option<Box<[u32; HASHES]>>);

impl Signature {
    /// The estimated Jaccard similarity of the two texts' shingle sets (0 when either is empty).
    pub fn similarity(&self, other: &Signature) -> f32 {
        match (&self.0, &other.0) {
            (Some(a), Some(b)) => {
                a.iter().zip(b.iter()).filter(|(x, y)| x == y).count() as f32 / HASHES as f32
            }
            _ => 0.0,
        }
    }
}

/// The byte ranges of the words of `text` (letters and digits), each with its hash.
pub(super) fn word_hashes(text: &str) -> Vec<(Range<usize>, u64)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut h = FNV;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_alphanumeric() {
            start.get_or_insert(i);
            for l in c.to_lowercase() {
                h = (h ^ u64::from(u32::from(l))).wrapping_mul(0x100_0000_01b3);
            }
        } else if let Some(s) = start.take() {
            out.push((s..i, mix(h)));
            h = FNV;
        }
    }
    out
}

const FNV: u64 = 0xcbf2_9ce4_8422_2325;

/// A strong 64-bit finaliser (splitmix64's), so that nearby inputs spread over all bits.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The hash of each shingle of `words`, in order (one per starting word).
pub(super) fn shingles(words: &[(Range<usize>, u64)]) -> impl Iterator<Item = u64> + '_ {
    words.windows(SHINGLE).map(|w| {
        w.iter()
            .fold(0u64, |acc, (_, h)| mix(acc.rotate_left(17) ^ h))
    })
}

/// The signature of `text`; texts of fewer than [`SHINGLE`] + 4 words get none.
pub fn signature(text: &str) -> Signature {
    let words = word_hashes(text);
    if words.len() < SHINGLE + 4 {
        return Signature(None);
    }
    let mut bins = [u32::MAX; HASHES];
    for s in shingles(&words) {
        // The top bits choose the bin, the low ones compete in it.
        let bin = (s >> (64 - HASHES.trailing_zeros())) as usize;
        bins[bin] = bins[bin].min(s as u32);
    }
    let mut mins = Box::new([0u32; HASHES]);
    for (i, m) in mins.iter_mut().enumerate() {
        *m = (0..HASHES)
            .map(|k| (k, bins[(i + k) % HASHES]))
            .find(|&(_, v)| v != u32::MAX)
            .map_or(u32::MAX, |(k, v)| {
                v.wrapping_add((k as u32).wrapping_mul(0x9e37_79b9))
            });
    }
    Signature(Some(mins))
}

/// Words a shared passage has at least: shorter runs are set phrases ("Secretary of State
/// John Kerry"), not text one took from the other.
pub const PASSAGE_WORDS: usize = 8;

/// The passages two texts share: byte ranges of `a` and of `b` covered by shingles the other
/// text also has, merged where they touch, of [`PASSAGE_WORDS`] words or more; and the share
/// of `a`'s shingles found in `b`.
pub fn shared_passages(a: &str, b: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>, f32) {
    let (wa, wb) = (word_hashes(a), word_hashes(b));
    let set = |w: &[(Range<usize>, u64)]| shingles(w).collect::<std::collections::HashSet<u64>>();
    let (sa, sb) = (set(&wa), set(&wb));
    let marked = |w: &[(Range<usize>, u64)], other: &std::collections::HashSet<u64>| {
        // Runs of words (first..=last) covered by shared shingles.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        for (k, s) in shingles(w).enumerate() {
            if !other.contains(&s) {
                continue;
            }
            let last = k + SHINGLE - 1;
            match runs.last_mut() {
                Some(run) if k <= run.1 => run.1 = run.1.max(last),
                _ => runs.push((k, last)),
            }
        }
        runs.into_iter()
            .filter(|(first, last)| last + 1 - first >= PASSAGE_WORDS)
            .map(|(first, last)| w[first].0.start..w[last].0.end)
            .collect::<Vec<_>>()
    };
    let total = shingles(&wa).count();
    let found = shingles(&wa).filter(|s| sb.contains(s)).count();
    let share = if total == 0 {
        0.0
    } else {
        found as f32 / total as f32
    };
    (marked(&wa, &sb), marked(&wb, &sa), share)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "The ferry left the harbour at dawn with forty passengers aboard and \
        a cargo of apples bound for the islands, where the market opens on Thursdays.";

    #[test]
    fn same_words_same_signature_whatever_case_and_punctuation() {
        let shouted = TEXT.to_uppercase().replace(',', ";");
        assert_eq!(signature(TEXT).similarity(&signature(&shouted)), 1.0);
        assert_eq!(
            signature("too short").similarity(&signature("too short")),
            0.0
        );
    }

    #[test]
    fn shared_passages_mark_the_common_words_only() {
        let b = "Officials said: the ferry left the harbour at dawn with forty passengers.";
        let (in_a, in_b, share) = shared_passages(TEXT, b);
        assert_eq!(
            &TEXT[in_a[0].clone()],
            "The ferry left the harbour at dawn with forty passengers"
        );
        assert_eq!(
            &b[in_b[0].clone()],
            "the ferry left the harbour at dawn with forty passengers"
        );
        assert!(share > 0.2 && share < 0.5, "{share}");
    }
}

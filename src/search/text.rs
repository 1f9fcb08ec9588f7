//! Case-insensitive text comparison for `'exact`, `^anchored$` and `source:` terms, and the byte
//! ranges of exact hits that the reader highlights.
//!
//! What must stay true: every range returned lies on char boundaries of the haystack; folding
//! maps one char to one char, and never a non-ASCII char to an ASCII one, so the fast ASCII path
//! (a SIMD scan for the needle's rarest byte) and the char-by-char path agree on what matches.

use std::ops::Range;

/// Folds one char for case-insensitive comparison.
pub fn fold(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if !l.is_ascii() => l,
        _ => c,
    }
}

/// A needle to find case-insensitively, prepared once per query.
#[derive(Debug, Clone)]
pub struct Needle {
    folded: Vec<char>,
    /// For an all-ASCII needle: the byte scan, far faster on long bodies.
    ascii: Option<AsciiNeedle>,
}

/// An ASCII needle found by scanning for its rarest byte (both cases) with `memchr2`, then
/// comparing around each candidate. On news text that skips most bytes at SIMD speed, where a
/// scan for the first byte (often `a`, `e`, `t`) would stop every few bytes.
#[derive(Debug, Clone)]
struct AsciiNeedle {
    lower: Vec<u8>,
    rare_at: usize,
}

impl AsciiNeedle {
    fn new(text: &str) -> AsciiNeedle {
        let lower = text.as_bytes().to_ascii_lowercase();
        let rare_at = (0..lower.len())
            .min_by_key(|&i| commonness(lower[i]))
            .unwrap_or(0);
        AsciiNeedle { lower, rare_at }
    }

    /// Start offsets of every occurrence, overlapping ones included, ascending.
    fn starts<'h>(&'h self, hay: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
        let rare = self.lower[self.rare_at];
        let finder = memchr::memchr2_iter(rare, rare.to_ascii_uppercase(), hay);
        finder.filter_map(move |at| {
            let start = at.checked_sub(self.rare_at)?;
            let cand = hay.get(start..start + self.lower.len())?;
            cand.eq_ignore_ascii_case(&self.lower).then_some(start)
        })
    }
}

/// How often a byte turns up in English news text, roughly (higher is more common).
fn commonness(b: u8) -> u8 {
    const LETTERS: &[u8] = b"zqxjkvbpygfwmucldrhsnioate";
    match b {
        b' ' => 255,
        b'a'..=b'z' => 100 + LETTERS.iter().position(|&l| l == b).unwrap_or(0) as u8 * 5,
        b'0'..=b'9' => 60,
        _ => 40,
    }
}

impl Needle {
    /// Prepares `text` (non-empty) for searching.
    pub fn new(text: &str) -> Needle {
        Needle {
            folded: text.chars().map(fold).collect(),
            ascii: (text.is_ascii() && !text.is_empty()).then(|| AsciiNeedle::new(text)),
        }
    }

    /// The needle, folded.
    pub fn folded(&self) -> String {
        self.folded.iter().collect()
    }

    /// Whether `hay` contains the needle.
    pub fn is_in(&self, hay: &str) -> bool {
        match &self.ascii {
            Some(n) => n.starts(hay.as_bytes()).next().is_some(),
            None => self.folded_hits(hay).next().is_some(),
        }
    }

    /// Every occurrence, overlapping ones included, in order of start.
    pub fn hits(&self, hay: &str) -> Vec<Range<usize>> {
        self.hits_iter(hay).collect()
    }

    /// [`Needle::hits`], one at a time.
    pub fn hits_iter<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = Range<usize>> + 'h {
        let ascii = (self.ascii.as_ref())
            .map(|n| n.starts(hay.as_bytes()).map(move |s| s..s + n.lower.len()));
        let other = self.ascii.is_none().then(|| self.folded_hits(hay));
        ascii
            .into_iter()
            .flatten()
            .chain(other.into_iter().flatten())
    }

    /// Whether `hay` starts with the needle.
    pub fn starts(&self, hay: &str) -> bool {
        eq_folded(hay.chars(), self.folded.iter().copied())
    }

    /// Whether `hay` ends with the needle.
    pub fn ends(&self, hay: &str) -> bool {
        eq_folded(hay.chars().rev(), self.folded.iter().rev().copied())
    }

    /// Whether `hay` is the needle, all of it.
    pub fn equals(&self, hay: &str) -> bool {
        hay.chars().count() == self.folded.len() && self.starts(hay)
    }

    fn folded_hits<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = Range<usize>> + 'h {
        hay.char_indices().filter_map(move |(start, _)| {
            let mut chars = hay[start..].char_indices();
            for &want in &self.folded {
                let (_, c) = chars.next()?;
                if fold(c) != want {
                    return None;
                }
            }
            let len = chars.next().map_or(hay.len() - start, |(i, _)| i);
            Some(start..start + len)
        })
    }
}

/// Whether the first chars of `hay` fold to `needle`.
fn eq_folded(mut hay: impl Iterator<Item = char>, needle: impl Iterator<Item = char>) -> bool {
    for want in needle {
        match hay.next() {
            Some(c) if fold(c) == want => {}
            _ => return false,
        }
    }
    true
}

/// Sorts ranges and merges the ones that overlap; touching ones stay apart, so that `n` can
/// step between two adjacent hits.
pub fn merge(mut ranges: Vec<Range<usize>>) -> Vec<Range<usize>> {
    ranges.sort_by_key(|r| (r.start, r.end));
    let mut out: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match out.last_mut() {
            Some(last) if r.start < last.end => last.end = last.end.max(r.end),
            _ => out.push(r),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_and_unicode_paths_agree_on_case() {
        let hay = "Talks in GENÈVE and Genève";
        let n = Needle::new("genève");
        assert!(n.ascii.is_none());
        assert_eq!(n.hits(hay), vec![9..16, 21..28]);
        let n = Needle::new("AND");
        assert!(n.ascii.is_some() && n.is_in(hay));
        assert_eq!(n.hits(hay), vec![17..20]);
        // The rare byte may sit anywhere in the needle, even at its very start or end.
        for needle in ["zaleppo", "aleppoz", "aleppo", "a", "Z"] {
            let hay = "ALEPPOZ aleppo zaleppoz";
            let n = Needle::new(needle);
            let slow: Vec<_> = Needle {
                ascii: None,
                ..n.clone()
            }
            .hits(hay);
            assert_eq!(n.hits(hay), slow, "{needle}");
        }
    }

    #[test]
    fn anchors_fold_case() {
        let n = Needle::new("syrian");
        assert!(n.starts("SYRIAN ceasefire"));
        assert!(!n.starts("A Syrian ceasefire"));
        assert!(Needle::new("Genève").ends("Talks in GENÈVE"));
        assert!(Needle::new("ab").equals("AB") && !Needle::new("ab").equals("abc"));
    }

    #[test]
    fn merge_joins_overlaps() {
        assert_eq!(merge(vec![3..5, 0..2, 1..3, 8..9]), vec![0..3, 3..5, 8..9]);
    }
}

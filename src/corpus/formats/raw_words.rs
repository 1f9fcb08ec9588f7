//! The words a one-shot query needs, found in a whole chunk of raw lines at once (see
//! [`crate::corpus::Keep::raw_words`]): one SIMD search over the chunk instead of one per
//! line, so that the lines without any of them (most lines of a dump, for a rare word) are
//! passed over at the speed of a text search.
//!
//! What must stay true: a line is reported as holding a word whenever it holds one, case
//! aside (ASCII case, as the query's `'exact` test folds it); reporting one too many only
//! costs a closer look.

use std::ops::Range;

use regex::bytes::Regex;

/// The words, ready to search.
pub(crate) struct RawWords {
    any: Regex,
}

impl RawWords {
    /// A search for `words` (ASCII letters and digits), or `None` when there are none, one
    /// is not such a word, or `stem` holds one (then every line may give a kept article).
    pub(crate) fn new(words: &[String], stem: &str) -> Option<RawWords> {
        let plain = |w: &String| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric());
        if words.is_empty() || !words.iter().all(plain) {
            return None;
        }
        let stem = stem.to_ascii_lowercase();
        if words.iter().any(|w| stem.contains(&w.to_ascii_lowercase())) {
            return None;
        }
        // `(?i-u)`: ASCII case only, bytes not UTF-8; the words need no escaping.
        let any = Regex::new(&format!("(?i-u){}", words.join("|"))).ok()?;
        Some(RawWords { any })
    }

    /// Marks which of `lines` (ranges of `chunk`, in order, not overlapping) hold a word: one
    /// flag per line.
    pub(crate) fn mark(&self, chunk: &[u8], lines: &[Range<usize>]) -> Vec<bool> {
        let mut marks = vec![false; lines.len()];
        let mut line = 0;
        for hit in self.any.find_iter(chunk) {
            // Lines before the hit hold none; the hit is within one line (words have no `\n`).
            while line < lines.len() && lines[line].end <= hit.start() {
                line += 1;
            }
            match lines.get(line) {
                Some(r) if r.start <= hit.start() => marks[line] = true,
                Some(_) => {}
                None => break,
            }
        }
        marks
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranges(chunk: &str) -> Vec<Range<usize>> {
        let mut start = 0;
        chunk
            .split('\n')
            .map(|l| {
                let r = start..start + l.len();
                start = r.end + 1;
                r
            })
            .collect()
    }

    #[test]
    fn marks_the_lines_that_hold_a_word_in_any_case() {
        let chunk = "a Flurry of\nnothing\nFLURRY\nflur ry\n\nzeta then TALKS\nflurr";
        let words = ["flurry".to_string(), "talks".to_string()];
        let finder = RawWords::new(&words, "dump").unwrap();
        let marks = finder.mark(chunk.as_bytes(), &ranges(chunk));
        assert_eq!(marks, [true, false, true, false, false, true, false]);
    }

    #[test]
    fn no_search_when_the_stem_has_a_word_or_a_word_is_not_plain() {
        let w = |s: &str| vec![s.to_string()];
        assert!(RawWords::new(&w("flurry"), "Flurry-notes").is_none());
        assert!(RawWords::new(&w("a.b"), "dump").is_none());
        assert!(RawWords::new(&[], "dump").is_none());
        assert!(RawWords::new(&w("flurry"), "dump").is_some());
    }
}

//! Fuzzy words: a cheap exact prefilter in front of fuzzy-matcher's `SkimMatcherV2`.
//!
//! What must stay true: `matches` answers exactly what `SkimMatcherV2` would (its pattern chars
//! appear in order, ASCII case folded unless the pattern has a capital), so the expensive
//! scorer only runs on items that match and its score is then always defined. The score of a
//! trimmed haystack equals the score of the whole one (see `trim`).

use fuzzy_matcher::skim::SkimMatcherV2;
use memchr::{memchr2, memrchr2};

/// One fuzzy word, prepared once per query.
#[derive(Debug, Clone)]
pub struct Fuzzy {
    text: String,
    /// Smart case: any capital in the pattern makes the match case-sensitive.
    case_sensitive: bool,
    /// Per pattern byte, the two bytes of the haystack that match it (the same byte twice
    /// unless it is a letter matched case-insensitively); empty unless the pattern is ASCII.
    bytes: Vec<[u8; 2]>,
}

/// The scorers, built once and shared by every thread (they keep per-thread scratch space).
pub struct Scorers {
    sensitive: SkimMatcherV2,
    insensitive: SkimMatcherV2,
}

impl Default for Scorers {
    fn default() -> Self {
        Scorers {
            sensitive: SkimMatcherV2::default().respect_case(),
            insensitive: SkimMatcherV2::default().ignore_case(),
        }
    }
}

impl Fuzzy {
    /// Prepares the word `text` (non-empty).
    pub fn new(text: &str) -> Fuzzy {
        let case_sensitive = text.chars().any(char::is_uppercase);
        let bytes = if text.is_ascii() {
            let either = |b: u8| [b.to_ascii_lowercase(), b.to_ascii_uppercase()];
            let same = |b: u8| [b, b];
            text.bytes()
                .map(if case_sensitive { same } else { either })
                .collect()
        } else {
            Vec::new()
        };
        Fuzzy {
            text: text.to_string(),
            case_sensitive,
            bytes,
        }
    }

    /// Whether the pattern is ASCII: then its bytes are matched as `super::words::Word` folds
    /// them (ASCII case, unless the pattern has a capital), so a hit of the word in a field is
    /// a fuzzy match of that field.
    pub fn is_ascii(&self) -> bool {
        !self.bytes.is_empty()
    }

    /// Whether the pattern's chars occur in `hay` in order (what the scorer requires).
    pub fn matches(&self, hay: &str) -> bool {
        if self.bytes.is_empty() {
            let mut hay = hay.chars();
            self.text.chars().all(|p| hay.any(|c| self.char_eq(c, p)))
        } else {
            self.first_in(hay.as_bytes()).is_some()
        }
    }

    /// For an ASCII pattern: where its first byte occurs first in `hay` when the whole pattern
    /// occurs in order, else `None`. In UTF-8 an ASCII byte is always a whole char, so a byte
    /// subsequence is exactly a char subsequence here.
    fn first_in(&self, hay: &[u8]) -> Option<usize> {
        let (&[a, b], rest) = self.bytes.split_first()?;
        let first = memchr2(a, b, hay)?;
        let mut at = first + 1;
        for &[a, b] in rest {
            at += memchr2(a, b, &hay[at..])? + 1;
        }
        Some(first)
    }

    /// The fuzzy score of `hay`, `None` when it does not match.
    pub fn score(&self, scorers: &Scorers, hay: &str) -> Option<i64> {
        let hay = if self.bytes.is_empty() {
            if !self.matches(hay) {
                return None;
            }
            hay
        } else {
            self.trim(hay, self.first_in(hay.as_bytes())?)
        };
        self.scorer(scorers)
            .fuzzy(hay, &self.text, false)
            .map(|(s, _)| s)
    }

    /// The score and the char indices of the best alignment, for highlighting.
    pub fn indices(&self, scorers: &Scorers, hay: &str) -> Option<(i64, Vec<usize>)> {
        if !self.matches(hay) {
            return None;
        }
        self.scorer(scorers).fuzzy(hay, &self.text, true)
    }

    fn scorer<'s>(&self, scorers: &'s Scorers) -> &'s SkimMatcherV2 {
        if self.case_sensitive {
            &scorers.sensitive
        } else {
            &scorers.insensitive
        }
    }

    fn char_eq(&self, c: char, p: char) -> bool {
        if self.case_sensitive {
            c == p
        } else {
            c.eq_ignore_ascii_case(&p)
        }
    }

    /// Cuts `hay`, which an ASCII pattern matches with its first byte first at `at`, down to
    /// what the scorer looks at, so that the char vector and matrix it fills shrink while its
    /// score stays the same.
    ///
    /// The tail goes after the last occurrence of the pattern's last char: the last row can
    /// only end on that char and no column depends on the ones to its right.
    ///
    /// The head goes up to one char before `at`: every row of the matrix starts at or after
    /// that occurrence, so earlier columns are never read. The char just before it stays,
    /// because the in-place bonus of a column depends on the previous char, and the scorer
    /// doubles the bonus of its very first column only; the kept char is that first column
    /// now, and it cannot match. Nothing else in the scorer depends on absolute positions
    /// (checked against the whole haystack in `trimming_keeps_the_score_on_random_titles`).
    fn trim<'h>(&self, hay: &'h str, at: usize) -> &'h str {
        let Some(end) = (self.bytes.last()).and_then(|&[a, b]| memrchr2(a, b, hay.as_bytes()))
        else {
            return hay;
        };
        // An ASCII byte is a whole char, so `at` and `end + 1` are char boundaries; `start` is
        // the boundary of the char before `at`.
        let start = (0..at)
            .rev()
            .find(|&i| hay.is_char_boundary(i))
            .unwrap_or(0);
        hay.get(start..=end).unwrap_or(hay)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use fuzzy_matcher::FuzzyMatcher;

    #[test]
    fn prefilter_agrees_with_the_scorer() {
        let s = Scorers::default();
        let hays = [
            "Kerry and Lavrov",
            "kErRy",
            "Genève talks",
            "GENÈVE",
            "yrrek",
            "",
            "K",
        ];
        for pat in ["kerry", "Kerry", "KR", "genève", "ève", "k", "talks"] {
            let f = Fuzzy::new(pat);
            for hay in hays {
                let full = f.scorer(&s).fuzzy_match(hay, pat);
                assert_eq!(f.score(&s, hay), full, "{pat} in {hay}");
            }
        }
    }

    #[test]
    fn smart_case() {
        let s = Scorers::default();
        assert!(Fuzzy::new("kerry").score(&s, "John KERRY").is_some());
        assert!(Fuzzy::new("Kerry").score(&s, "john kerry").is_none());
        assert!(Fuzzy::new("Kerry").score(&s, "John Kerry").is_some());
    }

    #[test]
    fn trimming_keeps_the_score() {
        let s = Scorers::default();
        let f = Fuzzy::new("syr");
        let hay = "Syria: Syrian army retreats, talks stall";
        let whole = s.insensitive.fuzzy_match(hay, "syr");
        assert_eq!(f.score(&s, hay), whole);
        let trimmed = |pat: &str, hay| {
            let f = Fuzzy::new(pat);
            f.trim(hay, f.first_in(hay.as_bytes()).unwrap())
        };
        assert_eq!(trimmed("syr", hay), "Syria: Syrian army retr");
        assert_eq!(trimmed("army", hay), "ia: Syrian army");
        assert_eq!(trimmed("ria", "Sé’ria"), "’ria");
    }

    /// Random titles over an alphabet with every char class the scorer tells apart (capitals,
    /// lower case, digits, hard and soft separators, multi-byte chars), random short patterns:
    /// the trimmed score must equal the score of the whole title from a fresh scorer.
    #[test]
    fn trimming_keeps_the_score_on_random_titles() {
        const ALPHABET: &[char] = &[
            'a', 'b', 'e', 'g', 'n', 'v', 'A', 'B', 'E', 'G', 'N', '1', '9', ' ', '/', '(', '-',
            '.', ':', '_', 'é', 'É', '’', '\u{2003}',
        ];
        let mut next = crate::test_rng::below(0x9E37_79B9_7F4A_7C15u64);
        let s = Scorers::default();
        let mut scored = 0;
        for _ in 0..100_000 {
            let hay: String = (0..next(40))
                .map(|_| ALPHABET[next(ALPHABET.len())])
                .collect();
            let pat: String = (0..1 + next(4))
                .map(|_| ALPHABET[next(ALPHABET.len())])
                .filter(|c| !c.is_whitespace())
                .collect();
            if pat.is_empty() {
                continue;
            }
            let f = Fuzzy::new(&pat);
            let fresh = Scorers::default();
            let whole = f.scorer(&fresh).fuzzy_match(&hay, &pat);
            assert_eq!(f.score(&s, &hay), whole, "{pat:?} in {hay:?}");
            scored += usize::from(whole.is_some());
        }
        assert!(
            scored > 10_000,
            "too few matches to mean anything: {scored}"
        );
    }
}

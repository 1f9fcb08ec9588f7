//! Fuzzy words: a cheap exact prefilter in front of fuzzy-matcher's `SkimMatcherV2`.
//!
//! What must stay true: `matches` answers exactly what `SkimMatcherV2` would (its pattern chars
//! appear in order, ASCII case folded unless the pattern has a capital), so the expensive
//! scorer only runs on items that match and its score is then always defined. The score of a
//! trimmed haystack equals the score of the whole one (see `trim_tail`).

use fuzzy_matcher::skim::SkimMatcherV2;

/// One fuzzy word, prepared once per query.
#[derive(Debug, Clone)]
pub struct Fuzzy {
    text: String,
    /// Smart case: any capital in the pattern makes the match case-sensitive.
    case_sensitive: bool,
    /// The pattern bytes, ASCII-lowercased unless case-sensitive; only used when `ascii`.
    bytes: Vec<u8>,
    /// An all-ASCII pattern can be matched on bytes; anything else goes char by char.
    ascii: bool,
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
        let bytes = if case_sensitive {
            text.as_bytes().to_vec()
        } else {
            text.as_bytes().to_ascii_lowercase()
        };
        Fuzzy {
            text: text.to_string(),
            case_sensitive,
            bytes,
            ascii: text.is_ascii(),
        }
    }

    /// Whether the pattern's chars occur in `hay` in order (what the scorer requires).
    pub fn matches(&self, hay: &str) -> bool {
        if self.ascii {
            // In UTF-8 an ASCII byte is always an ASCII char, so a byte subsequence is exactly
            // a char subsequence here.
            let mut hay = hay.as_bytes().iter();
            if self.case_sensitive {
                self.bytes.iter().all(|p| hay.any(|b| b == p))
            } else {
                self.bytes
                    .iter()
                    .all(|p| hay.any(|b| b.to_ascii_lowercase() == *p))
            }
        } else {
            let mut hay = hay.chars();
            self.text.chars().all(|p| hay.any(|c| self.char_eq(c, p)))
        }
    }

    /// The fuzzy score of `hay`, `None` when it does not match.
    pub fn score(&self, scorers: &Scorers, hay: &str) -> Option<i64> {
        if !self.matches(hay) {
            return None;
        }
        self.scorer(scorers)
            .fuzzy(self.trim_tail(hay), &self.text, false)
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

    /// Cuts `hay` after the last occurrence of the pattern's last char. The scorer's last row
    /// can only end on that char and no column depends on the ones to its right, so the score is
    /// unchanged while the matrix it fills shrinks.
    fn trim_tail<'h>(&self, hay: &'h str) -> &'h str {
        let Some(&last) = self.bytes.last().filter(|_| self.ascii) else {
            return hay;
        };
        let found = if self.case_sensitive {
            hay.bytes().rposition(|b| b == last)
        } else {
            hay.bytes().rposition(|b| b.to_ascii_lowercase() == last)
        };
        // An ASCII byte is a whole char, so `end` is a char boundary.
        found.map_or(hay, |end| &hay[..=end])
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
        assert!(f.trim_tail(hay).len() < hay.len());
    }
}

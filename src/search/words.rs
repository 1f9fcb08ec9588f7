//! Bare words in running text: where a word the user typed starts a word of the text (`lav`
//! in "Lavrov's"), how often, and which words of the text are one typo away from it. The
//! ranking weighs these (see [`relevance`]); the word index answers the same questions from its
//! dictionary, with the same tokens.
//!
//! What must stay true: a token is a maximal run of alphanumeric chars, folded with
//! [`fold`]; a hit starts where a token starts (when the word begins with an alphanumeric
//! char), case-insensitively; counts are capped at [`TF_CAP`] so that the index, which stores
//! small counts, ranks as the scan does. Ranges lie on char boundaries.

use std::ops::Range;

use super::text::{Needle, fold};
use super::typo::Typo;

/// Occurrences counted per article and word, at most; the ranking saturates long before.
pub const TF_CAP: u32 = 64;

/// The maximal runs of alphanumeric chars in `text`, with their byte offsets.
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut rest = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let (start, _) = rest.by_ref().find(|(_, c)| c.is_alphanumeric())?;
        let mut end = text.len();
        while let Some(&(i, c)) = rest.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            rest.next();
        }
        Some((start, &text[start..end]))
    })
}

/// `word` folded char by char into `out` (cleared first).
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    out.extend(word.chars().map(fold));
}

/// A word the user typed, prepared once per query.
#[derive(Debug, Clone)]
pub struct Word {
    needle: Needle,
    /// Whether hits must start a token (the word starts with an alphanumeric char).
    at_word_start: bool,
    /// Whether the word is letters and digits only.
    one_token: bool,
    /// Smart case: the word as typed, when it has a capital; hits must then be exactly it.
    sensitive: Option<String>,
    /// The word's own tokens, folded: the index looks each up, the last as a prefix.
    folded_tokens: Vec<String>,
    typo: Option<Typo>,
    /// Three pieces of the word: one edit leaves at least one of them whole, so a text that
    /// has none of them has no word one typo away.
    typo_pieces: Vec<Needle>,
}

impl Word {
    /// Prepares `text` (non-empty).
    pub fn new(text: &str) -> Word {
        let mut folded = String::new();
        fold_into(text, &mut folded);
        let folded_tokens: Vec<String> = tokens(&folded).map(|(_, t)| t.to_string()).collect();
        let typo = Typo::new(&folded);
        let chars: Vec<char> = folded.chars().collect();
        let third = chars.len().div_ceil(3).max(1);
        let typo_pieces = match typo {
            Some(_) => chars
                .chunks(third)
                .map(|c| Needle::new(&c.iter().collect::<String>()))
                .collect(),
            None => Vec::new(),
        };
        Word {
            needle: Needle::new(text),
            typo_pieces,
            at_word_start: text.chars().next().is_some_and(char::is_alphanumeric),
            one_token: text.chars().all(char::is_alphanumeric),
            sensitive: text
                .chars()
                .any(char::is_uppercase)
                .then(|| text.to_string()),
            typo,
            folded_tokens,
        }
    }

    /// The folded tokens of the word (none for a word of punctuation only).
    pub fn folded_tokens(&self) -> &[String] {
        &self.folded_tokens
    }

    /// Whether the index's counts answer the word alone: it is one token, without capitals;
    /// otherwise the texts the index offers are searched.
    pub fn counted_by_index(&self) -> bool {
        self.one_token && self.sensitive.is_none()
    }

    /// The typo search, when the word is long enough for one.
    pub fn typo(&self) -> Option<&Typo> {
        self.typo.as_ref()
    }

    /// Where the word's hits start in `hay`.
    fn starts<'h>(&'h self, hay: &'h str) -> impl Iterator<Item = Range<usize>> + 'h {
        self.needle
            .hits_iter(hay)
            .filter(move |r| !self.at_word_start || starts_token(hay, r.start))
            .filter(|r| {
                self.sensitive
                    .as_ref()
                    .is_none_or(|s| hay[r.clone()] == **s)
            })
    }

    /// Whether `hay` has the word at the start of a word.
    pub fn is_in(&self, hay: &str) -> bool {
        self.starts(hay).next().is_some()
    }

    /// How many times `hay` has the word at the start of a word, up to [`TF_CAP`].
    pub fn count(&self, hay: &str) -> u32 {
        self.starts(hay).take(TF_CAP as usize).count() as u32
    }

    /// Whether some word of `hay` is one typo away from the word.
    pub fn typo_in(&self, hay: &str) -> bool {
        let Some(typo) = &self.typo else {
            return false;
        };
        if !self.typo_pieces.iter().any(|p| p.is_in(hay)) {
            return false;
        }
        let mut buf = String::new();
        tokens(hay).any(|(_, t)| {
            fold_into(t, &mut buf);
            typo.matches(buf.as_bytes())
        })
    }

    /// The words of `hay` to highlight: each hit stretched to the end of its token, and the
    /// tokens one typo away when there is no hit.
    pub fn ranges(&self, hay: &str) -> Vec<Range<usize>> {
        let hits: Vec<Range<usize>> = self
            .starts(hay)
            .map(|r| r.start..token_end(hay, r.end))
            .collect();
        if !hits.is_empty() {
            return hits;
        }
        let Some(typo) = &self.typo else {
            return hits;
        };
        let mut buf = String::new();
        tokens(hay)
            .filter(|(_, t)| {
                fold_into(t, &mut buf);
                typo.matches(buf.as_bytes())
            })
            .map(|(at, t)| at..at + t.len())
            .collect()
    }
}

/// Whether a token starts at byte `at` of `hay`: the char before it is not alphanumeric.
fn starts_token(hay: &str, at: usize) -> bool {
    hay[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Where the token that goes on at byte `at` ends (at `at` when it does not go on).
fn token_end(hay: &str, at: usize) -> usize {
    hay[at..]
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(hay.len(), |(i, _)| at + i)
}

/// BM25's weight of a word found `tf` times in a text of `len` bytes, without the inverse
/// document frequency (every word of a query must match anyway), in millionths: at most about
/// 2.2 million.
pub fn relevance(tf: u32, len: usize) -> i64 {
    /// BM25's usual constants; the average length is a news article's, so that an article's
    /// score depends on nothing but the article and the word.
    const K1: f64 = 1.2;
    const B: f64 = 0.75;
    const AVERAGE_BYTES: f64 = 3000.0;
    if tf == 0 {
        return 0;
    }
    let tf = f64::from(tf.min(TF_CAP));
    let norm = K1 * (1.0 - B + B * len as f64 / AVERAGE_BYTES);
    (tf * (K1 + 1.0) / (tf + norm) * 1e6) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_runs_of_letters_and_digits() {
        let t: Vec<(usize, &str)> = tokens("Lavrov’s 2016 talks—in Genève, U.S.").collect();
        assert_eq!(
            t,
            vec![
                (0, "Lavrov"),
                (9, "s"),
                (11, "2016"),
                (16, "talks"),
                (24, "in"),
                (27, "Genève"),
                (36, "U"),
                (38, "S")
            ]
        );
        assert_eq!(tokens("").count(), 0);
        assert_eq!(tokens(" ,. ").count(), 0);
    }

    #[test]
    fn a_word_matches_the_start_of_a_word_only() {
        let w = Word::new("obama");
        assert!(w.is_in("President OBAMA's visit"));
        assert!(!w.is_in("Football Manager: how to beat Mobama"));
        assert_eq!(w.count("Obama, obama; Obamacare and nobama"), 3);
        assert!(Word::new("lav").is_in("Lavrov"));
        // Punctuation inside the word is matched as typed.
        assert!(Word::new("u.s").is_in("the U.S. envoy"));
        assert!(!Word::new("u.s").is_in("menu.sh"));
        // Smart case: a capital asks for exactly that.
        assert!(Word::new("US").is_in("the US envoy"));
        assert!(!Word::new("US").is_in("the use of force"));
        assert!(Word::new("us").is_in("the use of force"));
    }

    #[test]
    fn highlights_cover_the_whole_word_or_the_typo() {
        let w = Word::new("lav");
        assert_eq!(w.ranges("Sergei Lavrov’s talks"), vec![7..13]);
        let w = Word::new("lavorv");
        assert_eq!(w.ranges("Sergei Lavrov’s talks"), vec![7..13]);
        assert!(w.typo_in("Sergei Lavrov"));
        assert!(
            w.ranges("Sergei Lavrov".replace("Lavrov", "Kerry").as_str())
                .is_empty()
        );
    }

    #[test]
    fn relevance_grows_with_count_and_shrinks_with_length() {
        assert!(relevance(3, 3000) > relevance(1, 3000));
        assert!(relevance(1, 1000) > relevance(1, 9000));
        assert_eq!(relevance(0, 10), 0);
        assert_eq!(relevance(TF_CAP + 10, 10), relevance(TF_CAP, 10));
        assert!(relevance(u32::MAX, 0) < 2_200_000);
    }
}

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

/// The maximal runs of alphanumeric chars in `text`, with their byte offsets. ASCII bytes are
/// classed by a table; only other chars are decoded.
pub fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        loop {
            let (alnum, width) = class(text, at)?;
            if alnum {
                break;
            }
            at += width;
        }
        let start = at;
        while let Some((true, width)) = class(text, at) {
            at += width;
        }
        Some((start, &text[start..at]))
    })
}

/// Whether the char at byte `at` of `text` is alphanumeric, and its width; `None` at the end.
#[inline]
fn class(text: &str, at: usize) -> Option<(bool, usize)> {
    let b = *text.as_bytes().get(at)?;
    if b.is_ascii() {
        return Some((b.is_ascii_alphanumeric(), 1));
    }
    let c = text.get(at..)?.chars().next()?;
    Some((c.is_alphanumeric(), c.len_utf8()))
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
    /// What a text with a word one typo away must contain (see [`typo_pieces`]).
    typo_pieces: Vec<Needle>,
}

/// The word's two halves and the word with the chars either side of the cut swapped: one edit
/// inside a half leaves the other whole, a char added at the cut leaves both, and the only
/// edit that breaks both is that swap. A text that has none of the three has no word one typo
/// away. (Halves are longer than the thirds a swap would otherwise call for, so far fewer
/// texts get past this look.) `folded` has at least two chars.
fn typo_pieces(folded: &[char]) -> Vec<Needle> {
    let cut = folded.len().div_ceil(2);
    let mut swapped = folded.to_vec();
    swapped.swap(cut - 1, cut);
    let (head, tail) = folded.split_at(cut);
    [head, tail, &swapped]
        .iter()
        .map(|p| Needle::new(&p.iter().collect::<String>()))
        .collect()
}

impl Word {
    /// Prepares `text` (non-empty).
    pub fn new(text: &str) -> Word {
        let mut folded = String::new();
        fold_into(text, &mut folded);
        let folded_tokens: Vec<String> = tokens(&folded).map(|(_, t)| t.to_string()).collect();
        let typo = Typo::new(&folded);
        let typo_pieces = match typo {
            Some(_) => typo_pieces(&folded.chars().collect::<Vec<char>>()),
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
        let mut one_typo = |t: &str| {
            typo.may_match(t) && {
                fold_into(t, &mut buf);
                typo.matches(buf.as_bytes())
            }
        };
        match typo.ascii_start() {
            Some(start) => words_around(hay, start).any(one_typo),
            None => tokens(hay).any(|(_, t)| one_typo(t)),
        }
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
                typo.may_match(t) && {
                    fold_into(t, &mut buf);
                    typo.matches(buf.as_bytes())
                }
            })
            .map(|(at, t)| at..at + t.len())
            .collect()
    }
}

/// The tokens of `hay` whose first or second byte is one of the ASCII bytes `start` (either
/// case), found by a SIMD scan for those bytes instead of a walk through every token: what a
/// one-typo search needs to look at (see [`Typo::may_match`]). A token may come twice.
fn words_around(hay: &str, start: [u8; 2]) -> impl Iterator<Item = &str> {
    let b = hay.as_bytes();
    let [x, y] = start.map(|c| (c.to_ascii_lowercase(), c.to_ascii_uppercase()));
    let found = memchr::memchr2_iter(x.0, x.1, b).chain(memchr::memchr2_iter(y.0, y.1, b));
    found
        .flat_map(|at| [Some(at), at.checked_sub(1)])
        .flatten()
        // An ASCII first byte that starts a token (a token's second byte is ASCII only when
        // its first char is).
        .filter(move |&s| b[s].is_ascii_alphanumeric() && starts_token(hay, s))
        .map(move |s| &hay[s..token_end(hay, s)])
}

/// Whether a token starts at byte `at` of `hay`: the char before it is not alphanumeric.
fn starts_token(hay: &str, at: usize) -> bool {
    hay[..at]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric())
}

/// Where the token that goes on at byte `at` ends (at `at` when it does not go on).
fn token_end(hay: &str, mut at: usize) -> usize {
    while let Some((true, width)) = class(hay, at) {
        at += width;
    }
    at
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

    /// The scan that jumps to the pattern's first bytes finds a typo exactly where walking
    /// every token does.
    #[test]
    fn the_quick_typo_scan_agrees_with_the_walk_over_every_token() {
        let mut texts: Vec<String> = crate::corpus::seeds()
            .articles
            .iter()
            .map(|a| a.text().to_string())
            .collect();
        texts.push("LAVROV, Lavorv; lvarov élavrov Xlavrov ålavrov 2lavrov".into());
        let mut buf = String::new();
        let mut checked = 0;
        for p in [
            "lavorv", "kerry", "geneav", "Aleppo", "syrain", "minister", "ceasfire", "élavr",
            "2lavr", "zzzzz", "istan",
        ] {
            let w = Word::new(p);
            let typo = w.typo().unwrap();
            for text in &texts {
                for line in text.lines() {
                    let walk = tokens(line).any(|(_, t)| {
                        fold_into(t, &mut buf);
                        typo.matches(buf.as_bytes())
                    });
                    assert_eq!(w.typo_in(line), walk, "{p} in {line:?}");
                    checked += usize::from(walk);
                }
            }
        }
        assert!(checked > 20, "{checked}");
    }

    /// Near words of every edit kind, cut anywhere, in short texts: the look for pieces
    /// never hides a word that the walk finds.
    #[test]
    fn the_pieces_never_hide_a_word_one_typo_away() {
        let mut next = crate::test_rng::below(0x9E37_79B9_7F4A_7C15u64);
        let mut buf = String::new();
        let mut found = 0;
        for _ in 0..50_000 {
            let pattern: String = (0..5 + next(4))
                .map(|_| b"abcdn"[next(5)] as char)
                .collect();
            let w = Word::new(&pattern);
            let typo = w.typo().unwrap();
            let mut near: Vec<u8> = pattern.bytes().collect();
            let at = next(near.len());
            match next(4) {
                0 => near[at] = b"abcx"[next(4)],
                1 => drop(near.remove(at)),
                2 => near.insert(at, b"abcx"[next(4)]),
                _ if at + 1 < near.len() => near.swap(at, at + 1),
                _ => {}
            }
            let near = String::from_utf8(near).unwrap();
            let line = format!(
                "x{} {near}{} y",
                &pattern[..next(3)],
                ["", "s", "ab"][next(3)]
            );
            let walk = tokens(&line).any(|(_, t)| {
                fold_into(t, &mut buf);
                typo.matches(buf.as_bytes())
            });
            assert_eq!(w.typo_in(&line), walk, "{pattern} in {line:?}");
            found += usize::from(walk);
        }
        assert!(found > 40_000, "{found}");
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

//! The searchable form of a dictionary: its spellings in two anchored automata, walked over
//! the text as the dictionary writes names (DESIGN 1.5).
//!
//! Spellings written in capitals ("US", "HNC", "U.S.") go into a case-sensitive automaton, so
//! "us" never matches; all others into an ASCII case-insensitive one, where a capitalised
//! spelling then needs a capital first letter in the text. The walk feeds the automaton a
//! normalised view of the text without copying it: a run of white space (line breaks, no-break
//! spaces) is one space, and `’` is `'`. What must stay true: a candidate starts and ends on
//! char boundaries of the original text, is whole words, and passes its case rule; of the
//! spellings that match at one place, the longest that passes wins.

use rustc_hash::FxHashMap;
use std::borrow::Cow;

use super::EntityId;
use super::dict::Dictionary;
use super::discover::lexicon;
use super::discover::masks::is_alphanumeric;
use super::matcher::Named;
use super::starts::StartTable;
use super::trie::Trie;

/// How a spelling's case must appear in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Case {
    /// Written in capitals: only exactly so (the case-sensitive automaton sees to it).
    Exact,
    /// Capitalised: any case, but the first letter must be a capital.
    Capital,
    /// Starts in lower case ("de Mistura"): any case.
    Any,
}

/// One entity that a spelling stands for.
#[derive(Debug, Clone, Copy)]
struct Variant {
    entity: EntityId,
    case: Case,
    short: bool,
}

/// One distinct spelling in an automaton.
#[derive(Debug)]
struct Pattern {
    /// Normalised text: single spaces, `'` apostrophes.
    text: String,
    /// Full names first, stricter case first, later (user) entities first.
    variants: Vec<Variant>,
    word_start: bool,
    word_end: bool,
    /// A word after the first heads a place's name ("Manchester City"): the text must keep
    /// its capital ([`capitals_kept`]).
    place_word: bool,
}

/// What a candidate stands for, before short forms are settled per article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hit {
    /// A name or alias: always a mention of this entity.
    Full(EntityId),
    /// Only short forms of this pattern: a mention if one of their entities is named fully.
    Short(usize),
    /// A name or alias of this entity that is also a short form of others (pattern `usize`):
    /// in an article that names one of those fully, that one ("Jordan" after "Neil Jordan"),
    /// else this entity.
    FullOrShort(EntityId, usize),
}

/// A candidate mention: a byte range of the original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub hit: Hit,
}

/// The spellings of one automaton.
pub(crate) struct PatternSet {
    /// Every spelling (lower-cased in the insensitive set), its pattern id as the value.
    trie: Trie,
    patterns: Vec<Pattern>,
    fold: bool,
    /// Per text byte: the byte the trie reads for it when `read` would give it unchanged
    /// (ASCII case folded when `fold`); 0 for the bytes `read` must see (white space, the lead
    /// bytes of white space chars and of `’`, and NUL, which no spelling holds).
    plain: [u8; 256],
}

/// The table [`PatternSet::plain`] for an automaton that folds ASCII case or not.
fn plain_bytes(fold: bool) -> [u8; 256] {
    let mut t = [0u8; 256];
    for b in 1..=255u8 {
        let through_read = b.is_ascii_whitespace() || matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3);
        if !through_read {
            t[b as usize] = if fold { b.to_ascii_lowercase() } else { b };
        }
    }
    t
}

/// Collapses white space to single spaces and `’` to `'`: the form spellings are matched in.
pub(crate) fn normalize_spelling(s: &str) -> String {
    normalized(s).into_owned()
}

/// [`normalize_spelling`], borrowing `s` when it is already so (most spellings are): no copy
/// for a caller that lower-cases or hashes it next.
pub(crate) fn normalized(s: &str) -> Cow<'_, str> {
    if is_normal(s) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .replace('’', "'"),
    )
}

/// Whether `s` is already as [`normalize_spelling`] makes it, as most spellings are: single
/// ASCII spaces between words, no other white space, no `’`. One pass over the bytes; the
/// chars beyond ASCII are decoded only in a spelling that has some.
fn is_normal(s: &str) -> bool {
    let b = s.as_bytes();
    // True at the start, so that a leading space fails as a second space would.
    let mut after_space = true;
    let mut beyond_ascii = false;
    for &c in b {
        if c == b' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else {
            // 0xE2 leads `’` (and other chars: those are left to the slow path too).
            if c == 0xE2 || c.is_ascii_whitespace() {
                return false;
            }
            beyond_ascii |= c >= 0x80;
            after_space = false;
        }
    }
    b.last() != Some(&b' ')
        && !(beyond_ascii && s.contains(|c: char| !c.is_ascii() && c.is_whitespace()))
}

/// Whether a spelling that begins or ends with `c` must begin or end a word there: letters and
/// digits of scripts written with spaces. Chinese, Japanese and Thai are written without spaces
/// between words, so their names match wherever they occur.
fn bounded(c: char) -> bool {
    c.is_alphanumeric() && !spaceless(c)
}

/// Chars of scripts written without spaces between words: Han, kana, Thai, Lao, Khmer.
pub(crate) fn spaceless(c: char) -> bool {
    matches!(c,
        '\u{0E00}'..='\u{0EFF}'      // Thai, Lao
        | '\u{1780}'..='\u{17FF}'    // Khmer
        | '\u{3040}'..='\u{30FF}'    // Hiragana, Katakana
        | '\u{3400}'..='\u{4DBF}'    // Han, extension A
        | '\u{4E00}'..='\u{9FFF}'    // Han
        | '\u{F900}'..='\u{FAFF}'    // Han compatibility
        | '\u{FF66}'..='\u{FF9F}'    // half-width Katakana
    )
}

/// Whether a word of `spelling` after the first is capitalised and heads a place's name
/// ("Manchester City", "Orange County").
fn has_place_word(spelling: &str) -> bool {
    (spelling.split(' ').skip(1))
        .any(|w| w.starts_with(char::is_uppercase) && lexicon::flags_of(w).place_head())
}

/// Whether `found` (a match of `pat`, capitalised) keeps the capital of each word after the
/// first that heads a place's name: "Manchester city centre" is no "Manchester City", "Kansas
/// city officials" no "Kansas City". Other words may be written in lower case, as news writes
/// an institution ("the Russian foreign ministry", "the United States air force").
fn capitals_kept(pat: &Pattern, found: &str) -> bool {
    // Most spellings have no such word: nothing more to ask.
    !pat.place_word
        || (pat.text.split(' ').zip(found.split_whitespace()))
            .skip(1)
            .all(|(p, f)| {
                !p.starts_with(char::is_uppercase)
                    || f.starts_with(char::is_uppercase)
                    || !lexicon::flags_of(p).place_head()
            })
}

fn case_of(spelling: &str) -> Case {
    let mut letters = spelling.chars().filter(|c| c.is_alphabetic()).peekable();
    if letters.peek().is_some() && letters.all(|c| !c.is_lowercase()) {
        Case::Exact
    } else if spelling.chars().next().is_some_and(char::is_uppercase) {
        Case::Capital
    } else {
        Case::Any
    }
}

/// The byte the automaton sees at `i` (a char boundary) and where the next one starts: a run
/// of white space reads as one space, `’` as `'`.
#[inline]
fn read(text: &str, i: usize) -> (u8, usize) {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        if b.is_ascii_whitespace() {
            (b' ', skip_space(text, i))
        } else {
            (b, i + 1)
        }
    } else if matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3) {
        // The only lead bytes of white space chars and of `’`.
        match text[i..].chars().next() {
            Some('’') => (b'\'', i + 3),
            Some(c) if c.is_whitespace() => (b' ', skip_space(text, i)),
            _ => (b, i + 1),
        }
    } else {
        (b, i + 1)
    }
}

fn skip_space(text: &str, i: usize) -> usize {
    // Most runs are one ASCII space before a letter: settled without decoding chars.
    match text.as_bytes().get(i + 1) {
        Some(b) if b.is_ascii() && !b.is_ascii_whitespace() => return i + 1,
        None => return text.len(),
        _ => {}
    }
    text[i..]
        .char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(text.len(), |(n, _)| i + n)
}

impl PatternSet {
    /// Builds the (case-sensitive, case-insensitive) automata for `dict`.
    pub fn build(dict: &Dictionary) -> (PatternSet, PatternSet) {
        // key -> (pattern text, variants); keys fold ASCII case in the insensitive set only.
        // Hashed with Fx, not SipHash: keys are the dictionary's, and their order is sorted
        // away in `new`.
        let mut exact: FxHashMap<String, (String, Vec<Variant>)> = FxHashMap::default();
        let mut folded: FxHashMap<String, (String, Vec<Variant>)> = FxHashMap::default();
        for (id, e) in dict.entities().iter().enumerate() {
            let spellings = std::iter::once((&e.name, false))
                .chain(e.aliases.iter().map(|a| (a, false)))
                .chain(e.short.iter().map(|s| (s, true)));
            for (spelling, short) in spellings {
                let text = normalize_spelling(spelling);
                let case = case_of(&text);
                let variant = Variant {
                    entity: id as EntityId,
                    case,
                    short,
                };
                let (map, key) = match case {
                    Case::Exact => (&mut exact, text.clone()),
                    _ => (&mut folded, text.to_ascii_lowercase()),
                };
                map.entry(key)
                    .or_insert_with(|| (text, Vec::new()))
                    .1
                    .push(variant);
            }
        }
        (PatternSet::new(exact, false), PatternSet::new(folded, true))
    }

    fn new(entries: FxHashMap<String, (String, Vec<Variant>)>, fold: bool) -> PatternSet {
        let mut entries: Vec<_> = entries.into_iter().collect();
        // Sorted keys make pattern ids, and so results, independent of hash order.
        // Keys are distinct (a map's): an unstable sort gives the same order, moving less.
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let mut patterns: Vec<Pattern> = Vec::with_capacity(entries.len());
        let mut keys: Vec<String> = Vec::with_capacity(entries.len());
        for (key, (text, mut variants)) in entries {
            variants.sort_by_key(|v| (v.short, v.case, std::cmp::Reverse(v.entity)));
            patterns.push(Pattern {
                word_start: text.chars().next().is_some_and(bounded),
                word_end: text.chars().next_back().is_some_and(bounded),
                place_word: has_place_word(&text),
                text,
                variants,
            });
            keys.push(key);
        }
        let trie = Trie::new(
            keys.iter()
                .enumerate()
                .map(|(id, k)| (k.as_bytes(), id as u32)),
        );
        PatternSet {
            trie,
            patterns,
            fold,
            plain: plain_bytes(fold),
        }
    }

    /// The longest candidate starting exactly at `start` (a char boundary of `text`): a walk
    /// down the trie of spellings, one normalised byte at a time.
    pub fn at(&self, text: &str, start: usize) -> Option<Candidate> {
        // Every spelling that matches here, shortest first; rarely more than two.
        let mut ends: [(usize, usize); 8] = [(0, 0); 8];
        let mut n = 0;
        let mut walk = self.trie.root();
        let mut i = start;
        let bytes = text.as_bytes();
        while let Some(&b) = bytes.get(i) {
            // Most bytes read as themselves (folded): one look-up; white space and `’` need
            // `read`.
            let (byte, next) = if self.plain[b as usize] != 0 {
                (self.plain[b as usize], i + 1)
            } else {
                let (byte, next) = read(text, i);
                let byte = if self.fold {
                    byte.to_ascii_lowercase()
                } else {
                    byte
                };
                (byte, next)
            };
            if !self.trie.step(&mut walk, byte) {
                break;
            }
            i = next;
            if let Some(p) = walk.value() {
                // Keep the longest few: when full, drop the shortest.
                if n == ends.len() {
                    ends.copy_within(1.., 0);
                    n -= 1;
                }
                ends[n] = (p as usize, i);
                n += 1;
            }
        }
        ends[..n].iter().rev().find_map(|&(p, end)| {
            self.check(text, start, end, p)
                .map(|hit| Candidate { start, end, hit })
        })
    }

    /// The variant that `text[start..end]` (a match of pattern `p`) stands for, if any.
    fn check(&self, text: &str, start: usize, end: usize, p: usize) -> Option<Hit> {
        let pat = &self.patterns[p];
        let bytes = text.as_bytes();
        // ASCII neighbours, the usual case, are judged without decoding a char.
        let is_word = |c: Option<char>| c.is_some_and(is_alphanumeric);
        if pat.word_start
            && match start.checked_sub(1).map(|k| bytes[k]) {
                None => false,
                Some(b) if b < 0x80 => b.is_ascii_alphanumeric(),
                Some(_) => is_word(text[..start].chars().next_back()),
            }
        {
            return None;
        }
        if pat.word_end
            && match bytes.get(end) {
                None => false,
                Some(b) if *b < 0x80 => b.is_ascii_alphanumeric(),
                Some(_) => is_word(text[end..].chars().next()),
            }
        {
            return None;
        }
        let capital = match bytes.get(start) {
            Some(b) if *b < 0x80 => b.is_ascii_uppercase(),
            _ => text[start..].chars().next().is_some_and(char::is_uppercase),
        };
        let capitals = || capital && capitals_kept(pat, &text[start..end]);
        let v = pat
            .variants
            .iter()
            .find(|v| v.case != Case::Capital || capitals())?;
        Some(if v.short {
            Hit::Short(p)
        } else if pat.variants.iter().any(|v| v.short) {
            Hit::FullOrShort(v.entity, p)
        } else {
            Hit::Full(v.entity)
        })
    }

    /// The entity a short-form candidate stands for, given the entities the article names fully
    /// (`named`).
    pub fn settle_short(&self, text: &str, c: &Candidate, named: &Named) -> Option<EntityId> {
        let (Hit::Short(p) | Hit::FullOrShort(_, p)) = c.hit else {
            return None;
        };
        let pat = &self.patterns[p];
        let capital = text[c.start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            && capitals_kept(pat, &text[c.start..c.end]);
        pat.variants
            .iter()
            .filter(|v| v.short && (v.case != Case::Capital || capital))
            .find(|v| named.contains(v.entity))
            .map(|v| v.entity)
    }

    /// The entities a short-form candidate can stand for, named or not.
    pub fn short_entities(&self, text: &str, c: &Candidate) -> impl Iterator<Item = EntityId> {
        let p = match c.hit {
            Hit::Short(p) | Hit::FullOrShort(_, p) => Some(p),
            Hit::Full(_) => None,
        };
        let capital = text[c.start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
            && p.is_some_and(|p| capitals_kept(&self.patterns[p], &text[c.start..c.end]));
        p.into_iter()
            .flat_map(|p| &self.patterns[p].variants)
            .filter(move |v| v.short && (v.case != Case::Capital || capital))
            .map(|v| v.entity)
    }

    /// The spellings (normalised: single spaces, `'` apostrophes) that can stand for one of
    /// `ids` (sorted), short forms included.
    pub fn spellings_of<'s>(&'s self, ids: &'s [EntityId]) -> impl Iterator<Item = &'s str> {
        self.patterns
            .iter()
            .filter(|p| {
                p.variants
                    .iter()
                    .any(|v| ids.binary_search(&v.entity).is_ok())
            })
            .map(|p| p.text.as_str())
    }

    /// Records in `starts` the first three bytes with which each pattern can appear in text.
    pub fn mark_starts(&self, starts: &mut StartTable) {
        for p in &self.patterns {
            let b = p.text.as_bytes();
            // A capitalised spelling needs its capital in the text; a lower-case one either.
            let any_case = self.fold && p.variants.iter().any(|v| v.case == Case::Any);
            let (firsts, n) = if any_case {
                ([b[0].to_ascii_lowercase(), b[0].to_ascii_uppercase()], 2)
            } else if self.fold {
                ([b[0].to_ascii_uppercase(), 0], 1)
            } else {
                ([b[0], 0], 1)
            };
            for &first in &firsts[..n] {
                starts.add(
                    self.fold,
                    first,
                    b.get(1).copied(),
                    b.get(2).copied(),
                    p.word_start,
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_normal` as first written, in four passes.
    fn is_normal_in_parts(s: &str) -> bool {
        let b = s.as_bytes();
        b.iter()
            .all(|&c| c != b'\xE2' && (c == b' ' || !c.is_ascii_whitespace()))
            && !b.windows(2).any(|w| w == b"  ")
            && !s.starts_with(' ')
            && !s.ends_with(' ')
            && !s.contains(|c: char| !c.is_ascii() && c.is_whitespace())
    }

    #[test]
    fn one_pass_finds_normal_spellings_as_four_did() {
        let pieces = [
            "a", "Kerry", " ", "  ", "\t", "\n", "\u{a0}", "\u{85}", "\u{3000}", "\u{2009}", "’",
            "'", "São", "東京", "—", ".", "\u{1680}",
        ];
        let mut next = crate::test_rng::below(0x5DEE_CE66_D1CE_4E5D);
        for _ in 0..20_000 {
            let s: String = (0..next(6)).map(|_| pieces[next(pieces.len())]).collect();
            assert_eq!(is_normal(&s), is_normal_in_parts(&s), "{s:?}");
        }
        for e in Dictionary::builtin().entities() {
            for s in std::iter::once(&e.name).chain(&e.aliases).chain(&e.short) {
                assert_eq!(is_normal(s), is_normal_in_parts(s), "{s:?}");
            }
        }
    }

    #[test]
    fn read_collapses_space_runs_and_curly_apostrophes() {
        let text = "a \n\u{a0}\tb’c";
        let mut seen = Vec::new();
        let mut i = 0;
        while i < text.len() {
            let (b, next) = read(text, i);
            seen.push(b);
            i = next;
        }
        assert_eq!(seen, b"a b'c");
    }
}

//! The searchable form of a dictionary: its spellings grouped into two automata, and the checks
//! that turn a raw automaton hit into a candidate mention (DESIGN 1.5).
//!
//! Spellings written in capitals ("US", "HNC", "U.S.") go into a case-sensitive automaton, so the
//! common words "us", "un" never even become candidates; all others go into an ASCII
//! case-insensitive one, and a capitalised spelling then needs a capital first letter in the text.
//! What must stay true: a candidate is a whole word (or words) of the normalised text, passes
//! its case rule, and is the longest such candidate at the leftmost position that has one.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};

use super::EntityId;
use super::dict::Dictionary;

/// How a spelling's case must appear in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Case {
    /// Written in capitals: only exactly so (handled by the case-sensitive automaton).
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
    len: usize,
    /// Full names first, stricter case first, later (user) entities first.
    variants: Vec<Variant>,
    /// Other patterns of the same automaton that are proper prefixes of this one, longest
    /// first: when this one fails its checks, one of them may still be a mention here.
    prefixes: Vec<usize>,
    word_start: bool,
    word_end: bool,
}

/// What a candidate stands for, before short forms are settled per article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Hit {
    /// A name or alias: always a mention of this entity.
    Full(EntityId),
    /// Only short forms: a mention if one of their entities is named fully in the article.
    Short(usize),
}

/// A candidate mention in the normalised text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub hit: Hit,
}

/// The spellings of one automaton.
pub(crate) struct PatternSet {
    ac: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
}

/// Collapses white space to single spaces; the form patterns and normalised text share.
pub(crate) fn normalize_spelling(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
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

/// Both apostrophe forms of a spelling (the typewriter one and U+2019), or just itself.
fn apostrophe_forms(s: &str) -> Vec<String> {
    if s.contains(['\'', '’']) {
        vec![s.replace('’', "'"), s.replace('\'', "’")]
    } else {
        vec![s.to_string()]
    }
}

impl PatternSet {
    /// Builds the (case-sensitive, case-insensitive) automata for `dict`.
    pub fn build(dict: &Dictionary) -> (PatternSet, PatternSet) {
        // key -> (pattern text, variants); keys fold ASCII case in the insensitive set only.
        let mut exact: HashMap<String, Vec<Variant>> = HashMap::new();
        let mut folded: HashMap<String, (String, Vec<Variant>)> = HashMap::new();
        for (id, e) in dict.entities().iter().enumerate() {
            let id = id as EntityId;
            let spellings = std::iter::once((&e.name, false))
                .chain(e.aliases.iter().map(|a| (a, false)))
                .chain(e.short.iter().map(|s| (s, true)));
            for (spelling, short) in spellings {
                let spelling = normalize_spelling(spelling);
                let case = case_of(&spelling);
                let variant = Variant {
                    entity: id,
                    case,
                    short,
                };
                for form in apostrophe_forms(&spelling) {
                    if case == Case::Exact {
                        exact.entry(form).or_default().push(variant);
                    } else {
                        let entry = folded.entry(form.to_ascii_lowercase());
                        entry.or_insert_with(|| (form, Vec::new())).1.push(variant);
                    }
                }
            }
        }
        let exact = exact.into_iter().map(|(k, v)| (k.clone(), k, v)).collect();
        let folded = folded
            .into_iter()
            .map(|(k, (text, v))| (k, text, v))
            .collect();
        (PatternSet::new(exact, false), PatternSet::new(folded, true))
    }

    /// `entries` are (key, pattern text, variants).
    fn new(mut entries: Vec<(String, String, Vec<Variant>)>, fold: bool) -> PatternSet {
        // Sorted keys make pattern ids, and so results, independent of hash order.
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        let ids: HashMap<&str, usize> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.0.as_str(), i))
            .collect();
        let patterns = entries
            .iter()
            .map(|(key, text, variants)| {
                let mut variants = variants.clone();
                variants.sort_by_key(|v| (v.short, v.case, std::cmp::Reverse(v.entity)));
                let mut prefixes: Vec<usize> = key
                    .char_indices()
                    .skip(1)
                    .filter_map(|(i, _)| ids.get(&key[..i]).copied())
                    .collect();
                prefixes.reverse();
                Pattern {
                    len: text.len(),
                    variants,
                    prefixes,
                    word_start: text.chars().next().is_some_and(char::is_alphanumeric),
                    word_end: text.chars().next_back().is_some_and(char::is_alphanumeric),
                }
            })
            .collect();
        let ac = (!entries.is_empty()).then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostLongest)
                .ascii_case_insensitive(fold)
                .kind(Some(AhoCorasickKind::DFA))
                .build(entries.iter().map(|e| &e.1))
                // Only the size limits can fail, and a dictionary is far below them.
                .expect("dictionary automaton builds")
        });
        PatternSet { ac, patterns }
    }

    /// The leftmost-longest candidate starting at or after `from`.
    pub fn next(&self, hay: &str, mut from: usize) -> Option<Candidate> {
        let ac = self.ac.as_ref()?;
        while from < hay.len() {
            let m = ac.find(Input::new(hay).range(from..))?;
            let (start, id) = (m.start(), m.pattern().as_usize());
            let tried = std::iter::once(id).chain(self.patterns[id].prefixes.iter().copied());
            for p in tried {
                let end = start + self.patterns[p].len;
                if let Some(hit) = self.check(hay, start, end, p) {
                    return Some(Candidate { start, end, hit });
                }
            }
            from = start + hay[start..].chars().next().map_or(1, char::len_utf8);
        }
        None
    }

    /// The variant that `hay[start..end]` (a match of pattern `p`) stands for, if any.
    fn check(&self, hay: &str, start: usize, end: usize, p: usize) -> Option<Hit> {
        let pat = &self.patterns[p];
        let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        if pat.word_start && is_word(hay[..start].chars().next_back()) {
            return None;
        }
        if pat.word_end && is_word(hay[end..].chars().next()) {
            return None;
        }
        let capital = hay[start..].chars().next().is_some_and(char::is_uppercase);
        let v = pat
            .variants
            .iter()
            .find(|v| v.case != Case::Capital || capital)?;
        Some(if v.short {
            Hit::Short(p)
        } else {
            Hit::Full(v.entity)
        })
    }

    /// The entity a short-form candidate stands for, given the entities the article names fully.
    pub fn settle_short(&self, hay: &str, c: &Candidate, named: &[EntityId]) -> Option<EntityId> {
        let Hit::Short(p) = c.hit else { return None };
        let capital = hay[c.start..]
            .chars()
            .next()
            .is_some_and(char::is_uppercase);
        self.patterns[p]
            .variants
            .iter()
            .filter(|v| v.short && (v.case != Case::Capital || capital))
            .find(|v| named.binary_search(&v.entity).is_ok())
            .map(|v| v.entity)
    }
}

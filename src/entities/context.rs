//! Context rules that a dictionary match must pass: a name inside a longer proper name the
//! dictionary does not know is not that name ("Real Madrid" is not Madrid, "London Whale" not
//! London, "Joe Jordan" not Jordan), while roles, honorifics and nationality adjectives beside
//! it leave it whole ("Russian Foreign Minister Sergei Lavrov"); and in a line set in capitals a
//! capitals-only spelling that is also an ordinary word ("US" in "LET US PLAY") is not a name.
//!
//! Lines in capitals or title case say nothing through their capitals, so the first rule is
//! not applied there.

use super::discover::lexicon as lex;
use super::discover::scan::{self, LineCase};

/// How the line around a position is set, computed once per line.
pub(crate) struct Lines<'t> {
    text: &'t str,
    /// The last line asked about: its byte range and case.
    last: Option<(usize, usize, LineCase)>,
    /// The last line asked about for capitals: its byte range and whether it is.
    last_caps: Option<(usize, usize, bool)>,
}

impl<'t> Lines<'t> {
    pub fn new(text: &'t str) -> Self {
        Lines {
            text,
            last: None,
            last_caps: None,
        }
    }

    /// Whether the line holding byte `at` is set in capitals (letters only, no words: cheap).
    pub fn capitals_at(&mut self, at: usize) -> bool {
        if let Some((s, e, caps)) = self.last_caps
            && (s..=e).contains(&at)
        {
            return caps;
        }
        let (s, e) = self.bounds(at);
        let caps = scan::in_capitals(&self.text[s..e]);
        self.last_caps = Some((s, e, caps));
        caps
    }

    fn bounds(&self, at: usize) -> (usize, usize) {
        let s = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let e = self.text[at..]
            .find('\n')
            .map_or(self.text.len(), |i| at + i);
        (s, e)
    }

    /// The case of the line holding byte `at`.
    pub fn case_at(&mut self, at: usize) -> LineCase {
        if let Some((s, e, case)) = self.last
            && (s..=e).contains(&at)
        {
            return case;
        }
        let s = self.text[..at].rfind('\n').map_or(0, |i| i + 1);
        let e = self.text[at..]
            .find('\n')
            .map_or(self.text.len(), |i| at + i);
        // A headline is short: a long line is running text unless set in capitals.
        let case = if e - s > 300 {
            if scan::in_capitals(&self.text[s..e]) {
                LineCase::Capitals
            } else {
                LineCase::Prose
            }
        } else {
            let words = scan::words(&self.text[s..e], s);
            match scan::line_case(&words) {
                // A short heading of capitalised words ("U.S. Efforts") is set in title case.
                LineCase::Prose if words.len() <= 5 && words.iter().all(|w| w.cap) => {
                    LineCase::Title
                }
                case => case,
            }
        };
        self.last = Some((s, e, case));
        case
    }
}

/// Where a word slice of `text` starts.
fn offset(text: &str, word: &str) -> usize {
    word.as_ptr() as usize - text.as_ptr() as usize
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Words beside a name that leave it whole.
fn keeps_whole(flags: lex::Flags) -> bool {
    flags.role() || flags.honorific() || flags.not_name()
}

/// Whether a sentence begins at byte `at` (only spaces, quotes or a sentence's end before it).
fn sentence_starts_at(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\u{a0}', '\t', '"', '“', '‘', '\'', '(']);
    before.is_empty()
        || before.ends_with(['\n', '.', '!', '?', ':', ';', '—', '–', '-', '”', '|', '•'])
}

/// A cheap test that may say yes wrongly, never no wrongly: whether a space and then a
/// capital (or a non-ASCII char) follow byte `end`. Most mentions fail it at once.
#[inline]
fn capital_after(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    let mut i = end;
    while let Some(&c) = b.get(i) {
        match c {
            b' ' | b'\t' => i += 1,
            0xC2 => return true,
            _ => return i > end && (c.is_ascii_uppercase() || c >= 0x80),
        }
    }
    false
}

/// A cheap test that may say yes wrongly, never no wrongly: whether spaces and then a word
/// that starts with a capital (or a non-ASCII char) precede `start`.
#[inline]
fn space_before(text: &str, start: usize) -> bool {
    let b = text.as_bytes();
    let mut i = start;
    while i > 0 && matches!(b[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    if i == start {
        // No ASCII space: a no-break space (its last byte) may still be one.
        return i > 0 && b[i - 1] == 0xA0;
    }
    let end = i;
    while i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b'-' | b'.' | b'\'')) {
        i -= 1;
    }
    if i == end || (i > 0 && b[i - 1] >= 0x80) {
        // Punctuation (no word), or a word with non-ASCII letters: the full test decides.
        return i > 0 && b[i - 1] >= 0x80;
    }
    b[i..end]
        .iter()
        .find(|c| c.is_ascii_alphanumeric())
        .is_some_and(u8::is_ascii_uppercase)
}

/// Whether `text[start..end]` is part of a longer proper name: a capitalised word joins it on
/// either side with only spaces between. `known_before` / `known_after` say whether another
/// name ends right before / starts right after it (known names side by side stay apart).
pub(crate) fn inside_longer_name(
    text: &str,
    start: usize,
    end: usize,
    known_before: impl Fn(usize) -> bool,
    known_after: impl Fn(usize) -> bool,
    lines: &mut Lines,
) -> bool {
    let after = capital_after(text, end)
        .then(|| scan::word_after(text, end))
        .flatten()
        .filter(|w| capitalised(w));
    let before = space_before(text, start)
        .then(|| scan::word_before(text, start))
        .flatten()
        .filter(|w| capitalised(w));
    let joins_after = after.is_some_and(|w| {
        let at = offset(text, w);
        !keeps_whole(lex::flags_of(w)) && !known_after(at) && !w.chars().any(|c| c.is_ascii_digit())
    });
    let joins_before = before.is_some_and(|w| {
        let at = offset(text, w);
        let flags = lex::flags_of(w);
        let ordinary_first = sentence_starts_at(text, at)
            && (flags.common() || lex::looks_ordinary(&w.to_lowercase()));
        // "South Korea's Kim Lee": a possessive ends the name before it, unless it is a
        // common word's, which names use ("People's Bank of China", "Children's Hospital").
        let stem = (w.strip_suffix("'s")).or_else(|| w.strip_suffix("’s"));
        let possessive = stem.is_some_and(|s| !lex::flags_of(s).common());
        !(keeps_whole(flags)
            || possessive
            || flags.connector()
            || known_before(at + w.len())
            || ordinary_first
            || w.chars().any(|c| c.is_ascii_digit()))
    });
    (joins_after || joins_before) && lines.case_at(start) == LineCase::Prose
}

/// Whether a capitals-only spelling at `start` is an ordinary word in a line of capitals
/// ("US" in "LET US PLAY").
pub(crate) fn ordinary_in_capitals(spelling: &str, start: usize, lines: &mut Lines) -> bool {
    lex::flags_of(spelling).common() && lines.capitals_at(start)
}

//! The word scan as first written, kept for tests only: the readable definition that the
//! faster scan in `discover/scan.rs` must agree with on any text (`scan_agrees_with_reference`).
//! A copy on purpose: an oracle that followed the scan's changes could not catch them.

use crate::entities::discover::masks::Masks;
use crate::entities::discover::scan::Word;

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&')
}

/// The char at byte `i` of `s` (a char boundary) and its length, ASCII without decoding.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (b as char, 1)
    } else {
        let c = s[i..].chars().next().unwrap_or(' ');
        (c, c.len_utf8())
    }
}

#[inline]
fn alnum_at(s: &str, i: usize) -> bool {
    i < s.len() && char_at(s, i).0.is_alphanumeric()
}

/// Appends the words of `line` (starting at byte `offset` of its text) to `out`.
pub(crate) fn words_into<'t>(line: &'t str, offset: usize, out: &mut Vec<Word<'t>>) {
    let first = out.len();
    let n = line.len();
    let mut i = 0;
    let mut gap_start = 0;
    let bytes = line.as_bytes();
    while i < n {
        let b = bytes[i];
        if b < 0x80 {
            if !b.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
        } else {
            let (c, len) = char_at(line, i);
            if !c.is_alphanumeric() {
                i += len;
                continue;
            }
        }
        let start = i;
        // Letters, whether every one is a capital, and whether a digit was seen.
        let (mut letters, mut all_upper, mut digit) = (0usize, true, false);
        while i < n {
            let Some(&b) = bytes.get(i) else { break };
            if b.is_ascii_alphanumeric() {
                letters += b.is_ascii_alphabetic() as usize;
                all_upper &= !b.is_ascii_lowercase();
                digit |= b.is_ascii_digit();
                i += 1;
                continue;
            }
            if b < 0x80 && !matches!(b, b'-' | b'\'' | b'.' | b'&') {
                break;
            }
            let (c, len) = char_at(line, i);
            if c.is_alphanumeric() {
                letters += c.is_alphabetic() as usize;
                // Every capital is a letter (Unicode's Alphabetic includes Uppercase).
                all_upper &= !c.is_alphabetic() || c.is_uppercase();
                digit |= c.is_ascii_digit();
                i += len;
            } else if is_joiner(c) && alnum_at(line, i + len) {
                i += len;
            } else {
                break;
            }
        }
        let mut end = i;
        let mut text = &line[start..end];
        // "U.S." and "W.": an abbreviation keeps its final full stop.
        if line.as_bytes().get(end) == Some(&b'.') && is_abbreviation(text) {
            end += 1;
            i = end;
            text = &line[start..end];
        }
        let mut possessive = false;
        let maybe_possessive = matches!(text.as_bytes().last(), Some(b's' | b'S'));
        for suffix in ["'s", "’s", "'S", "’S"].iter().filter(|_| maybe_possessive) {
            if let Some(stem) = text.strip_suffix(suffix)
                && !stem.is_empty()
            {
                text = stem;
                possessive = true;
                break;
            }
        }
        let gap = &line[gap_start..start];
        // "Marks & Spencer": an ampersand between spaces is a word.
        let trimmed = gap.trim_matches(is_space);
        let amp = out.len() > first
            && trimmed == "&"
            && gap.starts_with(is_space)
            && gap.ends_with(is_space);
        if amp {
            let at = gap_start + gap.find('&').unwrap();
            out.push(Word::ampersand(line, at, offset));
        }
        let prev = out[first..].last();
        let (initial, joined) = match prev {
            None => (true, false),
            Some(_) if amp => (false, true),
            // Most gaps are one space: settled without scanning.
            Some(p) if gap == " " => (ends_sentence_after(p), true),
            Some(p) => (
                ends_sentence(gap, Some(p)),
                !gap.is_empty() && gap.chars().all(is_space),
            ),
        };
        out.push(Word {
            start: offset + start,
            end: offset + start + text.len(),
            text,
            cap: char_at(text, 0).0.is_uppercase(),
            caps: letters >= 2 && all_upper,
            digit,
            initial,
            joined,
            possessive,
            plural: false,
            label: line.as_bytes().get(end) == Some(&b':'),
        });
        gap_start = end;
    }
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}' || c == '\t'
}

/// "U.S", "W", "e.g": single letters between full stops.
fn is_abbreviation(text: &str) -> bool {
    // Most words are settled by their first two bytes: an ASCII char not followed by a stop.
    let b = text.as_bytes();
    if b.len() >= 2 && b[0] < 0x80 && b[1] != b'.' {
        return false;
    }
    text.split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Whether the gap before a word ends a sentence: a full stop (not an abbreviation's), `!`,
/// `?`, a colon, an opening quote or bracket, or a dash between spaces.
fn ends_sentence(gap: &str, prev: Option<&Word>) -> bool {
    let b = gap.as_bytes();
    for (k, &c) in b.iter().enumerate() {
        match c {
            b'!' | b'?' | b':' | b';' | b'"' | b'(' | b'[' | b'*' | b'|' | b'.' => return true,
            // " - " or a leading "- ": a dash between spaces.
            b'-' if b.get(k + 1) == Some(&b' ') && (k == 0 || b[k - 1] == b' ') => return true,
            c if c >= 0xC0
                && gap[k..]
                    .chars()
                    .next()
                    .is_some_and(|ch| matches!(ch, '“' | '”' | '—' | '–' | '•')) =>
            {
                return true;
            }
            _ => {}
        }
    }
    prev.is_some_and(ends_sentence_after)
}

/// Whether a word ending in a full stop ends its sentence. "Mr. Smith": an abbreviation's full
/// stop is in the word, not the gap; "U.S. officials" goes on, but a sentence may also end with
/// "U.S.", which we cannot tell apart.
#[inline]
fn ends_sentence_after(p: &Word) -> bool {
    p.text.ends_with('.') && p.text.len() > 3 && !is_abbreviation(p.text.trim_end_matches('.'))
}

/// Pieces that news and hostile text are made of: words in several scripts and cases,
/// joiners at word edges, possessives, abbreviations, combining marks, controls, quotes,
/// dashes and wide chars.
const PIECES: &[&str] = &[
    "Kerry",
    "kerry",
    "KERRY",
    "U.S.",
    "U.S",
    "W.",
    "e.g.",
    "Mr.",
    "’s",
    "'s",
    "'S",
    "’S",
    "s",
    "-",
    "--",
    "'",
    "’",
    ".",
    "..",
    "&",
    "AT&T",
    "al-",
    "Al-Nusra",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    ":",
    ";",
    "!",
    "?",
    "\"",
    "(",
    ")",
    "[",
    "*",
    "|",
    " - ",
    "“",
    "”",
    "—",
    "–",
    "•",
    "é",
    "É",
    "ß",
    "Ω",
    "ω",
    "Москва",
    "МОСКВА",
    "德国",
    "東京",
    "ไทย",
    "١٢٣",
    "٣",
    "e\u{301}",
    "\u{301}",
    "\u{200b}",
    "\u{0}",
    "\u{7}",
    "\u{1b}[31m",
    "\u{7f}",
    "\u{85}",
    "\r",
    "1996-08-30",
    "G20",
    "45-minute",
    "NATO's",
    "ABCDEFGHIJ",
    "abcdefghijklmnop",
    "x",
    "I",
    "A",
    "a",
    "0",
    "𝔘𝔫𝔦",
    "😀",
    "\u{fffd}",
    "Ǆ",
    "ǅ",
    "ǆ",
];

/// The fast scan and the reference give the same words on random mixes of those pieces
/// (every field of every word), and on random lines of arbitrary chars.
#[test]
fn scan_agrees_with_reference() {
    let mut next = crate::test_rng::below(0x9E37_79B9_7F4A_7C15u64);
    // One set of masks for every line, as discovery keeps it from line to line.
    let mut masks = Masks::default();
    for case in 0..20_000 {
        let mut line = String::new();
        if case % 4 == 3 {
            // Arbitrary chars, ASCII and controls most often.
            for _ in 0..next(40) {
                let c = match next(4) {
                    0 => char::from_u32(next(0x11_0000) as u32).unwrap_or('\u{fffd}'),
                    1 => char::from_u32(0x80 + next(0x780) as u32).unwrap_or('é'),
                    _ => (next(0x80) as u8) as char,
                };
                line.push(c);
            }
        } else {
            for _ in 0..next(24) {
                line.push_str(PIECES[next(PIECES.len())]);
                if next(3) == 0 {
                    line.push(' ');
                }
            }
        }
        if case % 50 == 0 {
            // A very long word.
            line.push_str(&"Ab’".repeat(next(4000)));
        } else if case % 50 == 25 {
            // Long ASCII words and joiners across the masks' 64-byte blocks.
            for _ in 0..next(6) {
                line.push_str(&["ab", "CD", "9", "-", ".", "'", "x'"][next(7)].repeat(next(90)));
                line.push_str(&" ".repeat(next(3)));
            }
        }
        let line = line.replace('\n', " ");
        let offset = next(1000);
        let mut fast = vec![];
        crate::entities::discover::scan::words_into(&line, offset, &mut masks, &mut fast);
        let mut slow = vec![];
        words_into(&line, offset, &mut slow);
        assert_eq!(fast, slow, "{line:?}");
    }
}

/// Lines read from masks filled once for their whole text (as evidence reads a text) give the
/// reference's words too, line by line.
#[test]
fn lines_of_a_text_agree_with_reference() {
    let mut next = crate::test_rng::below(0xD1B5_4A32_D192_ED03u64);
    let mut masks = Masks::default();
    for case in 0..3_000 {
        let mut text = String::new();
        for _ in 0..next(80) {
            text.push_str(PIECES[next(PIECES.len())]);
            match next(6) {
                0 => text.push('\n'),
                1 => text.push(' '),
                _ => {}
            }
        }
        if case % 10 == 0 {
            // Lines across the masks' 64-byte blocks.
            text.push_str(&"ab-c\nD.E. f’g\n".repeat(next(40)));
        }
        masks.fill(&text);
        let mut start = 0;
        for line in text.split('\n') {
            let end = start + line.len();
            let mut fast = vec![];
            crate::entities::discover::scan::words_in(&text, start..end, 7, &masks, &mut fast);
            let mut slow = vec![];
            words_into(line, start + 7, &mut slow);
            assert_eq!(fast, slow, "{text:?} line {line:?}");
            start = end + 1;
        }
    }
}

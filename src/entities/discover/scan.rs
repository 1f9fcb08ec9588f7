//! Words and lines as name discovery reads them: where each word is, whether it is capitalised,
//! whether it begins a sentence, and whether the line it is in is running text or a headline
//! set in capitals or title case (where a capital says nothing).
//!
//! What must stay true: words are non-empty, in order, on char boundaries, within their line.

use super::masks::{Masks, Span, is_alphanumeric};

/// How a line is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineCase {
    /// Running text: a capital in mid-sentence marks a name.
    Prose,
    /// Mostly capitals ("SOCCER - JAPAN GET LUCKY WIN").
    Capitals,
    /// Most words capitalised ("Kerry Meets Lavrov In Geneva").
    Title,
}

/// One word of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'t> {
    /// Byte range in the text the line came from.
    pub start: usize,
    pub end: usize,
    /// The word, without a possessive `'s`.
    pub text: &'t str,
    /// First letter a capital.
    pub cap: bool,
    /// Two letters or more, all capitals ("NATO", "U.S.").
    pub caps: bool,
    /// Has a digit.
    pub digit: bool,
    /// Begins a sentence (or the line).
    pub initial: bool,
    /// Only spaces since the previous word of the line (no punctuation), or a plural
    /// possessive's apostrophe and spaces ("Magistrates' Court", marked by name discovery).
    pub joined: bool,
    /// Followed by `'s` or `’s` (excluded from `text`), or, ending in `s`, by an apostrophe
    /// and a space (a plural possessive, `plural`, marked by name discovery).
    pub possessive: bool,
    /// The possessive is a plural's lone apostrophe (the scan leaves it `false`).
    pub plural: bool,
    /// Followed at once by a colon ("Scorers:").
    pub label: bool,
}

impl<'t> Word<'t> {
    /// The `&` at byte `at` of `line` (which starts at byte `offset` of its text), between
    /// spaces: a word joined to the one before it.
    pub(crate) fn ampersand(line: &'t str, at: usize, offset: usize) -> Word<'t> {
        Word {
            start: offset + at,
            end: offset + at + 1,
            text: &line[at..at + 1],
            cap: false,
            caps: false,
            digit: false,
            initial: false,
            joined: true,
            possessive: false,
            plural: false,
            label: false,
        }
    }
}

/// The words of `line`, which starts at byte `offset` of its text.
pub fn words(line: &str, offset: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    words_into(line, offset, &mut Masks::default(), &mut out);
    out
}

/// Appends the words of `line` (starting at byte `offset` of its text) to `out`, using
/// `masks` for the line's byte classes.
///
/// A word is a run of letters and digits, joined by `-`, `'`, `’`, `.` or `&` when a letter or
/// digit follows; an abbreviation keeps its final full stop, a possessive `'s` is left out.
pub fn words_into<'t>(line: &'t str, offset: usize, masks: &mut Masks, out: &mut Vec<Word<'t>>) {
    masks.fill(line);
    words_in(line, 0..line.len(), offset, masks, out);
}

/// Appends the words of the line at bytes `range` of `text` to `out`, as [`words_into`] would
/// (at `offset` more than their place in `text`), with `masks` already filled with `text`:
/// one pass over a text's bytes serves all its lines. The line is whole: a newline or the
/// text's start and end bound it.
pub fn words_in<'t>(
    line: &'t str,
    range: std::ops::Range<usize>,
    offset: usize,
    masks: &Masks,
    out: &mut Vec<Word<'t>>,
) {
    let first = out.len();
    let bytes = line.as_bytes();
    let mut gap_start = range.start;
    for Span {
        start,
        mut end,
        cap,
        letters,
        lower,
        digit,
    } in masks.spans_in(range)
    {
        // "U.S." and "W.": an abbreviation keeps its final full stop.
        if bytes.get(end) == Some(&b'.') && is_abbreviation(&line[start..end]) {
            end += 1;
        }
        // A possessive: `'s` or `’s` (or in capitals) after one byte or more.
        let stem_end = match &bytes[start..end] {
            [.., b's' | b'S'] if end - start >= 3 => match &bytes[start..end - 1] {
                [.., _, b'\''] => end - 2,
                [.., _, 0xE2, 0x80, 0x99] => end - 4,
                _ => end,
            },
            _ => end,
        };
        let text = &line[start..stem_end];
        // A word's full stop is an abbreviation's ("U.S."), which ends no sentence: only the
        // gap before a word can ("Mr. Smith" keeps its stop in the gap, "Mr" being no
        // abbreviation).
        let (initial, joined) = if out.len() == first {
            (true, false)
        } else if start == gap_start + 1 && bytes[gap_start] == b' ' {
            // Most gaps are one space: settled without scanning.
            (false, true)
        } else {
            let gap = &line[gap_start..start];
            if let Some(at) = ampersand(gap).map(|at| gap_start + at) {
                // "Marks & Spencer": the ampersand is a word of the name, as "of" would be.
                out.push(Word::ampersand(line, at, offset));
                (false, true)
            } else {
                (
                    ends_sentence(gap),
                    !gap.is_empty() && gap.chars().all(is_space),
                )
            }
        };
        out.push(Word {
            start: offset + start,
            end: offset + stem_end,
            text,
            cap,
            caps: letters && !lower,
            digit,
            initial,
            joined,
            possessive: stem_end < end,
            plural: false,
            label: bytes.get(end) == Some(&b':'),
        });
        gap_start = end;
    }
}

/// Where the `&` of a gap " & " is (spaces on both sides, nothing else). Most gaps are a
/// comma or a full stop and a space: too short to be one, settled by their length.
#[inline]
fn ampersand(gap: &str) -> Option<usize> {
    let g = gap.as_bytes();
    if g.len() < 3 || !matches!(g[0], b' ' | b'\t' | 0xC2) {
        return None;
    }
    let at = g.iter().position(|&b| b == b'&')?;
    let (before, after) = (&gap[..at], &gap[at + 1..]);
    let spaces = |s: &str| !s.is_empty() && s.chars().all(is_space);
    (spaces(before) && spaces(after)).then_some(at)
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

/// Whether the gap before a word ends a sentence: a full stop (an abbreviation's is in its
/// word), `!`, `?`, a colon, an opening quote or bracket, or a dash between spaces.
fn ends_sentence(gap: &str) -> bool {
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
    false
}

/// Words of four letters or more that title-case headlines may leave in lower case.
const TITLE_LOWER: &[&str] = &[
    "with", "from", "into", "over", "onto", "upon", "than", "that", "this", "after", "about",
    "amid", "near", "versus", "says", "said", "will", "have", "were", "been",
];

/// How `line` is set, judged by its letters and words.
pub fn line_case(words: &[Word]) -> LineCase {
    // Words without digits, and of them those in capitals: a line of seven in ten capitals or
    // more is set in capitals. Counted eight words at a time, and no further once the words
    // left could not make it so: were they all capitals (`a` of them), 10 * (caps + a) >=
    // 7 * (plain + a) would need 10 * caps + 3 * a >= 7 * plain.
    let (mut plain, mut caps) = (0usize, 0usize);
    let mut left = words.len();
    let mut capitals = true;
    for chunk in words.chunks(8) {
        for w in chunk {
            // An ampersand is no word of the line's case.
            let counted = !(w.digit || w.text == "&") as usize;
            plain += counted;
            caps += counted & (w.caps || (w.cap && w.text.len() == 1)) as usize;
        }
        left -= chunk.len();
        if 10 * caps + 3 * left < 7 * plain {
            capitals = false;
            break;
        }
    }
    if plain == 0 {
        return LineCase::Prose;
    }
    if capitals && caps * 10 >= plain * 7 && caps >= 2 {
        return LineCase::Capitals;
    }
    // Title case: of the words of four letters or more after the first, most capitalised, and
    // none in lower case but short function words.
    let long = || {
        words
            .iter()
            .skip(1)
            .filter(|w| !w.digit && w.text.len() >= 4)
    };
    if long().any(|w| !w.cap && !TITLE_LOWER.contains(&w.text)) {
        return LineCase::Prose;
    }
    let total = long().count();
    let cap = long().filter(|w| w.cap).count();
    if total < 3 || cap * 10 < total * 8 {
        return LineCase::Prose;
    }
    // A list of names ("Saeed Anwar c Stewart b Gough 33") is capitalised too, but its capitals
    // are names: a headline's are ordinary words ("Meets", "Over", "Plan").
    let ordinary = long()
        .filter(|w| w.cap && super::lexicon::flags_of(w.text).common())
        .count();
    if ordinary * 10 >= cap * 4 {
        LineCase::Title
    } else {
        LineCase::Prose
    }
}

/// The word that ends right before byte `at` of `text`, separated from it only by spaces on
/// the same line, if any.
pub fn word_before(text: &str, at: usize) -> Option<&str> {
    let head = &text[..at];
    let trimmed = head.trim_end_matches(is_space);
    // Only spaces between: "Kerry. Kerry" has a full stop between.
    if trimmed.len() == head.len() || !trimmed.chars().next_back().is_some_and(is_alphanumeric) {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_alphanumeric(c) || matches!(c, '-' | '.' | '\'' | '’'))
        .last()
        .map(|(i, _)| i)?;
    let w = trimmed[start..].trim_start_matches(|c: char| !is_alphanumeric(c));
    (!w.is_empty()).then_some(w)
}

/// The word that starts right after byte `at` of `text`, separated from it only by spaces on
/// the same line, if any.
pub fn word_after(text: &str, at: usize) -> Option<&str> {
    let tail = &text[at..];
    let trimmed = tail.trim_start_matches(is_space);
    if trimmed.len() == tail.len() {
        return None;
    }
    let end = trimmed
        .char_indices()
        .take_while(|&(_, c)| is_alphanumeric(c) || matches!(c, '-' | '\'' | '’'))
        .last()
        .map(|(i, c)| i + c.len_utf8())?;
    let w = &trimmed[..end];
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w);
    (!w.is_empty()).then_some(w)
}

/// Whether `line` is set in capitals: of its letters, seven in ten or more are capitals (and
/// there are a few). A cheap test on bytes, with [`line_case`]'s threshold.
pub fn in_capitals(line: &str) -> bool {
    let (mut upper, mut lower) = (0usize, 0usize);
    for (i, &b) in line.as_bytes().iter().enumerate() {
        upper += b.is_ascii_uppercase() as usize;
        lower += b.is_ascii_lowercase() as usize;
        // Running text gives itself away within a few words.
        if i % 32 == 31 && lower * 4 > upper + 8 {
            return false;
        }
    }
    if upper + lower == 0 {
        // No ASCII letters: count the others.
        for c in line.chars() {
            upper += c.is_uppercase() as usize;
            lower += c.is_lowercase() as usize;
        }
    }
    upper >= 4 && upper * 10 >= (upper + lower) * 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_mark_capitals_sentence_starts_and_possessives() {
        let w = words("Yesterday Russia's envoy met U.S. officials. They left", 0);
        let texts: Vec<&str> = w.iter().map(|w| w.text).collect();
        assert_eq!(
            texts,
            [
                "Yesterday",
                "Russia",
                "envoy",
                "met",
                "U.S.",
                "officials",
                "They",
                "left"
            ]
        );
        assert!(w[0].initial && !w[1].initial && w[1].possessive && w[1].joined);
        assert!(w[4].caps && !w[5].initial && w[6].initial);
    }

    #[test]
    fn lines_in_capitals_and_title_case_are_told_apart() {
        let case = |s: &str| line_case(&words(s, 0));
        assert_eq!(case("SOCCER - JAPAN GET LUCKY WIN"), LineCase::Capitals);
        assert_eq!(
            case("Kerry Meets Lavrov Over Syrian Ceasefire Plan"),
            LineCase::Title
        );
        assert_eq!(
            case("Hewitt to face Labour critics over pensions"),
            LineCase::Prose
        );
    }

    /// `line_case` as first written: every word counted before the line is judged.
    fn line_case_counting_every_word(words: &[Word]) -> LineCase {
        let plain = words.iter().filter(|w| !w.digit).count();
        let caps = words
            .iter()
            .filter(|w| !w.digit && (w.caps || (w.cap && w.text.len() == 1)))
            .count();
        if plain == 0 {
            return LineCase::Prose;
        }
        if caps * 10 >= plain * 7 && caps >= 2 {
            return LineCase::Capitals;
        }
        line_case(words)
    }

    #[test]
    fn counting_stops_only_when_capitals_are_out_of_reach() {
        let mut next = crate::test_rng::below(0x2545_F491_4F6C_DD1D);
        let pieces = [
            "NATO", "U.S.", "the", "Kerry", "Meets", "over", "1996", "G20", "A", "x", "said",
        ];
        for _ in 0..20_000 {
            // Mostly one kind of word, so that lines near the threshold are common.
            let bias = next(pieces.len());
            let line: Vec<&str> = (0..next(70))
                .map(|_| {
                    pieces[if next(3) == 0 {
                        next(pieces.len())
                    } else {
                        bias
                    }]
                })
                .collect();
            let line = line.join(" ");
            let w = words(&line, 0);
            assert_eq!(line_case(&w), line_case_counting_every_word(&w), "{line}");
        }
    }

    #[test]
    fn neighbours_are_words_on_the_same_line_across_spaces_only() {
        let t = "Tate Britain, London Whale\nNext";
        assert_eq!(word_before(t, 5), Some("Tate"));
        assert_eq!(word_after(t, 4), Some("Britain"));
        assert_eq!(word_after(t, 12), None);
        assert_eq!(word_after(t, 26), None);
    }
}

//! Words and lines as name discovery reads them: where each word is, whether it is capitalised,
//! whether it begins a sentence, and whether the line it is in is running text or a headline
//! set in capitals or title case (where a capital says nothing).
//!
//! What must stay true: words are non-empty, in order, on char boundaries, within their line.

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
    /// Only spaces since the previous word of the line (no punctuation).
    pub joined: bool,
    /// Followed by `'s` or `’s` (excluded from `text`).
    pub possessive: bool,
    /// Followed at once by a colon ("Scorers:").
    pub label: bool,
}

/// What one look-up says of a byte, for the word scan.
const ALPHA: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
/// `-`, `'`, `.` and `&`: inside a word when a letter or digit follows.
const JOINER: u8 = 8;
/// The first or a later byte of a char beyond ASCII.
const HIGH: u8 = 16;
const ALNUM: u8 = ALPHA | DIGIT;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALPHA
        } else if c.is_ascii_lowercase() {
            ALPHA | LOWER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if matches!(c, b'-' | b'\'' | b'.' | b'&') {
            JOINER
        } else if c >= 0x80 {
            HIGH
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The words of `line`, which starts at byte `offset` of its text.
pub fn words(line: &str, offset: usize) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    words_into(line, offset, &mut out);
    out
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

/// Whether a letter or digit begins at byte `i` of `s` (a char boundary, or the end).
#[inline]
fn alnum_at(s: &str, i: usize) -> bool {
    match s.as_bytes().get(i) {
        None => false,
        Some(&b) if b < 0x80 => CLASS[b as usize] & ALNUM != 0,
        Some(_) => char_at(s, i).0.is_alphanumeric(),
    }
}

/// Appends the words of `line` (starting at byte `offset` of its text) to `out`.
///
/// A word is a run of letters and digits, joined by `-`, `'`, `’`, `.` or `&` when a letter or
/// digit follows; an abbreviation keeps its final full stop, a possessive `'s` is left out.
/// Most bytes are ASCII and settled by one table look-up; only bytes beyond ASCII are decoded.
pub fn words_into<'t>(line: &'t str, offset: usize, out: &mut Vec<Word<'t>>) {
    let first = out.len();
    let bytes = line.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    let mut gap_start = 0;
    while i < n {
        let c = CLASS[bytes[i] as usize];
        if c & ALNUM == 0 {
            if c & HIGH == 0 {
                i += 1;
                continue;
            }
            let (ch, len) = char_at(line, i);
            if !ch.is_alphanumeric() {
                i += len;
                continue;
            }
        }
        let start = i;
        // Letters, whether one is not a capital, and whether a digit was seen.
        let (mut letters, mut lower, mut digit) = (0usize, false, false);
        while i < n {
            // Eight bytes at a time while they are ASCII letters and digits.
            if let Some(chunk) = bytes.get(i..i + 8) {
                let run = AsciiRun::of(chunk);
                letters += run.letters;
                lower |= run.lower;
                digit |= run.digits > 0;
                i += run.len;
                if run.len == 8 {
                    continue;
                }
                if i >= n {
                    break;
                }
            }
            let b = bytes[i];
            let c = CLASS[b as usize];
            if c & ALNUM != 0 {
                letters += (c & ALPHA) as usize;
                lower |= c & LOWER != 0;
                digit |= c & DIGIT != 0;
                i += 1;
            } else if c & JOINER != 0 {
                if !alnum_at(line, i + 1) {
                    break;
                }
                i += 1;
            } else if c & HIGH != 0 {
                let (ch, len) = char_at(line, i);
                if ch.is_alphanumeric() {
                    // Every capital is a letter (Unicode's Alphabetic includes Uppercase).
                    let alpha = ch.is_alphabetic();
                    letters += alpha as usize;
                    lower |= alpha && !ch.is_uppercase();
                } else if !(ch == '’' && alnum_at(line, i + len)) {
                    break;
                }
                i += len;
            } else {
                break;
            }
        }
        let mut end = i;
        // "U.S." and "W.": an abbreviation keeps its final full stop.
        if bytes.get(end) == Some(&b'.') && is_abbreviation(&line[start..end]) {
            end += 1;
            i = end;
        }
        // A possessive: `'s` or `’s` (or in capitals) after one byte or more.
        let stem_end = match &bytes[start..end] {
            [.., _, b'\'', b's' | b'S'] => end - 2,
            [.., _, 0xE2, 0x80, 0x99, b's' | b'S'] => end - 4,
            _ => end,
        };
        let text = &line[start..stem_end];
        let (initial, joined) = match out[first..].last() {
            None => (true, false),
            // Most gaps are one space: settled without scanning.
            Some(p) if start == gap_start + 1 && bytes[gap_start] == b' ' => {
                (ends_sentence_after(p), true)
            }
            Some(p) => {
                let gap = &line[gap_start..start];
                (
                    ends_sentence(gap, Some(p)),
                    !gap.is_empty() && gap.chars().all(is_space),
                )
            }
        };
        let head = bytes[start];
        out.push(Word {
            start: offset + start,
            end: offset + stem_end,
            text,
            cap: if head < 0x80 {
                head.is_ascii_uppercase()
            } else {
                char_at(text, 0).0.is_uppercase()
            },
            caps: letters >= 2 && !lower,
            digit,
            initial,
            joined,
            possessive: stem_end < end,
            label: bytes.get(end) == Some(&b':'),
        });
        gap_start = end;
    }
}

/// The leading run of ASCII letters and digits of eight bytes: its length, its letters and
/// digits, and whether a letter in it is in lower case.
pub(crate) struct AsciiRun {
    pub len: usize,
    pub letters: usize,
    pub digits: usize,
    pub lower: bool,
}

impl AsciiRun {
    /// Classifies the eight bytes at once, each lane of a `u64` on its own (no lane borrows
    /// from the next, since every lane's top bit is set before subtracting).
    #[inline]
    pub fn of(chunk: &[u8]) -> AsciiRun {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const TOP: u64 = ONES * 0x80;
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or([0; 8]));
        // Top bit of a lane of `v` set where its byte is in `lo..=hi` (ASCII bytes only).
        let ascii = !x & TOP;
        let at_least = |v: u64, lo: u8| ((v | TOP) - ONES * lo as u64) & TOP;
        let range = |v: u64, lo: u8, hi: u8| at_least(v, lo) & !at_least(v, hi + 1) & ascii;
        // With bit 5 set, capitals read as lower case, and no other byte becomes a letter.
        let letters = range(x | (ONES * 0x20), b'a', b'z');
        let lower = range(x, b'a', b'z');
        let digits = range(x, b'0', b'9');
        let word = letters | digits;
        // Lanes are little-endian: the first byte is the lowest.
        let stop = !word & TOP;
        let len = (stop.trailing_zeros() / 8) as usize;
        // Every bit below the first lane that is not a letter or digit (all: none is).
        let keep = (stop & stop.wrapping_neg()).wrapping_sub(1);
        // The lanes' top bits moved to their low bits and summed into the top lane by one
        // multiplication: the baseline x86-64 has no popcount instruction.
        let digits = (((digits & keep) >> 7).wrapping_mul(ONES) >> 56) as usize;
        AsciiRun {
            len,
            letters: len - digits,
            digits,
            lower: lower & keep != 0,
        }
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

/// Words of four letters or more that title-case headlines may leave in lower case.
const TITLE_LOWER: &[&str] = &[
    "with", "from", "into", "over", "onto", "upon", "than", "that", "this", "after", "about",
    "amid", "near", "versus", "says", "said", "will", "have", "were", "been",
];

/// How `line` is set, judged by its letters and words.
pub fn line_case(words: &[Word]) -> LineCase {
    let (mut plain, mut caps) = (0usize, 0usize);
    for w in words.iter().filter(|w| !w.digit) {
        plain += 1;
        caps += (w.caps || (w.cap && w.text.len() == 1)) as usize;
    }
    if plain == 0 {
        return LineCase::Prose;
    }
    if caps * 10 >= plain * 7 && caps >= 2 {
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
    if trimmed.len() == head.len()
        || !trimmed
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '-' | '.' | '\'' | '’'))
        .last()
        .map(|(i, _)| i)?;
    let w = trimmed[start..].trim_start_matches(|c: char| !c.is_alphanumeric());
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
        .take_while(|&(_, c)| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’'))
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
    fn eight_bytes_at_once_count_as_one_at_a_time() {
        for text in [
            "Kerry123",
            "kerry sa",
            "U.S. off",
            "Z9az@[`{",
            "ÄÖ abcde",
            "\x7f09AZaz",
            "abcdefgh",
            "/:@[`{09",
            "G20 talk",
            "",
        ] {
            let mut chunk = [b' '; 8];
            chunk[..text.len().min(8)].copy_from_slice(&text.as_bytes()[..text.len().min(8)]);
            let run = AsciiRun::of(&chunk);
            let len = chunk
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            let head = &chunk[..len];
            assert_eq!(run.len, len, "{text}");
            assert_eq!(
                run.letters,
                head.iter().filter(|b| b.is_ascii_alphabetic()).count()
            );
            assert_eq!(
                run.digits,
                head.iter().filter(|b| b.is_ascii_digit()).count()
            );
            assert_eq!(run.lower, head.iter().any(u8::is_ascii_lowercase), "{text}");
        }
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

    #[test]
    fn neighbours_are_words_on_the_same_line_across_spaces_only() {
        let t = "Tate Britain, London Whale\nNext";
        assert_eq!(word_before(t, 5), Some("Tate"));
        assert_eq!(word_after(t, 4), Some("Britain"));
        assert_eq!(word_after(t, 12), None);
        assert_eq!(word_after(t, 26), None);
    }
}

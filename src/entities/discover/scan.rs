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

fn is_joiner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '.' | '&')
}

/// The words of `line`, which starts at byte `offset` of its text.
pub fn words(line: &str, offset: usize) -> Vec<Word<'_>> {
    let mut out: Vec<Word> = Vec::new();
    let mut it = line.char_indices().peekable();
    let mut gap_start = 0;
    while let Some(&(i, c)) = it.peek() {
        if !c.is_alphanumeric() {
            it.next();
            continue;
        }
        let start = i;
        let mut end = i;
        let mut letters = 0usize;
        let mut upper = 0usize;
        let mut digit = false;
        while let Some(&(j, c)) = it.peek() {
            if c.is_alphanumeric() {
                letters += c.is_alphabetic() as usize;
                upper += c.is_uppercase() as usize;
                digit |= c.is_ascii_digit();
                end = j + c.len_utf8();
                it.next();
            } else if is_joiner(c)
                && line[j + c.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric)
            {
                end = j + c.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        let mut text = &line[start..end];
        // "U.S." and "W.": an abbreviation keeps its final full stop.
        if line[end..].starts_with('.') && is_abbreviation(text) {
            end += 1;
            text = &line[start..end];
            it.next();
        }
        let mut possessive = false;
        for suffix in ["'s", "’s", "'S", "’S"] {
            if let Some(stem) = text.strip_suffix(suffix)
                && !stem.is_empty()
            {
                text = stem;
                possessive = true;
                break;
            }
        }
        let gap = &line[gap_start..start];
        let initial = out.is_empty() && gap.chars().all(|c| !c.is_alphanumeric())
            || ends_sentence(gap, out.last());
        let joined = !out.is_empty() && !gap.is_empty() && gap.chars().all(is_space);
        let first = text.chars().next().unwrap_or(' ');
        out.push(Word {
            start: offset + start,
            end: offset + start + text.len(),
            text,
            cap: first.is_uppercase(),
            caps: letters >= 2 && upper == letters,
            digit,
            initial,
            joined,
            possessive,
            label: line[end..].starts_with(':'),
        });
        gap_start = end;
    }
    out
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}' || c == '\t'
}

/// "U.S", "W", "e.g": single letters between full stops.
fn is_abbreviation(text: &str) -> bool {
    text.split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
}

/// Whether the gap before a word ends a sentence: a full stop (not an abbreviation's), `!`,
/// `?`, a colon, an opening quote or bracket, or a dash between spaces.
fn ends_sentence(gap: &str, prev: Option<&Word>) -> bool {
    if gap.contains([
        '!', '?', ':', ';', '"', '“', '”', '(', '[', '—', '–', '•', '*', '|',
    ]) {
        return true;
    }
    if gap.contains(" - ") || gap.starts_with("- ") {
        return true;
    }
    if gap.contains('.') {
        return true;
    }
    // "Mr. Smith": an abbreviation's full stop is in the word, not the gap; "U.S. officials"
    // goes on, but a sentence may also end with "U.S.", which we cannot tell apart.
    prev.is_some_and(|p| {
        p.text.ends_with('.') && p.text.len() > 3 && !is_abbreviation(p.text.trim_end_matches('.'))
    })
}

/// Words of four letters or more that title-case headlines may leave in lower case.
const TITLE_LOWER: &[&str] = &[
    "with", "from", "into", "over", "onto", "upon", "than", "that", "this", "after", "about",
    "amid", "near", "versus", "says", "said", "will", "have", "were", "been",
];

/// How `line` is set, judged by its letters and words.
pub fn line_case(words: &[Word]) -> LineCase {
    let letters: usize = words.iter().filter(|w| !w.digit).count();
    if letters == 0 {
        return LineCase::Prose;
    }
    let caps = words
        .iter()
        .filter(|w| w.caps || (w.text.chars().count() == 1 && w.cap))
        .count();
    if caps * 10 >= letters * 7 && caps >= 2 {
        return LineCase::Capitals;
    }
    // Title case: of the words of four letters or more after the first, most capitalised.
    let long: Vec<&Word> = words
        .iter()
        .skip(1)
        .filter(|w| !w.digit && w.text.chars().count() >= 4)
        .collect();
    // A list of names ("Saeed Anwar c Stewart b Gough 33") is capitalised too, but its capitals
    // are names: a headline's are ordinary words ("Meets", "Over", "Plan").
    let cap: Vec<&&Word> = long.iter().filter(|w| w.cap).collect();
    let ordinary = cap
        .iter()
        .filter(|w| super::lexicon::is_common(&w.text.to_lowercase()))
        .count();
    // Headlines lower-case only short function words; a sentence has lower-case words.
    let lower_content = long
        .iter()
        .filter(|w| !w.cap && !TITLE_LOWER.contains(&w.text))
        .count();
    if long.len() >= 3
        && lower_content == 0
        && cap.len() * 10 >= long.len() * 8
        && ordinary * 10 >= cap.len() * 4
    {
        return LineCase::Title;
    }
    LineCase::Prose
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

    #[test]
    fn neighbours_are_words_on_the_same_line_across_spaces_only() {
        let t = "Tate Britain, London Whale\nNext";
        assert_eq!(word_before(t, 5), Some("Tate"));
        assert_eq!(word_after(t, 4), Some("Britain"));
        assert_eq!(word_after(t, 12), None);
        assert_eq!(word_after(t, 26), None);
    }
}

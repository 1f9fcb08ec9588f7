//! Titles in quotation marks: a film, book, song or programme is named in quotes and in title
//! case ("It Was Just an Accident", “The Secret Agent”), which speech in quotes is not (“We
//! have our differences”). Such a title is a name of the `misc` kind.
//!
//! What must stay true: a title is the whole text between an opening and a closing mark on
//! one line, two to eight words of letters, digits, apostrophes and hyphens, each capitalised
//! but for short function words; nothing else is returned.

/// Words a title in title case leaves in lower case.
const SMALL: &[&str] = &[
    "a", "an", "the", "of", "in", "and", "for", "to", "on", "at", "with", "by", "from", "or", "as",
    "but", "nor", "de", "la", "le", "du", "von", "van",
];

/// The longest title looked at, in bytes.
const LONGEST: usize = 80;

/// The quoted titles of `text`, with their number of words.
pub fn titles(text: &str) -> impl Iterator<Item = (&str, usize)> {
    let b = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(found) = memchr::memchr2(b'"', 0xE2, &b[at..]) {
            let open = at + found;
            let (inner_start, close_mark): (usize, &[u8]) = match &b[open..] {
                [b'"', ..] => (open + 1, b"\""),
                [0xE2, 0x80, 0x9C, ..] => (open + 3, "\u{201d}".as_bytes()),
                _ => {
                    at = open + 1;
                    continue;
                }
            };
            // An opening mark follows a space, a bracket or the start of a line.
            let opens = open == 0 || matches!(b[open - 1], b' ' | b'\n' | b'(' | b'\t');
            let window = &b[inner_start..b.len().min(inner_start + LONGEST + 3)];
            let Some(len) = memchr::memmem::find(window, close_mark) else {
                at = inner_start;
                continue;
            };
            let inner = &text[inner_start..inner_start + len];
            at = inner_start + len + close_mark.len();
            if opens && let Some(words) = title_words(inner) {
                return Some((inner, words));
            }
        }
        None
    })
}

/// The number of words of `inner` when it reads as a title.
fn title_words(inner: &str) -> Option<usize> {
    if inner.len() > LONGEST || inner.contains('\n') || inner.starts_with(' ') {
        return None;
    }
    let mut n = 0;
    for (k, word) in inner.split(' ').enumerate() {
        let mut chars = word.chars();
        let first = chars.next()?;
        let fits = |c: char| c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-');
        if !first.is_alphanumeric() || !chars.all(fits) {
            return None;
        }
        let small = SMALL.contains(&word);
        if !(first.is_uppercase() || first.is_ascii_digit() || (small && k > 0)) {
            return None;
        }
        n += 1;
    }
    (2..=8).contains(&n).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_in_quotes_are_found_and_speech_is_not() {
        let text = "He won for \"It Was Just an Accident\" and \u{201c}The Secret Agent\u{201d}. \
                    She said \u{201c}We have our differences\u{201d} and \"Yes\", then \
                    \"Stop It.\" and \"Gen Z\" voters.";
        let found: Vec<(&str, usize)> = titles(text).collect();
        assert_eq!(
            found,
            [
                ("It Was Just an Accident", 5),
                ("The Secret Agent", 3),
                ("Gen Z", 2)
            ]
        );
    }

    #[test]
    fn marks_without_a_close_or_inside_words_give_nothing() {
        assert_eq!(titles("a 12\" pipe and \"Open Road").count(), 0);
        assert_eq!(titles("x\"The Thing\" and \u{201c}").count(), 0);
        assert_eq!(titles("\u{2019}s \u{201c}").count(), 0);
    }
}

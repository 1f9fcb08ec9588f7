//! Word wrapping by display width: what the reader does once per article and width.
//!
//! What must stay true: every returned range lies on `char` boundaries, ranges are in order and
//! do not overlap, no line is wider than `width` columns unless a single character is, and every
//! non-space character of the text is inside some range (nothing is lost).

use std::ops::Range;
use unicode_width::UnicodeWidthChar;

/// The display width of `c` in a terminal (0 for zero-width characters).
fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// The display width of `s` in columns.
pub fn display_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Splits `text` into display lines of at most `width` columns: at `\n`, then greedily at
/// spaces, then (for a word wider than the line) between characters. Returns byte ranges;
/// an empty line is an empty range.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut start = 0;
    for para in text.split('\n') {
        wrap_paragraph(para, start, width, &mut lines);
        start += para.len() + 1;
    }
    lines
}

fn wrap_paragraph(para: &str, offset: usize, width: usize, out: &mut Vec<Range<usize>>) {
    if para.is_empty() {
        out.push(offset..offset);
        return;
    }
    let mut line_start = 0; // byte offset in para of the current line
    let mut line_width = 0;
    let mut last_space: Option<usize> = None; // byte offset of the last space on this line
    let mut iter = para.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let w = char_width(c);
        if line_width + w > width && i > line_start {
            if c == ' ' {
                // The space itself is the break: drop it.
                out.push(offset + line_start..offset + i);
                line_start = i + 1;
                line_width = 0;
                last_space = None;
                continue;
            }
            match last_space {
                Some(sp) if sp > line_start => {
                    out.push(offset + line_start..offset + sp);
                    line_start = sp + 1;
                    line_width = display_width(&para[line_start..i]);
                    // What followed the space may still not leave room for a wide char.
                    if line_width + w > width && i > line_start {
                        out.push(offset + line_start..offset + i);
                        line_start = i;
                        line_width = 0;
                    }
                }
                _ => {
                    out.push(offset + line_start..offset + i);
                    line_start = i;
                    line_width = 0;
                }
            }
            last_space = None;
        }
        if c == ' ' {
            last_space = Some(i);
        }
        line_width += w;
        if iter.peek().is_none() {
            out.push(offset + line_start..offset + para.len());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn breaks_at_spaces_and_keeps_blank_lines() {
        assert_eq!(
            lines("the quick brown fox\n\njumps", 10),
            ["the quick", "brown fox", "", "jumps"]
        );
    }

    #[test]
    fn splits_a_word_longer_than_the_line() {
        assert_eq!(lines("abcdefghij", 4), ["abcd", "efgh", "ij"]);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        // Each CJK character is two columns wide: three fit in 6 columns, not six.
        assert_eq!(lines("日本語の新聞記事", 6), ["日本語", "の新聞", "記事"]);
        assert!(
            lines("Ευρώπη 日本 🎉 news", 5)
                .iter()
                .all(|l| display_width(l) <= 5)
        );
    }

    #[test]
    fn a_wide_character_after_the_break_at_a_space_still_fits() {
        // The space comes first, so breaking there leaves a line as wide as the width,
        // before the two columns of the emoji.
        for line in lines("\u{20d0} abcdefghi\u{1faf0}x", 10) {
            assert!(display_width(line) <= 10, "{line:?}");
        }
    }

    #[test]
    fn a_character_wider_than_the_line_still_shows() {
        assert_eq!(lines("日本", 1), ["日", "本"]);
    }

    #[test]
    fn nothing_is_lost() {
        let text = "Lavrov told Kerry on Wednesday that “normal cooperation is impossible”.";
        for width in 1..40 {
            let joined: String = lines(text, width).concat();
            assert_eq!(
                joined.replace(' ', ""),
                text.replace(' ', ""),
                "width {width}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn ranges_are_ordered_on_boundaries_and_fit(text in "\\PC{0,200}", width in 1usize..30) {
            let mut prev_end = 0;
            for r in wrap(&text, width) {
                proptest::prop_assert!(r.start >= prev_end && r.start <= r.end);
                proptest::prop_assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                let line = &text[r.clone()];
                proptest::prop_assert!(display_width(line) <= width || line.chars().count() == 1);
                prev_end = r.end;
            }
        }
    }
}

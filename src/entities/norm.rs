//! The normalised view of a text that the automaton scans: every run of white space (line
//! breaks, tabs, no-break spaces, several spaces) becomes one ASCII space, so a name written
//! across a line break still matches its dictionary spelling.
//!
//! What must stay true: a byte offset of the view that starts (or ends) a non-space character
//! maps back to the offset where that character starts (ends) in the original text, on a char
//! boundary. Offsets move only at collapsed runs, so the map is a short sorted list.

/// A text with white-space runs collapsed, and the way back to original offsets.
pub(crate) struct Normalized {
    /// The view the automaton scans.
    pub text: String,
    /// `(view offset, original offset - view offset)` from each point where the shift changes.
    shifts: Vec<(usize, usize)>,
}

impl Normalized {
    pub fn new(src: &str) -> Normalized {
        let bytes = src.as_bytes();
        let mut text = String::with_capacity(src.len());
        let mut shifts = Vec::new();
        let mut copied = 0; // src[..copied] has been handled
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            let run_len = if b == b' ' {
                // A single space needs no work: the common case stays a plain copy.
                if bytes
                    .get(i + 1)
                    .is_none_or(|&n| n != b' ' && !n.is_ascii_whitespace() && n < 0x80)
                {
                    i += 1;
                    continue;
                }
                whitespace_run(&src[i..])
            } else if b.is_ascii_whitespace() || (b >= 0xC0 && starts_unicode_space(&src[i..])) {
                // 0xC0.. are the lead bytes of multi-byte chars, so `i` is a char boundary here.
                whitespace_run(&src[i..])
            } else {
                i += 1;
                continue;
            };
            text.push_str(&src[copied..i]);
            text.push(' ');
            let after = i + run_len;
            if run_len != 1 {
                shifts.push((text.len(), after - text.len()));
            }
            copied = after;
            i = after;
        }
        text.push_str(&src[copied..]);
        Normalized { text, shifts }
    }

    /// The original offset of view offset `at`, which must start a non-space char.
    pub fn start(&self, at: usize) -> usize {
        at + self.shift(at)
    }

    /// The original offset of view offset `at`, which must end a non-space char.
    pub fn end(&self, at: usize) -> usize {
        // The last byte of the char before `at` shares that char's shift.
        at + self.shift(at.saturating_sub(1))
    }

    fn shift(&self, at: usize) -> usize {
        match self.shifts.partition_point(|&(from, _)| from <= at) {
            0 => 0,
            n => self.shifts[n - 1].1,
        }
    }
}

fn starts_unicode_space(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_whitespace)
}

/// Length in bytes of the white-space run at the start of `s` (0 if none).
fn whitespace_run(s: &str) -> usize {
    s.char_indices()
        .find(|&(_, c)| !c.is_whitespace())
        .map_or(s.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(src: &str, word: &str) -> (usize, usize) {
        let n = Normalized::new(src);
        let at = n.text.find(word).unwrap();
        (n.start(at), n.end(at + word.len()))
    }

    #[test]
    fn runs_collapse_and_map_back() {
        let src = "Russia’s\n\nForeign \t Ministry said";
        let n = Normalized::new(src);
        assert_eq!(n.text, "Russia’s Foreign Ministry said");
        let (s, e) = roundtrip(src, "Foreign Ministry");
        assert_eq!(&src[s..e], "Foreign \t Ministry");
        let (s, e) = roundtrip(src, "said");
        assert_eq!(&src[s..e], "said");
    }

    #[test]
    fn single_line_breaks_and_no_break_spaces_become_spaces() {
        let src = "a\nb\u{a0}c  d";
        assert_eq!(Normalized::new(src).text, "a b c d");
        let (s, e) = roundtrip(src, "d");
        assert_eq!(&src[s..e], "d");
        let (s, e) = roundtrip(src, "c");
        assert_eq!(&src[s..e], "c");
    }

    #[test]
    fn leading_and_trailing_runs() {
        let src = "\n\n  x é\u{2003}\u{2003}y \n";
        let n = Normalized::new(src);
        assert_eq!(n.text, " x é y ");
        let (s, e) = roundtrip(src, "y");
        assert_eq!(&src[s..e], "y");
    }
}

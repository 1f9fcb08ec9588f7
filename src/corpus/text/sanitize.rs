//! Sanitizing text for display: whatever a file contains, nothing that reaches the terminal can
//! move the cursor, change colours, set the window title or reorder text.
//!
//! What must stay true: the output holds no C0 control except `\n`, no DEL, no C1 control, no
//! ESC, no bidi override/isolate control and no BOM; every printable character (CJK, emoji, ZWJ)
//! is kept. Whole escape sequences are removed, not just their ESC, so no parameter debris such
//! as `[31m` is left behind. Never panics.

use std::borrow::Cow;

const ESC: char = '\u{1b}';
const BEL: char = '\u{07}';
/// The 8-bit String Terminator.
const ST: char = '\u{9c}';

/// Returns `s` without control characters, escape sequences, bidi controls or BOMs; tabs become
/// spaces and U+2028/U+2029 become line breaks. Public so the UI can clean anything it shows.
pub fn sanitize(s: &str) -> String {
    sanitize_cow(s).into_owned()
}

/// Like [`sanitize`], but borrows when there is nothing to remove (the common case), so loading a
/// large corpus does not copy every clean body.
pub(crate) fn sanitize_cow(s: &str) -> Cow<'_, str> {
    if !needs_work(s.as_bytes()) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{2028}' | '\u{2029}' => out.push('\n'),
            ESC => skip_escape(&mut chars),
            '\u{9b}' => skip_csi(&mut chars),
            '\u{9d}' | '\u{90}' | '\u{98}' | '\u{9e}' | '\u{9f}' => skip_string(&mut chars),
            c if is_removed(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `s` as a message may quote it: every character [`sanitize`] would drop or change (and line
/// breaks, which would split a one-line message) written as a visible escape, `\x1b` below
/// U+0080 and `\u{202e}` above, so that an error names a bad value exactly and the terminal
/// acts on none of it. Borrows when there is nothing to escape.
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    let escaped = |c: char| is_removed(c) || matches!(c, '\u{2028}' | '\u{2029}');
    if !s.chars().any(escaped) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            c if !escaped(c) => out.push(c),
            c if (c as u32) < 0x80 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
        }
    }
    Cow::Owned(out)
}

/// Characters dropped on their own (escape introducers are handled before this is asked).
pub(crate) fn is_removed(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// A byte-level pre-check: exactly whether `b` holds something [`sanitize_cow`] changes (a test
/// checks it). A branch-free test per 64-byte block (the compiler vectorises it) finds controls
/// and the lead bytes of the characters beyond ASCII that it changes; only in a block with such
/// a lead byte are they found by SIMD search, each looked at with the bytes after it. News text
/// is full of curly quotes (`E2 80 9C`), so a lead byte alone tells little.
pub(crate) fn needs_work(b: &[u8]) -> bool {
    let control = |x: u8| ((x < 0x20) & (x != b'\n')) | (x == 0x7f);
    let mut start = 0;
    b.chunks(64).any(|block| {
        let at = start;
        start += block.len();
        let suspect = (block.iter()).fold(false, |acc, &x| {
            acc | control(x) | (x == 0xc2) | (x == 0xe2) | (x == 0xef)
        });
        suspect
            && (block.iter().fold(false, |acc, &x| acc | control(x))
                || memchr::memchr3_iter(0xc2, 0xe2, 0xef, block).any(|i| changed_at(b, at + i)))
    })
}

/// Whether the character beyond ASCII that starts at `b[i]` is one [`sanitize_cow`] changes:
/// C1 controls (C2 80..C2 9F), U+2028/9 and U+202A..E (E2 80 A8..AE), U+2066..9 (E2 81
/// A6..A9), U+FEFF (EF BB BF).
pub(crate) fn changed_at(b: &[u8], i: usize) -> bool {
    let next = (b.get(i + 1).copied(), b.get(i + 2).copied());
    match b[i] {
        0xc2 => matches!(next.0, Some(0x80..=0x9f)),
        0xe2 => matches!(
            next,
            (Some(0x80), Some(0xa8..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))
        ),
        _ => next == (Some(0xbb), Some(0xbf)),
    }
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

/// After an ESC: consume the rest of the sequence it starts, whatever its kind. A lone ESC (at
/// the end, or before a non-ASCII character) is simply dropped.
fn skip_escape(chars: &mut Chars) {
    match chars.peek().copied() {
        Some('[') => {
            chars.next();
            skip_csi(chars);
        }
        Some(']' | 'P' | 'X' | '^' | '_') => {
            chars.next();
            skip_string(chars);
        }
        Some('\u{20}'..='\u{2f}') => {
            // nF sequences such as `ESC ( B`: intermediates, then one final byte.
            while chars
                .next_if(|c| ('\u{20}'..='\u{2f}').contains(c))
                .is_some()
            {}
            chars.next_if(|c| ('\u{30}'..='\u{7e}').contains(c));
        }
        Some('\u{30}'..='\u{7e}') => {
            chars.next();
        }
        _ => {}
    }
}

/// A CSI body: parameter and intermediate bytes up to one final byte. Stops early, without
/// consuming it, at anything a terminal would not accept inside CSI, so text after a broken
/// sequence survives.
fn skip_csi(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        match c {
            '\u{20}'..='\u{3f}' => {
                chars.next();
            }
            '\u{40}'..='\u{7e}' => {
                chars.next();
                return;
            }
            _ => return,
        }
    }
}

/// An OSC/DCS/SOS/PM/APC payload, up to BEL or ST (`ESC \` or U+009C). Unterminated strings also
/// end at a line break, which is kept: a stray introducer must not swallow a whole article.
fn skip_string(chars: &mut Chars) {
    while let Some(&c) = chars.peek() {
        match c {
            '\n' => return,
            BEL | ST => {
                chars.next();
                return;
            }
            // `ESC \` ends the string; any other ESC ends it too, as in a terminal, and
            // starts a sequence of its own, left for the caller to remove whole.
            ESC => {
                let mut ahead = chars.clone();
                ahead.next();
                if ahead.peek() == Some(&'\\') {
                    chars.next();
                    chars.next();
                }
                return;
            }
            _ => {
                chars.next();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn clean_text_is_borrowed_and_unchanged() {
        let s = "Лавров и Керри 会谈 👩‍👩‍👧 “quoted” — fine\nsecond line";
        assert!(matches!(sanitize_cow(s), Cow::Borrowed(_)));
        assert_eq!(sanitize(s), s);
    }

    #[test]
    fn csi_sequences_are_removed_whole() {
        assert_eq!(sanitize("a\x1b[31mred\x1b[0m b"), "ared b");
        assert_eq!(sanitize("x\x1b[2J\x1b[1;1Hy"), "xy");
        assert_eq!(sanitize("x\x1b[?1049hy"), "xy");
    }

    #[test]
    fn osc_sequences_are_removed_with_either_terminator() {
        assert_eq!(sanitize("a\x1b]0;evil title\x07b"), "ab");
        assert_eq!(
            sanitize("a\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\b"),
            "alinkb"
        );
    }

    #[test]
    fn dcs_apc_pm_sos_strings_are_removed() {
        assert_eq!(sanitize("a\x1bPq#0;2;0;0;0\x1b\\b"), "ab");
        assert_eq!(sanitize("a\x1b_payload\x1b\\b"), "ab");
        assert_eq!(sanitize("a\x1b^pm\x1b\\b"), "ab");
        assert_eq!(sanitize("a\x1bXsos\x1b\\b"), "ab");
    }

    #[test]
    fn two_byte_and_charset_escapes_are_removed() {
        assert_eq!(sanitize("a\x1bcb"), "ab");
        assert_eq!(sanitize("a\x1b7b\x1b8"), "ab");
        assert_eq!(sanitize("a\x1b(Bb"), "ab");
    }

    #[test]
    fn eight_bit_c1_forms_are_removed() {
        assert_eq!(sanitize("a\u{9b}31mb"), "ab");
        assert_eq!(sanitize("a\u{9d}0;title\u{9c}b"), "ab");
        assert_eq!(sanitize("a\u{85}b\u{90}dcs\u{9c}c"), "abc");
    }

    #[test]
    fn c0_controls_go_tabs_become_spaces_newlines_stay() {
        assert_eq!(sanitize("a\x00b\x07c\x08d\re\tf\ng\x7f"), "abcde f\ng");
    }

    #[test]
    fn bidi_controls_and_bom_go_but_zwj_stays() {
        assert_eq!(
            sanitize("\u{feff}abc\u{202e}cba\u{202c} \u{2066}x\u{2069}"),
            "abccba x"
        );
        assert_eq!(sanitize("👨\u{200d}💻"), "👨\u{200d}💻");
    }

    #[test]
    fn an_escape_inside_a_string_starts_a_sequence_of_its_own() {
        // The second OSC is unterminated: like a terminal, it hides the rest of its line, and
        // none of its introducer is left behind.
        assert_eq!(sanitize("before \x1b]0;A \x1b]0;B visible"), "before ");
        assert_eq!(sanitize("a\x1b]0;T\x1b[31mred\x1b[0m"), "ared");
        assert_eq!(sanitize("a\x1b]0;T\x1b\\b"), "ab");
    }

    #[test]
    fn messages_show_controls_as_escapes() {
        assert!(matches!(
            escape_controls("plain ID"),
            Cow::Borrowed("plain ID")
        ));
        assert_eq!(escape_controls("\x1b[2J"), "\\x1b[2J");
        assert_eq!(
            escape_controls("a\u{9b}b\u{202e}c\nd\u{7}"),
            "a\\u{9b}b\\u{202e}c\\x0ad\\x07"
        );
        assert_eq!(escape_controls("Zoë 北京"), "Zoë 北京");
    }

    #[test]
    fn lone_or_truncated_escapes_at_the_end() {
        assert_eq!(sanitize("end\x1b"), "end");
        assert_eq!(sanitize("end\x1b["), "end");
        assert_eq!(sanitize("end\x1b[12;"), "end");
        assert_eq!(sanitize("end\x1b]unterminated"), "end");
    }

    #[test]
    fn controls_are_found_at_any_offset_across_blocks() {
        for n in 0..140 {
            let pad = "a".repeat(n);
            for bad in ["\u{202e}", "\x1b[1m", "\u{85}", "\u{feff}", "\x07"] {
                let s = format!("{pad}{bad}z");
                assert_eq!(sanitize(&s), format!("{pad}z"), "{n} {bad:?}");
            }
        }
    }

    #[test]
    fn unterminated_string_stops_at_the_line_break() {
        assert_eq!(sanitize("a\x1b]junk\nnext line"), "a\nnext line");
    }

    proptest! {
        #[test]
        fn the_pre_check_is_exact(
            parts in proptest::collection::vec(
                prop_oneof![
                    prop::sample::select(vec![
                        "’", "—", "“", "\u{2028}", "\u{202e}", "\u{2066}", "\u{2069}",
                        "\u{206a}", "\u{feff}", "\u{fefe}", "\u{85}", "\u{a0}", "é", "\n", "\t",
                        "\x7f", "\x1b",
                    ])
                    .prop_map(String::from),
                    "[a-z ]{0,70}",
                ],
                0..6,
            )
        ) {
            let s = parts.concat();
            let changes = s
                .chars()
                .any(|c| c != '\n' && (is_removed(c) || matches!(c, '\u{2028}' | '\u{2029}')));
            prop_assert_eq!(needs_work(s.as_bytes()), changes, "{:?}", s);
        }

        #[test]
        fn sanitized_output_has_no_controls(s in any::<String>()) {
            let out = sanitize(&s);
            for c in out.chars() {
                prop_assert!(c == '\n' || !is_removed(c), "{:?} left in {:?}", c, out);
            }
        }

        #[test]
        fn sanitized_terminal_noise_has_no_controls(
            parts in proptest::collection::vec(
                prop_oneof![
                    Just("\x1b".to_string()), Just("\x1b[".to_string()), Just("\x1b]".to_string()),
                    Just("\u{9b}".to_string()), Just("\u{9d}".to_string()), Just("\x07".to_string()),
                    Just("\u{202e}".to_string()), Just("\\".to_string()), "[ -~]{0,4}",
                    any::<char>().prop_map(String::from),
                ],
                0..24,
            )
        ) {
            let s = parts.concat();
            let out = sanitize(&s);
            prop_assert!(out.chars().all(|c| c == '\n' || !is_removed(c)), "{:?}", out);
        }
    }
}

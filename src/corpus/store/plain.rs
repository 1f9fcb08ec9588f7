//! Whether building an article from a raw text keeps every run of ASCII letters and digits as
//! the raw text spells it (case aside), so that a word of letters and digits missing from the
//! raw text is missing from the article. A one-shot `'word` query then passes over, unbuilt,
//! the raw texts that lack the word (most of a big dump).
//!
//! A text is plain when it has no character reference, no markup, nothing to sanitize and, in
//! a JSON line, no escape that could give a letter, a digit or a character building drops.
//! Each text is looked at 64 bytes at a time for the few bytes that can start such a thing
//! (`crate::ascii::suspects`), and only those are looked at closely: on news text this is one
//! pass where five searches were made before.
//!
//! What must stay true: `false` whenever building might join or spell letters differently;
//! `false` may also be said of a plain text (it only costs a build). The tests hold both
//! functions to the searches they replace, which say exactly this.

use crate::ascii::suspects;
use crate::corpus::text::sanitize::{changed_at, is_removed};

/// Whether the JSON record whose line is `raw` is plain: besides what [`text_is_plain`]
/// excludes, a JSON escape may only be a line break, tab, quote, slash or backslash, or a `\u`
/// escape of a character beyond ASCII that stays; and a `[` must start a string (`["…`, a JSON
/// list), which a string's own `[` never does.
pub(crate) fn raw_is_plain(raw: &str) -> bool {
    plain(raw.as_bytes(), true)
}

/// Whether the text of a plain-text file is plain: no character reference, no `*`, `<` or `[`
/// markup, nothing to sanitize. Its title and text then take their words of letters and digits
/// from the text and, for an untitled one, the file's name.
pub(crate) fn text_is_plain(text: &str) -> bool {
    plain(text.as_bytes(), false)
}

fn plain(b: &[u8], json: bool) -> bool {
    // Escapes are read from the left: the second `\` of `\\` starts none.
    let mut escaped_to = 0;
    let mut tail = [b' '; 64];
    for (n, block) in b.chunks(64).enumerate() {
        let block: &[u8; 64] = match block.try_into() {
            Ok(whole) => whole,
            Err(_) => {
                tail[..block.len()].copy_from_slice(block);
                &tail
            }
        };
        let mut mask = suspects(block);
        while mask != 0 {
            let i = n * 64 + mask.trailing_zeros() as usize;
            mask &= mask - 1;
            let ok = match b[i] {
                b'\\' if !json => true,
                b'\\' if i < escaped_to => true,
                b'\\' => match escape_len(b, i) {
                    Some(len) => {
                        escaped_to = i + len;
                        true
                    }
                    None => false,
                },
                b'[' => json && b.get(i + 1) == Some(&b'"'),
                b'\n' => true,
                0xc2 | 0xe2 | 0xef => !changed_at(b, i),
                _ => false,
            };
            if !ok {
                return false;
            }
        }
    }
    true
}

/// The length of the escape at `b[i]` (a `\`) when it keeps letters and digits as they are:
/// `\n`, `\t`, `\"`, `\/`, `\\`, or a `\u` of a character beyond ASCII that stays.
fn escape_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i + 1)? {
        b'n' | b't' | b'"' | b'/' | b'\\' => Some(2),
        b'u' => {
            let hex = std::str::from_utf8(b.get(i + 2..i + 6)?).ok()?;
            let cp = u32::from_str_radix(hex, 16).ok()?;
            let kept = cp >= 0x80 && !char::from_u32(cp).is_some_and(is_removed);
            kept.then_some(6)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::text::sanitize::needs_work;

    /// The five searches the one pass replaced, as they were.
    fn raw_is_plain_by_searches(raw: &str) -> bool {
        let b = raw.as_bytes();
        if !plain_but_brackets(b) {
            return false;
        }
        let list_start = |i: usize| b.get(i + 1) == Some(&b'"');
        if !memchr::memchr_iter(b'[', b).all(list_start) {
            return false;
        }
        let mut at = 0;
        while let Some(i) = memchr::memchr(b'\\', &b[at..]).map(|i| at + i) {
            at = i + 2;
            match b.get(i + 1) {
                Some(b'n' | b't' | b'"' | b'/' | b'\\') => {}
                Some(b'u') => {
                    let kept = (b.get(i + 2..i + 6))
                        .and_then(|h| u32::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok())
                        .is_some_and(|cp| {
                            cp >= 0x80 && !char::from_u32(cp).is_some_and(is_removed)
                        });
                    if !kept {
                        return false;
                    }
                    at = i + 6;
                }
                _ => return false,
            }
        }
        true
    }

    fn text_is_plain_by_searches(text: &str) -> bool {
        let b = text.as_bytes();
        plain_but_brackets(b) && memchr::memchr(b'[', b).is_none()
    }

    fn plain_but_brackets(b: &[u8]) -> bool {
        memchr::memchr3(b'&', b'*', b'<', b).is_none() && !needs_work(b)
    }

    /// Random texts of the pieces that decide plainness, in every position of a 64-byte block
    /// (the edges of blocks included): the one pass says what the searches said.
    #[test]
    fn one_pass_agrees_with_the_searches() {
        const PIECES: &[&str] = &[
            "word ", "Flurry", "\\n", "\\t", "\\\"", "\\/", "\\\\", "\\u2019", "\\u00e9",
            "\\u0066", "\\u0085", "\\u202e", "\\u2066", "\\ufeff", "\\uFEFF", "\\ud83d", "\\u12",
            "\\uzzzz", "\\b", "\\r", "\\x", "\\", "[\"", "[", "[x", "&", "*", "<", "\u{2019}",
            "\u{85}", "\u{a0}", "\u{2028}", "\u{202e}", "\u{2069}", "\u{feff}", "\u{ef}", "é",
            "\t", "\r", "\n", "\u{7f}", "\u{1}", "x",
        ];
        let mut next = crate::test_rng::below(0x9E37_79B9_7F4A_7C15u64);
        let (mut plain_json, mut plain_text) = (0, 0);
        for _ in 0..20_000 {
            let filler = "a".repeat(next(70));
            let text: String = std::iter::once(filler.as_str())
                .chain((0..next(5)).map(|_| PIECES[next(PIECES.len())]))
                .collect();
            let want = raw_is_plain_by_searches(&text);
            assert_eq!(raw_is_plain(&text), want, "{text:?}");
            plain_json += usize::from(want);
            let want = text_is_plain_by_searches(&text);
            assert_eq!(text_is_plain(&text), want, "{text:?}");
            plain_text += usize::from(want);
        }
        // Both answers are common.
        assert!((2_000..18_000).contains(&plain_json), "{plain_json}");
        assert!((2_000..18_000).contains(&plain_text), "{plain_text}");
    }
}

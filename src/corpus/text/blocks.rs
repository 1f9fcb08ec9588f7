//! Markdown's block structure, one line at a time: list items (`- `, `* `, `+ `, `• `, `1. `,
//! `1) `), block quotes (`> `), fenced code (```` ``` ```` or `~~~`) and rules (`---`), which
//! `clean` lays out as a reader expects: one item per line, quotes set apart, code verbatim.
//!
//! What must stay true: a line is only taken for a block when it has the exact shape (a bullet
//! followed by a space, a number of one to three digits), so prose that starts with "-5 degrees"
//! or "2016. The year" is prose; never panics on any input.

/// What a line is in the block structure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Ordinary text: a paragraph's line or a heading.
    Text,
    /// A list item, its text starting with its marker (`• `, `1. `).
    Item,
    /// A line of a block quote, without its `>`.
    Quote,
    /// A line of a fenced code block, verbatim.
    Code,
}

/// A fence that opens a code block: its character and length (a closing fence must match).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fence {
    ch: u8,
    len: usize,
}

/// "```rust", "~~~~" → the fence they open.
pub(crate) fn fence_open(line: &str) -> Option<Fence> {
    let b = line.as_bytes();
    let ch = *b.first().filter(|&&c| c == b'`' || c == b'~')?;
    let len = b.iter().take_while(|&&c| c == ch).count();
    // A backtick fence's info string has no backtick ("```inline``` code" is not a fence).
    let info_ok = ch == b'~' || !line[len..].contains('`');
    (len >= 3 && info_ok).then_some(Fence { ch, len })
}

/// Whether `line` (trimmed) closes the block `open` opened.
pub(crate) fn fence_closes(line: &str, open: Fence) -> bool {
    let b = line.as_bytes();
    b.len() >= open.len && b.iter().all(|&c| c == open.ch)
}

/// `---`, `***`, `* * *`, `___`: a thematic break, shown as the blank it is.
pub(crate) fn is_rule(line: &str) -> bool {
    let mut chars = line.chars().filter(|c| *c != ' ');
    let Some(first) = chars.next().filter(|c| matches!(c, '-' | '*' | '_')) else {
        return false;
    };
    let mut n = 1;
    for c in chars {
        if c != first {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// A list item: (its marker as shown, the item's text). `• ` for bullets, the number as
/// written for an ordered list.
pub(crate) fn item(line: &str) -> Option<(&str, &str)> {
    for bullet in ["- ", "* ", "+ ", "• ", "· "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            let rest = rest.trim_start();
            return (!rest.is_empty()).then_some(("•", rest));
        }
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=3).contains(&digits) {
        return None;
    }
    let after = &line[digits..];
    let rest = after
        .strip_prefix(". ")
        .or_else(|| after.strip_prefix(") "))?
        .trim_start();
    (!rest.is_empty()).then_some((&line[..digits + 1], rest))
}

/// A block quote line: its text without the `>` marks (nested quotes read as one level).
pub(crate) fn quote(line: &str) -> Option<&str> {
    let mut rest = line.strip_prefix('>')?;
    while let Some(r) = rest.trim_start().strip_prefix('>') {
        rest = r;
    }
    Some(rest.trim())
}

/// Whether the first character of a trimmed line may start a block (the cheap test done on
/// every line before the others).
pub(crate) fn may_start_block(line: &str) -> bool {
    match line.as_bytes() {
        [
            b'-' | b'*' | b'+' | b'>' | b'`' | b'~' | b'_' | b'0'..=b'9',
            ..,
        ] => true,
        // "• " and "· ", but not the quotation marks that open many lines of news text.
        [0xe2, 0x80, 0xa2, ..] | [0xc2, 0xb7, ..] => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_items_in_their_shapes() {
        assert_eq!(item("- Geneva talks"), Some(("•", "Geneva talks")));
        assert_eq!(item("* Aleppo"), Some(("•", "Aleppo")));
        assert_eq!(item("• Kerry"), Some(("•", "Kerry")));
        assert_eq!(item("12. Lavrov"), Some(("12.", "Lavrov")));
        assert_eq!(item("3) Putin"), Some(("3)", "Putin")));
        for not in [
            "-5 degrees",
            "2016. The year",
            "**bold**",
            "- ",
            "1.5 million",
            "-",
        ] {
            assert_eq!(item(not), None, "{not}");
        }
    }

    #[test]
    fn quotes_fences_and_rules() {
        assert_eq!(quote("> We will not yield."), Some("We will not yield."));
        assert_eq!(quote("> > nested"), Some("nested"));
        assert_eq!(quote(">"), Some(""));
        assert_eq!(quote("a > b"), None);
        let open = fence_open("```rust").unwrap();
        assert!(fence_closes("```", open) && !fence_closes("~~~", open));
        assert!(fence_open("``not a fence``").is_none());
        assert!(fence_open("```a`b").is_none());
        assert!(fence_open("~~~~").is_some());
        assert!(may_start_block("• x") && may_start_block("· x") && may_start_block("1. x"));
        assert!(!may_start_block("“Quoted”") && !may_start_block("Text"));
        for rule in ["---", "***", "* * *", "_____"] {
            assert!(is_rule(rule), "{rule}");
        }
        for not in ["--", "-*-", "--- a", ""] {
            assert!(!is_rule(not), "{not}");
        }
    }
}

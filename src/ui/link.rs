//! Terminal hyperlinks (OSC 8) in a ratatui buffer. The link's escape and its visible text go
//! into the first cell, which is told how many columns it covers
//! ([`CellDiffOption::ForcedWidth`]): ratatui then moves the cursor past them itself, so the
//! escape's bytes never count as columns and the rest of the row stays where it is drawn.
//!
//! What must stay true: only a URL of printable ASCII without spaces becomes a link (nothing in
//! it can end the escape early or reach the terminal as a control); the text shown is exactly
//! what was in the cells.

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use std::num::NonZeroU16;

/// Makes the cells of `row` (one row of `buf`, as already drawn) a hyperlink to `url`.
pub fn hyperlink(buf: &mut Buffer, row: Rect, url: &str) {
    let printable = url.bytes().all(|b| b.is_ascii_graphic());
    let Some(width) = NonZeroU16::new(row.width) else {
        return;
    };
    if !printable || url.is_empty() {
        return;
    }
    let mut text = String::new();
    for x in row.left()..row.right() {
        if let Some(cell) = buf.cell((x, row.y)) {
            text.push_str(cell.symbol());
        }
    }
    if let Some(first) = buf.cell_mut((row.x, row.y)) {
        first.set_symbol(&format!("\x1b]8;;{url}\x1b\\{text}\x1b]8;;\x1b\\"));
        first.set_diff_option(CellDiffOption::ForcedWidth(width));
    }
}

/// Whether the terminal (by `$TERM`) is one that takes hyperlinks or ignores them cleanly;
/// the Linux console and dumb terminals print them as junk.
pub fn supported(term: Option<&str>) -> bool {
    !matches!(term, None | Some("" | "dumb" | "linux" | "vt100" | "vt220"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::buffer::Cell;

    #[test]
    fn the_first_cell_carries_the_link_and_covers_the_text() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        buf.set_string(0, 0, "x.org/a…", ratatui::style::Style::new());
        hyperlink(&mut buf, Rect::new(0, 0, 8, 1), "https://x.org/abc");
        let first: &Cell = &buf[(0, 0)];
        assert_eq!(
            first.symbol(),
            "\x1b]8;;https://x.org/abc\x1b\\x.org/a…\x1b]8;;\x1b\\"
        );
        assert_eq!(
            first.diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(8).unwrap())
        );
        // The diff sends the link once and skips the cells it covers.
        let prev = Buffer::empty(Rect::new(0, 0, 10, 1));
        let sent: Vec<u16> = prev.diff(&buf).iter().map(|(x, _, _)| *x).collect();
        assert_eq!(sent, [0]);
    }

    #[test]
    fn the_linux_console_gets_no_links() {
        assert!(supported(Some("xterm-256color")));
        assert!(supported(Some("tmux-256color")));
        assert!(!supported(Some("linux")));
        assert!(!supported(None));
    }

    #[test]
    fn a_url_with_control_characters_or_spaces_is_no_link() {
        for url in [
            "https://x.org/\x1b\\evil",
            "https://x.org/a b",
            "https://x.org/ä",
        ] {
            let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
            buf.set_string(0, 0, "x", ratatui::style::Style::new());
            hyperlink(&mut buf, Rect::new(0, 0, 10, 1), url);
            assert_eq!(buf[(0, 0)].symbol(), "x");
        }
    }
}

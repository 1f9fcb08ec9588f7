//! The help overlay (`?`): every key, from the keymap's own table, and the query language.

use crate::app::AppState;
use crate::app::keymap::{FILTER_HELP, HELP};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

/// The query language, one line per term.
const QUERY_HELP: &[(&str, &str)] = &[
    ("word", "fuzzy match of title, source or author"),
    ("'word", "exact text in title or body"),
    ("^word  word$", "title starts / ends with it"),
    ("@name", "mentions that entity (@lav, @\"john kerry\")"),
    ("source:tass", "source contains it"),
    ("date:2016-09  date:A..B", "date prefix / range"),
    ("is:copy  !is:copy", "near-copies only / copies collapsed"),
    ("!term  a | b", "not / either"),
];

/// How many lines the help has.
pub fn line_count() -> usize {
    // Three sections, each with a title and a blank line after, the line on `~`, and the
    // closing hint.
    HELP.len() + FILTER_HELP.len() + QUERY_HELP.len() + 3 * 2 + 1 + 1
}

/// Draws the overlay centred in `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState) {
    let theme = &state.theme;
    let key_w = 22;
    let mut lines = Vec::new();
    let mut section = |title: &'static str, rows: &[(&'static str, &'static str)]| {
        lines.push(Line::styled(title, theme.title()));
        for (k, what) in rows {
            lines.push(Line::from(vec![
                Span::styled(format!("  {k:key_w$}"), theme.key()),
                Span::raw(*what),
            ]));
        }
        lines.push(Line::raw(""));
    };
    section("Keys", HELP);
    section("Filter bar", FILTER_HELP);
    section(
        "Query language (terms separated by spaces must all match)",
        QUERY_HELP,
    );
    // Under the keys: what the entity panel's `~` means.
    lines.insert(
        1 + HELP.len(),
        Line::from(vec![
            Span::styled(format!("  {:key_w$}", "~"), theme.key()),
            Span::raw("a name found in your articles, not a dictionary's"),
        ]),
    );
    lines.push(Line::styled(
        "? or Esc closes this help; j k scroll it",
        theme.dim(),
    ));
    debug_assert_eq!(lines.len(), line_count());

    let w = area.width.min(90);
    let h = area.height.min(lines.len() as u16 + 2);
    let popup = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    frame.render_widget(Clear, popup);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.focused_border())
        .title(" Help ");
    let rows = h.saturating_sub(2) as usize;
    let scroll = state.help_scroll.min(lines.len().saturating_sub(rows)) as u16;
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll, 0)),
        popup,
    );
}

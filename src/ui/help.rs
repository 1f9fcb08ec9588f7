//! The help overlay (`?`): every key, from the keymap's own table, and the query language.

use crate::app::AppState;
use crate::app::keymap::{FILTER_HELP, HELP};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Wrap};

/// The query language, one line per term.
const QUERY_HELP: &[(&str, &str)] = &[
    ("word", "a word (or its start) of title or text, one typo"),
    ("", "allowed; else fuzzy title, source or author"),
    ("'word", "exact text in title or body"),
    ("^word  word$", "title starts / ends with it"),
    ("@name", "mentions that entity (@lav, @\"john kerry\")"),
    ("source:tass", "source contains it"),
    ("date:2016-09  date:A..B", "date prefix / range"),
    ("is:unread  is:starred", "not read yet / starred"),
    ("!term  a | b", "not / either"),
];

/// How many lines the help has, with `user_keys` keys bound in the config file.
pub fn line_count(user_keys: usize) -> usize {
    // Three sections, each with a title and a blank line after, the line on `~`, and the
    // closing hint; the user's keys, when there are any, a section of their own.
    let user = if user_keys > 0 { user_keys + 2 } else { 0 };
    HELP.len() + FILTER_HELP.len() + QUERY_HELP.len() + 3 * 2 + 1 + 1 + user
}

/// "J  next article; scroll a line": a key the user bound, with what it does.
fn user_key(key: &str, action: &str) -> (String, String) {
    let what = crate::app::settings::ACTIONS
        .iter()
        .find(|a| a.0 == action)
        .map_or("does nothing (unbound)", |a| a.1);
    (key.to_string(), what.to_string())
}

/// Draws the overlay centred in `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState) {
    let theme = &state.theme;
    let key_w = 22;
    let mut lines = Vec::new();
    if !state.user_keys.is_empty() {
        lines.push(Line::styled(
            "Your keys (config.toml), before those below",
            theme.title(),
        ));
        for (k, a) in &state.user_keys {
            let (k, what) = user_key(k, a);
            lines.push(Line::from(vec![
                Span::styled(format!("  {k:key_w$}"), theme.key()),
                Span::raw(what),
            ]));
        }
        lines.push(Line::raw(""));
    }
    let keys_at = lines.len();
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
        keys_at + 1 + HELP.len(),
        Line::from(vec![
            Span::styled(format!("  {:key_w$}", "~"), theme.key()),
            Span::raw("a name found in your articles, not a dictionary's"),
        ]),
    );
    lines.push(Line::styled(
        "? or Esc closes this help; j k scroll it",
        theme.dim(),
    ));
    debug_assert_eq!(lines.len(), line_count(state.user_keys.len()));

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

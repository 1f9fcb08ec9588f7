//! The help overlay (`?`): every key, from the keymap's own table, and the query language.
//!
//! What must stay true: a key never runs into its description, at any width; a description
//! too long for its line wraps under itself (a hanging indent), and on a very narrow screen it
//! goes under its key.

use crate::app::AppState;
use crate::app::keymap::{FILTER_HELP, HELP};
use crate::document::{display_width, wrap};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// The query language, one line per term.
const QUERY_HELP: &[(&str, &str)] = &[
    (
        "word",
        "a word (or its start) of title or text, one typo allowed; else fuzzy title, source or author",
    ),
    ("'word", "exact text in title or body"),
    ("^word  word$", "title starts / ends with it"),
    ("@name", "mentions that entity (@lav, @\"john kerry\")"),
    ("source:tass", "source contains it"),
    ("date:2016-09  date:A..B", "date prefix / range"),
    ("is:unread  is:starred", "not read yet / starred"),
    ("is:copy  !is:copy", "near-copies only / copies collapsed"),
    ("!term  a | b", "not / either"),
];

/// Under the keys: what the entity panel's `~` means.
const FOUND: (&str, &str) = ("~", "a name found in your articles, not a dictionary's");

/// The widest the overlay gets.
const MAX_WIDTH: u16 = 90;

/// One line of the help, before styling.
enum Row {
    /// A section title.
    Title(String),
    /// A key (on the first line of its entry only) and a piece of its description.
    Entry(Option<String>, String),
    /// Between sections.
    Blank,
    /// The closing hint.
    Hint,
}

/// "J  next article; scroll a line": a key the user bound, with what it does.
fn user_key(key: &str, action: &str) -> (String, String) {
    let what = crate::app::settings::ACTIONS
        .iter()
        .find(|a| a.0 == action)
        .map_or("does nothing (unbound)", |a| a.1);
    (key.to_string(), what.to_string())
}

/// The help laid out inside an overlay `inner` columns wide, with the keys the user bound in
/// the config file (key, action name) first.
fn rows(inner: usize, user_keys: &[(String, String)]) -> Vec<Row> {
    let owned = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter()
            .map(|(k, w)| (k.to_string(), w.to_string()))
            .collect()
    };
    let mut sections: Vec<(&'static str, Vec<(String, String)>)> = Vec::new();
    if !user_keys.is_empty() {
        let keys = user_keys.iter().map(|(k, a)| user_key(k, a)).collect();
        sections.push(("Your keys (config.toml), before those below", keys));
    }
    sections.push(("Keys", owned(&[HELP, &[FOUND]].concat())));
    sections.push(("Filter bar", owned(FILTER_HELP)));
    sections.push((
        "Query language (terms separated by spaces must all match)",
        owned(QUERY_HELP),
    ));
    let key_w = sections
        .iter()
        .flat_map(|(_, entries)| entries.iter().map(|(k, _)| display_width(k)))
        .max()
        .unwrap_or(0);
    // Two columns of margin, the key, two of gap; the description after, if it has room.
    let beside = inner.saturating_sub(key_w + 4) >= 24;
    let (desc_w, desc_x) = if beside {
        (inner - key_w - 5, key_w + 4)
    } else {
        (inner.saturating_sub(7).max(1), 6)
    };
    let mut out = Vec::new();
    for (title, entries) in sections {
        for piece in wrap(title, inner.max(1)) {
            out.push(Row::Title(title[piece].to_string()));
        }
        for (key, what) in entries {
            if !beside {
                out.push(Row::Entry(Some(key.clone()), String::new()));
            }
            for (n, piece) in wrap(&what, desc_w).into_iter().enumerate() {
                let key = (beside && n == 0).then(|| key.clone());
                let text = format!("{:desc_x$}{}", "", &what[piece]);
                out.push(Row::Entry(key, text));
            }
        }
        out.push(Row::Blank);
    }
    out.push(Row::Hint);
    out
}

/// How many lines the help has on a terminal `width` columns wide, with `user_keys` bound in
/// the config file.
pub fn line_count(width: u16, user_keys: &[(String, String)]) -> usize {
    rows(inner_width(width), user_keys).len()
}

fn inner_width(width: u16) -> usize {
    width.min(MAX_WIDTH).saturating_sub(2) as usize
}

/// Draws the overlay centred in `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState) {
    let theme = &state.theme;
    let lines: Vec<Line> = rows(inner_width(area.width), &state.user_keys)
        .into_iter()
        .map(|row| match row {
            Row::Title(t) => Line::styled(t, theme.title()),
            Row::Entry(key, text) => {
                let mut spans = vec![Span::raw(text)];
                if let Some(key) = key {
                    // The key over the margin of its first line.
                    let rest: String = spans[0]
                        .content
                        .chars()
                        .skip(2 + key.chars().count())
                        .collect();
                    spans = vec![
                        Span::raw("  "),
                        Span::styled(key, theme.key()),
                        Span::styled(rest, Style::new()),
                    ];
                }
                Line::from(spans)
            }
            Row::Blank => Line::raw(""),
            Row::Hint => Line::styled("? or Esc closes this help; j k scroll it", theme.dim()),
        })
        .collect();

    let w = area.width.min(MAX_WIDTH);
    let h = area.height.min(lines.len() as u16 + 2);
    let popup = super::centred(area, w, h);
    frame.render_widget(Clear, popup);
    let block = super::overlay_block(state, " Help ");
    let rows = h.saturating_sub(2) as usize;
    let scroll = state.help_scroll.min(lines.len().saturating_sub(rows)) as u16;
    frame.render_widget(
        Paragraph::new(lines).block(block).scroll((scroll, 0)),
        popup,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each line as text.
    fn text(inner: usize) -> Vec<String> {
        rows(inner, &[])
            .into_iter()
            .map(|r| match r {
                Row::Title(t) => t,
                Row::Entry(Some(k), text) => {
                    format!(
                        "  {k}{}",
                        text.chars().skip(2 + k.chars().count()).collect::<String>()
                    )
                }
                Row::Entry(None, text) => text,
                Row::Blank | Row::Hint => String::new(),
            })
            .collect()
    }

    #[test]
    fn keys_never_run_into_their_descriptions() {
        for inner in [20, 40, 58, 78, 88] {
            for line in text(inner) {
                assert!(!line.contains("A..Bdate"), "{inner}: {line}");
                assert!(display_width(&line) <= inner.max(30), "{inner}: '{line}'");
            }
        }
    }

    #[test]
    fn narrow_help_wraps_with_a_hanging_indent() {
        let lines = text(58);
        let at = lines
            .iter()
            .position(|l| l.contains("zoom: the focused"))
            .unwrap();
        let indent = lines[at].find("zoom").unwrap();
        let next = &lines[at + 1];
        assert_eq!(next.len() - next.trim_start().len(), indent, "{next}");
        // Very narrow: the description goes under its key.
        let lines = text(24);
        let at = lines
            .iter()
            .position(|l| l.trim() == "date:2016-09  date:A..B")
            .unwrap();
        assert!(
            lines[at + 1].starts_with("      date prefix"),
            "{}",
            lines[at + 1]
        );
    }
}

//! The filter bar and the status bar.

use super::truncate;
use crate::app::{AppState, Pane};
use crate::document::display_width;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// The filter bar: `/` and the query, the cursor while editing, a parse error (or an `@name`
/// that names no entity, with the nearest names) on the right.
pub fn filter(frame: &mut Frame, area: Rect, state: &AppState) {
    let theme = &state.theme;
    let text = &state.filter.text;
    let mut spans = vec![Span::styled("/", theme.key())];
    // The term that does not parse is marked where it is.
    match &state.filter_error {
        Some(e) if text.get(e.span.clone()).is_some() => {
            spans.push(Span::raw(text[..e.span.start].to_string()));
            spans.push(Span::styled(
                text[e.span.clone()].to_string(),
                theme
                    .error()
                    .add_modifier(ratatui::style::Modifier::UNDERLINED),
            ));
            spans.push(Span::raw(text[e.span.end..].to_string()));
        }
        _ => spans.push(Span::raw(text.clone())),
    }
    let problem =
        (state.filter_error.as_ref().map(|e| e.to_string())).or_else(|| state.filter_hint.clone());
    if let Some(problem) = problem {
        let room = (area.width as usize).saturating_sub(display_width(&state.filter.text) + 4);
        spans.push(Span::raw("   "));
        spans.push(Span::styled(truncate(&problem, room), theme.error()));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
    if state.editing {
        let before = display_width(&state.filter.text[..state.filter.cursor]) as u16;
        let x = (area.x + 1 + before).min(area.right().saturating_sub(1));
        frame.set_cursor_position(Position::new(x, area.y));
    }
}

/// The status bar: shown/total, the focused pane, the hints that matter there, and warnings.
pub fn status(frame: &mut Frame, area: Rect, state: &AppState) {
    let theme = &state.theme;
    let total = state.articles.len();
    let count = if state.view.len() == total && state.filter.text.is_empty() {
        format!(" {total} articles ")
    } else {
        let more = if state.complete { "" } else { "…" };
        format!(" {}/{total}{more} ", state.view.len())
    };
    let hints: &[(&str, &str)] = if state.entity_view.is_some() {
        &[
            ("↑/↓", "move"),
            ("Tab", "sort"),
            ("Enter", "filter"),
            ("Esc", "close"),
        ]
    } else if state.editing {
        &[
            ("Enter", "keep"),
            ("Esc", "clear"),
            ("@…Tab", "complete"),
            ("^U", "clear line"),
            ("^W", "word"),
        ]
    } else if state.related.open {
        &[
            ("j/k", "move / scroll"),
            ("Enter", "side by side"),
            ("Esc", "back"),
            ("r", "close"),
        ]
    } else if state.compare.open {
        &[
            ("Tab", "panel"),
            ("h/l j/k", "move"),
            ("Enter", "list them / quotes"),
            ("/", "filter"),
            ("c", "close"),
        ]
    } else {
        match state.focus {
            Pane::List => &[
                ("j/k", "move"),
                ("Enter", "read"),
                ("/", "filter"),
                ("e", "entities"),
                ("?", "help"),
                ("q", "quit"),
            ],
            Pane::Reader => &[
                ("j/k", "scroll"),
                ("Space/b", "page"),
                ("n/N", "hit"),
                ("h", "list"),
                ("?", "help"),
                ("q", "quit"),
            ],
            Pane::Entities => &[
                ("j/k", "move"),
                ("Enter", "filter"),
                ("a", "add ~"),
                ("x", "not a name"),
                ("t", "kind"),
                ("n/N", "mention"),
                ("e", "hide"),
            ],
        }
    };
    let mut spans = vec![
        Span::styled(count, theme.status()),
        Span::raw(" "),
        Span::styled(
            if state.compare.open {
                "compare"
            } else if state.related.open {
                "related"
            } else {
                state.focus.name()
            },
            theme.key(),
        ),
        Span::raw(" "),
    ];
    match (&state.message, &state.notice) {
        (Some((text, true)), _) => spans.push(Span::styled(format!("{text} "), theme.error())),
        (Some((text, false)), _) => spans.push(Span::styled(format!("{text} "), theme.title())),
        // `!` before it: the key that shows every warning in full.
        (None, Some(notice)) => {
            spans.push(Span::styled("! ", theme.key()));
            spans.push(Span::styled(format!("{notice} "), theme.error()));
        }
        (None, None) => {}
    }
    if let Some(progress) = &state.indexing {
        spans.push(Span::styled(format!("{progress} "), theme.title()));
    }
    if state.notice.is_none() && !state.warnings.is_empty() {
        let n = state.warnings.len();
        let what = if n == 1 { "warning" } else { "warnings" };
        spans.push(Span::styled(" !", theme.error()));
        spans.push(Span::raw(format!(" {n} {what}")));
    }
    for (key, what) in hints {
        spans.push(Span::styled(format!(" {key}"), theme.key()));
        spans.push(Span::raw(format!(" {what}")));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

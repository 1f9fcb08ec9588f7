//! Drawing: a pure function of `&AppState` onto a ratatui frame. Nothing here changes state;
//! the layout comes from `app::layout`, the styles from [`theme`].

mod bars;
pub mod colors;
mod compare;
mod complete;
mod entity_panel;
mod entity_view;
mod help;
pub mod link;
mod list;
mod reader;
mod related;
pub mod theme;
mod warnings;

pub use help::line_count as help_lines;

use crate::app::{AppState, Pane};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, BorderType, Borders};

/// Draws the whole screen.
pub fn draw(frame: &mut Frame, state: &AppState) {
    let areas = state.areas();
    // The compare and related views go over the panes, above the filter and status bars.
    let bottom = [areas.filter, areas.status]
        .iter()
        .flatten()
        .map(|r| r.y)
        .min();
    let full = frame.area();
    let over = Rect {
        height: bottom.map_or(full.height, |y| y.saturating_sub(full.y)),
        ..full
    };
    if state.compare.open {
        compare::draw(frame, over, state);
    } else if state.related.open {
        related::draw(frame, over, state);
    } else {
        if let Some(r) = areas.list {
            list::draw(frame, r, state);
        }
        if let Some(r) = areas.reader {
            reader::draw(frame, r, state);
        }
        if let Some(r) = areas.entities {
            entity_panel::draw(frame, r, state);
        }
    }
    if let Some(r) = areas.filter {
        bars::filter(frame, r, state);
        complete::draw(frame, r, state);
    }
    if let Some(r) = areas.status {
        bars::status(frame, r, state);
    }
    if let Some(view) = &state.entity_view {
        let main = Rect {
            height: frame.area().height.saturating_sub(1),
            ..frame.area()
        };
        entity_view::draw(frame, main, state, view);
    }
    if state.help {
        help::draw(frame, frame.area(), state);
    } else if state.warnings_open {
        warnings::draw(frame, frame.area(), state);
    }
}

/// The bordered block of a pane, its border bright when it has focus.
fn pane_block<'a>(
    state: &AppState,
    pane: Pane,
    title: impl Into<ratatui::text::Line<'a>>,
) -> Block<'a> {
    bordered(state, state.focus == pane, title)
}

/// A rounded bordered block, its border bright when `focused`.
fn bordered<'a>(
    state: &AppState,
    focused: bool,
    title: impl Into<ratatui::text::Line<'a>>,
) -> Block<'a> {
    let style = if focused {
        state.theme.focused_border()
    } else {
        state.theme.border()
    };
    Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(style)
        .title(title)
}

/// The rounded block of an overlay (help, warnings, entity view), its border bright.
fn overlay_block<'a>(state: &AppState, title: impl Into<ratatui::text::Line<'a>>) -> Block<'a> {
    Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(state.theme.focused_border())
        .title(title)
}

/// A `w` x `h` rectangle centred in `area` (both at most its size).
fn centred(area: Rect, w: u16, h: u16) -> Rect {
    let (w, h) = (w.min(area.width), h.min(area.height));
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The inside of a bordered pane.
fn inner(area: Rect) -> Rect {
    Block::new().borders(Borders::ALL).inner(area)
}

/// `s` cut to at most `width` columns, with `…` when cut.
fn truncate(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    if crate::document::display_width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    if width > 0 {
        out.push('…');
    }
    out
}

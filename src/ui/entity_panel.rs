//! The entity panel: the selected article's entities, most mentioned first, with kind and count.
//! A name found in the collection, not in a dictionary, is drawn in its own style and marked
//! `~` after the name; its kind is the one chosen with `t`, if any.

use super::{inner, pane_block, truncate};
use crate::app::{AppState, Pane};
use crate::entities::Origin;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

/// Draws the entity panel into `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState) {
    let rows = state.entity_rows();
    frame.render_widget(
        pane_block(state, Pane::Entities, format!(" Entities {} ", rows.len())),
        area,
    );
    let inner = inner(area);
    let width = inner.width as usize;
    let theme = &state.theme;
    let matcher = state.index.matcher();
    // The count column fits the largest count (the first row has it: most mentioned first).
    let count_w = rows
        .iter()
        .map(|r| r.1)
        .max()
        .unwrap_or(0)
        .to_string()
        .len();
    // Name, its `~` mark, a space, the kind (6) and a space, the count.
    let name_w = width.saturating_sub(count_w + 9);
    let mut lines = vec![Line::styled(
        format!("{:w$} kind   {:>count_w$}", "name", "n", w = name_w + 1),
        theme.dim(),
    )];
    if rows.is_empty() {
        lines.push(Line::styled("no entities", theme.dim()));
    }
    for (pos, &(id, count)) in rows
        .iter()
        .enumerate()
        .skip(state.entity_offset)
        .take(inner.height.saturating_sub(1) as usize)
    {
        let entity = matcher.entity(id);
        let kind = state.kind_of(id);
        let name = truncate(&entity.name, name_w);
        let pad = name_w.saturating_sub(crate::document::display_width(&name));
        let mark = match entity.origin {
            Origin::Corpus => "~",
            Origin::Dictionary => " ",
        };
        let mut line = Line::from(vec![
            Span::styled(name, theme.mention(kind, entity.origin)),
            Span::styled(mark, theme.key()),
            Span::raw(format!(
                "{} {:6} {count:>count_w$}",
                " ".repeat(pad),
                kind.name()
            )),
        ]);
        if pos == state.entity_selected {
            line = line.patch_style(theme.selected(state.focus == Pane::Entities));
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

//! The names an `@` word in the filter bar could be completed to: a small popup just above the
//! bar, under the word, the one `Tab` put in place marked.

use super::truncate;
use crate::app::AppState;
use crate::document::display_width;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph};

/// Draws the candidates above `bar` (the filter bar), if there are any to show.
pub fn draw(frame: &mut Frame, bar: Rect, state: &AppState) {
    let Some(c) = state.completion.as_ref().filter(|_| state.editing) else {
        return;
    };
    let theme = &state.theme;
    let matcher = state.index.matcher();
    let counts = state.index.article_counts();
    let rows: Vec<(String, &str, Option<u32>)> = c
        .candidates
        .iter()
        .map(|&id| {
            let e = matcher.entity(id);
            let n = counts.map(|c| c[id as usize]);
            (e.name.clone(), state.kind_of(id).name(), n)
        })
        .collect();
    let count_w = rows
        .iter()
        .filter_map(|r| r.2)
        .map(|n| n.to_string().len())
        .max()
        .unwrap_or(0);
    let name_w = rows
        .iter()
        .map(|r| display_width(&r.0))
        .max()
        .unwrap_or(0)
        .min(40);
    // Name, kind, count, each a space apart, and the border.
    let want = (name_w + 1 + 6 + if count_w > 0 { count_w + 1 } else { 0 } + 2) as u16;
    let w = want.min(bar.width);
    let h = (rows.len() as u16 + 2).min(bar.y);
    if w < 8 || h < 3 {
        return;
    }
    let before = display_width(&state.filter.text[..c.word.start.min(state.filter.text.len())]);
    let x = (bar.x + 1 + before as u16).min(bar.right().saturating_sub(w));
    let area = Rect::new(x, bar.y - h, w, h);
    let name_w = (w as usize - 2).saturating_sub(7 + if count_w > 0 { count_w + 1 } else { 0 });
    let lines: Vec<Line> = rows
        .iter()
        .enumerate()
        .map(|(i, (name, kind, n))| {
            let name = truncate(name, name_w);
            let pad = name_w.saturating_sub(display_width(&name));
            let count = n.map_or(String::new(), |n| format!(" {n:>count_w$}"));
            let line = Line::from(vec![
                Span::raw(format!("{name}{} ", " ".repeat(pad))),
                Span::styled(format!("{kind:6}"), theme.dim()),
                Span::raw(count),
            ]);
            if c.chosen == Some(i) {
                line.patch_style(theme.selected(true))
            } else {
                line
            }
        })
        .collect();
    frame.render_widget(Clear, area);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_type(BorderType::Rounded)
        .border_style(theme.border())
        .title(" Tab ");
    frame.render_widget(Paragraph::new(lines).block(block), area);
}

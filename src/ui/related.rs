//! The related articles view (`r`): the list of related articles with why, and two articles
//! side by side with the passages they share marked and what only one of them has.

use std::ops::Range;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{bordered, truncate};
use crate::app::AppState;
use crate::app::related::SideBySide;

/// Draws the view over `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState) {
    let view = &state.related;
    if let Some(side) = &view.side {
        return side_by_side(frame, area, state, side);
    }
    let me = &state.articles[view.article];
    let title = format!(
        " Related to: {} ",
        truncate(me.title(), area.width.saturating_sub(20) as usize)
    );
    let block = bordered(state, true, title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let Some(items) = &view.items else {
        frame.render_widget(Paragraph::new("finding related articles…"), inner);
        return;
    };
    if items.is_empty() {
        frame.render_widget(
            Paragraph::new("no other article shares a name with this one"),
            inner,
        );
        return;
    }
    let matcher = state.index.matcher();
    let per = 2usize;
    let rows = (inner.height as usize / per).max(1);
    let first = view.selected.saturating_sub(rows - 1);
    for (k, r) in items.iter().enumerate().skip(first).take(rows) {
        let a = &state.articles[r.article as usize];
        let y = inner.y + ((k - first) * per) as u16;
        let style = if k == view.selected {
            state.theme.selected(true)
        } else {
            state.theme.title()
        };
        let head = Line::from(vec![
            Span::raw(format!("{:>4.0}%  ", r.score * 100.0)),
            Span::styled(
                format!("{:10}  ", a.date().unwrap_or("")),
                state.theme.date(),
            ),
            Span::styled(
                format!("{}  ", a.source().unwrap_or("")),
                state.theme.source(),
            ),
            Span::styled(a.title().to_string(), style),
        ]);
        frame.render_widget(Paragraph::new(head), Rect::new(inner.x, y, inner.width, 1));
        let names: Vec<&str> = r
            .shared
            .iter()
            .take(8)
            .map(|&e| matcher.entity(e).name.as_str())
            .collect();
        let why = format!(
            "       shares {}; {:.0}% of the text",
            names.join(", "),
            r.text * 100.0
        );
        if y + 1 < inner.bottom() {
            let p = Paragraph::new(truncate(&why, inner.width as usize)).style(state.theme.dim());
            frame.render_widget(p, Rect::new(inner.x, y + 1, inner.width, 1));
        }
    }
}

/// The two articles in two panes, scrolled together, with a strip of what only each has.
fn side_by_side(frame: &mut Frame, area: Rect, state: &AppState, side: &SideBySide) {
    let [left, right] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(area);
    for (k, pane) in [left, right].into_iter().enumerate() {
        let a = &state.articles[side.articles[k]];
        let block = bordered(
            state,
            k == 0,
            format!(
                " {} ",
                truncate(a.title(), pane.width.saturating_sub(4) as usize)
            ),
        );
        let inner = block.inner(pane);
        frame.render_widget(block, pane);
        let matcher = state.index.matcher();
        let ents: Vec<&str> = side.only_entities[k]
            .iter()
            .map(|&e| matcher.entity(e).name.as_str())
            .collect();
        let mut strip = vec![Line::from(vec![
            Span::styled("only here: ", state.theme.key()),
            Span::raw(if ents.is_empty() {
                "no other names".into()
            } else {
                ents.join(", ")
            }),
        ])];
        if !side.only_speakers[k].is_empty() {
            strip.push(Line::from(vec![
                Span::styled("quoted only here: ", state.theme.key()),
                Span::raw(side.only_speakers[k].join(", ")),
            ]));
        }
        let strip_h = (inner.height / 4).clamp(1, 5);
        let [text_area, strip_area] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(strip_h)]).areas(inner);
        let text = marked(a.text(), &side.shared[k], state);
        let p = Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .scroll((side.scroll as u16, 0));
        frame.render_widget(p, text_area);
        frame.render_widget(Paragraph::new(strip).wrap(Wrap { trim: true }), strip_area);
    }
}

/// `text` as lines, the byte ranges `marks` (sorted, on char boundaries) in the shared style.
fn marked<'a>(text: &'a str, marks: &[Range<usize>], state: &AppState) -> Vec<Line<'a>> {
    let mut lines = Vec::new();
    let mut at = 0;
    for line in text.split('\n') {
        let (start, end) = (at, at + line.len());
        at = end + 1;
        let mut spans = Vec::new();
        let mut pos = start;
        for m in marks.iter().filter(|m| m.start < end && m.end > start) {
            let (s, e) = (m.start.max(start), m.end.min(end));
            if s > pos {
                spans.push(Span::raw(&text[pos..s]));
            }
            spans.push(Span::styled(&text[s..e], state.theme.shared()));
            pos = e;
        }
        if pos < end {
            spans.push(Span::raw(&text[pos..end]));
        }
        lines.push(Line::from(spans));
    }
    lines
}

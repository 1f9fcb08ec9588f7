//! The reader pane: the selected article's wrapped lines from the cache in `app::Reader`, only
//! the visible ones styled, with a scrollbar and a legend of the entity colours. The URL stays
//! on one line, shortened with `…`, and is a terminal hyperlink when the terminal takes them.

use super::{inner, pane_block, truncate};
use crate::app::{AppState, Pane};
use crate::document::display_width;
use crate::entities::{Kind, Origin};
use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState};
use std::ops::Range;

/// Draws the reader pane into `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState) {
    let reader = &state.reader;
    let total = reader.lines.len();
    let position = if total <= reader.height {
        String::new()
    } else {
        let pct = (reader.scroll + reader.height).min(total) * 100 / total.max(1);
        format!(" {pct}% ")
    };
    let mut block =
        pane_block(state, Pane::Reader, " Reader ").title_top(Line::from(position).right_aligned());
    // The legend only where it fits whole: cut, it would name kinds wrongly.
    let legend = legend(state);
    if legend.width() + 2 <= area.width as usize {
        block = block.title_bottom(legend.right_aligned());
    }
    frame.render_widget(block, area);
    let inner = inner(area);
    // A column of margin on the left, the scrollbar on the right.
    let text_area = Rect {
        x: inner.x + 1,
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let doc = &reader.doc;
    let mut link_row = None;
    let lines: Vec<Line> = reader
        .lines
        .iter()
        .skip(reader.scroll)
        .take(inner.height as usize)
        .enumerate()
        .map(|(row, r)| match &doc.url {
            // The URL on one line, shortened with `…` rather than wrapped.
            Some(url) if r == url => {
                let text = &doc.text[url.clone()];
                let shown = truncate(text, text_area.width as usize);
                link_row = Some((row as u16, display_width(&shown) as u16, text));
                Line::styled(shown, state.theme.dim())
            }
            _ => styled_line(state, r.clone()),
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), text_area);
    if let Some((row, width, url)) = link_row.filter(|_| state.hyperlinks) {
        let row = Rect::new(text_area.x, text_area.y + row, width, 1);
        super::link::hyperlink(frame.buffer_mut(), row, url);
    }
    if total > reader.height {
        let mut bar = ScrollbarState::new(reader.max_scroll()).position(reader.scroll);
        frame.render_stateful_widget(
            Scrollbar::new(ScrollbarOrientation::VerticalRight),
            area.inner(Margin::new(0, 1)),
            &mut bar,
        );
    }
}

/// "person org ... found": one swatch per kind, in its style, and one for names found in the
/// collection.
fn legend(state: &AppState) -> Line<'static> {
    let mut spans = vec![Span::raw(" ")];
    for kind in Kind::ALL {
        spans.push(Span::styled(kind.name(), state.theme.entity(kind)));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::raw(" "));
    let found = state.theme.mention(Kind::Misc, Origin::Corpus);
    spans.push(Span::styled("found", found));
    spans.push(Span::raw(" "));
    Line::from(spans)
}

/// One display line of the document, split where its styles change.
fn styled_line(state: &AppState, line: Range<usize>) -> Line<'static> {
    let doc = &state.reader.doc;
    let theme = &state.theme;
    let base = if doc.title.contains(&line.start) {
        theme.title()
    } else if doc.meta.contains(&line.start) {
        theme.dim()
    } else {
        Style::new()
    };
    // Only the mentions and hits that touch this line: both lists are sorted.
    let ents = overlapping(&doc.entities, &line, |s| &s.range);
    let hits = overlapping(&doc.hits, &line, |h| h);
    let mut cuts = vec![line.start, line.end];
    for s in ents {
        cuts.extend([s.range.start, s.range.end]);
    }
    for h in hits {
        cuts.extend([h.start, h.end]);
    }
    if let Some(c) = &state.reader.current {
        cuts.extend([c.start, c.end]);
    }
    cuts.retain(|c| line.contains(c) || *c == line.end);
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts
        .windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let mut style = base;
            if let Some(s) = ents.iter().find(|s| s.range.contains(&a)) {
                style = style.patch(theme.mention(s.kind, s.origin));
            }
            if hits.iter().any(|h| h.contains(&a)) {
                style = style.patch(theme.hit());
            }
            if state
                .reader
                .current
                .as_ref()
                .is_some_and(|c| c.contains(&a))
            {
                style = style.patch(theme.current());
            }
            Span::styled(doc.text[a..b].to_string(), style)
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}

/// The items of a sorted, non-overlapping list whose ranges overlap `line`.
fn overlapping<'a, T>(
    items: &'a [T],
    line: &Range<usize>,
    range: impl Fn(&T) -> &Range<usize>,
) -> &'a [T] {
    let from = items.partition_point(|t| range(t).end <= line.start);
    let to = items.partition_point(|t| range(t).start < line.end);
    &items[from..to.max(from)]
}

//! The article list: one row per article (star, title, date, source), only the visible rows
//! built, unread articles in bold (as newsboat and mutt show them), the characters the fuzzy
//! filter matched highlighted.

use super::{inner, pane_block, truncate};
use crate::app::{AppState, Pane};
use crate::document::display_width;
use crate::search;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthChar;

/// Draws the list pane into `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState) {
    let title = format!(" Articles {}/{} ", state.view.len(), state.articles.len());
    frame.render_widget(pane_block(state, Pane::List, title), area);
    let inner = inner(area);
    let width = inner.width as usize;
    let highlight = !state.query.is_empty();
    let visible = || {
        state
            .view
            .iter()
            .enumerate()
            .skip(state.list_offset)
            .take(inner.height as usize)
    };
    // One source column width for all visible rows, so the dates line up.
    let source_w = if width >= 40 {
        visible()
            .map(|(_, &i)| state.articles[i as usize].source().map_or(0, display_width))
            .max()
            .unwrap_or(0)
            .min((width / 4).max(8))
            .min(18)
    } else {
        0
    };
    let lines: Vec<Line> = visible()
        .map(|(pos, &i)| {
            let article = &state.articles[i as usize];
            let marks = if highlight {
                search::highlight(&state.query, article).title
            } else {
                Vec::new()
            };
            let star = if state.starred(i as usize) {
                "★"
            } else {
                " "
            };
            let star = Span::styled(star, state.theme.star());
            let mut line = row(state, article, star, &marks, width, source_w);
            if state.unread(i as usize) {
                line = line.patch_style(state.theme.unread());
            }
            if pos == state.selected {
                line = line.patch_style(state.theme.selected(state.focus == Pane::List));
            }
            line
        })
        .collect();
    if lines.is_empty() {
        let empty = if state.filter_error.is_some() || state.view.is_empty() && state.complete {
            "no article matches the filter"
        } else {
            ""
        };
        frame.render_widget(Paragraph::new(empty).style(state.theme.dim()), inner);
        return;
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

/// One row, exactly `width` columns wide: the star column (`star`, one column), title (matched
/// chars marked), then date and source (`source_w` columns, 0 to leave it out).
fn row<'a>(
    state: &AppState,
    article: &'a crate::corpus::Article,
    star: Span<'static>,
    marks: &[usize],
    width: usize,
    source_w: usize,
) -> Line<'a> {
    let theme = &state.theme;
    let date = article.date().unwrap_or("");
    let source = article.source().unwrap_or("");
    // The right-hand columns give way to the title on narrow panes.
    let show_date = width >= 30 && !date.is_empty();
    let right_w = if show_date { 11 } else { 0 } + if source_w > 0 { source_w + 1 } else { 0 };
    let title_w = width.saturating_sub(right_w + 2);

    let mut spans = vec![star];
    spans.extend(title_spans(
        article.title(),
        marks,
        title_w,
        theme.matched(),
    ));
    let used: usize = spans.iter().map(|s| s.width()).sum();
    spans.push(Span::raw(" ".repeat(width.saturating_sub(used + right_w))));
    if show_date {
        spans.push(Span::styled(format!(" {date:10}"), theme.date()));
    }
    if source_w > 0 {
        let s = truncate(source, source_w);
        let pad = source_w.saturating_sub(display_width(&s));
        spans.push(Span::styled(
            format!(" {s}{}", " ".repeat(pad)),
            theme.source(),
        ));
    }
    Line::from(spans)
}

/// The title cut to `width` columns, the characters at `marks` (char indices) styled `mark`.
fn title_spans(title: &str, marks: &[usize], width: usize, mark: Style) -> Vec<Span<'static>> {
    let cut = display_width(title) > width;
    let room = if cut { width.saturating_sub(1) } else { width };
    let mut spans = Vec::new();
    let (mut run, mut run_marked, mut used) = (String::new(), false, 0);
    let mut marks = marks.iter().peekable();
    for (ci, c) in title.chars().enumerate() {
        let w = c.width().unwrap_or(0);
        if used + w > room {
            break;
        }
        used += w;
        while marks.next_if(|&&m| m < ci).is_some() {}
        let marked = marks.peek().is_some_and(|&&m| m == ci);
        if marked != run_marked && !run.is_empty() {
            spans.push(styled(std::mem::take(&mut run), run_marked, mark));
        }
        run_marked = marked;
        run.push(c);
    }
    if !run.is_empty() {
        spans.push(styled(run, run_marked, mark));
    }
    if cut && width > 0 {
        spans.push(Span::raw("…"));
    }
    spans
}

fn styled(text: String, marked: bool, mark: Style) -> Span<'static> {
    if marked {
        Span::styled(text, mark)
    } else {
        Span::raw(text)
    }
}

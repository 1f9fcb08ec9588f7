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
    // One layout for all visible rows, so that the dates and sources line up.
    let widest_source = visible()
        .map(|(_, &i)| {
            state.articles[i as usize]
                .source()
                .map_or(0, |s| display_width(short_source(s)))
        })
        .max()
        .unwrap_or(0);
    let any_date = visible().any(|(_, &i)| state.articles[i as usize].date().is_some());
    // The star takes the first column.
    let columns = Columns::new(width.saturating_sub(1), widest_source, any_date);
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
            let mut line = row(state, article, star, &marks, columns);
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

/// The widest a source is shown in the list.
const SOURCE_MAX: usize = 14;
/// The narrowest source column worth showing.
const SOURCE_MIN: usize = 5;
/// A date and the space before it.
const DATE_W: usize = 11;

/// How a row's columns are laid out: the title first, then the date, then the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Columns {
    /// The whole row.
    width: usize,
    /// The title's room.
    title: usize,
    /// Whether the date shows.
    date: bool,
    /// The source's room, 0 when it does not show.
    source: usize,
}

impl Columns {
    /// The layout for rows `width` columns wide whose widest (shortened) source is
    /// `widest_source` and some of which have a date (`any_date`): a title gets 45 columns
    /// (three quarters of a narrower row) before the date and then the source take what is
    /// left; whatever they leave goes to the title. Rows none of which has a date have no date
    /// column.
    fn new(width: usize, widest_source: usize, any_date: bool) -> Columns {
        let want = if width >= 60 { 45 } else { width * 3 / 4 };
        let room = width.saturating_sub(want);
        let date = any_date && room >= DATE_W;
        let source_room = room.saturating_sub(if any_date { DATE_W } else { 0 } + 1);
        let source = if (date || !any_date) && widest_source > 0 && source_room >= SOURCE_MIN {
            source_room
                .min(SOURCE_MAX)
                .min(widest_source.max(SOURCE_MIN))
        } else {
            0
        };
        let right = if date { DATE_W } else { 0 } + if source > 0 { source + 1 } else { 0 };
        Columns {
            width,
            title: width.saturating_sub(right),
            date,
            source,
        }
    }
}

/// A source as the list shows it: without a leading `www.` or a domain's common ending
/// (`www.rt.com` is `rt`, `GlobalSecurity.org` is `GlobalSecurity`).
fn short_source(source: &str) -> &str {
    let s = source.trim();
    let s = s.strip_prefix("www.").unwrap_or(s);
    if s.contains(char::is_whitespace) {
        return s;
    }
    [".co.uk", ".com", ".org", ".net"]
        .iter()
        .find_map(|end| s.strip_suffix(end).filter(|rest| !rest.is_empty()))
        .unwrap_or(s)
}

/// One row: the star column (`star`, one column), then `columns.width` columns of title
/// (matched chars marked), date and source.
fn row<'a>(
    state: &AppState,
    article: &'a crate::corpus::Article,
    star: Span<'static>,
    marks: &[usize],
    columns: Columns,
) -> Line<'a> {
    let theme = &state.theme;
    let date = article.date().unwrap_or("");
    let source = short_source(article.source().unwrap_or(""));
    let right_w = if columns.date { DATE_W } else { 0 }
        + if columns.source > 0 {
            columns.source + 1
        } else {
            0
        };

    let mut spans = title_spans(article.title(), marks, columns.title, theme.matched());
    let used: usize = spans.iter().map(|s| s.width()).sum();
    spans.insert(0, star);
    spans.push(Span::raw(
        " ".repeat(columns.width.saturating_sub(used + right_w)),
    ));
    if columns.date {
        spans.push(Span::styled(format!(" {date:10}"), theme.date()));
    }
    if columns.source > 0 {
        let s = truncate(source, columns.source);
        let pad = columns.source.saturating_sub(display_width(&s));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_gets_45_columns_before_date_and_source() {
        // The default list at 100 columns is 66 wide: 64 inside.
        let c = Columns::new(64, 18, true);
        assert!(c.title >= 45 && c.date && c.source >= SOURCE_MIN, "{c:?}");
        // At 80 columns the list is 43 wide: a title of 30 and the date.
        let c = Columns::new(41, 18, true);
        assert!(c.title >= 30 && c.date && c.source == 0, "{c:?}");
        // A wide list gives the title what the source does not need.
        let c = Columns::new(120, 4, true);
        assert_eq!((c.title, c.source), (120 - 11 - 6, 5));
        // A narrow one drops the date before the title goes under three quarters.
        let c = Columns::new(30, 10, true);
        assert!(!c.date && c.title == 30, "{c:?}");
        // Undated rows give the date's columns to the title.
        let c = Columns::new(41, 0, false);
        assert_eq!((c.title, c.date, c.source), (41, false, 0));
        let c = Columns::new(64, 7, false);
        assert_eq!((c.title, c.source), (64 - 8, 7));
    }

    #[test]
    fn sources_are_shortened_like_index_lines() {
        assert_eq!(short_source("www.rt.com"), "rt");
        assert_eq!(short_source("GlobalSecurity.org"), "GlobalSecurity");
        assert_eq!(short_source("bbc.co.uk"), "bbc");
        assert_eq!(short_source("The Moscow Times"), "The Moscow Times");
        assert_eq!(short_source(".com"), ".com");
    }
}

//! The compare view: attention over time (a sparkline per outlet), the entity-by-outlet matrix
//! with shaded cells, quoted speakers (and their quotations), and each outlet's distinctive
//! words. Wide terminals show the four panels at once; narrow ones the focused panel, with
//! tabs.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Sparkline, Wrap};

use super::{bordered, truncate};
use crate::app::AppState;
use crate::app::compare::Panel;
use crate::compare::Coverage;
use crate::document::display_width;

/// Below this width or height, one panel at a time.
const WIDE: (u16, u16) = (100, 26);

/// Draws the view over `area`.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState) {
    let view = &state.compare;
    let Some(cov) = view.result.as_deref() else {
        let text = match view.progress() {
            Some((_, 0)) => "finding the entities of every article (once)…".to_string(),
            Some((done, total)) => format!("comparing {done} of {total} articles…"),
            None => "nothing to compare".into(),
        };
        let block = bordered(state, true, " Compare ");
        frame.render_widget(Paragraph::new(text).block(block), area);
        return;
    };
    let wide = area.width >= WIDE.0 && area.height >= WIDE.1;
    if wide {
        let outlets = cov.columns.len().min(8) as u16;
        let [top, bottom] =
            Layout::vertical([Constraint::Length(outlets + 3), Constraint::Min(6)]).areas(area);
        let [left, right] =
            Layout::horizontal([Constraint::Percentage(58), Constraint::Percentage(42)])
                .areas(bottom);
        let [upper, lower] =
            Layout::vertical([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(right);
        attention(frame, top, state, cov);
        matrix(frame, left, state, cov);
        speakers(frame, upper, state, cov);
        if view.quotes {
            quotes(frame, lower, state, cov);
        } else {
            words(frame, lower, state, cov);
        }
        return;
    }
    let [tabs, body] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let mut spans = Vec::new();
    for p in Panel::ALL {
        let style = if p == view.panel {
            state.theme.selected(true)
        } else {
            state.theme.dim()
        };
        spans.push(Span::styled(format!(" {} ", p.name()), style));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::styled("Tab: next", state.theme.dim()));
    frame.render_widget(Paragraph::new(Line::from(spans)), tabs);
    match view.panel {
        Panel::Attention => attention(frame, body, state, cov),
        Panel::Matrix => matrix(frame, body, state, cov),
        Panel::Speakers if view.quotes => {
            let [a, b] = Layout::vertical([Constraint::Percentage(40), Constraint::Percentage(60)])
                .areas(body);
            speakers(frame, a, state, cov);
            quotes(frame, b, state, cov);
        }
        Panel::Speakers => speakers(frame, body, state, cov),
        Panel::Words => words(frame, body, state, cov),
    }
}

/// The block of `panel`, titled with its name and how far a recomputation is.
fn block_of<'a>(state: &AppState, panel: Panel, extra: String) -> Block<'a> {
    let busy = match state.compare.progress() {
        Some((done, total)) if total > 0 => format!(" · updating {}%", done * 100 / total),
        Some(_) => " · finding entities".into(),
        None => String::new(),
    };
    bordered(
        state,
        state.compare.panel == panel,
        format!(" {}{extra}{busy} ", panel.name()),
    )
}

/// What a panel still being counted says.
fn pending(state: &AppState) -> String {
    match state.compare.progress() {
        Some((_, 0)) | None => "finding the entities of every article (once)…".into(),
        Some((done, total)) => format!("counting… {done} of {total} articles"),
    }
}

/// Outlet names, cleaned for the screen.
fn outlet(cov: &Coverage, c: usize) -> String {
    cov.columns.names[c].replace(['\n', '\t'], " ")
}

fn attention(frame: &mut Frame, area: Rect, state: &AppState, cov: &Coverage) {
    let att = &cov.attention;
    let title = format!(" · {} articles, per {}", cov.subset.len(), att.step.name());
    let block = block_of(state, Panel::Attention, title);
    let r = block.inner(area);
    frame.render_widget(block, area);
    if r.height < 2 || r.width < 20 {
        return;
    }
    let n = cov.columns.len();
    let name_w = (0..n)
        .map(|c| display_width(&outlet(cov, c)))
        .max()
        .unwrap_or(4)
        .clamp(4, 22);
    let name_w = name_w.min(r.width as usize / 3);
    let count_w = 16usize;
    let spark_w = (r.width as usize)
        .saturating_sub(name_w + count_w + 2)
        .max(1);
    let max = att
        .counts
        .iter()
        .flatten()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let shown = (r.height as usize - 1).min(n);
    for c in 0..shown {
        let y = r.y + c as u16;
        let last_row = c + 1 == shown && shown < n;
        if last_row {
            let more = format!(
                "+{} more outlets (dossier compare --by source lists all)",
                n - c
            );
            frame.render_widget(
                Paragraph::new(more).style(state.theme.dim()),
                Rect::new(r.x, y, r.width, 1),
            );
            break;
        }
        let name = truncate(&outlet(cov, c), name_w);
        frame.render_widget(
            Paragraph::new(Span::styled(name, state.theme.source())),
            Rect::new(r.x, y, name_w as u16, 1),
        );
        let data = bins(&att.counts[c], spark_w);
        let spark = Sparkline::default()
            .data(&data)
            .max(u64::from(max))
            .style(state.theme.date());
        frame.render_widget(
            spark,
            Rect::new(r.x + name_w as u16 + 1, y, spark_w as u16, 1),
        );
        let dated: u32 = att.counts[c].iter().sum();
        let mut count = format!("{dated:>5}");
        if att.undated[c] > 0 {
            count.push_str(&format!(" +{} undated", att.undated[c]));
        }
        let x = r.x + (name_w + spark_w + 2) as u16;
        frame.render_widget(
            Paragraph::new(truncate(&count, count_w)),
            Rect::new(x, y, count_w as u16, 1),
        );
    }
    // Below, when there is room: each day (or week) with articles, and by whom.
    let free = (r.height as usize).saturating_sub(shown + 2);
    let totals = att.totals();
    let busy: Vec<usize> = (0..att.buckets.len()).filter(|&b| totals[b] > 0).collect();
    for (k, &b) in busy.iter().rev().take(free).enumerate() {
        let by: Vec<String> = (0..n)
            .filter(|&c| att.counts[c][b] > 0)
            .map(|c| format!("{} {}", outlet(cov, c), att.counts[c][b]))
            .collect();
        let line = Line::from(vec![
            Span::styled(format!("{}  ", att.buckets[b]), state.theme.date()),
            Span::raw(format!("{:>4}  ", totals[b])),
            Span::styled(by.join(", "), state.theme.dim()),
        ]);
        let y = r.y + (shown + 2 + k) as u16;
        frame.render_widget(Paragraph::new(line), Rect::new(r.x, y, r.width, 1));
    }
    // The time axis: first and last day under the sparklines.
    if let (Some(first), Some(last)) = (att.buckets.first(), att.buckets.last()) {
        let y = r.y + shown as u16;
        let x = r.x + name_w as u16 + 1;
        let pad = spark_w.saturating_sub(first.len() + last.len());
        let axis = if first == last {
            first.clone()
        } else {
            format!("{first}{}{last}", " ".repeat(pad))
        };
        frame.render_widget(
            Paragraph::new(truncate(&axis, spark_w)).style(state.theme.dim()),
            Rect::new(x, y, spark_w as u16, 1),
        );
    }
}

/// `counts` fitted to `width` columns: each bucket repeated when there is room, neighbours
/// summed when there is not.
fn bins(counts: &[u32], width: usize) -> Vec<u64> {
    if counts.is_empty() || width == 0 {
        return Vec::new();
    }
    if counts.len() <= width {
        let rep = width / counts.len();
        return counts
            .iter()
            .flat_map(|&n| std::iter::repeat_n(u64::from(n), rep))
            .collect();
    }
    let mut out = vec![0u64; width];
    for (k, &n) in counts.iter().enumerate() {
        out[k * width / counts.len()] += u64::from(n);
    }
    out
}

fn matrix(frame: &mut Frame, area: Rect, state: &AppState, cov: &Coverage) {
    let view = &state.compare;
    let block = block_of(
        state,
        Panel::Matrix,
        " · share of each outlet's articles".into(),
    );
    let r = block.inner(area);
    frame.render_widget(block, area);
    let rows = &cov.matrix.rows;
    if !cov.complete {
        frame.render_widget(Paragraph::new(pending(state)), r);
        return;
    }
    if r.height < 3 || rows.is_empty() {
        frame.render_widget(Paragraph::new("no entities in these articles"), r);
        return;
    }
    let matcher = state.index.matcher();
    let n = cov.columns.len();
    let ent_w = rows
        .iter()
        .map(|row| display_width(&matcher.entity(row.entity).name))
        .max()
        .unwrap_or(6);
    let ent_w = ent_w.clamp(6, 26).min(r.width as usize / 2);
    let room = (r.width as usize).saturating_sub(ent_w + 1);
    let cell_w = (room / n.max(1)).clamp(6, 24);
    let fit = (room / cell_w).max(1);
    let first_col = view.col.saturating_sub(fit - 1).min(n.saturating_sub(fit));
    let cols = first_col..(first_col + fit).min(n);
    // Header: outlet names and sizes.
    let mut head = vec![Span::styled(format!("{:ent_w$} ", ""), Style::new())];
    for c in cols.clone() {
        let label = format!("{} ({})", outlet(cov, c), cov.columns.articles[c]);
        let style = if c == view.col {
            state.theme.source().add_modifier(Modifier::BOLD)
        } else {
            state.theme.source()
        };
        head.push(Span::styled(
            format!("{:>cell_w$}", truncate(&label, cell_w - 1)),
            style,
        ));
    }
    frame.render_widget(
        Paragraph::new(Line::from(head)),
        Rect::new(r.x, r.y, r.width, 1),
    );
    let body = r.height as usize - 2;
    let first_row = view.row.saturating_sub(body.saturating_sub(1));
    let focused = view.panel == Panel::Matrix;
    for (k, row) in rows.iter().enumerate().skip(first_row).take(body) {
        let e = matcher.entity(row.entity);
        let name_style = if k == view.row {
            state.theme.selected(focused)
        } else {
            state.theme.entity(e.kind)
        };
        let mut spans = vec![
            Span::styled(format!("{:ent_w$}", truncate(&e.name, ent_w)), name_style),
            Span::raw(" "),
        ];
        for c in cols.clone() {
            let of = cov.columns.articles[c].max(1);
            let share = f64::from(row.counts[c]) / f64::from(of);
            let text = if row.counts[c] == 0 {
                if row.blind_in(c) {
                    "none".to_string()
                } else {
                    "-".to_string()
                }
            } else {
                format!("{:.0}%", share * 100.0)
            };
            let mut style = state.theme.shade(share);
            if row.blind_in(c) {
                style = state.theme.error();
            }
            if k == view.row && c == view.col && focused {
                style = style.add_modifier(Modifier::REVERSED | Modifier::BOLD);
            }
            spans.push(Span::raw(" "));
            spans.push(Span::styled(format!("{text:>w$}", w = cell_w - 1), style));
        }
        let y = r.y + 1 + (k - first_row) as u16;
        frame.render_widget(
            Paragraph::new(Line::from(spans)),
            Rect::new(r.x, y, r.width, 1),
        );
    }
    // What the selected cell says, and what Enter does.
    if let Some(row) = rows.get(view.row)
        && view.col < n
    {
        let e = matcher.entity(row.entity);
        let note = format!(
            "{}: {} of {} {} articles · Enter: list them",
            e.name,
            row.counts[view.col],
            cov.columns.articles[view.col],
            outlet(cov, view.col)
        );
        let y = r.y + r.height - 1;
        frame.render_widget(
            Paragraph::new(truncate(&note, r.width as usize)).style(state.theme.dim()),
            Rect::new(r.x, y, r.width, 1),
        );
    }
}

fn speakers(frame: &mut Frame, area: Rect, state: &AppState, cov: &Coverage) {
    let view = &state.compare;
    let sampled = if cov.sampled < cov.subset.len() {
        format!(" · from {} articles", cov.sampled)
    } else {
        String::new()
    };
    let block = block_of(state, Panel::Speakers, format!("{sampled} · Enter: quotes"));
    let r = block.inner(area);
    frame.render_widget(block, area);
    if !cov.complete {
        frame.render_widget(Paragraph::new(pending(state)), r);
        return;
    }
    if cov.speakers.is_empty() {
        frame.render_widget(Paragraph::new("no attributed quotations"), r);
        return;
    }
    let rows = r.height as usize;
    let first = view.speaker.saturating_sub(rows.saturating_sub(1));
    let name_w = cov
        .speakers
        .iter()
        .map(|s| display_width(&s.name))
        .max()
        .unwrap_or(4)
        .clamp(4, 24);
    let focused = view.panel == Panel::Speakers;
    for (k, s) in cov.speakers.iter().enumerate().skip(first).take(rows) {
        let by: Vec<String> = (0..cov.columns.len())
            .filter(|&c| s.counts[c] > 0)
            .map(|c| format!("{} {}", outlet(cov, c), s.counts[c]))
            .collect();
        let style = if k == view.speaker {
            state.theme.selected(focused)
        } else if s.entity.is_some() {
            state.theme.title()
        } else {
            Style::new()
        };
        let line = Line::from(vec![
            Span::styled(format!("{:name_w$}", truncate(&s.name, name_w)), style),
            Span::raw(format!(" {:>3}  ", s.total)),
            Span::styled(by.join(", "), state.theme.dim()),
        ]);
        let y = r.y + (k - first) as u16;
        frame.render_widget(Paragraph::new(line), Rect::new(r.x, y, r.width, 1));
    }
}

fn quotes(frame: &mut Frame, area: Rect, state: &AppState, cov: &Coverage) {
    let view = &state.compare;
    let Some(s) = cov.speakers.get(view.speaker) else {
        return;
    };
    let block = bordered(
        state,
        false,
        format!(" Quotes of {} · Space b: scroll, Esc: close ", s.name),
    );
    let mut lines = Vec::new();
    for (i, text) in &s.quotes {
        let a = &state.articles[*i as usize];
        lines.push(Line::from(format!("“{text}”")));
        let from = format!(
            "  — {} {}",
            a.source().unwrap_or(crate::compare::UNKNOWN),
            a.date().unwrap_or("")
        );
        lines.push(Line::from(Span::styled(from, state.theme.dim())));
    }
    let p = Paragraph::new(lines)
        .block(block)
        .wrap(Wrap { trim: false })
        .scroll((view.quote_scroll as u16, 0));
    frame.render_widget(p, area);
}

fn words(frame: &mut Frame, area: Rect, state: &AppState, cov: &Coverage) {
    let block = block_of(
        state,
        Panel::Words,
        " · most distinctive of each outlet".into(),
    );
    let mut lines = Vec::new();
    for (c, words) in cov.words.iter().enumerate() {
        if words.is_empty() {
            continue;
        }
        let terms: Vec<&str> = words.iter().map(|d| d.term.as_str()).collect();
        lines.push(Line::from(vec![
            Span::styled(format!("{}: ", outlet(cov, c)), state.theme.source()),
            Span::raw(terms.join(" · ")),
        ]));
    }
    if !cov.complete {
        lines.push(Line::from(pending(state)));
    } else if lines.is_empty() {
        lines.push(Line::from("words are compared between two or more outlets"));
    }
    frame.render_widget(
        Paragraph::new(lines).block(block).wrap(Wrap { trim: true }),
        area,
    );
}

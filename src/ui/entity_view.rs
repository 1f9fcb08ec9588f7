//! The entity view (`E`) drawn over the panes: the narrowing line, a header, and one row per
//! entity with its kind, articles and mentions, the count columns as wide as their largest
//! number. While the worker counts, the progress.

use super::truncate;
use crate::app::{AppState, EntityView};
use crate::document::display_width;
use crate::entities::EntityStat;
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

/// Draws the view over `area` (the screen above the status bar).
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState, view: &EntityView) {
    let theme = &state.theme;
    frame.render_widget(Clear, area);
    let shown = view.stats.as_ref().map_or(0, |_| view.rows().len());
    let title = format!(
        " Entities of {} articles: {shown} · sorted by {} ",
        view.articles,
        view.sort.name()
    );
    let block = super::overlay_block(state, title);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.height == 0 || inner.width == 0 {
        return;
    }
    let width = inner.width as usize;

    // The narrowing line, with the cursor in it.
    let prompt = if view.narrow.text.is_empty() {
        Line::from(vec![
            Span::styled("› ", theme.key()),
            Span::styled(
                "type to narrow · Tab sorts · Enter filters · Esc closes",
                theme.dim(),
            ),
        ])
    } else {
        Line::from(vec![
            Span::styled("› ", theme.key()),
            Span::raw(view.narrow.text.clone()),
        ])
    };
    frame.render_widget(Paragraph::new(prompt), Rect { height: 1, ..inner });
    let before = display_width(&view.narrow.text[..view.narrow.cursor]) as u16;
    frame.set_cursor_position(Position::new(
        (inner.x + 2 + before).min(inner.right().saturating_sub(1)),
        inner.y,
    ));

    let body = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let (Some(stats), Some(matcher)) = (&view.stats, view.matcher()) else {
        let pct = view.done * 100 / view.articles.max(1);
        let text = format!(
            "counting the entities of {} articles… {}%",
            view.articles,
            pct.min(99)
        );
        frame.render_widget(Paragraph::new(text).style(theme.dim()), body);
        return;
    };
    let rows: Vec<&EntityStat> = view.rows().iter().map(|&i| &stats[i as usize]).collect();
    let digits = |n: usize| n.to_string().len();
    let art_w = rows
        .iter()
        .map(|s| digits(s.articles))
        .max()
        .unwrap_or(0)
        .max(8);
    let men_w = rows
        .iter()
        .map(|s| digits(s.mentions))
        .max()
        .unwrap_or(0)
        .max(8);
    let visible = body.height.saturating_sub(1).max(1) as usize;
    // The selection stays on screen even when the terminal shrank since the last key.
    let offset = if view.selected >= view.offset + visible {
        view.selected + 1 - visible
    } else {
        view.offset.min(view.selected)
    };
    // The names no wider than the widest shown, so that the counts stay near them.
    let widest = (rows.iter().skip(offset).take(visible))
        .map(|s| display_width(&matcher.entity(s.id).name))
        .max()
        .unwrap_or(0)
        .max(24);
    // Name, a space, the `~` mark, a space, the kind (6), the counts with two spaces before
    // each.
    let name_w = width
        .saturating_sub(1 + 1 + 1 + 6 + 2 + art_w + 2 + men_w)
        .min(widest);
    let mut lines = vec![Line::styled(
        format!(
            "{:name_w$}   {:6}  {:>art_w$}  {:>men_w$}",
            "name", "kind", "articles", "mentions"
        ),
        theme.dim(),
    )];
    if rows.is_empty() {
        let why = if stats.is_empty() {
            "no entity in these articles"
        } else {
            "no entity matches"
        };
        lines.push(Line::styled(why, theme.dim()));
    }
    for (pos, s) in rows.iter().enumerate().skip(offset).take(visible) {
        let entity = matcher.entity(s.id);
        let kind = state.kind_in(matcher, s.id);
        let name = truncate(&entity.name, name_w);
        let pad = name_w.saturating_sub(display_width(&name));
        let mark = match entity.origin {
            crate::entities::Origin::Corpus => "~",
            crate::entities::Origin::Dictionary => " ",
        };
        let mut line = Line::from(vec![
            Span::styled(name, theme.mention(kind, entity.origin)),
            Span::raw(" ".repeat(pad + 1)),
            Span::styled(mark, theme.key()),
            Span::raw(format!(
                " {:6}  {:>art_w$}  {:>men_w$}",
                kind.name(),
                s.articles,
                s.mentions
            )),
        ]);
        if pos == view.selected {
            line = line.patch_style(theme.selected(true));
        }
        lines.push(line);
    }
    frame.render_widget(Paragraph::new(lines), body);
}

//! The warnings overlay (`!`): every warning of loading in full, one per entry, wrapped with a
//! hanging indent, scrolled with `j` `k`.

use crate::app::AppState;
use crate::document::wrap;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};

/// Draws the overlay centred in `area`, the first line `state.warnings_scroll` warnings down.
pub fn draw(frame: &mut Frame, area: Rect, state: &AppState) {
    let theme = &state.theme;
    let w = area.width.min(100);
    let inner = w.saturating_sub(2) as usize;
    let mut lines = Vec::new();
    if state.warnings.is_empty() {
        lines.push(Line::styled(
            "Everything loaded without a warning.",
            theme.dim(),
        ));
    }
    for warning in state.warnings.iter().skip(state.warnings_scroll) {
        // Warnings name files and quote their content: cleaned like any text shown.
        let clean = crate::corpus::sanitize(warning).replace('\n', " ");
        for (n, piece) in wrap(&clean, inner.saturating_sub(2).max(1))
            .into_iter()
            .enumerate()
        {
            let lead = if n == 0 { "• " } else { "  " };
            lines.push(Line::raw(format!("{lead}{}", &clean[piece])));
        }
    }
    let h = area
        .height
        .min(lines.len() as u16 + 2)
        .max(area.height.min(3));
    let popup = super::centred(area, w, h);
    frame.render_widget(Clear, popup);
    let n = state.warnings.len();
    let title = format!(" Warnings {}/{n} ", (state.warnings_scroll + 1).min(n));
    let block = super::overlay_block(state, title)
        .title_bottom(Line::styled(" ! or Esc closes; j k scroll ", theme.dim()).right_aligned());
    frame.render_widget(Paragraph::new(lines).block(block), popup);
}

//! Moving the split between list and reader (`<` `>`) and zooming the focused pane (`z`). The
//! split is kept as a share in percent on the state, so that it can be remembered and set in a
//! config.

use super::layout::{self, MAX_PERCENT, MIN_PERCENT, PERCENT_STEP, Pane};
use super::state::AppState;

impl AppState {
    /// `<` / `>`: moves the split one step, from where it is now (the default split the first
    /// time).
    pub(super) fn move_split(&mut self, grow: bool) {
        if self.size.0 < layout::NARROW {
            self.say("the split needs 80 columns or more", true);
            return;
        }
        self.split.zoom = false;
        let now = self.split.list_percent.unwrap_or_else(|| {
            // The default split as a share, to the nearest step, so that steps land on round
            // numbers.
            let areas = self.areas();
            let list = areas.list.map_or(0, |r| r.width) as u32;
            let rest = list + areas.reader.map_or(0, |r| r.width) as u32;
            let step = PERCENT_STEP as u32;
            ((list * 100 / rest.max(1) + step / 2) / step * step) as u16
        });
        let next = if grow {
            now.saturating_add(PERCENT_STEP)
        } else {
            now.saturating_sub(PERCENT_STEP)
        };
        self.split.list_percent = Some(next.clamp(MIN_PERCENT, MAX_PERCENT));
    }

    /// `z`: the focused pane takes the whole width, or gives it back.
    pub(super) fn toggle_zoom(&mut self) {
        self.split.zoom = !self.split.zoom;
        if self.split.zoom && self.focus == Pane::Entities && !self.show_entities {
            self.focus = Pane::List;
        }
    }
}

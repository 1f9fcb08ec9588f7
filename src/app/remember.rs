//! Read and starred marks as the reader changes them: an article is read once it is opened
//! (the reader pane has focus on it), `m` and `f` toggle. Each change is set in the shared
//! [`Marks`](crate::state::Marks) at once (so `is:unread` sees it) and queued in `unsaved` for
//! the state database.

use super::action::Effect;
use super::layout::Pane;
use super::state::AppState;
use crate::state::{Mark, Write};

impl AppState {
    /// `m` / `f`: toggles `mark` on the selected article.
    pub(super) fn toggle_mark(&mut self, mark: Mark) {
        let Some(i) = self.current() else {
            return self.say("no article selected", true);
        };
        let on = !self.marks.has(i, mark);
        self.set_mark(i, mark, on);
        // Marked unread while open: it stays unread until opened again.
        if mark == Mark::Read {
            self.opened = Some(i);
        }
        let what = match (mark, on) {
            (Mark::Read, true) => "marked read",
            (Mark::Read, false) => "marked unread",
            (Mark::Starred, true) => "starred",
            (Mark::Starred, false) => "star taken off",
        };
        if self.marks_unsaved {
            self.say(&format!("{what}, for this session only"), true);
        } else {
            self.say(what, false);
        }
    }

    /// Marks the selected article read when it has just been opened in the reader.
    pub(super) fn mark_opened(&mut self) {
        let current = self.current();
        // Typing a filter changes the article shown without the user choosing it.
        let reading = self.focus == Pane::Reader && !self.help && !self.editing;
        if !reading {
            self.opened = None;
            return;
        }
        if current == self.opened {
            return;
        }
        self.opened = current;
        if let Some(i) = current {
            self.set_mark(i, Mark::Read, true);
        }
    }

    fn set_mark(&mut self, article: usize, mark: Mark, on: bool) {
        if self.marks.set(article, mark, on) {
            self.unsaved.push(Write::Mark { article, mark, on });
        }
    }

    /// Whether article `i` is still unread.
    pub fn unread(&self, i: usize) -> bool {
        !self.marks.has(i, Mark::Read)
    }

    /// Whether article `i` is starred.
    pub fn starred(&self, i: usize) -> bool {
        self.marks.has(i, Mark::Starred)
    }
}

impl AppState {
    /// Restores a collection's last session, `filter` and `selected` article, unless the user
    /// has begun filtering meanwhile; asks for the filter to be applied.
    pub fn restore_session(&mut self, filter: &str, selected: Option<usize>) -> Effect {
        if !self.filter.text.is_empty() || self.editing {
            return Effect::None;
        }
        let effect = if filter.is_empty() {
            Effect::None
        } else {
            self.set_filter(filter.to_string())
        };
        if let Some(i) = selected {
            self.restore_selection(i);
        }
        effect
    }

    /// Selects article `i` of a restored session: now when it is in the list, else when the
    /// filter's complete answer arrives.
    pub fn restore_selection(&mut self, i: usize) {
        match self.view.iter().position(|&v| v as usize == i) {
            Some(at) if self.filter.text.is_empty() => {
                self.selected = at;
                self.sync();
            }
            _ => self.pending_select = Some(i),
        }
    }
}

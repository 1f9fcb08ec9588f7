//! `AppState::update`: the one place the state changes. Pure: no I/O, no terminal; what must
//! happen outside comes back as an [`Effect`].

use super::action::{Action, Effect};
use super::layout::{NARROW, Pane};
use super::state::{AppState, inner_height};
use std::ops::Range;

impl AppState {
    /// Applies `action` and says what the event loop must do.
    pub fn update(&mut self, action: Action) -> Effect {
        let effect = self.apply(action);
        self.sync();
        effect
    }

    fn apply(&mut self, action: Action) -> Effect {
        use Action::*;
        match action {
            Quit => return Effect::Quit,
            Resize { width, height } => self.size = (width, height),
            ToggleHelp => {
                self.help = !self.help;
                self.help_scroll = 0;
            }
            Down if self.help => {
                let last = crate::ui::help_lines().saturating_sub(1);
                self.help_scroll = (self.help_scroll + 1).min(last);
            }
            Up if self.help => self.help_scroll = self.help_scroll.saturating_sub(1),
            _ if self.help => {}
            Down => self.step(1),
            Up => self.step(-1),
            PageDown | PageUp => {
                self.reader.page(matches!(action, PageDown));
                if self.size.0 < NARROW && self.focus == Pane::List {
                    self.focus = Pane::Reader;
                }
            }
            First | Last => self.go_to_end(matches!(action, Last)),
            FocusNext | FocusRight => self.focus = self.neighbour(1),
            FocusPrev | FocusLeft => self.focus = self.neighbour(-1),
            Activate => return self.activate(),
            ToggleEntities => {
                self.show_entities = !self.show_entities;
                if self.show_entities {
                    self.entity_selected = 0;
                    self.focus = Pane::Entities;
                } else if self.focus == Pane::Entities {
                    self.focus = Pane::Reader;
                }
            }
            EditFilter => self.editing = true,
            Edit(edit) => {
                self.filter.apply(edit);
                self.reparse();
                return Effect::Filter(self.filter.text.clone());
            }
            KeepFilter => {
                self.editing = false;
                self.focus = Pane::List;
            }
            ClearFilter => {
                self.editing = false;
                self.focus = Pane::List;
                return self.set_filter(String::new());
            }
            NextHit | PrevHit => {
                let targets = self.targets();
                self.reader.jump(&targets, matches!(action, NextHit));
            }
            Wheel { column, row, down } => {
                let delta = if down { 1 } else { -1 };
                match self.areas().pane_at(column, row) {
                    Some(Pane::List) => self.move_selection(delta * 3),
                    Some(Pane::Reader) => self.reader.scroll_by(delta * 3),
                    Some(Pane::Entities) => self.move_entity(delta),
                    None => {}
                }
            }
            Click { column, row } => self.click(column, row),
            Filtered(update) => {
                if update.query != self.filter.text {
                    return Effect::None; // an answer to an older query
                }
                match update.result {
                    Ok(hits) => {
                        let keep = self.current();
                        self.view = hits.iter().map(|h| h.index).collect();
                        self.complete = update.complete;
                        self.selected = keep
                            .and_then(|k| self.view.iter().position(|&i| i as usize == k))
                            .unwrap_or(0);
                    }
                    Err(e) => self.filter_error = Some(e),
                }
            }
        }
        Effect::None
    }

    /// Replaces the filter text and asks for it to be applied.
    fn set_filter(&mut self, text: String) -> Effect {
        self.filter = super::line::Line::new(&text);
        self.reparse();
        Effect::Filter(text)
    }

    /// The panes focus can move between, in screen order.
    fn panes(&self) -> Vec<Pane> {
        let mut panes = vec![Pane::List, Pane::Reader];
        if self.show_entities {
            panes.push(Pane::Entities);
        }
        panes
    }

    fn neighbour(&self, delta: isize) -> Pane {
        let panes = self.panes();
        let at = panes.iter().position(|&p| p == self.focus).unwrap_or(0);
        panes[(at as isize + delta).rem_euclid(panes.len() as isize) as usize]
    }

    fn step(&mut self, delta: isize) {
        match self.focus {
            Pane::List => self.move_selection(delta),
            Pane::Reader => self.reader.scroll_by(delta),
            Pane::Entities => self.move_entity(delta),
        }
    }

    fn move_selection(&mut self, delta: isize) {
        let last = self.view.len().saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(last);
    }

    fn move_entity(&mut self, delta: isize) {
        self.entity_selected = self.entity_selected.saturating_add_signed(delta);
        self.reader.current = None;
    }

    fn go_to_end(&mut self, end: bool) {
        match self.focus {
            Pane::List => self.selected = if end { usize::MAX } else { 0 },
            Pane::Reader => self.reader.to_end(end),
            Pane::Entities => self.entity_selected = if end { usize::MAX } else { 0 },
        }
    }

    /// `Enter`: read the article, or filter by the entity.
    fn activate(&mut self) -> Effect {
        match self.focus {
            Pane::List => self.focus = Pane::Reader,
            Pane::Reader => {}
            Pane::Entities => {
                let Some(id) = self.selected_entity() else {
                    return Effect::None;
                };
                let term = format!("@\"{}\"", self.index.matcher().entity(id).name);
                let mut text = self.filter.text.trim_end().to_string();
                if !text.split_whitespace().any(|t| t == term) {
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(&term);
                }
                self.focus = Pane::List;
                return self.set_filter(text);
            }
        }
        Effect::None
    }

    /// What `n`/`N` walk through: the selected entity's mentions, else the search hits.
    fn targets(&self) -> Vec<Range<usize>> {
        let doc = &self.reader.doc;
        match self.selected_entity() {
            Some(id) => doc
                .entities
                .iter()
                .filter(|s| s.entity == id)
                .map(|s| s.range.clone())
                .collect(),
            None => doc.hits.clone(),
        }
    }

    fn click(&mut self, column: u16, row: u16) {
        let areas = self.areas();
        if areas
            .filter
            .is_some_and(|r| r.contains((column, row).into()))
        {
            self.editing = true;
            return;
        }
        let Some(pane) = areas.pane_at(column, row) else {
            return;
        };
        self.focus = pane;
        let rect = areas.of(pane).expect("pane_at returns a shown pane");
        // Rows inside the border; the entity panel has a header row.
        let first = rect.y + 1 + u16::from(pane == Pane::Entities);
        if row < first || (row - first) as usize >= inner_height(Some(rect)) {
            return;
        }
        let at = (row - first) as usize;
        match pane {
            Pane::List if self.list_offset + at < self.view.len() => {
                self.selected = self.list_offset + at;
            }
            Pane::Entities => {
                self.entity_selected = self.entity_offset + at;
                self.reader.current = None;
            }
            _ => {}
        }
    }
}

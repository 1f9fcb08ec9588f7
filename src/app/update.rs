//! `AppState::update`: the one place the state changes. Pure: no I/O, no terminal; what must
//! happen outside comes back as an [`Effect`].

use super::action::{Action, Effect};
use super::layout::Pane;
use super::state::{AppState, inner_height};
use crate::entities::{DictEdit, Entity, EntityIndex, Kind, Origin};
use crate::state::Mark;
use std::sync::Arc;

impl AppState {
    /// Applies `action` and says what the event loop must do.
    pub fn update(&mut self, action: Action) -> Effect {
        let effect = self.apply(action);
        self.sync();
        self.mark_opened();
        effect
    }

    fn apply(&mut self, action: Action) -> Effect {
        use Action::*;
        if !matches!(
            action,
            Filtered(_)
                | Resize { .. }
                | Reindexed { .. }
                | Message { .. }
                | EntitiesCounted { .. }
                | EntityCountProgress { .. }
                | Compared { .. }
                | RelatedFound { .. }
        ) {
            self.message = None;
            // The load warning gives way to the key hints; `!` shows it again.
            self.notice = None;
        }
        if self.related.open
            && !self.help
            && !self.editing
            && let Some(effect) = self.related_key(&action)
        {
            return effect;
        }
        if self.compare.open
            && !self.help
            && !self.editing
            && let Some(effect) = self.compare_key(&action)
        {
            return effect;
        }
        match action {
            Quit => return Effect::Quit,
            ToggleCompare => return self.toggle_compare(),
            ToggleRelated => return self.toggle_related(),
            RelatedFound { generation, items } => self.related_found(generation, items),
            Back => {}
            Compared {
                generation,
                coverage,
            } => self.compared(generation, coverage),
            Resize { width, height } => self.size = (width, height),
            ToggleHelp => {
                self.help = !self.help;
                self.help_scroll = 0;
            }
            Down if self.help => {
                let last = crate::ui::help_lines(self.size.0, &self.user_keys).saturating_sub(1);
                self.help_scroll = (self.help_scroll + 1).min(last);
            }
            Up if self.help => self.help_scroll = self.help_scroll.saturating_sub(1),
            _ if self.help => {}
            ToggleWarnings => {
                self.warnings_open = !self.warnings_open;
                self.warnings_scroll = 0;
            }
            Down if self.warnings_open => {
                let last = self.warnings.len().saturating_sub(1);
                self.warnings_scroll = (self.warnings_scroll + 1).min(last);
            }
            Up if self.warnings_open => {
                self.warnings_scroll = self.warnings_scroll.saturating_sub(1)
            }
            _ if self.warnings_open => {}
            _ if self.entity_view_takes(&action) => return self.update_entity_view(action),
            Down => self.step(1),
            Up => self.step(-1),
            ShrinkList | GrowList => self.move_split(matches!(action, GrowList)),
            Zoom => self.toggle_zoom(),
            HalfPageDown | HalfPageUp => {
                self.reader.half_page(matches!(action, HalfPageDown));
                if self.one_pane() && self.focus == Pane::List {
                    self.focus = Pane::Reader;
                }
            }
            PageDown | PageUp => {
                self.reader.page(matches!(action, PageDown));
                if self.one_pane() && self.focus == Pane::List {
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
                self.update_completion();
                return self.refilter();
            }
            Complete => return self.complete(),
            KeepFilter => {
                self.editing = false;
                self.completion = None;
                self.focus = Pane::List;
            }
            ClearFilter => {
                self.editing = false;
                self.completion = None;
                self.focus = Pane::List;
                return self.set_filter(String::new());
            }
            NextHit | PrevHit => {
                let targets = super::hits::targets(self);
                if self.reader.jump(&targets, matches!(action, NextHit)) {
                    let at = super::hits::position(&targets, self.reader.current.as_ref());
                    self.say(&at.unwrap_or_default(), false);
                } else {
                    self.say("no hit in this article", false);
                }
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
            CycleKind | AddEntity | NotAName if self.focus != Pane::Entities => {
                self.say("select a name in the entity panel first (e)", true);
            }
            CycleKind => self.cycle_kind(),
            AddEntity => return self.edit_dictionary(true),
            NotAName => return self.edit_dictionary(false),
            Reindexed { index, message } => {
                self.reindex(index);
                self.say(&message, false);
                // Speakers and entities may now resolve to names found in the collection.
                if self.compare.open {
                    return self.request_compare();
                }
            }
            Message { text, error } => self.say(&text, error),
            ToggleRead => self.toggle_mark(Mark::Read),
            ToggleStar => self.toggle_mark(Mark::Starred),
            OpenUrl => return self.open_url(),
            CopyUrl => return self.copy_url(),
            CopyArticle => return self.copy_article(),
            Export => return self.export(),
            // Taken by the entity view above whenever they mean something.
            ToggleEntityView | CycleSort | EntitiesCounted { .. } | EntityCountProgress { .. } => {}
            Filtered(update) => {
                if update.query != self.applied {
                    return Effect::None; // an answer to an older query
                }
                match update.result {
                    Ok(hits) => {
                        // A session being restored selects its article wherever it lands;
                        // typing keeps the selected article only where the list shows it from
                        // the top, else the best match is selected, as in fzf.
                        let restoring = self.pending_select.is_some();
                        let keep = self.pending_select.or(self.current());
                        // Into the list's own buffer: a million rows are not held twice.
                        self.view.clear();
                        self.view.extend(hits.iter().map(|h| h.index));
                        drop(hits);
                        // The rest of the ranking of an answer already shown: the list only
                        // reorders far down, nothing else follows from it.
                        let ranked_later = self.complete && !self.settled && update.settled;
                        self.complete = update.complete;
                        self.settled = update.settled;
                        if update.complete {
                            self.pending_select = None;
                        }
                        let rows = inner_height(self.areas().list).max(1);
                        self.selected = keep
                            .and_then(|k| self.view.iter().position(|&i| i as usize == k))
                            .filter(|&at| restoring || ranked_later || at < rows)
                            .unwrap_or(0);
                        if ranked_later {
                            return Effect::None;
                        }
                        // The filter may have counted the articles of every entity by now:
                        // suggest the most mentioned.
                        if update.complete && self.filter_hint.is_some() {
                            self.filter_hint = self.entity_hint();
                        }
                        // ... and rank the names offered by it.
                        if update.complete
                            && self.completion.as_ref().is_some_and(|c| c.chosen.is_none())
                        {
                            self.update_completion();
                        }
                        if update.complete && self.compare.open {
                            return self.request_compare();
                        }
                    }
                    Err(e) => self.filter_error = Some(e),
                }
            }
        }
        Effect::None
    }

    /// Sets the status bar message; names in it come from article text or the file system, so
    /// it is cleaned like any text shown.
    pub(super) fn say(&mut self, text: &str, error: bool) {
        let clean = crate::corpus::sanitize(text).replace('\n', " ");
        self.message = Some((clean, error));
    }

    /// The selected entity when it is a name found in the collection; otherwise says why not.
    fn selected_found(&mut self) -> Option<&Entity> {
        let Some(id) = self.selected_entity() else {
            self.say("no entity selected", true);
            return None;
        };
        let entity = self.index.matcher().entity(id);
        if entity.origin == Origin::Dictionary {
            let text = format!("'{}' is already in the dictionary", entity.name);
            self.say(&text, true);
            return None;
        }
        Some(self.index.matcher().entity(id))
    }

    /// `t`: the next kind for the selected found name.
    fn cycle_kind(&mut self) {
        let Some(id) = self.selected_entity() else {
            return self.say("no entity selected", true);
        };
        if self.selected_found().is_none() {
            return;
        }
        let kind = self.kind_of(id);
        let next = Kind::ALL[(Kind::ALL.iter().position(|&k| k == kind).unwrap_or(0) + 1) % 6];
        let name = self.index.matcher().entity(id).name.clone();
        self.say(&format!("'{name}' will be added as {}", next.name()), false);
        self.chosen_kinds.insert(name, next);
    }

    /// `a` / `x`: asks for the selected found name to be added to the user's dictionary, or
    /// marked not a name there.
    fn edit_dictionary(&mut self, add: bool) -> Effect {
        let Some(id) = self.selected_entity() else {
            self.say("no entity selected", true);
            return Effect::None;
        };
        let kind = self.kind_of(id);
        let Some(entity) = self.selected_found() else {
            return Effect::None;
        };
        let edit = if add {
            DictEdit::Add(Entity {
                kind,
                ..entity.clone()
            })
        } else {
            DictEdit::NotAName(entity.name.clone())
        };
        let what = if add { "adding" } else { "marking not a name" };
        let text = format!("{what} '{}'…", edit.name());
        self.say(&text, false);
        Effect::EditDictionary(edit)
    }

    /// Highlights with `index` from now on, keeping the article, its place and (by name) the
    /// selected entity.
    fn reindex(&mut self, index: Arc<EntityIndex>) {
        let selected = self
            .selected_entity()
            .map(|id| self.index.matcher().entity(id).name.clone());
        self.index = index;
        self.reset_entities();
        // The names offered were the old index's.
        if self.completion.is_some() {
            self.update_completion();
        }
        self.query_gen += 1;
        self.sync();
        if let Some(name) = selected {
            let matcher = self.index.matcher();
            if let Some(at) =
                (self.entity_rows().iter()).position(|&(id, _)| matcher.entity(id).name == name)
            {
                self.entity_selected = at;
            }
        }
        // A chosen kind matters only while its name is still one found in the collection.
        let found = |name: &String| {
            let entities = self.index.matcher().entities();
            (entities.iter()).any(|e| e.origin == Origin::Corpus && &e.name == name)
        };
        let kept = std::mem::take(&mut self.chosen_kinds);
        self.chosen_kinds = kept.into_iter().filter(|(n, _)| found(n)).collect();
        self.filter_hint = match self.filter_error {
            None => self.entity_hint(),
            Some(_) => None,
        };
    }

    /// Replaces the filter text and asks for it to be applied.
    pub(super) fn set_filter(&mut self, text: String) -> Effect {
        self.filter = super::line::Line::new(&text);
        self.refilter()
    }

    /// Parses the filter text again and asks for what applies of it to be applied, when that
    /// changed.
    pub(super) fn refilter(&mut self) -> Effect {
        let before = self.applied.clone();
        self.reparse();
        if self.applied == before && self.filter_error.is_some() {
            return Effect::None;
        }
        Effect::Filter(self.applied.clone())
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
                let name = self.index.matcher().entity(id).name.clone();
                return self.filter_by_name(&name);
            }
        }
        Effect::None
    }

    /// Adds `@"name"` to the filter (unless it is there) and shows the list.
    pub(super) fn filter_by_name(&mut self, name: &str) -> Effect {
        let term = format!("@\"{name}\"");
        let mut text = self.filter.text.trim_end().to_string();
        if !text.split_whitespace().any(|t| t == term) {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&term);
        }
        self.focus = Pane::List;
        self.set_filter(text)
    }

    /// What `n`/`N` walk through: the selected entity's mentions, else the search hits.
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

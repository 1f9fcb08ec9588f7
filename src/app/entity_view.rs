//! The entity view (`E`): every entity of the filtered collection with its kind, articles and
//! mentions; sorted by a key that cycles (`Tab`), narrowed as you type, `Enter` filters the
//! list by the one selected. The counting runs on a worker (it reads every article); the view
//! shows progress until the counts arrive.
//!
//! What must stay true: `selected` and `offset` index `rows()`, and the counts shown are those
//! of the articles the list showed when the view opened.

use super::action::{Action, Edit as LineEdit, Effect};
use super::line::Line;
use super::state::AppState;
use crate::entities::{EntityIndex, EntityStat, Kind, Matcher, Origin};
use std::sync::Arc;

/// What the entity view is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sort {
    /// Most articles first (then most mentions).
    #[default]
    Articles,
    /// Most mentions first (then most articles).
    Mentions,
    /// By name, A to Z.
    Name,
    /// By kind, then most articles first.
    Kind,
}

impl Sort {
    /// The next sort key, round the cycle.
    pub fn next(self) -> Sort {
        match self {
            Sort::Articles => Sort::Mentions,
            Sort::Mentions => Sort::Name,
            Sort::Name => Sort::Kind,
            Sort::Kind => Sort::Articles,
        }
    }

    /// Its name in the view's title.
    pub fn name(self) -> &'static str {
        match self {
            Sort::Articles => "articles",
            Sort::Mentions => "mentions",
            Sort::Name => "name",
            Sort::Kind => "kind",
        }
    }
}

/// The entity view's state.
#[derive(Debug, Clone, Default)]
pub struct EntityView {
    /// The index counted with: its matcher names the ids of `stats`, even after the entity
    /// index of the reader is replaced (names found in the collection, a dictionary edit).
    pub index: Option<Arc<EntityIndex>>,
    /// Which count this view waits for (answers to older ones are dropped).
    pub generation: u64,
    /// How many articles are counted.
    pub articles: usize,
    /// Articles counted so far, while counting.
    pub done: usize,
    /// The counts, once they are in: most articles first.
    pub stats: Option<Vec<EntityStat>>,
    /// The sort in use.
    pub sort: Sort,
    /// The text that narrows the rows.
    pub narrow: Line,
    /// The rows shown, as indices into `stats`, sorted and narrowed.
    rows: Vec<u32>,
    /// Position of the selected row in `rows`.
    pub selected: usize,
    /// First row shown.
    pub offset: usize,
}

impl EntityView {
    /// The matcher that names the ids of `stats`.
    pub fn matcher(&self) -> Option<&Matcher> {
        self.index.as_deref().map(EntityIndex::matcher)
    }

    /// The rows shown, as indices into `stats`.
    pub fn rows(&self) -> &[u32] {
        &self.rows
    }

    /// Sorts and narrows the rows again, keeping the selected entity when it is still shown.
    fn arrange(&mut self, matcher: &Matcher) {
        let Some(stats) = &self.stats else {
            self.rows.clear();
            return;
        };
        let keep = self.rows.get(self.selected).map(|&i| stats[i as usize].id);
        let words: Vec<String> = self
            .narrow
            .text
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let name = |s: &EntityStat| &matcher.entity(s.id).name;
        let mut rows: Vec<u32> = (0..stats.len() as u32)
            .filter(|&i| {
                let name = name(&stats[i as usize]).to_lowercase();
                words.iter().all(|w| name.contains(w.as_str()))
            })
            .collect();
        let by = |i: &u32| &stats[*i as usize];
        match self.sort {
            // `stats` comes most articles first.
            Sort::Articles => {}
            Sort::Mentions => rows.sort_by_key(|i| {
                (
                    std::cmp::Reverse(by(i).mentions),
                    std::cmp::Reverse(by(i).articles),
                )
            }),
            Sort::Name => rows.sort_by_cached_key(|i| name(by(i)).to_lowercase()),
            Sort::Kind => rows.sort_by_key(|i| matcher.entity(by(i).id).kind.name()),
        }
        self.selected = keep
            .and_then(|id| rows.iter().position(|&i| stats[i as usize].id == id))
            .unwrap_or(0);
        self.rows = rows;
    }
}

impl AppState {
    /// The kind entity `id` of `matcher` is shown with: for a name found in the collection,
    /// the one chosen with `t`, if any.
    pub fn kind_in(&self, matcher: &Matcher, id: crate::entities::EntityId) -> Kind {
        let entity = matcher.entity(id);
        match entity.origin {
            Origin::Corpus => *self.chosen_kinds.get(&entity.name).unwrap_or(&entity.kind),
            Origin::Dictionary => entity.kind,
        }
    }

    /// Whether `action` is the entity view's: the counting machinery's always, the keys while
    /// it is open.
    pub(super) fn entity_view_takes(&self, action: &Action) -> bool {
        use Action::*;
        match action {
            ToggleEntityView | EntitiesCounted { .. } | EntityCountProgress { .. } => true,
            Down
            | Up
            | PageDown
            | PageUp
            | HalfPageDown
            | HalfPageUp
            | First
            | Last
            | Edit(_)
            | Activate
            | CycleSort
            | Wheel { .. }
            | Click { .. } => self.entity_view.is_some(),
            _ => false,
        }
    }

    /// Rows of the entity view on screen: the main area less its border, the narrowing line
    /// and the header.
    pub fn entity_view_height(&self) -> usize {
        (self.size.1 as usize).saturating_sub(1 + 2 + 2).max(1)
    }

    /// Applies an action [`AppState::entity_view_takes`].
    pub(super) fn update_entity_view(&mut self, action: Action) -> Effect {
        use Action::*;
        let height = self.entity_view_height();
        if let ToggleEntityView = action {
            if self.entity_view.take().is_some() {
                return Effect::None;
            }
            self.count_generation += 1;
            self.entity_view = Some(EntityView {
                index: Some(self.index.clone()),
                generation: self.count_generation,
                articles: self.view.len(),
                ..EntityView::default()
            });
            return Effect::CountEntities {
                generation: self.count_generation,
                articles: self.view.clone(),
            };
        }
        let Some(view) = self.entity_view.as_mut() else {
            return Effect::None;
        };
        let Some(matcher) = view.index.clone() else {
            return Effect::None;
        };
        let last = view.rows.len().saturating_sub(1);
        let page = height.saturating_sub(1).max(1);
        match action {
            EntitiesCounted { generation, stats } if generation == view.generation => {
                view.stats = Some(stats);
                view.arrange(matcher.matcher());
            }
            EntityCountProgress { generation, done } if generation == view.generation => {
                view.done = done;
            }
            Down => view.selected = (view.selected + 1).min(last),
            Wheel { down: true, .. } => view.selected = (view.selected + 3).min(last),
            Wheel { down: false, .. } => view.selected = view.selected.saturating_sub(3),
            Up => view.selected = view.selected.saturating_sub(1),
            PageDown => view.selected = (view.selected + page).min(last),
            PageUp => view.selected = view.selected.saturating_sub(page),
            HalfPageDown => view.selected = (view.selected + page / 2).min(last),
            HalfPageUp => view.selected = view.selected.saturating_sub(page / 2),
            First => view.selected = 0,
            Last => view.selected = last,
            CycleSort => {
                view.sort = view.sort.next();
                view.arrange(matcher.matcher());
                view.selected = 0;
            }
            // The cursor stays at the end; the rest edits the narrowing text.
            Edit(LineEdit::Left | LineEdit::Right) => {}
            Edit(edit) => {
                view.narrow.apply(edit);
                view.arrange(matcher.matcher());
            }
            Activate => {
                let stats = view.stats.as_deref().unwrap_or_default();
                let Some(stat) = view.rows.get(view.selected).map(|&i| stats[i as usize]) else {
                    return Effect::None;
                };
                let name = matcher.matcher().entity(stat.id).name.clone();
                self.entity_view = None;
                return self.filter_by_name(&name);
            }
            _ => {}
        }
        view.offset = view.offset.min(view.selected);
        if view.selected >= view.offset + height {
            view.offset = view.selected + 1 - height;
        }
        Effect::None
    }
}

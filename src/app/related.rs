//! Related articles (`r`): for the selected article, the most related others with why,
//! computed on a worker; `Enter` on one shows the two side by side, the passages they share
//! marked, and the entities and speakers only one of them has.
//!
//! What must stay true: a result is shown only for the last article asked about.

use std::ops::Range;

use super::action::Effect;
use super::state::AppState;
use crate::compare::{Related, quotes, shared_passages};
use crate::entities::EntityId;

/// The state of the related view.
#[derive(Debug, Default)]
pub struct RelatedView {
    /// Whether the view is shown.
    pub open: bool,
    /// The article the others relate to.
    pub article: usize,
    /// Generation of the last request.
    pub generation: u64,
    /// The related articles, once found.
    pub items: Option<Vec<Related>>,
    /// The selected related article.
    pub selected: usize,
    /// Two articles side by side, when one was chosen.
    pub side: Option<SideBySide>,
}

/// Two articles side by side.
#[derive(Debug, Clone, PartialEq)]
pub struct SideBySide {
    /// Article indices, left and right.
    pub articles: [usize; 2],
    /// Byte ranges of each text that the other shares.
    pub shared: [Vec<Range<usize>>; 2],
    /// Entities only the left, only the right mentions.
    pub only_entities: [Vec<EntityId>; 2],
    /// Speakers quoted only on the left, only on the right.
    pub only_speakers: [Vec<String>; 2],
    /// First line shown of both panes (they scroll together).
    pub scroll: usize,
}

/// A request for the articles related to `article`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelatedJob {
    /// Which request this is; only the newest one's answer is kept.
    pub generation: u64,
    /// The article the others relate to.
    pub article: usize,
}

impl AppState {
    /// `r`: finds the articles related to the selected one, or closes the view.
    pub(super) fn toggle_related(&mut self) -> Effect {
        if self.related.open {
            self.related.open = false;
            return Effect::None;
        }
        let Some(article) = self.current() else {
            self.say("no article selected", true);
            return Effect::None;
        };
        self.compare.open = false;
        let r = &mut self.related;
        r.open = true;
        r.article = article;
        r.items = None;
        r.selected = 0;
        r.side = None;
        r.generation += 1;
        Effect::Related(RelatedJob {
            generation: r.generation,
            article,
        })
    }

    /// A worker's answer: kept when it is for the last request.
    pub(super) fn related_found(&mut self, generation: u64, items: Vec<Related>) {
        if generation == self.related.generation {
            self.related.items = Some(items);
        }
    }

    /// The keys of the open related view; `None` for actions it leaves to the reader.
    pub(super) fn related_key(&mut self, action: &super::Action) -> Option<Effect> {
        use super::Action::*;
        let count = self.related.items.as_ref().map_or(0, Vec::len);
        let r = &mut self.related;
        match (action, &mut r.side) {
            (Down | PageDown, Some(side)) => {
                side.scroll += if matches!(action, Down) { 1 } else { 10 }
            }
            (Up | PageUp, Some(side)) => {
                side.scroll = side
                    .scroll
                    .saturating_sub(if matches!(action, Up) { 1 } else { 10 })
            }
            (Back, Some(_)) => r.side = None,
            (Down, None) => r.selected = (r.selected + 1).min(count.saturating_sub(1)),
            (Up, None) => r.selected = r.selected.saturating_sub(1),
            (Activate, None) => {
                let chosen = r.items.as_ref().and_then(|items| items.get(r.selected));
                if let Some(other) = chosen.map(|c| c.article as usize) {
                    let side = self.side_by_side(self.related.article, other);
                    self.related.side = Some(side);
                }
            }
            (Back | ToggleRelated, _) => r.open = false,
            (ToggleCompare, _) => {
                r.open = false;
                return None;
            }
            // Keys and clicks meant for the panes underneath do nothing here.
            (
                FocusNext
                | FocusPrev
                | FocusLeft
                | FocusRight
                | First
                | Last
                | PageDown
                | PageUp
                | Activate
                | Wheel { .. }
                | Click { .. },
                _,
            ) => {}
            _ => return None,
        }
        Some(Effect::None)
    }

    /// Articles `a` and `b` compared: shared passages, and what only one of them has.
    fn side_by_side(&self, a: usize, b: usize) -> SideBySide {
        let (ta, tb) = (self.articles[a].text(), self.articles[b].text());
        let (in_a, in_b, _) = shared_passages(ta, tb);
        let (ea, eb) = (self.index.entities_of(a), self.index.entities_of(b));
        let only = |x: &[EntityId], y: &[EntityId]| -> Vec<EntityId> {
            x.iter()
                .filter(|id| y.binary_search(id).is_err())
                .copied()
                .collect()
        };
        let matcher = self.index.matcher();
        let speakers = |i: usize| -> Vec<String> {
            let mut s: Vec<String> = quotes(
                self.articles[i].text(),
                &self.index.annotation(i).text,
                matcher,
            )
            .into_iter()
            .map(|q| q.speaker)
            .collect();
            s.sort();
            s.dedup();
            s
        };
        let (sa, sb) = (speakers(a), speakers(b));
        let only_s = |x: &[String], y: &[String]| -> Vec<String> {
            x.iter().filter(|s| !y.contains(s)).cloned().collect()
        };
        SideBySide {
            articles: [a, b],
            shared: [in_a, in_b],
            only_entities: [only(ea, eb), only(eb, ea)],
            only_speakers: [only_s(&sa, &sb), only_s(&sb, &sa)],
            scroll: 0,
        }
    }
}

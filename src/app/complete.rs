//! Completing entity names in the filter bar: while the word at the cursor is an `@name`, the
//! entities it could be are offered (a popup above the bar); `Tab` puts the first in its place,
//! the next `Tab` the next one.
//!
//! What must stay true: a completion only ever replaces the `@` word at the cursor.

use super::action::Effect;
use super::state::AppState;
use crate::entities::EntityId;
use crate::search;

/// How many candidates are offered.
pub const CANDIDATES: usize = 8;

/// The candidates for the `@` word at the cursor.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completion {
    /// Byte range of the word in the filter text (its `@` included; a leading `!` not).
    pub word: std::ops::Range<usize>,
    /// The entities offered, best first.
    pub candidates: Vec<EntityId>,
    /// The one `Tab` put in place last, while cycling.
    pub chosen: Option<usize>,
}

impl AppState {
    /// Looks again at the word at the cursor: offers candidates when it is an `@name`.
    pub(super) fn update_completion(&mut self) {
        let text = &self.filter.text;
        let cursor = self.filter.cursor;
        let start = text[..cursor].rfind(char::is_whitespace).map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
        let word = &text[start..cursor];
        let at = usize::from(word.starts_with('!'));
        self.completion = word[at..].strip_prefix('@').and_then(|typed| {
            let counts = self.index.article_counts();
            let articles = counts.map(|c| move |id: EntityId| c[id as usize] as usize);
            let candidates = search::complete_entity(
                typed,
                self.index.matcher(),
                articles.as_ref().map(|f| f as &dyn Fn(EntityId) -> usize),
                CANDIDATES,
            );
            (!candidates.is_empty()).then_some(Completion {
                word: start + at..cursor,
                candidates,
                chosen: None,
            })
        });
    }

    /// `Tab` in the filter bar: the next candidate in place of the `@` word.
    pub(super) fn complete(&mut self) -> Effect {
        let Some(c) = &mut self.completion else {
            return Effect::None;
        };
        let next = c.chosen.map_or(0, |i| (i + 1) % c.candidates.len());
        c.chosen = Some(next);
        let name = &self.index.matcher().entity(c.candidates[next]).name;
        let with = format!("@\"{name}\"");
        let word = c.word.clone();
        self.filter.text.replace_range(word.clone(), &with);
        self.filter.cursor = word.start + with.len();
        if let Some(c) = &mut self.completion {
            c.word = word.start..word.start + with.len();
        }
        self.refilter()
    }
}

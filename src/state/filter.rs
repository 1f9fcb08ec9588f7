//! The marks as the search sees them, beside any entity filter: what answers `is:unread` and
//! `is:starred` in `dossier list -q` and the other commands, from the state database.

use super::marks::Marks;
use crate::entities::EntityId;
use crate::search::{EntityFilter, Status};

/// An entity filter with the marks of the same collection.
pub struct WithMarks<'a> {
    /// Answers `@name` terms.
    pub ents: &'a dyn EntityFilter,
    /// Answers `is:` terms.
    pub marks: &'a Marks,
}

impl EntityFilter for WithMarks<'_> {
    fn resolve(&self, name: &str) -> Vec<EntityId> {
        self.ents.resolve(name)
    }

    fn mentions_any(&self, article: usize, ids: &[EntityId]) -> bool {
        self.ents.mentions_any(article, ids)
    }

    fn has_status(&self, article: usize, status: Status) -> bool {
        self.marks.has_status(article, status)
    }
}

//! The entity index with the reader's marks beside it, as the filter worker sees them: `@name`
//! terms ask the index, `is:unread` and `is:starred` ask the marks.

use crate::entities::{EntityId, EntityIndex};
use crate::search::{EntityFilter, Status};
use crate::state::Marks;
use std::sync::Arc;

/// An entity index and the marks of the same collection.
pub struct Marked {
    /// The entity index.
    pub index: Arc<EntityIndex>,
    /// The marks, shared with the reader, which sets them.
    pub marks: Arc<Marks>,
}

impl EntityFilter for Marked {
    fn resolve(&self, name: &str) -> Vec<EntityId> {
        EntityFilter::resolve(&*self.index, name)
    }

    fn mentions_any(&self, article: usize, ids: &[EntityId]) -> bool {
        EntityFilter::mentions_any(&*self.index, article, ids)
    }

    fn has_status(&self, article: usize, status: Status) -> bool {
        self.marks.has_status(article, status)
    }
}

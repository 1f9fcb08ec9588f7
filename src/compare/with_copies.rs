//! A search filter that also knows which articles are near-copies, so that `is:copy` and
//! `!is:copy` (the list with copies collapsed into their originals) can be answered.

use crate::entities::EntityId;
use crate::search::EntityFilter;

use super::Copies;

/// `inner` (a reference or an `Arc` to a filter) for entities, `copies` for `is:copy`.
pub struct WithCopies<F> {
    /// Answers `@name` terms.
    pub inner: F,
    /// The collection's near-copies; article numbers are the same as the filter's.
    pub copies: std::sync::Arc<Copies>,
}

/// Whether `query` has an `is:copy` term, so that the collection's copies must be found.
pub fn asks_copies(query: &crate::search::Query) -> bool {
    query
        .terms()
        .any(|t| t.kind == crate::search::TermKind::Copy)
}

impl<F, T> EntityFilter for WithCopies<F>
where
    F: std::ops::Deref<Target = T> + Sync,
    T: EntityFilter + ?Sized,
{
    fn resolve(&self, name: &str) -> Vec<EntityId> {
        self.inner.resolve(name)
    }

    fn mentions_any(&self, article: usize, ids: &[EntityId]) -> bool {
        self.inner.mentions_any(article, ids)
    }

    fn has_status(&self, article: usize, status: crate::search::Status) -> bool {
        self.inner.has_status(article, status)
    }

    fn is_copy(&self, article: usize) -> bool {
        self.copies.is_copy(article as u32)
    }
}

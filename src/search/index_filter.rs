//! The entity index, and a pass over a corpus, seen through the search's [`EntityFilter`]
//! trait, for `@name` terms.

use super::EntityFilter;
use crate::entities::{EntityId, EntityIndex, OnePass};

impl EntityFilter for EntityIndex {
    fn resolve(&self, name: &str) -> Vec<EntityId> {
        self.matcher().resolve_prefix(name)
    }

    fn mentions_any(&self, article: usize, ids: &[EntityId]) -> bool {
        EntityIndex::mentions_any(self, article, ids)
    }
}

impl EntityFilter for OnePass<'_> {
    fn resolve(&self, name: &str) -> Vec<EntityId> {
        self.matcher().resolve_prefix(name)
    }

    fn mentions_any(&self, article: usize, ids: &[EntityId]) -> bool {
        OnePass::mentions_any(self, article, ids)
    }
}

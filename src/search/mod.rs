//! The filter: the query language of DESIGN 1.6, parsed once, then matched and ranked over a
//! corpus. Serves the TUI filter bar, `dossier list -q` and `dossier entities -q` alike.
//!
//! What must stay true: parsing never panics and reports a bad term as an error; an empty query
//! keeps every article, newest first, undated last.
//!
//! Layout: [`query`] parses, [`plan`] compiles a query for one run, [`engine`] scans and ranks,
//! [`worker`] runs that in the background for the TUI, [`keep`] tests articles one at a time
//! while they load, [`highlight`] says what to highlight.

mod complete;
mod date;
mod engine;
mod fuzzy;
mod heads;
mod highlight;
mod hint;
mod index_filter;
mod indexing;
mod keep;
mod narrow;
mod plan;
mod query;
mod text;
mod typo;
mod word_index;
mod words;
mod worker;

#[cfg(test)]
mod tests;

pub use complete::complete_entity;
pub use date::DateSpec;
pub(crate) use date::days_in_month;
pub use engine::{BaseOrder, Hit, filter, filter_kept, filter_with};
pub use highlight::{RowHighlight, exact_ranges, highlight};
pub use hint::unknown_entity;
pub use indexing::{IndexSlot, Indexing};
pub use keep::Keeper;
pub use query::{Group, Query, QueryError, QueryErrorKind, Status, Term, TermKind, parse};
pub use word_index::WordIndex;
pub use worker::{SETTLED_ROWS, Update, Worker};

use crate::entities::EntityId;

/// What the search needs to know about entities, so that it does not depend on how they are
/// matched or cached (`@name` terms use it), and about the reader's marks (`is:` terms).
pub trait EntityFilter: Sync {
    /// The entities whose canonical name or an alias has `name` as a word prefix
    /// (case-insensitive): `lav` finds Sergei Lavrov, `john kerry` finds John Kerry.
    fn resolve(&self, name: &str) -> Vec<EntityId>;
    /// Whether article number `article` mentions any of `ids` (sorted).
    fn mentions_any(&self, article: usize, ids: &[EntityId]) -> bool;
    /// Whether article number `article` has `status` (`is:unread`, `is:starred`). Where no
    /// marks are known, as here, every article is unread and none starred.
    fn has_status(&self, article: usize, status: Status) -> bool {
        let _ = article;
        status == Status::Unread
    }

    /// Whether article number `article` is a near-copy of an earlier one (`is:copy`); none
    /// is, unless the filter knows the collection's copies.
    fn is_copy(&self, _article: usize) -> bool {
        false
    }
}

/// Stands in for the entity index where a query has no `@name` term: knows no entity, so
/// nothing is asked of a corpus's mentions.
pub struct NoEntities;

impl EntityFilter for NoEntities {
    fn resolve(&self, _: &str) -> Vec<EntityId> {
        Vec::new()
    }
    fn mentions_any(&self, _: usize, _: &[EntityId]) -> bool {
        false
    }
}

//! Named entities: the dictionary (built-in plus the user's), the matcher that finds mentions in
//! text, the per-article index that caches them, and a pass that computes them without keeping
//! them.
//!
//! What must stay true: mentions are sorted, non-overlapping, on `char` boundaries, and each
//! resolves to exactly one canonical entity (DESIGN 1.5). Entity ids follow name order.

mod context;
mod dict;
mod discover;
mod edit;
mod error;
mod index;
mod kind;
mod load;
mod matcher;
mod nearest;
mod pass;
mod patterns;
mod prefilter;
mod sides;
mod starts;
mod trie;
mod words;

#[cfg(test)]
mod tests;

pub use dict::{Dictionary, Entity, Origin, fold_name};
pub use discover::discover;
pub use edit::{DictEdit, EditError, EditOutcome, edit_file};
pub use error::DictError;
pub(crate) use error::line_col;
pub use index::{EntityIndex, EntityStat};
pub use kind::Kind;
pub use load::{DictOptions, default_config_path};
pub use matcher::Matcher;
pub use pass::OnePass;
pub use prefilter::Prefilter;

/// Index of an entity in its [`Dictionary`] (and so in the [`Matcher`] built from it).
pub type EntityId = u32;

/// One mention of an entity: a byte range of the text it was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Mention {
    /// Byte offset of the first byte (on a char boundary).
    pub start: usize,
    /// Byte offset one past the last byte (on a char boundary).
    pub end: usize,
    /// The canonical entity it resolves to.
    pub entity: EntityId,
    /// What it names here: its entity's kind, except where a place stands for its club in a
    /// sports result ("Pohang 3 Ulsan 2"), an organisation (see `sides`).
    pub kind: Kind,
}

/// The mentions of one article, in its title and body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotation {
    /// Mentions in the title, sorted by `start`.
    pub title: Vec<Mention>,
    /// Mentions in the body text, sorted by `start`.
    pub text: Vec<Mention>,
}

impl Annotation {
    /// Every mention, title first.
    pub fn mentions(&self) -> impl Iterator<Item = &Mention> {
        self.title.iter().chain(&self.text)
    }

    /// The entities mentioned in title or body, sorted, each once.
    pub fn entity_ids(&self) -> Vec<EntityId> {
        let mut ids: Vec<EntityId> = self.mentions().map(|m| m.entity).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Mentions per entity in title and body: most first, ties by name (ids follow name order).
    pub fn counts(&self) -> Vec<(EntityId, usize)> {
        let mut ids: Vec<EntityId> = self.mentions().map(|m| m.entity).collect();
        ids.sort_unstable();
        let mut counts: Vec<(EntityId, usize)> = Vec::new();
        for id in ids {
            match counts.last_mut() {
                Some((last, n)) if *last == id => *n += 1,
                _ => counts.push((id, 1)),
            }
        }
        counts.sort_by_key(|&(id, n)| (std::cmp::Reverse(n), id));
        counts
    }
}

/// A matcher for a collection: the dictionary's names and those found in `articles` by
/// [`discover`].
pub fn matcher_for(mut dict: Dictionary, articles: &[crate::corpus::Article]) -> Matcher {
    let found = discover::discover_in(&dict, articles, |a| (a.title(), a.text()));
    dict.add_found(found);
    Matcher::new(dict)
}

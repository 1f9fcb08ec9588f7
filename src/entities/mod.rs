//! Named entities: the dictionary (built-in plus the user's), the matcher that finds mentions in
//! text, and the per-article index that caches them.
//!
//! What must stay true: mentions are sorted, non-overlapping, on `char` boundaries, and each
//! resolves to exactly one canonical entity (DESIGN 1.5).

mod kind;

pub use kind::Kind;

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
}

/// The mentions of one article, in its title and body.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Annotation {
    /// Mentions in the title, sorted by `start`.
    pub title: Vec<Mention>,
    /// Mentions in the body text, sorted by `start`.
    pub text: Vec<Mention>,
}

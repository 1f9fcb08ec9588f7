//! What the reader remembers between runs: read and starred marks by article identity, and
//! the last filter, selected article and pane split of each collection, in a SQLite database
//! (the one module that writes user state). Pure of terminal code: the app calls it.
//!
//! What must stay true: the reader always opens. A database that cannot be written (damaged,
//! locked, in a read-only place, on a full disk) is reported in words; the marks it holds are
//! still shown when it can be read, and new marks then live only until quit.
//!
//! Layout: [`identity`] names an article, [`marks`] holds the marks in memory, [`store`] is the
//! database, [`writer`] writes to it off the UI thread.

mod filter;
mod identity;
mod marks;
mod store;
mod writer;

pub use filter::WithMarks;
pub use identity::{identities, identity};
pub use marks::{Mark, Marks};
pub use store::{FILE, Session, Store, StoreError, collection_key, default_dir};
pub use writer::{Write, Writer};

use crate::corpus::Article;
use std::path::Path;
use std::sync::Arc;

/// The remembered state of one collection, opened.
pub struct Memory {
    /// The marks, shared with the filter worker.
    pub marks: Arc<Marks>,
    /// The last session of the collection, with the selected article as a position.
    pub session: Option<Restored>,
    /// Why marks are not saved, when they are not.
    pub problem: Option<StoreError>,
    writer: Option<Writer>,
}

/// A saved session, resolved against the collection as loaded now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// The filter text.
    pub filter: String,
    /// Position of the selected article, if it is still in the collection.
    pub selected: Option<usize>,
    /// The list's width in percent.
    pub split: Option<u16>,
}

impl Memory {
    /// Opens the state in `dir` (none: nothing is remembered) for `articles`, the collection
    /// opened from `collection` (see [`collection_key`]).
    pub fn open(dir: Option<&Path>, articles: &[Article], collection: &str) -> Memory {
        let marks = Arc::new(Marks::new(articles.len()));
        Memory::open_into(dir, articles.into(), collection, marks)
    }

    /// The same, setting the marks found into `marks` (made for `articles`), which others may
    /// already share: marks found are only ever set, never cleared, so that a mark made
    /// meanwhile stays.
    pub fn open_into(
        dir: Option<&Path>,
        articles: Arc<[Article]>,
        collection: &str,
        marks: Arc<Marks>,
    ) -> Memory {
        let Some(dir) = dir else {
            return Memory {
                marks,
                session: None,
                problem: None,
                writer: None,
            };
        };
        let (store, problem) = match Store::open(dir) {
            Ok(store) => (Some(store), None),
            Err(e) => (Store::open_read_only(dir).ok(), Some(e)),
        };
        let mut memory = Memory {
            marks,
            session: None,
            problem,
            writer: None,
        };
        let Some(store) = store else {
            return memory;
        };
        if let Err(e) = store.load(&articles, &memory.marks) {
            memory.problem.get_or_insert(e);
        }
        memory.session = store.session(collection).ok().flatten().map(|s| Restored {
            selected: s
                .selected
                .and_then(|id| articles.iter().position(|a| identity(a) == id)),
            filter: s.filter,
            split: s.split,
        });
        if memory.problem.is_none() {
            memory.writer = Some(Writer::spawn(store, articles, collection.to_string()));
        }
        memory
    }

    /// Whether marks are written to the database.
    pub fn saves(&self) -> bool {
        self.writer.is_some()
    }

    /// Saves `write` (when the database can be written).
    pub fn save(&self, write: Write) {
        if let Some(w) = &self.writer {
            w.send(write);
        }
    }

    /// A write that failed since the last call, if any.
    pub fn problem(&self) -> Option<StoreError> {
        self.writer.as_ref().and_then(Writer::problem)
    }
}

/// The marks of `articles` as the database in `dir` holds them, read without writing: for the
/// commands. No database means no marks; one that is there but cannot be read means no marks
/// and the reason, for the command to say (else `is:starred` would answer "none" in silence).
pub fn read_marks(dir: Option<&Path>, articles: &[Article]) -> (Marks, Option<StoreError>) {
    let marks = Marks::new(articles.len());
    let Some(dir) = dir.filter(|d| !matches!(d.join(FILE).try_exists(), Ok(false))) else {
        return (marks, None);
    };
    let problem = match Store::open_read_only(dir) {
        Ok(store) => store.load(articles, &marks).err(),
        Err(e) => Some(e),
    };
    (marks, problem)
}

#[cfg(test)]
mod tests;

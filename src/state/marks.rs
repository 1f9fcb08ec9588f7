//! Read and starred marks of the articles of one collection, in memory: one byte of flags per
//! article, shared between the reader (which sets them) and the filter worker (which tests
//! `is:unread` and `is:starred` with them) without a lock.
//!
//! What must stay true: a mark set here is seen by every later read on any thread; the table
//! never changes size (it is made for one collection).

use crate::search::Status;
use std::sync::atomic::{AtomicU8, Ordering};

/// A mark an article can carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// Opened in the reader, or marked read with `m`.
    Read,
    /// Flagged with `f`.
    Starred,
}

impl Mark {
    fn bit(self) -> u8 {
        match self {
            Mark::Read => 1,
            Mark::Starred => 2,
        }
    }

    /// The column of the state database that holds it.
    pub fn column(self) -> &'static str {
        match self {
            Mark::Read => "read",
            Mark::Starred => "starred",
        }
    }
}

/// The marks of every article of a collection, by position.
#[derive(Debug)]
pub struct Marks {
    flags: Box<[AtomicU8]>,
}

impl Marks {
    /// No marks on `len` articles: all unread, none starred.
    pub fn new(len: usize) -> Marks {
        Marks {
            flags: (0..len).map(|_| AtomicU8::new(0)).collect(),
        }
    }

    /// How many articles the table covers.
    pub fn len(&self) -> usize {
        self.flags.len()
    }

    /// Whether it covers no article.
    pub fn is_empty(&self) -> bool {
        self.flags.is_empty()
    }

    /// Whether article `i` carries `mark` (false past the end).
    pub fn has(&self, i: usize, mark: Mark) -> bool {
        self.flags
            .get(i)
            .is_some_and(|f| f.load(Ordering::Relaxed) & mark.bit() != 0)
    }

    /// Sets or clears `mark` on article `i`; says whether that changed anything.
    pub fn set(&self, i: usize, mark: Mark, on: bool) -> bool {
        let Some(f) = self.flags.get(i) else {
            return false;
        };
        let old = if on {
            f.fetch_or(mark.bit(), Ordering::Relaxed)
        } else {
            f.fetch_and(!mark.bit(), Ordering::Relaxed)
        };
        (old & mark.bit() != 0) != on
    }

    /// Whether article `i` answers an `is:` term.
    pub fn has_status(&self, i: usize, status: Status) -> bool {
        match status {
            Status::Unread => !self.has(i, Mark::Read),
            Status::Starred => self.has(i, Mark::Starred),
        }
    }

    /// How many articles carry `mark`.
    pub fn count(&self, mark: Mark) -> usize {
        (0..self.len()).filter(|&i| self.has(i, mark)).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_independent_and_say_when_they_change() {
        let m = Marks::new(3);
        assert!(!m.has(1, Mark::Read));
        assert!(m.set(1, Mark::Read, true));
        assert!(!m.set(1, Mark::Read, true));
        assert!(m.set(1, Mark::Starred, true));
        assert!(m.set(1, Mark::Read, false));
        assert!(!m.has(1, Mark::Read));
        assert!(m.has(1, Mark::Starred));
        assert_eq!(m.count(Mark::Starred), 1);
        assert!(!m.has(7, Mark::Read));
        assert!(!m.set(7, Mark::Read, true));
    }
}

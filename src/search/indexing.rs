//! The word index built on a thread of its own once a corpus is loaded: until it is ready the
//! filter reads the texts; then it asks the index. The reader shows the progress.
//!
//! What must stay true: starting never blocks; the index, once there, covers exactly the corpus
//! it was started on; dropping the handle stops the build.

use std::cell::Cell;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use super::word_index::WordIndex;
use crate::corpus::Article;

/// Where the finished index appears, shared with the filter workers.
pub type IndexSlot = Arc<OnceLock<Arc<WordIndex>>>;

/// A called-back `notify`, at most this often while building, so a progress display moves.
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// A word index being built, or built.
pub struct Indexing {
    slot: IndexSlot,
    done: Arc<AtomicUsize>,
    total: usize,
    cancel: Arc<AtomicBool>,
}

impl Indexing {
    /// Starts indexing `articles` on a thread; `notify` is called as the build moves on and
    /// once when the index is ready.
    pub fn start(articles: Arc<[Article]>, notify: Arc<dyn Fn() + Send + Sync>) -> Indexing {
        let slot: IndexSlot = Arc::default();
        let done = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let total = articles.len();
        let (s, d, c) = (slot.clone(), done.clone(), cancel.clone());
        let spawned = std::thread::Builder::new()
            .name("dossier-words".into())
            .spawn(move || {
                yield_to_the_reader();
                let last = Cell::new(Instant::now());
                let cancelled = || {
                    if last.get().elapsed() >= PROGRESS_EVERY {
                        last.set(Instant::now());
                        notify();
                    }
                    c.load(Ordering::Relaxed)
                };
                if let Some(index) = WordIndex::build(&articles, &d, &cancelled) {
                    let _ = s.set(Arc::new(index));
                    notify();
                    // The build's lists, freed, were as big as the index.
                    crate::memory::give_back();
                }
            });
        // Without a thread there is no index: the filter keeps reading the texts, slower but
        // right.
        drop(spawned);
        Indexing {
            slot,
            done,
            total,
            cancel,
        }
    }

    /// Where the index will appear, for the filter workers.
    pub fn slot(&self) -> IndexSlot {
        self.slot.clone()
    }

    /// Whether the index is ready.
    pub fn is_ready(&self) -> bool {
        self.slot.get().is_some()
    }

    /// Articles indexed so far, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed).min(self.total),
            self.total,
        )
    }
}

/// Lowers the calling thread's priority (and that of the threads it starts), so that the
/// index, which only makes later searches faster, never slows the search or the finding of
/// names the user is waiting for: on two cores, building it at full priority made the first
/// `@name` after opening 100k articles arrive 1.4x later.
fn yield_to_the_reader() {
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority only reads its arguments; on Linux the nice value is per thread, and
    // `who` 0 is the calling thread.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}

impl Drop for Indexing {
    fn drop(&mut self) {
        self.cancel.store(true, Ordering::Relaxed);
    }
}

//! Opening the state database off the UI thread: for 100k articles, naming every article
//! (hashing the texts of those without a URL) and reading the marks takes most of a second,
//! which the first frame does not wait for. The marks fill in as they are read (the filter
//! worker shares them); the session is restored when it arrives, unless the user has begun
//! filtering by then.

use crate::corpus::Article;
use crate::state::{Marks, Memory};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, channel};
use std::time::Duration;

/// The state database being opened.
pub struct Opening {
    rx: Receiver<Memory>,
}

impl Opening {
    /// Starts opening the state in `dir` for `articles` (the collection `collection`), setting
    /// the marks it finds into `marks`.
    pub fn start(
        dir: Option<PathBuf>,
        articles: Arc<[Article]>,
        collection: String,
        marks: Arc<Marks>,
    ) -> Opening {
        let (tx, rx) = channel();
        std::thread::Builder::new()
            .name("dossier-state-open".into())
            .spawn(move || {
                let memory = Memory::open_into(dir.as_deref(), &articles, &collection, marks);
                let _ = tx.send(memory);
            })
            .ok();
        Opening { rx }
    }

    /// The opened state, waiting at most `wait` for it; a state that could not be opened at
    /// all (the thread died) is one that remembers nothing.
    pub fn ready(&self, wait: Duration) -> Option<Memory> {
        match self.rx.recv_timeout(wait) {
            Ok(memory) => Some(memory),
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => None,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                Some(Memory::open(None, &[], ""))
            }
        }
    }
}

//! Opening the state database off the UI thread: for 100k articles, naming every article
//! (hashing the texts of those without a URL) and reading the marks takes most of a second,
//! which the first frame does not wait for. The marks fill in as they are read (the filter
//! worker shares them); the session is restored when it arrives, unless the user has begun
//! filtering by then.

use super::action::{Action, Effect};
use super::state::AppState;
use crate::corpus::Article;
use crate::search::Worker;
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
                let memory = Memory::open_into(dir.as_deref(), articles, &collection, marks);
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

/// Takes in the opened state: reports a database that cannot be written, and restores the
/// collection's last session (the filter only when `-q` was not given).
pub fn recall(state: &mut AppState, memory: &Memory, worker: &Worker, query_given: bool) {
    if let Some(p) = &memory.problem {
        state.marks_unsaved = true;
        let problem = format!("{p}; marks are not saved");
        state.notice = Some(match state.notice.take() {
            Some(n) => format!("{n}; {problem}"),
            None => problem,
        });
    }
    let Some(session) = &memory.session else {
        return;
    };
    if let Some(split) = session.split {
        state.split.list_percent = Some(split);
    }
    let filter = if query_given { "" } else { &session.filter };
    if let Effect::Filter(query) = state.restore_session(filter, session.selected) {
        worker.submit(query);
    }
    state.update(Action::Resize {
        width: state.size.0,
        height: state.size.1,
    });
}

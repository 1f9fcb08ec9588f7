//! Writes to the state database on a thread of their own, in the order they are made, so that
//! a key press never waits for the disk or for another reader's lock.
//!
//! What must stay true: every write sent is carried out before [`Writer`] is dropped (drop
//! waits for the queue to drain); a write that fails is reported once through
//! [`Writer::problem`], and the writes after it are still tried.

use super::identity::identity;
use super::marks::Mark;
use super::store::{Session, Store, StoreError};
use crate::corpus::Article;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;

/// One change to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Write {
    /// `mark` set on or off for the article at this position in the collection.
    Mark {
        /// Position of the article.
        article: usize,
        /// Which mark.
        mark: Mark,
        /// Set or cleared.
        on: bool,
    },
    /// The session of the collection at quit; `selected` is an article position.
    Session {
        /// The filter text.
        filter: String,
        /// Position of the selected article.
        selected: Option<usize>,
        /// The list's width in percent.
        split: Option<u16>,
    },
}

/// The writing thread and its queue.
pub struct Writer {
    tx: Option<Sender<Write>>,
    problems: Receiver<StoreError>,
    thread: Option<JoinHandle<()>>,
}

impl Writer {
    /// Starts writing to `store` for the collection `collection` of `articles` (marks name
    /// articles by position).
    pub fn spawn(store: Store, articles: Arc<[Article]>, collection: String) -> Writer {
        let (tx, rx) = channel::<Write>();
        let (problem_tx, problems) = channel();
        let thread = std::thread::Builder::new()
            .name("dossier-state".into())
            .spawn(move || {
                let mut last: Option<StoreError> = None;
                for write in rx {
                    let result = match write {
                        Write::Mark { article, mark, on } => match articles.get(article) {
                            Some(a) => store.set(&identity(a), mark, on),
                            None => Ok(()),
                        },
                        Write::Session {
                            filter,
                            selected,
                            split,
                        } => {
                            let selected = selected.and_then(|i| articles.get(i)).map(identity);
                            let session = Session {
                                filter,
                                selected,
                                split,
                            };
                            store.save_session(&collection, &session)
                        }
                    };
                    match result {
                        Ok(()) => last = None,
                        Err(e) if last.as_ref() != Some(&e) => {
                            last = Some(e.clone());
                            let _ = problem_tx.send(e);
                        }
                        Err(_) => {}
                    }
                }
            })
            .ok();
        Writer {
            tx: Some(tx),
            problems,
            thread,
        }
    }

    /// Queues `write`. Never blocks.
    pub fn send(&self, write: Write) {
        if let Some(tx) = &self.tx {
            let _ = tx.send(write);
        }
    }

    /// A write that failed since the last call, if any.
    pub fn problem(&self) -> Option<StoreError> {
        self.problems.try_iter().last()
    }
}

impl Drop for Writer {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

//! Counting the entities of the filtered collection for the entity view, on a thread: reading
//! every article of a big collection takes seconds, and input must never wait for it. Progress
//! and the result come back to the event loop as actions.

use super::action::Action;
use crate::corpus::Article;
use crate::entities::{EntityIndex, EntityStat, OnePass};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};

/// The count under way, if any, and the channel its result comes back on.
pub(super) struct Counts {
    tx: Sender<(u64, Vec<EntityStat>)>,
    rx: Receiver<(u64, Vec<EntityStat>)>,
    /// The generation counted and its progress, while counting.
    running: Option<(u64, Arc<AtomicUsize>)>,
    /// The progress last reported.
    reported: usize,
    /// Wakes the event loop when the counts are sent.
    notify: super::compare_worker::Notify,
}

impl Counts {
    pub fn new(notify: super::compare_worker::Notify) -> Counts {
        let (tx, rx) = channel();
        Counts {
            tx,
            rx,
            running: None,
            reported: 0,
            notify,
        }
    }

    /// Counts the entities of `subset` (indices into `articles`) with `index`'s matcher, on a
    /// thread; a count already under way is no longer reported.
    pub fn start(
        &mut self,
        generation: u64,
        articles: Arc<[Article]>,
        index: Arc<EntityIndex>,
        subset: Vec<u32>,
    ) {
        let done = Arc::new(AtomicUsize::new(0));
        self.running = Some((generation, done.clone()));
        self.reported = 0;
        let (tx, notify) = (self.tx.clone(), self.notify.clone());
        std::thread::spawn(move || {
            let subset: Vec<usize> = subset.into_iter().map(|i| i as usize).collect();
            let stats = OnePass::new(index.matcher(), &articles).stats_counting(&subset, &done);
            let _ = tx.send((generation, stats));
            notify();
        });
    }

    /// What happened since the last call: progress, or the counts.
    pub fn poll(&mut self) -> Option<Action> {
        let (generation, done) = self.running.as_ref()?;
        let generation = *generation;
        while let Ok((g, stats)) = self.rx.try_recv() {
            if g == generation {
                self.running = None;
                return Some(Action::EntitiesCounted { generation, stats });
            }
        }
        let done = done.load(Ordering::Relaxed);
        if done == self.reported {
            return None;
        }
        self.reported = done;
        Some(Action::EntityCountProgress { generation, done })
    }
}

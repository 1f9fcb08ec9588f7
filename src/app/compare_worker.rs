//! The compare view's worker: computes coverage off the UI thread, one thread per job, and
//! hands results back without blocking. A newer job cancels the older through its progress.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use super::compare::Job;
use crate::compare::{Coverage, coverage};
use crate::corpus::Article;
use crate::entities::EntityIndex;

/// Runs compare jobs; results come back through [`CompareWorker::try_recv`].
pub struct CompareWorker {
    tx: Sender<(u64, Arc<Coverage>)>,
    rx: Receiver<(u64, Arc<Coverage>)>,
}

impl CompareWorker {
    /// A worker with nothing running.
    pub fn new() -> CompareWorker {
        let (tx, rx) = channel();
        CompareWorker { tx, rx }
    }

    /// Starts `job` over `articles` with the entities `index` finds. Never blocks.
    pub fn start(&self, job: Job, articles: Arc<[Article]>, index: Arc<EntityIndex>) {
        let tx = self.tx.clone();
        let spawned = std::thread::Builder::new()
            .name("dossier-compare".into())
            .spawn(move || {
                let ents = |i: usize| index.entities_of(i).to_vec();
                let found = coverage(
                    &articles,
                    &job.subset,
                    index.matcher(),
                    Some(&ents),
                    None,
                    &job.progress,
                );
                if let Some(cov) = found {
                    let _ = tx.send((job.generation, Arc::new(cov)));
                }
            });
        // Without a thread the view simply stays empty; the reader goes on.
        drop(spawned);
    }

    /// A finished result, if one is waiting. Never blocks.
    pub fn try_recv(&self) -> Option<(u64, Arc<Coverage>)> {
        self.rx.try_recv().ok()
    }
}

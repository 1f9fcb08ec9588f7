//! Work for the compare view off the UI thread: coverage, one thread per job, handed back
//! without blocking (a newer job cancels the older through its progress); and the
//! collection's near-copies, found once at startup, which the filter worker then uses for
//! `is:copy`.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use super::compare::Job;
use super::related::RelatedJob;
use crate::compare::{
    Copies, Coverage, Progress, Related, WithCopies, fill, find_copies, outline, related,
};
use crate::corpus::Article;
use crate::entities::EntityIndex;
use crate::search::EntityFilter;

/// Runs compare jobs and related-article searches; results come back through
/// [`CompareWorker::try_recv`] and [`CompareWorker::try_related`].
pub struct CompareWorker {
    tx: Sender<(u64, Arc<Coverage>)>,
    rx: Receiver<(u64, Arc<Coverage>)>,
    related_tx: Sender<(u64, Vec<Related>)>,
    related_rx: Receiver<(u64, Vec<Related>)>,
    /// Wakes the event loop when a result is sent.
    notify: Notify,
}

/// Wakes the event loop.
pub type Notify = Arc<dyn Fn() + Send + Sync>;

/// Related articles listed.
const RELATED: usize = 20;

impl CompareWorker {
    /// A worker with nothing running; `notify` wakes the loop with each result.
    pub fn new(notify: Notify) -> CompareWorker {
        let (tx, rx) = channel();
        let (related_tx, related_rx) = channel();
        CompareWorker {
            tx,
            rx,
            related_tx,
            related_rx,
            notify,
        }
    }

    /// Finds the articles related to `job.article`. Never blocks.
    pub fn related(&self, job: RelatedJob, articles: Arc<[Article]>, index: Arc<EntityIndex>) {
        let (tx, notify) = (self.related_tx.clone(), self.notify.clone());
        let spawned = std::thread::Builder::new()
            .name("dossier-related".into())
            .spawn(move || {
                let ents = |i: usize| index.entities_of(i).to_vec();
                let found = related(job.article, &articles, &ents, RELATED);
                let _ = tx.send((job.generation, found));
                notify();
            });
        drop(spawned);
    }

    /// Related articles found, if waiting. Never blocks.
    pub fn try_related(&self) -> Option<(u64, Vec<Related>)> {
        self.related_rx.try_recv().ok()
    }

    /// Starts `job` over `articles` with the entities `index` finds. Never blocks.
    pub fn start(&self, job: Job, articles: Arc<[Article]>, index: Arc<EntityIndex>) {
        let (tx, notify) = (self.tx.clone(), self.notify.clone());
        let spawned = std::thread::Builder::new()
            .name("dossier-compare".into())
            .spawn(move || {
                // Outlets and attention first, at once; then, once every article's entities
                // are found (the first call finds them, once per index), the rest.
                let outline = outline(&articles, &job.subset, None);
                let _ = tx.send((job.generation, Arc::new(outline.clone())));
                notify();
                let _ = index.entities_of(0);
                let ents = |i: usize| index.entities_of(i).to_vec();
                let found = fill(
                    outline,
                    &articles,
                    index.matcher(),
                    Some(&ents),
                    &job.progress,
                );
                if let Some(cov) = found {
                    let _ = tx.send((job.generation, Arc::new(cov)));
                    notify();
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

/// Finds the collection's near-copies on a thread, once, the first time a filter has
/// `is:copy`: on 100k articles it costs seconds of CPU that most sessions never need.
#[derive(Default)]
pub struct CopyFinder {
    rx: Option<Receiver<Arc<Copies>>>,
    copies: Option<Arc<Copies>>,
}

impl CopyFinder {
    /// Starts looking when `query` asks about copies and nobody has looked yet; true then.
    pub fn start_for(&mut self, query: &str, articles: &Arc<[Article]>) -> bool {
        if self.rx.is_some() || !query.contains("is:copy") {
            return false;
        }
        let (tx, rx) = channel();
        let articles = articles.clone();
        let spawned = std::thread::Builder::new()
            .name("dossier-copies".into())
            .spawn(move || {
                if let Some(copies) = find_copies(&articles, &Progress::default()) {
                    let _ = tx.send(Arc::new(copies));
                }
            });
        drop(spawned);
        self.rx = Some(rx);
        true
    }

    /// True once, when the copies have just been found. Never blocks.
    pub fn ready(&mut self) -> bool {
        match self.rx.as_ref().map(Receiver::try_recv) {
            Some(Ok(copies)) => {
                self.copies = Some(copies);
                true
            }
            _ => false,
        }
    }

    /// The filter's questions answered by `base`, and `is:copy` by the copies once found.
    pub fn wrap(&self, base: Arc<dyn EntityFilter + Send>) -> Arc<dyn EntityFilter + Send> {
        match &self.copies {
            Some(copies) => Arc::new(WithCopies {
                inner: base,
                copies: copies.clone(),
            }),
            None => base,
        }
    }
}

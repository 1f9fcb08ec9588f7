//! Background filtering for the TUI: queries go in without blocking, ranked results stream out.
//!
//! What must stay true: `submit` and `try_recv` never block; a newer query cancels an older one
//! (the scan notices within a few thousand articles), and `try_recv` never hands out an update
//! for a query older than the last one submitted, so the last query's result is the one that
//! arrives complete. A narrowing query scans only the previous complete result, and gets exactly
//! what a full scan would.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::EntityFilter;
use super::engine::{BaseOrder, Candidates, Hit, scan};
use super::narrow::narrows;
use super::plan::Plan;
use super::query::{Query, QueryError, parse};
use crate::corpus::Article;

/// Articles scanned between two looks at the clock (and two chances to stream).
const BLOCK: usize = 32 * 1024;
/// A scan that takes longer than this sends what it has found so far, this often.
const PARTIAL_EVERY: Duration = Duration::from_millis(50);

/// A result, partial or complete, for one submitted query.
#[derive(Debug, Clone)]
pub struct Update {
    /// The query text, exactly as submitted.
    pub query: String,
    /// The ranked hits found so far, or why the query cannot be used.
    pub result: Result<Vec<Hit>, QueryError>,
    /// Whether the scan is finished (an error is always complete).
    pub complete: bool,
}

/// A background thread that filters one corpus.
pub struct Worker {
    jobs: Option<Sender<(u64, String)>>,
    updates: Receiver<(u64, Update)>,
    generation: Arc<AtomicU64>,
    thread: Option<JoinHandle<()>>,
}

impl Worker {
    /// Starts the thread; the corpus's base order is computed there, not here.
    pub fn spawn(articles: Arc<[Article]>, ents: Arc<dyn EntityFilter + Send>) -> Worker {
        let (jobs, job_rx) = channel();
        let (update_tx, updates) = channel();
        let generation = Arc::new(AtomicU64::new(0));
        let state = State {
            articles,
            ents,
            generation: Arc::clone(&generation),
            out: update_tx,
            last: None,
        };
        let thread = std::thread::Builder::new()
            .name("dossier-filter".into())
            .spawn(move || state.run(job_rx))
            .ok();
        Worker {
            jobs: Some(jobs),
            updates,
            generation,
            thread,
        }
    }

    /// Queues `query`, cancelling whatever is still running. Never blocks.
    pub fn submit(&self, query: String) {
        let generation = self.generation.fetch_add(1, Ordering::SeqCst) + 1;
        if let Some(jobs) = &self.jobs {
            // A dead worker cannot answer; the UI then simply keeps its current list.
            let _ = jobs.send((generation, query));
        }
    }

    /// The next update for the latest query, if one is ready. Never blocks.
    pub fn try_recv(&self) -> Option<Update> {
        let current = self.generation.load(Ordering::SeqCst);
        loop {
            let (generation, update) = self.updates.try_recv().ok()?;
            if generation == current {
                return Some(update);
            }
        }
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
        self.jobs = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

struct State {
    articles: Arc<[Article]>,
    ents: Arc<dyn EntityFilter + Send>,
    generation: Arc<AtomicU64>,
    out: Sender<(u64, Update)>,
    /// The last query that ran to completion and the positions it kept, ascending: a narrowing
    /// scan then reads the packed fields in memory order rather than jumping around by rank.
    last: Option<(Query, Vec<u32>)>,
}

impl State {
    fn run(mut self, jobs: Receiver<(u64, String)>) {
        let order = BaseOrder::new(&self.articles);
        while let Ok(mut job) = jobs.recv() {
            // Only the newest waiting query matters.
            while let Ok(newer) = jobs.try_recv() {
                job = newer;
            }
            let (generation, text) = job;
            if self.generation.load(Ordering::SeqCst) != generation {
                continue;
            }
            let result = match parse(&text) {
                Ok(query) => self.search(&order, generation, &text, query),
                Err(e) => Some(Err(e)),
            };
            if let Some(result) = result {
                let update = Update {
                    query: text,
                    result,
                    complete: true,
                };
                if self.out.send((generation, update)).is_err() {
                    return;
                }
            }
        }
    }

    /// The complete ranked result, or `None` when a newer query cancelled this one.
    fn search(
        &mut self,
        order: &BaseOrder,
        generation: u64,
        text: &str,
        query: Query,
    ) -> Option<Result<Vec<Hit>, QueryError>> {
        let (hits, kept) = if query.is_empty() {
            (order.all(), (0..order.len()).collect())
        } else {
            let ents: &dyn EntityFilter = &*self.ents;
            let kept = (self.last.as_ref())
                .filter(|(old, _)| narrows(&query, old, ents))
                .map(|(_, kept)| kept.as_slice());
            self.scan_streaming(order, generation, text, &query, kept)?
        };
        self.last = Some((query, kept));
        Some(Ok(hits))
    }

    /// The ranked hits, and their positions ascending (candidates are scanned in ascending
    /// order, so collecting them before ranking costs no sort).
    fn scan_streaming(
        &self,
        order: &BaseOrder,
        generation: u64,
        text: &str,
        query: &Query,
        kept: Option<&[u32]>,
    ) -> Option<(Vec<Hit>, Vec<u32>)> {
        let ents: &dyn EntityFilter = &*self.ents;
        let plan = Plan::compile(query, ents);
        let cancelled = || self.generation.load(Ordering::Relaxed) != generation;
        let total = kept.map_or(order.len() as usize, <[u32]>::len);
        let started = Instant::now();
        let mut last_sent = started;
        let mut ranked: Vec<Hit> = Vec::new();
        let mut positions: Vec<u32> = Vec::new();
        for from in (0..total).step_by(BLOCK) {
            let to = (from + BLOCK).min(total);
            let cands = match kept {
                Some(list) => Candidates::List(&list[from..to]),
                None => Candidates::Range(from as u32..to as u32),
            };
            let mut block = scan(&self.articles, Some(order), &plan, ents, cands, &cancelled)?;
            positions.extend(block.iter().map(|h| h.index));
            order.sort(&mut block);
            ranked = order.merge(ranked, block);
            if to < total && last_sent.elapsed() >= PARTIAL_EVERY {
                last_sent = Instant::now();
                let update = Update {
                    query: text.to_string(),
                    result: Ok(ranked.clone()),
                    complete: false,
                };
                self.out.send((generation, update)).ok()?;
            }
        }
        Some((ranked, positions))
    }
}

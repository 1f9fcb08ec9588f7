//! Background filtering for the TUI: queries go in without blocking, ranked results stream out.
//!
//! What must stay true: `submit` and `try_recv` never block; a newer query cancels an older one
//! (the scan notices within a few thousand articles), and `try_recv` never hands out an update
//! for a query older than the last one submitted, so the last query's result is the one that
//! arrives complete. A narrowing query scans only the previous complete result, and gets exactly
//! what a full scan would.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::EntityFilter;
use super::engine::{BaseOrder, Candidates, Hit, cores, scan_one_thread};
use super::narrow::narrows;
use super::plan::Plan;
use super::query::{Query, QueryError, parse};
use crate::corpus::Article;

/// Candidates a scanning thread claims at a time, at most; the worker looks at the clock (and
/// may stream) whenever a chunk is done.
const CHUNK: usize = 8 * 1024;
/// Candidates a scanning thread claims at a time, at least. A narrowing scan's candidates all
/// passed the previous query, so most of them get scored (microseconds each, against tens of
/// nanoseconds for a rejection): a few hundred are already worth a second core.
const MIN_CHUNK: usize = 256;
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

    /// The ranked hits, and their positions ascending.
    ///
    /// One scoped set of threads per query (not per chunk): each thread claims chunks of
    /// candidates in turn and sends its hits here. Their positions are kept in chunk order, so
    /// they come out ascending without a sort; the hits are ranked when a partial update is
    /// owed (every `PARTIAL_EVERY`) and at the end, each time only the ones that arrived since,
    /// merged into those ranked before.
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
        let all = match kept {
            Some(list) => Candidates::List(list),
            None => Candidates::Range(0..order.len()),
        };
        let total = all.len();
        // A few chunks per core, so that a core that finishes early takes over some work.
        let chunk = (total / (cores() * 4)).clamp(MIN_CHUNK, CHUNK);
        let chunks = total.div_ceil(chunk);
        let next_chunk = AtomicUsize::new(0);
        let scan_chunks = |found: Sender<(usize, Option<Vec<Hit>>)>| loop {
            let c = next_chunk.fetch_add(1, Ordering::Relaxed);
            if c >= chunks {
                return;
            }
            let part = all.part(c * chunk..((c + 1) * chunk).min(total));
            let hits = scan_one_thread(&self.articles, Some(order), &plan, ents, part, &cancelled);
            let stop = hits.is_none();
            if found.send((c, hits)).is_err() || stop {
                return;
            }
        };
        let started = Instant::now();
        std::thread::scope(|s| {
            let (found, arrivals) = channel();
            let handles: Vec<_> = (0..cores().min(chunks))
                .map(|_| {
                    let found = found.clone();
                    s.spawn(|| scan_chunks(found))
                })
                .collect();
            drop(found);
            // Hits by chunk, for the ascending positions; the ones ranked so far (for partial
            // updates) and the ones that arrived since.
            let mut by_chunk: Vec<Vec<u32>> = vec![Vec::new(); chunks];
            let (mut ranked, mut fresh) = (Vec::new(), Vec::new());
            let mut received = 0;
            let mut last_sent = started;
            let mut complete = true;
            for (c, hits) in arrivals {
                let Some(hits) = hits else {
                    complete = false;
                    break;
                };
                by_chunk[c] = hits.iter().map(|h| h.index).collect();
                fresh.extend(hits);
                received += 1;
                if received < chunks && last_sent.elapsed() >= PARTIAL_EVERY {
                    last_sent = Instant::now();
                    order.sort(&mut fresh);
                    ranked = order.merge(ranked, std::mem::take(&mut fresh));
                    let update = Update {
                        query: text.to_string(),
                        result: Ok(ranked.clone()),
                        complete: false,
                    };
                    if self.out.send((generation, update)).is_err() {
                        complete = false;
                        break;
                    }
                }
            }
            // A thread that panicked counts as a cancelled scan rather than taking the worker
            // down; the others stop at their next look at the cancel flag or the channel.
            let joined = handles.into_iter().all(|h| h.join().is_ok());
            if !complete || !joined || received < chunks {
                return None;
            }
            order.sort(&mut fresh);
            Some((order.merge(ranked, fresh), by_chunk.concat()))
        })
    }
}

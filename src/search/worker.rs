//! Background filtering for the TUI: queries go in without blocking, ranked results stream out.
//!
//! What must stay true: `submit` and `try_recv` never block; a newer query cancels an older one
//! (the scan notices within a few thousand articles), and `try_recv` never hands out an update
//! for a query older than the last one submitted, so the last query's result is the one that
//! arrives complete. A narrowing query scans only the previous complete result, scores only its
//! groups that the previous query did not have, and gets exactly what a full scan would.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use super::EntityFilter;
use super::engine::{
    BaseOrder, Candidates, Deferred, Hit, cores, doc_at, saturate, scan, scan_one_thread,
};
use super::indexing::IndexSlot;
use super::narrow::{narrows, split};
use super::plan::Plan;
use super::query::{Group, Query, QueryError, parse};
use crate::corpus::Article;

/// Candidates a scanning thread claims at a time, at most; the worker looks at the clock (and
/// may stream) whenever a chunk is done.
const CHUNK: usize = 8 * 1024;
/// Candidates a scanning thread claims at a time, at least. A narrowing scan's candidates all
/// passed the previous query, so most of them get scored (microseconds each, against tens of
/// nanoseconds for a rejection): a few hundred are already worth a second core.
const MIN_CHUNK: usize = 256;
/// Pending hits scored at a time once the first rows are settled: enough to keep every core
/// busy, few enough that their scores take little memory.
const SETTLE_PIECE: usize = 64 * 1024;
/// A scan that takes longer than this sends what it has found so far, this often.
const PARTIAL_EVERY: Duration = Duration::from_millis(50);

/// A result, partial or complete, for one submitted query.
#[derive(Debug, Clone)]
pub struct Update {
    /// The query text, exactly as submitted.
    pub query: String,
    /// The ranked hits found so far, or why the query cannot be used.
    pub result: Result<Vec<Hit>, QueryError>,
    /// Whether the scan is finished: the count is final, and so are the first
    /// [`SETTLED_ROWS`] rows (an error is always complete).
    pub complete: bool,
    /// Whether every row is in its final place. A complete update may come first with the
    /// articles that only match fuzzily, far down the list, in the order of their bound; the
    /// settled one follows.
    pub settled: bool,
}

/// How many rows from the top are in their final order as soon as a result is complete: more
/// than a screen shows, so that the rest can be ranked after the count is on screen.
pub const SETTLED_ROWS: usize = 300;

/// A background thread that filters one corpus.
pub struct Worker {
    jobs: Option<Sender<(u64, String)>>,
    updates: Receiver<(u64, Update)>,
    generation: Arc<AtomicU64>,
    thread: Option<JoinHandle<()>>,
}

/// Called after each update is sent, from the worker's thread: the reader's event loop wakes.
pub type Notify = Arc<dyn Fn() + Send + Sync>;

impl Worker {
    /// Starts the thread; the corpus's base order is computed there, not here.
    pub fn spawn(articles: Arc<[Article]>, ents: Arc<dyn EntityFilter + Send>) -> Worker {
        Worker::spawn_with(articles, ents, Arc::default(), Arc::new(|| {}))
    }

    /// [`Worker::spawn`], asking the word index in `words` once it is there, and calling
    /// `notify` after each update it sends.
    pub fn spawn_with(
        articles: Arc<[Article]>,
        ents: Arc<dyn EntityFilter + Send>,
        words: IndexSlot,
        notify: Notify,
    ) -> Worker {
        let (jobs, job_rx) = channel();
        let (update_tx, updates) = channel();
        let generation = Arc::new(AtomicU64::new(0));
        let state = State {
            articles,
            ents,
            generation: Arc::clone(&generation),
            out: update_tx,
            notify,
            words,
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
    notify: Notify,
    words: IndexSlot,
    last: Option<Last>,
}

/// The last query that ran to completion, for the next one if it only narrows.
struct Last {
    query: Query,
    /// The positions it kept, ascending: a narrowing scan then reads the packed fields in
    /// memory order rather than jumping around by rank.
    kept: Vec<u32>,
    /// Its groups in parts, each part scored together; an article's score is the sum over
    /// the parts. Empty when some fuzzy scores were never computed (a newer query came first):
    /// a narrowing query then scores every group afresh.
    parts: Vec<Part>,
}

struct Part {
    groups: Vec<Group>,
    /// The part's score of every kept article, aligned with `kept`.
    scores: Vec<i32>,
}

/// What a scan gives: the ranked hits, their positions ascending, and per part (the reused
/// ones, then the fresh one) the score of each position.
struct Scanned {
    hits: Vec<Hit>,
    kept: Vec<u32>,
    scores: Vec<Vec<i32>>,
    /// The positions whose fresh part's score is still an upper bound, ascending.
    pending: Vec<u32>,
}

impl State {
    fn run(mut self, jobs: Receiver<(u64, String)>) {
        let order = BaseOrder::for_scans(&self.articles);
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
            if let Some(result) = result
                && !self.send(generation, &text, result, true, true)
            {
                return;
            }
        }
    }

    /// Sends an update and wakes the reader; `false` when the reader is gone.
    fn send(
        &self,
        generation: u64,
        text: &str,
        result: Result<Vec<Hit>, QueryError>,
        complete: bool,
        settled: bool,
    ) -> bool {
        let update = Update {
            query: text.to_string(),
            result,
            complete,
            settled,
        };
        if self.out.send((generation, update)).is_err() {
            return false;
        }
        (self.notify)();
        true
    }

    /// The complete ranked result, or `None` when a newer query cancelled this one.
    ///
    /// A query that narrows the last one scans only what that one kept, and scores only the
    /// groups that are new: the others' scores are taken over.
    fn search(
        &mut self,
        order: &BaseOrder,
        generation: u64,
        text: &str,
        query: Query,
    ) -> Option<Result<Vec<Hit>, QueryError>> {
        if query.is_empty() {
            // Every query narrows the empty one, and a scan of every position is what it
            // would give: nothing to keep (a million positions would be 4 MB).
            self.last = None;
            return Some(Ok(order.all()));
        }
        let ents: &dyn EntityFilter = &*self.ents;
        if (self.last.as_ref()).is_some_and(|last| !narrows(&query, &last.query, ents)) {
            // Nothing of the last query serves this one: free its lists before scanning.
            self.last = None;
        }
        let split = (self.last.as_mut()).map(|last| {
            let mut s = split(&query, text, last.parts.iter().map(|p| p.groups.as_slice()));
            if last.parts.is_empty() {
                // Some fuzzy scores of the last query were never computed: every group is
                // scored afresh.
                s.fresh = query.clone();
            }
            // The parts this query does not take over are never read again: free their
            // scores (a million of them are 4 MB) before scanning.
            let mut at = 0;
            last.parts.retain(|_| {
                at += 1;
                s.reused.contains(&(at - 1))
            });
            s
        });
        let narrowed = self.last.as_ref().zip(split);
        let (kept, reused, fresh) = match narrowed {
            Some((last, s)) => {
                let reused: Vec<&Part> = last.parts.iter().collect();
                (Some(last.kept.as_slice()), reused, s.fresh)
            }
            None => (None, Vec::new(), query.clone()),
        };

        // The index, once built, and only when it covers this corpus.
        let words = (self.words.get().cloned()).filter(|w| w.len() == self.articles.len());
        let plan = Plan::compile_with(&fresh, ents, words);
        let mut scanned = self.scan_streaming(order, generation, text, &plan, kept, &reused)?;
        let mut groups: Vec<Vec<Group>> = reused.iter().map(|p| p.groups.clone()).collect();
        // What the last query kept is taken over or not needed any more: freed before the
        // ranking, which on a million hits is the peak of a query (8 MB less there).
        self.last = None;
        scanned.hits = scanned.ranked(order);
        if !fresh.is_empty() {
            groups.push(fresh.groups().to_vec());
        }
        if !scanned.pending.is_empty() {
            self.settle_top(order, &plan, &mut scanned);
            // Handed over, not copied: the rest of the ranking starts again from the scores.
            let first = Ok(std::mem::take(&mut scanned.hits));
            let settled = self.send(generation, text, first, true, false)
                && self.settle_rest(order, generation, &plan, &mut scanned);
            if !settled {
                // The kept positions are exact; the fuzzy scores are not all known.
                self.last = Some(Last {
                    query,
                    kept: scanned.kept,
                    parts: Vec::new(),
                });
                return None;
            }
        }
        let parts = (groups.into_iter().zip(scanned.scores))
            .map(|(groups, scores)| Part { groups, scores })
            .collect();
        self.last = Some(Last {
            query,
            kept: scanned.kept,
            parts,
        });
        Some(Ok(scanned.hits))
    }

    /// Puts the first [`SETTLED_ROWS`] hits in their final order: the pending hits are scored
    /// in the order of their bounds until no bound left can reach that many exact scores.
    fn settle_top(&self, order: &BaseOrder, plan: &Plan, scanned: &mut Scanned) {
        let ents: &dyn EntityFilter = &*self.ents;
        let fresh = scanned.scores.len() - 1;
        // The SETTLED_ROWS best exact scores so far, lowest on top.
        let mut best: BinaryHeap<Reverse<i32>> = BinaryHeap::with_capacity(SETTLED_ROWS + 1);
        let mut scored = Vec::new();
        let mut settled = 0;
        for h in &mut scanned.hits {
            // Later hits are bounded by this one's bound: ranked after the ones above (a tie
            // could still go either way, so ties are scored).
            if best.len() == SETTLED_ROWS && best.peek().is_some_and(|b| b.0 > h.score) {
                break;
            }
            if scanned.pending.binary_search(&h.index).is_ok()
                && let Ok(at) = scanned.kept.binary_search(&h.index)
                && let Some(doc) = doc_at(&self.articles, order, h.index)
            {
                scanned.scores[fresh][at] =
                    saturate(plan.eval(h.index as usize, &doc, ents).unwrap_or(0));
                h.score = total(&scanned.scores, at);
                scored.push(h.index);
            }
            best.push(Reverse(h.score));
            if best.len() > SETTLED_ROWS {
                best.pop();
            }
            settled += 1;
        }
        order.sort(&mut scanned.hits[..settled]);
        scored.sort_unstable();
        scanned.pending.retain(|p| scored.binary_search(p).is_err());
    }

    /// Scores the rest of the pending hits on every core and ranks every hit; `false` when a
    /// newer query came first.
    fn settle_rest(
        &self,
        order: &BaseOrder,
        generation: u64,
        plan: &Plan,
        scanned: &mut Scanned,
    ) -> bool {
        let ents: &dyn EntityFilter = &*self.ents;
        let cancelled = || self.generation.load(Ordering::Relaxed) != generation;
        let fresh = scanned.scores.len() - 1;
        // A piece at a time, each piece's scores written in before the next is scanned: the
        // exact scores of a million titles would otherwise be a list of their own.
        for piece in scanned.pending.chunks(SETTLE_PIECE) {
            let Some(exact) = scan(
                &self.articles,
                Some(order),
                plan,
                ents,
                Candidates::List(piece),
                &cancelled,
                MIN_CHUNK,
            ) else {
                return false;
            };
            for h in exact {
                if let Ok(at) = scanned.kept.binary_search(&h.index) {
                    scanned.scores[fresh][at] = h.score;
                }
            }
        }
        scanned.pending = Vec::new();
        scanned.hits = scanned.ranked(order);
        !cancelled()
    }

    /// Scans for `fresh`, among the positions `kept` when given, adding the scores of the
    /// `reused` parts (aligned with `kept`).
    ///
    /// One scoped set of threads per query (not per chunk): each thread claims chunks of
    /// candidates in turn and sends its hits here. Their positions are kept in chunk order, so
    /// they come out ascending without a sort; the hits are ranked when a partial update is
    /// owed (every `PARTIAL_EVERY`, from the chunks that arrived), and by the caller at the
    /// end.
    fn scan_streaming(
        &self,
        order: &BaseOrder,
        generation: u64,
        text: &str,
        plan: &Plan,
        kept: Option<&[u32]>,
        reused: &[&Part],
    ) -> Option<Scanned> {
        let fresh = !plan.is_empty();
        let ents: &dyn EntityFilter = &*self.ents;
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
        let scan_chunks = |found: Sender<(usize, Option<Found>)>| loop {
            let c = next_chunk.fetch_add(1, Ordering::Relaxed);
            if c >= chunks {
                return;
            }
            let part = all.part(c * chunk..((c + 1) * chunk).min(total));
            let hits = scan_one_thread(
                &self.articles,
                Some(order),
                plan,
                ents,
                part,
                &cancelled,
                true,
            );
            let hits = hits.map(|h| Found::new(h, kept, c * chunk, reused, fresh));
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
            // Positions and part scores by chunk, for the ascending order.
            let mut by_chunk: Vec<Found> = Vec::new();
            by_chunk.resize_with(chunks, Default::default);
            let mut received = 0;
            let mut last_sent = started;
            let mut complete = true;
            for (c, found) in arrivals {
                let Some(found) = found else {
                    complete = false;
                    break;
                };
                by_chunk[c] = found;
                received += 1;
                if received < chunks && last_sent.elapsed() >= PARTIAL_EVERY {
                    last_sent = Instant::now();
                    // Ranked afresh from what arrived and handed over: nothing of it is kept
                    // here, so a partial answer over a million titles is not held twice.
                    let partial = ranked_so_far(order, &by_chunk);
                    if !self.send(generation, text, Ok(partial), false, false) {
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
            // Ranked by the caller, once the last query's lists are freed.
            Some(Scanned::gather(by_chunk, reused.len() + usize::from(fresh)))
        })
    }
}

impl Scanned {
    /// The chunks' findings joined in chunk order (so positions stay ascending), each chunk's
    /// lists freed as soon as they are copied: a scan that keeps a million articles holds its
    /// lists about once, not twice.
    fn gather(by_chunk: Vec<Found>, parts: usize) -> Scanned {
        let kept_len = by_chunk.iter().map(|f| f.positions.len()).sum();
        let pending_len = by_chunk.iter().map(|f| f.pending.len()).sum();
        let mut scanned = Scanned {
            hits: Vec::new(),
            kept: Vec::with_capacity(kept_len),
            scores: (0..parts).map(|_| Vec::with_capacity(kept_len)).collect(),
            pending: Vec::with_capacity(pending_len),
        };
        for found in by_chunk {
            scanned.kept.extend(found.positions);
            scanned.pending.extend(found.pending);
            for (all, some) in scanned.scores.iter_mut().zip(found.scores) {
                all.extend(some);
            }
        }
        scanned
    }

    /// Every kept article with its whole score (the sum of its parts), ranked.
    fn ranked(&self, order: &BaseOrder) -> Vec<Hit> {
        order.rank_positions(self.kept.len(), |at| Hit {
            index: self.kept[at],
            score: total(&self.scores, at),
        })
    }
}

/// The whole score at `at`: the sum of the parts' scores there.
fn total(scores: &[Vec<i32>], at: usize) -> i32 {
    (scores.iter()).fold(0i32, |t, s| t.saturating_add(s[at]))
}

/// The hits of every chunk that arrived so far (the others are empty), ranked.
fn ranked_so_far(order: &BaseOrder, by_chunk: &[Found]) -> Vec<Hit> {
    // Where each chunk's hits start among all of them: chunks in order give positions
    // ascending, as ranking in one pass wants.
    let starts: Vec<usize> = (by_chunk.iter())
        .scan(0, |at, f| {
            let start = *at;
            *at += f.positions.len();
            Some(start)
        })
        .collect();
    let n = by_chunk.iter().map(|f| f.positions.len()).sum();
    order.rank_positions(n, |k| {
        let c = starts.partition_point(|&start| start <= k) - 1;
        let f = &by_chunk[c];
        let at = k - starts[c];
        Hit {
            index: f.positions[at],
            score: total(&f.scores, at),
        }
    })
}

/// What one chunk of candidates gave: the positions of its hits, and per part the score of
/// each (a hit's whole score is their sum).
#[derive(Default)]
struct Found {
    positions: Vec<u32>,
    scores: Vec<Vec<i32>>,
    /// The hits whose fresh score is an upper bound, ascending.
    pending: Vec<u32>,
}

impl Found {
    /// `hits` scored for the fresh groups, found among `kept[from..]` when `kept` is given;
    /// adds the `reused` parts' scores.
    fn new(
        found: Deferred,
        kept: Option<&[u32]>,
        from: usize,
        reused: &[&Part],
        fresh: bool,
    ) -> Found {
        let Deferred { hits, pending } = found;
        let mut scores: Vec<Vec<i32>> = (0..reused.len())
            .map(|_| Vec::with_capacity(hits.len()))
            .collect();
        if let (Some(kept), false) = (kept, reused.is_empty()) {
            // Hits come in candidate order: a subsequence of `kept[from..]`.
            let mut at = from;
            for h in &hits {
                while kept[at] != h.index {
                    at += 1;
                }
                for (s, part) in scores.iter_mut().zip(reused) {
                    s.push(part.scores[at]);
                }
            }
        }
        if fresh {
            scores.push(hits.iter().map(|h| h.score).collect());
        }
        Found {
            positions: hits.iter().map(|h| h.index).collect(),
            scores,
            pending,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ArticleData;
    use crate::search::{NoEntities, filter};

    /// Groups typed, repeated, reordered and edited one keystroke at a time: whatever scores
    /// the worker takes over, every complete result is the one-shot filter's.
    #[test]
    fn taken_over_scores_add_up_to_what_a_full_scan_gives() {
        const WORDS: [&str; 8] = [
            "Kerry", "Geneva", "talks", "Aleppo", "aid", "truce", "Lavrov", "envoy",
        ];
        let articles: Vec<Article> = (0..3000)
            .map(|i| {
                Article::new(&ArticleData {
                    title: format!(
                        "{} {} {}",
                        WORDS[i % 8],
                        WORDS[i / 8 % 8],
                        WORDS[i / 64 % 8]
                    ),
                    source: Some(["TASS", "Reuters", "Al Jazeera"][i % 3].into()),
                    author: (i % 4 != 0).then(|| WORDS[i / 7 % 8].to_lowercase()),
                    date: Some(format!("2016-{:02}-01", 1 + i % 12)),
                    ..Default::default()
                })
            })
            .collect();
        let w = Worker::spawn(articles.clone().into(), Arc::new(NoEntities));
        let steps = [
            "k",
            "k g",
            "k ge",
            "k ge ",
            "k ge ge",
            "k ge ge a | t",
            "k ge ge a | t Ge",
            "ge k ge a | t Ge",
            "ge k ge a | t Ge !tr",
            "ge k ge a | t Ge !tr source:ta",
            "ge k ge a | t Ge !tr source:tas",
            "ge k ge a | t Ge !tr source:tas date:2016-0",
            "ge k ge a | t Ge !tr source:tas date:2016-03",
            "ge ke ge a | t Ge !tr source:tas date:2016-03",
            "ge ke",
            "ge ke e",
            "ge ke ee",
        ];
        for q in steps {
            w.submit(q.to_string());
            let got = loop {
                match w.try_recv() {
                    Some(u) if u.settled => break u.result.unwrap(),
                    _ => std::thread::sleep(Duration::from_millis(1)),
                }
            };
            let want = filter(&articles, &parse(q).unwrap(), &NoEntities);
            assert!(
                !want.is_empty() || q.contains("2016-03"),
                "{q:?} tests nothing"
            );
            assert_eq!(got, want, "after typing {q:?}");
        }
    }
}

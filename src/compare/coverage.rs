//! The compare view's panels computed together in one pass over the compared articles, on
//! every core, with progress and cancellation: the worker runs this, `dossier compare` too.
//!
//! Attention and the entity matrix count every article. Quotations and words need each text
//! read word by word; over a big collection they are read from an even sample of the articles
//! (every k-th of the list, so each outlet keeps its share), and [`Coverage::sampled`] says so.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;

use super::attention::{Attention, Step};
use super::columns::Columns;
use super::matrix::Matrix;
use super::quotes::quotes;
use super::words::{Distinctive, WordCounts, distinctive};
use crate::corpus::Article;
use crate::entities::{EntityId, Matcher};

/// Text read for quotations and words at most, in bytes, before sampling.
const SAMPLE_BYTES: usize = 8 << 20;
/// Entities kept in the matrix.
const TOP_ENTITIES: usize = 50;
/// Words kept per outlet.
const TOP_WORDS: usize = 15;
/// Speakers kept, and quotations kept per speaker.
const TOP_SPEAKERS: usize = 100;
const QUOTES_PER_SPEAKER: usize = 50;
/// Articles between two looks at the progress counter and the cancel flag.
const BATCH: usize = 128;

/// How far a computation is, and a way to stop it. Shared between a worker and whoever waits.
#[derive(Debug, Default)]
pub struct Progress {
    done: AtomicUsize,
    total: AtomicUsize,
    cancelled: AtomicBool,
}

impl Progress {
    /// Steps done and steps in all.
    pub fn get(&self) -> (usize, usize) {
        (
            self.done.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// Asks the computation to stop; it returns `None` soon after.
    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    /// Whether [`Progress::cancel`] was called.
    pub fn cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    pub(super) fn start(&self, total: usize) {
        self.done.store(0, Ordering::Relaxed);
        self.total.store(total, Ordering::Relaxed);
    }

    pub(super) fn advance(&self, n: usize) {
        self.done.fetch_add(n, Ordering::Relaxed);
    }
}

/// One speaker's quotations, counted by outlet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    /// The entity's canonical name, or the name as written.
    pub name: String,
    /// The entity, when the name resolved to one.
    pub entity: Option<EntityId>,
    /// Quotations per column.
    pub counts: Vec<u32>,
    /// Over all columns.
    pub total: u32,
    /// The quotations (article index, text), in list order; at most [`QUOTES_PER_SPEAKER`].
    pub quotes: Vec<(u32, String)>,
}

/// Every panel of the compare view for one list of articles.
#[derive(Debug, Clone)]
pub struct Coverage {
    /// The articles compared (indices into the corpus), in list order.
    pub subset: Vec<u32>,
    /// Outlets, and each compared article's column (parallel to `subset`).
    pub columns: Columns,
    /// Column of each compared article, parallel to `subset`.
    pub column_of: Vec<u32>,
    /// Articles per day or week, per outlet.
    pub attention: Attention,
    /// The top entities by outlet.
    pub matrix: Matrix,
    /// Quoted speakers, most quoted first.
    pub speakers: Vec<Speaker>,
    /// Per column, its most distinctive words.
    pub words: Vec<Vec<Distinctive>>,
    /// Articles whose text was read for quotations and words (all of them unless sampled).
    pub sampled: usize,
    /// False for an outline: outlets and attention only, the rest still to count.
    pub complete: bool,
}

/// What one thread counted.
struct Part {
    matrix: HashMap<EntityId, Vec<u32>>,
    quotes: Vec<(u32, u32, super::Quote)>,
    words: WordCounts,
}

/// Computes the compare view over `subset` (indices into `articles`). `entities_of` gives an
/// article's entities (sorted, each once) when they are known already; otherwise each article
/// is annotated with `matcher`. `None` when `progress` was cancelled.
pub fn coverage(
    articles: &[Article],
    subset: &[u32],
    matcher: &Matcher,
    entities_of: Option<&(dyn Fn(usize) -> Vec<EntityId> + Sync)>,
    step: Option<Step>,
    progress: &Progress,
) -> Option<Coverage> {
    let outline = outline(articles, subset, step);
    fill(outline, articles, matcher, entities_of, progress)
}

/// The outline of the compare view: outlets and attention, which need no text read (a few
/// milliseconds for 100k articles); entities, speakers and words empty.
pub fn outline(articles: &[Article], subset: &[u32], step: Option<Step>) -> Coverage {
    let (columns, column_of) = Columns::of(subset.iter().map(|&i| articles[i as usize].source()));
    let attention = Attention::count(
        subset.iter().map(|&i| articles[i as usize].date()),
        &column_of,
        columns.len(),
        step,
    );
    Coverage {
        subset: subset.to_vec(),
        columns,
        column_of,
        attention,
        matrix: Matrix::default(),
        speakers: Vec::new(),
        words: Vec::new(),
        sampled: 0,
        complete: false,
    }
}

/// `outline` with its entities, speakers and words counted (see [`coverage`]).
pub fn fill(
    outline: Coverage,
    articles: &[Article],
    matcher: &Matcher,
    entities_of: Option<&(dyn Fn(usize) -> Vec<EntityId> + Sync)>,
    progress: &Progress,
) -> Option<Coverage> {
    let subset = &outline.subset[..];
    let column_of = &outline.column_of[..];
    let bytes: usize = subset
        .iter()
        .map(|&i| articles[i as usize].text().len())
        .sum();
    let stride = bytes.div_ceil(SAMPLE_BYTES).max(1);
    progress.start(subset.len());

    let cols = outline.columns.len();
    let work = |from: usize, part: &[u32]| -> Option<Part> {
        let mut out = Part {
            matrix: HashMap::new(),
            quotes: Vec::new(),
            words: WordCounts::new(cols),
        };
        let mut reported = 0;
        for (k, &i) in part.iter().enumerate() {
            if k % BATCH == 0 {
                if progress.cancelled() {
                    return None;
                }
                progress.advance(k - reported);
                reported = k;
            }
            let at = from + k;
            let c = column_of[at];
            let a = &articles[i as usize];
            let read = at.is_multiple_of(stride);
            let annotation =
                (read || entities_of.is_none()).then(|| matcher.annotate(a.title(), a.text()));
            let ids = match (entities_of, &annotation) {
                (Some(f), _) => f(i as usize),
                (None, Some(ann)) => ann.entity_ids(),
                (None, None) => Vec::new(),
            };
            for id in ids {
                out.matrix.entry(id).or_insert_with(|| vec![0; cols])[c as usize] += 1;
            }
            if let (true, Some(ann)) = (read, &annotation) {
                for q in quotes(a.text(), &ann.text, matcher) {
                    out.quotes.push((at as u32, c, q));
                }
                out.words.add(c as usize, a.text(), &ann.text);
            }
        }
        progress.advance(part.len() - reported);
        Some(out)
    };
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .max(1);
    let chunk = subset.len().div_ceil(threads).max(1);
    let parts: Vec<Option<Part>> = thread::scope(|s| {
        let work = &work;
        let handles: Vec<_> = subset
            .chunks(chunk)
            .enumerate()
            .map(|(n, part)| s.spawn(move || work(n * chunk, part)))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });

    let mut per: HashMap<EntityId, Vec<u32>> = HashMap::new();
    let mut all_quotes = Vec::new();
    let mut words = WordCounts::new(cols);
    for part in parts {
        let part = part?;
        for (id, counts) in part.matrix {
            let row = per.entry(id).or_insert_with(|| vec![0; cols]);
            for (r, n) in row.iter_mut().zip(counts) {
                *r += n;
            }
        }
        all_quotes.extend(part.quotes);
        words.merge(part.words);
    }
    let matrix = Matrix::from_counts(per.into_iter().collect(), TOP_ENTITIES);
    let speakers = speakers(all_quotes, subset, cols);
    let sampled = subset.len().div_ceil(stride);
    Some(Coverage {
        matrix,
        speakers,
        words: distinctive(&words, TOP_WORDS),
        sampled,
        complete: true,
        ..outline
    })
}

/// Quotations grouped by speaker: most quoted first, then by name.
fn speakers(quotes: Vec<(u32, u32, super::Quote)>, subset: &[u32], cols: usize) -> Vec<Speaker> {
    let mut by: HashMap<String, Speaker> = HashMap::new();
    for (at, c, q) in quotes {
        let s = by.entry(q.speaker.clone()).or_insert_with(|| Speaker {
            name: q.speaker,
            entity: q.entity,
            counts: vec![0; cols],
            total: 0,
            quotes: Vec::new(),
        });
        s.counts[c as usize] += 1;
        s.total += 1;
        if s.quotes.len() < QUOTES_PER_SPEAKER {
            s.quotes.push((subset[at as usize], q.text));
        }
    }
    let mut out: Vec<Speaker> = by.into_values().collect();
    out.sort_by(|a, b| b.total.cmp(&a.total).then_with(|| a.name.cmp(&b.name)));
    out.truncate(TOP_SPEAKERS);
    out
}

//! Running a compiled query over a corpus: the parallel scan and the ranking.
//!
//! What must stay true: the order is score descending, then the corpus order of
//! [`compare_articles`] (newer first, undated last, then title ignoring ASCII case, then exact
//! title and ID), then corpus position, whatever the number of threads or the candidate order;
//! a scan checks its cancel flag at least every `CHECK_EVERY` articles per thread.

use std::ops::Range;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering as AtomicOrdering};

use super::EntityFilter;
use super::heads::Heads;
use super::plan::{Doc, Plan, Score};
use super::query::Query;
use crate::corpus::{Article, compare_articles, compare_heads};

/// One article that matched, with its score. Kept to 8 bytes: a million of them is normal,
/// and a query's result lists hold several at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Position of the article in the slice that was filtered.
    pub index: u32,
    /// Sum of the groups' scores (0 when the query has no scored word), saturated to `i32`'s
    /// range (see [`saturate`]): a score is a few million at most, even for many words.
    pub score: i32,
}

/// A score as a [`Hit`] keeps it: the same order for every score a query can reach.
pub fn saturate(score: i64) -> i32 {
    score.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
}

/// How often a scanning thread looks at its cancel flag.
const CHECK_EVERY: usize = 4096;
/// Below this many candidates per extra thread, spawning costs more than it saves.
const MIN_PER_THREAD: usize = 8192;
/// How many candidates ahead a scan asks for an article's head: enough to cover a cache miss.
const PREFETCH_AHEAD: usize = 8;
/// Chunks of candidates per thread in a parallel scan.
const CHUNKS_PER_THREAD: usize = 8;

/// What repeated scans of a corpus need, computed once per corpus: the order of the empty
/// query ([`compare_articles`]: the loader's), which breaks every score tie; and, where the
/// bodies dominate the corpus, the articles' heads copied in that order.
pub struct BaseOrder {
    /// `None` when the corpus is already in that order (the loader sorts it), so a rank is the
    /// index; else the rank of each index and the index at each rank.
    perm: Option<(Vec<u32>, Vec<u32>)>,
    len: u32,
    heads: Option<Heads>,
}

impl BaseOrder {
    /// Computes the order: a linear check, and a sort only when the slice is not sorted yet.
    pub fn new(articles: &[Article]) -> BaseOrder {
        BaseOrder::build(articles, false)
    }

    /// [`BaseOrder::new`], with the heads copied where that pays (see `heads`): for a corpus
    /// that is scanned again and again, as the reader's is.
    pub fn for_scans(articles: &[Article]) -> BaseOrder {
        BaseOrder::build(articles, true)
    }

    fn build(articles: &[Article], copy_heads: bool) -> BaseOrder {
        let len = u32::try_from(articles.len()).unwrap_or(u32::MAX);
        let articles = &articles[..len as usize];
        // The loader sorted the articles, not their packed heads: ask for each ahead.
        let mut heads = articles.iter().enumerate().map(|(i, a)| {
            if let Some(ahead) = articles.get(i + PREFETCH_AHEAD) {
                ahead.prefetch();
            }
            (a, a.head())
        });
        let first = heads.next();
        let sorted = heads
            .try_fold(first, |last, (a, h)| {
                let ok = last.is_none_or(|(b, g)| compare_heads((b, &g), (a, &h)).is_le());
                ok.then_some(Some((a, h)))
            })
            .is_some();
        let heads = copy_heads.then(|| Heads::of(articles)).flatten();
        if sorted {
            return BaseOrder {
                perm: None,
                len,
                heads,
            };
        }
        let mut by_rank: Vec<u32> = (0..len).collect();
        by_rank.sort_by(|&a, &b| compare_articles(&articles[a as usize], &articles[b as usize]));
        let mut rank = vec![0u32; len as usize];
        for (r, &i) in by_rank.iter().enumerate() {
            rank[i as usize] = r as u32;
        }
        BaseOrder {
            perm: Some((rank, by_rank)),
            len,
            heads,
        }
    }

    /// Number of articles covered.
    pub fn len(&self) -> u32 {
        self.len
    }

    /// Whether the corpus is empty.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Every article in base order, score 0: the result of the empty query.
    pub fn all(&self) -> Vec<Hit> {
        (0..self.len)
            .map(|r| Hit {
                index: self.index(r),
                score: 0,
            })
            .collect()
    }

    /// Sorts hits into the final order (score descending, then base rank), in place: each
    /// hit's position is swapped for its base rank for the sort and back after it, so that
    /// the comparator reads no other memory and no list of keys is held beside the hits (on
    /// a million hits, 8 MB more at the peak of a query).
    pub fn sort(&self, hits: &mut [Hit]) {
        if let Some((rank, _)) = &self.perm {
            for h in hits.iter_mut() {
                h.index = rank[h.index as usize];
            }
        }
        hits.sort_unstable_by_key(Self::key);
        if let Some((_, by_rank)) = &self.perm {
            for h in hits.iter_mut() {
                h.index = by_rank[h.index as usize];
            }
        }
    }

    /// Whether corpus positions are base ranks (the loader sorted the corpus): hits found in
    /// position order are then in base order.
    pub fn is_positional(&self) -> bool {
        self.perm.is_none()
    }

    /// Ranks the `n` hits that `hit` gives in ascending position: in one pass when positions
    /// are base ranks ([`BaseOrder::rank_in_order`]), else by the sort. The hits are asked for
    /// rather than handed over, so that ranking a million of them holds one list, not two.
    pub fn rank_positions(&self, n: usize, hit: impl Fn(usize) -> Hit) -> Vec<Hit> {
        if self.is_positional() {
            self.rank_in_order_with(n, hit)
        } else {
            let mut hits: Vec<Hit> = (0..n).map(hit).collect();
            self.sort(&mut hits);
            hits
        }
    }

    /// Ranks `hits` that are in base order already: a stable split by score when they have
    /// few distinct scores (a word over titles alone: in the title, one typo away, fuzzy), in
    /// one pass; else the sort.
    pub fn rank_in_order(&self, hits: Vec<Hit>) -> Vec<Hit> {
        self.rank_in_order_with(hits.len(), |i| hits[i])
    }

    /// [`BaseOrder::rank_in_order`] of the `n` hits that `hit` gives.
    fn rank_in_order_with(&self, n: usize, hit: impl Fn(usize) -> Hit) -> Vec<Hit> {
        const FEW: usize = 16;
        let mut scores: Vec<(i32, usize)> = Vec::with_capacity(FEW);
        for h in (0..n).map(&hit) {
            if let Some((_, count)) = scores.iter_mut().find(|(s, _)| *s == h.score) {
                *count += 1;
            } else if scores.len() < FEW {
                scores.push((h.score, 1));
            } else {
                let mut hits: Vec<Hit> = (0..n).map(hit).collect();
                self.sort(&mut hits);
                return hits;
            }
        }
        // Highest score first; each score's hits keep their order, which is the base order.
        scores.sort_unstable_by_key(|&(s, _)| std::cmp::Reverse(s));
        let mut at = 0;
        for (_, count) in &mut scores {
            let c = *count;
            *count = at;
            at += c;
        }
        let mut out = vec![Hit { index: 0, score: 0 }; n];
        for h in (0..n).map(hit) {
            if let Some((_, next)) = scores.iter_mut().find(|(s, _)| *s == h.score) {
                out[*next] = h;
                *next += 1;
            }
        }
        out
    }

    /// Score descending, then `h.index` (a base rank while [`BaseOrder::sort`] sorts), packed
    /// so that one integer comparison orders hits.
    fn key(h: &Hit) -> u64 {
        // Flipping the sign bit maps i32 order onto u32 order; inverting makes it descend.
        let desc = !((h.score as u32) ^ 0x8000_0000);
        (u64::from(desc) << 32) | u64::from(h.index)
    }

    fn index(&self, rank: u32) -> u32 {
        self.perm
            .as_ref()
            .map_or(rank, |(_, by_rank)| by_rank[rank as usize])
    }
}

/// Which articles a scan looks at.
#[derive(Clone)]
pub enum Candidates<'a> {
    /// A range of corpus positions.
    Range(Range<u32>),
    /// Listed positions, e.g. the previous result when a query only narrows.
    List(&'a [u32]),
}

impl Candidates<'_> {
    /// Number of candidates.
    pub fn len(&self) -> usize {
        match self {
            Candidates::Range(r) => r.len(),
            Candidates::List(l) => l.len(),
        }
    }

    /// The candidates at positions `r` of this list.
    pub fn part(&self, r: Range<usize>) -> Self {
        match self {
            Candidates::Range(all) => {
                Candidates::Range(all.start + r.start as u32..all.start + r.end as u32)
            }
            Candidates::List(l) => Candidates::List(&l[r]),
        }
    }

    fn get(&self, i: usize) -> Option<u32> {
        match self {
            Candidates::Range(r) => (i < r.len()).then(|| r.start + i as u32),
            Candidates::List(l) => l.get(i).copied(),
        }
    }
}

/// The unsorted hits among `cands`, or `None` if `cancelled` said so during the scan.
///
/// The threads claim chunks of candidates in turn rather than one fixed share each: on a
/// shared machine a thread that is set aside for a while then holds up only its current
/// chunk, and a share that happens to cost more is split among all threads.
///
/// Another thread joins for every `min_per_thread` candidates, up to the cores.
pub fn scan(
    articles: &[Article],
    order: Option<&BaseOrder>,
    plan: &Plan,
    ents: &dyn EntityFilter,
    cands: Candidates<'_>,
    cancelled: &(dyn Fn() -> bool + Sync),
    min_per_thread: usize,
) -> Option<Vec<Hit>> {
    let n = cands.len();
    let threads = cores().min(n / min_per_thread).max(1);
    let scan_part =
        |part| scan_one_thread(articles, order, plan, ents, part, cancelled, false).map(|d| d.hits);
    if threads == 1 {
        return scan_part(cands);
    }
    let chunk = n.div_ceil(threads * CHUNKS_PER_THREAD);
    let chunks = n.div_ceil(chunk);
    let next = AtomicUsize::new(0);
    let claim_chunks = || {
        let mut found = Vec::new();
        loop {
            let c = next.fetch_add(1, AtomicOrdering::Relaxed);
            if c >= chunks {
                return found;
            }
            let hits = scan_part(cands.part(c * chunk..((c + 1) * chunk).min(n)));
            let stop = hits.is_none();
            found.push((c, hits));
            if stop {
                return found;
            }
        }
    };
    let mut by_chunk: Vec<Option<Vec<Hit>>> = vec![None; chunks];
    let joined = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads).map(|_| s.spawn(claim_chunks)).collect();
        // A thread that panicked counts as a cancelled scan rather than taking the caller down.
        handles.into_iter().all(|h| match h.join() {
            Ok(found) => {
                for (c, hits) in found {
                    by_chunk[c] = hits;
                }
                true
            }
            Err(_) => false,
        })
    });
    if !joined {
        return None;
    }
    let mut out = Vec::new();
    for hits in by_chunk {
        out.extend(hits?);
    }
    Some(out)
}

/// What [`scan_one_thread`] found.
#[derive(Default)]
pub struct Deferred {
    /// The hits in candidate order, each score exact or, when pending, an upper bound.
    pub hits: Vec<Hit>,
    /// The positions of the hits whose fuzzy score was left for later, ascending.
    pub pending: Vec<u32>,
}

/// [`scan`] on the calling thread only, hits in candidate order. Heads are read from `order`'s
/// copy where it has one. With `defer`, through [`Plan::eval_deferring`]: which articles
/// match is exact, fuzzy scores are left for later.
pub fn scan_one_thread(
    articles: &[Article],
    order: Option<&BaseOrder>,
    plan: &Plan,
    ents: &dyn EntityFilter,
    cands: Candidates<'_>,
    cancelled: &(dyn Fn() -> bool + Sync),
    defer: bool,
) -> Option<Deferred> {
    let heads = order.and_then(|o| o.heads.as_ref());
    let mut found = Deferred::default();
    for i in 0..cands.len() {
        if i % CHECK_EVERY == 0 && cancelled() {
            return None;
        }
        let Some((index, a)) = cands
            .get(i)
            .and_then(|k| Some((k, articles.get(k as usize)?)))
        else {
            continue;
        };
        let doc = match heads {
            Some(copy) => copied_head(a, copy, index),
            None => {
                // The articles' heads lie in load order, not in this order: ask ahead.
                let ahead = cands.get(i + PREFETCH_AHEAD);
                if let Some(ahead) = ahead.and_then(|k| articles.get(k as usize)) {
                    ahead.prefetch();
                }
                Doc::new(a)
            }
        };
        let score = if defer {
            plan.eval_deferring(index as usize, &doc, ents)
        } else {
            plan.eval(index as usize, &doc, ents).map(Score::exact)
        };
        if let Some(score) = score {
            found.hits.push(Hit {
                index,
                score: saturate(score.value),
            });
            if score.pending {
                found.pending.push(index);
            }
        }
    }
    Some(found)
}

/// Article number `index` as a test sees it, its head read from `order`'s copy where it has one.
pub fn doc_at<'a>(articles: &'a [Article], order: &'a BaseOrder, index: u32) -> Option<Doc<'a>> {
    let a = articles.get(index as usize)?;
    Some(match &order.heads {
        Some(copy) => copied_head(a, copy, index),
        None => Doc::new(a),
    })
}

fn copied_head<'a>(a: &'a Article, copy: &'a Heads, index: u32) -> Doc<'a> {
    copy.get(index)
        .map_or_else(|| Doc::new(a), |h| Doc::with_head(a, h))
}

/// How many threads can run at once.
pub fn cores() -> usize {
    static N: OnceLock<usize> = OnceLock::new();
    *N.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
}

/// Filters and ranks `articles` with `query`, on every core. `@name` terms ask `ents`.
///
/// One-shot: nothing is precomputed for the whole corpus (no ranking of articles that do not
/// match); only the hits are sorted.
pub fn filter(articles: &[Article], query: &Query, ents: &dyn EntityFilter) -> Vec<Hit> {
    filter_split(articles, query, ents, MIN_PER_THREAD)
}

/// [`filter`] for articles that were kept because they match (see [`super::Keeper`]): nearly
/// every one gets scored, at microseconds each, so a few hundred are worth another core.
pub fn filter_kept(articles: &[Article], query: &Query, ents: &dyn EntityFilter) -> Vec<Hit> {
    filter_split(articles, query, ents, MIN_SCORED_PER_THREAD)
}

/// Below this many articles that all get scored, one thread scores them alone.
const MIN_SCORED_PER_THREAD: usize = 256;

fn filter_split(
    articles: &[Article],
    query: &Query,
    ents: &dyn EntityFilter,
    min_per_thread: usize,
) -> Vec<Hit> {
    if query.is_empty() {
        return BaseOrder::new(articles).all();
    }
    let plan = Plan::compile(query, ents);
    let len = u32::try_from(articles.len()).unwrap_or(u32::MAX);
    let all = Candidates::Range(0..len);
    let mut hits =
        scan(articles, None, &plan, ents, all, &|| false, min_per_thread).unwrap_or_default();
    // A sort reads two articles' heads per comparison, about k·log2(k) for k hits. Past the
    // n reads of one pass over the corpus, `BaseOrder` is cheaper: the loader has sorted the
    // articles into base order, which that pass sees, and ranking then compares packed
    // integers without reading any article.
    let k = hits.len();
    if k * (k.max(2).ilog2() as usize) > articles.len() {
        BaseOrder::new(articles).sort(&mut hits);
    } else {
        hits.sort_unstable_by(|x, y| {
            y.score
                .cmp(&x.score)
                .then_with(|| {
                    compare_articles(&articles[x.index as usize], &articles[y.index as usize])
                })
                .then(x.index.cmp(&y.index))
        });
    }
    hits
}

/// [`filter`] with the base order computed beforehand, for repeated queries on one corpus.
pub fn filter_with(
    articles: &[Article],
    order: &BaseOrder,
    query: &Query,
    ents: &dyn EntityFilter,
) -> Vec<Hit> {
    if query.is_empty() {
        return order.all();
    }
    let plan = Plan::compile(query, ents);
    let mut hits = scan(
        articles,
        Some(order),
        &plan,
        ents,
        Candidates::Range(0..order.len()),
        &|| false,
        MIN_PER_THREAD,
    )
    .unwrap_or_default();
    order.sort(&mut hits);
    hits
}

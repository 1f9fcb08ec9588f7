//! The per-article cache of mentions: each article is annotated at most once, on first use or
//! all at once on worker threads, and shared read-only afterwards.
//!
//! What must stay true: slot `i` always holds the annotation of article `i` by this index's
//! matcher; filling is thread-safe and idempotent (`OnceLock`), so the UI thread and a worker
//! may race for a slot without harm.
//!
//! Slots come in pages of [`PAGE`], allocated on first use: the reader annotates the articles
//! it shows, and a slot for each of a million articles up front would cost more than their
//! titles.

use std::sync::{Arc, OnceLock};

use super::matcher::Matcher;
use super::{Annotation, EntityId};
use crate::corpus::Article;

/// How often one entity occurs over a set of articles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EntityStat {
    /// The entity.
    pub id: EntityId,
    /// Articles that mention it at least once.
    pub articles: usize,
    /// Mentions over those articles, titles included.
    pub mentions: usize,
}

struct Slot {
    annotation: Annotation,
    /// Sorted, unique: what `mentions_any` searches.
    ids: Vec<EntityId>,
}

/// Slots per page.
const PAGE: usize = 256;

/// The slots of [`PAGE`] articles (fewer on the last page).
type Page = Box<[OnceLock<Slot>]>;

/// Lazily computed mentions for every article of a corpus.
pub struct EntityIndex {
    matcher: Arc<Matcher>,
    articles: Arc<[Article]>,
    /// Page `p` holds the slots of articles `p * PAGE ..`.
    pages: Box<[OnceLock<Page>]>,
}

impl std::fmt::Debug for EntityIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntityIndex")
            .field("articles", &self.articles.len())
            .finish()
    }
}

impl EntityIndex {
    /// An index with nothing computed yet.
    pub fn new(matcher: Arc<Matcher>, articles: Arc<[Article]>) -> EntityIndex {
        let pages = (0..articles.len().div_ceil(PAGE))
            .map(|_| OnceLock::new())
            .collect();
        EntityIndex {
            matcher,
            articles,
            pages,
        }
    }

    /// The matcher the index annotates with.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }

    /// Number of articles.
    pub fn len(&self) -> usize {
        self.articles.len()
    }

    /// Whether there are no articles.
    pub fn is_empty(&self) -> bool {
        self.articles.is_empty()
    }

    /// The mentions of article `i`, computed on first use. Panics if `i` is out of range, like
    /// indexing the article slice would.
    pub fn annotation(&self, i: usize) -> &Annotation {
        &self.slot(i).annotation
    }

    fn slot(&self, i: usize) -> &Slot {
        let page = self.pages[i / PAGE].get_or_init(|| {
            let len = PAGE.min(self.articles.len() - i / PAGE * PAGE);
            (0..len).map(|_| OnceLock::new()).collect()
        });
        page[i % PAGE].get_or_init(|| {
            let article = &self.articles[i];
            let annotation = self.matcher.annotate(article.title(), article.text());
            let ids = annotation.entity_ids();
            Slot { annotation, ids }
        })
    }

    /// Annotates every article not yet done, on all available cores.
    pub fn annotate_all(&self) {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
        let n = self.len();
        if threads < 2 || n < 2 {
            (0..n).for_each(|i| {
                self.slot(i);
            });
            return;
        }
        // Interleaved rather than halves: article sizes often cluster, strides balance them.
        std::thread::scope(|scope| {
            for t in 0..threads.min(n) {
                scope.spawn(move || {
                    for i in (t..n).step_by(threads) {
                        self.slot(i);
                    }
                });
            }
        });
    }

    /// Whether article `i` mentions any of `ids` (sorted). False when `i` is out of range.
    pub fn mentions_any(&self, i: usize, ids: &[EntityId]) -> bool {
        if i >= self.len() {
            return false;
        }
        let have = self.slot(i).ids.as_slice();
        // Both sorted: walk the shorter list, binary-search the longer.
        let (few, many) = if have.len() < ids.len() {
            (have, ids)
        } else {
            (ids, have)
        };
        few.iter().any(|id| many.binary_search(id).is_ok())
    }

    /// Per entity over the articles in `subset` (indices; out-of-range ones are ignored): most
    /// articles first, then most mentions, then name.
    pub fn stats(&self, subset: &[usize]) -> Vec<EntityStat> {
        let mut totals = Totals::new(self.matcher.len());
        for &i in subset.iter().filter(|&&i| i < self.len()) {
            totals.add(&self.annotation(i).counts());
        }
        totals.stats()
    }
}

/// Articles and mentions per entity, summed over articles.
pub(super) struct Totals(Vec<(usize, usize)>);

impl Totals {
    /// Nothing counted yet, for `entities` entities.
    pub fn new(entities: usize) -> Totals {
        Totals(vec![(0, 0); entities])
    }

    /// One article's mentions per entity (as [`Annotation::counts`] gives them).
    pub fn add(&mut self, counts: &[(EntityId, usize)]) {
        for &(id, n) in counts {
            let t = &mut self.0[id as usize];
            t.0 += 1;
            t.1 += n;
        }
    }

    /// Adds what another count found.
    pub fn merge(&mut self, other: Totals) {
        for (t, o) in self.0.iter_mut().zip(other.0) {
            t.0 += o.0;
            t.1 += o.1;
        }
    }

    /// The entities mentioned: most articles first, then most mentions, then name.
    pub fn stats(self) -> Vec<EntityStat> {
        let mut stats: Vec<EntityStat> = self
            .0
            .into_iter()
            .enumerate()
            .filter(|(_, (articles, _))| *articles > 0)
            .map(|(id, (articles, mentions))| EntityStat {
                id: id as EntityId,
                articles,
                mentions,
            })
            .collect();
        stats.sort_by_key(|s| {
            (
                std::cmp::Reverse(s.articles),
                std::cmp::Reverse(s.mentions),
                s.id,
            )
        });
        stats
    }
}

//! The entities of a corpus for the reader: each shown article's mentions, annotated on first
//! use and kept; and, for `@name` filters, the entities each article mentions, found for all
//! articles at once on the first filter that asks and kept as one list.
//!
//! What must stay true: slot `i` always holds the annotation of article `i` by this index's
//! matcher, and article `i`'s entities are those of that annotation; filling either is
//! thread-safe and happens once (`OnceLock`), so the UI thread and a worker may race without
//! harm.
//!
//! Why two stores: a filter asks about every article and needs only which entities each
//! mentions (about 4 bytes per article and entity); the reader shows one article at a time
//! and needs where its mentions are. Kept for every article, the mentions of a million titles
//! took more memory than the titles. Slots come in pages of [`PAGE`], allocated on first use.

use std::sync::{Arc, OnceLock};
use std::thread;

use super::matcher::Matcher;
use super::prefilter::Prefilters;
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

/// Slots per page.
const PAGE: usize = 256;

/// The annotations of [`PAGE`] articles (fewer on the last page).
type Page = Box<[OnceLock<Annotation>]>;

/// The entities each article mentions, for all articles: article `i`'s are
/// `ids[ends[i - 1]..ends[i]]` (from 0 for the first), sorted, each once.
struct Mentioned {
    ends: Vec<u32>,
    ids: Vec<EntityId>,
}

/// Mentions of a corpus's articles, computed on demand.
pub struct EntityIndex {
    matcher: Arc<Matcher>,
    articles: Arc<[Article]>,
    /// Page `p` holds the annotations of articles `p * PAGE ..`.
    pages: Box<[OnceLock<Page>]>,
    mentioned: OnceLock<Mentioned>,
    /// Per entity, the articles that mention it, from `mentioned`.
    article_counts: OnceLock<Vec<u32>>,
    /// Until `mentioned` is known, which articles may mention a set of entities.
    prefilters: Prefilters,
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
            mentioned: OnceLock::new(),
            article_counts: OnceLock::new(),
            prefilters: Prefilters::default(),
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
        let page = self.pages[i / PAGE].get_or_init(|| {
            let len = PAGE.min(self.articles.len() - i / PAGE * PAGE);
            (0..len).map(|_| OnceLock::new()).collect()
        });
        page[i % PAGE].get_or_init(|| {
            let article = &self.articles[i];
            self.matcher.annotate(article.title(), article.text())
        })
    }

    /// Whether article `i` mentions any of `ids` (sorted). False when `i` is out of range.
    ///
    /// Entities that a quick test can rule out in most articles (`@lavrov`) are looked for in
    /// the articles that pass it, and nothing is kept; otherwise (`@s` stands for hundreds) the
    /// first call finds the entities of every article, on all cores, and later calls use them.
    pub fn mentions_any(&self, i: usize, ids: &[EntityId]) -> bool {
        if i >= self.len() {
            return false;
        }
        if self.mentioned.get().is_none() {
            let test = self.prefilters.get(&self.matcher, ids);
            if test.is_selective() {
                let a = &self.articles[i];
                return test.mentions_any(&self.matcher, a.title(), a.text(), ids);
            }
        }
        let have = self.entities_of(i);
        // Both sorted: walk the shorter list, binary-search the longer.
        let (few, many) = if have.len() < ids.len() {
            (have, ids)
        } else {
            (ids, have)
        };
        few.iter().any(|id| many.binary_search(id).is_ok())
    }

    /// The entities article `i` mentions, sorted, each once; none when `i` is out of range.
    /// The first call finds the entities of every article, on all cores.
    pub fn entities_of(&self, i: usize) -> &[EntityId] {
        if i >= self.len() {
            return &[];
        }
        let m = self.mentioned.get_or_init(|| self.find_mentioned());
        let start = i.checked_sub(1).map_or(0, |p| m.ends[p] as usize);
        &m.ids[start..m.ends[i] as usize]
    }

    /// In how many articles each entity (by id) is mentioned, once the entities of every
    /// article are known (the first `@name` filter finds them); `None` before, never blocking.
    pub fn article_counts(&self) -> Option<&[u32]> {
        let m = self.mentioned.get()?;
        Some(self.article_counts.get_or_init(|| {
            let mut counts = vec![0; self.matcher.len()];
            for &id in &m.ids {
                counts[id as usize] += 1;
            }
            counts
        }))
    }

    /// The entities of every article: parts of the corpus annotated on each core, their
    /// lists then joined.
    fn find_mentioned(&self) -> Mentioned {
        let threads = thread::available_parallelism().map_or(1, |n| n.get());
        let part = self.articles.len().div_ceil(threads).max(1);
        let parts: Vec<(Vec<u32>, Vec<EntityId>)> = thread::scope(|s| {
            let handles: Vec<_> = self
                .articles
                .chunks(part)
                .map(|articles| {
                    s.spawn(move || {
                        let mut ends = Vec::with_capacity(articles.len());
                        let mut ids = Vec::new();
                        for a in articles {
                            let annotation = self.matcher.annotate(a.title(), a.text());
                            ids.extend(annotation.entity_ids());
                            ends.push(ids.len() as u32);
                        }
                        ids.shrink_to_fit();
                        (ends, ids)
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
                .collect()
        });
        let total = parts.iter().map(|(_, ids)| ids.len()).sum();
        let mut mentioned = Mentioned {
            ends: Vec::with_capacity(self.articles.len()),
            ids: Vec::with_capacity(total),
        };
        for (ends, ids) in parts {
            let base = mentioned.ids.len() as u32;
            mentioned.ends.extend(ends.iter().map(|e| base + e));
            mentioned.ids.extend(ids);
        }
        mentioned
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

//! Mentions for one pass over a corpus (`dossier list -q @name`, `dossier entities`): each
//! article is annotated when asked and nothing is kept. [`super::EntityIndex`] keeps every
//! article's mentions so that the reader can ask again; for a million titles, kept, they took
//! more memory than the titles.
//!
//! What must stay true: every answer is the one the index gives for the same matcher.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use super::index::{EntityStat, Totals};
use super::matcher::Matcher;
use super::prefilter::Prefilters;
use super::{Annotation, EntityId};
use crate::corpus::Article;

/// The mentions of `articles`, computed as they are asked for.
pub struct OnePass<'a> {
    matcher: &'a Matcher,
    articles: &'a [Article],
    prefilters: Prefilters,
}

impl<'a> OnePass<'a> {
    /// Nothing is computed yet, nor ever stored.
    pub fn new(matcher: &'a Matcher, articles: &'a [Article]) -> Self {
        OnePass {
            matcher,
            articles,
            prefilters: Prefilters::default(),
        }
    }

    /// The matcher that annotates.
    pub fn matcher(&self) -> &Matcher {
        self.matcher
    }

    fn annotate(&self, a: &Article) -> Annotation {
        self.matcher.annotate(a.title(), a.text())
    }

    /// Whether article `i` mentions any of `ids` (sorted). False when `i` is out of range. Only
    /// articles that may mention one are annotated.
    pub fn mentions_any(&self, i: usize, ids: &[EntityId]) -> bool {
        let Some(a) = self.articles.get(i) else {
            return false;
        };
        (self.prefilters.get(self.matcher, ids)).mentions_any(
            self.matcher,
            a.title(),
            a.text(),
            ids,
        )
    }

    /// Per entity over the articles in `subset` (as [`super::EntityIndex::stats`]), annotated
    /// on every core.
    pub fn stats(&self, subset: &[usize]) -> Vec<EntityStat> {
        self.stats_counting(subset, &AtomicUsize::new(0))
    }

    /// [`OnePass::stats`], adding to `done` as articles are counted, so that another thread
    /// can show progress.
    pub fn stats_counting(&self, subset: &[usize], done: &AtomicUsize) -> Vec<EntityStat> {
        let threads = thread::available_parallelism().map_or(1, |n| n.get());
        let part = subset.len().div_ceil(threads).max(1);
        let count = |part: &[usize]| {
            let mut totals = Totals::new(self.matcher.len());
            for (n, a) in part
                .iter()
                .filter_map(|&i| self.articles.get(i))
                .enumerate()
            {
                totals.add(&self.annotate(a).counts());
                if n % 256 == 255 {
                    done.fetch_add(256, Ordering::Relaxed);
                }
            }
            done.fetch_add(part.len() % 256, Ordering::Relaxed);
            totals
        };
        let totals = thread::scope(|s| {
            let handles: Vec<_> = subset
                .chunks(part)
                .map(|p| s.spawn(move || count(p)))
                .collect();
            let mut all = Totals::new(self.matcher.len());
            for h in handles {
                all.merge(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
            }
            all
        });
        totals.stats()
    }
}

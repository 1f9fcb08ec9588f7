//! Near-copies: articles that share most of their text (wire copy republished under another
//! headline, lightly edited, paragraphs reordered), found by MinHash signatures and
//! locality-sensitive hashing, grouped, the earliest of each group marked the likely original.
//!
//! Candidates are articles whose signatures agree on a whole band of [`ROWS`] hashes; a pair
//! counts when the signatures agree on at least [`SIMILAR`] of all hashes (their estimated
//! Jaccard similarity). With 32 bands of 4, a pair at 0.6 is a candidate 99% of the time, at
//! 0.3 about 23%, and then the check turns it down.

use std::sync::atomic::{AtomicUsize, Ordering};

use super::coverage::Progress;
use super::dates::day_number;
use super::minhash::{HASHES, Signature, signature};
use crate::corpus::Article;

/// Hashes per band.
const ROWS: usize = 3;
/// Estimated Jaccard similarity from which two articles are near-copies.
pub const SIMILAR: f32 = 0.4;

/// One group of near-copies.
#[derive(Debug, Clone, PartialEq)]
pub struct CopyGroup {
    /// Article indices with each one's similarity to the first, the likely original (the
    /// earliest dated; the first is 1.0).
    pub members: Vec<(u32, f32)>,
}

/// The groups of near-copies of a collection.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Copies {
    /// Biggest first, then by the original's position.
    pub groups: Vec<CopyGroup>,
    /// Sorted indices of the articles that are copies of an earlier one (all members but the
    /// original).
    copies: Vec<u32>,
}

impl Copies {
    /// Whether article `i` is a near-copy of another (not the original of its group).
    pub fn is_copy(&self, i: u32) -> bool {
        self.copies.binary_search(&i).is_ok()
    }

    /// The articles that are near-copies of another, sorted.
    pub fn copies(&self) -> &[u32] {
        &self.copies
    }

    /// The group article `i` is in.
    pub fn group_of(&self, i: u32) -> Option<&CopyGroup> {
        self.groups
            .iter()
            .find(|g| g.members.iter().any(|m| m.0 == i))
    }
}

/// Groups the near-copies among `articles`, signing texts on every core. `None` when
/// `progress` was cancelled.
pub fn find_copies(articles: &[Article], progress: &Progress) -> Option<Copies> {
    progress.start(articles.len());
    let next = AtomicUsize::new(0);
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    const CLAIM: usize = 256;
    let mut sigs: Vec<Signature> = vec![Signature(None); articles.len()];
    let parts: Vec<Option<Vec<(usize, Signature)>>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        if progress.cancelled() {
                            return None;
                        }
                        let from = next.fetch_add(CLAIM, Ordering::Relaxed);
                        if from >= articles.len() {
                            return Some(out);
                        }
                        let to = (from + CLAIM).min(articles.len());
                        for (i, a) in articles[from..to].iter().enumerate() {
                            out.push((from + i, signature(a.text())));
                        }
                        progress.advance(to - from);
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    for part in parts {
        for (i, s) in part? {
            sigs[i] = s;
        }
    }
    let days: Vec<Option<i64>> = articles
        .iter()
        .map(|a| a.date().and_then(day_number))
        .collect();
    Some(group(&sigs, &days))
}

/// Earlier near neighbours kept per article while grouping.
const NEIGHBOURS: usize = 8;

/// The groups of near-copies among signed texts, with `days` their dates (day numbers).
///
/// Groups are stars, not chains: articles are taken earliest first, and each joins the group
/// of the earlier original it is most similar to, or starts its own. So every member is a
/// near-copy of its group's original itself; A like B and B like C does not put A with C.
pub(super) fn group(sigs: &[Signature], days: &[Option<i64>]) -> Copies {
    let n = sigs.len();
    // Earliest dated first; undated after; then in collection order.
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_by_key(|&i| (days[i as usize].is_none(), days[i as usize], i));
    let mut rank = vec![0u32; n];
    for (r, &i) in order.iter().enumerate() {
        rank[i as usize] = r as u32;
    }
    // Per article, its most similar earlier candidates.
    let mut earlier: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n];
    let mut note = |a: u32, b: u32| {
        let (old, new) = if rank[a as usize] < rank[b as usize] {
            (a, b)
        } else {
            (b, a)
        };
        let list = &mut earlier[new as usize];
        if list.iter().any(|e| e.0 == old) {
            return;
        }
        let sim = sigs[a as usize].similarity(&sigs[b as usize]);
        if sim < SIMILAR {
            return;
        }
        list.push((old, sim));
        if list.len() > NEIGHBOURS {
            list.sort_by(|x, y| y.1.total_cmp(&x.1));
            list.truncate(NEIGHBOURS);
        }
    };
    let mut keys: Vec<(u64, u32)> = Vec::with_capacity(n);
    for band in 0..HASHES / ROWS {
        keys.clear();
        for (i, s) in sigs.iter().enumerate() {
            if let Some(h) = &s.0 {
                let rows = &h[band * ROWS..(band + 1) * ROWS];
                let key = rows.iter().fold(band as u64, |k, &r| {
                    k.rotate_left(23) ^ u64::from(r).wrapping_mul(0x9e37_79b9_7f4a_7c15)
                });
                keys.push((key, rank[i]));
            }
        }
        keys.sort_unstable();
        for run in keys.chunk_by(|a, b| a.0 == b.0) {
            // Each member against the bucket's earliest and its neighbour: linear in the
            // bucket, however many identical texts share it.
            for k in 1..run.len() {
                let b = order[run[k].1 as usize];
                note(order[run[0].1 as usize], b);
                if k > 1 {
                    note(order[run[k - 1].1 as usize], b);
                }
            }
        }
    }
    let mut original = vec![u32::MAX; n];
    let mut members: std::collections::HashMap<u32, Vec<(u32, f32)>> = Default::default();
    for &i in &order {
        let best = earlier[i as usize]
            .iter()
            .filter(|(e, _)| original[*e as usize] == *e)
            .max_by(|x, y| x.1.total_cmp(&y.1).then(y.0.cmp(&x.0)));
        match best {
            Some(&(o, sim)) => {
                original[i as usize] = o;
                members
                    .entry(o)
                    .or_insert_with(|| vec![(o, 1.0)])
                    .push((i, sim));
            }
            None => original[i as usize] = i,
        }
    }
    let mut groups: Vec<CopyGroup> = members
        .into_values()
        .map(|members| CopyGroup { members })
        .collect();
    groups.sort_by_key(|g| {
        (
            std::cmp::Reverse(g.members.len()),
            rank[g.members[0].0 as usize],
        )
    });
    let mut copies: Vec<u32> = groups
        .iter()
        .flat_map(|g| g.members[1..].iter().map(|m| m.0))
        .collect();
    copies.sort_unstable();
    Copies { groups, copies }
}

#[cfg(test)]
mod tests;

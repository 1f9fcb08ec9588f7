//! Names the dictionary lacks, found in the collection itself: capitalised words that are not
//! merely a sentence's first, weighed with the evidence of every occurrence across the
//! collection (`evidence`), then judged names of a kind (`decide`). The names found join the
//! dictionary's, marked [`Origin::Corpus`](super::Origin::Corpus), so that matching, `@name`
//! filters and counts treat them alike.
//!
//! What must stay true: the result depends only on the articles and the dictionary (not on
//! thread count or order), and no name found equals a dictionary name or one the user marked
//! "not a name".

mod cut;
mod decide;
mod evidence;
mod fxhash;
pub(crate) mod lexicon;
pub(crate) mod masks;
mod quoted;
pub(crate) mod scan;
mod short_words;

use std::thread;

use super::dict::{Dictionary, Entity};
use super::patterns::normalized;
use evidence::{Evidence, Known};

/// Text read for evidence, at most: over a bigger collection, articles are read evenly
/// spread, so that finding names never costs more than about a second.
const BUDGET: usize = 96 << 20;

/// The names found in the articles given as (title, text), not already in `dict`.
pub fn discover(dict: &Dictionary, articles: &[(&str, &str)]) -> Vec<Entity> {
    discover_in(dict, articles, |&(title, text)| (title, text))
}

/// [`discover`] over any articles, `fields` giving each one's (title, text): nothing is
/// copied per article, which on a million titles would be tens of megabytes.
pub fn discover_in<'a, A: Sync>(
    dict: &Dictionary,
    articles: &'a [A],
    fields: impl Fn(&'a A) -> (&'a str, &'a str) + Sync,
) -> Vec<Entity> {
    let known = known(dict);
    let total: usize = (articles.iter().map(&fields))
        .map(|(t, b)| t.len() + b.len())
        .sum();
    let step = total.div_ceil(BUDGET).max(1);
    let picked = articles.len().div_ceil(step);
    let threads = thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(8);
    let part = picked.div_ceil(threads).max(1);
    let evidence = thread::scope(|s| {
        let handles: Vec<_> = (0..picked)
            .step_by(part)
            .map(|first| {
                let (known, fields) = (&known, &fields);
                s.spawn(move || {
                    let mut ev = Evidence::default();
                    for k in first..(first + part).min(picked) {
                        let (title, text) = fields(&articles[k * step]);
                        ev.add(title, text, known);
                    }
                    ev
                })
            })
            .collect();
        // The first part's evidence takes the others in: merged into a fresh one, it would
        // be copied whole, and its 2 MiB set of words zeroed first.
        let mut parts = handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
        let mut all = parts.next().unwrap_or_default();
        for part in parts {
            all.merge(part);
        }
        all
    });
    decide::decide(&evidence, dict, &known)
}

/// Every spelling of the dictionary, lower case, with its entity's kind.
fn known(dict: &Dictionary) -> Known {
    let spellings = dict
        .entities()
        .iter()
        .map(|e| 1 + e.aliases.len() + e.short.len())
        .sum();
    let mut known = Known::with_capacity_and_hasher(spellings, Default::default());
    for e in dict.entities() {
        for s in std::iter::once(&e.name).chain(&e.aliases).chain(&e.short) {
            let spelling = normalized(s).to_lowercase();
            let trimmed = spelling.trim_end_matches(".");
            if trimmed.len() < spelling.len() {
                known.entry(trimmed.to_string()).or_insert(e.kind);
            }
            known.entry(spelling).or_insert(e.kind);
        }
    }
    known
}

//! Tests of the entity module as a user sees it: dictionary files, the matching rules of
//! DESIGN 1.5 one by one, the seeds as acceptance, the index, and properties on arbitrary text.

mod builtin;
mod context;
mod dict;
mod discover;
mod index;
mod props;
mod rules;
mod scan_reference;
mod seeds;

use std::sync::{Arc, OnceLock};

use super::{Dictionary, Kind, Matcher};

/// The built-in matcher, built once for all tests (building it is the slow part).
pub(crate) fn builtin() -> Arc<Matcher> {
    static M: OnceLock<Arc<Matcher>> = OnceLock::new();
    M.get_or_init(|| Arc::new(Matcher::new(Dictionary::builtin())))
        .clone()
}

/// A matcher over a small dictionary given as TOML.
pub(crate) fn matcher(toml: &str) -> Matcher {
    Matcher::new(Dictionary::parse(toml, "test.toml").expect("test dictionary parses"))
}

/// (matched text, canonical name) of every mention in `text` (title empty).
pub(crate) fn found(m: &Matcher, text: &str) -> Vec<(String, String)> {
    m.annotate("", text)
        .text
        .iter()
        .map(|x| {
            (
                text[x.start..x.end].to_string(),
                m.entity(x.entity).name.clone(),
            )
        })
        .collect()
}

/// The (name, kind) set an article yields.
pub(crate) fn names(m: &Matcher, title: &str, text: &str) -> Vec<(String, Kind)> {
    let a = m.annotate(title, text);
    let mut v: Vec<(String, Kind)> = a
        .entity_ids()
        .into_iter()
        .map(|id| (m.entity(id).name.clone(), m.entity(id).kind))
        .collect();
    v.sort();
    v
}

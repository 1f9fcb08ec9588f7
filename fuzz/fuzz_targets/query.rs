//! The query language: any text as a filter. Invariants: parsing never panics; a query that
//! parses runs over the bundled articles, with their entities, without panicking, and returns
//! each article at most once.
#![no_main]

use dossier::corpus::seeds;
use dossier::entities::{Dictionary, EntityIndex, Matcher};
use libfuzzer_sys::fuzz_target;
use std::sync::{Arc, OnceLock};

fn index() -> &'static (Arc<[dossier::corpus::Article]>, EntityIndex) {
    static INDEX: OnceLock<(Arc<[dossier::corpus::Article]>, EntityIndex)> = OnceLock::new();
    INDEX.get_or_init(|| {
        let articles: Arc<[dossier::corpus::Article]> = seeds().articles.into();
        let matcher = Arc::new(Matcher::new(Dictionary::builtin()));
        (articles.clone(), EntityIndex::new(matcher, articles))
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(query) = dossier::search::parse(&text) else {
        return;
    };
    let (articles, index) = index();
    let hits = dossier::search::filter(articles, &query, index);
    let mut seen: Vec<u32> = hits.iter().map(|h| h.index).collect();
    seen.sort_unstable();
    seen.dedup();
    assert_eq!(seen.len(), hits.len(), "an article listed twice");
});

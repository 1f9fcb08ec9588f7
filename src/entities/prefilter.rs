//! A quick test that an article cannot mention any of a few entities, so that an `@name`
//! filter annotates only the articles that might: on 100k articles, `@lavrov` then reads the
//! raw text once at memory speed instead of running the matcher over all of it.
//!
//! What must stay true: the test never says no for an article the matcher would find one of
//! the entities in. Every mention is a spelling of the entity walked over a normalised view of
//! the text in which only white space (to one space) and `’` (to `'`) change, and ASCII case in
//! the case-insensitive automaton; so each spelling's longest piece between spaces and
//! apostrophes appears in the raw text, ASCII case aside. A spelling with no such piece makes
//! the test say yes to everything.

use std::sync::{Arc, RwLock};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::EntityId;
use super::matcher::Matcher;

/// Above this many distinct pieces the test passes most articles anyway (a one-letter `@s`
/// stands for hundreds of entities): not worth building.
const MAX_PIECES: usize = 256;

/// Which articles may mention one of a set of entities.
#[derive(Debug)]
pub struct Prefilter {
    /// The pieces, one per spelling; `None` when every article may.
    pieces: Option<AhoCorasick>,
}

impl Prefilter {
    /// The test for `ids` (sorted) under `matcher`.
    pub fn new(matcher: &Matcher, ids: &[EntityId]) -> Prefilter {
        let mut pieces: Vec<&str> = Vec::new();
        for spelling in matcher.spellings_of(ids) {
            match longest_piece(spelling) {
                Some(piece) => pieces.push(piece),
                None => return Prefilter { pieces: None },
            }
        }
        pieces.sort_unstable();
        pieces.dedup();
        if pieces.len() > MAX_PIECES {
            return Prefilter { pieces: None };
        }
        let pieces = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&pieces)
            .ok();
        Prefilter { pieces }
    }

    /// Whether the test can rule articles out (false: it passes every article).
    pub fn is_selective(&self) -> bool {
        self.pieces.is_some()
    }

    /// Whether an article with this title and text mentions one of `ids` (sorted, the entities
    /// this test was built for): the matcher runs only where the test passes.
    pub fn mentions_any(
        &self,
        matcher: &Matcher,
        title: &str,
        text: &str,
        ids: &[EntityId],
    ) -> bool {
        self.may_mention(title, text)
            && (matcher.annotate(title, text).mentions())
                .any(|m| ids.binary_search(&m.entity).is_ok())
    }

    /// Whether an article with this title and text may mention one of the entities.
    pub fn may_mention(&self, title: &str, text: &str) -> bool {
        match &self.pieces {
            None => true,
            Some(ac) => ac.is_match(title) || ac.is_match(text),
        }
    }
}

/// The tests of the last few sets of entities asked about, so that each article's question
/// finds its test built once per query.
#[derive(Debug, Default)]
pub(super) struct Prefilters(RwLock<Vec<(Vec<EntityId>, Arc<Prefilter>)>>);

/// Sets kept: a query has a few `@name` terms.
const KEPT: usize = 8;

impl Prefilters {
    /// The test for `ids` (sorted) under `matcher`, built on first use.
    pub fn get(&self, matcher: &Matcher, ids: &[EntityId]) -> Arc<Prefilter> {
        let known = |list: &Vec<(Vec<EntityId>, Arc<Prefilter>)>| {
            list.iter().find(|(k, _)| k == ids).map(|(_, p)| p.clone())
        };
        if let Some(p) = self.0.read().ok().as_deref().and_then(known) {
            return p;
        }
        let built = Arc::new(Prefilter::new(matcher, ids));
        if let Ok(mut list) = self.0.write() {
            if let Some(p) = known(&list) {
                return p;
            }
            if list.len() == KEPT {
                list.remove(0);
            }
            list.push((ids.to_vec(), built.clone()));
        }
        built
    }
}

/// The longest run of a spelling between spaces and apostrophes (the later of equals: in
/// "Sergei Lavrov" the family name, rarer in text), if it has one.
fn longest_piece(spelling: &str) -> Option<&str> {
    spelling
        .split([' ', '\''])
        .filter(|p| !p.is_empty())
        .max_by_key(|p| p.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Dictionary;

    fn matcher() -> Matcher {
        Matcher::new(Dictionary::builtin())
    }

    #[test]
    fn never_rules_out_an_article_the_matcher_finds_the_entity_in() {
        let m = matcher();
        let texts = [
            "Russia's Foreign Minister Sergei\u{a0}Lavrov met John Kerry in Geneva.",
            "LAVROV AND KERRY AGREE ON CEASEFIRE",
            "Mr Lavrov said the talks went well.",
            "The U.S. and Russia agreed. The US said so.",
            "Kerry’s plan, Lavrov’s answer.",
        ];
        for text in texts {
            let annotation = m.annotate("", text);
            for id in annotation.entity_ids() {
                let filter = Prefilter::new(&m, &[id]);
                assert!(
                    filter.may_mention("", text),
                    "{} ruled out in {text:?}",
                    m.entity(id).name
                );
            }
        }
    }

    #[test]
    fn rules_out_articles_without_any_spelling() {
        let m = matcher();
        let lavrov = m.resolve_prefix("lavrov");
        assert!(!lavrov.is_empty());
        let filter = Prefilter::new(&m, &lavrov);
        assert!(filter.is_selective());
        assert!(!filter.may_mention("Weather", "Rain is expected in the north of England."));
        assert!(filter.may_mention("Talks", "sergei lavrov spoke"));
        assert!(filter.may_mention("LAVROV SPEAKS", ""));
    }

    #[test]
    fn a_spelling_without_a_piece_passes_everything() {
        assert_eq!(longest_piece("Sergei Lavrov"), Some("Lavrov"));
        assert_eq!(longest_piece("O'Neill"), Some("Neill"));
        assert_eq!(longest_piece("' '"), None);
    }
}

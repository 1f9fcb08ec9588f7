//! Deciding one article at a time whether it matches, for a one-shot run that filters while
//! loading: `dossier list -q` over a million records keeps only the few that match instead of
//! building, sorting and holding them all.
//!
//! What must stay true: [`Keeper::keeps`] says yes exactly when [`super::filter`] would list
//! the article, and [`Keeper::may_keep`] says no only when `keeps` would; a query whose answer
//! needs the whole corpus (`@name`, answered by an entity index over it) gets no keeper, so the
//! caller loads everything.

use super::NoEntities;
use super::plan::{Doc, Plan};
use super::query::Query;
use crate::corpus::{Article, Keep};

/// A compiled query that tests single articles.
pub struct Keeper {
    plan: Plan,
}

impl Keep for Keeper {
    fn keeps(&self, a: &Article) -> bool {
        self.plan.matches(0, &Doc::new(a), &NoEntities)
    }

    fn may_keep(&self, fields: &[&str], has_text: bool, body: Option<&str>) -> bool {
        self.plan.may_match_fields(fields, has_text, body)
    }

    fn may_keep_raw(&self, raw: &str, stem: &str) -> bool {
        self.plan.may_match_raw(raw, stem)
    }

    fn judges_raw(&self) -> bool {
        self.plan.judges_raw()
    }

    fn raw_words(&self) -> Option<Vec<String>> {
        self.plan.raw_words()
    }

    fn wants_body(&self) -> bool {
        self.plan.judges_bodies()
    }
}

impl Keeper {
    /// A keeper for `query`, or `None` when it keeps everything (the empty query) or needs the
    /// entity index (`@name`) or the reader's marks (`is:`).
    pub fn new(query: &Query) -> Option<Keeper> {
        let whole = query.names_entities() || query.asks_status();
        (!query.is_empty() && !whole).then(|| Keeper {
            plan: Plan::compile(query, &NoEntities),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::{filter, parse};

    #[test]
    fn keeps_exactly_what_filter_lists() {
        let seeds = crate::corpus::seeds().articles;
        for q in [
            "geneva",
            "'aleppo",
            "!'aleppo",
            "date:2016-09-09",
            "tass | moscow",
            "^lavrov",
            "source:tass kerry",
            "xq",
        ] {
            let query = parse(q).unwrap();
            let keeper = Keeper::new(&query).unwrap();
            let mut kept: Vec<u32> = (0..seeds.len() as u32)
                .filter(|&i| keeper.keeps(&seeds[i as usize]))
                .collect();
            let mut listed: Vec<u32> = filter(&seeds, &query, &NoEntities)
                .iter()
                .map(|h| h.index)
                .collect();
            kept.sort_unstable();
            listed.sort_unstable();
            assert_eq!(kept, listed, "query {q:?}");
        }
    }

    #[test]
    fn the_look_before_building_never_drops_a_match() {
        let seeds = crate::corpus::seeds().articles;
        // The seeds, and their heads alone (a dump of titles): only the latter can be judged
        // before they are built, as a word may be in a text.
        let heads: Vec<Article> = seeds
            .iter()
            .map(|a| {
                Article::new(&crate::corpus::ArticleData {
                    text: String::new(),
                    ..a.to_data()
                })
            })
            .collect();
        let mut dropped = 0;
        for q in [
            "geneva",
            "kerry lavrov",
            "xq",
            "tass | zzz",
            "moscow !xq",
            "'aleppo",
            "\"y l\"",
            "GENEVA",
            "lavorv",
        ] {
            let keeper = Keeper::new(&parse(q).unwrap()).unwrap();
            for a in seeds.iter().chain(&heads) {
                let fields = [Some(a.title()), a.source(), a.author()];
                let fields: Vec<&str> = fields.into_iter().flatten().collect();
                let may = keeper.may_keep(&fields, !a.text().is_empty(), Some(a.text()));
                assert!(may || !keeper.keeps(a), "{q:?} dropped {:?}", a.title());
                dropped += usize::from(!may);
            }
        }
        // It does drop heads: `xq` matches none, `GENEVA` (case-sensitive) none either.
        assert!(dropped >= 10, "{dropped}");
        // A word with white space matches only once white space is collapsed: not judged early.
        let spaced = Keeper::new(&parse("\"kerry met\"").unwrap()).unwrap();
        assert!(spaced.may_keep(&["Kerry\n\n met Lavrov"], false, None));
    }

    #[test]
    fn no_keeper_for_the_empty_query_or_entities() {
        assert!(Keeper::new(&parse("").unwrap()).is_none());
        assert!(Keeper::new(&parse("kerry @lavrov").unwrap()).is_none());
        assert!(Keeper::new(&parse("kerry | !@lavrov").unwrap()).is_none());
        assert!(Keeper::new(&parse("kerry").unwrap()).is_some());
    }
}

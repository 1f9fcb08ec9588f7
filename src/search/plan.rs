//! A query compiled for one run over a corpus: needles and scorers built once, entity names
//! resolved once, groups reordered so that cheap tests reject an article before costly ones run.
//!
//! What must stay true: reordering never changes the result: an article matches when every
//! group has a matching term, and its score is the sum over groups of the best fuzzy score of a
//! matching alternative (0 for non-fuzzy ones), whatever the order the groups are tried in.

use std::cell::OnceCell;

use super::EntityFilter;
use super::date::DateSpec;
use super::fuzzy::{Fuzzy, Scorers};
use super::query::{Query, TermKind};
use super::text::Needle;
use crate::corpus::{Article, Head, View};
use crate::entities::EntityId;

/// A compiled query.
pub struct Plan {
    groups: Vec<Group>,
    scorers: Scorers,
}

struct Group {
    terms: Vec<Term>,
    /// Whether any alternative is a non-negated fuzzy word, i.e. can contribute a score.
    scored: bool,
    /// Whether every alternative is a non-negated fuzzy word without white space (see
    /// [`Plan::may_match_fields`]).
    words_only: bool,
}

struct Term {
    negated: bool,
    test: Test,
}

enum Test {
    Fuzzy(Fuzzy),
    Exact(Needle),
    Anchored {
        needle: Needle,
        /// Smart case: the text as typed, compared exactly when it has a capital.
        sensitive: Option<String>,
        start: bool,
        end: bool,
    },
    Entity(Vec<EntityId>),
    Source(Needle),
    Date(DateSpec),
    Copy,
}

impl Test {
    /// Rough relative cost, so that dates and sources reject before bodies are searched.
    fn cost(&self) -> u8 {
        match self {
            Test::Date(_) | Test::Copy => 0,
            Test::Source(_) | Test::Anchored { .. } => 1,
            Test::Entity(_) => 2,
            Test::Fuzzy(_) => 3,
            Test::Exact(_) => 4,
        }
    }
}

impl Plan {
    /// Compiles `query`; `@name` terms are resolved through `ents` here, once.
    pub fn compile(query: &Query, ents: &dyn EntityFilter) -> Plan {
        let mut groups: Vec<Group> = query
            .groups()
            .iter()
            .map(|g| {
                let terms: Vec<Term> = g
                    .terms
                    .iter()
                    .map(|t| Term {
                        negated: t.negated,
                        test: Test::new(&t.kind, ents),
                    })
                    .collect();
                let scored = terms
                    .iter()
                    .any(|t| !t.negated && matches!(t.test, Test::Fuzzy(_)));
                let words_only = g.terms.iter().all(|t| {
                    !t.negated
                        && matches!(&t.kind, TermKind::Fuzzy(w) if !w.contains(char::is_whitespace))
                });
                Group {
                    terms,
                    scored,
                    words_only,
                }
            })
            .collect();
        groups.sort_by_key(|g| g.terms.iter().map(|t| t.test.cost()).max());
        Plan {
            groups,
            scorers: Scorers::default(),
        }
    }

    /// Whether the article matches, without scoring it; `index` is its position in the
    /// corpus, as the entity filter knows it.
    pub fn matches(&self, index: usize, a: &Doc<'_>, ents: &dyn EntityFilter) -> bool {
        self.groups
            .iter()
            .all(|g| g.terms.iter().any(|t| t.matches(index, a, ents)))
    }

    /// Whether an article whose title, source and author are `fields` (before white space is
    /// collapsed) may match: `false` only when a group of nothing but fuzzy words, none with
    /// white space, matches none of them. Collapsing white space and dropping characters never
    /// make a word match that did not, so this never rejects an article that matches.
    pub fn may_match_fields(&self, fields: &[&str]) -> bool {
        self.groups.iter().filter(|g| g.words_only).all(|g| {
            g.terms.iter().any(|t| match &t.test {
                Test::Fuzzy(f) => fields.iter().any(|s| f.matches(s)),
                _ => true,
            })
        })
    }

    /// The article's score when it matches; `index` is its position in the corpus, as the
    /// entity filter knows it.
    pub fn eval(&self, index: usize, a: &Doc<'_>, ents: &dyn EntityFilter) -> Option<i64> {
        // Decide the match first with cheap tests only; score only what survives.
        if !self.matches(index, a, ents) {
            return None;
        }
        let mut total = 0i64;
        for g in self.groups.iter().filter(|g| g.scored) {
            let best = g
                .terms
                .iter()
                .filter_map(|t| t.score(index, a, ents, &self.scorers))
                .max();
            total = total.saturating_add(best?);
        }
        Some(total)
    }
}

impl Test {
    fn new(kind: &TermKind, ents: &dyn EntityFilter) -> Test {
        match kind {
            TermKind::Fuzzy(w) => Test::Fuzzy(Fuzzy::new(w)),
            TermKind::Exact(w) => Test::Exact(Needle::new(w)),
            TermKind::Anchored { text, start, end } => Test::Anchored {
                needle: Needle::new(text),
                sensitive: text.chars().any(char::is_uppercase).then(|| text.clone()),
                start: *start,
                end: *end,
            },
            TermKind::Entity(name) => {
                let mut ids = ents.resolve(name);
                ids.sort_unstable();
                ids.dedup();
                Test::Entity(ids)
            }
            TermKind::Source(s) => Test::Source(Needle::new(s)),
            TermKind::Date(d) => Test::Date(d.clone()),
            TermKind::Copy => Test::Copy,
        }
    }
}

impl Term {
    fn matches(&self, index: usize, a: &Doc<'_>, ents: &dyn EntityFilter) -> bool {
        let hit = match &self.test {
            Test::Fuzzy(f) => f.matches(a.head.joined) && fuzzy_fields(a).any(|s| f.matches(s)),
            Test::Exact(n) => n.is_in(a.head.title) || n.is_in(a.view().text),
            Test::Anchored {
                needle,
                sensitive,
                start,
                end,
            } => {
                let t = a.head.title;
                match (sensitive, start, end) {
                    (Some(s), true, true) => t == s,
                    (Some(s), true, false) => t.starts_with(s.as_str()),
                    (Some(s), _, _) => t.ends_with(s.as_str()),
                    (None, true, true) => needle.equals(t),
                    (None, true, false) => needle.starts(t),
                    (None, _, _) => needle.ends(t),
                }
            }
            Test::Entity(ids) => !ids.is_empty() && ents.mentions_any(index, ids),
            Test::Source(n) => a.head.source.is_some_and(|s| n.is_in(s)),
            Test::Date(d) => d.matches(a.head.date),
            Test::Copy => ents.is_copy(index),
        };
        hit != self.negated
    }

    fn score(
        &self,
        index: usize,
        a: &Doc<'_>,
        ents: &dyn EntityFilter,
        sc: &Scorers,
    ) -> Option<i64> {
        match &self.test {
            Test::Fuzzy(f) if !self.negated => fuzzy_fields(a).filter_map(|s| f.score(sc, s)).max(),
            _ => self.matches(index, a, ents).then_some(0),
        }
    }
}

/// One article as a test sees it: the head (title, source, author, date) decoded up front, the
/// rest only when a test asks for it (the body, for `'exact` words).
pub struct Doc<'a> {
    article: &'a Article,
    head: Head<'a>,
    rest: OnceCell<View<'a>>,
}

impl<'a> Doc<'a> {
    /// The article, head decoded.
    pub fn new(article: &'a Article) -> Doc<'a> {
        Doc::with_head(article, article.head())
    }

    /// The article, whose head was read elsewhere (a copy of it).
    pub fn with_head(article: &'a Article, head: Head<'a>) -> Doc<'a> {
        Doc {
            article,
            head,
            rest: OnceCell::new(),
        }
    }

    fn view(&self) -> &View<'a> {
        self.rest.get_or_init(|| self.article.view())
    }
}

/// The fields a fuzzy word is matched against: title, source and author. A word that is not
/// in their concatenation (`Head::joined`, one scan that rejects most articles) is in none.
fn fuzzy_fields<'a>(a: &Doc<'a>) -> impl Iterator<Item = &'a str> {
    [Some(a.head.title), a.head.source, a.head.author]
        .into_iter()
        .flatten()
}

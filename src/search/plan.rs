//! A query compiled for one run over a corpus: needles and scorers built once, entity names
//! resolved once, groups reordered so that cheap tests reject an article before costly ones run.
//!
//! What must stay true: reordering never changes the result: an article matches when every
//! group has a matching term, and its score is the sum over groups of the best score of a
//! matching alternative (0 for terms that are not bare words), whatever the order the groups are
//! tried in. A plan with the word index gives exactly what one without it gives.
//!
//! A bare word's score puts the articles that have it as a word first: in the title, source or
//! author ([`TITLE_WORD`] and up), then in the text ([`TEXT_WORD`] and up), each by BM25's weight of
//! the word in the text; then the ones with a word one typo away, in the title or the text;
//! then the fuzzy matches of title, source or author by fuzzy score.

use std::cell::OnceCell;
use std::sync::Arc;

use super::EntityFilter;
use super::date::DateSpec;
use super::fuzzy::{Fuzzy, Scorers};
use super::query::{Query, Status, TermKind};
use super::text::Needle;
use super::word_index::{TextHits, WordIndex};
use super::words::{Word, relevance};
use crate::corpus::{Article, Head, View};
use crate::entities::EntityId;

/// Score of a bare word found as a word in the title, source or author; the word's weight in the
/// text adds to it.
pub const TITLE_WORD: i64 = 6_000_000;
/// Score of a bare word found as a word in the text only, before its weight is added.
pub const TEXT_WORD: i64 = 3_000_000;
/// Score of a bare word one typo away from a word of the title.
const TYPO_TITLE: i64 = 2_500_000;
/// Score of a bare word one typo away from a word of the text.
const TYPO_TEXT: i64 = 2_000_000;
/// The highest fuzzy score counted, below every word found. A fuzzy score left for later (see
/// [`Plan::eval_deferring`]) counts as this much until it is computed.
const FUZZY_MAX: i64 = TYPO_TEXT - 1;

/// A compiled query.
pub struct Plan {
    groups: Vec<Group>,
    scorers: Scorers,
    /// The word index the words' text hits came from, for the texts' lengths.
    index: Option<Arc<WordIndex>>,
}

struct Group {
    terms: Vec<Term>,
    /// Whether any alternative is a non-negated bare word, i.e. can contribute a score.
    scored: bool,
    /// Whether every alternative is a non-negated bare word without white space (see
    /// [`Plan::may_match_fields`]).
    words_only: bool,
    /// Whether every alternative is a non-negated `'exact` word without white space.
    exact_only: bool,
    /// Whether every alternative is a non-negated `'exact` word of ASCII letters and digits,
    /// with a letter (see [`Plan::may_match_raw`]).
    raw_judged: bool,
}

struct Term {
    negated: bool,
    test: Test,
}

enum Test {
    Word(Box<WordTest>),
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
    Is(Status),
    Copy,
}

impl Test {
    /// Rough relative cost, so that dates and sources reject before bodies are searched.
    fn cost(&self) -> u8 {
        match self {
            Test::Date(_) | Test::Is(_) | Test::Copy => 0,
            Test::Source(_) | Test::Anchored { .. } => 1,
            Test::Entity(_) => 2,
            Test::Word(_) => 3,
            Test::Exact(_) => 4,
        }
    }
}

impl Plan {
    /// Compiles `query`; `@name` terms are resolved through `ents` here, once.
    pub fn compile(query: &Query, ents: &dyn EntityFilter) -> Plan {
        Plan::compile_with(query, ents, None)
    }

    /// [`Plan::compile`], with the words' text hits taken from `index` (which must cover the
    /// corpus the plan runs on) rather than found by reading each text.
    pub fn compile_with(
        query: &Query,
        ents: &dyn EntityFilter,
        index: Option<Arc<WordIndex>>,
    ) -> Plan {
        let mut groups: Vec<Group> = query
            .groups()
            .iter()
            .map(|g| {
                let terms: Vec<Term> = g
                    .terms
                    .iter()
                    .map(|t| Term {
                        negated: t.negated,
                        test: Test::new(&t.kind, ents, index.as_deref()),
                    })
                    .collect();
                let scored = terms
                    .iter()
                    .any(|t| !t.negated && matches!(t.test, Test::Word(_)));
                let unspaced = |kind: &TermKind, exact: bool| match kind {
                    TermKind::Fuzzy(w) if !exact => !w.contains(char::is_whitespace),
                    TermKind::Exact(w) if exact => !w.contains(char::is_whitespace),
                    _ => false,
                };
                let all = |exact| {
                    g.terms
                        .iter()
                        .all(|t| !t.negated && unspaced(&t.kind, exact))
                };
                let plain_word = |w: &str| {
                    w.bytes().all(|b| b.is_ascii_alphanumeric())
                        && w.bytes().any(|b| b.is_ascii_alphabetic())
                };
                let raw_judged = g
                    .terms
                    .iter()
                    .all(|t| !t.negated && matches!(&t.kind, TermKind::Exact(w) if plain_word(w)));
                Group {
                    terms,
                    scored,
                    words_only: all(false),
                    exact_only: all(true),
                    raw_judged,
                }
            })
            .collect();
        groups.sort_by_key(|g| g.terms.iter().map(|t| t.test.cost()).max());
        Plan {
            groups,
            scorers: Scorers::default(),
            index,
        }
    }

    /// Whether the plan has no test: every article matches, with score 0.
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Whether the article matches, without scoring it; `index` is its position in the
    /// corpus, as the entity filter knows it.
    pub fn matches(&self, index: usize, a: &Doc<'_>, ents: &dyn EntityFilter) -> bool {
        self.groups
            .iter()
            .all(|g| g.terms.iter().any(|t| t.matches(index, a, ents, self)))
    }

    /// Whether [`Plan::may_match_fields`] looks at a body: only for a group of `'exact` words.
    pub fn judges_bodies(&self) -> bool {
        self.groups.iter().any(|g| g.exact_only)
    }

    /// Whether an article whose title, source and author are `fields` (before white space is
    /// collapsed), which has a text when `has_text`, and whose text will have the words of
    /// `body` when that is given (see [`crate::corpus::Keep::may_keep`]), may match: `false`
    /// only when a group of nothing but bare words matches none of the fields of an article
    /// without text, or a group of nothing but `'exact` words is in none of the fields and
    /// not in the text, none of them with white space. Collapsing white space, dropping
    /// characters or lines never make such a word match that did not, so this never rejects
    /// an article that matches.
    pub fn may_match_fields(&self, fields: &[&str], has_text: bool, body: Option<&str>) -> bool {
        let text = if has_text { body } else { Some("") };
        self.groups.iter().all(|g| {
            let judged = (g.words_only && !has_text) || (g.exact_only && text.is_some());
            !judged
                || g.terms.iter().any(|t| match &t.test {
                    Test::Word(w) => fields.iter().any(|s| w.may_match(s)),
                    Test::Exact(n) => {
                        fields.iter().any(|s| n.is_in(s)) || text.is_some_and(|b| n.is_in(b))
                    }
                    _ => true,
                })
        })
    }

    /// Whether an article whose title and text take their words of letters and digits from
    /// `raw` (a JSON line or a text file as it is on disk) and `stem` may match: `false` only
    /// when a group of nothing but `'exact` words of ASCII letters and digits has none of them
    /// in either. Such a word is found in title or text only, case aside, so it is in `raw` or
    /// `stem` wherever the article has it (see [`crate::corpus::Keep::may_keep_raw`]).
    pub fn may_match_raw(&self, raw: &str, stem: &str) -> bool {
        self.groups.iter().all(|g| {
            !g.raw_judged
                || g.terms.iter().any(|t| match &t.test {
                    Test::Exact(n) => n.is_in(raw) || n.is_in(stem),
                    _ => true,
                })
        })
    }

    /// Whether [`Plan::may_match_raw`] can say no: some group is judged on the raw text.
    pub fn judges_raw(&self) -> bool {
        self.groups.iter().any(|g| g.raw_judged)
    }

    /// The words of the first group judged on the raw text (see [`Plan::may_match_raw`]): a
    /// raw text and stem that hold none of them fail it.
    pub fn raw_words(&self) -> Option<Vec<String>> {
        let g = self.groups.iter().find(|g| g.raw_judged)?;
        let word = |t: &Term| match &t.test {
            Test::Exact(n) => Some(n.folded()),
            _ => None,
        };
        g.terms.iter().map(word).collect()
    }

    /// The article's score when it matches; `index` is its position in the corpus, as the
    /// entity filter knows it.
    pub fn eval(&self, index: usize, a: &Doc<'_>, ents: &dyn EntityFilter) -> Option<i64> {
        self.eval_with(index, a, ents, false).map(|s| s.value)
    }

    /// [`Plan::eval`], but a word that only matches fuzzily is not scored: it counts as the
    /// highest fuzzy score, so the result is an upper bound of the score, marked pending.
    /// Whether the article matches is exact. Fuzzy scoring is most of the cost of a short
    /// word, and the order among such articles only shows far down a long list.
    pub fn eval_deferring(
        &self,
        index: usize,
        a: &Doc<'_>,
        ents: &dyn EntityFilter,
    ) -> Option<Score> {
        self.eval_with(index, a, ents, true)
    }

    fn eval_with(
        &self,
        index: usize,
        a: &Doc<'_>,
        ents: &dyn EntityFilter,
        defer: bool,
    ) -> Option<Score> {
        // Groups come cheapest first: most articles are rejected before a word is scored.
        let mut total = Score::default();
        for g in &self.groups {
            if g.scored {
                let scores = g.terms.iter();
                let best = scores
                    .filter_map(|t| t.score(index, a, ents, self, defer))
                    .reduce(Score::better)?;
                total = total.plus(best);
            } else if !g.terms.iter().any(|t| t.matches(index, a, ents, self)) {
                return None;
            }
        }
        Some(total)
    }
}

/// A score, or an upper bound of it while a fuzzy score is left for later.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// The score, or its bound when `pending`.
    pub value: i64,
    /// Whether a fuzzy score was left out (counted as the highest one).
    pub pending: bool,
}

impl Score {
    /// An exact score.
    pub fn exact(value: i64) -> Score {
        Score {
            value,
            pending: false,
        }
    }

    /// The better of two alternatives: the higher; on a tie the exact one, whose value the
    /// pending one cannot exceed.
    fn better(self, other: Score) -> Score {
        match self.value.cmp(&other.value) {
            std::cmp::Ordering::Greater => self,
            std::cmp::Ordering::Less => other,
            std::cmp::Ordering::Equal if self.pending => other,
            std::cmp::Ordering::Equal => self,
        }
    }

    fn plus(self, other: Score) -> Score {
        Score {
            value: self.value.saturating_add(other.value),
            pending: self.pending || other.pending,
        }
    }
}

impl Test {
    fn new(kind: &TermKind, ents: &dyn EntityFilter, index: Option<&WordIndex>) -> Test {
        match kind {
            TermKind::Fuzzy(w) => Test::Word(Box::new(WordTest::new(w, index))),
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
            TermKind::Is(s) => Test::Is(*s),
            TermKind::Copy => Test::Copy,
        }
    }
}

impl Term {
    fn matches(&self, index: usize, a: &Doc<'_>, ents: &dyn EntityFilter, plan: &Plan) -> bool {
        let hit = match &self.test {
            Test::Word(w) => w.matches(index, a, plan),
            Test::Exact(n) => n.is_in(a.head.title) || n.is_in(a.text()),
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
            Test::Is(s) => ents.has_status(index, *s),
            Test::Copy => ents.is_copy(index),
        };
        hit != self.negated
    }

    fn score(
        &self,
        index: usize,
        a: &Doc<'_>,
        ents: &dyn EntityFilter,
        plan: &Plan,
        defer: bool,
    ) -> Option<Score> {
        match &self.test {
            Test::Word(w) if !self.negated => w.score(index, a, plan, defer),
            _ => self
                .matches(index, a, ents, plan)
                .then_some(Score::exact(0)),
        }
    }
}

/// A bare word: fuzzy in title, source and author, or a word of the title or the text.
struct WordTest {
    fuzzy: Fuzzy,
    word: Word,
    /// The word's hits in the texts, from the word index when the plan has one.
    text: Option<TextHits>,
    /// Whether each text has a word one typo away, from the word index.
    typos: Option<Vec<bool>>,
    /// The word's hits in the titles, from the word index.
    title: Option<TextHits>,
    /// Whether each title has a word one typo away, from the word index.
    title_typos: Option<Vec<bool>>,
}

impl WordTest {
    fn new(text: &str, index: Option<&WordIndex>) -> WordTest {
        let word = Word::new(text);
        let (tokens, counted) = (word.folded_tokens(), word.counted_by_index());
        WordTest {
            fuzzy: Fuzzy::new(text),
            text: index.map(|i| i.hits(tokens, counted)),
            typos: index.and_then(|i| Some(i.typos(word.typo()?))),
            title: index.map(|i| i.title_hits(tokens, counted)),
            title_typos: index.and_then(|i| Some(i.title_typos(word.typo()?))),
            word,
        }
    }

    /// Whether a field (of an article that has no text) may make the word match.
    fn may_match(&self, field: &str) -> bool {
        self.fuzzy.matches(field) || self.word.is_in(field) || self.word.typo_in(field)
    }

    fn fuzzy_matches(&self, a: &Doc<'_>) -> bool {
        self.fuzzy.matches(a.head.joined) && self.fuzzy_in_a_field(a)
    }

    /// [`WordTest::fuzzy_matches`], once the fields joined are known to match.
    fn fuzzy_in_a_field(&self, a: &Doc<'_>) -> bool {
        let title_only = a.head.source.is_none() && a.head.author.is_none();
        title_only || fuzzy_fields(a).any(|s| self.fuzzy.matches(s))
    }

    /// How many times the text has the word, and the text's length.
    fn in_text(&self, index: usize, a: &Doc<'_>, plan: &Plan) -> (u32, usize) {
        let len = || match &plan.index {
            Some(i) => i.text_len(index),
            None => a.text().len(),
        };
        if !a.head.has_text {
            return (0, 0);
        }
        match &self.text {
            Some(TextHits::Counts(c)) => match c.get(index) {
                Some(&n) if n > 0 => (u32::from(n), len()),
                _ => (0, 0),
            },
            Some(TextHits::Candidates(c)) if !c.get(index).is_some_and(|&c| c) => (0, 0),
            _ => {
                let text = a.text();
                (self.word.count(text), text.len())
            }
        }
    }

    fn typo_in_text(&self, index: usize, a: &Doc<'_>) -> bool {
        match &self.typos {
            Some(t) => t.get(index).is_some_and(|&t| t),
            // A word too short for a typo never decodes the text to say so.
            None => self.word.typo().is_some() && self.word.typo_in(a.text()),
        }
    }

    fn typo_in_title(&self, index: usize, a: &Doc<'_>) -> bool {
        match &self.title_typos {
            Some(t) => t.get(index).is_some_and(|&t| t),
            None => self.word.typo_in(a.head.title),
        }
    }

    fn matches(&self, index: usize, a: &Doc<'_>, plan: &Plan) -> bool {
        self.fuzzy_matches(a)
            || self.in_head(index, a)
            || self.in_text(index, a, plan).0 > 0
            || self.typo_in_title(index, a)
            || self.typo_in_text(index, a)
    }

    /// Whether the word is a word of the title, source or author.
    fn in_head(&self, index: usize, a: &Doc<'_>) -> bool {
        let word = &self.word;
        let in_title = match &self.title {
            Some(TextHits::Counts(c)) => c.get(index).is_some_and(|&n| n > 0),
            Some(TextHits::Candidates(c)) => {
                c.get(index).is_some_and(|&c| c) && word.is_in(a.head.title)
            }
            None => word.is_in(a.head.title),
        };
        in_title
            || [a.head.source, a.head.author]
                .into_iter()
                .flatten()
                .any(|s| word.is_in(s))
    }

    fn score(&self, index: usize, a: &Doc<'_>, plan: &Plan, defer: bool) -> Option<Score> {
        // Without a text or a typo to look for, the word can only match in the title, source
        // or author, as a word (then it is a subsequence of them) or fuzzily: one scan of
        // their concatenation rejects most titles of a big list before any word is sought.
        let f = &self.fuzzy;
        let in_joined_first = !a.head.has_text && self.word.typo().is_none() && f.is_ascii();
        if in_joined_first && !f.matches(a.head.joined) {
            return None;
        }
        let in_title = self.in_head(index, a);
        let (tf, len) = self.in_text(index, a, plan);
        if in_title {
            return Some(Score::exact(TITLE_WORD + relevance(tf, len)));
        }
        if tf > 0 {
            return Some(Score::exact(TEXT_WORD + relevance(tf, len)));
        }
        if self.typo_in_title(index, a) {
            return Some(Score::exact(TYPO_TITLE));
        }
        if self.typo_in_text(index, a) {
            return Some(Score::exact(TYPO_TEXT));
        }
        if defer {
            // The prefilter agrees with the scorer: a match always gets a score.
            let pending = Score {
                value: FUZZY_MAX,
                pending: true,
            };
            let fuzzy = match in_joined_first {
                true => self.fuzzy_in_a_field(a),
                false => self.fuzzy_matches(a),
            };
            return fuzzy.then_some(pending);
        }
        if !f.matches(a.head.joined) {
            return None;
        }
        let best = fuzzy_fields(a)
            .filter_map(|s| f.score(&plan.scorers, s))
            .max();
        best.map(|s| Score::exact(s.min(FUZZY_MAX)))
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

    /// The body; one without (titles alone) is not decoded.
    fn text(&self) -> &'a str {
        if self.head.has_text {
            self.view().text
        } else {
            ""
        }
    }
}

/// The fields a fuzzy word is matched against: title, source and author. A word that is not
/// in their concatenation (`Head::joined`, one scan that rejects most articles) is in none.
fn fuzzy_fields<'a>(a: &Doc<'a>) -> impl Iterator<Item = &'a str> {
    [Some(a.head.title), a.head.source, a.head.author]
        .into_iter()
        .flatten()
}

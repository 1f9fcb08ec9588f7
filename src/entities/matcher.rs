//! The matcher: built once per dictionary, it finds the mentions of one article (title and body
//! together, because short forms depend on the whole article) and answers `@name` look-ups.
//!
//! What must stay true: mentions come out sorted, non-overlapping, on char boundaries of the
//! original text, each resolving to one entity; a short form counts only where its entity is
//! also named by its name or an alias in the title or body.

use super::context::{Lines, inside_longer_name, ordinary_in_capitals};
use super::dict::{Dictionary, Entity};
use super::discover::masks::is_alphanumeric;
use super::patterns::{Candidate, Hit, PatternSet, normalized};
use super::sides;
use super::starts::StartTable;
use super::words::Candidates;
use super::{Annotation, EntityId, Kind, Mention};

/// Finds entity mentions in text.
pub struct Matcher {
    dict: Dictionary,
    /// [case-sensitive, case-insensitive].
    sets: [PatternSet; 2],
    /// Per entity: its name, aliases and short forms, lower-cased and space-normalised, for
    /// [`Matcher::resolve_prefix`].
    lookup: Vec<Vec<String>>,
    starts: StartTable,
    /// Per entity: whether it is a place that is not a nation, which a result in sport may
    /// name for its club (`sides`).
    club_places: Vec<bool>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("entities", &self.len())
            .finish()
    }
}

/// Candidates of one text, with the automaton that produced each.
struct Scanned<'t> {
    text: &'t str,
    found: Vec<(usize, Candidate)>,
}

impl Matcher {
    /// Builds the automata for `dict`.
    pub fn new(dict: Dictionary) -> Matcher {
        let (exact, folded) = PatternSet::build(&dict);
        let lookup = dict
            .entities()
            .iter()
            .map(|e| {
                let all = std::iter::once(&e.name).chain(&e.aliases).chain(&e.short);
                all.map(|s| fold_query(s)).collect()
            })
            .collect();
        let mut starts = StartTable::new();
        exact.mark_starts(&mut starts);
        folded.mark_starts(&mut starts);
        let nations: std::collections::HashSet<&str> = sides::nations().collect();
        let club_places = (dict.entities().iter())
            .map(|e| e.kind == Kind::Place && !nations.contains(e.name.as_str()))
            .collect();
        Matcher {
            dict,
            sets: [exact, folded],
            lookup,
            starts,
            club_places,
        }
    }

    /// The entity with id `id`. Panics if `id` did not come from this matcher.
    pub fn entity(&self, id: EntityId) -> &Entity {
        &self.dict.entities()[id as usize]
    }

    /// All entities, indexed by [`EntityId`].
    pub fn entities(&self) -> &[Entity] {
        self.dict.entities()
    }

    /// Per entity, its name, aliases and short forms as `@name` compares them.
    pub(super) fn lookup(&self) -> &[Vec<String>] {
        &self.lookup
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.dict.len()
    }

    /// Whether the dictionary is empty.
    pub fn is_empty(&self) -> bool {
        self.dict.is_empty()
    }

    /// The mentions in one article: `title` and `text` are matched separately, but a short form
    /// in either counts when the entity is named fully in either.
    pub fn annotate(&self, title: &str, text: &str) -> Annotation {
        let title = self.scan(title);
        let body = self.scan(text);
        let found = || [&title, &body].into_iter().flat_map(|s| s.found.iter());
        // Only short forms need the entities named fully; most articles have none. Indexed by
        // id: marking is cheaper than collecting, sorting and searching the ids.
        let mut named = Named::default();
        if found().any(|(_, c)| matches!(c.hit, Hit::Short(_) | Hit::FullOrShort(..))) {
            named = Named::for_entities(self.len());
            for (_, c) in found() {
                if let Hit::Full(id) | Hit::FullOrShort(id, _) = c.hit {
                    named.insert(id);
                }
            }
            self.name_clubs(&title, &body, &mut named);
        }
        let mut annotation = Annotation {
            title: self.settle(&title, &named),
            text: self.settle(&body, &named),
        };
        sides::mark(title.text, body.text, &mut annotation, |id| {
            self.club_places[id as usize]
        });
        annotation
    }

    /// Leftmost-longest candidates over both automata, tried only where a word begins (or a
    /// pattern may begin mid-word) and the start table says a pattern can begin: that skips
    /// most bytes without running an automaton, and most words without more than a look-up.
    fn scan<'t>(&self, text: &'t str) -> Scanned<'t> {
        let hay = text;
        let bytes = hay.as_bytes();
        // About one mention per 50 bytes of news text: rarely grown.
        let mut found = Vec::with_capacity(text.len() / 50);
        let mut places = Candidates::new(bytes, self.starts.any_anywhere());
        while let Some(i) = places.next() {
            let b = bytes[i];
            let sets = self.starts.sets(b);
            if sets == 0 || !(self.starts.anywhere(b) || word_start(hay, i)) {
                continue;
            }
            // The longer candidate wins; of equal ones, the case-sensitive automaton's.
            let mut best: Option<(usize, Candidate)> = None;
            for k in 0..2 {
                if sets & (1 << k) == 0 || !self.starts.may_start(k, bytes, i) {
                    continue;
                }
                if let Some(c) = self.sets[k].at(hay, i)
                    && best.is_none_or(|(_, b)| c.end > b.end)
                {
                    best = Some((k, c));
                }
            }
            if let Some((k, c)) = best {
                // Out of line: most candidates are not followed by a capitalised word.
                let (k, c) = match bytes.get(c.end..c.end + 2) {
                    Some([b' ', b'A'..=b'Z']) => self.longer_within(hay, c).unwrap_or((k, c)),
                    _ => (k, c),
                };
                found.push((k, c));
                places.skip_to(c.end);
            }
        }
        Scanned { text, found }
    }

    /// A candidate that begins at a later word of `c` and reaches past it, when `c` opens with
    /// a title (and is followed by a capitalised word, as the caller saw): "President Xi" (an alias) in "President
    /// Xi Jinping" would be dropped as part of a longer name, and hide the name within it.
    /// ("San Francisco Giants" keeps its place whole, to be dropped as the team's.)
    #[inline(never)]
    fn longer_within(&self, hay: &str, c: Candidate) -> Option<(usize, Candidate)> {
        let bytes = hay.as_bytes();
        let first = hay[c.start..c.end].split(' ').next().unwrap_or("");
        let title = crate::entities::discover::lexicon::flags_of(first);
        if !(title.role() || title.honorific()) {
            return None;
        }
        (c.start + 1..c.end)
            .filter(|&j| bytes[j - 1] == b' ' && bytes[j].is_ascii_uppercase())
            .find_map(|j| {
                let sets = self.starts.sets(bytes[j]);
                (0..2)
                    .filter(|&k| sets & (1 << k) != 0 && self.starts.may_start(k, bytes, j))
                    .find_map(|k| Some((k, self.sets[k].at(hay, j)?)))
                    .filter(|(_, inner)| inner.end > c.end)
            })
    }

    /// Clubs by their short names: in an article about sport, an organisation's short form
    /// that stands as a side ("Liverpool beat Aston Villa 3-1", "Brentford 0 Arsenal 0") names
    /// it, as its full name would ("Liverpool F.C." is rarely written). Its other short forms
    /// in the article then count too.
    fn name_clubs(&self, title: &Scanned, body: &Scanned, named: &mut Named) {
        let mut sport = None;
        for s in [title, body] {
            for (k, c) in s
                .found
                .iter()
                .filter(|(_, c)| !matches!(c.hit, Hit::Full(_)))
            {
                for id in self.sets[*k].short_entities(s.text, c) {
                    if named.contains(id)
                        || self.entity(id).kind != Kind::Org
                        || !sides::stands_as_side(s.text, c.start, c.end)
                    {
                        continue;
                    }
                    // The article's words are read once, at the first side, and not at all
                    // where no short form stands as one.
                    if !*sport.get_or_insert_with(|| sides::about_sport(title.text, body.text)) {
                        return;
                    }
                    named.insert(id);
                }
            }
        }
    }

    /// Mentions in original coordinates, short forms kept only where their entity is named.
    fn settle(&self, scanned: &Scanned, named: &Named) -> Vec<Mention> {
        let hay = scanned.text;
        // At most one mention per candidate: sized once rather than grown.
        let mut mentions = Vec::with_capacity(scanned.found.len());
        let found = &scanned.found;
        let mut lines = Lines::new(hay);
        for (idx, (k, c)) in found.iter().enumerate() {
            let known_before = |end: usize| idx > 0 && found[idx - 1].1.end == end;
            let known_after = |start: usize| found.get(idx + 1).is_some_and(|f| f.1.start == start);
            if inside_longer_name(hay, c.start, c.end, known_before, known_after, &mut lines)
                || (*k == 0 && ordinary_in_capitals(&hay[c.start..c.end], c.start, &mut lines))
            {
                continue;
            }
            let entity = match c.hit {
                Hit::Full(id) => id,
                Hit::Short(_) => match self.sets[*k].settle_short(hay, c, named) {
                    Some(id) => id,
                    None => continue,
                },
                // A name that is also another entity's short form (a surname that is also a
                // place's name): the entity the article names in full, if any.
                Hit::FullOrShort(id, _) => self.sets[*k].settle_short(hay, c, named).unwrap_or(id),
            };
            mentions.push(Mention {
                start: c.start,
                end: c.end,
                entity,
                kind: self.entity(entity).kind,
            });
        }
        mentions
    }

    /// Every spelling that can be a mention of one of `ids` (sorted), as the automata hold it.
    pub(super) fn spellings_of<'s>(&'s self, ids: &'s [EntityId]) -> impl Iterator<Item = &'s str> {
        self.sets.iter().flat_map(move |set| set.spellings_of(ids))
    }

    /// Entities whose name, an alias or a short form has `query` as a word prefix
    /// (case-insensitive, white space normalised): `lav` finds Sergei Lavrov, `kerry` finds John
    /// Kerry, `erry` finds nothing. Sorted by id; empty for an empty query.
    pub fn resolve_prefix(&self, query: &str) -> Vec<EntityId> {
        let query = fold_query(query);
        if query.is_empty() {
            return Vec::new();
        }
        (0..self.len())
            .filter(|&i| self.lookup[i].iter().any(|s| has_word_prefix(s, &query)))
            .map(|i| i as EntityId)
            .collect()
    }
}

/// The entities an article names fully (by a name or an alias), one bit per id: what its
/// short forms need. A bit rather than a `bool` per entity, since the set is made for every
/// article with a short form: with a collection's names found, a byte per entity was 6 KB
/// to zero each time.
#[derive(Debug, Default)]
pub(crate) struct Named(Vec<u64>);

impl Named {
    /// No entity named yet, room for ids below `len`.
    fn for_entities(len: usize) -> Named {
        Named(vec![0; len.div_ceil(64)])
    }

    fn insert(&mut self, id: EntityId) {
        let id = id as usize;
        if let Some(word) = self.0.get_mut(id / 64) {
            *word |= 1 << (id % 64);
        }
    }

    /// Whether entity `id` is named fully.
    pub fn contains(&self, id: EntityId) -> bool {
        let id = id as usize;
        self.0.get(id / 64).is_some_and(|w| w >> (id % 64) & 1 != 0)
    }
}

/// Whether byte `i` (a char boundary, not in a continuation byte) begins a word.
#[inline]
fn word_start(hay: &str, i: usize) -> bool {
    match hay.as_bytes()[..i].last() {
        None => true,
        Some(&p) if p < 0x80 => !p.is_ascii_alphanumeric(),
        Some(_) => !hay[..i].chars().next_back().is_some_and(is_alphanumeric),
    }
}

/// Lower case, single spaces, typewriter apostrophes: the form `@name` queries compare in.
pub(super) fn fold_query(s: &str) -> String {
    normalized(s).to_lowercase()
}

/// Whether `query` occurs in `name` starting at a word start (the start of `name`, or a letter
/// or digit after a char that is neither).
fn has_word_prefix(name: &str, query: &str) -> bool {
    let mut prev: Option<char> = None;
    for (i, c) in name.char_indices() {
        let word_start = prev.is_none_or(|p| !p.is_alphanumeric()) && c.is_alphanumeric();
        if (i == 0 || word_start) && name[i..].starts_with(query) {
            return true;
        }
        prev = Some(c);
    }
    false
}

//! The matcher: built once per dictionary, it finds the mentions of one article (title and body
//! together, because short forms depend on the whole article) and answers `@name` look-ups.
//!
//! What must stay true: mentions come out sorted, non-overlapping, on char boundaries of the
//! original text, each resolving to one entity; a short form counts only where its entity is
//! also named by its name or an alias in the title or body.

use super::dict::{Dictionary, Entity};
use super::norm::Normalized;
use super::patterns::{Candidate, Hit, PatternSet, normalize_spelling};
use super::{Annotation, EntityId, Mention};

/// Finds entity mentions in text.
pub struct Matcher {
    dict: Dictionary,
    /// [case-sensitive, case-insensitive].
    sets: [PatternSet; 2],
    /// Per entity: its name, aliases and short forms, lower-cased and space-normalised, for
    /// [`Matcher::resolve_prefix`].
    lookup: Vec<Vec<String>>,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("entities", &self.len())
            .finish()
    }
}

/// Candidates of one text in view coordinates, with the set that produced each.
struct Scanned {
    view: Normalized,
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
        Matcher {
            dict,
            sets: [exact, folded],
            lookup,
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
        let mut named: Vec<EntityId> = [&title, &body]
            .iter()
            .flat_map(|s| s.found.iter())
            .filter_map(|(_, c)| match c.hit {
                Hit::Full(id) => Some(id),
                Hit::Short(_) => None,
            })
            .collect();
        named.sort_unstable();
        named.dedup();
        Annotation {
            title: self.settle(&title, &named),
            text: self.settle(&body, &named),
        }
    }

    /// Leftmost-longest candidates over both automata.
    fn scan(&self, text: &str) -> Scanned {
        let view = Normalized::new(text);
        let hay = view.text.as_str();
        let mut found = Vec::new();
        let mut next: [Option<Candidate>; 2] = [None, None];
        let mut done = [false; 2];
        let mut cursor = 0;
        loop {
            for k in 0..2 {
                if !done[k] && next[k].is_none_or(|c| c.start < cursor) {
                    next[k] = self.sets[k].next(hay, cursor);
                    done[k] = next[k].is_none();
                }
            }
            let best = (0..2)
                .filter_map(|k| next[k].map(|c| (k, c)))
                .min_by_key(|(_, c)| (c.start, std::cmp::Reverse(c.end)));
            let Some((k, c)) = best else { break };
            found.push((k, c));
            next[k] = None;
            cursor = c.end;
        }
        Scanned { view, found }
    }

    /// Mentions in original coordinates, short forms kept only where their entity is named.
    fn settle(&self, scanned: &Scanned, named: &[EntityId]) -> Vec<Mention> {
        let hay = scanned.view.text.as_str();
        scanned
            .found
            .iter()
            .filter_map(|(k, c)| {
                let entity = match c.hit {
                    Hit::Full(id) => id,
                    Hit::Short(_) => self.sets[*k].settle_short(hay, c, named)?,
                };
                Some(Mention {
                    start: scanned.view.start(c.start),
                    end: scanned.view.end(c.end),
                    entity,
                })
            })
            .collect()
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

/// Lower case, single spaces, typewriter apostrophes: the form `@name` queries compare in.
fn fold_query(s: &str) -> String {
    normalize_spelling(s).to_lowercase().replace('’', "'")
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

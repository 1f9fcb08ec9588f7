//! The entity dictionary: parsing the TOML format of DESIGN 1.5, the built-in dictionary, and
//! merging a user's entries over it.
//!
//! What must stay true: every entity has a valid kind and only matchable strings (each with a
//! letter or digit); entities are kept sorted by name, so an [`EntityId`](super::EntityId) order
//! is name order and "ties by name" is "ties by id".

use std::borrow::Cow;

use crate::corpus::escape_controls;
use serde::Deserialize;
use toml::Spanned;

use super::Kind;
use super::error::{DictError, line_col};

/// One named thing: its canonical name, kind, and the other ways texts write it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    /// Canonical name, shown in the entity panel and in `--json` output.
    pub name: String,
    /// What it is.
    pub kind: Kind,
    /// Other names that always count as a mention.
    pub aliases: Vec<String>,
    /// Short forms that count only in an article that also names it by `name` or an alias.
    pub short: Vec<String>,
    /// Where it comes from: a dictionary, or found in the collection being read.
    pub origin: Origin,
}

/// Where an entity comes from (`"from"` in machine output, DESIGN 1.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Origin {
    /// A dictionary: the built-in one or the user's.
    #[default]
    Dictionary,
    /// Found in the collection itself: not in any dictionary.
    Corpus,
}

impl Origin {
    /// The value of `"from"` in machine output: `dictionary` or `corpus`.
    pub fn name(self) -> &'static str {
        match self {
            Origin::Dictionary => "dictionary",
            Origin::Corpus => "corpus",
        }
    }
}

/// A set of entities, sorted by name, names unique; and the names a user marked as not names.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Dictionary {
    entities: Vec<Entity>,
    /// Names never to be found in a collection, folded by [`fold_name`].
    not_names: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    /// Names that discovery must not offer ("not a name", from the entity panel).
    #[serde(default)]
    not_names: Vec<String>,
    #[serde(default)]
    entity: Vec<RawEntity>,
}

/// The form in which names are compared for "not a name": lower case, single spaces.
pub fn fold_name(name: &str) -> String {
    super::patterns::normalized(name).to_lowercase()
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntity {
    name: Spanned<String>,
    kind: Spanned<String>,
    #[serde(default)]
    aliases: Vec<Spanned<String>>,
    #[serde(default)]
    short: Vec<Spanned<String>>,
}

const BUILTIN: &str = include_str!("../../assets/entities.toml");

impl Dictionary {
    /// The dictionary compiled into the binary (`assets/entities.toml`).
    pub fn builtin() -> Dictionary {
        static CACHE: std::sync::OnceLock<Dictionary> = std::sync::OnceLock::new();
        CACHE
            .get_or_init(|| {
                // A test parses the asset, so this cannot fail in a build that passed its tests.
                Dictionary::parse(BUILTIN, "entities.toml").expect("built-in dictionary parses")
            })
            .clone()
    }

    /// Parses dictionary text; `origin` (the file name) prefixes every error message.
    pub fn parse(src: &str, origin: &str) -> Result<Dictionary, DictError> {
        let raw: RawFile = toml::from_str(src).map_err(|err| {
            let (line, column) = line_col(src, err.span().map_or(0, |s| s.start));
            let message = err.message().lines().next().unwrap_or("invalid TOML");
            DictError::Syntax {
                origin: origin.to_string(),
                line,
                column,
                message: message.trim().to_string(),
            }
        })?;
        let line_of = |at: usize| line_col(src, at).0;
        let mut entities: Vec<Entity> = Vec::with_capacity(raw.entity.len());
        let mut seen = std::collections::HashSet::new();
        for e in raw.entity {
            let kind =
                Kind::from_name(e.kind.get_ref().trim()).ok_or_else(|| DictError::UnknownKind {
                    origin: origin.to_string(),
                    line: line_of(e.kind.span().start),
                    kind: e.kind.get_ref().clone(),
                })?;
            let check = |field: &'static str, value: &Spanned<String>| {
                let text = value.get_ref().trim();
                if let Cow::Owned(_) = escape_controls(text) {
                    Err(DictError::Control {
                        origin: origin.to_string(),
                        line: line_of(value.span().start),
                        field,
                        value: value.get_ref().clone(),
                    })
                } else if text.chars().any(char::is_alphanumeric) {
                    Ok(text.to_string())
                } else {
                    Err(DictError::Unmatchable {
                        origin: origin.to_string(),
                        line: line_of(value.span().start),
                        field,
                        value: value.get_ref().clone(),
                    })
                }
            };
            let name = check("name", &e.name)?;
            if !seen.insert(name.clone()) {
                return Err(DictError::Duplicate {
                    origin: origin.to_string(),
                    line: line_of(e.name.span().start),
                    name,
                });
            }
            let aliases = e
                .aliases
                .iter()
                .map(|a| check("alias", a))
                .collect::<Result<_, _>>()?;
            let short = e
                .short
                .iter()
                .map(|s| check("short", s))
                .collect::<Result<_, _>>()?;
            entities.push(Entity {
                name,
                kind,
                aliases,
                short,
                origin: Origin::Dictionary,
            });
        }
        let not_names = raw.not_names.iter().map(|n| fold_name(n)).collect();
        Ok(Dictionary::of(entities, not_names))
    }

    /// A dictionary of `entities` (any order) and folded `not_names`.
    pub(super) fn of(entities: Vec<Entity>, mut not_names: Vec<String>) -> Dictionary {
        not_names.sort();
        not_names.dedup();
        let mut dict = Dictionary {
            entities,
            not_names,
        };
        dict.sort();
        dict
    }

    /// Adds `user`'s entities; one whose name equals an existing one replaces it.
    pub fn merge(&mut self, user: Dictionary) {
        let replaced: std::collections::HashSet<&str> =
            user.entities.iter().map(|e| e.name.as_str()).collect();
        self.entities
            .retain(|e| !replaced.contains(e.name.as_str()));
        self.entities.extend(user.entities);
        self.not_names.extend(user.not_names);
        self.not_names.sort();
        self.not_names.dedup();
        self.sort();
    }

    /// Adds entities found in a collection; one named like an existing entity is left out
    /// (the dictionary's entry wins).
    pub fn add_found(&mut self, found: Vec<Entity>) {
        let known: std::collections::HashSet<String> =
            self.entities.iter().map(|e| fold_name(&e.name)).collect();
        let mut found: Vec<Entity> = found
            .into_iter()
            .filter(|e| !known.contains(&fold_name(&e.name)))
            .collect();
        // The entities are sorted already: the found ones are sorted alone and merged in, the
        // dictionary's first among equals, which is the order `sort` (stable) gives them all,
        // without a key made for every entity of the dictionary.
        found.sort_by_cached_key(sort_key);
        let entities = std::mem::take(&mut self.entities);
        self.entities.reserve(entities.len() + found.len());
        let mut found = found.into_iter().peekable();
        for e in entities {
            while let Some(f) = found.next_if(|f| name_order(&f.name, &e.name).is_lt()) {
                self.entities.push(f);
            }
            self.entities.push(e);
        }
        self.entities.extend(found);
    }

    /// Whether the user marked `name` as not a name.
    pub fn is_not_name(&self, name: &str) -> bool {
        self.not_names.binary_search(&fold_name(name)).is_ok()
    }

    /// The entities, sorted by name; an entity's position is its [`EntityId`](super::EntityId).
    pub fn entities(&self) -> &[Entity] {
        &self.entities
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.entities.len()
    }

    /// Whether there are no entities.
    pub fn is_empty(&self) -> bool {
        self.entities.is_empty()
    }

    fn sort(&mut self) {
        self.entities.sort_by_cached_key(sort_key);
    }
}

/// What entities are sorted by: the name in lower case, then as written.
fn sort_key(e: &Entity) -> (String, String) {
    (e.name.to_lowercase(), e.name.clone())
}

/// The order of two names' [`sort_key`]s, without making them when both are ASCII.
fn name_order(a: &str, b: &str) -> std::cmp::Ordering {
    let lower = if a.is_ascii() && b.is_ascii() {
        (a.bytes().map(|c| c.to_ascii_lowercase())).cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    } else {
        a.to_lowercase().cmp(&b.to_lowercase())
    };
    lower.then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `add_found` as first written: every entity sorted again.
    fn add_found_sorting_all(dict: &mut Dictionary, found: Vec<Entity>) {
        let known: std::collections::HashSet<String> =
            dict.entities.iter().map(|e| fold_name(&e.name)).collect();
        dict.entities.extend(
            found
                .into_iter()
                .filter(|e| !known.contains(&fold_name(&e.name))),
        );
        dict.sort();
    }

    #[test]
    fn found_names_merged_in_take_the_places_a_sort_of_all_gives() {
        let pieces = [
            "a", "A", "b", "Kerry", "KERRY", "kerry", " ", "é", "É", "Σ", "σ", "ς", "-", "z", "Ö",
            "ß", "1",
        ];
        let mut next = crate::test_rng::below(0x2545_F491_4F6C_DD1D);
        for round in 0..200 {
            // Entities of equal names told apart by their short form, to check the order
            // among equals too.
            let found: Vec<Entity> = (0..next(60))
                .map(|i| Entity {
                    name: (0..1 + next(4))
                        .map(|_| pieces[next(pieces.len())])
                        .collect(),
                    kind: Kind::Person,
                    aliases: Vec::new(),
                    short: vec![format!("{i}")],
                    origin: Origin::Corpus,
                })
                .collect();
            let mut base = if round % 2 == 0 {
                Dictionary::builtin()
            } else {
                Dictionary::of(found[..found.len() / 3].to_vec(), Vec::new())
            };
            let mut want = base.clone();
            add_found_sorting_all(&mut want, found.clone());
            base.add_found(found);
            assert_eq!(base, want, "round {round}");
        }
    }
}

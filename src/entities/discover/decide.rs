//! From evidence to names: which candidates are names, of what kind, and by what short form a
//! person is named again ("Hewitt" after "Patricia Hewitt").
//!
//! The rules are those of rule-based recognisers without a statistical model (Mikheev, Moens
//! and Grover, EACL 1999): a capital in mid-sentence is evidence, a capital at a sentence start
//! is not; a word the collection also writes in lower case is a common word; the words around
//! a name (honorifics, roles, "Party", "Road", "in") tell its kind.

use std::collections::HashSet;

use super::evidence::{Evidence, Known, Stat};
use super::lexicon as lex;
use crate::entities::dict::{Entity, Origin};
use crate::entities::{Dictionary, Kind};

/// At most this many names are kept, those in the most articles first: enough for any
/// collection a person reads, small enough for the matcher to build at once.
const MAX_NAMES: usize = 40_000;

/// The names the evidence supports, not already in `dict` nor marked "not a name".
pub fn decide(ev: &Evidence, dict: &Dictionary, known: &Known) -> Vec<Entity> {
    let mut accepted: Vec<(&String, &Stat, Kind)> = ev
        .stats
        .iter()
        .filter(|(key, s)| accept(key, s, ev) && !dict.is_not_name(key))
        .map(|(key, s)| (key, s, kind(s)))
        .collect();
    // "Kastell Pharma" names a firm: "Kastell" alone, and a name that opens with it ("Kastell
    // Orsana", after a merger), are the firm's, not a person's nor a thing's.
    let firms: HashSet<String> = (accepted.iter())
        .filter(|(_, s, k)| *k == Kind::Org && s.words > 1 && s.org_head)
        .filter_map(|(key, _, _)| key.split(' ').next())
        .filter(|w| !lex::is_common(w) && !lex::is_first_name(w) && !known.contains_key(*w))
        .map(str::to_string)
        .collect();
    for (key, s, kind) in &mut accepted {
        // A place only by its preposition: "at Kastell's".
        let unsure = *kind == Kind::Misc
            || (*kind == Kind::Person && s.person_cue == 0)
            || (*kind == Kind::Place && s.dateline == 0 && !s.place_head && !s.known_place);
        let first = key.split(' ').next().unwrap_or(key);
        if unsure && !s.first_name && firms.contains(first) {
            *kind = Kind::Org;
        }
    }
    // A person's surname alone is that person, as a short form, not a name of its own.
    let surnames: HashSet<String> = accepted
        .iter()
        .filter(|(_, s, k)| *k == Kind::Person && s.words > 1)
        .filter_map(|(key, _, _)| key.rsplit(' ').next().map(str::to_string))
        .collect();
    accepted.retain(|(key, s, _)| s.words > 1 || !surnames.contains(key.as_str()));
    // Keys are distinct (a map's): an unstable sort gives the same order, moving less.
    accepted.sort_unstable_by(|a, b| b.1.docs.cmp(&a.1.docs).then_with(|| a.0.cmp(b.0)));
    accepted.truncate(MAX_NAMES);
    accepted
        .into_iter()
        .map(|(_, s, kind)| {
            let name = spelling(s);
            let short = match kind {
                Kind::Person if s.words > 1 => short_forms(&name),
                _ => Vec::new(),
            };
            Entity {
                name,
                kind,
                aliases: Vec::new(),
                short,
                origin: Origin::Corpus,
            }
        })
        .collect()
}

fn accept(key: &str, s: &Stat, ev: &Evidence) -> bool {
    if s.dateline > 0 {
        return true;
    }
    if s.words == 1 {
        // One word: seen in mid-sentence, never written in lower case, and not a first name
        // alone; an acronym needs no more.
        // An acronym in capitals names a body wherever it stands: mid-sentence, opening one
        // ("JAXA said") or in brackets after the name it shortens ("... Agency (JAXA)").
        // Two letters opening a sentence are too often a short-hand ("HK", "MI").
        if s.acronym {
            return s.mid > 0 || (s.initial > 0 && key.len() >= 3);
        }
        return s.mid > 0
            && !ev.lower.contains(key)
            && !lex::is_first_name(key)
            && (s.mid + s.initial >= 2
                || s.person_cue + s.speech + s.place_prep > 0
                || s.docs >= 1);
    }
    // Several words, after a sentence's first common words are set aside ("Meanwhile"):
    // a name wherever it stands.
    s.mid + s.initial > 0
}

fn kind(s: &Stat) -> Kind {
    if s.dateline > 0 {
        Kind::Place
    } else if s.title * 2 >= s.mid + s.initial && !(s.org_head || s.place_head || s.event_head) {
        // A film's, a book's or a song's title, quoted where it mostly stands (a film named
        // after a person quoted once among the person's mentions stays the person).
        Kind::Misc
    } else if s.event_head {
        Kind::Event
    } else if s.org_head || s.acronym {
        Kind::Org
    } else if s.place_head {
        Kind::Place
    } else if s.person_cue > 0 || s.first_name {
        Kind::Person
    } else if s.known_place || s.known_org || s.team * 2 >= s.mid + s.initial + s.dateline {
        Kind::Org
    } else if s.words == 1 {
        if s.adjective * 2 > s.mid + s.initial {
            Kind::Group
        } else if s.article * 2 > s.mid + s.initial {
            Kind::Org
        } else if s.place_prep > s.speech {
            Kind::Place
        } else if s.speech > 0 {
            Kind::Person
        } else {
            Kind::Misc
        }
    } else if s.place_prep > s.speech && s.place_prep * 2 >= s.mid + s.initial {
        // "in New Orleans", "near Port Harcourt": placed by its prepositions.
        Kind::Place
    } else if s.words <= 3 && !s.ordinary {
        Kind::Person
    } else {
        Kind::Misc
    }
}

/// The most frequent spelling.
fn spelling(s: &Stat) -> String {
    s.spellings
        .iter()
        .max_by_key(|(sp, n)| {
            (
                *n,
                sp.chars().any(char::is_lowercase),
                std::cmp::Reverse(sp.clone()),
            )
        })
        .map(|(sp, _)| sp.clone())
        .unwrap_or_default()
}

/// The words that can stand for a person in an article that names them in full: the last
/// word, and the first when it is not a known first name (a family name written first, "Wang
/// Donghai"); not common words, two letters or more.
fn short_forms(name: &str) -> Vec<String> {
    let words: Vec<&str> = name.split(' ').collect();
    let usable =
        |w: &str| w.chars().count() >= 2 && !lex::is_common(&w.to_lowercase()) && !w.ends_with('.');
    let mut out = Vec::new();
    if let Some(last) = words.last().filter(|w| usable(w)) {
        out.push(last.to_string());
    }
    if words.len() == 2 && usable(words[0]) && !lex::is_first_name(&words[0].to_lowercase()) {
        out.push(words[0].to_string());
    }
    out
}

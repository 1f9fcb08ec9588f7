//! The built-in dictionary is well formed and finds what it promises.

use std::collections::HashMap;

use super::*;
use crate::entities::patterns::normalize_spelling;

#[test]
fn parses_with_unique_names_and_unclaimed_spellings() {
    let dict = Dictionary::builtin();
    assert!(dict.len() > 800, "only {} entities", dict.len());
    let mut names = std::collections::HashSet::new();
    let mut owner: HashMap<String, &str> = HashMap::new();
    for e in dict.entities() {
        assert!(names.insert(e.name.as_str()), "duplicate name '{}'", e.name);
        assert!(Kind::ALL.contains(&e.kind));
        let spellings = std::iter::once(&e.name).chain(&e.aliases).chain(&e.short);
        for s in spellings {
            assert!(!s.trim().is_empty(), "empty string in '{}'", e.name);
            let key = normalize_spelling(s).to_lowercase().replace('’', "'");
            if let Some(other) = owner.insert(key, &e.name) {
                assert_eq!(
                    other, e.name,
                    "'{s}' is claimed by '{other}' and '{}'",
                    e.name
                );
            }
        }
    }
}

#[test]
fn has_every_un_member_state() {
    let dict = Dictionary::builtin();
    let text = include_str!("../../../assets/entities.toml");
    let section = text.split("# ---- UN member states").nth(1).unwrap();
    let section = section.split("# ----").next().unwrap();
    // In that section a country is the place entry that precedes its capitals.
    let places = dict
        .entities()
        .iter()
        .filter(|e| e.kind == Kind::Place)
        .count();
    assert!(places > 350);
    for country in [
        "Côte d'Ivoire",
        "Myanmar",
        "Czechia",
        "United Kingdom",
        "Tuvalu",
        "Eswatini",
    ] {
        assert!(
            section.contains(&format!("name = \"{country}\"")),
            "{country}"
        );
    }
    let m = builtin();
    for (text, name) in [
        ("Ivory Coast", "Côte d'Ivoire"),
        ("Burma", "Myanmar"),
        ("Czech Republic", "Czechia"),
        ("Britain", "United Kingdom"),
        ("U.K.", "United Kingdom"),
        ("the Hague", "The Hague"),
        ("Kiev", "Kyiv"),
    ] {
        assert_eq!(
            found(&m, text),
            [(text.to_string(), name.to_string())],
            "{text}"
        );
    }
}

#[test]
fn ordinary_words_are_not_entities() {
    let m = builtin();
    let text = "us and we, the state of things, a post, turkey and chad, who knows, \
                the Western view, a may day, a brown dog, State officials, the Post";
    assert_eq!(found(&m, text), []);
}

#[test]
fn us_in_running_text_is_never_the_united_states() {
    let m = builtin();
    let us = m.resolve_prefix("united states");
    for text in ["Tell us more.", "Us against them", "US", "cause us harm"] {
        let hit = m
            .annotate("", text)
            .entity_ids()
            .iter()
            .any(|id| us.contains(id));
        assert_eq!(hit, text == "US", "{text}");
    }
}

#[test]
fn resolve_prefix_uses_word_starts() {
    let m = builtin();
    let name = |ids: Vec<crate::entities::EntityId>| -> Vec<String> {
        ids.into_iter()
            .map(|id| m.entity(id).name.clone())
            .collect()
    };
    assert_eq!(name(m.resolve_prefix("lav")), ["Sergei Lavrov"]);
    assert_eq!(name(m.resolve_prefix("John  KERRY")), ["John Kerry"]);
    assert!(name(m.resolve_prefix("kerry")).contains(&"John Kerry".to_string()));
    assert!(!name(m.resolve_prefix("erry")).contains(&"John Kerry".to_string()));
    assert!(name(m.resolve_prefix("carter")).contains(&"Ash Carter".to_string()));
    assert_eq!(m.resolve_prefix("   "), Vec::<u32>::new());
    let ids = m.resolve_prefix("g20");
    assert!(ids.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(name(ids), ["G20", "G20 summit"]);
}

#[test]
fn country_names_match_in_other_scripts_and_without_spaces_in_chinese_and_japanese() {
    let m = builtin();
    let names = |text: &str| -> Vec<String> {
        let mut v: Vec<String> = found(&m, text).into_iter().map(|(_, n)| n).collect();
        v.sort();
        v.dedup();
        v
    };
    assert_eq!(names("德国和法国领导人在柏林会晤"), ["France", "Germany"]);
    assert_eq!(
        names("ドイツとフランスの首脳が会談した"),
        ["France", "Germany"]
    );
    assert_eq!(
        names("Германия и Франция договорились"),
        ["France", "Germany"]
    );
    assert_eq!(names("Alemania y Francia firmaron"), ["France", "Germany"]);
    // Scripts written with spaces still need whole words.
    assert_eq!(names("Германиями"), Vec::<String>::new());
}

#[test]
fn us_states_match_as_us_news_style_abbreviates_them() {
    let m = builtin();
    let text = "FARMINGTON HILLS, Mich. - A plant in Fresno, Calif., and one in \
                Charleston, W. Va., will close, the firm in Pittsburgh, Pa. said.";
    let names: Vec<(String, String)> = found(&m, text)
        .into_iter()
        .filter(|(_, n)| n != "Pittsburgh" && n != "Fresno" && n != "Charleston")
        .collect();
    let pairs = [
        ("Mich.", "Michigan"),
        ("Calif.", "California"),
        ("W. Va.", "West Virginia"),
        ("Pa.", "Pennsylvania"),
    ];
    assert_eq!(
        names,
        pairs.map(|(a, b)| (a.to_string(), b.to_string())),
        "{text}"
    );
    // Abbreviations that are words, or stand for two things, are left out.
    for text in [
        "They went to Mass. Then home.",
        "Ill. Health kept him away.",
        "In 300 B.C. the town was built.",
    ] {
        assert_eq!(found(&m, text), [], "{text}");
    }
}

//! The matching rules of DESIGN 1.5, one test each, on small dictionaries so that each test
//! shows exactly the rule it pins.

use super::*;

const DICT: &str = r#"
[[entity]]
name = "Russia"
kind = "place"

[[entity]]
name = "Russians"
kind = "group"
aliases = ["Russian"]

[[entity]]
name = "Russian Foreign Ministry"
kind = "org"
aliases = ["Russia's Foreign Ministry"]

[[entity]]
name = "United States"
kind = "place"
aliases = ["US", "U.S.", "United States of America"]

[[entity]]
name = "State Department"
kind = "org"
aliases = ["U.S. State Department"]

[[entity]]
name = "Turkey"
kind = "place"

[[entity]]
name = "John Kerry"
kind = "person"
aliases = ["Secretary Kerry"]
short = ["Kerry"]

[[entity]]
name = "Sergei Lavrov"
kind = "person"
aliases = ["Sergey Lavrov", "Lavrov"]

[[entity]]
name = "Staffan de Mistura"
kind = "person"
aliases = ["de Mistura"]

[[entity]]
name = "Islamic State"
kind = "group"

[[entity]]
name = "Islamic"
kind = "misc"
"#;

fn pairs(text: &str) -> Vec<(String, String)> {
    found(&matcher(DICT), text)
}

fn pair(t: &str, n: &str) -> (String, String) {
    (t.to_string(), n.to_string())
}

#[test]
fn whole_words_only() {
    assert_eq!(
        pairs("Prussia and Russiaville, Russians"),
        [pair("Russians", "Russians")]
    );
    assert_eq!(pairs("USB and BUS"), []);
}

#[test]
fn longest_match_wins() {
    assert_eq!(
        pairs("the Russian Foreign Ministry said"),
        [pair("Russian Foreign Ministry", "Russian Foreign Ministry")]
    );
    assert_eq!(
        pairs("The U.S. State Department"),
        [pair("U.S. State Department", "State Department")]
    );
}

#[test]
fn a_failed_long_match_falls_back_to_a_shorter_one_at_the_same_place() {
    // "Islamic State" fails the word check ("statehood"), "Islamic" is still a whole word.
    assert_eq!(pairs("Islamic statehood"), [pair("Islamic", "Islamic")]);
}

#[test]
fn capitals_alias_matches_only_in_capitals() {
    assert_eq!(
        pairs("Give us the US view; Us and uS too"),
        [pair("US", "United States")]
    );
    assert_eq!(pairs("u.s. and U.S."), [pair("U.S.", "United States")]);
}

#[test]
fn capitalised_alias_needs_a_capital_first_letter() {
    assert_eq!(
        pairs("a roast turkey in Turkey"),
        [pair("Turkey", "Turkey")]
    );
    assert_eq!(pairs("TURKEY"), [pair("TURKEY", "Turkey")]);
    assert_eq!(
        pairs("the Russian foreign ministry"),
        [pair("Russian foreign ministry", "Russian Foreign Ministry")]
    );
    assert_eq!(pairs("russian roulette"), []);
}

#[test]
fn lower_case_alias_ignores_case() {
    assert_eq!(
        pairs("De Mistura met de mistura"),
        [
            pair("De Mistura", "Staffan de Mistura"),
            pair("de mistura", "Staffan de Mistura")
        ]
    );
}

#[test]
fn white_space_runs_match_the_space_in_a_name() {
    assert_eq!(
        pairs("the United\n\nStates  of\tAmerica"),
        [pair("United\n\nStates  of\tAmerica", "United States")]
    );
    assert_eq!(
        pairs("Sergei\u{a0}Lavrov"),
        [pair("Sergei\u{a0}Lavrov", "Sergei Lavrov")]
    );
}

#[test]
fn both_apostrophes_are_the_same() {
    for text in ["Russia's Foreign Ministry", "Russia’s Foreign Ministry"] {
        assert_eq!(pairs(text), [pair(text, "Russian Foreign Ministry")]);
    }
}

#[test]
fn possessive_still_matches_and_covers_the_name_only() {
    assert_eq!(
        pairs("Russia’s role, Russia's role, Lavrov’s"),
        [
            pair("Russia", "Russia"),
            pair("Russia", "Russia"),
            pair("Lavrov", "Sergei Lavrov")
        ]
    );
}

#[test]
fn every_spelling_resolves_to_its_canonical_entity() {
    assert_eq!(
        pairs("Sergey Lavrov, Lavrov, Sergei Lavrov"),
        [
            pair("Sergey Lavrov", "Sergei Lavrov"),
            pair("Lavrov", "Sergei Lavrov"),
            pair("Sergei Lavrov", "Sergei Lavrov")
        ]
    );
}

#[test]
fn short_form_counts_only_where_the_entity_is_named() {
    assert_eq!(pairs("Kerry said no."), []);
    assert_eq!(
        pairs("Kerry said no. Secretary Kerry left."),
        [
            pair("Kerry", "John Kerry"),
            pair("Secretary Kerry", "John Kerry")
        ]
    );
}

#[test]
fn hyphens_separate_words() {
    assert_eq!(
        pairs("Kerry-Lavrov talks with John Kerry"),
        [
            pair("Kerry", "John Kerry"),
            pair("Lavrov", "Sergei Lavrov"),
            pair("John Kerry", "John Kerry")
        ]
    );
    assert_eq!(
        pairs("U.S.-Russia"),
        [pair("U.S.", "United States"), pair("Russia", "Russia")]
    );
    assert_eq!(pairs("US-backed"), [pair("US", "United States")]);
}

#[test]
fn mentions_map_back_across_collapsed_runs() {
    let text = "x  \n Russia \t\t and\u{2003}\u{2003}Lavrov";
    let m = matcher(DICT);
    for x in m.annotate("", text).text {
        assert!(matches!(&text[x.start..x.end], "Russia" | "Lavrov"));
    }
}

#[test]
fn a_title_alias_does_not_hide_the_full_name_that_begins_inside_it() {
    // A family name first, as Chinese names are written, and the title before it an alias.
    let dict = r#"
[[entity]]
name = "Vosk Harlan"
kind = "person"
aliases = ["President Vosk"]
short = ["Vosk"]
"#;
    let m = matcher(dict);
    assert_eq!(
        found(&m, "President Vosk Harlan attended."),
        [pair("Vosk Harlan", "Vosk Harlan")]
    );
    assert_eq!(
        found(&m, "President Vosk attended."),
        [pair("President Vosk", "Vosk Harlan")]
    );
}

//! A name inside a longer proper name is not that name; roles, honorifics and nationality
//! adjectives beside a name leave it whole; lines in capitals follow the same rules (issue 9).
//! The built-in dictionary on text of our own.

use super::*;

/// Canonical names of the mentions in `text`.
fn names_in(text: &str) -> Vec<String> {
    found(&builtin(), text)
        .into_iter()
        .map(|(_, n)| n)
        .collect()
}

#[test]
fn a_dictionary_name_inside_a_longer_name_is_not_that_name() {
    for (text, not) in [
        (
            "Critics loved The Blair Witch Project when it opened.",
            "Tony Blair",
        ),
        (
            "The new wing of Tate Britain opened on Tuesday.",
            "United Kingdom",
        ),
        (
            "Former striker Joe Jordan joined the coaching staff.",
            "Jordan",
        ),
        ("Losses tied to the London Whale trades mounted.", "London"),
        (
            "Lawyers cited the European Convention on Human Rights.",
            "Europeans",
        ),
        (
            "Fans of Deportivo Alaves marched to Madrid Barajas terminal.",
            "Madrid",
        ),
    ] {
        let got = names_in(text);
        assert!(!got.iter().any(|n| n == not), "{text:?} gave {got:?}");
    }
}

#[test]
fn clubs_named_after_cities_are_the_clubs() {
    let got = names_in("Real Madrid beat Bayern Munich in the final.");
    assert!(got.iter().any(|n| n.contains("Real Madrid")), "{got:?}");
    assert!(got.iter().any(|n| n.contains("Bayern")), "{got:?}");
    assert!(
        !got.iter().any(|n| n == "Madrid" || n == "Munich"),
        "{got:?}"
    );
}

#[test]
fn roles_and_nationalities_before_a_name_leave_it_whole() {
    let got = names_in(
        "Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry, \
         and Syrian President Bashar Assad sent an envoy.",
    );
    for name in [
        "Sergei Lavrov",
        "John Kerry",
        "Bashar al-Assad",
        "Russians",
        "United States",
    ] {
        assert!(got.iter().any(|n| n == name), "{name} missing from {got:?}");
    }
}

#[test]
fn lines_in_capitals_match_names_but_not_ordinary_words_in_capitals() {
    let got = names_in(
        "SOCCER - JAPAN GET LUCKY WIN\n\nLONDON 1996-08-30\n\nLET US PLAY, SAID THE COACH",
    );
    assert!(got.iter().any(|n| n == "Japan"), "{got:?}");
    assert!(got.iter().any(|n| n == "London"), "{got:?}");
    assert!(!got.iter().any(|n| n == "United States"), "{got:?}");
}

#[test]
fn news_spellings_of_a_person_resolve_to_them() {
    let got = names_in("George W Bush spoke. Later Tony Blair arrived, and Mr Blair said little.");
    assert_eq!(
        got.iter().filter(|n| *n == "George W. Bush").count(),
        1,
        "{got:?}"
    );
    assert_eq!(
        got.iter().filter(|n| *n == "Tony Blair").count(),
        2,
        "{got:?}"
    );
}

#[test]
fn a_short_heading_in_title_case_keeps_its_names() {
    let got = names_in("Talks resume\n\nU.S. Efforts\n\nThe envoy left Geneva Monday.");
    assert!(got.iter().any(|n| n == "United States"), "{got:?}");
    assert!(got.iter().any(|n| n == "Geneva"), "{got:?}");
}

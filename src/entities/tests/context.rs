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
fn a_name_after_a_possessive_is_that_name() {
    let got = names_in("Russia's Sergei Lavrov met Washington’s John Kerry in Geneva.");
    for name in ["Sergei Lavrov", "John Kerry", "Russia", "Geneva"] {
        assert!(got.iter().any(|n| n == name), "{name}: {got:?}");
    }
    // A common word's possessive is part of a longer name: the People's Bank of China is
    // not the Bank of China.
    let got = names_in("The People's Bank of China cut rates on Friday.");
    assert!(!got.iter().any(|n| n == "Bank of China"), "{got:?}");
}

#[test]
fn a_city_named_as_a_side_in_sport_is_its_club_and_a_nation_stays_a_place() {
    let m = builtin();
    let title = "BASEBALL - LATE SCORES";
    let text = "DENVER 1996-09-01\n\nSeattle 5 Denver 3\nFrance 2 Chile 1\n\n\
                Seattle won again in Denver, and France drew with Chile.";
    let a = m.annotate(title, text);
    let kinds: Vec<(&str, Kind)> = (a.text.iter())
        .map(|x| (&text[x.start..x.end], x.kind))
        .collect();
    let of = |s: &str| -> Vec<Kind> {
        (kinds.iter().filter(|(t, _)| *t == s))
            .map(|(_, k)| *k)
            .collect()
    };
    assert_eq!(of("Seattle"), [Kind::Org, Kind::Org], "{kinds:?}");
    // Denver is a side in the table, but its dateline and a venue are the city.
    assert_eq!(of("DENVER"), [Kind::Place], "{kinds:?}");
    assert_eq!(of("Denver"), [Kind::Org, Kind::Place], "{kinds:?}");
    for nation in ["France", "Chile"] {
        assert_eq!(of(nation), [Kind::Place, Kind::Place], "{kinds:?}");
    }
    // The same lines outside sport: a table of places.
    let a = m.annotate("Weather", "Seattle 5 Denver 3");
    assert!(a.text.iter().all(|x| x.kind == Kind::Place), "{a:?}");
}

#[test]
fn a_place_word_in_a_name_needs_its_capital() {
    let got = names_in("A man was stabbed in Manchester city centre on Saturday.");
    assert!(!got.iter().any(|n| n == "Manchester City"), "{got:?}");
    // An institution's words may be in lower case, as news writes them.
    let got = names_in("The Russian foreign ministry said so.");
    assert!(
        got.iter().any(|n| n == "Russian Foreign Ministry"),
        "{got:?}"
    );
    let got = names_in("Officials in Mexico city said so.");
    assert!(!got.iter().any(|n| n == "Mexico City"), "{got:?}");
    let got = names_in("Manchester City beat Arsenal.\n\nSOCCER - MANCHESTER CITY BEAT ARSENAL");
    assert_eq!(
        got.iter().filter(|n| *n == "Manchester City").count(),
        2,
        "{got:?}"
    );
}

#[test]
fn a_club_by_its_short_name_counts_where_it_plays_a_match() {
    let m = builtin();
    // A match report names clubs the way fans do: "Chelsea", "Fulham", never "Chelsea F.C.".
    let title = "Palmer penalty settles west London derby";
    let text = "Chelsea beat Fulham 2-1 at Stamford Bridge on Saturday. The goalkeeper \
                was beaten twice before half-time, and Chelsea held on.\n\nChelsea 2 Fulham 1";
    let a = m.annotate(title, text);
    let clubs: Vec<(&str, &str)> = (a.text.iter())
        .map(|x| (&text[x.start..x.end], m.entity(x.entity).name.as_str()))
        .filter(|(_, name)| name.ends_with("F.C."))
        .collect();
    assert_eq!(
        clubs,
        [
            ("Chelsea", "Chelsea F.C."),
            ("Fulham", "Fulham F.C."),
            ("Chelsea", "Chelsea F.C."),
            ("Chelsea", "Chelsea F.C."),
            ("Fulham", "Fulham F.C."),
        ]
    );
    // The same words outside sport name no club: a borough and a vote.
    let text = "In Chelsea, Labour beat the Conservatives by 300 votes, and Fulham was close.";
    let a = m.annotate("Local elections", text);
    assert!(
        a.text
            .iter()
            .all(|x| !m.entity(x.entity).name.ends_with("F.C.")),
        "{a:?}"
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

//! Names found in a collection (issue 9): evidence from mid-sentence capitals across articles,
//! kinds from the words around a name, short forms inside an article, and "not a name".

use super::*;
use crate::entities::{Origin, discover};

const ARTICLES: [(&str, &str); 3] = [
    (
        "Pensions row deepens",
        "Trade Secretary Patricia Hewitt told GMTV that the Liberal Democrats had misread the \
         figures. Ms Hewitt said the Velmont Party would not win a single seat in Dunmore.\n\n\
         Meanwhile officials at the Ministry of Harbours met in Carrow Road.",
    ),
    (
        "Council vote delayed",
        "KERRIDGE, Northland (Reuters) - The vote was delayed, said councillor Amir Osei. \
         Mr Osei blamed the Velmont Party and its leader Hanna Brekke.",
    ),
    (
        "Brekke under fire",
        "Critics of Hanna Brekke gathered in Dunmore on Sunday. Brekke declined to comment.",
    ),
];

fn found_names(dict: &Dictionary) -> Vec<(String, Kind, Vec<String>)> {
    let mut v: Vec<_> = discover(dict, &ARTICLES)
        .into_iter()
        .map(|e| {
            assert_eq!(e.origin, Origin::Corpus);
            (e.name, e.kind, e.short)
        })
        .collect();
    v.sort();
    v
}

/// (name, kind) of what `articles` yield over a dictionary given as TOML.
fn found_with(toml: &str, articles: &[(&str, &str)]) -> Vec<(String, Kind)> {
    let dict = Dictionary::parse(toml, "t.toml").expect("test dictionary parses");
    discover(&dict, articles)
        .into_iter()
        .map(|e| (e.name, e.kind))
        .collect()
}

fn kind_of(found: &[(String, Kind, Vec<String>)], name: &str) -> Option<Kind> {
    found.iter().find(|(n, _, _)| n == name).map(|(_, k, _)| *k)
}

#[test]
fn names_the_dictionary_lacks_are_found_with_their_kinds() {
    let found = found_names(&Dictionary::default());
    let kind = |n: &str| kind_of(&found, n);
    assert_eq!(kind("Patricia Hewitt"), Some(Kind::Person), "{found:?}");
    assert_eq!(kind("Hanna Brekke"), Some(Kind::Person), "{found:?}");
    assert_eq!(kind("Amir Osei"), Some(Kind::Person), "{found:?}");
    assert_eq!(kind("GMTV"), Some(Kind::Org), "{found:?}");
    assert_eq!(kind("Velmont Party"), Some(Kind::Org), "{found:?}");
    assert_eq!(kind("Ministry of Harbours"), Some(Kind::Org), "{found:?}");
    assert_eq!(kind("Carrow Road"), Some(Kind::Place), "{found:?}");
    assert_eq!(kind("Kerridge"), Some(Kind::Place), "{found:?}");
    assert_eq!(kind("Dunmore"), Some(Kind::Place), "{found:?}");
}

#[test]
fn sentence_starts_roles_and_days_are_not_names() {
    let found = found_names(&Dictionary::default());
    for not in [
        "Meanwhile",
        "Trade Secretary",
        "Trade",
        "Sunday",
        "Critics",
        "Ms",
        "Mr",
        "The",
    ] {
        assert!(kind_of(&found, not).is_none(), "{not} in {found:?}");
    }
    // A surname alone is a short form of the person, not a name of its own.
    assert!(kind_of(&found, "Brekke").is_none(), "{found:?}");
    assert!(kind_of(&found, "Hewitt").is_none(), "{found:?}");
}

#[test]
fn honorifics_and_surnames_resolve_to_the_person_named_in_full() {
    let mut dict = Dictionary::default();
    dict.add_found(discover(&dict, &ARTICLES));
    let m = Matcher::new(dict);
    let (title, text) = ARTICLES[0];
    let got: Vec<String> = found(&m, text)
        .into_iter()
        .map(|(t, n)| format!("{t}={n}"))
        .collect();
    assert!(
        got.contains(&"Hewitt=Patricia Hewitt".to_string()),
        "{got:?}"
    );
    assert!(m.annotate(title, text).entity_ids().len() >= 6);
    // Without the full name in the article, the surname alone is not claimed.
    let alone = found(&m, "Hewitt was not available.");
    assert!(alone.is_empty(), "{alone:?}");
    // @name finds found names.
    assert!(!m.resolve_prefix("brekke").is_empty());
}

#[test]
fn names_known_to_the_dictionary_or_marked_not_a_name_are_not_found_again() {
    let dict = Dictionary::parse(
        "not_names = [\"Velmont  party\"]\n\n[[entity]]\nname = \"GMTV\"\nkind = \"org\"\n",
        "user.toml",
    )
    .unwrap();
    let found = found_names(&dict);
    assert!(kind_of(&found, "GMTV").is_none(), "{found:?}");
    assert!(kind_of(&found, "Velmont Party").is_none(), "{found:?}");
    assert!(kind_of(&found, "Patricia Hewitt").is_some(), "{found:?}");
}

#[test]
fn discovery_does_not_depend_on_the_order_of_articles() {
    let dict = Dictionary::default();
    let mut reversed = ARTICLES;
    reversed.reverse();
    let mut a: Vec<String> = discover(&dict, &ARTICLES)
        .into_iter()
        .map(|e| e.name)
        .collect();
    let mut b: Vec<String> = discover(&dict, &reversed)
        .into_iter()
        .map(|e| e.name)
        .collect();
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

#[test]
fn descriptions_portfolios_and_affiliations_stay_apart_from_names() {
    let articles = [(
        "Hospital reforms",
        "Liberal Democrat Sandra Gidley said the Department of Health was wrong. A review led by \
         Professor Helen Marsden of Imperial College London agreed with the British Medical \
         Association, said Health Secretary Patricia Hewitt.",
    )];
    let found = found_with(
        "[[entity]]\nname = \"Britons\"\nkind = \"group\"\naliases = [\"British\"]\n",
        &articles,
    );
    let has = |n: &str, k: Kind| found.contains(&(n.to_string(), k));
    assert!(has("Sandra Gidley", Kind::Person), "{found:?}");
    assert!(has("Department of Health", Kind::Org), "{found:?}");
    assert!(has("Helen Marsden", Kind::Person), "{found:?}");
    assert!(has("Imperial College London", Kind::Org), "{found:?}");
    assert!(has("British Medical Association", Kind::Org), "{found:?}");
    assert!(has("Patricia Hewitt", Kind::Person), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|(n, _)| n == "Department" || n.contains("Democrat Sandra"))
    );
}

#[test]
fn a_capital_joined_to_a_common_word_is_about_a_name_not_part_of_it() {
    let articles = [
        (
            "Seat maker agrees to merger",
            "Shares of the Dunmore-based Corvane rose on Friday after the firm agreed to a \
             merger. Analysts said Corvane had struggled. The Velmont-led group met President Pyo \
             Sung-hee in Seoul, where Mr Pyo said the talks went well.",
        ),
        (
            "Corvane shares climb",
            "Investors welcomed the news, and Corvane gained again, said the Dunmore-based \
             broker. Pyo Sung-hee met the Velmont-led group.",
        ),
    ];
    let dict = Dictionary::builtin();
    let names: Vec<String> = discover(&dict, &articles)
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert!(names.contains(&"Corvane".to_string()), "{names:?}");
    assert!(names.contains(&"Pyo Sung-hee".to_string()), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.contains("-based") || n.contains("-led")),
        "{names:?}"
    );
}

#[test]
fn a_surname_that_is_a_place_is_the_person_where_the_article_names_them() {
    let articles = [
        (
            "Director defends epic",
            "Film director Tess Jordan said on Monday the film was about history. Jordan said \
             she had lost sleep over it, and Jordan added that the cast agreed.",
        ),
        (
            "Jordan premiere",
            "Critics praised Tess Jordan, whose film opened in Dublin. Tess Jordan was there.",
        ),
    ];
    let mut dict = Dictionary::builtin();
    dict.add_found(discover(&dict, &articles));
    let m = Matcher::new(dict);
    let names = |text: &str| -> Vec<String> {
        found(&m, text)
            .into_iter()
            .map(|(t, n)| format!("{t}={n}"))
            .collect()
    };
    let got = names(articles[0].1);
    assert_eq!(
        got.iter().filter(|g| *g == "Jordan=Tess Jordan").count(),
        2,
        "{got:?}"
    );
    // Where no Jordan is named, Jordan is the country.
    assert_eq!(
        names("Talks in Amman, Jordan, ended."),
        ["Amman=Amman", "Jordan=Jordan"]
    );
}

#[test]
fn an_acronym_spelt_out_in_brackets_is_no_dateline() {
    let articles = [
        (
            "Rebels advance on Darvan",
            "Fighters of the Velmar Liberation Front (VLF) took the bridge, a spokesman said.\n\n\
             \"VLF (Velmar Liberation Front) is trying to take the city,\" he told Reuters.\n\n\
             KERRIDGE (Reuters) - The VLF denied it on Sunday.",
        ),
        (
            "Talks stall",
            "The VLF walked out of the talks, said officials in Darvan.",
        ),
    ];
    let found = discover(&Dictionary::default(), &articles);
    let kind = |n: &str| found.iter().find(|e| e.name == n).map(|e| e.kind);
    assert_eq!(kind("VLF"), Some(Kind::Org), "{found:?}");
    // A real dateline still names a place.
    assert_eq!(kind("Kerridge"), Some(Kind::Place), "{found:?}");
}

#[test]
fn a_known_place_with_an_events_word_is_the_event() {
    let articles = [
        (
            "Golf: Lee leads in Lisbon",
            "South Korea's Kim Jae-sun took the lead at the Lisbon Open on Friday, a week \
             after the Dunmore Masters. Officials said the U.S. Efforts to help were welcome.",
        ),
        (
            "Lisbon Open",
            "Rain stopped play at the Lisbon Open, said organisers in Lisbon.",
        ),
    ];
    let found = discover(&Dictionary::builtin(), &articles);
    let kind = |n: &str| found.iter().find(|e| e.name == n).map(|e| e.kind);
    assert_eq!(kind("Lisbon Open"), Some(Kind::Event), "{found:?}");
    assert_eq!(kind("Kim Jae-sun"), Some(Kind::Person), "{found:?}");
    // "South" opens a sentence, but "South Korea" is a known name: no "Korea" of its own.
    assert_eq!(kind("Korea"), None, "{found:?}");
    // A known name with an ordinary word is no longer name.
    assert!(
        !found.iter().any(|e| e.name.contains("Efforts")),
        "{found:?}"
    );
}

#[test]
fn a_first_name_that_is_a_word_opens_a_persons_name_in_mid_sentence() {
    let articles = [
        (
            "Late goal lifts Dunmore",
            "A late goal from Mark Tolland won it, and Will Brannagh praised him. Fans \
             gathered on Grant Street afterwards. Mark the date: the final is in May.",
        ),
        (
            "Tolland signs",
            "The club said Mark Tolland had signed a new deal.",
        ),
    ];
    let found = discover(&Dictionary::default(), &articles);
    let kind = |n: &str| found.iter().find(|e| e.name == n).map(|e| e.kind);
    assert_eq!(kind("Mark Tolland"), Some(Kind::Person), "{found:?}");
    assert_eq!(kind("Will Brannagh"), Some(Kind::Person), "{found:?}");
    assert_eq!(kind("Grant Street"), Some(Kind::Place), "{found:?}");
    assert!(
        !found.iter().any(|e| e.name.starts_with("Mark the")),
        "{found:?}"
    );
}

#[test]
fn an_ampersand_between_capitalised_words_is_part_of_the_name() {
    let articles = [
        (
            "Retail results",
            "Shares in Harwell & Pike rose after Dunmore Bros reported. Orrin & Vale fell, \
             and bread & butter issues weighed on Harwell & Pike.",
        ),
        (
            "HARWELL & PIKE PROFITS RISE",
            "Analysts at Orrin & Vale said so.",
        ),
    ];
    let found = discover(&Dictionary::default(), &articles);
    let kind = |n: &str| found.iter().find(|e| e.name == n).map(|e| e.kind);
    assert_eq!(kind("Harwell & Pike"), Some(Kind::Org), "{found:?}");
    assert_eq!(kind("Orrin & Vale"), Some(Kind::Org), "{found:?}");
    assert_eq!(kind("Dunmore Bros"), Some(Kind::Org), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|e| ["Harwell", "Pike", "Vale"].contains(&e.name.as_str())),
        "{found:?}"
    );
}

#[test]
fn a_capital_joined_to_era_or_hit_describes_the_name_after_it() {
    let articles = [(
        "Aid arrives",
        "Veterans of the Velmar-era Tolland Guard met aid workers from Ebola-hit Dunmore, \
         where Tolland Guard units had served.",
    )];
    let found = discover(&Dictionary::default(), &articles);
    assert!(
        !found
            .iter()
            .any(|e| e.name.contains("-era") || e.name.contains("-hit")),
        "{found:?}"
    );
}

#[test]
fn an_initial_before_a_first_name_at_a_sentence_start_is_part_of_the_name() {
    let articles = [(
        "Cricket: county scores",
        "Kestrelshire 183 and 185-6 (J. Russell 56 not out), Moorfield 190 (K. Tolland 52).",
    )];
    let found = discover(&Dictionary::default(), &articles);
    let kind = |n: &str| found.iter().find(|e| e.name == n).map(|e| e.kind);
    assert_eq!(kind("J. Russell"), Some(Kind::Person), "{found:?}");
    assert_eq!(kind("K. Tolland"), Some(Kind::Person), "{found:?}");
}

#[test]
fn words_that_qualify_a_role_are_part_of_the_title() {
    let articles = [(
        "Chipmaker results",
        "Chief Executive Torvald Ekstrom told analysts that demand was strong, and Chief \
         Financial Officer Marit Halvorsen said margins would recover. Separately, U.S. \
         District Judge Ansel Pruitt blocked the rule.",
    )];
    let found = found_with(
        "[[entity]]\nname = \"United States\"\nkind = \"place\"\naliases = [\"U.S.\"]\n",
        &articles,
    );
    for person in ["Torvald Ekstrom", "Marit Halvorsen", "Ansel Pruitt"] {
        assert!(
            found.contains(&(person.to_string(), Kind::Person)),
            "{found:?}"
        );
    }
    assert!(
        !found
            .iter()
            .any(|(n, _)| ["Chief", "Executive", "Financial", "District"]
                .iter()
                .any(|w| n.contains(w))),
        "{found:?}"
    );
}

#[test]
fn a_subject_a_speaker_and_a_place_are_told_apart_by_the_words_around_them() {
    let articles = [(
        "Markets",
        "In Seoul the Korvex gained 0.4%, and the Korvex rose again later. Ilse Brandt of \
         Halvorsen Partners said it would last. Shares traded in Quillan Ford fell, and \
         traders in Quillan Ford were cautious.",
    )];
    let found = found_with("", &articles);
    let kind = |n: &str| found.iter().find(|(x, _)| x == n).map(|(_, k)| *k);
    // An index that gains is no nationality's adjective ("Punjabi farmers").
    assert_ne!(kind("Korvex"), Some(Kind::Group), "{found:?}");
    // "said" is the analyst's, not her firm's.
    assert_eq!(kind("Ilse Brandt"), Some(Kind::Person), "{found:?}");
    assert_ne!(kind("Halvorsen Partners"), Some(Kind::Person), "{found:?}");
    assert_eq!(kind("Quillan Ford"), Some(Kind::Place), "{found:?}");
}

#[test]
fn hyphenated_titles_party_labels_and_palaces_are_read_as_news_writes_them() {
    let articles = [(
        "Alliance summit",
        "The talks were opened by Alliance Secretary-General Oskar Lindqvist, and Sen. Mara \
         Delacourt (D-Mass.) and Rep. Tobin Hale, R-Ohio, attended. Officials at Halvering \
         Palace said the king would attend.",
    )];
    let found = found_with("", &articles);
    let kind = |n: &str| found.iter().find(|(x, _)| x == n).map(|(_, k)| *k);
    assert_eq!(kind("Oskar Lindqvist"), Some(Kind::Person), "{found:?}");
    assert_eq!(kind("Mara Delacourt"), Some(Kind::Person), "{found:?}");
    assert_eq!(kind("Tobin Hale"), Some(Kind::Person), "{found:?}");
    assert_eq!(kind("Halvering Palace"), Some(Kind::Place), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.contains("Secretary") || n.contains("-Ohio") || n.contains("-Mass")),
        "{found:?}"
    );
}

#[test]
fn german_nouns_are_no_names_and_a_first_name_still_opens_one() {
    let articles = [(
        "Koalition streitet über Haushalt",
        "Die Regierung will den Haushalt noch vor der Sommerpause beschließen. Das sagte der \
         Vorsitzende am Montag nach einer Sitzung des Ausschusses. Die Opposition kritisierte \
         die Pläne als zu teuer, und Parteichef Peter Hallstrom sprach von einem faulen \
         Kompromiss. Nach Angaben des Amtes ist die Zahl der Rentner um zwei Prozent gestiegen.",
    )];
    let found = found_with("", &articles);
    assert_eq!(
        found,
        [("Peter Hallstrom".to_string(), Kind::Person)],
        "only the person, no noun"
    );
}

#[test]
fn a_sentence_opened_in_spanish_or_french_keeps_its_first_word_out_of_the_name() {
    let articles = [(
        "Vivienda",
        "Según el Instituto Nacional de Vivienda, los precios subieron. Selon la Banque de \
         Lorvane, les prix ont augmenté. La ministra habló en el Palacio de Arvena.",
    )];
    let found = found_with("", &articles);
    let kind = |n: &str| found.iter().find(|(x, _)| x == n).map(|(_, k)| *k);
    assert_eq!(
        kind("Instituto Nacional de Vivienda"),
        Some(Kind::Org),
        "{found:?}"
    );
    assert_eq!(kind("Banque de Lorvane"), Some(Kind::Org), "{found:?}");
    assert_eq!(kind("Palacio de Arvena"), Some(Kind::Place), "{found:?}");
    assert!(
        !found
            .iter()
            .any(|(n, _)| n.starts_with("Según") || n.starts_with("Selon")),
        "{found:?}"
    );
}

#[test]
fn a_first_name_that_ends_like_a_participle_opens_a_sentences_name() {
    let articles = [(
        "Match report",
        "Mohamed Tarrak scored twice as the team won. Emily Varncombe said it was deserved.\n\n\
         Later Tarrak added a third.",
    )];
    let found = found_with("", &articles);
    for person in ["Mohamed Tarrak", "Emily Varncombe"] {
        assert!(
            found.contains(&(person.to_string(), Kind::Person)),
            "{found:?}"
        );
    }
}

#[test]
fn finals_and_grands_prix_are_events() {
    let articles = [(
        "Sport",
        "He won the Velmar Cup Finals in May and the Tarrow Grand Prix in June, before the \
         Kessing Open Finals.",
    )];
    let found = found_with("", &articles);
    for event in [
        "Velmar Cup Finals",
        "Tarrow Grand Prix",
        "Kessing Open Finals",
    ] {
        assert!(
            found.contains(&(event.to_string(), Kind::Event)),
            "{found:?}"
        );
    }
}

#[test]
fn a_bodys_name_goes_on_past_and_when_it_names_a_field() {
    let articles = [(
        "Outbreak",
        "The Centres for Fever Control and Prevention said cases rose. The Department of \
         Harbours and Coastal Works will pay, and the Velmar and Tusk Agency agreed.\n\n\
         Kerrow and Dalby met the Ministry of Tides and Port Office officials. Brannock and \
         Velcor Corp agreed a merger.",
    )];
    let found = found_with("", &articles);
    for org in [
        "Centres for Fever Control and Prevention",
        "Department of Harbours and Coastal Works",
    ] {
        assert!(found.contains(&(org.to_string(), Kind::Org)), "{found:?}");
    }
    // Names side by side, a second body's own head, a firm's name before "and": apart.
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    for joined in [
        "Kerrow and Dalby",
        "Ministry of Tides and Port Office",
        "Brannock and Velcor Corp",
    ] {
        assert!(!names.contains(&joined), "{names:?}");
    }
}

#[test]
fn a_groups_possessive_stays_inside_a_bodys_name() {
    let articles = [(
        "Courts",
        "A man appeared at Dunmore Magistrates' Court on Monday. The Velmar People's Congress \
         met, and the Tarrow Farmers' Union protested.\n\n\
         Later Geert Pellowes' Party for Renewal and Kerrow's Harbour Board replied.",
    )];
    let found = found_with("", &articles);
    for org in [
        "Dunmore Magistrates' Court",
        "Velmar People's Congress",
        "Tarrow Farmers' Union",
    ] {
        assert!(found.contains(&(org.to_string(), Kind::Org)), "{found:?}");
    }
    // A person's and a place's possessive end the name before them.
    let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        names
            .iter()
            .all(|n| !n.contains("Pellowes'") && !n.contains("Kerrow's")),
        "{names:?}"
    );
}

#[test]
fn a_description_by_a_role_after_a_comma_makes_a_person() {
    let articles = [(
        "Derby",
        "Arne Vennekamp, the Velmar manager, praised his side. Dana Kestrow, a spokeswoman \
         for the club, agreed.\n\n\
         Later Brannock, the league leaders, lost again.",
    )];
    let found = found_with("", &articles);
    for person in ["Arne Vennekamp", "Dana Kestrow"] {
        assert!(
            found.contains(&(person.to_string(), Kind::Person)),
            "{found:?}"
        );
    }
    assert!(
        !found.contains(&("Brannock".to_string(), Kind::Person)),
        "{found:?}"
    );
}

#[test]
fn a_firms_first_word_alone_or_in_a_merger_is_the_firm() {
    let articles = [(
        "Merger",
        "Tarrow Pharma agreed to buy Velcor Therapeutics on Monday. Shares in Tarrow rose, \
         and analysts at Tarrow's rivals were surprised. The group will be called Tarrow \
         Velcor, said Dana Kestrow, the chief executive.",
    )];
    let found = found_with("", &articles);
    for org in [
        "Tarrow Pharma",
        "Velcor Therapeutics",
        "Tarrow",
        "Tarrow Velcor",
    ] {
        assert!(found.contains(&(org.to_string(), Kind::Org)), "{found:?}");
    }
    assert!(
        found.contains(&("Dana Kestrow".to_string(), Kind::Person)),
        "{found:?}"
    );
}

#[test]
fn places_by_their_opening_preposition_their_kind_and_their_dateline() {
    let articles = [(
        "Protests",
        "KESSLING, Northland \u{2014} Protests spread on Tuesday across the country, where \
         officials said thousands had marched in the capital and in several towns along the \
         coast, the largest gathering in years.\n\n\
         In Brannmor, the western city, crowds gathered. Farmers in the Tulvane region and \
         near Lake Orrin joined them, and special counsel Jack Trevane was asked to look into \
         the shootings.",
    )];
    let found = found_with("", &articles);
    for place in ["Kessling", "Brannmor", "Tulvane", "Lake Orrin"] {
        assert!(
            found.contains(&(place.to_string(), Kind::Place)),
            "{place}: {found:?}"
        );
    }
    assert!(
        found.contains(&("Jack Trevane".to_string(), Kind::Person)),
        "{found:?}"
    );
}

#[test]
fn an_acronym_in_brackets_or_opening_a_sentence_is_a_body_and_ai_is_none() {
    let articles = [(
        "Space",
        "The Velmar Space Agency (VESA) launched the probe. KORDA said it would track it. \
         Investors bet on AI stocks as the AI boom went on.",
    )];
    let found = found_with("", &articles);
    for org in ["VESA", "KORDA"] {
        assert!(found.contains(&(org.to_string(), Kind::Org)), "{found:?}");
    }
    assert!(found.iter().all(|(n, _)| n != "AI"), "{found:?}");
}

#[test]
fn a_title_in_quotes_is_misc_unless_it_mostly_names_a_person() {
    let articles = [
        (
            "Festival",
            "The jury gave its prize to \u{201c}The Salt Orchard\u{201d} and to \"Winter in \
             Velmar\". A film called \"Dana Kestrow\" also screened.",
        ),
        (
            "Profile",
            "Dana Kestrow said she was pleased. Later Dana Kestrow spoke again, and Dana \
             Kestrow left.",
        ),
    ];
    let found = found_with("", &articles);
    for work in ["The Salt Orchard", "Winter in Velmar"] {
        assert!(found.contains(&(work.to_string(), Kind::Misc)), "{found:?}");
    }
    assert!(
        found.contains(&("Dana Kestrow".to_string(), Kind::Person)),
        "{found:?}"
    );
}

//! Quotation attribution, one test per form news writing uses.

use super::*;
use crate::entities::{Dictionary, Matcher};

fn matcher() -> Matcher {
    let dict = Dictionary::parse(
        r#"
[[entity]]
name = "Barack Obama"
kind = "person"
aliases = ["Obama"]

[[entity]]
name = "Ash Carter"
kind = "person"
short = ["Carter"]

[[entity]]
name = "Russian Foreign Ministry"
kind = "org"
aliases = ["Russian foreign ministry"]

[[entity]]
name = "United States"
kind = "place"
aliases = ["US"]

[[entity]]
name = "State Department"
kind = "org"
"#,
        "test",
    )
    .unwrap();
    Matcher::new(dict)
}

fn found(text: &str) -> Vec<(String, String)> {
    let m = matcher();
    let mentions = m.annotate("", text).text;
    quotes(text, &mentions, &m)
        .into_iter()
        .map(|q| (q.speaker, q.text))
        .collect()
}

fn pair(speaker: &str, text: &str) -> (String, String) {
    (speaker.to_string(), text.to_string())
}

#[test]
fn quote_then_said_and_a_name_after_its_title() {
    let text = "“These issues are complex,” said State Department spokesperson Mark Toner.";
    assert_eq!(
        found(text),
        [pair("Mark Toner", "These issues are complex")]
    );
}

#[test]
fn quote_then_name_said_resolves_a_short_form_to_its_entity() {
    let text = "Ash Carter spoke in London. \"There are gaps of trust,\" Carter said.";
    assert_eq!(found(text), [pair("Ash Carter", "There are gaps of trust")]);
}

#[test]
fn a_pronoun_speaker_is_the_previous_one() {
    let text = "\"We will see,\" said Obama.\n\"The patience isn't finite,\" he said.";
    assert_eq!(
        found(text),
        [
            pair("Barack Obama", "We will see"),
            pair("Barack Obama", "The patience isn't finite")
        ]
    );
    assert!(
        found("“Nobody knows,” he said.").is_empty(),
        "no one to point back to"
    );
}

#[test]
fn an_organisation_in_lower_case_is_a_speaker() {
    let text =
        "\"The two top diplomats discussed the details,\" the Russian foreign ministry said.";
    assert_eq!(
        found(text),
        [pair(
            "Russian Foreign Ministry",
            "The two top diplomats discussed the details"
        )]
    );
}

#[test]
fn x_said_reports_the_sentence() {
    let text = "Talks went on. Russia's Deputy Foreign Minister Sergei Ryabkov said the two sides are close to a deal.";
    assert_eq!(
        found(text),
        [pair("Sergei Ryabkov", " Russia's Deputy Foreign Minister Sergei Ryabkov said the two sides are close to a deal.".trim())]
    );
}

#[test]
fn according_to_x() {
    let text = "The convoy was hit at dawn, according to the Syrian Observatory for Human Rights.";
    let q = found(text);
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "Syrian Observatory for Human Rights");
    assert!(q[0].1.starts_with("The convoy was hit"));
}

#[test]
fn x_told_y_names_the_teller_not_the_audience() {
    let text = "US Defense Secretary Ash Carter told BBC radio that there was a long way to go.";
    assert_eq!(found(text)[0].0, "Ash Carter");
    let text = "\"We have grave differences,\" Obama told reporters Sunday.";
    assert_eq!(
        found(text),
        [pair("Barack Obama", "We have grave differences")]
    );
}

#[test]
fn a_description_is_not_a_speaker_and_nothing_is_found_twice() {
    // "official" is no name; the quotation is not reported twice by the verb.
    assert!(found("\"No deal yet,\" a senior official told The Guardian.").is_empty());
    assert_eq!(
        found("\"Deal,\" Obama said. \"No deal,\" Carter said."),
        [pair("Barack Obama", "Deal"), pair("Carter", "No deal")]
    );
}

#[test]
fn odd_text_never_panics() {
    for text in [
        "",
        "\"",
        "“",
        "said",
        "” said",
        "according to",
        "\"a,\" said",
        "é” said É.",
        "\"x,\"\nsaid Y",
    ] {
        let _ = found(text);
    }
}

#[test]
fn unnamed_people_are_no_speakers() {
    assert!(found("Analysts said the market would fall.").is_empty());
    assert!(found("\"It was loud,\" Witnesses said.").is_empty());
}

//! The narrowing rule on its own: which edits may reuse the previous result.

use super::fake::FakeEntities;
use crate::search::narrow::narrows;
use crate::search::parse;

fn n(new: &str, old: &str) -> bool {
    let ents = FakeEntities(vec![
        ("Sergei Lavrov", vec!["Lavrov"], vec![]),
        ("Lava Lamp", vec![], vec![]),
    ]);
    narrows(&parse(new).unwrap(), &parse(old).unwrap(), &ents)
}

#[test]
fn appending_to_a_plain_term_or_adding_a_term_narrows() {
    assert!(n("kerr", "ker"));
    assert!(n("kerrys", "kerry"));
    assert!(n("kerR", "ker"));
    assert!(n("'alep", "'ale"));
    assert!(n("kerry 'alep", "kerry"));
    assert!(n("a | bc", "a | b"));
    assert!(n("date:2016-09", "date:2016"));
    assert!(n("source:tass", "source:tas"));
    assert!(n("^syr", "^sy"));
    assert!(n("@lavr", "@lav"));
    assert!(n("!kerry x", "!kerry"));
    assert!(n("anything", ""));
}

#[test]
fn negations_alternatives_and_deletions_widen() {
    assert!(!n("!kerry", "!kerr"));
    assert!(!n("!'alep", "!'ale"));
    assert!(!n("a | b", "a"));
    assert!(!n("kerr", "kerry"));
    assert!(!n("kerry", "kerry 'alep"));
    assert!(!n("Kerr", "kerr"));
    // At five chars a word is looked for with a typo too, which finds words the four did not.
    assert!(!n("kerry", "kerr"));
    assert!(!n("date:2016", "date:2016-09"));
    assert!(!n("^syr", "syr$"));
}

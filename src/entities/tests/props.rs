//! Properties on arbitrary text: annotation never panics and keeps its invariants.

use proptest::prelude::*;

use super::*;

fn well_formed(text: &str, mentions: &[crate::entities::Mention], len: usize) {
    let mut last_end = 0;
    for m in mentions {
        assert!(m.start >= last_end && m.start < m.end && m.end <= text.len());
        assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
        assert!((m.entity as usize) < len);
        last_end = m.end;
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text(title in "\\PC{0,40}", text in "\\PC{0,400}") {
        let m = builtin();
        let a = m.annotate(&title, &text);
        well_formed(&title, &a.title, m.len());
        well_formed(&text, &a.text, m.len());
    }

    #[test]
    fn news_like_text(words in prop::collection::vec(
        prop::sample::select(vec![
            "Russia", "Russia’s", "U.S.", "US", "us", "Kerry", "John", "Kerry-Lavrov", "\n\n",
            "  ", "Foreign", "Ministry", "'s", "’", "é", "State", "Department", "G-20", "-",
            "Bashar", "al-Assad", "\u{a0}", "\t", "Islamic", "The", "Guardian", "x",
        ]), 0..60)) {
        let text: String = words.concat();
        let m = builtin();
        let a = m.annotate("", &text);
        well_formed(&text, &a.text, m.len());
    }

    #[test]
    fn arbitrary_dictionary_text_never_panics(src in "\\PC{0,200}") {
        let _ = Dictionary::parse(&src, "fuzz.toml").map(Matcher::new);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Discovery reads every article of a collection: arbitrary text, with words and
    /// punctuation news uses and chars of several widths, never makes it panic, and what it
    /// finds matches within the invariants.
    #[test]
    fn discovery_on_arbitrary_text(texts in prop::collection::vec(
        prop::collection::vec(prop::sample::select(vec![
            "Patricia", "Hewitt", "Mr", "said", "in", "the", "LONDON", "(Reuters)", " - ", ",",
            ". ", "£", "€5", "’s", "'s", "U.S.", "al-", "Party", "of", "\n\n", "\n", " ", "  ",
            "“", "”", "—", ":", "é", "Ω", "德国", "1996-08-30", "W.", "Jr.", "-", "&", "Co",
        ]), 0..80),
        1..4,
    ), noise in "\\PC{0,120}") {
        let mut texts: Vec<String> = texts.into_iter().map(|w| w.join(" ")).collect();
        texts.push(noise);
        let pairs: Vec<(&str, &str)> = texts.iter().map(|t| ("", t.as_str())).collect();
        let mut dict = Dictionary::builtin();
        dict.add_found(crate::entities::discover(&dict, &pairs));
        let m = Matcher::new(dict);
        for t in &texts {
            let a = m.annotate(t, t);
            well_formed(t, &a.title, m.len());
            well_formed(t, &a.text, m.len());
        }
    }
}

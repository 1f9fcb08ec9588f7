//! A user dictionary and the matcher built from it: any text as a dictionary file; when it
//! parses, the built-in dictionary with it over, and the matcher run on text made of the
//! dictionary's own bytes. Invariants: no panic; mentions sorted, not overlapping, on char
//! boundaries, each naming an entity of the matcher.
#![no_main]

use dossier::entities::{Dictionary, Matcher};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let Ok(user) = Dictionary::parse(&src, "fuzz.toml") else {
        return;
    };
    let mut dict = Dictionary::builtin();
    dict.merge(user);
    let matcher = Matcher::new(dict);
    let text = src.replace(['[', ']', '='], " ");
    let annotation = matcher.annotate(&text, &text);
    for mentions in [&annotation.title, &annotation.text] {
        let mut end = 0;
        for m in mentions {
            assert!(m.start >= end && m.start < m.end, "{mentions:?}");
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            assert!((m.entity as usize) < matcher.len());
            end = m.end;
        }
    }
});

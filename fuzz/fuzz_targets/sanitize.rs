//! The sanitizer and the escaping of quoted values in messages. Invariants: neither panics;
//! sanitized text holds no control character but line breaks and no bidi control or BOM;
//! escaped text holds none at all; text without anything to remove comes out unchanged.
#![no_main]

use dossier::corpus::{escape_controls, sanitize};
use libfuzzer_sys::fuzz_target;

fn controls(s: &str, breaks: bool) -> bool {
    s.chars().any(|c| {
        (c.is_control() && !(breaks && c == '\n'))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
    })
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let clean = sanitize(&text);
    assert!(!controls(&clean, true), "{clean:?}");
    assert!(!controls(&escape_controls(&text), false));
    if !controls(&text, true) && !text.contains('\u{2028}') && !text.contains('\u{2029}') {
        assert_eq!(clean, text);
    }
});

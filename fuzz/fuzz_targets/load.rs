//! The loaders: any bytes, read as any format (the first byte chooses: stdin's sniffing,
//! text, JSON, JSON Lines, a saved page, a feed). Invariants: no panic; every article has a
//! title; no string that reaches the screen holds a control character (line breaks aside, in
//! the text).
#![no_main]

use dossier::corpus::fuzzing::{As, read};
use libfuzzer_sys::fuzz_target;

fn clean(s: &str, breaks: bool) -> bool {
    !s.chars().any(|c| {
        (c.is_control() && !(breaks && c == '\n'))
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, bytes)) = data.split_first() else {
        return;
    };
    let (articles, _) = read(bytes, As::from_byte(first));
    for a in &articles {
        assert!(!a.title().trim().is_empty(), "an article without a title");
        assert!(clean(a.title(), false), "title {:?}", a.title());
        assert!(clean(a.text(), true), "text {:?}", a.text());
        for s in [a.source(), a.author(), a.date(), a.url()]
            .into_iter()
            .flatten()
        {
            assert!(clean(s, false), "{s:?}");
        }
        assert!(clean(&a.id(), false), "id {:?}", a.id());
    }
});

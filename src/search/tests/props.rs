//! Properties: no input a user can type makes parsing or filtering panic, and highlight ranges
//! keep their invariants.

use proptest::prelude::*;

use super::engine::seeds;
use super::fake::FakeEntities;
use crate::search::{exact_ranges, filter, highlight, parse};

proptest! {
    #[test]
    fn parse_never_panics(input in any::<String>()) {
        if let Err(e) = parse(&input) {
            prop_assert!(e.span.start <= e.span.end && e.span.end <= input.len());
            prop_assert!(input.is_char_boundary(e.span.start) && input.is_char_boundary(e.span.end));
        }
    }

    #[test]
    fn filter_never_panics(input in "[a-zA-Z0-9 '!^$@|\":.\\-éÈ‘’]{0,24}") {
        let articles = seeds();
        let ents = FakeEntities(vec![("Sergei Lavrov", vec!["Lavrov"], vec![0, 2])]);
        if let Ok(q) = parse(&input) {
            let hits = filter(&articles, &q, &ents);
            prop_assert!(hits.iter().all(|h| (h.index as usize) < articles.len()));
            for a in &articles {
                let h = highlight(&q, a);
                prop_assert!(h.title.iter().all(|&i| i < a.title().chars().count()));
                let r = exact_ranges(&q, a.text());
                prop_assert!(r.windows(2).all(|w| w[0].end <= w[1].start));
                prop_assert!(r.iter().all(|r| a.text().is_char_boundary(r.start) && a.text().is_char_boundary(r.end)));
            }
        }
    }
}

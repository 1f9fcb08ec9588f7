//! Properties of the compare core on arbitrary text: nothing panics, every range handed out
//! lies on char boundaries of the text it is for, every compared article is counted once.

use proptest::prelude::*;

use super::*;
use crate::corpus::{Article, ArticleData};
use crate::entities::{Dictionary, Matcher};

/// Text with the characters attribution and shingling look at: quotation marks, dashes,
/// apostrophes, sentence ends, capitals, and anything else.
const TEXT: &str = "(\\PC|[\"“”‘’'\\-—,.;:!?\\n ]|said|told|according to|He|Mr\\.|U\\.S\\.){0,300}";

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn quotes_and_passages_never_panic_and_stay_on_char_boundaries(a in TEXT, b in TEXT) {
        let matcher = Matcher::new(Dictionary::builtin());
        let mentions = matcher.annotate("", &a).text;
        for q in quotes(&a, &mentions, &matcher) {
            prop_assert!(!q.speaker.is_empty() && !q.text.is_empty());
        }
        let (in_a, in_b, share) = shared_passages(&a, &b);
        for r in &in_a {
            prop_assert!(a.is_char_boundary(r.start) && a.is_char_boundary(r.end) && r.start < r.end);
        }
        for r in &in_b {
            prop_assert!(b.is_char_boundary(r.start) && b.is_char_boundary(r.end) && r.start < r.end);
        }
        prop_assert!((0.0..=1.0).contains(&share));
        let sim = signature(&a).similarity(&signature(&b));
        prop_assert!((0.0..=1.0).contains(&sim));
    }

    #[test]
    fn coverage_counts_every_article_once(
        docs in proptest::collection::vec(
            (TEXT, proptest::option::of("[A-Z][a-z]{0,6}"), proptest::option::of("20[0-9]{2}-0[1-9]-[0-2][0-9]")),
            0..8,
        ),
    ) {
        let articles: Vec<Article> = docs
            .iter()
            .map(|(text, source, date)| Article::new(&ArticleData {
                title: "t".into(),
                text: text.clone(),
                source: source.clone(),
                date: date.clone(),
                ..ArticleData::default()
            }))
            .collect();
        let matcher = Matcher::new(Dictionary::builtin());
        let all: Vec<u32> = (0..articles.len() as u32).collect();
        let cov = coverage(&articles, &all, &matcher, None, None, &Progress::default()).unwrap();
        let per_column: u32 = cov.columns.articles.iter().sum();
        prop_assert_eq!(per_column as usize, articles.len());
        let counted: u32 = cov.attention.counts.iter().flatten().sum::<u32>()
            + cov.attention.undated.iter().sum::<u32>();
        prop_assert_eq!(counted as usize, articles.len());
        let copies = find_copies(&articles, &Progress::default()).unwrap();
        for g in &copies.groups {
            prop_assert!(g.members.len() >= 2);
        }
    }
}

//! What the list row and the reader highlight for a query.

use crate::corpus::{Article, ArticleData};
use crate::search::{exact_ranges, highlight, parse};

#[test]
fn row_highlights_are_char_indices_after_non_ascii_text() {
    let a = Article::new(&ArticleData {
        title: "‘true’ Genève talks in Geneva".into(),
        ..Default::default()
    });
    let h = highlight(&parse("geneva").unwrap(), &a);
    let chars: Vec<char> = a.title().chars().collect();
    let picked: String = h.title.iter().map(|&i| chars[i]).collect();
    assert_eq!(picked.to_lowercase(), "geneva");
    // Char indices, not bytes: "‘true’ " is 7 chars but 11 bytes.
    assert!(h.title.iter().all(|&i| i < chars.len()));
    let h = highlight(&parse("ève").unwrap(), &a);
    assert_eq!(h.title, vec![10, 11, 12]);
}

#[test]
fn row_highlights_pick_the_field_that_matched_best_and_skip_negations() {
    let a = Article::new(&ArticleData {
        title: "Obstacles Remain".into(),
        source: Some("GlobalSecurity.org".into()),
        author: Some("William Ide".into()),
        ..Default::default()
    });
    let h = highlight(&parse("william !remain 'obstacles").unwrap(), &a);
    assert_eq!(h.author, vec![0, 1, 2, 3, 4, 5, 6]);
    assert!(h.title.is_empty() && h.source.is_empty());
    let h = highlight(&parse("global | nothing").unwrap(), &a);
    assert_eq!(h.source, vec![0, 1, 2, 3, 4, 5]);
}

#[test]
fn exact_ranges_are_case_insensitive_bytes_on_char_boundaries() {
    let text = "Aleppo, ALEPPO and aleppo’s Genève GENÈVE";
    let q = parse("'aleppo '\"genève\" !'and").unwrap();
    let r = exact_ranges(&q, text);
    let found: Vec<&str> = r.iter().map(|r| &text[r.clone()]).collect();
    assert_eq!(
        found,
        vec!["Aleppo", "ALEPPO", "aleppo", "Genève", "GENÈVE"]
    );
}

#[test]
fn overlapping_exact_hits_merge() {
    let q = parse("'ana 'nan").unwrap();
    assert_eq!(exact_ranges(&q, "banana b"), vec![1..6]);
    let q = parse("'aa").unwrap();
    assert_eq!(exact_ranges(&q, "aaa aa"), vec![0..3, 4..6]);
    assert!(exact_ranges(&parse("!kerry").unwrap(), "kerry").is_empty());
}

#[test]
fn bare_words_highlight_the_words_they_start_in_the_text() {
    let text = "Lavrov’s talks with Kerry; Lavrova and slavrov";
    let found = |q: &str| -> Vec<&str> {
        let r = exact_ranges(&parse(q).unwrap(), text);
        r.iter().map(|r| &text[r.clone()]).collect()
    };
    assert_eq!(found("lav"), vec!["Lavrov", "Lavrova"]);
    assert_eq!(found("ker tal"), vec!["talks", "Kerry"]);
    // No word starts with the typo: the words one typo away show instead.
    assert_eq!(found("lavorv"), vec!["Lavrov", "Lavrova"]);
}

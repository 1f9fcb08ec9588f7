//! The query language as typed into the filter bar: each term kind, quotes, OR, negation,
//! and every error with its message and span.

use crate::search::{DateSpec, QueryErrorKind, TermKind, parse};

/// The groups of a query as (negated, kind) lists, for compact assertions.
fn shape(input: &str) -> Vec<Vec<(bool, TermKind)>> {
    let q = parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
    q.groups()
        .iter()
        .map(|g| {
            g.terms
                .iter()
                .map(|t| (t.negated, t.kind.clone()))
                .collect()
        })
        .collect()
}

fn one(input: &str) -> (bool, TermKind) {
    let mut s = shape(input);
    assert_eq!(s.len(), 1, "{input}");
    assert_eq!(s[0].len(), 1, "{input}");
    s.remove(0).remove(0)
}

fn fuzzy(s: &str) -> TermKind {
    TermKind::Fuzzy(s.into())
}

#[test]
fn each_term_kind() {
    assert_eq!(one("kerry"), (false, fuzzy("kerry")));
    assert_eq!(one("'aleppo"), (false, TermKind::Exact("aleppo".into())));
    assert_eq!(
        one("^syrian"),
        (
            false,
            TermKind::Anchored {
                text: "syrian".into(),
                start: true,
                end: false
            }
        )
    );
    assert_eq!(
        one("talks$"),
        (
            false,
            TermKind::Anchored {
                text: "talks".into(),
                start: false,
                end: true
            }
        )
    );
    assert_eq!(
        one("^deal$"),
        (
            false,
            TermKind::Anchored {
                text: "deal".into(),
                start: true,
                end: true
            }
        )
    );
    assert_eq!(one("@lav"), (false, TermKind::Entity("lav".into())));
    assert_eq!(one("source:tass"), (false, TermKind::Source("tass".into())));
    assert_eq!(
        one("date:2016-09"),
        (false, TermKind::Date(DateSpec::Prefix("2016-09".into())))
    );
    let range = DateSpec::Range {
        from: Some("2016-09-05".into()),
        to: Some("2016-09-08".into()),
    };
    assert_eq!(
        one("date:2016-09-05..2016-09-08"),
        (false, TermKind::Date(range))
    );
    let open = DateSpec::Range {
        from: None,
        to: Some("2016-09-08".into()),
    };
    assert_eq!(one("date:..2016-09-08"), (false, TermKind::Date(open)));
}

#[test]
fn only_source_and_date_are_fields() {
    assert_eq!(one("10:00"), (false, fuzzy("10:00")));
    assert_eq!(one("author:ide"), (false, fuzzy("author:ide")));
    // A lone `$` is something to look for, not an anchor.
    assert_eq!(one("$"), (false, fuzzy("$")));
}

#[test]
fn quotes_keep_spaces_inside_one_term() {
    assert_eq!(
        one("'\"cease fire\""),
        (false, TermKind::Exact("cease fire".into()))
    );
    assert_eq!(
        one("@\"john kerry\""),
        (false, TermKind::Entity("john kerry".into()))
    );
    assert_eq!(one("\"kerry lavrov\""), (false, fuzzy("kerry lavrov")));
    assert_eq!(
        one("source:\"moscow times\""),
        (false, TermKind::Source("moscow times".into()))
    );
    assert_eq!(
        one("!'\"cease fire\""),
        (true, TermKind::Exact("cease fire".into()))
    );
}

#[test]
fn spaces_and_and_or_bind_as_in_fzf() {
    // `a | b c` is (a OR b) AND c.
    assert_eq!(
        shape("a | b c"),
        vec![
            vec![(false, fuzzy("a")), (false, fuzzy("b"))],
            vec![(false, fuzzy("c"))]
        ]
    );
    assert_eq!(
        shape("  a   b  "),
        vec![vec![(false, fuzzy("a"))], vec![(false, fuzzy("b"))]]
    );
    assert_eq!(shape("a | b | c").len(), 1);
    // `|` glued to a word is part of the word.
    assert_eq!(one("a|b"), (false, fuzzy("a|b")));
}

#[test]
fn negation_of_each_kind() {
    assert_eq!(one("!kerry"), (true, fuzzy("kerry")));
    assert_eq!(one("!'aleppo"), (true, TermKind::Exact("aleppo".into())));
    assert_eq!(one("!@putin"), (true, TermKind::Entity("putin".into())));
    assert_eq!(one("!source:tass"), (true, TermKind::Source("tass".into())));
    assert_eq!(
        one("!^x"),
        (
            true,
            TermKind::Anchored {
                text: "x".into(),
                start: true,
                end: false
            }
        )
    );
    assert_eq!(
        one("!x$"),
        (
            true,
            TermKind::Anchored {
                text: "x".into(),
                start: false,
                end: true
            }
        )
    );
    assert_eq!(
        one("!date:2016"),
        (true, TermKind::Date(DateSpec::Prefix("2016".into())))
    );
}

#[test]
fn half_typed_terms_keep_everything() {
    for q in [
        "",
        "   ",
        "!",
        "'",
        "^",
        "!'",
        "\"\"",
        "source:",
        "kerry | '",
    ] {
        let parsed = parse(q).unwrap();
        assert!(parsed.is_empty(), "{q:?} should keep every article");
    }
    assert_eq!(shape("! kerry"), vec![vec![(false, fuzzy("kerry"))]]);
}

#[test]
fn spans_are_the_terms_bytes() {
    let q = parse("‘true’ 'geneva").unwrap();
    let spans: Vec<_> = q.terms().map(|t| t.span.clone()).collect();
    assert_eq!(
        spans,
        vec![0.."‘true’".len(), "‘true’ ".len().."‘true’ 'geneva".len()]
    );
}

/// Asserts the error kind, that the message quotes `value`, and the span.
fn fails(input: &str, kind: QueryErrorKind, value: &str, span: std::ops::Range<usize>) {
    let e = parse(input).expect_err(input);
    assert_eq!(e.kind, kind, "{input}");
    assert!(
        e.message.contains(&format!("'{value}'")),
        "{input}: {}",
        e.message
    );
    assert_eq!(e.to_string(), e.message);
    assert_eq!(e.span, span, "{input}");
}

#[test]
fn every_error_names_the_value_and_its_span() {
    fails(
        "kerry date:yesterday",
        QueryErrorKind::BadDate,
        "yesterday",
        6..20,
    );
    fails("date:2016-13", QueryErrorKind::BadDate, "2016-13", 0..12);
    fails("date:", QueryErrorKind::BadDate, "", 0..5);
    fails(
        "date:2016-09-08..2016-09-05",
        QueryErrorKind::BackwardsDate,
        "2016-09-08..2016-09-05",
        0..27,
    );
    fails("kerry @", QueryErrorKind::EmptyEntity, "@", 6..7);
    fails("!@\"\"", QueryErrorKind::EmptyEntity, "!@\"\"", 0..4);
    fails(
        "a '\"cease fire",
        QueryErrorKind::UnterminatedQuote,
        "'\"cease fire",
        2..14,
    );
    fails("tass |", QueryErrorKind::DanglingOr, "|", 5..6);
    fails("| tass", QueryErrorKind::DanglingOr, "|", 0..1);
    fails("a | | b", QueryErrorKind::DanglingOr, "|", 4..5);
}

#[test]
fn is_terms_name_a_status_and_negate_like_any_term() {
    use crate::search::Status;
    let q = parse("is:unread !is:starred").unwrap();
    let terms: Vec<_> = q.terms().collect();
    assert_eq!(terms[0].kind, TermKind::Is(Status::Unread));
    assert!(!terms[0].negated);
    assert_eq!(terms[1].kind, TermKind::Is(Status::Starred));
    assert!(terms[1].negated);
    // Half-typed, it keeps everything; a typo is an error that names it.
    assert!(parse("is:").unwrap().is_empty());
    let e = parse("kerry is:unred").unwrap_err();
    assert_eq!(e.kind, QueryErrorKind::BadStatus);
    assert!(e.message.contains("'is:unred'"), "{}", e.message);
    assert_eq!(e.span, 6..14);
}

//! The compare view (`c`) on the bundled corpus: what it shows, snapshots of its charts and
//! matrix at fixed sizes, and what its keys do.

mod common;

use std::sync::Arc;

use common::{act, render, seeded, text, type_filter};
use dossier::app::compare::Panel;
use dossier::app::{Action, AppState, Effect};
use dossier::compare::{self, UNKNOWN};

/// Carries out a compare job as the worker would, on this thread.
fn run(state: &mut AppState, effect: Effect) {
    let Effect::Compare(job) = effect else {
        panic!("expected a compare job, got {effect:?}")
    };
    let index = state.index.clone();
    let ents = |i: usize| index.entities_of(i).to_vec();
    let cov = compare::coverage(
        &state.articles,
        &job.subset,
        index.matcher(),
        Some(&ents),
        None,
        &job.progress,
    )
    .expect("not cancelled");
    state.update(Action::Compared {
        generation: job.generation,
        coverage: Arc::new(cov),
    });
}

/// The reader at `width` x `height` with the compare view open and computed.
fn compared(width: u16, height: u16) -> AppState {
    let mut s = seeded(width, height);
    let effect = s.update(Action::ToggleCompare);
    run(&mut s, effect);
    s
}

#[test]
fn five_articles_on_their_dates_by_outlet_the_unknown_apart() {
    let s = compared(120, 40);
    let cov = s.compare.result.as_ref().unwrap();
    let names = &cov.columns.names;
    assert_eq!(names.last().map(String::as_str), Some(UNKNOWN));
    assert!(names.contains(&"TASS".to_string()) && names.contains(&"The Moscow Times".to_string()));
    let att = &cov.attention;
    let counted: u32 = att.counts.iter().flatten().sum::<u32>() + att.undated.iter().sum::<u32>();
    assert_eq!(counted, 5, "every article counted once");
    let day = |d: &str| att.buckets.iter().position(|b| b == d).unwrap();
    assert_eq!(att.totals()[day("2016-09-08")], 2);
    assert_eq!(
        att.counts[names.len() - 1][day("2016-09-09")],
        2,
        "the two of unknown outlet"
    );
}

#[test]
fn lavrov_and_kerry_in_every_column_erdogan_in_one_toner_quoted() {
    let s = compared(120, 40);
    let cov = s.compare.result.as_ref().unwrap();
    let matcher = s.index.matcher();
    let row = |name: &str| {
        cov.matrix
            .rows
            .iter()
            .find(|r| matcher.entity(r.entity).name == name)
            .unwrap_or_else(|| panic!("{name} is in the matrix"))
    };
    for name in ["Sergei Lavrov", "John Kerry"] {
        assert!(row(name).counts.iter().all(|&n| n > 0), "{name}");
    }
    let erdogan = row("Recep Tayyip Erdogan");
    assert_eq!(erdogan.counts.iter().filter(|&&n| n > 0).count(), 1);
    assert!(cov.speakers.iter().any(|sp| sp.name == "Mark Toner"));
}

#[test]
fn snapshot_120x40_compare() {
    insta::assert_snapshot!(text(&render(&compared(120, 40))));
}

#[test]
fn snapshot_200x50_compare() {
    insta::assert_snapshot!(text(&render(&compared(200, 50))));
}

#[test]
fn snapshot_80x24_compare_matrix_then_attention() {
    let mut s = compared(80, 24);
    assert_eq!(s.compare.panel, Panel::Matrix);
    insta::assert_snapshot!("80x24_matrix", text(&render(&s)));
    act(&mut s, Action::FocusPrev);
    insta::assert_snapshot!("80x24_attention", text(&render(&s)));
}

#[test]
fn shares_are_shaded_and_the_selected_cell_stands_out() {
    let s = compared(120, 40);
    let buffer = render(&s);
    // The first matrix row is mentioned by every outlet: its cells have a background.
    let screen = text(&buffer);
    let y = screen.lines().position(|l| l.contains("100%")).unwrap() as u16;
    let line: Vec<&str> = (0..120).map(|x| buffer[(x, y)].symbol()).collect();
    let x = line.join("").find("100%").unwrap() as u16;
    assert_ne!(buffer[(x, y)].bg, ratatui::style::Color::Reset);
}

#[test]
fn enter_on_a_cell_lists_that_outlets_articles_naming_the_entity() {
    let mut s = compared(120, 40);
    let cov = s.compare.result.clone().unwrap();
    let tass = cov.columns.names.iter().position(|n| n == "TASS").unwrap();
    for _ in 0..tass {
        act(&mut s, Action::FocusRight);
    }
    let effect = act(&mut s, Action::Activate);
    let Effect::Filter(query) = effect else {
        panic!("Enter filters, got {effect:?}")
    };
    assert!(query.ends_with("source:\"TASS\""), "{query}");
    assert!(!s.compare.open, "the list shows");
    assert_eq!(s.view.len(), 1);
    assert_eq!(s.articles[s.view[0] as usize].source(), Some("TASS"));
}

#[test]
fn the_view_follows_the_filter_and_quotes_are_one_key_away() {
    let mut s = compared(120, 40);
    act(&mut s, Action::FocusNext);
    assert_eq!(s.compare.panel, Panel::Speakers);
    act(&mut s, Action::Activate);
    assert!(s.compare.quotes);
    let speaker = &s.compare.result.as_ref().unwrap().speakers[0];
    let first_quote = speaker.quotes[0].1.chars().take(30).collect::<String>();
    assert!(text(&render(&s)).contains(&first_quote), "{first_quote}");
    act(&mut s, Action::Back);
    assert!(!s.compare.quotes && s.compare.open);

    // A filter typed while the view is open asks for the new list's coverage.
    type_filter(&mut s, "source:tass");
    let query = s.filter.text.clone();
    let result =
        dossier::search::parse(&query).map(|q| dossier::search::filter(&s.articles, &q, &*s.index));
    let effect = s.update(Action::Filtered(dossier::search::Update {
        query,
        result,
        complete: true,
    }));
    run(&mut s, effect);
    assert_eq!(s.compare.result.as_ref().unwrap().subset.len(), 1);
}

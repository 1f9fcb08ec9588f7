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
    let line = screen.lines().nth(y as usize).unwrap();
    let x = line[..line.find("100%").unwrap()].chars().count() as u16;
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
        settled: true,
    }));
    run(&mut s, effect);
    assert_eq!(s.compare.result.as_ref().unwrap().subset.len(), 1);
}

/// Opens the related view for the selected article and finds them as the worker would.
fn related_open(s: &mut AppState) {
    let Effect::Related(job) = s.update(Action::ToggleRelated) else {
        panic!("r asks for related articles")
    };
    let index = s.index.clone();
    let ents = |i: usize| index.entities_of(i).to_vec();
    let items = compare::related(job.article, &s.articles, &ents, 20);
    s.update(Action::RelatedFound {
        generation: job.generation,
        items,
    });
}

#[test]
fn related_articles_say_why_and_open_side_by_side() {
    let mut s = seeded(120, 40);
    related_open(&mut s);
    let items = s.related.items.clone().unwrap();
    assert_eq!(items.len(), 4, "every other seed shares names with it");
    let screen = text(&render(&s));
    assert!(
        screen.contains("Related to:") && screen.contains("shares "),
        "{screen}"
    );
    act(&mut s, Action::Activate);
    let side = s.related.side.clone().expect("Enter opens side by side");
    assert_eq!(side.articles[1], items[0].article as usize);
    // What only one side mentions is listed, and is really only there.
    for (k, only) in side.only_entities.iter().enumerate() {
        let other = s.index.entities_of(side.articles[1 - k]);
        assert!(only.iter().all(|id| !other.contains(id)));
    }
    assert!(text(&render(&s)).contains("only here:"));
    act(&mut s, Action::Back);
    assert!(s.related.side.is_none() && s.related.open);
    act(&mut s, Action::ToggleRelated);
    assert!(!s.related.open);
}

#[test]
fn shared_passages_are_marked_side_by_side() {
    use dossier::corpus::{Article, ArticleData};
    use dossier::entities::{Dictionary, EntityIndex, Matcher};
    use dossier::ui::theme::{Palette, Theme};
    let wire = "Ministers met in Geneva on Friday to discuss the ceasefire plan. \
                The talks ran late into the night and ended without a joint statement.";
    let data = |title: &str, text: String| ArticleData {
        title: title.into(),
        text,
        ..ArticleData::default()
    };
    let articles: Arc<[Article]> = vec![
        Article::new(&data(
            "Talks in Geneva",
            format!("{wire}\n\nGeneva was calm."),
        )),
        Article::new(&data(
            "Night talks end",
            format!("Reporters waited.\n\n{wire}"),
        )),
    ]
    .into();
    let matcher = Arc::new(Matcher::new(Dictionary::builtin()));
    let index = Arc::new(EntityIndex::new(matcher, articles.clone()));
    let mut s = AppState::new(articles, index, Theme::new(Palette::Indexed), "", None);
    s.update(Action::Resize {
        width: 120,
        height: 30,
    });
    related_open(&mut s);
    act(&mut s, Action::Activate);
    let side = s.related.side.clone().unwrap();
    let a = s.articles[side.articles[0]].text();
    assert_eq!(&a[side.shared[0][0].clone()], &wire[..wire.len() - 1]);
    let buffer = render(&s);
    let marked = Theme::new(Palette::Indexed).shared().bg.unwrap();
    let screen = text(&buffer);
    let y = screen
        .lines()
        .position(|l| l.contains("Ministers met"))
        .unwrap() as u16;
    let line = screen.lines().nth(y as usize).unwrap();
    let x = line[..line.find("Ministers").unwrap()].chars().count() as u16;
    assert_eq!(buffer[(x, y)].bg, marked);
}

#[test]
fn a_rebuilt_entity_index_recomputes_the_open_view() {
    let mut s = compared(120, 40);
    let index = s.index.clone();
    let effect = s.update(Action::Reindexed {
        index,
        message: "names found in the collection are highlighted too".into(),
    });
    assert!(matches!(effect, Effect::Compare(_)), "{effect:?}");
    run(&mut s, effect);
    assert!(s.compare.running.is_none() && s.compare.result.is_some());
}

#[test]
fn the_outline_shows_first_and_never_replaces_a_full_answer() {
    let mut s = seeded(120, 40);
    let Effect::Compare(job) = s.update(Action::ToggleCompare) else {
        panic!("c asks for a comparison")
    };
    let outline = compare::outline(&s.articles, &job.subset, None);
    s.update(Action::Compared {
        generation: job.generation,
        coverage: Arc::new(outline.clone()),
    });
    let screen = text(&render(&s));
    assert!(
        screen.contains("2016-09-04") && screen.contains("finding the entities"),
        "{screen}"
    );
    assert!(s.compare.running.is_some(), "still counting");
    run(&mut s, Effect::Compare(job.clone()));
    assert!(s.compare.result.as_ref().unwrap().complete);
    // A late outline of the same job changes nothing.
    s.update(Action::Compared {
        generation: job.generation,
        coverage: Arc::new(outline),
    });
    assert!(s.compare.result.as_ref().unwrap().complete);
}

/// A result whose far rows are ranked after its count is final arrives twice: the second only
/// reorders the list, keeping the selected article, and asks for no second coverage.
#[test]
fn a_result_ranked_later_only_reorders_the_list() {
    let mut s = seeded(120, 40);
    let effect = s.update(Action::ToggleCompare);
    run(&mut s, effect);
    type_filter(&mut s, "a");
    let query = s.filter.text.clone();
    let hits = dossier::search::filter(
        &s.articles,
        &dossier::search::parse(&query).unwrap(),
        &*s.index,
    );
    assert!(hits.len() >= 3, "the seeds have 'a' in several titles");
    let update = |hits: Vec<dossier::search::Hit>, settled| {
        Action::Filtered(dossier::search::Update {
            query: query.clone(),
            result: Ok(hits),
            complete: true,
            settled,
        })
    };
    // First with the last two rows swapped, as bounds may leave them.
    let mut first = hits.clone();
    let n = first.len();
    first.swap(n - 2, n - 1);
    let effect = s.update(update(first, false));
    assert!(
        matches!(effect, Effect::Compare(_)),
        "the complete answer asks for coverage"
    );
    s.selected = n - 1;
    let chosen = s.view[n - 1];
    assert_eq!(s.update(update(hits.clone(), true)), Effect::None);
    assert_eq!(s.view, hits.iter().map(|h| h.index).collect::<Vec<_>>());
    assert_eq!(
        s.view[s.selected], chosen,
        "the selection follows its article"
    );
}

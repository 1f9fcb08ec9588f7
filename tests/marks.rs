//! Read marks, stars and getting articles out, driven by actions with no terminal: what a
//! user sees change in the list and what the reader asks the outside world to do.

mod common;

use common::{act, render, seeded, text, type_filter};
use dossier::app::{Action, Effect, Pane};
use dossier::state::{Mark, Write};
use ratatui::style::Modifier;

/// The list row (inside the border) showing the article at list position `pos`.
fn row_of(s: &dossier::app::AppState, pos: usize) -> (u16, String) {
    let y = 1 + (pos - s.list_offset) as u16;
    let buf = render(s);
    let line = text(&buf).lines().nth(y as usize).unwrap().to_string();
    (y, line)
}

fn bold_at(s: &dossier::app::AppState, y: u16) -> bool {
    // The title starts after the border and the star column.
    render(s)[(2, y)].modifier.contains(Modifier::BOLD)
}

#[test]
fn an_opened_article_is_read_and_no_longer_bold() {
    let mut s = seeded(120, 40);
    let first = s.current().unwrap();
    assert!(s.unread(first));
    act(&mut s, Action::Down);
    let (y, _) = row_of(&s, 0);
    assert!(bold_at(&s, y), "unread rows are bold");
    // Moving over an article in the list does not read it; opening it does.
    assert!(s.unread(first));
    act(&mut s, Action::Up);
    act(&mut s, Action::Activate);
    assert_eq!(s.focus, Pane::Reader);
    assert!(!s.unread(first));
    act(&mut s, Action::Down); // scrolls the reader
    act(&mut s, Action::FocusLeft);
    act(&mut s, Action::Down);
    let (y, _) = row_of(&s, 0);
    assert!(!bold_at(&s, y), "a read row is not bold");
    assert_eq!(
        s.unsaved,
        [Write::Mark {
            article: first,
            mark: Mark::Read,
            on: true
        }]
        .to_vec()
    );
}

#[test]
fn articles_passing_by_while_a_filter_is_typed_stay_unread() {
    let mut s = seeded(120, 40);
    act(&mut s, Action::Activate);
    let first = s.current().unwrap();
    type_filter(&mut s, "source:tass");
    let shown = s.current().unwrap();
    assert_ne!(shown, first);
    assert!(
        s.unread(shown),
        "typing the filter does not read what it shows"
    );
    act(&mut s, Action::KeepFilter);
    act(&mut s, Action::Activate);
    assert!(!s.unread(shown));
}

#[test]
fn m_marks_unread_again_and_it_stays_so_while_open() {
    let mut s = seeded(120, 40);
    let first = s.current().unwrap();
    act(&mut s, Action::Activate);
    assert!(!s.unread(first));
    act(&mut s, Action::ToggleRead);
    assert!(s.unread(first));
    assert!(s.message.as_ref().unwrap().0.contains("marked unread"));
    // Still in the reader, scrolling: it is not marked read behind the user's back.
    act(&mut s, Action::Down);
    act(&mut s, Action::PageDown);
    assert!(s.unread(first));
    // Opened again later: read.
    act(&mut s, Action::FocusLeft);
    act(&mut s, Action::Activate);
    assert!(!s.unread(first));
}

#[test]
fn f_stars_and_the_list_shows_it() {
    let mut s = seeded(120, 40);
    act(&mut s, Action::Down);
    let second = s.current().unwrap();
    act(&mut s, Action::ToggleStar);
    assert!(s.starred(second));
    assert!(s.message.as_ref().unwrap().0.contains("starred"));
    let (_, line) = row_of(&s, 1);
    assert!(line.starts_with("│★"), "{line}");
    let (_, line) = row_of(&s, 0);
    assert!(line.starts_with("│ "), "{line}");
    act(&mut s, Action::ToggleStar);
    assert!(!s.starred(second));
    assert_eq!(s.unsaved.len(), 2);
}

#[test]
fn is_unread_and_is_starred_filter_by_the_marks() {
    let mut s = seeded(120, 40);
    act(&mut s, Action::Activate); // reads the first
    act(&mut s, Action::FocusLeft);
    act(&mut s, Action::Down);
    act(&mut s, Action::ToggleStar);
    act(&mut s, Action::Down);
    act(&mut s, Action::ToggleStar);
    type_filter(&mut s, "is:starred");
    assert_eq!(s.view.len(), 2);
    type_filter(&mut s, " | !is:unread");
    assert_eq!(s.view.len(), 3, "{}", s.filter.text);
    act(&mut s, Action::ClearFilter);
    type_filter(&mut s, "is:unread");
    assert_eq!(s.view.len(), 4);
    type_filter(&mut s, " !is:starred");
    assert_eq!(s.view.len(), 2);
}

#[test]
fn y_and_o_need_a_url_and_y_copies_it() {
    let mut s = seeded(120, 40);
    // Find an article with a URL and one without.
    let with = (0..s.view.len()).find(|&p| s.articles[s.view[p] as usize].url().is_some());
    let without = (0..s.view.len()).find(|&p| s.articles[s.view[p] as usize].url().is_none());
    let (with, without) = (with.expect("a seed with a URL"), without.unwrap());
    s.selected = with;
    act(&mut s, Action::Down);
    act(&mut s, Action::Up);
    let url = s.articles[s.current().unwrap()].url().unwrap().to_string();
    assert_eq!(
        act(&mut s, Action::CopyUrl),
        Effect::Copy {
            text: url.clone(),
            what: "URL"
        }
    );
    assert_eq!(act(&mut s, Action::OpenUrl), Effect::OpenUrl(url));
    s.selected = without;
    act(&mut s, Action::Down);
    act(&mut s, Action::Up);
    assert_eq!(act(&mut s, Action::CopyUrl), Effect::None);
    assert_eq!(s.message.as_ref().unwrap().0, "this article has no URL");
    assert_eq!(act(&mut s, Action::OpenUrl), Effect::None);
}

#[test]
fn upper_y_copies_the_article_as_markdown() {
    let mut s = seeded(120, 40);
    let a = &s.articles[s.current().unwrap()];
    let title = a.title().to_string();
    match act(&mut s, Action::CopyArticle) {
        Effect::Copy { text, what } => {
            assert_eq!(what, "article as Markdown");
            assert!(text.starts_with(&format!("# {title}\n\n")), "{text}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn w_asks_to_write_the_filtered_list_in_its_order() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "source:tass | source:moscow");
    let view = s.view.clone();
    assert_eq!(view.len(), 2);
    assert_eq!(act(&mut s, Action::Export), Effect::Export(view));
    act(&mut s, Action::ClearFilter);
    type_filter(&mut s, "zzzzqx");
    assert_eq!(act(&mut s, Action::Export), Effect::None);
    assert!(s.message.as_ref().unwrap().0.contains("matches none"));
}

#[test]
fn a_session_arriving_late_does_not_undo_what_the_user_began() {
    let mut s = seeded(120, 40);
    let third = s.view[2] as usize;
    // Arrives before any key: filter and article restored.
    let effect = s.restore_session("source:tass | kerry", Some(third));
    assert_eq!(effect, Effect::Filter("source:tass | kerry".into()));
    let mut s2 = seeded(120, 40);
    act(&mut s2, Action::Down);
    type_filter(&mut s2, "geneva");
    // Arrives after the user began typing a filter: nothing changes.
    assert_eq!(s2.restore_session("source:tass", Some(third)), Effect::None);
    assert_eq!(s2.filter.text, "geneva");
    // No filter saved: the article alone is selected.
    let mut s3 = seeded(120, 40);
    assert_eq!(s3.restore_session("", Some(third)), Effect::None);
    assert_eq!(s3.current(), Some(third));
}

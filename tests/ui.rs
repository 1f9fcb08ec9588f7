//! Rendering: TestBackend snapshots at fixed sizes (text), and entity styles read off the
//! buffer cells (colour that a text snapshot cannot see).

mod common;

use common::{act, render, seeded, text, type_filter, with_palette};
use dossier::app::Action;
use dossier::entities::Kind;
use dossier::ui::theme::{Palette, Theme};
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

#[test]
fn snapshot_120x40_first_article() {
    insta::assert_snapshot!(text(&render(&seeded(120, 40))));
}

#[test]
fn snapshot_80x24_first_article() {
    insta::assert_snapshot!(text(&render(&seeded(80, 24))));
}

#[test]
fn snapshot_79x24_one_pane_reader() {
    let mut s = seeded(79, 24);
    act(&mut s, Action::Activate);
    insta::assert_snapshot!(text(&render(&s)));
}

#[test]
fn snapshot_120x40_entity_panel() {
    let mut s = seeded(120, 40);
    act(&mut s, Action::ToggleEntities);
    insta::assert_snapshot!(text(&render(&s)));
}

#[test]
fn snapshot_80x24_help() {
    let mut s = seeded(80, 24);
    act(&mut s, Action::ToggleHelp);
    insta::assert_snapshot!(text(&render(&s)));
}

#[test]
fn snapshot_120x40_filtered() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "geneva");
    insta::assert_snapshot!(text(&render(&s)));
}

/// The cells where `word` is drawn, first occurrence in the reader (right of the list).
fn cells_of(buffer: &Buffer, from_x: u16, word: &str) -> Vec<(u16, u16)> {
    let area = buffer.area;
    for y in 0..area.height {
        let row: String = (from_x..area.width)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect();
        if let Some(at) = row.find(word) {
            let col = from_x + row[..at].chars().count() as u16;
            return (col..col + word.chars().count() as u16)
                .map(|x| (x, y))
                .collect();
        }
    }
    panic!("'{word}' not on screen:\n{}", text(buffer));
}

#[test]
fn entities_are_coloured_by_kind_in_the_reader() {
    let s = seeded(120, 40);
    let buffer = render(&s);
    let reader_x = s.areas().reader.unwrap().x;
    let theme = Theme::new(Palette::Indexed);
    for (word, kind) in [("Lavrov", Kind::Person), ("Geneva", Kind::Place)] {
        for (x, y) in cells_of(&buffer, reader_x, word) {
            assert_eq!(
                buffer[(x, y)].bg,
                theme.entity(kind).bg.unwrap(),
                "'{word}' at {x},{y}"
            );
        }
    }
}

#[test]
fn without_colour_entities_still_show_their_kind() {
    let s = with_palette(120, 40, Palette::Mono);
    let buffer = render(&s);
    let reader_x = s.areas().reader.unwrap().x;
    let (x, y) = cells_of(&buffer, reader_x, "Lavrov")[0];
    assert!(
        buffer[(x, y)].modifier.contains(Modifier::BOLD),
        "a person is bold"
    );
    assert_eq!(buffer[(x, y)].bg, ratatui::style::Color::Reset);
    let (x, y) = cells_of(&buffer, reader_x, "Geneva")[0];
    assert!(
        buffer[(x, y)].modifier.contains(Modifier::ITALIC),
        "a place is italic"
    );
}

#[test]
fn fuzzy_matched_letters_are_highlighted_in_the_list() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "obstacles");
    let buffer = render(&s);
    let marked = (1..s.areas().list.unwrap().width)
        .filter(|&x| buffer[(x, 1)].modifier.contains(Modifier::UNDERLINED))
        .count();
    assert_eq!(
        marked,
        9,
        "the nine letters of 'obstacles' in the first row:\n{}",
        text(&buffer)
    );
}

#[test]
fn exact_search_hits_are_highlighted_and_n_jumps_to_them() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "'aleppo");
    act(&mut s, Action::KeepFilter);
    assert!(!s.reader.doc.hits.is_empty());
    act(&mut s, Action::NextHit);
    let hit = s.reader.current.clone().expect("n finds a hit");
    assert_eq!(s.reader.doc.text[hit].to_lowercase(), "aleppo");
}

#[test]
fn wide_characters_keep_the_columns_aligned() {
    use dossier::corpus::{Article, ArticleData};
    use dossier::entities::{Dictionary, EntityIndex, Matcher};
    use std::sync::Arc;
    let articles: Arc<[Article]> = vec![
        Article::new(&ArticleData {
            id: "a".into(),
            title: "日本の新聞 🎉 記事のタイトル, very long so that it is cut".into(),
            date: Some("2016-09-09".into()),
            source: Some("朝日新聞".into()),
            text: "本文 🎉 text".into(),
            ..Default::default()
        }),
        Article::new(&ArticleData {
            id: "b".into(),
            title: "Plain title".into(),
            date: Some("2016-09-08".into()),
            source: Some("TASS".into()),
            text: "body".into(),
            ..Default::default()
        }),
    ]
    .into();
    let index = Arc::new(EntityIndex::new(
        Arc::new(Matcher::new(Dictionary::builtin())),
        articles.clone(),
    ));
    let mut s = dossier::app::AppState::new(articles, index, Theme::new(Palette::Mono), "", None);
    s.update(Action::Resize {
        width: 100,
        height: 10,
    });
    let screen = text(&render(&s));
    let rows: Vec<&str> = screen.lines().collect();
    // The date column starts at the same display column on both rows.
    let col =
        |row: &str| unicode_width::UnicodeWidthStr::width(&row[..row.find("2016-09-0").unwrap()]);
    assert_eq!(col(rows[1]), col(rows[2]), "\n{screen}");
    // The right border of the list is in the same column on every row.
    let border = |row: &str| unicode_width::UnicodeWidthStr::width(&row[..row.find("││").unwrap()]);
    assert_eq!(border(rows[1]), border(rows[2]), "\n{screen}");
    assert_eq!(border(rows[1]), border(rows[5]), "\n{screen}");
}

#[test]
fn snapshot_100x30_titles_get_45_columns_and_the_source_shows() {
    insta::assert_snapshot!(text(&render(&seeded(100, 30))));
}

#[test]
fn snapshot_60x20_help_wraps_under_its_keys() {
    let mut s = seeded(60, 20);
    act(&mut s, Action::ToggleHelp);
    for _ in 0..8 {
        act(&mut s, Action::Down);
    }
    insta::assert_snapshot!(text(&render(&s)));
}

#[test]
fn the_entity_count_column_fits_the_largest_count() {
    let mut s = seeded(120, 40);
    act(&mut s, Action::ToggleEntities);
    let buffer = render(&s);
    let panel = s.areas().entities.unwrap();
    let rows: Vec<String> = (panel.y + 1..panel.bottom() - 1)
        .map(|y| {
            (panel.x + 1..panel.right() - 1)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect()
        })
        .collect();
    // The header's `n` sits over the counts' last digit, and every count ends there.
    let end = rows[0].trim_end().chars().count();
    for row in rows.iter().skip(1).filter(|r| !r.trim().is_empty()) {
        assert_eq!(row.trim_end().chars().count(), end, "'{row}'");
    }
}

#[test]
fn snapshot_80x24_entity_view() {
    let mut s = seeded(80, 24);
    common::open_entity_view(&mut s);
    insta::assert_snapshot!(text(&render(&s)));
}

#[test]
fn snapshot_80x24_entity_names_offered_above_the_filter_bar() {
    let mut s = seeded(80, 24);
    type_filter(&mut s, "geneva @ker");
    insta::assert_snapshot!(text(&render(&s)));
}

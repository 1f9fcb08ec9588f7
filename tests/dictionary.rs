//! The entity panel's dictionary keys end to end: `update` asks for the edit, the effect
//! function edits a user file in a temporary folder (never the real config), the rebuilt index
//! comes back as an action, and what a user sees changes at once.

mod common;

use common::{act, render, screen, text, type_filter};
use dossier::app::{Action, AppState, Effect, UserDictionary};
use dossier::corpus::{Article, ArticleData};
use dossier::entities::{self, DictEdit, Dictionary, EntityIndex, Kind, Origin};
use dossier::ui::theme::{Palette, Theme};
use ratatui::style::Modifier;
use std::path::Path;
use std::sync::Arc;

/// Articles naming people and bodies the built-in dictionary lacks, in mid-sentence.
fn articles() -> Arc<[Article]> {
    let texts = [
        "Trade minister Patricia Hewitt met union leaders in London on Monday. Officials said \
         Patricia Hewitt would speak again. The Zorvex Alliance said it was pleased.",
        "Speaking in Leeds, Patricia Hewitt said the plan was sound. Critics at the \
         Zorvex Alliance disagreed, and Hewitt replied on Tuesday.",
        "The Zorvex Alliance, a lobby group, wrote to Patricia Hewitt about the budget.",
    ];
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| {
            Article::new(&ArticleData {
                title: format!("Budget talks, day {}", i + 1),
                date: Some(format!("2005-03-0{}", i + 1)),
                text: t.to_string(),
                ..Default::default()
            })
        })
        .collect()
}

/// A reader over [`articles`] with names found, and the user's dictionary at `path`.
fn reader(path: &Path, palette: Palette) -> (AppState, UserDictionary) {
    let articles = articles();
    let base = Dictionary::builtin();
    let matcher = Arc::new(entities::matcher_for(base.clone(), &articles));
    let index = Arc::new(EntityIndex::new(matcher, articles.clone()));
    let mut state = AppState::new(articles, index, Theme::new(palette), "", None);
    state.update(Action::Resize {
        width: 120,
        height: 40,
    });
    (state, UserDictionary::new(Some(path.to_path_buf()), base))
}

/// Opens the entity panel on the article with the most found names and selects `name`.
fn select(state: &mut AppState, name: &str) {
    if !state.show_entities {
        act(state, Action::ToggleEntities);
    }
    act(state, Action::First);
    for _ in 0..state.entity_rows().len() {
        let id = state.selected_entity().unwrap();
        if state.index.matcher().entity(id).name == name {
            return;
        }
        act(state, Action::Down);
    }
    panic!("{name:?} is not in the panel:\n{}", screen(state));
}

/// Carries out an effect as the event loop does, the rebuild included (here, not on a thread).
fn carry_out(state: &mut AppState, user: &mut UserDictionary, effect: Effect) {
    let Effect::EditDictionary(edit) = effect else {
        panic!("expected a dictionary edit, got {effect:?}");
    };
    match user.edit(&edit) {
        Ok(message) => {
            let index = user.index(state.articles.clone());
            state.update(Action::Reindexed { index, message });
        }
        Err(text) => {
            state.update(Action::Message { text, error: true });
        }
    }
}

fn origin_of(state: &AppState, name: &str) -> Option<Origin> {
    let m = state.index.matcher();
    m.entities()
        .iter()
        .find(|e| e.name == name)
        .map(|e| e.origin)
}

const USER: &str = "# my own names\n\
not_names = []   # nothing yet\n\
\n\
# a friend\n\
[[entity]]\n\
name = \"Ann Example\"\n\
kind = \"person\"   # really\n";

#[test]
fn adding_a_found_name_keeps_the_file_and_highlights_it_as_a_dictionary_name() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dossier/entities.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, USER).unwrap();
    let (mut s, mut user) = reader(&path, Palette::Indexed);
    assert_eq!(origin_of(&s, "Zorvex Alliance"), Some(Origin::Corpus));
    select(&mut s, "Zorvex Alliance");
    // `t` cycles the kind, shown in the panel before adding.
    let before = s.kind_of(s.selected_entity().unwrap());
    act(&mut s, Action::CycleKind);
    let mut kind = s.kind_of(s.selected_entity().unwrap());
    assert_ne!(kind, before);
    while kind != Kind::Org {
        act(&mut s, Action::CycleKind);
        kind = s.kind_of(s.selected_entity().unwrap());
    }
    let panel = screen(&s);
    let row = panel
        .lines()
        .find_map(|l| l.split("Zorvex Alliance~").nth(1));
    assert!(
        row.is_some_and(|rest| rest.trim_start().starts_with("org")),
        "marked and of the chosen kind:\n{panel}"
    );
    let effect = act(&mut s, Action::AddEntity);
    carry_out(&mut s, &mut user, effect);

    let file = std::fs::read_to_string(&path).unwrap();
    assert!(file.starts_with(USER), "comments and entries kept:\n{file}");
    assert!(
        file.ends_with("\n[[entity]]\nname = \"Zorvex Alliance\"\nkind = \"org\"\n"),
        "{file}"
    );
    assert_eq!(origin_of(&s, "Zorvex Alliance"), Some(Origin::Dictionary));
    let id = s.selected_entity().unwrap();
    assert_eq!(s.index.matcher().entity(id).name, "Zorvex Alliance");
    assert_eq!(s.kind_of(id), Kind::Org);
    let shown = screen(&s);
    // No `~` now: a dictionary name.
    let row = shown
        .lines()
        .find_map(|l| l.split("Zorvex Alliance").nth(1));
    assert!(
        row.is_some_and(|rest| rest.trim_start().starts_with("org")),
        "{shown}"
    );
    assert!(shown.contains("added 'Zorvex Alliance' (org)"), "{shown}");
    // The file loads as the reader's next start would read it.
    let dict = Dictionary::load(&entities::DictOptions {
        builtin: false,
        files: Vec::new(),
        config: Some(path.clone()),
    })
    .unwrap();
    assert_eq!(dict.len(), 2);
}

#[test]
fn not_a_name_appends_to_not_names_and_the_name_is_no_longer_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("dossier/entities.toml");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, USER).unwrap();
    let (mut s, mut user) = reader(&path, Palette::Indexed);
    select(&mut s, "Patricia Hewitt");
    let effect = act(&mut s, Action::NotAName);
    carry_out(&mut s, &mut user, effect);
    let file = std::fs::read_to_string(&path).unwrap();
    assert!(
        file.contains("not_names = [\"Patricia Hewitt\"]   # nothing yet\n"),
        "{file}"
    );
    assert!(file.contains("# a friend\n[[entity]]\nname = \"Ann Example\""));
    assert_eq!(origin_of(&s, "Patricia Hewitt"), None);
    assert!(s.index.matcher().resolve_prefix("patricia").is_empty());
    assert!(!screen(&s).contains("Patricia Hewitt~"));
}

#[test]
fn a_file_that_does_not_parse_is_left_byte_for_byte_and_the_status_bar_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entities.toml");
    let bad = b"# mine\n[[entity]]\nname = \"X\"\nkind = person\n";
    std::fs::write(&path, bad).unwrap();
    let (mut s, mut user) = reader(&path, Palette::Indexed);
    select(&mut s, "Zorvex Alliance");
    let effect = act(&mut s, Action::AddEntity);
    carry_out(&mut s, &mut user, effect);
    assert_eq!(std::fs::read(&path).unwrap(), bad);
    assert_eq!(origin_of(&s, "Zorvex Alliance"), Some(Origin::Corpus));
    let shown = screen(&s);
    assert!(shown.contains("line 4"), "{shown}");
    assert!(shown.contains("not changed, '"), "{shown}");
}

#[test]
fn a_folder_that_cannot_be_made_is_said_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    // A file where the config folder should be: no folder can be made there, whoever runs the
    // test (root too, for whom permission bits do not count).
    let blocker = dir.path().join("config");
    std::fs::write(&blocker, "mine").unwrap();
    let path = blocker.join("dossier/entities.toml");
    let (mut s, mut user) = reader(&path, Palette::Indexed);
    select(&mut s, "Zorvex Alliance");
    let effect = act(&mut s, Action::AddEntity);
    carry_out(&mut s, &mut user, effect);
    let shown = screen(&s);
    assert!(
        shown.contains(&format!("not changed, '{}': ", path.display())),
        "{shown}"
    );
    assert_eq!(origin_of(&s, "Zorvex Alliance"), Some(Origin::Corpus));
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "mine");
}

#[test]
fn a_dictionary_name_is_already_in_the_dictionary() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entities.toml");
    let (mut s, _) = reader(&path, Palette::Indexed);
    select(&mut s, "London");
    for action in [Action::AddEntity, Action::NotAName] {
        assert_eq!(act(&mut s, action), Effect::None);
        assert!(screen(&s).contains("'London' is already in the dictionary"));
    }
    assert!(!path.exists(), "nothing written");
    // And the keys do nothing outside the entity panel.
    act(&mut s, Action::FocusLeft);
    assert_eq!(act(&mut s, Action::AddEntity), Effect::None);
}

#[test]
fn a_missing_file_is_created_and_names_with_quotes_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config/dossier/entities.toml");
    let (_, mut user) = reader(&path, Palette::Indexed);
    let odd = entities::Entity {
        name: "O'Brien \"Sons\" \\ Co".into(),
        kind: Kind::Org,
        aliases: Vec::new(),
        short: Vec::new(),
        origin: Origin::Corpus,
    };
    user.edit(&DictEdit::Add(odd)).unwrap();
    let file = std::fs::read_to_string(&path).unwrap();
    let dict = Dictionary::parse(&file, "x").unwrap();
    assert_eq!(dict.entities()[0].name, "O'Brien \"Sons\" \\ Co");
}

#[test]
fn found_names_are_underlined_in_colour_and_dim_without() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("entities.toml");
    for (palette, found) in [
        (Palette::Indexed, Modifier::UNDERLINED),
        (Palette::Mono, Modifier::DIM),
    ] {
        let (mut s, _) = reader(&path, palette);
        select(&mut s, "Zorvex Alliance");
        let buffer = render(&s);
        let style_at = |word: &str, from_x: u16, to_x: u16| {
            for y in 0..buffer.area.height {
                let row: String = (from_x..to_x)
                    .map(|x| buffer[(x, y)].symbol().to_string())
                    .collect();
                if let Some(at) = row.find(word) {
                    let x = from_x + row[..at].chars().count() as u16;
                    return buffer[(x, y)].style();
                }
            }
            panic!("{word:?} not drawn:\n{}", text(&buffer));
        };
        let reader = s.areas().reader.unwrap();
        let panel = s.areas().entities.unwrap();
        let (r0, r1) = (reader.x, reader.right());
        let (p0, p1) = (panel.x + 1, panel.right() - 1);
        for (from, to) in [(r0, r1), (p0, p1)] {
            let zorvex = style_at("Zorvex", from, to);
            let leeds = style_at("London", from, to);
            assert!(
                zorvex.add_modifier.contains(found),
                "{palette:?} {zorvex:?}"
            );
            assert!(!leeds.add_modifier.contains(found), "{palette:?} {leeds:?}");
            if palette == Palette::Indexed {
                assert_eq!(
                    zorvex.bg,
                    s.theme
                        .entity(s.kind_of(s.index.matcher().resolve_prefix("zorvex")[0]))
                        .bg
                );
            }
        }
    }
}

#[test]
fn an_at_name_that_names_nothing_suggests_the_nearest() {
    let mut s = common::seeded(120, 40);
    type_filter(&mut s, "@lavorv");
    let shown = screen(&s);
    assert!(
        shown.contains("no entity '@lavorv' — did you mean Sergei Lavrov"),
        "{shown}"
    );
    // A name that matches clears it.
    for _ in 0..3 {
        act(&mut s, Action::Edit(dossier::app::Edit::Backspace));
    }
    assert!(s.filter_hint.is_none());
    assert!(!screen(&s).contains("no entity"));
    act(&mut s, Action::ClearFilter);
    type_filter(&mut s, "qqqqqq");
    assert_eq!(s.filter_hint, None, "a word, not an @name");
}

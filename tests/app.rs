//! The reader driven by actions, no terminal: what a user would see change.

mod common;

use common::{act, screen, seeded, type_filter};
use dossier::app::{Action, Edit, Effect, Pane};

#[test]
fn j_selects_the_next_article_and_the_reader_follows() {
    let mut s = seeded(120, 40);
    let first = s.current().unwrap();
    act(&mut s, Action::Down);
    let second = s.current().unwrap();
    assert_ne!(first, second);
    assert!(screen(&s).contains(&s.articles[second].title()[..30]));
    act(&mut s, Action::Up);
    assert_eq!(s.current(), Some(first));
}

#[test]
fn the_list_is_newest_first() {
    let s = seeded(120, 40);
    let dates: Vec<_> = s
        .view
        .iter()
        .map(|&i| s.articles[i as usize].date().map(str::to_string))
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);
}

#[test]
fn focus_moves_between_panes_and_enter_reads() {
    let mut s = seeded(120, 40);
    assert_eq!(s.focus, Pane::List);
    act(&mut s, Action::Activate);
    assert_eq!(s.focus, Pane::Reader);
    act(&mut s, Action::FocusLeft);
    assert_eq!(s.focus, Pane::List);
    act(&mut s, Action::FocusNext);
    act(&mut s, Action::FocusNext);
    assert_eq!(
        s.focus,
        Pane::List,
        "Tab wraps round when the entity panel is hidden"
    );
    act(&mut s, Action::ToggleEntities);
    assert_eq!(s.focus, Pane::Entities);
}

#[test]
fn space_pages_the_reader_from_the_list() {
    let mut s = seeded(120, 20);
    assert_eq!(s.reader.scroll, 0);
    act(&mut s, Action::PageDown);
    assert!(s.reader.scroll > 0);
    assert_eq!(s.focus, Pane::List, "wide layout keeps the focus");
    act(&mut s, Action::PageUp);
    assert_eq!(s.reader.scroll, 0);
}

#[test]
fn narrow_terminals_show_one_pane_and_enter_switches_to_the_reader() {
    let mut s = seeded(60, 20);
    let list_screen = screen(&s);
    assert!(list_screen.contains("Articles"));
    assert!(!list_screen.contains("Reader"));
    act(&mut s, Action::Activate);
    let reader_screen = screen(&s);
    assert!(reader_screen.contains("Reader"));
    assert!(!reader_screen.contains("Articles"));
}

#[test]
fn g_and_shift_g_go_to_first_and_last() {
    let mut s = seeded(120, 40);
    act(&mut s, Action::Last);
    assert_eq!(s.selected, s.view.len() - 1);
    act(&mut s, Action::First);
    assert_eq!(s.selected, 0);
}

#[test]
fn typing_a_filter_narrows_and_esc_clears() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "source:tass");
    assert_eq!(s.view.len(), 1);
    assert!(screen(&s).contains("1/5"));
    act(&mut s, Action::ClearFilter);
    assert_eq!(s.view.len(), 5);
    assert!(s.filter.text.is_empty());
}

#[test]
fn a_bad_query_shows_an_error_and_keeps_the_list() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "date:2016-09");
    assert!(s.filter_error.is_none());
    let before = s.view.clone();
    assert_eq!(before.len(), 5);
    act(&mut s, Action::ClearFilter);
    type_filter(&mut s, "date:yesterday");
    assert!(s.filter_error.is_some());
    assert!(screen(&s).contains("'yesterday'"), "{}", screen(&s));
}

#[test]
fn enter_on_an_entity_filters_by_it() {
    let mut s = seeded(120, 40);
    act(&mut s, Action::ToggleEntities);
    let rows = s.entity_rows();
    assert!(!rows.is_empty());
    let name = s.index.matcher().entity(rows[0].0).name.clone();
    let effect = act(&mut s, Action::Activate);
    assert_eq!(effect, Effect::Filter(format!("@\"{name}\"")));
    assert_eq!(s.filter.text, format!("@\"{name}\""));
    assert!(screen(&s).contains(&format!("/@\"{name}\"")));
    assert_eq!(s.focus, Pane::List);
}

#[test]
fn n_jumps_to_the_next_mention_of_the_selected_entity() {
    let mut s = seeded(120, 12);
    act(&mut s, Action::ToggleEntities);
    let (id, count) = s.entity_rows()[0];
    assert!(count >= 2);
    act(&mut s, Action::NextHit);
    let first = s.reader.current.clone().expect("a mention");
    act(&mut s, Action::NextHit);
    let second = s.reader.current.clone().expect("a mention");
    assert!(second.start > first.start);
    assert!(
        s.reader
            .doc
            .entities
            .iter()
            .any(|e| e.entity == id && e.range == second)
    );
    // The mention is on screen.
    let line = s.reader.line_of(second.start);
    assert!(line >= s.reader.scroll && line < s.reader.scroll + s.reader.height);
    act(&mut s, Action::PrevHit);
    assert_eq!(s.reader.current, Some(first));
}

#[test]
fn n_steps_through_the_filters_words_and_says_which_hit_it_is_on() {
    let mut s = seeded(120, 12);
    type_filter(&mut s, "lavrov");
    act(&mut s, Action::KeepFilter);
    let doc = &s.reader.doc;
    let words = doc.hits.len();
    assert!(words >= 2, "{words}");
    act(&mut s, Action::NextHit);
    let first = s.reader.current.clone().expect("a hit");
    assert!(
        s.reader.doc.text[first.clone()]
            .to_lowercase()
            .starts_with("lavrov")
    );
    assert_eq!(s.message, Some((format!("hit 1/{words}"), false)));
    act(&mut s, Action::NextHit);
    assert_eq!(s.message, Some((format!("hit 2/{words}"), false)));
    assert!(screen(&s).contains(&format!("hit 2/{words}")));
    act(&mut s, Action::PrevHit);
    assert_eq!(s.reader.current, Some(first));
    // A word the article does not have: nothing to step to, and the status bar says so.
    let mut s = seeded(120, 12);
    type_filter(&mut s, "'zzzz");
    act(&mut s, Action::KeepFilter);
    act(&mut s, Action::NextHit);
    assert_eq!(s.message, Some(("no hit in this article".into(), false)));
}

#[test]
fn n_steps_through_an_at_name_with_the_entity_panel_closed() {
    let mut s = seeded(120, 12);
    type_filter(&mut s, "@lavrov");
    act(&mut s, Action::KeepFilter);
    assert!(!s.show_entities);
    act(&mut s, Action::NextHit);
    let at = s.reader.current.clone().expect("a mention");
    let name = &s.reader.doc.text[at.clone()];
    assert!(name.contains("Lavrov"), "{name}");
    assert!(
        s.message
            .as_ref()
            .is_some_and(|(m, _)| m.starts_with("hit 1/"))
    );
}

#[test]
fn filter_line_editing_keys_work() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "kerry lavrov");
    act(&mut s, Action::Edit(Edit::DeleteWord));
    assert_eq!(s.filter.text, "kerry ");
    act(&mut s, Action::Edit(Edit::ClearToStart));
    assert_eq!(s.filter.text, "");
    assert_eq!(s.view.len(), 5);
}

#[test]
fn clicks_select_rows_and_wheel_scrolls_the_pane_under_the_pointer() {
    let mut s = seeded(120, 40);
    // Row 0 is the border; row 3 is the third article.
    act(&mut s, Action::Click { column: 5, row: 3 });
    assert_eq!(s.selected, 2);
    let reader_x = s.areas().reader.unwrap().x + 5;
    act(
        &mut s,
        Action::Wheel {
            column: reader_x,
            row: 10,
            down: true,
        },
    );
    assert!(s.reader.scroll > 0);
    assert_eq!(s.focus, Pane::List, "the wheel does not move focus");
    act(
        &mut s,
        Action::Click {
            column: reader_x,
            row: 10,
        },
    );
    assert_eq!(s.focus, Pane::Reader);
}

#[test]
fn help_opens_and_closes() {
    let mut s = seeded(80, 24);
    act(&mut s, Action::ToggleHelp);
    assert!(screen(&s).contains("Help"));
    act(&mut s, Action::Down); // scrolls the help, not the list
    assert_eq!(s.selected, 0);
    let top = screen(&s);
    assert!(
        !top.contains("closes this help"),
        "the end is below the fold at 24 rows:\n{top}"
    );
    for _ in 0..40 {
        act(&mut s, Action::Down);
    }
    let bottom = screen(&s);
    assert!(bottom.contains("source contains it"), "{bottom}");
    assert!(bottom.contains("closes this help"), "{bottom}");
    act(&mut s, Action::ToggleHelp);
    assert!(!screen(&s).contains(" Help "));
}

#[test]
fn drawing_never_panics_at_any_size() {
    let mut s = seeded(120, 40);
    act(&mut s, Action::ToggleEntities);
    type_filter(&mut s, "ly");
    for w in 0..=90u16 {
        for h in 0..=12u16 {
            act(
                &mut s,
                Action::Resize {
                    width: w,
                    height: h,
                },
            );
            let _ = screen(&s);
            act(&mut s, Action::ToggleHelp);
            let _ = screen(&s);
            act(&mut s, Action::ToggleHelp);
        }
    }
}

#[test]
fn angle_brackets_move_the_split_and_z_zooms_the_focused_pane() {
    let mut s = seeded(120, 40);
    let list_w = |s: &dossier::app::AppState| s.areas().list.unwrap().width;
    let before = list_w(&s);
    act(&mut s, Action::ShrinkList);
    let narrower = list_w(&s);
    assert!(narrower < before, "{narrower} < {before}");
    assert_eq!(
        s.split.list_percent,
        Some(50),
        "the default 69 of 120, to the step, less one"
    );
    act(&mut s, Action::GrowList);
    act(&mut s, Action::GrowList);
    assert!(list_w(&s) > before);
    // The reader wraps at its new width.
    assert_eq!(s.reader.width, s.areas().reader.unwrap().width as usize - 4);

    act(&mut s, Action::Activate);
    act(&mut s, Action::Zoom);
    let a = s.areas();
    assert_eq!((a.list, a.reader.map(|r| r.width)), (None, Some(120)));
    act(&mut s, Action::Zoom);
    assert!(s.areas().list.is_some());
}

#[test]
fn ctrl_d_pages_half_a_screen() {
    let mut s = seeded(120, 20);
    let height = s.reader.height;
    act(&mut s, Action::HalfPageDown);
    assert_eq!(s.reader.scroll, height / 2);
    act(&mut s, Action::PageDown);
    assert_eq!(s.reader.scroll, height / 2 + height - 2);
    act(&mut s, Action::HalfPageUp);
    assert_eq!(s.reader.scroll, height - 2);
}

#[test]
fn the_load_warning_gives_way_to_the_key_hints_and_bang_shows_every_warning() {
    let mut s = seeded(120, 40);
    s.notice =
        Some("2 records skipped ('x.jsonl' line 2 skipped: expected value; and 1 more)".into());
    s.warnings = vec![
        "'x.jsonl' line 2 skipped: expected value".into(),
        "'x.jsonl' line 9 skipped: not an article object".into(),
    ];
    let status = |s: &dossier::app::AppState| screen(s).lines().last().unwrap().to_string();
    assert!(status(&s).contains("line 2 skipped"), "{}", status(&s));
    act(&mut s, Action::Down);
    assert!(!status(&s).contains("line 2 skipped"), "{}", status(&s));
    assert!(status(&s).contains("Enter read"), "{}", status(&s));
    assert!(status(&s).contains("! 2 warnings"), "{}", status(&s));

    act(&mut s, Action::ToggleWarnings);
    let shown = screen(&s);
    assert!(
        shown.contains("line 9 skipped: not an article object"),
        "{shown}"
    );
    act(&mut s, Action::Down);
    assert!(
        !screen(&s).contains("line 2 skipped"),
        "scrolled past the first"
    );
    let selected = s.selected;
    act(&mut s, Action::ToggleWarnings);
    assert!(!screen(&s).contains("Warnings"));
    assert_eq!(
        s.selected, selected,
        "j scrolled the warnings, not the list"
    );
}

#[test]
fn a_term_that_does_not_parse_keeps_the_last_good_results() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "^lavrov");
    let good = s.view.clone();
    assert!(good.len() < s.articles.len(), "{good:?}");
    // "date" alone is a fuzzy word that matches other articles; "date:y..." is a bad date.
    for c in " date:yesterday".chars() {
        act(&mut s, Action::Edit(Edit::Insert(c)));
    }
    assert!(s.filter_error.is_some());
    assert_eq!(
        s.view, good,
        "the results of '^lavrov', not of '^lavrov date'"
    );
    assert_eq!(s.applied, "^lavrov");
    let bar = screen(&s);
    assert!(bar.contains("bad date 'yesterday'"), "{bar}");
    // Mended, the term applies.
    for _ in 0.."yesterday".len() {
        act(&mut s, Action::Edit(Edit::Backspace));
    }
    for c in "2016-09-08".chars() {
        act(&mut s, Action::Edit(Edit::Insert(c)));
    }
    assert!(s.filter_error.is_none());
    assert!(s.view.len() <= good.len());
}

fn open_entity_view(s: &mut dossier::app::AppState) {
    let counting = common::open_entity_view(s);
    assert!(counting.contains("counting the entities"), "{counting}");
}

#[test]
fn the_entity_view_lists_the_filtered_collection_sorts_narrows_and_filters() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "geneva");
    act(&mut s, Action::KeepFilter);
    let filtered = s.view.len();
    open_entity_view(&mut s);
    let shown = screen(&s);
    assert!(
        shown.contains(&format!("Entities of {filtered} articles")),
        "{shown}"
    );
    assert!(shown.contains("sorted by articles"), "{shown}");
    let view = s.entity_view.as_ref().unwrap();
    let stats = view.stats.as_ref().unwrap();
    let first = stats[view.rows()[0] as usize];
    assert!(stats.iter().all(|st| st.articles <= first.articles));

    // Tab sorts by mentions.
    act(&mut s, Action::CycleSort);
    let view = s.entity_view.as_ref().unwrap();
    let stats = view.stats.as_ref().unwrap();
    let mentions: Vec<usize> = view
        .rows()
        .iter()
        .map(|&i| stats[i as usize].mentions)
        .collect();
    assert!(mentions.windows(2).all(|w| w[0] >= w[1]), "{mentions:?}");
    assert!(screen(&s).contains("sorted by mentions"));

    // Typing narrows: "lavr" leaves Sergei Lavrov.
    for c in "lavr".chars() {
        act(&mut s, Action::Edit(Edit::Insert(c)));
    }
    let view = s.entity_view.as_ref().unwrap();
    assert_eq!(view.rows().len(), 1, "{}", screen(&s));
    assert!(screen(&s).contains("Sergei Lavrov"));

    // Enter filters the list by it and closes the view.
    act(&mut s, Action::Activate);
    assert!(s.entity_view.is_none());
    assert_eq!(s.filter.text, "geneva @\"Sergei Lavrov\"");
    assert!(s.view.len() <= filtered && !s.view.is_empty());
}

#[test]
fn a_count_for_a_closed_or_older_view_is_dropped() {
    let mut s = seeded(120, 40);
    let Effect::CountEntities { generation, .. } = s.update(Action::ToggleEntityView) else {
        panic!("E asks for a count");
    };
    s.update(Action::ToggleEntityView);
    s.update(Action::ToggleEntityView);
    s.update(Action::EntitiesCounted {
        generation,
        stats: Vec::new(),
    });
    let view = s.entity_view.as_ref().unwrap();
    assert!(
        view.stats.is_none(),
        "the answer to the first opening is not this view's"
    );
}

#[test]
fn tab_completes_an_entity_name_in_the_filter_bar() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "geneva @lavr");
    let shown = screen(&s);
    assert!(
        shown.contains("Sergei Lavrov"),
        "the candidates show:\n{shown}"
    );
    act(&mut s, Action::Complete);
    assert_eq!(s.filter.text, "geneva @\"Sergei Lavrov\"");
    assert_eq!(s.filter.cursor, s.filter.text.len());
    assert!(s.filter_error.is_none() && s.filter_hint.is_none());
    assert!(!s.view.is_empty());
    // Not an `@` word: Tab does nothing.
    act(&mut s, Action::Edit(Edit::Insert(' ')));
    act(&mut s, Action::Edit(Edit::Insert('x')));
    assert!(s.completion.is_none());
    let before = s.filter.text.clone();
    act(&mut s, Action::Complete);
    assert_eq!(s.filter.text, before);
    act(&mut s, Action::KeepFilter);
    assert!(!screen(&s).contains(" Tab "));
}

#[test]
fn a_second_tab_offers_the_next_name() {
    let mut s = seeded(120, 40);
    type_filter(&mut s, "@rus");
    let offered = s.completion.as_ref().unwrap().candidates.clone();
    assert!(offered.len() >= 2, "{offered:?}");
    act(&mut s, Action::Complete);
    act(&mut s, Action::Complete);
    let second = &s.index.matcher().entity(offered[1]).name;
    assert_eq!(s.filter.text, format!("@\"{second}\""));
}

#[test]
fn the_entity_view_keeps_its_names_when_the_index_is_replaced() {
    let mut s = seeded(120, 40);
    open_entity_view(&mut s);
    // Names found in the collection arrive: a new index, its ids numbered afresh.
    let dict: dossier::entities::Dictionary = dossier::entities::Dictionary::parse(
        "[[entity]]\nname = \"Zed Zulu\"\nkind = \"person\"\n",
        "test",
    )
    .unwrap();
    let matcher = std::sync::Arc::new(dossier::entities::Matcher::new(dict));
    let index = std::sync::Arc::new(dossier::entities::EntityIndex::new(
        matcher,
        s.articles.clone(),
    ));
    s.update(Action::Reindexed {
        index,
        message: "names found".into(),
    });
    let shown = screen(&s);
    assert!(
        shown.contains("Sergei Lavrov") && !shown.contains("Zed Zulu"),
        "{shown}"
    );
    act(&mut s, Action::Activate);
    assert!(s.filter.text.starts_with("@\""), "{}", s.filter.text);
    assert_ne!(s.filter.text, "@\"Zed Zulu\"");
}

#[test]
fn the_entity_view_keeps_its_selection_on_screen_when_the_terminal_shrinks() {
    let mut s = seeded(120, 40);
    open_entity_view(&mut s);
    act(&mut s, Action::Last);
    let view = s.entity_view.as_ref().unwrap();
    let stats = view.stats.as_ref().unwrap();
    let last = stats[*view.rows().last().unwrap() as usize].id;
    let name = s.index.matcher().entity(last).name.clone();
    act(
        &mut s,
        Action::Resize {
            width: 120,
            height: 12,
        },
    );
    assert!(
        screen(&s).contains(&name),
        "'{name}' off screen:\n{}",
        screen(&s)
    );
}

#[test]
fn the_wheel_scrolls_the_entity_view_not_the_list_beneath() {
    let mut s = seeded(120, 40);
    open_entity_view(&mut s);
    let selected = s.selected;
    act(
        &mut s,
        Action::Wheel {
            column: 10,
            row: 10,
            down: true,
        },
    );
    act(&mut s, Action::Click { column: 10, row: 5 });
    assert_eq!(s.entity_view.as_ref().unwrap().selected, 3);
    assert_eq!(s.selected, selected);
}

/// A reader over `n` titles, newest first in corpus order.
fn titles(n: usize, title: impl Fn(usize) -> String) -> dossier::app::AppState {
    use dossier::corpus::{Article, ArticleData};
    use dossier::entities::{Dictionary, EntityIndex, Matcher};
    use dossier::ui::theme::{Palette, Theme};
    use std::sync::Arc;
    let articles: Arc<[Article]> = (0..n)
        .map(|i| {
            Article::new(&ArticleData {
                title: title(i),
                date: Some(format!("2016-{:02}-{:02}", 12 - i / 28 % 12, 28 - i % 28)),
                ..Default::default()
            })
        })
        .collect::<Vec<_>>()
        .into();
    let matcher = Arc::new(Matcher::new(Dictionary::builtin()));
    let index = Arc::new(EntityIndex::new(matcher, articles.clone()));
    let mut s =
        dossier::app::AppState::new(articles, index, Theme::new(Palette::Indexed), "", None);
    s.update(Action::Resize {
        width: 120,
        height: 40,
    });
    s
}

/// Typing a filter selects its best match, as fzf does, unless the article selected before
/// is still where the list shows it from the top.
#[test]
fn a_filter_selects_its_best_match_unless_the_selection_is_on_screen() {
    let mut s = titles(300, |i| {
        let word = if i % 2 == 0 { "ceasefire" } else { "cease" };
        format!("Geneva {word} story {i}")
    });
    // Far down the list: the new list's first row is selected.
    s.selected = 250;
    let far = s.view[250];
    type_filter(&mut s, "cease");
    assert!(s.view.contains(&far), "the filter keeps it");
    assert_eq!(s.selected, 0, "{}", screen(&s));
    // Near the top: it stays selected.
    act(&mut s, Action::ClearFilter);
    s.selected = 3;
    let near = s.view[3];
    type_filter(&mut s, "geneva");
    assert_eq!(s.view[s.selected], near, "{}", screen(&s));
}

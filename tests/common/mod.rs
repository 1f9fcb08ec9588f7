//! Shared test setup: the seeds with the built-in dictionary, a fixed theme, a fixed size; no
//! environment (DESIGN 3: tests do not depend on the environment).

#![allow(dead_code)]

use dossier::app::{Action, AppState, Effect};
use dossier::corpus;
use dossier::entities::{Dictionary, EntityIndex, Matcher};
use dossier::search::{self, Update};
use dossier::ui::theme::{Palette, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::sync::Arc;

/// A reader over the five seeds at `width` x `height`, in 256 colours.
pub fn seeded(width: u16, height: u16) -> AppState {
    with_palette(width, height, Palette::Indexed)
}

/// The same with a chosen palette.
pub fn with_palette(width: u16, height: u16, palette: Palette) -> AppState {
    let articles: Arc<[corpus::Article]> = corpus::seeds().articles.into();
    let matcher = Arc::new(Matcher::new(Dictionary::builtin()));
    let index = Arc::new(EntityIndex::new(matcher, articles.clone()));
    let mut state = AppState::new(articles, index, Theme::new(palette), "", None);
    state.update(Action::Resize { width, height });
    state
}

/// Applies `action`, and when it asks for a filter, runs it as the worker would.
pub fn act(state: &mut AppState, action: Action) -> Effect {
    let effect = state.update(action);
    if let Effect::Filter(query) = &effect {
        // The entity index and the marks, as the reader's filter worker sees them.
        let ents = dossier::app::Marked {
            index: state.index.clone(),
            marks: state.marks.clone(),
        };
        let result = search::parse(query).map(|q| search::filter(&state.articles, &q, &ents));
        state.update(Action::Filtered(Update {
            query: query.clone(),
            result,
            complete: true,
            settled: true,
        }));
    }
    effect
}

/// Types `text` into the filter bar (opening it first).
pub fn type_filter(state: &mut AppState, text: &str) {
    act(state, Action::EditFilter);
    for c in text.chars() {
        act(state, Action::Edit(dossier::app::Edit::Insert(c)));
    }
}

/// Draws `state` and returns the buffer.
pub fn render(state: &AppState) -> ratatui::buffer::Buffer {
    let (w, h) = state.size;
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|f| dossier::ui::draw(f, state))
        .expect("draw");
    terminal.backend().buffer().clone()
}

/// The buffer as text, one line per row, trailing spaces kept (snapshots show the layout).
pub fn text(buffer: &ratatui::buffer::Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut skip = 0;
        for x in 0..area.width {
            // A wide character takes two cells; the second holds nothing to print.
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buffer[(x, y)].symbol();
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
            out.push_str(sym);
        }
        out.push('\n');
    }
    out
}

/// The text of the reader pane's rows (everything right of the list), for searching.
pub fn screen(state: &AppState) -> String {
    text(&render(state))
}

/// Opens the entity view (`E`) and counts as the worker would; the screen shows the counting
/// in between.
pub fn open_entity_view(state: &mut AppState) -> String {
    let Effect::CountEntities {
        generation,
        articles,
    } = state.update(Action::ToggleEntityView)
    else {
        panic!("E asks for a count");
    };
    let counting = text(&render(state));
    let subset: Vec<usize> = articles.iter().map(|&i| i as usize).collect();
    let stats =
        dossier::entities::OnePass::new(state.index.matcher(), &state.articles).stats(&subset);
    state.update(Action::EntitiesCounted { generation, stats });
    counting
}

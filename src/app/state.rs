//! The reader's whole state, and the derived things drawing needs. Changed only by `update`.

use super::layout::{self, Areas, NARROW, Pane, Split};
use super::line::Line;
use super::reader::Reader;
use crate::corpus::Article;
use crate::document::Document;
use crate::entities::{EntityId, EntityIndex, Kind};
use crate::search::{self, Query, QueryError};
use crate::state::{Marks, Write};
use crate::ui::theme::Theme;
use std::collections::HashMap;
use std::sync::Arc;

/// Everything on screen, as data.
pub struct AppState {
    /// The corpus, newest first.
    pub articles: Arc<[Article]>,
    /// Entity mentions per article, computed on demand.
    pub index: Arc<EntityIndex>,
    /// The styles in use.
    pub theme: Theme,
    /// The articles the filter lets through, ranked: indices into `articles`.
    pub view: Vec<u32>,
    /// Whether `view` is the filter's final answer (false while it is still scanning).
    pub complete: bool,
    /// Whether every row of `view` is in its final place; the articles that only match
    /// fuzzily, far down the list, may be ranked just after the count is final.
    pub settled: bool,
    /// Position of the selected article in `view`.
    pub selected: usize,
    /// First `view` row shown in the list.
    pub list_offset: usize,
    /// The focused pane.
    pub focus: Pane,
    /// How the list and the reader share the width (`<` `>` `z`).
    pub split: Split,
    /// Whether the entity panel is shown.
    pub show_entities: bool,
    /// The selected row of the entity panel.
    pub entity_selected: usize,
    /// The first row shown in the entity panel.
    pub entity_offset: usize,
    /// The selected article's entities with their counts, most first, and which article they
    /// are for: counted once per article, not per frame.
    entity_rows: (Option<usize>, Vec<(EntityId, usize)>),
    /// The filter text and cursor.
    pub filter: Line,
    /// Whether keys go to the filter bar.
    pub editing: bool,
    /// The query in force: `applied`, parsed.
    pub query: Query,
    /// The filter text the list shows the results of: the filter's, less a term that does not
    /// parse (half-typed `date:yest`), so that the last good results stay on screen.
    pub applied: String,
    /// Bumped whenever `query` or the entities change, so that the reader rebuilds its
    /// highlights.
    pub query_gen: u64,
    /// Why the current filter text does not parse.
    pub filter_error: Option<QueryError>,
    /// An `@name` of the filter that names no entity, with the nearest names: "no entity
    /// '@labour' — did you mean Labor?".
    pub filter_hint: Option<String>,
    /// Kinds chosen (`t`) for names found in the collection, by name, until they are added.
    pub chosen_kinds: HashMap<String, Kind>,
    /// The outcome of the last entity panel action, for the status bar; true for a failure.
    /// Cleared by the next key or click.
    pub message: Option<(String, bool)>,
    /// The reader pane.
    pub reader: Reader,
    /// Whether the help overlay is open.
    pub help: bool,
    /// The first line of the help shown (it scrolls on short terminals).
    pub help_scroll: usize,
    /// A warning for the status bar (files skipped while loading), until the first key.
    pub notice: Option<String>,
    /// How far the word index of the texts is, for the status bar, while it is being built.
    pub indexing: Option<String>,
    /// Every warning of loading, in full, for the overlay `!` opens.
    pub warnings: Vec<String>,
    /// Whether the warnings overlay is open.
    pub warnings_open: bool,
    /// The first line of the warnings shown.
    pub warnings_scroll: usize,
    /// The entities the `@` word being typed in the filter bar could be.
    pub completion: Option<super::complete::Completion>,
    /// The entity view of the filtered collection, when open (`E`).
    pub entity_view: Option<super::entity_view::EntityView>,
    /// The last entity count asked for.
    pub count_generation: u64,
    /// Terminal size.
    pub size: (u16, u16),
    /// Read and starred marks, by article; shared with the filter worker.
    pub marks: Arc<Marks>,
    /// Mark changes not yet handed to the state database; the event loop takes them.
    pub unsaved: Vec<Write>,
    /// Whether the state database cannot be written: each new mark then says so.
    pub marks_unsaved: bool,
    /// The article last marked read by opening it, so that `m` can mark it unread again
    /// while it stays open.
    pub(super) opened: Option<usize>,
    /// An article to select once the filter's complete answer arrives (a restored session).
    pub(super) pending_select: Option<usize>,
    /// Whether the reader's URL is a terminal hyperlink (OSC 8).
    pub hyperlinks: bool,
    /// Keys the user bound in the config file, (key, action name), for the help overlay.
    pub user_keys: Vec<(String, String)>,
    /// The compare view (`c`).
    pub compare: super::compare::CompareView,
    /// The related articles view (`r`).
    pub related: super::related::RelatedView,
}

impl AppState {
    /// A reader over `articles`, with the initial filter text `query` (not yet applied: the
    /// caller sends it to the filter worker).
    pub fn new(
        articles: Arc<[Article]>,
        index: Arc<EntityIndex>,
        theme: Theme,
        query: &str,
        notice: Option<String>,
    ) -> AppState {
        let view = (0..articles.len() as u32).collect();
        let marks = Arc::new(Marks::new(articles.len()));
        let mut state = AppState {
            articles,
            index,
            theme,
            view,
            complete: true,
            settled: true,
            selected: 0,
            list_offset: 0,
            focus: Pane::List,
            split: Split::default(),
            show_entities: false,
            entity_selected: 0,
            entity_offset: 0,
            entity_rows: (None, Vec::new()),
            filter: Line::new(query),
            editing: false,
            query: search::parse("").expect("the empty query parses"),
            applied: String::new(),
            query_gen: 0,
            filter_error: None,
            filter_hint: None,
            chosen_kinds: HashMap::new(),
            message: None,
            reader: Reader::default(),
            help: false,
            help_scroll: 0,
            notice,
            indexing: None,
            warnings: Vec::new(),
            warnings_open: false,
            warnings_scroll: 0,
            completion: None,
            entity_view: None,
            count_generation: 0,
            size: (80, 24),
            marks,
            unsaved: Vec::new(),
            marks_unsaved: false,
            opened: None,
            pending_select: None,
            hyperlinks: false,
            user_keys: Vec::new(),
            compare: Default::default(),
            related: Default::default(),
        };
        state.reparse();
        state.sync();
        state
    }

    /// Where everything goes at the current size.
    pub fn areas(&self) -> Areas {
        let bar = self.editing || !self.filter.text.is_empty();
        layout::areas(
            self.size.0,
            self.size.1,
            self.focus,
            self.show_entities,
            bar,
            self.split,
        )
    }

    /// Whether one pane has the whole width (a narrow terminal, or zoomed).
    pub fn one_pane(&self) -> bool {
        self.size.0 < NARROW || self.split.zoom
    }

    /// The index in `articles` of the selected article.
    pub fn current(&self) -> Option<usize> {
        self.view.get(self.selected).map(|&i| i as usize)
    }

    /// The entities of the selected article with their mention counts, most first.
    pub fn entity_rows(&self) -> &[(EntityId, usize)] {
        &self.entity_rows.1
    }

    /// The entity selected in the panel, when the panel is shown.
    pub fn selected_entity(&self) -> Option<EntityId> {
        if !self.show_entities {
            return None;
        }
        self.entity_rows().get(self.entity_selected).map(|e| e.0)
    }

    /// Forgets the entity rows counted for the selected article (the index changed).
    pub(super) fn reset_entities(&mut self) {
        self.entity_rows = (None, Vec::new());
    }

    /// The kind entity `id` is shown with: for a name found in the collection, the one chosen
    /// with `t`, if any.
    pub fn kind_of(&self, id: EntityId) -> Kind {
        self.kind_in(self.index.matcher(), id)
    }

    /// Parses the filter text: a good parse replaces `query`, a bad one sets `filter_error`
    /// and applies the text without the bad term, if that parses (else keeps `query`).
    pub(super) fn reparse(&mut self) {
        let (applied, parsed) = match search::parse(&self.filter.text) {
            Ok(q) => {
                self.filter_error = None;
                (self.filter.text.clone(), Some(q))
            }
            Err(e) => {
                let text = &self.filter.text;
                let span = e.span.start.min(text.len())..e.span.end.min(text.len());
                let rest = if text.is_char_boundary(span.start) && text.is_char_boundary(span.end) {
                    format!("{}{}", &text[..span.start], &text[span.end..])
                } else {
                    String::new()
                };
                let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
                self.filter_error = Some(e);
                match search::parse(&rest) {
                    Ok(q) => (rest, Some(q)),
                    Err(_) => (self.applied.clone(), None),
                }
            }
        };
        if let Some(q) = parsed {
            if applied != self.applied || self.query_gen == 0 {
                self.query = q;
                self.query_gen += 1;
            }
            self.applied = applied;
        }
        self.filter_hint = match self.filter_error {
            None => self.entity_hint(),
            Some(_) => None,
        };
    }

    /// "no entity '@labour' — did you mean Labour Party, Labor?" for the first `@name` of the
    /// query that names no entity; the suggestions are the nearest names, those in most
    /// articles first once the filter has counted them.
    pub(super) fn entity_hint(&self) -> Option<String> {
        let counts = self.index.article_counts();
        let articles = counts.map(|c| move |id: EntityId| c[id as usize] as usize);
        search::unknown_entity(
            &self.query,
            self.index.matcher(),
            articles.as_ref().map(|f| f as &dyn Fn(EntityId) -> usize),
        )
    }

    /// Re-establishes what follows from the rest: clamps selections, scrolls the list to the
    /// selection, lays out the selected article in the reader and fits it to its pane.
    pub(super) fn sync(&mut self) {
        let areas = self.areas();
        self.selected = self.selected.min(self.view.len().saturating_sub(1));
        let list_rows = inner_height(areas.list).max(1);
        self.list_offset = scroll_to(self.list_offset, self.selected, list_rows);

        let current = self.current();
        if self.entity_rows.0 != current {
            let rows = current.map(|i| self.index.annotation(i).counts());
            self.entity_rows = (current, rows.unwrap_or_default());
        }
        let n_ents = self.entity_rows().len();
        self.entity_selected = self.entity_selected.min(n_ents.saturating_sub(1));
        let ent_rows = inner_height(areas.entities).saturating_sub(1).max(1);
        self.entity_offset = scroll_to(self.entity_offset, self.entity_selected, ent_rows);

        // When the reader is hidden (narrow terminal), fit it to where it would show.
        let reader = areas.reader.or_else(|| {
            let bar = areas.filter.is_some();
            layout::areas(
                self.size.0,
                self.size.1,
                Pane::Reader,
                self.show_entities,
                bar,
                self.split,
            )
            .reader
        });
        // Inside the border: a column of margin on the left, the scrollbar on the right.
        let (w, h) = reader.map_or((1, 0), |r| {
            (
                r.width.saturating_sub(4).max(1) as usize,
                r.height.saturating_sub(2) as usize,
            )
        });
        match self.current() {
            Some(i) if self.reader.key != Some((i, self.query_gen)) => {
                let same_article = self.reader.key.is_some_and(|k| k.0 == i);
                let doc = Document::build(
                    &self.articles[i],
                    self.index.annotation(i),
                    self.index.matcher(),
                    &|s| search::exact_ranges(&self.query, s),
                );
                // Wrap once, at the width it will be shown at.
                self.reader.resize(w, h);
                self.reader.set_doc((i, self.query_gen), doc, same_article);
            }
            Some(_) => {}
            None if self.reader.key != Some(EMPTY) => {
                self.reader.set_doc(EMPTY, Document::default(), false)
            }
            None => {}
        }
        self.reader.resize(w, h);
    }
}

/// Rows inside a bordered pane.
pub fn inner_height(area: Option<ratatui::layout::Rect>) -> usize {
    area.map_or(0, |r| r.height.saturating_sub(2) as usize)
}

/// The first visible row that keeps `selected` on a screen of `rows` rows, moving as little as
/// possible from `offset`.
fn scroll_to(offset: usize, selected: usize, rows: usize) -> usize {
    if selected < offset {
        selected
    } else if selected >= offset + rows {
        selected + 1 - rows
    } else {
        offset
    }
}

/// The reader's key when no article is selected (the filter matched nothing).
const EMPTY: (usize, u64) = (usize::MAX, 0);

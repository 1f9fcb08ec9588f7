//! The event loop: load, set up the terminal, then read events, map them to actions, update,
//! carry out effects, draw — until quit. The terminal is restored on every way out: `q`,
//! `Ctrl-C`, an error, a panic; signals and a vanished terminal are the watchdog's.
//!
//! Loading and every failure a user can cause happen before the terminal is touched.

use super::action::{Action, Effect};
use super::dict_edit::UserDictionary;
use super::keymap::{self, Mode};
use super::state::AppState;
use crate::cli::args::{Common, no_color_env};
use crate::cli::setup::{self, Failure};
use crate::entities::{self, EntityIndex, Matcher};
use crate::search::Worker;
use crate::ui::{
    self,
    theme::{Palette, Theme},
};
use crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, MouseButton, MouseEventKind,
};
use crossterm::execute;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

/// Text (titles and bodies) up to which names are found in the collection before the first
/// frame: about 50 ms of finding on one core.
const FIND_AT_ONCE: usize = 2 << 20;

/// Opens the reader on `paths` (the bundled corpus when empty).
pub fn run(paths: &[PathBuf], common: &Common) -> Result<(), Failure> {
    if !std::io::stdout().is_terminal() {
        return Err(Failure::Input(
            "the reader needs a terminal; for scripts use 'dossier list', 'show' or 'entities'"
                .into(),
        ));
    }
    // Dictionaries are read first so that a bad one fails before a long load; the matcher is
    // built after it, so that its automata are not held while loading peaks.
    let dictionary = setup::dictionary(common)?;
    let (articles, report) = load_with_progress(paths, common.strict)?;
    let user = UserDictionary::new(entities::default_config_path(), dictionary.clone());
    // Names found in a small collection are in the first frame; in a big one, finding them
    // would hold the first frame back, so they follow on a thread while the reader is in use.
    let text: usize = articles
        .iter()
        .map(|a| a.title().len() + a.text().len())
        .sum();
    let find_later = text > FIND_AT_ONCE;
    let matcher = Arc::new(if find_later {
        Matcher::new(dictionary)
    } else {
        entities::matcher_for(dictionary, &articles)
    });
    let index = Arc::new(EntityIndex::new(matcher, articles.clone()));
    let worker = Worker::spawn(articles.clone(), index.clone());
    let color = common.color.enabled(true, no_color_env());
    let theme = Theme::new(Palette::detect(color));
    let query = common.query.clone().unwrap_or_default();
    let mut state = AppState::new(articles, index, theme, &query, setup::summary(&report));
    if !query.is_empty() {
        worker.submit(query);
    }

    let mut terminal = ratatui::init();
    // ratatui's panic hook restores the screen; ours, run first, also releases the mouse.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(std::io::stdout(), DisableMouseCapture);
        previous(info);
    }));
    let _ = execute!(std::io::stdout(), EnableMouseCapture);
    let result = super::watchdog::spawn()
        .map_err(|e| Failure::Internal(format!("cannot handle signals: {e}")))
        .and_then(|()| event_loop(&mut terminal, &mut state, worker, user, find_later));
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// Loads the corpus; when that takes a while and stderr is a terminal, counts on stderr.
fn load_with_progress(
    paths: &[PathBuf],
    strict: bool,
) -> Result<(Arc<[crate::corpus::Article]>, crate::corpus::LoadReport), Failure> {
    let started = Instant::now();
    let mut last = Instant::now();
    let show = std::io::stderr().is_terminal();
    let mut shown = false;
    let result = setup::corpus(paths, strict, None, &mut |n| {
        if show
            && started.elapsed() > Duration::from_millis(150)
            && last.elapsed() > Duration::from_millis(50)
        {
            last = Instant::now();
            shown = true;
            let _ = write!(std::io::stderr(), "\rdossier: loading… {n} articles");
        }
    });
    if shown {
        let _ = write!(std::io::stderr(), "\r\x1b[2K");
    }
    result
}

/// Entity indexes rebuilt after dictionary edits, off the UI thread: the newest wins.
struct Rebuilds {
    sent: u64,
    tx: Sender<(u64, Arc<EntityIndex>, String)>,
    rx: Receiver<(u64, Arc<EntityIndex>, String)>,
}

impl Rebuilds {
    fn new() -> Rebuilds {
        let (tx, rx) = channel();
        Rebuilds { sent: 0, tx, rx }
    }

    /// Builds the index for `user` on a thread; `message` goes with it to the status bar.
    fn start(
        &mut self,
        user: &UserDictionary,
        articles: Arc<[crate::corpus::Article]>,
        message: String,
    ) {
        self.sent += 1;
        let (generation, user, tx) = (self.sent, user.clone(), self.tx.clone());
        std::thread::spawn(move || {
            let index = user.index(articles);
            let _ = tx.send((generation, index, message));
        });
    }

    /// The newest index built, if it is ready.
    fn ready(&self) -> Option<(Arc<EntityIndex>, String)> {
        let mut newest = None;
        while let Ok((generation, index, message)) = self.rx.try_recv() {
            if generation == self.sent {
                newest = Some((index, message));
            }
        }
        newest
    }
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    state: &mut AppState,
    mut worker: Worker,
    mut user: UserDictionary,
    find_later: bool,
) -> Result<(), Failure> {
    let io = |e: std::io::Error| Failure::Internal(format!("terminal: {e}"));
    let mut dirty = true;
    let mut rebuilds = Rebuilds::new();
    let compare = super::compare_worker::CompareWorker::new();
    let mut copies = super::compare_worker::CopyFinder::default();
    // `dossier -q is:copy` asks from the start.
    copies.start_for(&state.filter.text, &state.articles);
    if find_later {
        state.update(Action::Message {
            text: "finding names in the collection…".into(),
            error: false,
        });
        rebuilds.start(
            &user,
            state.articles.clone(),
            "names found in the collection are highlighted too".into(),
        );
    }
    loop {
        if let Some((index, message)) = rebuilds.ready() {
            // The filter worker filters with the new index too: a fresh one, given the filter.
            worker = copies.filter_worker(state.articles.clone(), index.clone());
            if !state.filter.text.is_empty() {
                worker.submit(state.filter.text.clone());
            }
            if let Effect::Compare(job) = state.update(Action::Reindexed { index, message }) {
                compare.start(job, state.articles.clone(), state.index.clone());
            }
            dirty = true;
        }
        // The terminal's real size, every tick: a resize event can be missed (seen in a pty when
        // keys and resizes interleave), and a layout for the wrong size draws garbage.
        let size = terminal.size().map_err(io)?;
        if (size.width, size.height) != state.size {
            state.update(Action::Resize {
                width: size.width,
                height: size.height,
            });
            dirty = true;
        }
        while let Some(update) = worker.try_recv() {
            if let Effect::Compare(job) = state.update(Action::Filtered(update)) {
                compare.start(job, state.articles.clone(), state.index.clone());
            }
            dirty = true;
        }
        if copies.ready() {
            // `is:copy` can be answered from now on.
            state.update(Action::Message {
                text: "near-copies found".into(),
                error: false,
            });
            worker = copies.filter_worker(state.articles.clone(), state.index.clone());
            if !state.filter.text.is_empty() {
                worker.submit(state.filter.text.clone());
            }
        }
        while let Some((generation, coverage)) = compare.try_recv() {
            state.update(Action::Compared {
                generation,
                coverage,
            });
            dirty = true;
        }
        while let Some((generation, items)) = compare.try_related() {
            state.update(Action::RelatedFound { generation, items });
            dirty = true;
        }
        // The compare view shows how far its computation is.
        dirty |= state.compare.running.is_some();
        if dirty {
            terminal.draw(|frame| ui::draw(frame, state)).map_err(io)?;
            dirty = false;
        }
        if !event::poll(Duration::from_millis(40)).map_err(io)? {
            continue;
        }
        // Take every event that is already waiting before drawing again.
        loop {
            let event = event::read().map_err(io)?;
            if let Some(action) = to_action(event, state) {
                dirty = true;
                match state.update(action) {
                    Effect::None => {}
                    Effect::Filter(query) => {
                        if copies.start_for(&query, &state.articles) {
                            state.update(Action::Message {
                                text: "finding near-copies for is:copy…".into(),
                                error: false,
                            });
                        }
                        worker.submit(query)
                    }
                    Effect::Compare(job) => {
                        compare.start(job, state.articles.clone(), state.index.clone())
                    }
                    Effect::Related(job) => {
                        compare.related(job, state.articles.clone(), state.index.clone())
                    }
                    Effect::EditDictionary(edit) => match user.edit(&edit) {
                        Ok(done) => {
                            state.update(Action::Message {
                                text: format!("{done}; updating highlights…"),
                                error: false,
                            });
                            rebuilds.start(&user, state.articles.clone(), done);
                        }
                        Err(text) => {
                            state.update(Action::Message { text, error: true });
                        }
                    },
                    Effect::Quit => return Ok(()),
                }
            }
            if !event::poll(Duration::ZERO).map_err(io)? {
                break;
            }
        }
    }
}

fn to_action(event: Event, state: &AppState) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != event::KeyEventKind::Release => {
            let mode = if state.help {
                Mode::Help
            } else if state.editing {
                Mode::Filter
            } else {
                Mode::Normal
            };
            keymap::action(key, mode)
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown | MouseEventKind::ScrollUp => Some(Action::Wheel {
                column: m.column,
                row: m.row,
                down: m.kind == MouseEventKind::ScrollDown,
            }),
            MouseEventKind::Down(MouseButton::Left) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(width, height) => Some(Action::Resize { width, height }),
        _ => None,
    }
}

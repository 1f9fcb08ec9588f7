//! The event loop: load, set up the terminal, then read events, map them to actions, update,
//! carry out effects, draw — until quit. The terminal is restored on every way out: `q`,
//! `Ctrl-C`, an error, a panic; signals and a vanished terminal are the watchdog's.
//!
//! Loading and every failure a user can cause happen before the terminal is touched.

use super::action::{Action, Effect};
use super::dict_edit::UserDictionary;
use super::keymap::{self, Mode};
use super::marked::Marked;
use super::outside::Outside;
use super::recall::{Opening, recall};
use super::state::AppState;
use super::wake::{Wake, Wakes};
use crate::entities::{self, EntityIndex, Matcher};
use crate::load::{self, Failure};
use crate::search::{Indexing, Worker};
use crate::state::{self as remembered, Marks, Memory, Write as Save};
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

/// How the reader starts, as the command line asked.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// The initial filter (`-q`), if one was given.
    pub query: Option<String>,
    /// The settings file (`--config`), else the user's.
    pub config: Option<PathBuf>,
    /// User dictionaries to add (`--dict`).
    pub dicts: Vec<PathBuf>,
    /// Whether the built-in dictionary is used.
    pub builtin: bool,
    /// Whether anything skipped while loading is an error.
    pub strict: bool,
    /// Whether to colour.
    pub color: bool,
}

/// Opens the reader on `paths` (the bundled corpus when empty).
pub fn run(paths: &[PathBuf], options: &Options) -> Result<(), Failure> {
    // A bad config file is named first, whatever else is wrong.
    let settings = super::settings::load(options.config.as_deref()).map_err(Failure::Input)?;
    if !std::io::stdout().is_terminal() {
        return Err(Failure::Input(
            "the reader needs a terminal; for scripts use 'dossier list', 'show' or 'entities'"
                .into(),
        ));
    }
    // Dictionaries are read first so that a bad one fails before a long load; the matcher is
    // built after it, so that its automata are not held while loading peaks.
    let dictionary = load::dictionary(&options.dicts, options.builtin)?;
    let (articles, report) = load_with_progress(paths, options.strict)?;
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
    let wakes = Wakes::start();
    let words = Indexing::start(articles.clone(), wakes.notifier());
    let marks = Arc::new(Marks::new(articles.len()));
    let opening = Opening::start(
        remembered::default_dir(),
        articles.clone(),
        remembered::collection_key(paths),
        marks.clone(),
    );
    // No near-copies are known before the first `is:copy` asks for them.
    let no_copies = super::compare_worker::CopyFinder::default();
    let worker = spawn_worker(&articles, &index, &marks, &no_copies, (&words, &wakes));
    let theme = Theme::new(Palette::detect(options.color)).with_colors(settings.colors);
    let query = options.query.clone().unwrap_or_default();
    let mut state = AppState::new(articles, index, theme, &query, load::summary(&report));
    state.marks = marks;
    state.hyperlinks =
        settings.hyperlinks && ui::link::supported(std::env::var("TERM").ok().as_deref());
    if let Some(split) = settings.split {
        state.split.list_percent = Some(split);
    }
    state.user_keys = settings.keys.shown.clone();
    state.warnings = load::warnings(&report);
    if !state.applied.is_empty() {
        worker.submit(state.applied.clone());
    }
    // A small collection's state is ready at once, and restored before the first frame. Its
    // filter is not, when `-q` gives one or the articles come from stdin (another pipe each
    // time).
    let stdin = paths.iter().any(|p| p.as_os_str() == "-");
    let query_given = options.query.is_some() || stdin;
    let mut memory = opening.ready(Duration::from_millis(100));
    if let Some(m) = &memory {
        recall(&mut state, m, &worker, query_given);
    }
    let outside = Outside::new(settings.osc52);

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
        .and_then(|()| {
            let ctx = Context {
                user,
                opening: &opening,
                memory: &mut memory,
                outside,
                keys: &settings.keys,
                query_given,
                bg: Background {
                    wakes,
                    words,
                    rebuilds: Rebuilds::new(),
                },
            };
            event_loop(&mut terminal, &mut state, worker, ctx, find_later)
        });
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
    // Marks made while the state was still opening are saved once it is open.
    if let Some(memory) = memory.or_else(|| opening.ready(Duration::from_secs(30))) {
        save_marks(&mut state, &memory);
        memory.save(Save::Session {
            filter: state.filter.text.clone(),
            selected: state.current(),
            split: state.split.list_percent,
        });
        // Dropping the memory waits for its writes to reach the database.
        drop(memory);
    }
    result
}

/// A filter worker over `articles` that asks `index` about entities, `marks` about marks,
/// `copies` (once found) about near-copies and the word index once it is built, and wakes the
/// loop with each result.
fn spawn_worker(
    articles: &Arc<[crate::corpus::Article]>,
    index: &Arc<EntityIndex>,
    marks: &Arc<Marks>,
    copies: &super::compare_worker::CopyFinder,
    (words, wakes): (&Indexing, &Wakes),
) -> Worker {
    let marked = Marked {
        index: index.clone(),
        marks: marks.clone(),
    };
    Worker::spawn_with(
        articles.clone(),
        copies.wrap(Arc::new(marked)),
        words.slot(),
        wakes.notifier(),
    )
}

/// What the event loop reaches besides the terminal and the filter worker.
struct Context<'a> {
    user: UserDictionary,
    opening: &'a Opening,
    /// The state, once opened.
    memory: &'a mut Option<Memory>,
    outside: Outside,
    keys: &'a super::settings::Bindings,
    query_given: bool,
    bg: Background,
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
    let result = load::corpus(paths, strict, None, &mut |n| {
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

    /// Builds the index for `user` on a thread; `message` goes with it to the status bar, and
    /// `notify` wakes the loop when it is ready.
    fn start(
        &mut self,
        user: &UserDictionary,
        articles: Arc<[crate::corpus::Article]>,
        message: String,
        notify: Arc<dyn Fn() + Send + Sync>,
    ) {
        self.sent += 1;
        let (generation, user, tx) = (self.sent, user.clone(), self.tx.clone());
        std::thread::spawn(move || {
            let index = user.index(articles);
            let _ = tx.send((generation, index, message));
            notify();
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

/// What runs beside the loop: the wake-up channel, the word index being built, entity indexes
/// being rebuilt.
struct Background {
    wakes: Wakes,
    words: Indexing,
    rebuilds: Rebuilds,
}

/// How long the loop sleeps at most with nothing to do: it then checks the terminal's size (a
/// resize event can be missed), the progress of the compare view and the entity count, and
/// the state database, clipboard, export and near-copy threads, which do not wake it.
const IDLE: Duration = Duration::from_millis(250);

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    state: &mut AppState,
    mut worker: Worker,
    ctx: Context<'_>,
    find_later: bool,
) -> Result<(), Failure> {
    let Context {
        mut user,
        opening,
        memory,
        outside,
        keys,
        query_given,
        mut bg,
    } = ctx;
    let io = |e: std::io::Error| Failure::Internal(format!("terminal: {e}"));
    let mut dirty = true;
    let mut counts = super::entity_count::Counts::new(bg.wakes.notifier());
    let compare = super::compare_worker::CompareWorker::new(bg.wakes.notifier());
    let mut copies = super::compare_worker::CopyFinder::default();
    // `dossier -q is:copy` asks from the start.
    copies.start_for(&state.filter.text, &state.articles);
    if find_later {
        state.update(Action::Message {
            text: "finding names in the collection…".into(),
            error: false,
        });
        bg.rebuilds.start(
            &user,
            state.articles.clone(),
            "names found in the collection are highlighted too".into(),
            bg.wakes.notifier(),
        );
    }
    let mut words_shown = bg.words.is_ready();
    loop {
        if let Some((index, message)) = bg.rebuilds.ready() {
            // The filter worker filters with the new index too: a fresh one, given the filter.
            worker = spawn_worker(
                &state.articles,
                &index,
                &state.marks,
                &copies,
                (&bg.words, &bg.wakes),
            );
            if !state.applied.is_empty() {
                worker.submit(state.applied.clone());
            }
            if let Effect::Compare(job) = state.update(Action::Reindexed { index, message }) {
                compare.start(job, state.articles.clone(), state.index.clone());
            }
            dirty = true;
        }
        if !words_shown {
            let ready = bg.words.is_ready();
            dirty |= show_word_progress(state, &bg.words, ready);
            words_shown = ready;
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
        if let Some(action) = counts.poll() {
            state.update(action);
            dirty = true;
        }
        while let Some(update) = worker.try_recv() {
            if let Effect::Compare(job) = state.update(Action::Filtered(update)) {
                compare.start(job, state.articles.clone(), state.index.clone());
            }
            dirty = true;
        }
        while let Some(action) = outside.ready() {
            state.update(action);
            dirty = true;
        }
        if memory.is_none()
            && let Some(m) = opening.ready(Duration::ZERO)
        {
            recall(state, &m, &worker, query_given);
            *memory = Some(m);
            dirty = true;
        }
        if let Some(problem) = memory.as_ref().and_then(Memory::problem) {
            state.marks_unsaved = true;
            state.update(Action::Message {
                text: format!("{problem}; marks are not saved"),
                error: true,
            });
            dirty = true;
        }
        if let Some(m) = memory.as_ref() {
            save_marks(state, m);
        }
        if copies.ready() {
            // `is:copy` can be answered from now on.
            state.update(Action::Message {
                text: "near-copies found".into(),
                error: false,
            });
            worker = spawn_worker(
                &state.articles,
                &state.index,
                &state.marks,
                &copies,
                (&bg.words, &bg.wakes),
            );
            if !state.applied.is_empty() {
                worker.submit(state.applied.clone());
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
        // Sleep until a key or a result, whichever comes first; then take every event that is
        // already waiting before drawing again.
        let mut next = bg.wakes.wait(IDLE);
        while let Some(wake) = next {
            next = bg.wakes.pending();
            let Wake::Input(event) = wake else { continue };
            let event = event.map_err(io)?;
            if let Event::Resize(width, height) = event {
                // The terminal may have cut what was drawn, and sizes can come and go faster
                // than frames (back to the size last drawn at): the next frame is drawn whole.
                let area = ratatui::layout::Rect::new(0, 0, width, height);
                terminal.resize(area).map_err(io)?;
            }
            if let Some(action) = to_action(event, state, keys) {
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
                    Effect::CountEntities {
                        generation,
                        articles,
                    } => counts.start(
                        generation,
                        state.articles.clone(),
                        state.index.clone(),
                        articles,
                    ),
                    Effect::EditDictionary(edit) => match user.edit(&edit) {
                        Ok(done) => {
                            state.update(Action::Message {
                                text: format!("{done}; updating highlights…"),
                                error: false,
                            });
                            bg.rebuilds.start(
                                &user,
                                state.articles.clone(),
                                done,
                                bg.wakes.notifier(),
                            );
                        }
                        Err(text) => {
                            state.update(Action::Message { text, error: true });
                        }
                    },
                    Effect::OpenUrl(url) => {
                        if let Some(failed) = outside.open_url(&url) {
                            state.update(failed);
                        }
                    }
                    Effect::Copy { text, what } => {
                        let done = outside.copy(&text, what, terminal.backend_mut());
                        state.update(done);
                    }
                    Effect::Export(order) => {
                        let started = outside.export(state, order);
                        state.update(started);
                    }
                    Effect::Quit => return Ok(()),
                }
            }
        }
    }
}

/// Says in the status bar how far the word index is, until it is ready; whether that changed
/// what is shown.
fn show_word_progress(state: &mut AppState, words: &Indexing, ready: bool) -> bool {
    let (done, total) = words.progress();
    // A small collection is indexed before anyone could read about it.
    let text = (total >= SHOW_WORDS_FROM && !ready)
        .then(|| format!("indexing words {}%", done * 100 / total.max(1)));
    let changed = state.indexing != text;
    state.indexing = text;
    changed
}

/// Collections of fewer articles are indexed without a word about it.
const SHOW_WORDS_FROM: usize = 20_000;

/// Hands the marks changed since the last call to the state database.
fn save_marks(state: &mut AppState, memory: &Memory) {
    for write in state.unsaved.drain(..) {
        memory.save(write);
    }
}

fn to_action(event: Event, state: &AppState, keys: &super::settings::Bindings) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != event::KeyEventKind::Release => {
            let mode = if state.help {
                Mode::Help
            } else if state.warnings_open {
                Mode::Warnings
            } else if state.entity_view.is_some() {
                Mode::EntityView
            } else if state.editing {
                Mode::Filter
            } else {
                Mode::Normal
            };
            keymap::action_for(key, mode, keys)
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

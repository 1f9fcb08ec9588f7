//! Keys to actions (DESIGN 1.7), as a table per mode. The help overlay is drawn from the same
//! table, so what it lists is what the keys do.

use super::action::{Action, Edit};
use super::settings::Bindings;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Which keys are live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Moving around the panes.
    Normal,
    /// Typing in the filter bar.
    Filter,
    /// The help overlay is open.
    Help,
    /// The warnings overlay is open.
    Warnings,
    /// The entity view is open: typing narrows it.
    EntityView,
}

/// The keys of normal mode, for the help overlay: (keys, what they do).
pub const HELP: &[(&str, &str)] = &[
    ("j k  ↓ ↑", "next / previous article; scroll a line"),
    ("Tab  h l  ← →", "move focus: list, reader, entity panel"),
    ("Enter", "read the article; filter by the entity"),
    ("Space b  PgDn PgUp", "page the reader down / up"),
    ("Ctrl-D  Ctrl-U", "half a page down / up"),
    ("g G  Home End", "first / last"),
    ("/", "filter: Enter keeps it, Esc clears it"),
    ("n N", "next / previous search hit or entity mention"),
    ("e", "show / hide the entity panel"),
    (
        "E",
        "every entity of the filtered articles: type to narrow, Tab sorts, Enter filters",
    ),
    ("< >", "move the split: narrower / wider list"),
    (
        "z",
        "zoom: the focused pane takes the whole width, or gives it back",
    ),
    ("a", "entity panel: add a found name ~ to your dictionary"),
    ("x", "entity panel: a found name ~ is not a name"),
    ("t", "entity panel: a found name's kind, before adding"),
    ("m f", "mark read / unread; star / unstar"),
    ("o", "open the article's URL in the browser"),
    ("y Y", "copy the URL / the article as Markdown"),
    ("w", "write the filtered list to a file (jsonl)"),
    ("!", "every warning of loading, in full"),
    ("c", "compare coverage by outlet"),
    ("r", "articles related to this one, side by side"),
    ("?", "show / hide this help"),
    ("q  Ctrl-C", "quit"),
    ("mouse", "wheel scrolls the pane under it; click selects"),
];

/// The keys of the filter bar, for the help overlay.
pub const FILTER_HELP: &[(&str, &str)] = &[
    ("Enter / Esc", "keep the filter / clear it"),
    (
        "@na Tab",
        "complete an entity's name (candidates show above the bar)",
    ),
    ("← → Home End", "move the cursor"),
    ("Ctrl-U  Ctrl-W", "clear the line / delete a word"),
];

/// The action for `key` in `mode`, if any.
pub fn action(key: KeyEvent, mode: Mode) -> Option<Action> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Some(Action::Quit);
    }
    match mode {
        Mode::Help => match key.code {
            KeyCode::Esc | KeyCode::Char('?' | 'q') => Some(Action::ToggleHelp),
            KeyCode::Char('j') | KeyCode::Down => Some(Action::Down),
            KeyCode::Char('k') | KeyCode::Up => Some(Action::Up),
            _ => None,
        },
        Mode::Warnings => match key.code {
            KeyCode::Esc | KeyCode::Char('!' | 'q') => Some(Action::ToggleWarnings),
            KeyCode::Char('j') | KeyCode::Down => Some(Action::Down),
            KeyCode::Char('k') | KeyCode::Up => Some(Action::Up),
            _ => None,
        },
        Mode::EntityView => entity_view_action(key, ctrl),
        Mode::Filter => filter_action(key, ctrl),
        Mode::Normal => normal_action(key, ctrl),
    }
}

/// The action for `key` in `mode`, the user's `bindings` tried first in normal mode (so the
/// table below stays the built-in one); `Ctrl-C` always quits.
pub fn action_for(key: KeyEvent, mode: Mode, bindings: &Bindings) -> Option<Action> {
    let ctrl_c = key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
    match bindings.get(&key) {
        Some(bound) if mode == Mode::Normal && !ctrl_c => bound,
        _ => action(key, mode),
    }
}

fn normal_action(key: KeyEvent, ctrl: bool) -> Option<Action> {
    use Action::*;
    Some(match key.code {
        KeyCode::Char('f') if ctrl => PageDown,
        KeyCode::Char('b') if ctrl => PageUp,
        KeyCode::Char('d') if ctrl => HalfPageDown,
        KeyCode::Char('u') if ctrl => HalfPageUp,
        _ if ctrl => return None,
        KeyCode::Char('j') | KeyCode::Down => Down,
        KeyCode::Char('k') | KeyCode::Up => Up,
        KeyCode::Char(' ') | KeyCode::PageDown => PageDown,
        KeyCode::Char('b') | KeyCode::PageUp => PageUp,
        KeyCode::Char('g') | KeyCode::Home => First,
        KeyCode::Char('G') | KeyCode::End => Last,
        KeyCode::Tab => FocusNext,
        KeyCode::BackTab => FocusPrev,
        KeyCode::Char('h') | KeyCode::Left => FocusLeft,
        KeyCode::Char('l') | KeyCode::Right => FocusRight,
        KeyCode::Enter => Activate,
        KeyCode::Char('e') => ToggleEntities,
        KeyCode::Char('?') => ToggleHelp,
        KeyCode::Char('/') => EditFilter,
        KeyCode::Char('n') => NextHit,
        KeyCode::Char('N') => PrevHit,
        KeyCode::Char('a') => AddEntity,
        KeyCode::Char('x') => NotAName,
        KeyCode::Char('t') => CycleKind,
        KeyCode::Char('m') => ToggleRead,
        KeyCode::Char('f') => ToggleStar,
        KeyCode::Char('o') => OpenUrl,
        KeyCode::Char('y') => CopyUrl,
        KeyCode::Char('Y') => CopyArticle,
        KeyCode::Char('w') => Export,
        KeyCode::Char('q') => Quit,
        KeyCode::Char('c') => ToggleCompare,
        KeyCode::Char('r') => ToggleRelated,
        KeyCode::Esc => Back,
        KeyCode::Char('<') => ShrinkList,
        KeyCode::Char('>') => GrowList,
        KeyCode::Char('z') => Zoom,
        KeyCode::Char('!') => ToggleWarnings,
        KeyCode::Char('E') => ToggleEntityView,
        _ => return None,
    })
}

fn entity_view_action(key: KeyEvent, ctrl: bool) -> Option<Action> {
    use Action::*;
    Some(match key.code {
        KeyCode::Char('d') if ctrl => HalfPageDown,
        KeyCode::Char('u') if ctrl => Edit(self::Edit::ClearToStart),
        KeyCode::Char('w') if ctrl => Edit(self::Edit::DeleteWord),
        _ if ctrl => return None,
        KeyCode::Esc => ToggleEntityView,
        KeyCode::Enter => Activate,
        KeyCode::Tab => CycleSort,
        KeyCode::Down => Down,
        KeyCode::Up => Up,
        KeyCode::PageDown => PageDown,
        KeyCode::PageUp => PageUp,
        KeyCode::Home => First,
        KeyCode::End => Last,
        KeyCode::Backspace => Edit(self::Edit::Backspace),
        KeyCode::Char(c) => Edit(self::Edit::Insert(c)),
        _ => return None,
    })
}

fn filter_action(key: KeyEvent, ctrl: bool) -> Option<Action> {
    let edit = match key.code {
        KeyCode::Enter => return Some(Action::KeepFilter),
        KeyCode::Tab => return Some(Action::Complete),
        KeyCode::Esc => return Some(Action::ClearFilter),
        KeyCode::Char('u') if ctrl => Edit::ClearToStart,
        KeyCode::Char('w') if ctrl => Edit::DeleteWord,
        KeyCode::Char('a') if ctrl => Edit::Home,
        KeyCode::Char('e') if ctrl => Edit::End,
        KeyCode::Char('h') if ctrl => Edit::Backspace,
        _ if ctrl => return None,
        KeyCode::Char(c) => Edit::Insert(c),
        KeyCode::Backspace => Edit::Backspace,
        KeyCode::Delete => Edit::Delete,
        KeyCode::Left => Edit::Left,
        KeyCode::Right => Edit::Right,
        KeyCode::Home => Edit::Home,
        KeyCode::End => Edit::End,
        _ => return None,
    };
    Some(Action::Edit(edit))
}

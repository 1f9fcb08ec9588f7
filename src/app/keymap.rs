//! Keys to actions (DESIGN 1.7), as a table per mode. The help overlay is drawn from the same
//! table, so what it lists is what the keys do.

use super::action::{Action, Edit};
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
}

/// The keys of normal mode, for the help overlay: (keys, what they do).
pub const HELP: &[(&str, &str)] = &[
    ("j k  ↓ ↑", "next / previous article; scroll a line"),
    ("Tab  h l  ← →", "move focus: list, reader, entity panel"),
    ("Enter", "read the article; filter by the entity"),
    ("Space b  PgDn PgUp", "page the reader down / up"),
    ("g G  Home End", "first / last"),
    ("/", "filter: Enter keeps it, Esc clears it"),
    ("n N", "next / previous search hit or entity mention"),
    ("e", "show / hide the entity panel"),
    ("a", "entity panel: add a found name ~ to your dictionary"),
    ("x", "entity panel: a found name ~ is not a name"),
    ("t", "entity panel: a found name's kind, before adding"),
    ("c", "compare coverage by outlet"),
    ("r", "articles related to this one, side by side"),
    ("?", "show / hide this help"),
    ("q  Ctrl-C", "quit"),
    ("mouse", "wheel scrolls the pane under it; click selects"),
];

/// The keys of the filter bar, for the help overlay.
pub const FILTER_HELP: &[(&str, &str)] = &[
    ("Enter / Esc", "keep the filter / clear it"),
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
        Mode::Filter => filter_action(key, ctrl),
        Mode::Normal => normal_action(key, ctrl),
    }
}

fn normal_action(key: KeyEvent, ctrl: bool) -> Option<Action> {
    use Action::*;
    Some(match key.code {
        KeyCode::Char('f') if ctrl => PageDown,
        KeyCode::Char('b') if ctrl => PageUp,
        KeyCode::Char('d') if ctrl => PageDown,
        KeyCode::Char('u') if ctrl => PageUp,
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
        KeyCode::Char('q') => Quit,
        KeyCode::Char('c') => ToggleCompare,
        KeyCode::Char('r') => ToggleRelated,
        KeyCode::Esc => Back,
        _ => return None,
    })
}

fn filter_action(key: KeyEvent, ctrl: bool) -> Option<Action> {
    let edit = match key.code {
        KeyCode::Enter => return Some(Action::KeepFilter),
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

//! Key bindings from the config file's `[keys]` table: a key (`"J"`, `"ctrl-n"`, `"f5"`) and
//! the name of what it does (`"down"`, `"star"`, `"none"` to unbind). They are an override
//! layer tried before the built-in table of `keymap.rs`, in normal mode only; `Ctrl-C` always
//! quits.

use crate::app::action::Action;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use std::collections::HashMap;

/// An action a key can be bound to: its name in the config, what it does (for the help), and
/// the action.
pub type Named = (&'static str, &'static str, fn() -> Action);

/// Every action a key can be bound to.
pub const ACTIONS: &[Named] = &[
    ("down", "next article; scroll a line", || Action::Down),
    ("up", "previous article; scroll a line", || Action::Up),
    ("page-down", "page the reader down", || Action::PageDown),
    ("page-up", "page the reader up", || Action::PageUp),
    ("first", "first", || Action::First),
    ("last", "last", || Action::Last),
    ("focus-next", "focus the next pane", || Action::FocusNext),
    ("focus-prev", "focus the previous pane", || {
        Action::FocusPrev
    }),
    ("focus-left", "focus the pane to the left", || {
        Action::FocusLeft
    }),
    ("focus-right", "focus the pane to the right", || {
        Action::FocusRight
    }),
    ("activate", "read the article; filter by the entity", || {
        Action::Activate
    }),
    ("entities", "show / hide the entity panel", || {
        Action::ToggleEntities
    }),
    ("help", "show / hide the help", || Action::ToggleHelp),
    ("filter", "edit the filter", || Action::EditFilter),
    ("next-hit", "next search hit or mention", || Action::NextHit),
    ("prev-hit", "previous search hit or mention", || {
        Action::PrevHit
    }),
    ("toggle-read", "mark read / unread", || Action::ToggleRead),
    ("star", "star / unstar", || Action::ToggleStar),
    ("open-url", "open the URL in the browser", || {
        Action::OpenUrl
    }),
    ("copy-url", "copy the URL", || Action::CopyUrl),
    ("copy-article", "copy the article as Markdown", || {
        Action::CopyArticle
    }),
    ("export", "write the filtered list to a file", || {
        Action::Export
    }),
    ("add-entity", "add a found name to your dictionary", || {
        Action::AddEntity
    }),
    ("not-a-name", "a found name is not a name", || {
        Action::NotAName
    }),
    ("cycle-kind", "a found name's kind, before adding", || {
        Action::CycleKind
    }),
    ("half-page-down", "half a page down", || {
        Action::HalfPageDown
    }),
    ("half-page-up", "half a page up", || Action::HalfPageUp),
    ("shrink-list", "move the split: a narrower list", || {
        Action::ShrinkList
    }),
    ("grow-list", "move the split: a wider list", || {
        Action::GrowList
    }),
    (
        "zoom",
        "the focused pane takes the whole width, or gives it back",
        || Action::Zoom,
    ),
    ("warnings", "every warning of loading, in full", || {
        Action::ToggleWarnings
    }),
    (
        "entity-view",
        "every entity of the filtered articles",
        || Action::ToggleEntityView,
    ),
    ("compare", "compare coverage by outlet", || {
        Action::ToggleCompare
    }),
    ("related", "articles related to this one", || {
        Action::ToggleRelated
    }),
    ("quit", "quit", || Action::Quit),
];

/// A key as bindings see it: the code, with Ctrl and Alt (Shift is in the character).
type Key = (KeyCode, bool, bool);

/// The user's bindings.
#[derive(Debug, Clone, Default)]
pub struct Bindings {
    /// Key → index into [`ACTIONS`], or `None` for a key unbound with `"none"`.
    map: HashMap<Key, Option<usize>>,
    /// As written, for the help overlay: (key, action name), in file order.
    pub shown: Vec<(String, String)>,
}

impl Bindings {
    /// Adds `key = "action"`; an error names the bad key or action.
    pub fn bind(&mut self, key: &str, action: &str) -> Result<(), String> {
        let parsed = parse_key(key)?;
        let index = match action {
            "none" => None,
            _ => Some(ACTIONS.iter().position(|a| a.0 == action).ok_or_else(|| {
                format!(
                    "unknown action '{action}' for key '{key}': expected none or one of {}",
                    ACTIONS.iter().map(|a| a.0).collect::<Vec<_>>().join(", ")
                )
            })?),
        };
        self.map.insert(parsed, index);
        self.shown.push((key.to_string(), action.to_string()));
        Ok(())
    }

    /// What the user bound `key` to: `Some(None)` when unbound, `None` when not theirs.
    pub fn get(&self, key: &KeyEvent) -> Option<Option<Action>> {
        let k = (
            key.code,
            key.modifiers.contains(KeyModifiers::CONTROL),
            key.modifiers.contains(KeyModifiers::ALT),
        );
        self.map.get(&k).map(|i| i.map(|i| (ACTIONS[i].2)()))
    }

    /// Whether the user bound nothing.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// Parses `j`, `J`, `ctrl-d`, `alt-x`, `enter`, `space`, `pgdn`, `f5`, ...
fn parse_key(text: &str) -> Result<Key, String> {
    let bad = || {
        format!(
            "unknown key '{text}': expected a character, a name (enter, esc, tab, space, up, \
             down, left, right, home, end, pgup, pgdn, backspace, delete, f1-f12), \
             with ctrl- or alt- before it"
        )
    };
    let (mut ctrl, mut alt) = (false, false);
    let mut rest = text;
    loop {
        let lower = rest.to_ascii_lowercase();
        if let Some(r) = lower.strip_prefix("ctrl-").filter(|r| !r.is_empty()) {
            ctrl = true;
            rest = &rest[rest.len() - r.len()..];
        } else if let Some(r) = lower.strip_prefix("alt-").filter(|r| !r.is_empty()) {
            alt = true;
            rest = &rest[rest.len() - r.len()..];
        } else {
            break;
        }
    }
    let mut chars = rest.chars();
    let code = match (chars.next(), chars.next()) {
        (Some(c), None) if !c.is_control() => {
            KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c })
        }
        _ => match rest.to_ascii_lowercase().as_str() {
            "enter" | "return" => KeyCode::Enter,
            "esc" | "escape" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" | "shift-tab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "backspace" => KeyCode::Backspace,
            "delete" | "del" => KeyCode::Delete,
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "home" => KeyCode::Home,
            "end" => KeyCode::End,
            "pgup" | "pageup" => KeyCode::PageUp,
            "pgdn" | "pagedown" => KeyCode::PageDown,
            f if f.starts_with('f') => match f[1..].parse::<u8>() {
                Ok(n @ 1..=12) => KeyCode::F(n),
                _ => return Err(bad()),
            },
            _ => return Err(bad()),
        },
    };
    Ok((code, ctrl, alt))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, modifiers)
    }

    #[test]
    fn keys_are_characters_names_and_modifiers() {
        assert_eq!(parse_key("J"), Ok((KeyCode::Char('J'), false, false)));
        assert_eq!(parse_key("ctrl-n"), Ok((KeyCode::Char('n'), true, false)));
        assert_eq!(parse_key("Ctrl-N"), Ok((KeyCode::Char('n'), true, false)));
        assert_eq!(parse_key("alt-enter"), Ok((KeyCode::Enter, false, true)));
        assert_eq!(parse_key("pgdn"), Ok((KeyCode::PageDown, false, false)));
        assert_eq!(parse_key("f5"), Ok((KeyCode::F(5), false, false)));
        assert_eq!(parse_key("-"), Ok((KeyCode::Char('-'), false, false)));
        assert!(parse_key("f13").unwrap_err().contains("'f13'"));
        assert!(parse_key("hyper-x").is_err());
        assert!(parse_key("").is_err());
    }

    #[test]
    fn a_binding_gives_its_action_and_none_unbinds() {
        let mut b = Bindings::default();
        b.bind("J", "down").unwrap();
        b.bind("q", "none").unwrap();
        let shift = KeyModifiers::SHIFT;
        assert!(matches!(
            b.get(&key(KeyCode::Char('J'), shift)),
            Some(Some(Action::Down))
        ));
        assert!(matches!(
            b.get(&key(KeyCode::Char('q'), KeyModifiers::NONE)),
            Some(None)
        ));
        assert!(
            b.get(&key(KeyCode::Char('j'), KeyModifiers::NONE))
                .is_none()
        );
        let e = b.bind("x", "explode").unwrap_err();
        assert!(e.contains("'explode'") && e.contains("star"), "{e}");
    }

    #[test]
    fn bindings_come_before_the_built_in_keys_in_normal_mode_only() {
        use crate::app::keymap::{Mode, action_for};
        let mut b = Bindings::default();
        b.bind("j", "star").unwrap();
        b.bind("ctrl-c", "none").unwrap();
        let j = key(KeyCode::Char('j'), KeyModifiers::NONE);
        assert!(matches!(
            action_for(j, Mode::Normal, &b),
            Some(Action::ToggleStar)
        ));
        // Typing in the filter bar, j is a letter.
        assert!(matches!(
            action_for(j, Mode::Filter, &b),
            Some(Action::Edit(crate::app::Edit::Insert('j')))
        ));
        // Keys the user did not bind keep their built-in action; Ctrl-C always quits.
        let k = key(KeyCode::Char('k'), KeyModifiers::NONE);
        assert!(matches!(action_for(k, Mode::Normal, &b), Some(Action::Up)));
        let ctrl_c = key(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert!(matches!(
            action_for(ctrl_c, Mode::Normal, &b),
            Some(Action::Quit)
        ));
    }
}

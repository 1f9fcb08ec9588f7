//! The user's settings: `$XDG_CONFIG_HOME/dossier/config.toml` (default `~/.config/dossier/`),
//! or the file given with `--config`. Theme colours, key bindings, the pane split and whether
//! copying through the terminal (OSC 52) is allowed.
//!
//! What must stay true: every setting is optional and the file itself is optional (unless named
//! with `--config`); an unknown key or a bad value is an error naming the file, the line and
//! the value, never ignored.

mod keys;

pub use keys::{ACTIONS, Bindings};

use crate::entities::line_col;
use crate::ui::colors::Colors;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The settings in force.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Colours replacing the theme's.
    pub colors: Colors,
    /// Keys bound by the user.
    pub keys: Bindings,
    /// The list's width in percent, before a session restores the last one.
    pub split: Option<u16>,
    /// Whether `y`/`Y` copy through OSC 52.
    pub osc52: bool,
    /// Whether the reader's URL is a terminal hyperlink (OSC 8) where the terminal takes it.
    pub hyperlinks: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            colors: Colors::default(),
            keys: Bindings::default(),
            split: None,
            osc52: true,
            hyperlinks: true,
        }
    }
}

/// The file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    colors: Colors,
    #[serde(default)]
    keys: BTreeMap<toml::Spanned<String>, toml::Spanned<String>>,
    split: Option<toml::Spanned<i64>>,
    osc52: Option<bool>,
    hyperlinks: Option<bool>,
}

/// Where the config file is looked for when `--config` is not given.
pub fn default_path() -> Option<PathBuf> {
    crate::entities::default_config_path().map(|p| p.with_file_name("config.toml"))
}

/// Reads the settings: from `given` (`--config`; it must exist), else from the default file
/// when it exists, else the defaults. The error is one line naming the file.
pub fn load(given: Option<&Path>) -> Result<Settings, String> {
    let path = match given {
        Some(p) => p.to_path_buf(),
        None => match default_path().filter(|p| p.exists()) {
            Some(p) => p,
            None => return Ok(Settings::default()),
        },
    };
    let src = std::fs::read_to_string(&path)
        .map_err(|e| format!("cannot read config '{}': {e}", path.display()))?;
    parse(&src, &path.display().to_string())
}

/// Parses config text; `origin` (the file name) starts every error.
pub fn parse(src: &str, origin: &str) -> Result<Settings, String> {
    let at = |offset: usize, message: &str| {
        let (line, column) = line_col(src, offset);
        format!("'{origin}' line {line}, column {column}: {message}")
    };
    let raw: Raw = toml::from_str(src).map_err(|e| {
        let message = e.message().lines().next().unwrap_or("invalid TOML").trim();
        at(e.span().map_or(0, |s| s.start), message)
    })?;
    let mut settings = Settings {
        colors: raw.colors,
        osc52: raw.osc52.unwrap_or(true),
        hyperlinks: raw.hyperlinks.unwrap_or(true),
        ..Settings::default()
    };
    if let Some(split) = raw.split {
        let value = *split.get_ref();
        if !(10..=90).contains(&value) {
            let message = format!("split '{value}' must be a percent from 10 to 90");
            return Err(at(split.span().start, &message));
        }
        settings.split = Some(value as u16);
    }
    // In file order, so that a later line for the same key wins, as a reader expects.
    let mut keys: Vec<_> = raw.keys.into_iter().collect();
    keys.sort_by_key(|(k, _)| k.span().start);
    for (key, action) in keys {
        settings
            .keys
            .bind(key.get_ref(), action.get_ref())
            .map_err(|e| at(key.span().start, &e))?;
    }
    Ok(settings)
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::Color;

    #[test]
    fn every_setting_is_read() {
        let s = parse(
            "split = 55\nosc52 = false\n\n[colors]\nselected = \"#112233\"\nperson = \"141\"\n\n[keys]\nJ = \"down\"\n\"ctrl-s\" = \"star\"\n",
            "c.toml",
        )
        .unwrap();
        assert_eq!(s.split, Some(55));
        assert!(!s.osc52);
        assert!(s.hyperlinks);
        assert_eq!(s.colors.selected, Some(Color::Rgb(0x11, 0x22, 0x33)));
        assert_eq!(s.colors.person, Some(Color::Indexed(141)));
        assert_eq!(
            s.keys.shown,
            [
                ("J".into(), "down".into()),
                ("ctrl-s".into(), "star".into())
            ]
        );
    }

    #[test]
    fn an_empty_file_is_the_defaults() {
        let s = parse("", "c.toml").unwrap();
        assert_eq!(s.split, None);
        assert!(s.osc52 && s.keys.is_empty());
    }

    #[test]
    fn errors_name_the_file_the_line_and_the_value() {
        let cases = [
            ("splitt = 3\n", "line 1", "splitt"),
            ("split = 3\n", "line 1", "'3'"),
            ("\n[colors]\ndate = \"blurple\"\n", "line 3", "'blurple'"),
            ("\n[colors]\nbackground = \"red\"\n", "line 3", "background"),
            ("[keys]\nJ = \"jump\"\n", "line 2", "'jump'"),
            ("[keys]\n\"hyper-j\" = \"down\"\n", "line 2", "'hyper-j'"),
            ("osc52 = \"yes\"\n", "line 1", "\"yes\""),
        ];
        for (src, line, value) in cases {
            let e = parse(src, "/home/u/.config/dossier/config.toml").unwrap_err();
            assert!(
                e.starts_with("'/home/u/.config/dossier/config.toml' "),
                "{e}"
            );
            assert!(e.contains(line), "{src:?}: {e}");
            assert!(e.contains(value), "{src:?}: {e}");
        }
    }
}

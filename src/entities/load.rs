//! Where dictionaries come from: the built-in one, `--dict` files, and the user's XDG config
//! file. Only [`default_config_path`] reads the environment, so everything else is testable
//! with explicit paths.

use std::path::{Path, PathBuf};

use super::dict::Dictionary;
use super::error::DictError;

/// Which dictionaries to combine, in order: built-in, then `config`, then `files`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DictOptions {
    /// Start from the built-in dictionary (false for `--no-builtin-dict`).
    pub builtin: bool,
    /// `--dict` files, in command-line order; later entries replace earlier ones of the same name.
    pub files: Vec<PathBuf>,
    /// The XDG config file; used only when it exists.
    pub config: Option<PathBuf>,
}

impl Dictionary {
    /// Combines the dictionaries `opts` names. A missing `config` file is skipped; a missing
    /// `--dict` file, or any file that does not parse, is an error naming it.
    pub fn load(opts: &DictOptions) -> Result<Dictionary, DictError> {
        let mut dict = if opts.builtin {
            Dictionary::builtin()
        } else {
            Dictionary::default()
        };
        if let Some(config) = opts.config.as_ref().filter(|c| c.is_file()) {
            dict.merge(read(config)?);
        }
        for file in &opts.files {
            dict.merge(read(file)?);
        }
        Ok(dict)
    }
}

fn read(path: &Path) -> Result<Dictionary, DictError> {
    let origin = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| DictError::io(&origin, &e))?;
    Dictionary::parse(&String::from_utf8_lossy(&bytes), &origin)
}

/// `$XDG_CONFIG_HOME/dossier/entities.toml`, else `$HOME/.config/dossier/entities.toml`; `None`
/// when neither variable is set (or set to a relative path, which the XDG spec says to ignore).
pub fn default_config_path() -> Option<PathBuf> {
    let absolute = |var: &str| {
        std::env::var_os(var)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let base =
        absolute("XDG_CONFIG_HOME").or_else(|| absolute("HOME").map(|h| h.join(".config")))?;
    Some(base.join("dossier").join("entities.toml"))
}

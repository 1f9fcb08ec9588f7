//! Where dictionaries come from: the built-in one, `--dict` files, and the user's XDG config
//! file. Only [`default_config_path`] reads the environment, so everything else is testable
//! with explicit paths.

use std::io::Read;
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
        Dictionary::load_reporting(opts, &mut Vec::new())
    }

    /// [`Dictionary::load`], adding to `warnings` what the user should know about files that
    /// were read (one not in UTF-8, and the encoding assumed).
    pub fn load_reporting(
        opts: &DictOptions,
        warnings: &mut Vec<String>,
    ) -> Result<Dictionary, DictError> {
        let mut dict = if opts.builtin {
            Dictionary::builtin()
        } else {
            Dictionary::default()
        };
        if let Some(config) = opts.config.as_ref().filter(|c| c.is_file()) {
            dict.merge(read(config, warnings)?);
        }
        for file in &opts.files {
            dict.merge(read(file, warnings)?);
        }
        Ok(dict)
    }
}

/// The largest dictionary file read: the built-in one is 0.2 MB, and a hundred thousand
/// entities with aliases fit in a few dozen.
const MAX_DICT: u64 = 64 << 20;

/// Reads one dictionary file. Only regular files are read (a FIFO or a device would block or
/// never end), up to [`MAX_DICT`]; a NUL byte is refused where it stands; text that is not
/// UTF-8 is decoded as article files are, and said.
fn read(path: &Path, warnings: &mut Vec<String>) -> Result<Dictionary, DictError> {
    let origin = path.display().to_string();
    let refuse = |reason: String| DictError::Io {
        origin: origin.clone(),
        reason,
    };
    let meta = std::fs::metadata(path).map_err(|e| DictError::io(&origin, &e))?;
    if !meta.is_file() {
        return Err(refuse("not a regular file".into()));
    }
    let too_big = || refuse(format!("larger than {} MiB: not read", MAX_DICT >> 20));
    if meta.len() > MAX_DICT {
        return Err(too_big());
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_DICT + 1).read_to_end(&mut bytes))
        .map_err(|e| DictError::io(&origin, &e))?;
    if bytes.len() as u64 > MAX_DICT {
        return Err(too_big());
    }
    if let Some(at) = memchr::memchr(0, &bytes) {
        let before = &bytes[..at];
        let line_start = memchr::memrchr(b'\n', before).map_or(0, |i| i + 1);
        return Err(DictError::Syntax {
            origin,
            line: memchr::memchr_iter(b'\n', before).count() + 1,
            column: String::from_utf8_lossy(&before[line_start..])
                .chars()
                .count()
                + 1,
            message: "a NUL byte: not a text file".into(),
        });
    }
    let decoded = crate::corpus::text_of(&bytes, None);
    match (decoded.encoding, decoded.replaced) {
        (Some(enc), _) => warnings.push(format!("'{origin}' is not UTF-8: decoded as {enc}")),
        (None, true) => warnings.push(format!(
            "'{origin}' is not valid UTF-8: bad bytes shown as U+FFFD"
        )),
        (None, false) => {}
    }
    Dictionary::parse(&decoded.text, &origin)
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

//! Why a dictionary could not be used. Every message names the file and the bad value in
//! 'single quotes', in the one-line form the command line prints after `dossier: `.

use thiserror::Error;

/// A dictionary file that cannot be read or does not describe valid entities.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DictError {
    /// The file could not be read: `'x.toml': No such file or directory`.
    #[error("'{origin}': {reason}")]
    Io {
        /// The file as the user named it.
        origin: String,
        /// The operating system's reason, without the "(os error N)" suffix.
        reason: String,
    },
    /// The TOML does not parse or has the wrong shape.
    #[error("'{origin}' line {line}, column {column}: {message}")]
    Syntax {
        /// The file as the user named it.
        origin: String,
        /// 1-based line of the error.
        line: usize,
        /// 1-based column (in characters) of the error.
        column: usize,
        /// The parser's message, first line only.
        message: String,
    },
    /// A `kind` that is not one of the six.
    #[error(
        "'{origin}' line {line}: unknown kind '{kind}' (person, org, place, event, group, misc)"
    )]
    UnknownKind {
        /// The file as the user named it.
        origin: String,
        /// 1-based line of the bad value.
        line: usize,
        /// The value as written.
        kind: String,
    },
    /// A name, alias or short form that cannot be matched: empty, or without a letter or digit.
    #[error("'{origin}' line {line}: {field} '{value}' needs a letter or digit")]
    Unmatchable {
        /// The file as the user named it.
        origin: String,
        /// 1-based line of the bad value.
        line: usize,
        /// `name`, `alias` or `short`.
        field: &'static str,
        /// The value as written.
        value: String,
    },
    /// A name, alias or short form holding a control character, an escape sequence or a bidi
    /// control: it would reach the terminal wherever the name is shown.
    #[error("'{origin}' line {line}: {field} '{value}' holds a control character")]
    Control {
        /// The file as the user named it.
        origin: String,
        /// 1-based line of the bad value.
        line: usize,
        /// `name`, `alias` or `short`.
        field: &'static str,
        /// The value as written (shown escaped).
        value: String,
    },
    /// Two entries in one file with the same name.
    #[error("'{origin}' line {line}: duplicate entity '{name}'")]
    Duplicate {
        /// The file as the user named it.
        origin: String,
        /// 1-based line of the second entry.
        line: usize,
        /// The repeated name.
        name: String,
    },
}

impl DictError {
    /// An unreadable file, with the OS message stripped of its "(os error N)" tail.
    pub(crate) fn io(origin: &str, err: &std::io::Error) -> DictError {
        let text = err.to_string();
        let reason = match text.rfind(" (os error ") {
            Some(cut) => text[..cut].to_string(),
            None => text,
        };
        DictError::Io {
            origin: origin.to_string(),
            reason,
        }
    }
}

/// 1-based line and column (in characters) of byte offset `at` in `src`.
pub(crate) fn line_col(src: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    let before = &src[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, src[line_start..at].chars().count() + 1)
}

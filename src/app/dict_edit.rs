//! The effect that writes: an edit of the user's dictionary file from the entity panel, and
//! the entity index rebuilt from the dictionary as edited, so that highlighting follows at once.
//!
//! What must stay true: the dictionary in memory changes only when the file has the change (or
//! had it already); the rebuilt index is the one the reader would build at start with the
//! edited file: the dictionaries it started with plus the edits, names found in the collection
//! found again.

use crate::corpus::Article;
use crate::entities::{self, DictEdit, Dictionary, EditOutcome, EntityIndex};
use std::path::PathBuf;
use std::sync::Arc;

/// The user's dictionary file, and the dictionary the reader started with plus its edits.
#[derive(Debug, Clone)]
pub struct UserDictionary {
    /// `$XDG_CONFIG_HOME/dossier/entities.toml`; `None` when there is no config folder.
    pub path: Option<PathBuf>,
    /// The dictionaries combined (built-in, config file, `--dict`), before names are found.
    pub base: Dictionary,
}

impl UserDictionary {
    /// The file at `path` and the dictionary `base` the reader started with.
    pub fn new(path: Option<PathBuf>, base: Dictionary) -> UserDictionary {
        UserDictionary { path, base }
    }

    /// Edits the file, then the dictionary in memory. `Ok` says what was done; `Err` why the
    /// file was left as it was (nothing changed then).
    pub fn edit(&mut self, edit: &DictEdit) -> Result<String, String> {
        let Some(path) = &self.path else {
            return Err("no config folder for your dictionary: set XDG_CONFIG_HOME or HOME".into());
        };
        let file = path.display();
        let outcome = entities::edit_file(path, edit).map_err(|e| e.to_string())?;
        self.base.apply(edit);
        Ok(match (outcome, edit) {
            (EditOutcome::AlreadyThere, _) => format!("'{}' is already in '{file}'", edit.name()),
            (EditOutcome::Written, DictEdit::Add(e)) => {
                format!("added '{}' ({}) to '{file}'", e.name, e.kind.name())
            }
            (EditOutcome::Written, DictEdit::NotAName(name)) => {
                format!("'{name}' is not a name: saved in '{file}'")
            }
        })
    }

    /// The entity index of `articles` with the dictionary as edited, names found again. Takes
    /// as long as finding names at start (up to about a second): run it off the UI thread.
    pub fn index(&self, articles: Arc<[Article]>) -> Arc<EntityIndex> {
        let matcher = Arc::new(entities::matcher_for(self.base.clone(), &articles));
        Arc::new(EntityIndex::new(matcher, articles))
    }
}

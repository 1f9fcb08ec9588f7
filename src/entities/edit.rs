//! Edits of the user's dictionary file from the reader: add a name found in the collection as
//! an `[[entity]]`, or mark it "not a name" in the top-level `not_names` array (DESIGN 1.5).
//!
//! What must stay true: the file is edited in place with `toml_edit`, so the user's comments,
//! order and layout survive; it is replaced atomically (a temporary file in the same folder,
//! synced, then renamed over it), so a crash or a full disk never leaves it half written; a file
//! that does not parse as a dictionary is refused and left exactly as it was. Names come from
//! article text and are written as TOML strings by `toml_edit`, which escapes them.

use std::io::Write;
use std::path::{Path, PathBuf};

use toml_edit::{Array, ArrayOfTables, DocumentMut, InlineTable, Item, Table, Value, value};

use super::dict::{Dictionary, Entity, Origin, fold_name};

/// One change to a user's dictionary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DictEdit {
    /// Add this entity (its name, kind, aliases and short forms) as an `[[entity]]`.
    Add(Entity),
    /// Never find this name in a collection again: append it to `not_names`.
    NotAName(String),
}

impl DictEdit {
    /// The name the edit is about.
    pub fn name(&self) -> &str {
        match self {
            DictEdit::Add(e) => &e.name,
            DictEdit::NotAName(name) => name,
        }
    }
}

/// What an edit of the file did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditOutcome {
    /// The file now has the change.
    Written,
    /// The file already had it (an entity of that name, or that name in `not_names`); it was
    /// left as it was.
    AlreadyThere,
}

/// Why the file could not be edited. It is left as it was in every case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// The file does not parse as a dictionary.
    #[error("not changed, {0}")]
    Invalid(String),
    /// Reading, writing or renaming failed.
    #[error("not changed, '{origin}': {reason}")]
    Io {
        /// The file, or its folder when no file could be made there.
        origin: String,
        /// The operating system's reason.
        reason: String,
    },
}

fn io_error(path: &Path, err: &std::io::Error) -> EditError {
    let reason = err.to_string();
    let reason = reason
        .split(" (os error")
        .next()
        .unwrap_or(&reason)
        .to_string();
    EditError::Io {
        origin: path.display().to_string(),
        reason,
    }
}

/// What a new file starts with.
const HEADER: &str = "# dossier: your own entities, read with the built-in ones.\n\
# not_names: names that dossier must never offer as found in your articles.\n\
# [[entity]]: name, kind (person | org | place | event | group | misc), aliases, short.\n\
not_names = []\n";

/// Applies `edit` to the dictionary file at `path`, creating it (and its folders) when missing.
pub fn edit_file(path: &Path, edit: &DictEdit) -> Result<EditOutcome, EditError> {
    // Edit the file a symbolic link points to, not the link.
    let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    let origin = path.display().to_string();
    let old = match std::fs::read(&path) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_error(&path, &e)),
    };
    let text = match &old {
        None => HEADER.to_string(),
        Some(bytes) => String::from_utf8(bytes.clone())
            .map_err(|_| EditError::Invalid(format!("'{origin}' is not UTF-8 text")))?,
    };
    Dictionary::parse(&text, &origin).map_err(|e| EditError::Invalid(e.to_string()))?;
    let mut doc: DocumentMut = text
        .parse()
        .map_err(|e: toml_edit::TomlError| EditError::Invalid(format!("'{origin}': {e}")))?;
    let changed = match edit {
        DictEdit::Add(entity) => add_entity(&mut doc, entity, &origin)?,
        DictEdit::NotAName(name) => add_not_name(&mut doc, name, &origin)?,
    };
    if !changed {
        return Ok(EditOutcome::AlreadyThere);
    }
    let new = doc.to_string();
    // What is written must load: never leave a file that the next start refuses.
    Dictionary::parse(&new, &origin).map_err(|e| EditError::Invalid(e.to_string()))?;
    write_atomically(&path, new.as_bytes())?;
    Ok(EditOutcome::Written)
}

/// Appends `entity` to the `[[entity]]` tables; false when one of that name is there.
fn add_entity(doc: &mut DocumentMut, entity: &Entity, origin: &str) -> Result<bool, EditError> {
    let key = fold_name(&entity.name);
    let named = |name: Option<&str>| name.is_some_and(|n| fold_name(n) == key);
    let strings = |list: &[String]| Array::from_iter(list.iter().map(String::as_str));
    match doc.get_mut("entity") {
        None => {
            doc.insert("entity", Item::ArrayOfTables(ArrayOfTables::new()));
        }
        Some(Item::ArrayOfTables(tables)) => {
            if tables
                .iter()
                .any(|t| named(t.get("name").and_then(|n| n.as_str())))
            {
                return Ok(false);
            }
        }
        Some(Item::Value(Value::Array(array))) => {
            // `entity = [{ name = ... }]`: keep the user's inline form.
            let inline = |v: &Value| {
                let name = v.as_inline_table().and_then(|t| t.get("name"));
                name.and_then(|n| n.as_str())
                    .is_some_and(|n| fold_name(n) == key)
            };
            if array.iter().any(inline) {
                return Ok(false);
            }
            let mut t = InlineTable::new();
            t.insert("name", entity.name.as_str().into());
            t.insert("kind", entity.kind.name().into());
            if !entity.aliases.is_empty() {
                t.insert("aliases", Value::Array(strings(&entity.aliases)));
            }
            if !entity.short.is_empty() {
                t.insert("short", Value::Array(strings(&entity.short)));
            }
            array.push(t);
            return Ok(true);
        }
        Some(_) => {
            return Err(EditError::Invalid(format!(
                "'{origin}': 'entity' is not a list of tables"
            )));
        }
    }
    let mut table = Table::new();
    table.insert("name", value(entity.name.as_str()));
    table.insert("kind", value(entity.kind.name()));
    if !entity.aliases.is_empty() {
        table.insert("aliases", value(strings(&entity.aliases)));
    }
    if !entity.short.is_empty() {
        table.insert("short", value(strings(&entity.short)));
    }
    // A blank line before it, as people write them.
    table.decor_mut().set_prefix("\n");
    if let Some(Item::ArrayOfTables(tables)) = doc.get_mut("entity") {
        tables.push(table);
    }
    Ok(true)
}

/// Appends `name` to the top-level `not_names`; false when it is there already.
fn add_not_name(doc: &mut DocumentMut, name: &str, origin: &str) -> Result<bool, EditError> {
    let key = fold_name(name);
    match doc.get_mut("not_names") {
        None => {
            let mut list = Array::new();
            list.push(name);
            doc.insert("not_names", value(list));
            Ok(true)
        }
        Some(Item::Value(Value::Array(list))) => {
            if list
                .iter()
                .any(|v| v.as_str().is_some_and(|n| fold_name(n) == key))
            {
                return Ok(false);
            }
            list.push(name);
            Ok(true)
        }
        Some(_) => Err(EditError::Invalid(format!(
            "'{origin}': 'not_names' is not a list of strings"
        ))),
    }
}

/// Replaces `path` with `bytes`: a temporary file in the same folder, synced, renamed over it,
/// then the folder synced so that the rename itself is on disk.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), EditError> {
    let dir: PathBuf = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    std::fs::create_dir_all(&dir).map_err(|e| io_error(&dir, &e))?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".entities.")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(|e| io_error(&dir, &e))?;
    // Keep the file's permissions (a new temporary file is private to its owner).
    if let Ok(meta) = std::fs::metadata(path) {
        let _ = tmp.as_file().set_permissions(meta.permissions());
    }
    // A full disk fails here: named as the user's file, which is left as it was (the
    // temporary file goes when `tmp` is dropped).
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| io_error(path, &e))?;
    tmp.persist(path).map_err(|e| io_error(path, &e.error))?;
    if let Ok(d) = std::fs::File::open(&dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

impl Dictionary {
    /// Applies `edit` in memory, as the file now says: an added entity is a dictionary entity
    /// (replacing one of the same name), a name marked "not a name" is never found again.
    pub fn apply(&mut self, edit: &DictEdit) {
        match edit {
            DictEdit::Add(entity) => {
                let entity = Entity {
                    origin: Origin::Dictionary,
                    ..entity.clone()
                };
                self.merge(Dictionary::of(vec![entity], Vec::new()));
            }
            DictEdit::NotAName(name) => {
                self.merge(Dictionary::of(Vec::new(), vec![fold_name(name)]));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entities::Kind;

    fn found(name: &str, kind: Kind) -> Entity {
        Entity {
            name: name.into(),
            kind,
            aliases: Vec::new(),
            short: Vec::new(),
            origin: Origin::Corpus,
        }
    }

    const USER: &str = "# my entities\n\
not_names = [\"Breaking News\"]  # never these\n\
\n\
# the minister\n\
[[entity]]\n\
name = \"Patricia Hewitt\"   # trade\n\
kind = \"person\"\n";

    #[test]
    fn adding_keeps_comments_and_entries_and_loads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("entities.toml");
        std::fs::write(&path, USER).unwrap();
        let mut gmtv = found("GMTV", Kind::Org);
        gmtv.short = vec!["GM".into()];
        assert_eq!(
            edit_file(&path, &DictEdit::Add(gmtv.clone())),
            Ok(EditOutcome::Written)
        );
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.starts_with(USER),
            "the old text is kept as it was:\n{text}"
        );
        assert!(
            text.ends_with("\n[[entity]]\nname = \"GMTV\"\nkind = \"org\"\nshort = [\"GM\"]\n"),
            "{text}"
        );
        let dict = Dictionary::parse(&text, "x").unwrap();
        assert_eq!(dict.len(), 2);
        assert!(dict.is_not_name("breaking news"));
        // Again: already there, the file unchanged.
        assert_eq!(
            edit_file(&path, &DictEdit::Add(gmtv)),
            Ok(EditOutcome::AlreadyThere)
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
        // No temporary file left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn not_a_name_appends_to_not_names() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("entities.toml");
        std::fs::write(&path, USER).unwrap();
        let edit = DictEdit::NotAName("Read More".into());
        assert_eq!(edit_file(&path, &edit), Ok(EditOutcome::Written));
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("not_names = [\"Breaking News\", \"Read More\"]  # never these\n"),
            "{text}"
        );
        assert!(
            text.contains("# the minister\n[[entity]]\nname = \"Patricia Hewitt\"   # trade\n")
        );
        assert_eq!(
            edit_file(&path, &DictEdit::NotAName("read  more".into())),
            Ok(EditOutcome::AlreadyThere)
        );
    }

    #[test]
    fn a_missing_file_is_created_with_its_folders() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a/dossier/entities.toml");
        edit_file(&path, &DictEdit::NotAName("Read More".into())).unwrap();
        edit_file(&path, &DictEdit::Add(found("Acme Corp", Kind::Org))).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# dossier: your own entities"));
        let dict = Dictionary::parse(&text, "x").unwrap();
        assert!(dict.is_not_name("Read More"));
        assert_eq!(dict.entities()[0].name, "Acme Corp");
    }

    #[test]
    fn a_file_that_does_not_parse_is_left_byte_for_byte() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("entities.toml");
        for bad in [
            &b"[[entity]]\nname = \"X\"\nkind = \n"[..],
            b"[[entity]]\nname = \"X\"\nkind = \"planet\"\n",
            b"not_names = \"x\"\n",
            b"# caf\xe9\n",
        ] {
            std::fs::write(&path, bad).unwrap();
            let err = edit_file(&path, &DictEdit::Add(found("GMTV", Kind::Org))).unwrap_err();
            assert!(matches!(err, EditError::Invalid(_)), "{err}");
            assert!(err.to_string().starts_with("not changed, '"), "{err}");
            assert_eq!(std::fs::read(&path).unwrap(), bad);
        }
    }

    #[test]
    fn quotes_and_backslashes_in_names_are_escaped() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("entities.toml");
        let name = "The \"Real\" C:\\Deal";
        edit_file(&path, &DictEdit::Add(found(name, Kind::Misc))).unwrap();
        edit_file(&path, &DictEdit::NotAName("a\"b\\c".into())).unwrap();
        let dict = Dictionary::parse(&std::fs::read_to_string(&path).unwrap(), "x").unwrap();
        assert_eq!(dict.entities()[0].name, name);
        assert!(dict.is_not_name("a\"b\\c"));
    }

    #[test]
    fn inline_entity_lists_get_an_inline_entry() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("entities.toml");
        std::fs::write(&path, "entity = [{ name = \"A B\", kind = \"org\" }]\n").unwrap();
        edit_file(&path, &DictEdit::Add(found("C D", Kind::Place))).unwrap();
        let dict = Dictionary::parse(&std::fs::read_to_string(&path).unwrap(), "x").unwrap();
        assert_eq!(dict.len(), 2);
    }

    #[test]
    fn applied_in_memory_the_entity_is_a_dictionary_one() {
        let mut dict = Dictionary::default();
        dict.apply(&DictEdit::Add(found("GMTV", Kind::Org)));
        assert_eq!(dict.entities()[0].origin, Origin::Dictionary);
        dict.apply(&DictEdit::NotAName("Read More".into()));
        assert!(dict.is_not_name("read more"));
    }
}

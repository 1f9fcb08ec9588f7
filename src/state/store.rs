//! The state database: read and starred marks by article identity, and the last session of
//! each collection (filter, selected article, pane split), in SQLite under
//! `$XDG_STATE_HOME/dossier/` (default `~/.local/state/dossier/`).
//!
//! What must stay true: each mark is its own statement, committed as it is made, and sets only
//! its own column, so two readers open at once never undo each other's marks and a killed
//! reader loses nothing it had written (WAL journal: a commit is on disk when the statement
//! returns, whatever happens to the process). A database that cannot be opened for writing is
//! an error for the caller to report; opening it read-only may still show the marks.

use super::marks::{Mark, Marks};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The file name inside the state directory.
pub const FILE: &str = "state.sqlite3";

/// How long a statement waits for another reader's write to finish before it fails.
const BUSY: Duration = Duration::from_secs(2);

/// Why the state database cannot be used (for writing, or at all).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("state '{}': {problem}", path.display())]
pub struct StoreError {
    /// The database file (or the directory that could not be made).
    pub path: PathBuf,
    /// What went wrong, in words.
    pub problem: String,
}

/// What a reader remembers of one collection between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Session {
    /// The filter text.
    pub filter: String,
    /// The identity of the selected article.
    pub selected: Option<String>,
    /// The list's width, in percent of the panes' width.
    pub split: Option<u16>,
}

/// An open state database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

/// `$XDG_STATE_HOME/dossier`, else `~/.local/state/dossier`; `None` without either variable
/// (a relative value is ignored, as the XDG spec says).
pub fn default_dir() -> Option<PathBuf> {
    let absolute = |var: &str| {
        std::env::var_os(var)
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    let base = absolute("XDG_STATE_HOME")
        .or_else(|| absolute("HOME").map(|h| h.join(".local").join("state")))?;
    Some(base.join("dossier"))
}

impl Store {
    /// Opens (creating it and its directory when needed) the database in `dir` for reading and
    /// writing.
    pub fn open(dir: &Path) -> Result<Store, StoreError> {
        let path = dir.join(FILE);
        let fail = |problem: String| StoreError {
            path: path.clone(),
            problem,
        };
        std::fs::create_dir_all(dir).map_err(|e| StoreError {
            path: dir.to_path_buf(),
            problem: format!("cannot create the directory: {e}"),
        })?;
        let conn = Connection::open(&path).map_err(|e| fail(describe(&e)))?;
        let store = Store {
            conn,
            path: path.clone(),
        };
        store.prepare(true).map_err(|e| fail(describe(&e)))?;
        Ok(store)
    }

    /// Opens an existing database in `dir` only to read it.
    pub fn open_read_only(dir: &Path) -> Result<Store, StoreError> {
        let path = dir.join(FILE);
        let fail = |problem: String| StoreError {
            path: path.clone(),
            problem,
        };
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(&path, flags).map_err(|e| fail(describe(&e)))?;
        let store = Store {
            conn,
            path: path.clone(),
        };
        store.prepare(false).map_err(|e| fail(describe(&e)))?;
        Ok(store)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn prepare(&self, write: bool) -> rusqlite::Result<()> {
        self.conn.busy_timeout(BUSY)?;
        // Reads the header: a file that is not a database fails here, not at the first mark.
        self.conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(()))?;
        if !write {
            return Ok(());
        }
        self.conn
            .query_row("PRAGMA journal_mode = WAL", [], |_| Ok(()))?;
        // In WAL mode NORMAL loses nothing when the process dies, only (the last commits) when
        // the machine does.
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        self.conn.execute_batch(
            "CREATE TABLE IF NOT EXISTS marks (
                 id TEXT PRIMARY KEY,
                 read INTEGER NOT NULL DEFAULT 0,
                 starred INTEGER NOT NULL DEFAULT 0
             ) WITHOUT ROWID;
             CREATE TABLE IF NOT EXISTS sessions (
                 collection TEXT PRIMARY KEY,
                 filter TEXT NOT NULL,
                 selected TEXT,
                 split INTEGER
             ) WITHOUT ROWID;
             -- Takes the write lock once, so that a database locked by another program or in
             -- a place that cannot be written is found now, not at the first mark.
             BEGIN IMMEDIATE; COMMIT;",
        )
    }

    /// Sets the marks of `ids` (identities by article position) from the database into
    /// `marks` (it only sets: a mark already there stays); says how many articles had a mark.
    pub fn load(&self, ids: &[String], marks: &Marks) -> Result<usize, StoreError> {
        let rows = self.all_marks().map_err(|e| self.error(&e))?;
        let mut found = 0;
        for (i, id) in ids.iter().enumerate() {
            if let Some(&(read, starred)) = rows.get(id.as_str()) {
                for (mark, on) in [(Mark::Read, read), (Mark::Starred, starred)] {
                    if on {
                        marks.set(i, mark, true);
                    }
                }
                found += 1;
            }
        }
        Ok(found)
    }

    fn all_marks(&self) -> rusqlite::Result<HashMap<String, (bool, bool)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, read, starred FROM marks WHERE read OR starred")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
        rows.collect()
    }

    /// Records `mark` on or off for the article `id`, leaving its other mark as it is in the
    /// database (another reader may have set it).
    pub fn set(&self, id: &str, mark: Mark, on: bool) -> Result<(), StoreError> {
        let column = mark.column();
        let sql = format!(
            "INSERT INTO marks (id, {column}) VALUES (?1, ?2)
             ON CONFLICT (id) DO UPDATE SET {column} = excluded.{column}"
        );
        self.conn
            .execute(&sql, params![id, on])
            .map(|_| ())
            .map_err(|e| self.error(&e))
    }

    /// The last session of `collection`, if one was saved.
    pub fn session(&self, collection: &str) -> Result<Option<Session>, StoreError> {
        self.conn
            .query_row(
                "SELECT filter, selected, split FROM sessions WHERE collection = ?1",
                [collection],
                |r| {
                    Ok(Session {
                        filter: r.get(0)?,
                        selected: r.get(1)?,
                        split: r.get(2)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.error(&e))
    }

    /// Saves the session of `collection`, replacing the last one.
    pub fn save_session(&self, collection: &str, session: &Session) -> Result<(), StoreError> {
        self.conn
            .execute(
                "INSERT OR REPLACE INTO sessions (collection, filter, selected, split)
                 VALUES (?1, ?2, ?3, ?4)",
                params![collection, session.filter, session.selected, session.split],
            )
            .map(|_| ())
            .map_err(|e| self.error(&e))
    }

    /// The connection, for tests that play another program holding a lock.
    #[cfg(test)]
    pub(super) fn conn_for_tests(&self) -> &Connection {
        &self.conn
    }

    fn error(&self, e: &rusqlite::Error) -> StoreError {
        StoreError {
            path: self.path.clone(),
            problem: describe(e),
        }
    }
}

/// The words for a SQLite failure that a user can act on.
fn describe(e: &rusqlite::Error) -> String {
    use rusqlite::ErrorCode::*;
    match e.sqlite_error_code() {
        Some(NotADatabase | DatabaseCorrupt) => "the file is damaged (not a database)".into(),
        Some(DatabaseBusy | DatabaseLocked) => "locked by another program".into(),
        Some(ReadOnly | CannotOpen | PermissionDenied) => format!("cannot write it ({e})"),
        Some(DiskFull) => "the disk is full".into(),
        _ => e.to_string(),
    }
}

/// The key under which a collection's session is kept: its paths, made absolute where they
/// exist, sorted, one per line; the bundled corpus is the empty list.
pub fn collection_key(paths: &[PathBuf]) -> String {
    let mut keys: Vec<String> = paths
        .iter()
        .map(|p| {
            std::fs::canonicalize(p)
                .unwrap_or_else(|_| p.clone())
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    keys.sort();
    keys.dedup();
    keys.join("\n")
}

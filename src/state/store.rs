//! The state database: read and starred marks by article identity, and the last session of
//! each collection (filter, selected article, pane split), in SQLite under
//! `$XDG_STATE_HOME/dossier/` (default `~/.local/state/dossier/`).
//!
//! What must stay true: each mark is its own statement, committed as it is made, and sets only
//! its own column, so two readers open at once never undo each other's marks and a killed
//! reader loses nothing it had written (WAL journal: a commit is on disk when the statement
//! returns, whatever happens to the process). A database that cannot be opened for writing is
//! an error for the caller to report; opening it read-only may still show the marks.

use super::identity::identity;
use super::marks::{Mark, Marks};
use crate::corpus::Article;
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
        std::fs::create_dir_all(dir).map_err(|e| StoreError {
            path: dir.to_path_buf(),
            problem: format!("cannot create the directory: {e}"),
        })?;
        let path = dir.join(FILE);
        Store::connect(&path, &path, OpenFlags::default(), true).map_err(|(e, _)| e)
    }

    /// Opens an existing database in `dir` only to read it.
    ///
    /// When even that fails for want of disk (a WAL database is read through its `-shm` file,
    /// which a full disk cannot make), the file is read as it stands (`immutable`): the marks
    /// it holds are shown; only those of a reader that died before folding its journal into
    /// the file are not. Not when it is locked: another program may be writing it.
    pub fn open_read_only(dir: &Path) -> Result<Store, StoreError> {
        use rusqlite::ErrorCode::{CannotOpen, DiskFull, SystemIoFailure};
        let path = dir.join(FILE);
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        match Store::connect(&path, &path, flags, false) {
            Ok(store) => Ok(store),
            Err((first, Some(SystemIoFailure | DiskFull | CannotOpen))) => {
                let as_it_stands = immutable_uri(&path);
                let flags = flags | OpenFlags::SQLITE_OPEN_URI;
                Store::connect(&path, Path::new(&as_it_stands), flags, false).map_err(|_| first)
            }
            Err((first, _)) => Err(first),
        }
    }

    /// Opens `name` (the database `path`, or a URI for it) with `flags`, ready to read, and to
    /// write when `write`; or why not, with SQLite's code for it.
    fn connect(
        path: &Path,
        name: &Path,
        flags: OpenFlags,
        write: bool,
    ) -> Result<Store, (StoreError, Option<rusqlite::ErrorCode>)> {
        let conn = Connection::open_with_flags(name, flags).map_err(|e| {
            let error = StoreError {
                path: path.to_path_buf(),
                problem: describe(&e, 0),
            };
            (error, e.sqlite_error_code())
        })?;
        let store = Store {
            conn,
            path: path.to_path_buf(),
        };
        store
            .prepare(write)
            .map_err(|e| (store.error(&e), e.sqlite_error_code()))?;
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

    /// Sets the marks of `articles` from the database into `marks` (it only sets: a mark
    /// already there stays); says how many articles had a mark. Identities are worked out
    /// one article at a time and not kept (a million of them took more memory than the
    /// titles), and not at all when nothing is marked.
    pub fn load(&self, articles: &[Article], marks: &Marks) -> Result<usize, StoreError> {
        let rows = self.all_marks().map_err(|e| self.error(&e))?;
        if rows.is_empty() {
            return Ok(0);
        }
        let mut found = 0;
        for (i, a) in articles.iter().enumerate() {
            if let Some(&(read, starred)) = rows.get(identity(a).as_str()) {
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
        // SAFETY: the handle is the open connection's, alive while `self` is; the call only
        // reads the errno its last failed system call left.
        let errno = unsafe { rusqlite::ffi::sqlite3_system_errno(self.conn.handle()) };
        StoreError {
            path: self.path.clone(),
            problem: describe(e, errno),
        }
    }
}

/// The words for a SQLite failure that a user can act on; `errno` is that of the system call
/// that failed, when there was one (else 0): SQLite's own "disk I/O error" does not say whether
/// the disk is full, over quota or failing.
fn describe(e: &rusqlite::Error, errno: i32) -> String {
    use rusqlite::ErrorCode::*;
    let system = (errno != 0).then(|| std::io::Error::from_raw_os_error(errno));
    match (e.sqlite_error_code(), system) {
        (Some(NotADatabase | DatabaseCorrupt), _) => "the file is damaged (not a database)".into(),
        (Some(DatabaseBusy | DatabaseLocked), _) => "locked by another program".into(),
        (Some(ReadOnly | CannotOpen | PermissionDenied), _) => format!("cannot write it ({e})"),
        (Some(DiskFull), _) => "the disk is full".into(),
        (Some(SystemIoFailure), Some(io)) if io.kind() == std::io::ErrorKind::StorageFull => {
            "the disk is full".into()
        }
        (Some(SystemIoFailure), Some(io)) => format!("{e}: {io}"),
        _ => e.to_string(),
    }
}

/// `path` as an SQLite URI that reads the file as it stands, without its journal or locks.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for &b in path.as_os_str().as_encoded_bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The error SQLite gives for `code`, with its own words.
    fn sqlite_error(code: std::ffi::c_int, words: &str) -> rusqlite::Error {
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(code), Some(words.into()))
    }

    #[test]
    fn a_write_that_fails_says_why_when_the_system_said() {
        let write = sqlite_error(rusqlite::ffi::SQLITE_IOERR_WRITE, "disk I/O error");
        assert_eq!(describe(&write, libc::ENOSPC), "the disk is full");
        assert_eq!(
            describe(&write, libc::EFBIG),
            format!(
                "disk I/O error: {}",
                std::io::Error::from_raw_os_error(libc::EFBIG)
            )
        );
        assert_eq!(describe(&write, 0), "disk I/O error");
        assert_eq!(
            describe(
                &sqlite_error(rusqlite::ffi::SQLITE_FULL, "database or disk is full"),
                0
            ),
            "the disk is full"
        );
    }

    #[test]
    fn a_path_becomes_a_uri_that_no_character_of_it_can_break() {
        assert_eq!(
            immutable_uri(Path::new("/a b/c?d#e%f&g=h/ü.db")),
            "file:/a%20b/c%3Fd%23e%25f%26g%3Dh/%C3%BC.db?immutable=1"
        );
    }

    #[test]
    fn a_database_in_a_folder_with_a_strange_name_reads_as_it_stands() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("we?ird #1 100% ü");
        let store = Store::open(&dir).unwrap();
        let article = Article::new(&crate::corpus::ArticleData {
            title: "Some article".into(),
            ..Default::default()
        });
        store.set(&identity(&article), Mark::Starred, true).unwrap();
        drop(store);
        let path = dir.join(FILE);
        let uri = immutable_uri(&path);
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_URI;
        let Ok(read) = Store::connect(&path, Path::new(&uri), flags, false) else {
            panic!("{uri} does not open");
        };
        let marks = Marks::new(1);
        assert_eq!(read.load(&[article], &marks).unwrap(), 1);
        assert!(marks.has(0, Mark::Starred));
    }
}

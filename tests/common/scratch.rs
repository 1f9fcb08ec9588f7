//! Folders for a test's files, removed when the test ends, whether it passed or not: a run of
//! the tests leaves nothing in the temporary directory.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// A test's folder; removed when dropped.
pub struct Scratch(PathBuf);

impl Scratch {
    /// A fresh, empty folder, named by the test file (`prefix`), the process and `name`, so
    /// that a failed test's files can be found while it runs.
    pub fn new(prefix: &str, name: &str) -> Scratch {
        let dir =
            std::env::temp_dir().join(format!("dossier-{prefix}-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.0
    }
}

impl AsRef<OsStr> for Scratch {
    fn as_ref(&self) -> &OsStr {
        self.0.as_os_str()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

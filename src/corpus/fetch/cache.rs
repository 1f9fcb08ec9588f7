//! The cache of fetched URLs: one file per URL under `$XDG_CACHE_HOME/dossier/` (else
//! `~/.cache/dossier/`), named by the SHA-256 of the URL, holding the response's validators
//! (ETag, Last-Modified) for the next conditional request and the body itself.
//!
//! What must stay true: a URL never becomes a path (the name is a hash, so no URL can reach
//! outside the folder); a file is replaced atomically (a crash leaves the old copy or the new,
//! never half of one); a file that cannot be read back as an entry (truncated, another
//! format) is a miss, never an error.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// What is kept of one response.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Entry {
    /// The `ETag` header, sent back as `If-None-Match`.
    #[serde(default)]
    pub etag: Option<String>,
    /// The `Last-Modified` header, sent back as `If-Modified-Since`.
    #[serde(default)]
    pub last_modified: Option<String>,
    /// When the body was fetched, in seconds since the Unix epoch.
    #[serde(default)]
    pub fetched: u64,
    /// The response body, decoded from gzip.
    #[serde(skip)]
    pub body: Vec<u8>,
}

/// The first line of a cache file, then the body as it came.
#[derive(Serialize, Deserialize)]
struct Header {
    /// The URL, to tell a hash collision (or a file put there by hand) from a hit.
    url: String,
    #[serde(flatten)]
    entry: Entry,
    /// The body's length, to tell a truncated file.
    len: u64,
}

/// The cache folder: `$XDG_CACHE_HOME/dossier` when that is an absolute path, else
/// `$HOME/.cache/dossier`; `None` when neither is known.
pub(crate) fn default_dir() -> Option<PathBuf> {
    let xdg = std::env::var_os("XDG_CACHE_HOME").map(PathBuf::from);
    let base = match xdg {
        Some(p) if p.is_absolute() => p,
        _ => PathBuf::from(std::env::var_os("HOME")?).join(".cache"),
    };
    Some(base.join("dossier"))
}

/// The file that holds `url` in `dir`.
fn file_for(dir: &Path, url: &str) -> PathBuf {
    let hash = Sha256::digest(url.as_bytes());
    let name: String = hash.iter().map(|b| format!("{b:02x}")).collect();
    dir.join(name)
}

/// The entry kept for `url`, if there is a whole one.
pub(crate) fn load(dir: &Path, url: &str) -> Option<Entry> {
    let bytes = fs::read(file_for(dir, url)).ok()?;
    let newline = memchr::memchr(b'\n', &bytes)?;
    let header: Header = serde_json::from_slice(&bytes[..newline]).ok()?;
    let body = &bytes[newline + 1..];
    if header.url != url || header.len != body.len() as u64 {
        return None;
    }
    Some(Entry {
        body: body.to_vec(),
        ..header.entry
    })
}

/// Keeps `entry` for `url`, replacing what was kept, atomically.
pub(crate) fn store(dir: &Path, url: &str, entry: &Entry) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let header = Header {
        url: url.to_string(),
        entry: Entry {
            body: Vec::new(),
            ..entry.clone()
        },
        len: entry.body.len() as u64,
    };
    let mut file = tempfile::NamedTempFile::new_in(dir)?;
    serde_json::to_writer(&mut file, &header)?;
    file.write_all(b"\n")?;
    file.write_all(&entry.body)?;
    file.as_file().sync_all()?;
    file.persist(file_for(dir, url)).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_dir(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("dossier-cache-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn an_entry_reads_back_as_stored_under_a_hashed_name() {
        let dir = temp_dir("roundtrip");
        let url = "https://example.com/../../etc/passwd?x=1";
        let entry = Entry {
            etag: Some("\"abc\"".into()),
            last_modified: Some("Wed, 21 Oct 2015 07:28:00 GMT".into()),
            fetched: 1_700_000_000,
            body: b"<rss>\n\x00binary\n</rss>".to_vec(),
        };
        store(&dir, url, &entry).unwrap();
        assert_eq!(load(&dir, url), Some(entry));
        let names: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(names[0].len() == 64 && names[0].bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(load(&dir, "https://example.com/other"), None);
        let _ = fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_truncated_or_foreign_file_is_a_miss() {
        let dir = temp_dir("broken");
        let url = "http://127.0.0.1/feed";
        let entry = Entry {
            body: b"0123456789".to_vec(),
            ..Entry::default()
        };
        store(&dir, url, &entry).unwrap();
        let path = file_for(&dir, url);
        let bytes = fs::read(&path).unwrap();
        fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert_eq!(load(&dir, url), None);
        fs::write(&path, b"not a cache file").unwrap();
        assert_eq!(load(&dir, url), None);
        let _ = fs::remove_dir_all(&dir);
    }
}

//! From the paths on the command line to the list of inputs to read, each with its format and
//! the stem its IDs are built from (DESIGN 1.3).
//!
//! What must stay true: the order is stable (directory entries sorted by name); hidden files and
//! folders inside a directory are skipped; inside a directory only known extensions are read,
//! while a file named explicitly is always read (by its content when its extension is unknown:
//! a feed, an OPML list, a page, else text); a path
//! that does not exist is an error naming it; a folder that cannot be listed is reported.

use std::ffi::OsStr;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::par::par_map;
use super::{LoadError, Origin, Skipped};
use crate::corpus::text::sanitize::sanitize_cow;

/// How an input's bytes are to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// One article per file.
    Text,
    /// An array of records or one record.
    Json,
    /// One record per line.
    Jsonl,
    /// Standard input, or a special file named on the command line: JSON if it starts with
    /// `[` or `{`, else one text article.
    Sniff,
    /// A saved web page, one article.
    Html,
    /// `.xml`, `.rss`, `.atom`, `.opml`: a feed or an OPML list by its content, else skipped.
    Markup,
    /// A file named on the command line with an extension of no known format: a feed, an
    /// OPML list, a page or a JSON Feed by its content, else one text article.
    Named,
    /// A document fetched from a URL (the `display`): by its content like `Named`, and JSON
    /// like `Sniff`.
    Fetched,
}

/// One thing to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Input {
    /// `None` for stdin.
    pub file: Option<PathBuf>,
    /// The path as the user would recognise it (`stdin` for stdin).
    pub display: String,
    /// The ID of a text article, the `STEM` of `STEM:N` for records.
    pub stem: String,
    pub format: Format,
}

impl Input {
    /// What the articles read from this input share: the path shown, and the stem.
    pub fn origin(&self) -> Origin {
        Origin {
            path: (self.file.is_some() || self.format == Format::Fetched)
                .then(|| self.display.clone()),
            stem: self.stem.clone(),
        }
    }
}

/// The inputs named by `paths`, in order. Unlistable subfolders go to `skipped`.
pub(crate) fn inputs(
    paths: &[PathBuf],
    skipped: &mut Vec<Skipped>,
) -> Result<Vec<Input>, LoadError> {
    let mut out = Vec::new();
    for path in paths {
        let display = shown(path.as_os_str());
        if path.as_os_str() == "-" {
            out.push(Input {
                file: None,
                display: "stdin".into(),
                stem: "stdin".into(),
                format: Format::Sniff,
            });
            continue;
        }
        let meta = fs::metadata(path).map_err(|e| LoadError::Path {
            path: display.clone(),
            reason: io_reason(&e),
        })?;
        if meta.is_dir() {
            let entries = fs::read_dir(path).map_err(|e| LoadError::Path {
                path: display.clone(),
                reason: io_reason(&e),
            })?;
            walk_dir(entries, &mut Vec::new(), &mut out, skipped);
        } else {
            // A FIFO or a device is read like standard input, bounded (`special.rs`).
            let format = match meta.is_file() {
                true => format_of(path).unwrap_or(Format::Named),
                false => Format::Sniff,
            };
            let stem = path.file_stem().unwrap_or(path.as_os_str());
            out.push(Input {
                file: Some(path.clone()),
                display,
                stem: shown(stem),
                format,
            });
        }
    }
    Ok(out)
}

/// Depth-first, entries in name order. `rel` is the folder's path below the root, for IDs.
/// The root's subfolders are walked on all cores (listing thousands of files is mostly waiting
/// on the file system), each into lists of its own, joined in name order.
fn walk_dir(
    entries: fs::ReadDir,
    rel: &mut Vec<String>,
    out: &mut Vec<Input>,
    skipped: &mut Vec<Skipped>,
) {
    let mut entries: Vec<fs::DirEntry> = entries.filter_map(Result::ok).collect();
    // Each name read once: `sort_by_key` would copy two names per comparison.
    entries.sort_by_cached_key(|e| e.file_name());
    // Each entry's kind asked once, so that the folders walked ahead are the ones met below.
    let entries: Vec<(fs::DirEntry, fs::FileType)> = entries
        .into_iter()
        .filter(|e| !e.file_name().as_encoded_bytes().starts_with(b"."))
        .filter_map(|e| e.file_type().ok().map(|kind| (e, kind)))
        .collect();
    // Follow links to files, not to folders: a link cycle must not hang the walk.
    let folders: Vec<&fs::DirEntry> = (entries.iter())
        .filter(|(_, kind)| kind.is_dir())
        .map(|(e, _)| e)
        .collect();
    let mut walked = match rel.is_empty() && folders.len() > 1 {
        true => par_map(&folders, |_, e| {
            let (mut out, mut skipped) = (Vec::new(), Vec::new());
            walk_folder(e, &mut rel.clone(), &mut out, &mut skipped);
            (out, skipped)
        }),
        false => Vec::new(),
    }
    .into_iter();
    for (entry, kind) in &entries {
        let name = entry.file_name();
        let path = entry.path();
        if kind.is_dir() {
            match walked.next() {
                Some((found, failed)) => {
                    out.extend(found);
                    skipped.extend(failed);
                }
                None => walk_folder(entry, rel, out, skipped),
            }
            continue;
        }
        let is_file = kind.is_file() || (kind.is_symlink() && path.is_file());
        if let (true, Some(format)) = (is_file, format_of(&path)) {
            let stem = Path::new(&name).file_stem().unwrap_or_default();
            let mut id = rel.join("/");
            if !id.is_empty() {
                id.push('/');
            }
            id.push_str(&shown(stem));
            out.push(Input {
                file: Some(path.clone()),
                display: shown(path.as_os_str()),
                stem: id,
                format,
            });
        }
    }
}

/// The inputs below the subfolder `entry` of the folder at `rel`.
fn walk_folder(
    entry: &fs::DirEntry,
    rel: &mut Vec<String>,
    out: &mut Vec<Input>,
    skipped: &mut Vec<Skipped>,
) {
    let path = entry.path();
    match fs::read_dir(&path) {
        Ok(sub) => {
            rel.push(shown(&entry.file_name()));
            walk_dir(sub, rel, out, skipped);
            rel.pop();
        }
        Err(e) => skipped.push(Skipped {
            path: shown(path.as_os_str()),
            reason: io_reason(&e),
        }),
    }
}

/// A path or file name as it is shown and made into IDs. File names are as untrusted as the
/// text in the files: escape sequences and control characters go, line breaks become spaces.
pub(crate) fn shown(name: &OsStr) -> String {
    sanitize_cow(&name.to_string_lossy()).replace('\n', " ")
}

fn format_of(path: &Path) -> Option<Format> {
    let ext = path.extension()?.to_string_lossy().to_ascii_lowercase();
    match ext.as_str() {
        "txt" | "text" | "md" | "markdown" => Some(Format::Text),
        "jsonl" | "ndjson" => Some(Format::Jsonl),
        "json" => Some(Format::Json),
        "html" | "htm" => Some(Format::Html),
        "xml" | "rss" | "atom" | "opml" => Some(Format::Markup),
        _ => None,
    }
}

/// An I/O error as the one line users know from coreutils.
pub(crate) fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "No such file or directory".into(),
        io::ErrorKind::PermissionDenied => "Permission denied".into(),
        io::ErrorKind::IsADirectory => "Is a directory".into(),
        _ => {
            let s = e.to_string();
            match s.find(" (os error") {
                Some(i) => s[..i].to_string(),
                None => s,
            }
        }
    }
}

//! What the reader and the commands both start from: the dictionary, the corpus with its
//! warning summary, and how failures map to exit codes (DESIGN 1.1). It sits between the core
//! (`corpus`, `entities`) and its users (`app`, `cli`), and knows nothing of the command line.

use crate::corpus::{
    self, Article, FetchOptions, FetchProgress, Keep, LoadOptions, LoadReport, Skipped,
};
use crate::entities::{self, DictOptions, Dictionary};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Why dossier stops; the exit code follows from the variant.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// Bad usage or bad input: exit 2.
    #[error("{0}")]
    Input(String),
    /// Something failed inside dossier: exit 1.
    #[error("{0}")]
    Internal(String),
}

impl Failure {
    /// The process exit code for this failure.
    pub fn exit_code(&self) -> i32 {
        match self {
            Failure::Input(_) => 2,
            Failure::Internal(_) => 1,
        }
    }
}

/// The user's dictionaries: the config file and `dicts` (`--dict`). A bad file is an input
/// error.
pub fn user_dictionary(dicts: &[PathBuf]) -> Result<Dictionary, Failure> {
    let opts = DictOptions {
        builtin: false,
        files: dicts.to_vec(),
        config: entities::default_config_path(),
    };
    let mut warnings = Vec::new();
    let dict = Dictionary::load_reporting(&opts, &mut warnings)
        .map_err(|e| Failure::Input(e.to_string()))?;
    for w in warnings {
        say(&format!("warning: {w}"));
    }
    Ok(dict)
}

/// Prints `dossier: {message}` on stderr. A message quotes values the user did not type (file
/// names, dictionary entries, IDs pasted from elsewhere): control characters in it are shown as
/// escapes (`'\x1b[2J'`), never sent to the terminal.
pub fn say(message: &str) {
    eprintln!("dossier: {}", corpus::escape_controls(message));
}

/// The built-in dictionary (when `builtin`; `--no-builtin-dict` says not) with the user's over
/// it.
pub fn with_builtin(builtin: bool, user: Dictionary) -> Dictionary {
    if !builtin {
        return user;
    }
    let mut dict = Dictionary::builtin();
    dict.merge(user);
    dict
}

/// Loads the dictionary: the built-in one (when `builtin`), the user config file and `dicts`.
/// A bad file is an input error.
pub fn dictionary(dicts: &[PathBuf], builtin: bool) -> Result<Dictionary, Failure> {
    Ok(with_builtin(builtin, user_dictionary(dicts)?))
}

/// A keep test that never passes over a raw line or file unparsed (see [`Keep::judges_raw`]).
struct EveryLine(Arc<dyn Keep>);

impl Keep for EveryLine {
    fn keeps(&self, a: &Article) -> bool {
        self.0.keeps(a)
    }

    fn may_keep(&self, fields: &[&str], has_text: bool, body: Option<&str>) -> bool {
        self.0.may_keep(fields, has_text, body)
    }

    fn wants_body(&self) -> bool {
        self.0.wants_body()
    }
}

/// Loads the articles under `paths` (the bundled seeds when empty) that `keep` accepts (all
/// when `None`). With `strict`, anything skipped is an error.
pub fn corpus(
    paths: &[PathBuf],
    strict: bool,
    keep: Option<Arc<dyn Keep>>,
    progress: &mut dyn FnMut(usize),
) -> Result<(Arc<[Article]>, LoadReport), Failure> {
    // URLs fetched are counted on stderr when it is a terminal, on one line cleared after.
    let shown = Arc::new(AtomicBool::new(false));
    let fetch_progress: FetchProgress = {
        let shown = shown.clone();
        Arc::new(move |done, total| {
            if std::io::stderr().is_terminal() {
                shown.store(true, Ordering::Relaxed);
                let _ = write!(
                    std::io::stderr(),
                    "\r\x1b[2Kdossier: fetching… {done}/{total} URLs"
                );
            }
        })
    };
    // Strict reading reports every broken line, so each is parsed, even one that cannot hold
    // the query's words.
    let keep = match keep {
        Some(k) if strict => Some(Arc::new(EveryLine(k)) as Arc<dyn Keep>),
        k => k,
    };
    let opts = LoadOptions {
        paths: paths.to_vec(),
        keep,
        fetch: Some(FetchOptions {
            progress: Some(fetch_progress.clone()),
            ..FetchOptions::from_env()
        }),
    };
    let loaded = corpus::load(&opts, progress).map_err(|e| Failure::Input(e.to_string()));
    if shown.load(Ordering::Relaxed) {
        let _ = write!(std::io::stderr(), "\r\x1b[2K");
    }
    let loaded = loaded?;
    if strict {
        if let Some(first) = loaded.report.skipped.first() {
            return Err(Failure::Input(format!(
                "'{}': {} (--strict)",
                first.path, first.reason
            )));
        }
        if loaded.report.lossy > 0 {
            return Err(Failure::Input(format!(
                "{} file(s) have bytes that fit no encoding (--strict)",
                loaded.report.lossy
            )));
        }
    }
    let articles: Arc<[Article]> = loaded.articles.into();
    // Reading and sorting freed about as much as the articles hold.
    crate::memory::give_back();
    Ok((articles, loaded.report))
}

/// Whether `reason` is about one part of a file (a JSON Lines line, an array's record), not
/// the whole of it: "line 2: expected value", "record 8500: not an article object".
fn in_part(reason: &str) -> Option<(&str, &str)> {
    let (place, why) = reason.split_once(": ")?;
    let number = ["line ", "record "]
        .iter()
        .find_map(|p| place.strip_prefix(p))?;
    number
        .starts_with(|c: char| c.is_ascii_digit())
        .then_some((place, why))
}

/// One skip in words that say how much was skipped: "'x.jsonl' line 2 skipped: expected
/// value" (the rest of the file was read), "skipped 'a.bin': binary file" (all of it).
pub fn describe(skipped: &Skipped) -> String {
    match in_part(&skipped.reason) {
        Some((place, why)) => format!("'{}' {place} skipped: {why}", skipped.path),
        None => format!("skipped '{}': {}", skipped.path, skipped.reason),
    }
}

/// One skip in brief, for a summary that already says it was skipped: "'x.jsonl' line 2:
/// expected value", "'a.bin': binary file".
fn brief(skipped: &Skipped) -> String {
    match in_part(&skipped.reason) {
        Some((place, why)) => format!("'{}' {place}: {why}", skipped.path),
        None => format!("'{}': {}", skipped.path, skipped.reason),
    }
}

/// Every warning of `report`, one line each: each skip, the encodings assumed, the files with
/// bytes that fit none, and the URLs read from the cache.
pub fn warnings(report: &LoadReport) -> Vec<String> {
    let mut out: Vec<String> = report.skipped.iter().map(describe).collect();
    out.extend(repairs(report));
    out.extend(
        report
            .cached
            .iter()
            .map(|c| format!("'{}': {}", c.path, c.reason)),
    );
    out
}

/// What loading repaired: the encodings assumed, the files with bytes that fit none.
fn repairs(report: &LoadReport) -> Vec<String> {
    let mut parts = Vec::new();
    let decoded: Vec<String> = report
        .encodings
        .iter()
        .enumerate()
        .map(|(k, (name, n))| match (k, n) {
            (0, 1) => format!("1 file decoded as {name}"),
            (0, n) => format!("{n} files decoded as {name}"),
            (_, n) => format!("{n} as {name}"),
        })
        .collect();
    if !decoded.is_empty() {
        parts.push(decoded.join(", "));
    }
    match report.lossy {
        0 => {}
        1 => parts.push("1 file has bytes that fit no encoding (shown as �)".into()),
        n => parts.push(format!(
            "{n} files have bytes that fit no encoding (shown as �)"
        )),
    }
    parts
}

/// A one-line summary of what loading skipped or repaired, or None when all went well.
pub fn summary(report: &LoadReport) -> Option<String> {
    let mut parts = Vec::new();
    match report.skipped.as_slice() {
        [] => {}
        [one] => parts.push(describe(one)),
        [first, rest @ ..] => {
            let parts_of_files = (report.skipped.iter())
                .filter(|s| in_part(&s.reason).is_some())
                .count();
            let files = report.skipped.len() - parts_of_files;
            let count = |n: usize, what: &str| match n {
                1 => format!("1 {what}"),
                n => format!("{n} {what}s"),
            };
            let what = match (files, parts_of_files) {
                (0, n) => count(n, "record"),
                (n, 0) => count(n, "file"),
                (f, r) => format!("{} and {}", count(f, "file"), count(r, "record")),
            };
            parts.push(format!(
                "{what} skipped ({}; and {} more)",
                brief(first),
                rest.len()
            ));
        }
    }
    parts.extend(repairs(report));
    match report.cached.as_slice() {
        [] => {}
        [one] => parts.push(format!("'{}': {}", one.path, one.reason)),
        [first, rest @ ..] => parts.push(format!(
            "{} URLs read from the cache ('{}': {}; and {} more)",
            report.cached.len(),
            first.path,
            first.reason,
            rest.len()
        )),
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lazy_dictionary_is_the_one_load_builds() {
        let dir = std::env::temp_dir().join(format!("dossier-setup-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (a, b) = (dir.join("a.toml"), dir.join("b.toml"));
        // `a` replaces a built-in entity and adds one; `b` replaces `a`'s new one.
        std::fs::write(&a, "[[entity]]\nname = \"Sergei Lavrov\"\nkind = \"misc\"\n\n[[entity]]\nname = \"Zed\"\nkind = \"place\"\n").unwrap();
        std::fs::write(&b, "[[entity]]\nname = \"Zed\"\nkind = \"person\"\n").unwrap();
        for builtin in [true, false] {
            let opts = DictOptions {
                builtin,
                files: vec![b.clone()],
                config: Some(a.clone()),
            };
            let user = Dictionary::load(&DictOptions {
                builtin: false,
                ..opts.clone()
            })
            .unwrap();
            assert_eq!(
                with_builtin(builtin, user),
                Dictionary::load(&opts).unwrap()
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn the_summary_names_each_encoding_assumed() {
        let report = LoadReport {
            encodings: vec![("windows-1252", 2), ("KOI8-R", 1)],
            lossy: 1,
            ..LoadReport::default()
        };
        assert_eq!(
            summary(&report).as_deref(),
            Some(
                "2 files decoded as windows-1252, 1 as KOI8-R; \
                 1 file has bytes that fit no encoding (shown as \u{fffd})"
            )
        );
        assert_eq!(summary(&LoadReport::default()), None);
        let url = |n: u8| Skipped {
            path: format!("https://example.com/{n}"),
            reason: "connection refused; read the copy cached 2 hours ago".into(),
        };
        let offline = LoadReport {
            cached: vec![url(1)],
            ..LoadReport::default()
        };
        assert_eq!(
            summary(&offline).as_deref(),
            Some("'https://example.com/1': connection refused; read the copy cached 2 hours ago")
        );
        let offline = LoadReport {
            cached: vec![url(1), url(2)],
            ..LoadReport::default()
        };
        assert_eq!(
            summary(&offline).as_deref(),
            Some(
                "2 URLs read from the cache ('https://example.com/1': connection refused; \
                 read the copy cached 2 hours ago; and 1 more)"
            )
        );
    }

    #[test]
    fn a_skipped_line_does_not_read_as_a_skipped_file() {
        let skip = |path: &str, reason: &str| Skipped {
            path: path.into(),
            reason: reason.into(),
        };
        let line = skip("x.jsonl", "line 2, column 5: expected value");
        assert_eq!(
            describe(&line),
            "'x.jsonl' line 2, column 5 skipped: expected value"
        );
        let file = skip("a.bin", "binary file");
        assert_eq!(describe(&file), "skipped 'a.bin': binary file");
        let report = LoadReport {
            skipped: vec![
                line,
                file,
                skip("d.json", "record 3: not an article object"),
            ],
            ..LoadReport::default()
        };
        assert_eq!(
            summary(&report).unwrap(),
            "1 file and 2 records skipped ('x.jsonl' line 2, column 5: expected value; \
             and 2 more)"
        );
        assert_eq!(warnings(&report).len(), 3);
    }
}

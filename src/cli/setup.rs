//! What the reader and the commands share before they start: the dictionary, the corpus, the
//! entity matcher, and how failures map to exit codes (DESIGN 1.1).

use super::args::Common;
use crate::corpus::{self, Article, Keep, LoadOptions, LoadReport, Skipped};
use crate::entities::{self, DictOptions, Dictionary, Matcher, OnePass};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

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

/// The user's dictionaries: the config file and `--dict`. A bad file is an input error.
fn user_dictionary(common: &Common) -> Result<Dictionary, Failure> {
    let opts = DictOptions {
        builtin: false,
        files: common.dicts.clone(),
        config: entities::default_config_path(),
    };
    Dictionary::load(&opts).map_err(|e| Failure::Input(e.to_string()))
}

/// The built-in dictionary (unless `--no-builtin-dict`) with the user's over it.
fn with_builtin(builtin: bool, user: Dictionary) -> Dictionary {
    if !builtin {
        return user;
    }
    let mut dict = Dictionary::builtin();
    dict.merge(user);
    dict
}

/// Loads the dictionary: the built-in one, the user config file and `--dict`. A bad file is
/// an input error.
pub fn dictionary(common: &Common) -> Result<Dictionary, Failure> {
    Ok(with_builtin(
        !common.no_builtin_dict,
        user_dictionary(common)?,
    ))
}

/// Loads the articles under `paths` (the bundled seeds when empty) that `keep` accepts (all
/// when `None`). With `strict`, anything skipped is an error.
pub fn corpus(
    paths: &[PathBuf],
    strict: bool,
    keep: Option<Arc<dyn Keep>>,
    progress: &mut dyn FnMut(usize),
) -> Result<(Arc<[Article]>, LoadReport), Failure> {
    let opts = LoadOptions {
        paths: paths.to_vec(),
        keep,
    };
    let loaded = corpus::load(&opts, progress).map_err(|e| Failure::Input(e.to_string()))?;
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
    Ok((loaded.articles.into(), loaded.report))
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

/// Every warning of `report`, one line each: each skip, then the encodings assumed and the
/// files with bytes that fit none.
pub fn warnings(report: &LoadReport) -> Vec<String> {
    let mut out: Vec<String> = report.skipped.iter().map(describe).collect();
    out.extend(repairs(report));
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
            let parts_of_files = report
                .skipped
                .iter()
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
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Everything a plain command needs.
pub struct Inputs {
    /// The articles, in load order (newest first).
    pub articles: Arc<[Article]>,
    /// Whether the built-in dictionary is in use.
    builtin: bool,
    /// The user's dictionaries, until the matcher is built.
    user: Mutex<Option<Dictionary>>,
    matcher: OnceLock<Arc<Matcher>>,
}

impl Inputs {
    /// The entity matcher, built on the first call: the built-in dictionary is read then. A
    /// command that never looks at entities (most `list` runs) skips both, which cost more
    /// than filtering a hundred thousand titles.
    pub fn matcher(&self) -> &Arc<Matcher> {
        self.matcher.get_or_init(|| {
            let user = self.user.lock().unwrap_or_else(|e| e.into_inner()).take();
            let dict = with_builtin(self.builtin, user.unwrap_or_default());
            Arc::new(entities::matcher_for(dict, &self.articles))
        })
    }

    /// The articles' entity mentions, computed as asked and not kept: for one pass over every
    /// article (`@name` filters, `entities`).
    pub fn one_pass(&self) -> OnePass<'_> {
        OnePass::new(self.matcher(), &self.articles)
    }
}

/// Loads dictionary and corpus for a plain command, printing the skip summary on stderr. Only
/// the articles `keep` accepts are loaded (all when `None`).
pub fn inputs(
    paths: &[PathBuf],
    common: &Common,
    keep: Option<Arc<dyn Keep>>,
) -> Result<Inputs, Failure> {
    // Read (and checked) first, so that a bad dictionary is reported whatever the command.
    let user = user_dictionary(common)?;
    let (articles, report) = corpus(paths, common.strict, keep, &mut |_| {})?;
    if let Some(s) = summary(&report) {
        eprintln!("dossier: warning: {s}");
    }
    Ok(Inputs {
        articles,
        builtin: !common.no_builtin_dict,
        user: Mutex::new(Some(user)),
        matcher: OnceLock::new(),
    })
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

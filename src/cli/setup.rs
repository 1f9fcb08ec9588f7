//! What the reader and the commands share before they start: the dictionary, the corpus, the
//! entity index, and how failures map to exit codes (DESIGN 1.1).

use super::args::Common;
use crate::corpus::{self, Article, LoadOptions, LoadReport};
use crate::entities::{self, DictOptions, Dictionary, EntityIndex, Matcher};
use std::path::PathBuf;
use std::sync::Arc;

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

/// Builds the entity matcher from the built-in dictionary, the user config file and `--dict`.
pub fn matcher(common: &Common) -> Result<Arc<Matcher>, Failure> {
    let opts = DictOptions {
        builtin: !common.no_builtin_dict,
        files: common.dicts.clone(),
        config: entities::default_config_path(),
    };
    let dict = Dictionary::load(&opts).map_err(|e| Failure::Input(e.to_string()))?;
    Ok(Arc::new(Matcher::new(dict)))
}

/// Loads the articles under `paths` (the bundled seeds when empty). With `strict`, anything
/// skipped is an error.
pub fn corpus(
    paths: &[PathBuf],
    strict: bool,
    progress: &mut dyn FnMut(usize),
) -> Result<(Arc<[Article]>, LoadReport), Failure> {
    let opts = LoadOptions {
        paths: paths.to_vec(),
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
                "{} file(s) are not valid UTF-8 (--strict)",
                loaded.report.lossy
            )));
        }
    }
    Ok((loaded.articles.into(), loaded.report))
}

/// A one-line summary of what loading skipped or repaired, or None when all went well.
pub fn summary(report: &LoadReport) -> Option<String> {
    let mut parts = Vec::new();
    match report.skipped.as_slice() {
        [] => {}
        [one] => parts.push(format!("skipped '{}': {}", one.path, one.reason)),
        [first, rest @ ..] => parts.push(format!(
            "skipped {} inputs ('{}': {}; and {} more)",
            rest.len() + 1,
            first.path,
            first.reason,
            rest.len()
        )),
    }
    if report.lossy > 0 {
        parts.push(format!(
            "{} file(s) not valid UTF-8, decoded lossily",
            report.lossy
        ));
    }
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// Everything a plain command needs.
pub struct Inputs {
    /// The articles, in load order (newest first).
    pub articles: Arc<[Article]>,
    /// Their entity mentions, computed on demand.
    pub index: Arc<EntityIndex>,
}

/// Loads dictionary and corpus for a plain command, printing the skip summary on stderr.
pub fn inputs(paths: &[PathBuf], common: &Common) -> Result<Inputs, Failure> {
    let matcher = matcher(common)?;
    let (articles, report) = corpus(paths, common.strict, &mut |_| {})?;
    if let Some(s) = summary(&report) {
        eprintln!("dossier: warning: {s}");
    }
    let index = Arc::new(EntityIndex::new(matcher, articles.clone()));
    Ok(Inputs { articles, index })
}

//! What a plain command starts from: the corpus loaded (keeping only what the filter can
//! match), the skip summary on stderr, and the entity matcher built only when asked.

use super::args::Common;
use crate::corpus::{Article, Keep};
use crate::entities::{self, Dictionary, Matcher, OnePass};
pub use crate::load::Failure;
use crate::load::{corpus, summary, user_dictionary, with_builtin};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

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
    let user = user_dictionary(&common.dicts)?;
    let (articles, report) = corpus(paths, common.strict, keep, &mut |_| {})?;
    if let Some(s) = summary(&report) {
        super::say(&format!("warning: {s}"));
    }
    Ok(Inputs {
        articles,
        builtin: !common.no_builtin_dict,
        user: Mutex::new(Some(user)),
        matcher: OnceLock::new(),
    })
}

//! The command line (DESIGN 1.1): argument types, shared setup, and the plain commands `list`,
//! `show`, `entities` and `export`, which print to stdout (or a file) and never touch the
//! terminal modes.

mod ansi;
pub mod args;
mod commands;
mod compare;
mod compare_json;
mod output;
pub mod setup;

pub use crate::load::Failure;
pub use crate::load::say;
pub use args::{Cli, ColorWhen, Command, Common};

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

use crate::corpus::Keep;
use crate::search::Keeper;

/// Opens the reader on `paths` (the bundled corpus when empty) with the options given.
pub fn run_reader(paths: &[PathBuf], common: &Common) -> Result<(), Failure> {
    let options = crate::app::Options {
        query: common.query.clone(),
        config: common.config.clone(),
        dicts: common.dicts.clone(),
        builtin: !common.no_builtin_dict,
        strict: common.strict,
        // The reader always draws on a terminal.
        color: common.color.enabled(true, args::no_color_env()),
    };
    crate::app::run(paths, &options)
}

/// Runs a plain command; `Ok` also when stdout was closed early (`dossier list | head -1`).
pub fn run_command(command: &Command, common: &Common) -> Result<(), Failure> {
    let color = common
        .color
        .enabled(std::io::stdout().is_terminal(), args::no_color_env());
    let (Command::List { paths }
    | Command::Show { paths, .. }
    | Command::Entities { paths }
    | Command::Export { paths, .. }
    | Command::Compare { paths, .. }
    | Command::Related { paths, .. }
    | Command::Copies { paths }) = command;
    // Parsed before loading: a bad query fails at once.
    let query = commands::query(common)?;
    // `list` and `entities` only ever use the articles that match, so loading keeps only those
    // (on the loading threads): a million records need not all be held and sorted.
    let keep = match command {
        Command::Show { .. } | Command::Related { .. } => None,
        // Whether an article is a copy depends on all the others.
        _ if crate::compare::asks_copies(&query) => None,
        _ => Keeper::new(&query).map(|k| Arc::new(k) as Arc<dyn Keep>),
    };
    let inputs = setup::inputs(paths, common, keep)?;
    let result = match command {
        Command::List { .. } => commands::list(&inputs, &query, common, color),
        Command::Show { id, .. } => commands::show(&inputs, id, &query, common, color),
        Command::Entities { .. } => commands::entities(&inputs, &query, common, color),
        Command::Export { format, output, .. } => {
            commands::export(&inputs, &query, *format, output.as_deref())
        }
        Command::Compare { by, .. } => compare::compare(&inputs, &query, *by, common, color),
        Command::Related { id, .. } => compare::related(&inputs, id, common, color),
        Command::Copies { .. } => compare::copies(&inputs, &query, common, color),
    };
    // The process ends next: freeing a million articles one by one would only delay it.
    std::mem::forget(inputs);
    result
}

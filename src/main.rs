//! The `dossier` binary: parse the command line and dispatch; nothing else, but for one
//! setting of the C allocator made before any thread starts.

use clap::Parser;
use dossier::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    dossier::memory::share_arenas();
    let cli = Cli::parse();
    let result = match &cli.command {
        Some(command) => cli::run_command(command, &cli.common),
        None => cli::run_reader(&cli.paths, &cli.common),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            cli::say(&failure.to_string());
            ExitCode::from(failure.exit_code() as u8)
        }
    }
}

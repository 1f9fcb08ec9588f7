//! The `dossier` binary: parse the command line and dispatch; nothing else, but for the
//! settings of the C allocator made before any thread starts.

use clap::Parser;
use dossier::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    dossier::memory::share_arenas();
    // The reader on the bundled corpus (five articles) keeps glibc's default: its first frame
    // would pay for a fresh mapping of every large block it builds and drops.
    if cli.command.is_some() || !cli.paths.is_empty() {
        dossier::memory::map_large_blocks();
    }
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

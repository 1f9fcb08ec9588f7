//! The `dossier` binary: parse the command line and dispatch; nothing else, but for one
//! setting of the C allocator made before any thread starts.

use clap::Parser;
use dossier::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    share_allocator_arenas();
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

/// Caps glibc's allocator at two arenas. By default each new thread may get an arena of its
/// own (up to eight per core), and the memory a query's threads free stays in theirs: on a
/// million titles the reader grew by tens of megabytes more than it held after a few queries
/// (`bench/on_screen.py`, peak 170 MiB against 148 with two arenas). The threads here
/// allocate few, large blocks, so sharing arenas costs no measurable time.
fn share_allocator_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a parameter of the allocator; it is called before any other
    // thread exists, and an unknown or refused value leaves the default in place.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

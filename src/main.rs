//! The `dossier` binary: parse the command line and dispatch; nothing else.

fn main() {}

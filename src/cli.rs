//! The command line (DESIGN 1.1): clap types and the plain commands `list`, `show`, `entities`.

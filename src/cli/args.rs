//! The command-line grammar (DESIGN 1.1) as clap derive types.
//!
//! Options are global so that `dossier list --json -q x` and `dossier --json list` both work.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// A terminal reader for collections of news articles.
///
/// With no PATH, opens the bundled sample corpus: five articles from September 2016 about the
/// Kerry–Lavrov talks on a Syria ceasefire.
#[derive(Debug, Parser)]
#[command(
    name = "dossier",
    version,
    args_conflicts_with_subcommands = true,
    after_help = QUERY_HELP
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Files, directories or http(s) URLs to open (`.txt`, `.md`, `.json`, `.jsonl`, pages, feeds;
    /// `-` reads stdin).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub common: Common,
}

/// The query language, under `dossier --help`.
const QUERY_HELP: &str = "\
Query language (-q, and / in the reader); terms separated by spaces must all match:
  word                 fuzzy match of title, source or author, or a word of the text
  'word                exact text in the title or body (case-insensitive)
  ^word  word$         the title starts / ends with it
  @name                mentions that entity (@lav, @\"john kerry\")
  source:tass          the source contains it
  date:2016-09         the date starts with it; date:2016-09-05..2016-09-08 a range
  is:unread            not read yet; is:starred starred (f in the reader)
  !term                the term does not match
  a | b                either matches
  \"two words\"          double quotes keep spaces inside one term

Settings: $XDG_CONFIG_HOME/dossier/config.toml (or --config FILE).
Read marks, stars and the last filter: $XDG_STATE_HOME/dossier/state.sqlite3.";

/// The plain commands, for scripts.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the (filtered, ranked) article list.
    List {
        /// Files, directories or http(s) URLs to read.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Print one article with its entities highlighted.
    Show {
        /// The article's ID, or any unique prefix of one.
        id: String,
        /// Files, directories or http(s) URLs to read.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Print entity counts over the (filtered) articles.
    Entities {
        /// Files, directories or http(s) URLs to read.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Write the (filtered, ranked) articles with their text and entities.
    Export {
        /// The format: JSON Lines (as `show --json`), CSV with a header row, or Markdown.
        #[arg(long, value_name = "FORMAT", default_value = "jsonl")]
        format: crate::output::export::Format,
        /// Write to FILE (replaced whole, atomically) instead of stdout.
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Files or directories to read.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Coverage by outlet: articles over time, the entities each outlet names, who it quotes,
    /// its most distinctive words.
    Compare {
        /// Rows of the attention table: outlets, or days or weeks (default: by the span of
        /// the dates).
        #[arg(long, value_name = "ROWS")]
        by: Option<By>,
        /// Files or directories to read.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Print the articles most related to one, by shared entities and text, with why.
    Related {
        /// The article's ID, or any unique prefix of one.
        id: String,
        /// Files or directories to read.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Print the groups of near-copies (republished wire copy), the likely original first.
    Copies {
        /// Files or directories to read.
        #[arg(value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
}

/// `compare --by` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum By {
    /// One row per outlet: articles, undated, first and last date.
    Source,
    /// One row per day.
    Day,
    /// One row per week (from Monday).
    Week,
}

/// Options shared by the reader and every command.
#[derive(Debug, Args, Clone, Default)]
pub struct Common {
    /// The filter (the query language is below); in the reader, the initial filter.
    #[arg(short, long, global = true, value_name = "QUERY")]
    pub query: Option<String>,
    /// Machine output: JSON Lines for `list`, `entities`, `related` and `copies`; one object
    /// for `show` and `compare`.
    #[arg(long, global = true)]
    pub json: bool,
    /// Add a user dictionary of entities (repeatable).
    #[arg(long = "dict", global = true, value_name = "FILE")]
    pub dicts: Vec<PathBuf>,
    /// Use only the --dict files (and the user config file), not the built-in dictionary.
    #[arg(long, global = true)]
    pub no_builtin_dict: bool,
    /// When to use colour.
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorWhen,
    /// Treat an input file that cannot be read or parsed as an error, not a warning.
    #[arg(long, global = true)]
    pub strict: bool,
    /// Read the reader's settings from FILE instead of $XDG_CONFIG_HOME/dossier/config.toml.
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

/// `--color` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum ColorWhen {
    /// Colour when writing to a terminal and `NO_COLOR` is not set.
    #[default]
    Auto,
    /// Always colour, even into a pipe and despite `NO_COLOR`.
    Always,
    /// Never colour.
    Never,
}

impl ColorWhen {
    /// Whether to colour, given whether the output is a terminal and whether `NO_COLOR` is set.
    pub fn enabled(self, is_terminal: bool, no_color_env: bool) -> bool {
        match self {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => is_terminal && !no_color_env,
        }
    }
}

/// Whether `NO_COLOR` is set to a non-empty value (no-color.org).
pub fn no_color_env() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}

//! Coverage compared across outlets (issue 13): who covered a story when, whom each outlet
//! names and quotes, which words it chooses, which articles are related and which are copies.
//!
//! A pure core: every analysis is a function over articles (and their entity mentions) that
//! returns plain data; `cli` prints it, `ui` draws it, the app runs it on a worker. Nothing here
//! knows about terminals.
//!
//! What must stay true: every article asked about is counted exactly once, in the column of its
//! outlet or, when the outlet is unknown, in the [`UNKNOWN`] column; nothing here panics on any
//! article text.

mod attention;
mod columns;
mod copies;
mod coverage;
mod dates;
mod matrix;
mod minhash;
mod quotes;
mod related;
mod stop;
mod with_copies;
mod words;

#[cfg(test)]
mod tests;

pub use attention::{Attention, Step};
pub use columns::{Columns, UNKNOWN};
pub use copies::{Copies, CopyGroup, find_copies};
pub use coverage::{Coverage, Progress, Speaker, coverage, fill, outline};
pub use matrix::{Matrix, MatrixRow};
pub use minhash::{Signature, shared_passages, signature};
pub use quotes::{Quote, quotes};
pub use related::{Related, related};
pub use with_copies::{WithCopies, asks_copies};
pub use words::{Distinctive, distinctive};

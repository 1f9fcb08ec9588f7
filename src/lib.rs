//! dossier: a terminal reader for collections of news articles.
//!
//! Data flows one way: files → [`corpus`] → [`entities`] → [`search`] → [`app`] state → [`ui`].
//! `corpus`, `entities` and `search` are a pure core: they know nothing of terminals and import
//! neither ratatui nor crossterm. Only `app` (the event loop) and `ui` (drawing) do. Beside the
//! core: [`compare`] (coverage across outlets, related articles, near-copies) reads the corpus
//! and its entities; [`state`] keeps read marks and sessions in a database; [`output`] holds
//! the JSON shapes and the export formats. [`load`] gathers what the reader and the commands
//! both start from; [`memory`] holds the C allocator's settings; [`cli`] sits on top of it all.

pub mod app;
pub(crate) mod ascii;
pub mod cli;
pub mod compare;
pub mod corpus;
pub mod document;
pub mod entities;
pub mod load;
pub mod memory;
pub mod output;
pub mod search;
pub mod state;
pub mod ui;

#[cfg(test)]
mod test_rng;

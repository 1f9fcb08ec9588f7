//! What dossier writes for other programs and files, shared by the commands and the reader:
//! the JSON shapes of DESIGN 1.4 (`json`) and articles written out with their text and
//! entities (`export`: JSON Lines, CSV, Markdown). Below `app` and `cli`, so that the reader's
//! `w` and `Y` write exactly what `dossier export` writes.

pub mod export;
pub mod json;

//! Stage 4 of loading: the metadata a plain-text article states in its own lines: title, date,
//! byline, source and URL.
//!
//! `classify` says what one line reads as (headline, date line, byline, prose, furniture);
//! `extract` decides between the candidates over the head and tail of the article; `date`
//! normalises dates, `metalines` reads labelled lines (`Source:`, `By NAME | OUTLET | DATE`) and
//! `source` the outlet from datelines, footers and URLs. A source is never guessed.

pub(super) mod classify;
pub(super) mod date;
pub(super) mod extract;
pub(super) mod metalines;
pub(super) mod source;

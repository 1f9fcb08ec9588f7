//! Stage 3 of loading: the text of an article made fit to read.
//!
//! `decode` turns bytes that are not UTF-8 into text; `charref` decodes HTML character
//! references and `sanitize` removes whatever could reach the terminal as a control; `clean`
//! lays the lines out as paragraphs, with `markdown` rendering light inline markup and `blocks`
//! finding lists, quotes and fenced code; `htmltext` is the one way from HTML (pages and feed
//! items) to the same body text.

pub(super) mod blocks;
pub(super) mod charref;
pub(super) mod clean;
pub(super) mod decode;
pub(super) mod htmltext;
pub(super) mod markdown;
pub(super) mod sanitize;

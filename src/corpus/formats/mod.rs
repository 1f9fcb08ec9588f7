//! Stage 2 of loading, after `walk`: the bytes of one input turned into articles, by format.
//!
//! `read` is the one entry: it decodes each input's bytes (with `text::decode`), reads plain
//! text and Markdown itself, and hands every other format to its own file: `json` (the fields
//! of one record, shared by the JSON forms), `jsonl` (JSON Lines, streamed), `array` (a JSON
//! array, streamed), `html` (saved web pages), `feed` (RSS, Atom, JSON Feed and OPML lists); `special` opens FIFOs and devices named on the
//! command line, bounded.
//!
//! To add a format: give it a file here that turns the input's text into `ArticleData` (with
//! `store::build` and `text::htmltext` where they fit), a `Format` in `walk` (by extension) or a
//! sniff in `read` (by content), and one arm in `read`'s dispatch.

pub(super) mod array;
pub(super) mod feed;
pub(super) mod html;
pub(super) mod json;
pub(super) mod jsonl;
pub(super) mod raw_words;
pub(super) mod read;
pub(super) mod special;

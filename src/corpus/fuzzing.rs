//! Entry points for the fuzz targets in `fuzz/` (built with the `fuzzing` feature only): one
//! input's bytes read as a given format, as a file of that format would be, without touching
//! the file system.

use super::formats::jsonl::read_jsonl;
use super::formats::read::{Sink, read_bytes};
use super::walk::{Format, Input};
use super::{Article, Skipped};

/// The format the bytes are read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum As {
    /// As standard input: by content.
    Sniff,
    /// A `.txt` or `.md` file.
    Text,
    /// A `.json` file: an array of records or one record.
    Json,
    /// A `.jsonl` file.
    Jsonl,
    /// A saved web page.
    Html,
    /// A `.xml` file: a feed or an OPML list.
    Feed,
}

impl As {
    /// One of the formats, chosen by a byte.
    pub fn from_byte(b: u8) -> As {
        [As::Sniff, As::Text, As::Json, As::Jsonl, As::Html, As::Feed][usize::from(b) % 6]
    }
}

/// The articles `bytes` hold, read as `format`, and what was skipped.
pub fn read(bytes: &[u8], format: As) -> (Vec<Article>, Vec<Skipped>) {
    let input = Input {
        file: None,
        display: "fuzz".into(),
        stem: "fuzz".into(),
        format: match format {
            As::Sniff | As::Jsonl => Format::Sniff,
            As::Text => Format::Text,
            As::Json => Format::Json,
            As::Html => Format::Html,
            As::Feed => Format::Markup,
        },
    };
    let mut progress = |_| {};
    let mut sink = Sink::new(&mut progress, None);
    match format {
        As::Jsonl => read_jsonl(&mut &bytes[..], &input, &mut sink, None),
        _ => read_bytes(&input, bytes, &mut sink),
    }
    (sink.articles, sink.skipped)
}

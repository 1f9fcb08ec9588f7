//! JSON arrays, streamed: a `.json` file that holds one array of records is parsed from the
//! file element by element, and every few thousand records are built (on all cores) and
//! packed, so that neither the file's text nor its parsed records are ever held whole. Read
//! whole, a 450 MB array took three times its size.
//!
//! What must stay true: the articles, their numbers (`STEM:N`, N counting every element) and
//! the skip reasons are those of reading the array at once; a syntax error keeps the records
//! before it and is reported with its line and column. Only files that are valid UTF-8 are
//! streamed (checked first, in chunks); the others are read whole and decoded lossily.

use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

use serde::Deserializer as _;
use serde::de::{SeqAccess, Visitor};

use crate::corpus::formats::json::{MaybeRecord, describe_error};
use crate::corpus::formats::read::Sink;
use crate::corpus::par::par_map;
use crate::corpus::store::build::record_article;
use crate::corpus::walk::Input;

/// Records built and packed per batch.
pub(crate) const BATCH: usize = 8192;

/// Whether the file at `path` can be streamed: valid UTF-8, and its first character (after a
/// byte-order mark and white space) opens an array. I/O errors say no: reading it whole then
/// reports them.
pub(crate) fn streamable(path: &Path) -> bool {
    let Ok(mut file) = File::open(path) else {
        return false;
    };
    let mut buf = vec![0u8; 1 << 20];
    // Bytes of a character cut by the end of the previous chunk.
    let mut carry = 0;
    let mut first = None;
    loop {
        let n = match file.read(&mut buf[carry..]) {
            Ok(0) => return carry == 0 && first == Some(b'['),
            Ok(n) => carry + n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(_) => return false,
        };
        if first.is_none() {
            let text = buf[..n].strip_prefix(b"\xef\xbb\xbf").unwrap_or(&buf[..n]);
            first = text.iter().copied().find(|b| !b.is_ascii_whitespace());
            if first.is_some_and(|b| b != b'[') {
                return false;
            }
        }
        carry = match std::str::from_utf8(&buf[..n]) {
            Ok(_) => 0,
            // A character cut at the end: its bytes go first in the next chunk.
            Err(e) if e.error_len().is_none() => n - e.valid_up_to(),
            Err(_) => return false,
        };
        buf.copy_within(n - carry..n, 0);
    }
}

/// Streams the array of records in the file at `path` into `sink`.
pub(crate) fn read_array(path: &Path, input: &Input, sink: &mut Sink) {
    let file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return sink.skip(&input.display, crate::corpus::walk::io_reason(&e)),
    };
    let mut reader = BufReader::with_capacity(1 << 20, file);
    // A byte-order mark is not JSON.
    if reader
        .fill_buf()
        .is_ok_and(|b| b.starts_with(b"\xef\xbb\xbf"))
    {
        reader.consume(3);
    }
    let mut de = serde_json::Deserializer::from_reader(reader);
    let batches = Batches { input, sink };
    let result = de.deserialize_seq(batches).and_then(|()| de.end());
    if let Err(e) = result {
        sink.skip(&input.display, describe_error(&e, e.line()));
    }
}

/// Takes the array's elements in batches.
struct Batches<'s, 'p> {
    input: &'s Input,
    sink: &'s mut Sink<'p>,
}

impl<'de> Visitor<'de> for Batches<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of article objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut batch = Vec::with_capacity(BATCH);
        let mut done = 0;
        loop {
            // The end of the array, or an error; the records before an error are kept.
            let end = match seq.next_element::<MaybeRecord<'de>>() {
                Ok(Some(rec)) => {
                    batch.push(rec);
                    None
                }
                Ok(None) => Some(Ok(())),
                Err(e) => Some(Err(e)),
            };
            if batch.len() == BATCH || (end.is_some() && !batch.is_empty()) {
                build(&batch, done, self.input, self.sink);
                done += batch.len();
                batch.clear();
            }
            if let Some(end) = end {
                return end;
            }
        }
    }
}

/// Builds and packs `records`, the elements after the first `done` of the array.
pub(crate) fn build(records: &[MaybeRecord], done: usize, input: &Input, sink: &mut Sink) {
    let origin = input.origin();
    let results = par_map(records, |i, rec| match &rec.0 {
        Some(rec) => record_article(rec, (done + i + 1) as u64, &input.stem),
        None => Err("not an article object"),
    });
    let mut articles = Vec::with_capacity(results.len());
    for (i, result) in results.into_iter().enumerate() {
        match result {
            Ok(a) => articles.push(a),
            Err(why) => sink.skip(&input.display, format!("record {}: {why}", done + i + 1)),
        }
    }
    sink.extend(articles.iter().map(|a| (a, &origin)));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::formats::read::read_whole;
    use crate::corpus::walk::Format;
    use crate::corpus::{ArticleData, Skipped};
    use proptest::prelude::*;
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// Writes `bytes` to a fresh file named `dump.json`.
    fn file(bytes: &[u8]) -> (PathBuf, Input) {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("dossier-array-{}-{n}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("dump.json");
        std::fs::write(&path, bytes).unwrap();
        let input = Input {
            file: Some(path.clone()),
            display: path.to_string_lossy().into_owned(),
            stem: "dump".into(),
            format: Format::Json,
        };
        (path, input)
    }

    type Loaded = (Vec<(String, ArticleData)>, Vec<Skipped>, usize);

    fn load(input: &Input, read: impl FnOnce(&Input, &mut Sink)) -> Loaded {
        let mut progress = |_| {};
        let mut sink = Sink::new(&mut progress, None);
        read(input, &mut sink);
        let articles = sink.articles.iter();
        let articles = articles
            .map(|a| (a.id().into_owned(), a.to_data()))
            .collect();
        (articles, sink.skipped, sink.lossy)
    }

    /// The file read by streaming it, and read whole.
    fn both(bytes: &[u8]) -> (Loaded, Loaded) {
        let (path, input) = file(bytes);
        assert!(streamable(&path));
        let streamed = load(&input, |i, s| read_array(&path, i, s));
        let whole = load(&input, read_whole);
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
        (streamed, whole)
    }

    fn streamed(bytes: &[u8]) -> Loaded {
        both(bytes).0
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn streaming_an_array_gives_what_reading_it_whole_gives(
            elements in prop::collection::vec(prop_oneof![
                "[a-zé ]{1,12}".prop_map(|t| format!("{{\"title\": \"{t}\"}}")),
                "[a-z ]{0,20}".prop_map(|t| format!("{{\"text\": \"{t}\", \"id\": \"x{t}\"}}")),
                Just("17".to_string()),
                Just("{\"date\": \"2016-09-08\"}".to_string()),
            ], 0..40),
            mark in any::<bool>(),
        ) {
            let mut json = String::from(if mark { "\u{feff} [" } else { "[" });
            json.push_str(&elements.join(",\n"));
            json.push(']');
            let (streamed, whole) = both(json.as_bytes());
            prop_assert_eq!(streamed, whole);
        }
    }

    #[test]
    fn an_error_keeps_the_records_before_it_and_names_its_place() {
        let (articles, skipped, _) =
            streamed(b"[{\"title\": \"One\"},\n {\"title\": \"Two\"},\n oops]");
        let ids: Vec<&str> = articles.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["dump:1", "dump:2"]);
        assert_eq!(skipped.len(), 1);
        assert!(
            skipped[0]
                .reason
                .starts_with("line 3, column 2: expected value"),
            "{skipped:?}"
        );
        let (_, skipped, _) = streamed(b"[{\"title\": \"One\"}] [");
        assert!(
            skipped[0].reason.contains("trailing characters"),
            "{skipped:?}"
        );
    }

    #[test]
    fn only_arrays_in_valid_utf8_are_streamed() {
        for (bytes, yes) in [
            (&b"  [ ]"[..], true),
            (b"\xef\xbb\xbf[]", true),
            (b"{\"title\": \"x\"}", false),
            (b"[{\"title\": \"caf\xe9 cr\xe8me\"}]", false),
            (b"", false),
        ] {
            let (path, _) = file(bytes);
            assert_eq!(streamable(&path), yes, "{bytes:?}");
            let _ = std::fs::remove_dir_all(path.parent().unwrap());
        }
        // Read whole instead, in the encoding detected.
        let (path, input) = file(b"[{\"title\": \"caf\xe9 cr\xe8me\"}]");
        let (articles, _, lossy) = load(&input, read_whole);
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
        assert_eq!((articles[0].1.title.as_str(), lossy), ("café crème", 0));
    }

    #[test]
    fn a_character_cut_by_a_chunk_boundary_is_still_valid() {
        // An 'é' whose two bytes straddle the first 1 MiB chunk.
        let mut json = String::from("[{\"title\": \"");
        json.push_str(&"a".repeat((1 << 20) - json.len() - 1));
        json.push_str("é\"}]");
        assert_eq!(json.as_bytes()[(1 << 20) - 1], 0xc3);
        let (path, _) = file(json.as_bytes());
        assert!(streamable(&path));
        let _ = std::fs::remove_dir_all(path.parent().unwrap());
    }
}

//! JSON arrays, streamed: a `.json` file that holds one array of records is parsed from the
//! file element by element, and every few thousand records are built (on all cores) and
//! packed, so that neither the file's text nor its parsed records are ever held whole. Read
//! whole, a 450 MB array took three times its size.
//!
//! What must stay true: the articles, their numbers (`STEM:N`, N counting every element) and
//! the skip reasons are those of reading the array at once; a syntax error keeps the records
//! before it and is reported with its line and column. Only files that are valid UTF-8 are
//! streamed (checked first, in chunks); the others are read whole and decoded lossily.

use std::cell::RefCell;
use std::fmt;
use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::rc::Rc;

use serde::Deserializer as _;
use serde::de::{IgnoredAny, SeqAccess, Visitor};

use crate::corpus::ArticleData;
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
///
/// Records are parsed as they stream; if one fails (a syntax error, or well-formed JSON that is
/// not a readable record: a duplicate field, a number out of range, a lone surrogate), the
/// file is read again from the first batch not yet built, element by element, so that a bad
/// record is skipped with its number and the rest still load. Only files with such a record
/// pay for the second reading.
pub(crate) fn read_array(path: &Path, input: &Input, sink: &mut Sink) {
    let mut done = 0;
    let open = || -> Result<BufReader<File>, String> {
        let file = File::open(path).map_err(|e| crate::corpus::walk::io_reason(&e))?;
        let mut reader = BufReader::with_capacity(1 << 20, file);
        // A byte-order mark is not JSON.
        if reader
            .fill_buf()
            .is_ok_and(|b| b.starts_with(b"\xef\xbb\xbf"))
        {
            reader.consume(3);
        }
        Ok(reader)
    };
    let result = open().map(|r| stream(r, input, sink, Pass::Records, &mut done));
    let result = match result {
        Ok(Ok(())) => return,
        Ok(Err(_)) => open().map(|r| stream(r, input, sink, Pass::Elements, &mut done)),
        Err(why) => Err(why),
    };
    match result {
        Ok(Ok(())) => {}
        Ok(Err(e)) => sink.skip(&input.display, describe_error(&e, e.line())),
        Err(why) => sink.skip(&input.display, why),
    }
}

/// Reads the array in `text` element by element (after reading it straight into records
/// failed): a bad record is skipped with its number, a syntax error keeps the elements before
/// it.
pub(crate) fn read_elements(text: &str, input: &Input, sink: &mut Sink) {
    if let Err(e) = stream(text.as_bytes(), input, sink, Pass::Elements, &mut 0) {
        sink.skip(&input.display, describe_error(&e, e.line()));
    }
}

/// How a pass reads the array's elements.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pass {
    /// Straight into records: fast, but an error ends the pass.
    Records,
    /// Each element passed over while its bytes are kept, then made a record from them: a
    /// bad record is skipped.
    Elements,
}

/// One pass over the array `reader` holds, building every element from number `done` on
/// (elements before it are passed over); `done` ends as the number built.
fn stream(
    reader: impl Read,
    input: &Input,
    sink: &mut Sink,
    pass: Pass,
    done: &mut usize,
) -> serde_json::Result<()> {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let batches = Batches {
        input,
        sink,
        pass,
        done,
        seen: seen.clone(),
    };
    // Only an elements pass reads through the tee: serde_json reads a `BufReader` straight
    // from its buffer, and anything wrapped around it one call per byte.
    fn run<R: Read>(reader: R, batches: Batches) -> serde_json::Result<()> {
        let mut de = serde_json::Deserializer::from_reader(reader);
        de.deserialize_seq(batches).and_then(|()| de.end())
    }
    match pass {
        Pass::Records => run(reader, batches),
        Pass::Elements => run(
            Tee {
                inner: reader,
                seen,
            },
            batches,
        ),
    }
}

/// A reader that keeps what is read through it, when asked to. serde_json reads a reader one
/// byte at a time, peeking at most one byte ahead, so between two elements it holds the
/// bytes of one element and the separators around it.
struct Tee<R> {
    inner: R,
    seen: Rc<RefCell<Vec<u8>>>,
}

impl<R: Read> Read for Tee<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.seen.borrow_mut().extend_from_slice(&buf[..n]);
        Ok(n)
    }
}

/// Takes the array's elements in batches.
struct Batches<'s, 'p> {
    input: &'s Input,
    sink: &'s mut Sink<'p>,
    pass: Pass,
    done: &'s mut usize,
    /// In an elements pass, the bytes read since the last element.
    seen: Rc<RefCell<Vec<u8>>>,
}

impl Batches<'_, '_> {
    /// The bytes of the element just passed over, without the separators around it.
    fn element(&self) -> Vec<u8> {
        let bytes = std::mem::take(&mut *self.seen.borrow_mut());
        let sep = |b: &u8| b.is_ascii_whitespace() || *b == b',';
        let start = bytes.iter().position(|b| !sep(b)).unwrap_or(bytes.len());
        let end = bytes.iter().rposition(|b| !sep(b)).map_or(start, |e| e + 1);
        bytes[start..end.max(start)].to_vec()
    }

    fn build_batch(&mut self, records: &[MaybeRecord], elements: &[Vec<u8>]) {
        match self.pass {
            Pass::Records => build(records, *self.done, self.input, self.sink),
            Pass::Elements => build_elements(elements, *self.done, self.input, self.sink),
        }
        *self.done += records.len() + elements.len();
    }
}

impl<'de> Visitor<'de> for Batches<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of article objects")
    }

    fn visit_seq<A: SeqAccess<'de>>(mut self, mut seq: A) -> Result<(), A::Error> {
        // Elements built by an earlier pass.
        for _ in 0..*self.done {
            if seq.next_element::<IgnoredAny>()?.is_none() {
                return Ok(());
            }
        }
        // The array's `[` (or what the skipped elements left).
        self.seen.borrow_mut().clear();
        let mut records: Vec<MaybeRecord<'de>> = Vec::new();
        let mut elements: Vec<Vec<u8>> = Vec::new();
        loop {
            let next = match self.pass {
                Pass::Records => seq.next_element().map(|r| r.map(|r| records.push(r))),
                Pass::Elements => {
                    let next = seq.next_element::<IgnoredAny>();
                    next.map(|e| e.map(|_| elements.push(self.element())))
                }
            };
            let more = match next {
                Ok(more) => more,
                Err(e) => {
                    // A syntax error ends the file; in an elements pass, what came before it
                    // is kept.
                    if self.pass == Pass::Elements {
                        self.build_batch(&[], &elements);
                    }
                    return Err(e);
                }
            };
            let n = records.len() + elements.len();
            if n == BATCH || (more.is_none() && n > 0) {
                self.build_batch(&records, &elements);
                records.clear();
                elements.clear();
            }
            if more.is_none() {
                return Ok(());
            }
        }
    }
}

/// Builds and packs `records`, the elements after the first `done` of the array.
pub(crate) fn build(records: &[MaybeRecord], done: usize, input: &Input, sink: &mut Sink) {
    build_each(records, done, input, sink, |rec, n| match &rec.0 {
        Some(rec) => record_article(rec, n, &input.stem).map_err(str::to_string),
        None => Err("not an article object".to_string()),
    });
}

/// Builds and packs `elements` (each one element's JSON text), the elements after the first
/// `done` of the array. One that is well-formed JSON but not a record we can read is skipped
/// with its number, and the others load, as in JSON Lines.
fn build_elements(elements: &[Vec<u8>], done: usize, input: &Input, sink: &mut Sink) {
    build_each(
        elements,
        done,
        input,
        sink,
        |bytes, n| match serde_json::from_slice::<MaybeRecord>(bytes) {
            Ok(rec) => match rec.0 {
                Some(rec) => record_article(&rec, n, &input.stem).map_err(str::to_string),
                None => Err("not an article object".to_string()),
            },
            Err(e) => Err(record_error(&e)),
        },
    );
}

/// Builds `items` on all cores with `article` (given each item and its number in the array),
/// packs the articles and reports the others as skipped records.
fn build_each<T: Sync>(
    items: &[T],
    done: usize,
    input: &Input,
    sink: &mut Sink,
    article: impl Fn(&T, u64) -> Result<ArticleData, String> + Sync,
) {
    let origin = input.origin();
    let results = par_map(items, |i, item| article(item, (done + i + 1) as u64));
    let mut articles = Vec::with_capacity(results.len());
    for (i, result) in results.into_iter().enumerate() {
        match result {
            Ok(a) => articles.push(a),
            Err(why) => sink.skip(&input.display, format!("record {}: {why}", done + i + 1)),
        }
    }
    sink.extend(articles.iter().map(|a| (a, &origin)));
}

/// Why one element could not be read, without the place inside the element (the record's
/// number says where it is).
fn record_error(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg,
    }
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

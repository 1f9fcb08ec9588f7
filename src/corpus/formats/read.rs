//! Reading inputs: bytes to text (binary, empty and non-UTF-8 inputs handled), then the text to
//! articles by format. Plain-text files are read in parallel batches; JSON Lines stream.
//!
//! What must stay true: an input that yields nothing says why in the report; a file is counted
//! once at most under the encoding assumed for it, and once at most as lossy; progress is
//! reported every few thousand articles.

use std::borrow::Cow;
use std::fs::{self, File};
use std::io::{BufRead, Read};

use crate::corpus::formats::array::{BATCH, build, read_array, read_elements, streamable};
use crate::corpus::formats::feed::{Markup, feed_articles, is_json_feed, opml_warning, sniff};
use crate::corpus::formats::html::{MAX_PAGE, page_article, too_big};
use crate::corpus::formats::json::{MaybeRecord, describe_error};
use crate::corpus::formats::jsonl::read_jsonl;
use crate::corpus::par::par_map;
use crate::corpus::store::build::{record_article, text_article};
use crate::corpus::store::pack::{Packer, Scratch};
use crate::corpus::store::plain::text_is_plain;
use crate::corpus::text::decode::{BINARY, Decoded, decode, guess};
use crate::corpus::walk::{Format, Input, io_reason};
use crate::corpus::{Article, ArticleData, Keep, Origin, Skipped};

/// Where loaded articles and problems go, with the progress callback.
pub(crate) struct Sink<'p> {
    /// The articles kept.
    pub articles: Vec<Article>,
    pub skipped: Vec<Skipped>,
    /// Files not in UTF-8, per encoding assumed.
    pub encodings: Vec<(&'static str, usize)>,
    /// Files with bytes that fit no encoding.
    pub lossy: usize,
    /// Articles read, kept or not.
    pub seen: usize,
    /// `None` keeps every article.
    pub keep: Option<&'p dyn Keep>,
    progress: &'p mut dyn FnMut(usize),
    reported: usize,
}

const PROGRESS_EVERY: usize = 2000;

/// Plain-text files read per parallel batch.
const TEXT_BATCH: usize = 512;

impl<'p> Sink<'p> {
    pub fn new(progress: &'p mut dyn FnMut(usize), keep: Option<&'p dyn Keep>) -> Self {
        Sink {
            articles: Vec::new(),
            skipped: Vec::new(),
            encodings: Vec::new(),
            lossy: 0,
            seen: 0,
            keep,
            progress,
            reported: 0,
        }
    }

    /// Adds articles read (each with where it came from), keeping those the keep test
    /// accepts, packed together.
    pub fn extend<'a>(
        &mut self,
        articles: impl IntoIterator<Item = (&'a ArticleData, &'a Origin)>,
    ) {
        let mut packer = Packer::default();
        let mut scratch = Scratch::default();
        let mut seen = 0;
        for (a, origin) in articles {
            seen += 1;
            if self
                .keep
                .is_none_or(|k| scratch.test(origin, a, |a| k.keeps(a)))
            {
                packer.push(origin, a);
            }
        }
        self.extend_kept(packer.finish(), seen);
    }

    /// Adds `kept`, what the keep test accepted of `seen` articles read (tested by the caller,
    /// on the loading threads).
    pub fn extend_kept(&mut self, kept: Vec<Article>, seen: usize) {
        self.seen += seen;
        self.articles.extend(kept);
        if self.articles.len() >= self.reported + PROGRESS_EVERY {
            self.reported = self.articles.len();
            (self.progress)(self.reported);
        }
    }

    pub fn skip(&mut self, path: &str, reason: impl Into<String>) {
        self.skipped.push(Skipped {
            path: path.to_string(),
            reason: reason.into(),
        });
    }

    /// Counts one file read as `encoding` (`None`: UTF-8), and whether some of its bytes fit
    /// no encoding.
    pub fn decoded(&mut self, encoding: Option<&'static str>, replaced: bool) {
        self.lossy += usize::from(replaced);
        let Some(name) = encoding else { return };
        match self.encodings.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => self.encodings.push((name, 1)),
        }
    }

    /// The last progress call, with the final count.
    pub fn finish(&mut self) {
        if self.reported != self.articles.len() {
            self.reported = self.articles.len();
            (self.progress)(self.reported);
        }
    }
}

/// Reads every input into `sink`, in order.
pub(crate) fn read_all(inputs: &[Input], sink: &mut Sink) {
    let mut rest = inputs;
    while let Some(input) = rest.first() {
        if one_per_file(input) {
            let n = rest
                .iter()
                .take(TEXT_BATCH)
                .take_while(|i| one_per_file(i))
                .count();
            read_text_batch(&rest[..n], sink);
            rest = &rest[n..];
            continue;
        }
        match (input.format, &input.file) {
            (Format::Jsonl, _) => read_jsonl_file(input, sink),
            (Format::Json, Some(path)) if streamable(path) => read_array(path, input, sink),
            (Format::Sniff, None) => read_sniffed(&mut std::io::stdin().lock(), input, sink),
            (Format::Sniff, Some(path)) => match crate::corpus::formats::special::open(path) {
                Ok(mut reader) => read_sniffed(&mut reader, input, sink),
                Err(e) => sink.skip(&input.display, io_reason(&e)),
            },
            _ => read_whole(input, sink),
        }
        rest = &rest[1..];
    }
    sink.finish();
}

/// Inputs that give one article per file: plain text and saved pages.
fn one_per_file(input: &Input) -> bool {
    matches!(input.format, Format::Text | Format::Html)
}

/// Plain-text files and saved pages, one article each, read and cleaned on all cores. Under a
/// keep test, a plain-text file whose words show it cannot be kept is passed over unbuilt.
fn read_text_batch(batch: &[Input], sink: &mut Sink) {
    type Read = Option<(ArticleData, Option<&'static str>, bool)>;
    let keep = sink.keep.filter(|k| k.judges_raw());
    let results = par_map(batch, |_, input| -> Result<Read, String> {
        if let (Format::Html, Some(path)) = (input.format, &input.file) {
            let len = fs::metadata(path).map_err(|e| io_reason(&e))?.len();
            if len > MAX_PAGE {
                return Err(too_big(len));
            }
        }
        let bytes = read_file(input)?;
        let d = decode(&bytes)?;
        if let (Some(k), Format::Text, None, false) = (keep, input.format, d.encoding, d.replaced) {
            let names = format!("{} {}", input.stem, file_name(input));
            if !k.may_keep_raw(&d.text, &names) && text_is_plain(&d.text) {
                return Ok(None);
            }
        }
        let article = match input.format {
            Format::Html => page_article(&d.text, &file_name(input))?,
            _ => text_file_article(&d.text, input),
        };
        Ok(Some((article, d.encoding, d.replaced)))
    });
    let mut articles = Vec::with_capacity(results.len());
    let mut passed_over = 0;
    for (input, result) in batch.iter().zip(results) {
        match result {
            Ok(Some((article, encoding, replaced))) => {
                sink.decoded(encoding, replaced);
                articles.push((article, input.origin()));
            }
            Ok(None) => passed_over += 1,
            Err(reason) => sink.skip(&input.display, reason),
        }
    }
    sink.extend(articles.iter().map(|(a, origin)| (a, origin)));
    sink.extend_kept(Vec::new(), passed_over);
}

fn text_file_article(text: &str, input: &Input) -> ArticleData {
    text_article(text, &input.stem, &file_name(input))
}

/// The input's file name, the title of last resort; the stem for stdin.
fn file_name(input: &Input) -> Cow<'_, str> {
    let name = match &input.file {
        Some(f) => f.file_name().map(|n| n.to_string_lossy()),
        None => None,
    };
    name.unwrap_or(Cow::Borrowed(&input.stem))
}

fn read_file(input: &Input) -> Result<Vec<u8>, String> {
    match &input.file {
        Some(path) => fs::read(path).map_err(|e| io_reason(&e)),
        None => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| io_reason(&e))?;
            Ok(bytes)
        }
    }
}

fn read_jsonl_file(input: &Input, sink: &mut Sink) {
    let Some(path) = &input.file else {
        return read_whole(input, sink);
    };
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) => return sink.skip(&input.display, io_reason(&e)),
    };
    let mut head = [0u8; 8192];
    let n = match read_up_to(&mut file, &mut head) {
        Ok(n) => n,
        Err(e) => return sink.skip(&input.display, io_reason(&e)),
    };
    // Only the first block is checked here: binary, or (when it is the whole file) empty.
    let whole = n < head.len();
    match decode(&head[..n]) {
        Err(reason) if whole || reason == BINARY => return sink.skip(&input.display, reason),
        _ => {}
    }
    // Not UTF-8 from the start: the encoding is guessed once, from the first block, for every
    // line of the file that is not UTF-8.
    let hint = match std::str::from_utf8(&head[..n]) {
        Err(e) if e.error_len().is_some() || whole => Some(guess(&head[..n])),
        _ => None,
    };
    let mut reader = (&head[..n]).chain(file);
    read_jsonl(&mut reader, input, sink, hint);
}

pub(crate) fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..]) {
            Ok(0) => break,
            Ok(k) => n += k,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(n)
}

/// Standard input, sniffed: JSON Lines (a first line that is one whole JSON object) stream in
/// as they arrive, like a `.jsonl` file; anything else (an array, one object over several
/// lines, plain text) is read whole first.
fn read_sniffed(reader: &mut dyn BufRead, input: &Input, sink: &mut Sink) {
    let mut head = Vec::new();
    // Up to the end of the first line that is not blank, and at most 1 MiB of it.
    let line = loop {
        let start = head.len();
        match (&mut *reader).take(1 << 20).read_until(b'\n', &mut head) {
            Ok(0) => break start,
            Ok(_) if head[start..].iter().all(u8::is_ascii_whitespace) => {}
            Ok(_) => break start,
            Err(e) => return sink.skip(&input.display, io_reason(&e)),
        }
    };
    let first = head[line..]
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(&head[line..]);
    let first = first.trim_ascii();
    if first.starts_with(b"{") && serde_json::from_slice::<serde::de::IgnoredAny>(first).is_ok() {
        return read_jsonl(&mut (&head[..]).chain(reader), input, sink, None);
    }
    match reader.read_to_end(&mut head) {
        Ok(_) => read_bytes(input, &head, sink),
        Err(e) => sink.skip(&input.display, io_reason(&e)),
    }
}

/// `.json` files and stdin: the whole input at once.
pub(crate) fn read_whole(input: &Input, sink: &mut Sink) {
    match read_file(input) {
        Ok(bytes) => read_bytes(input, &bytes, sink),
        Err(reason) => sink.skip(&input.display, reason),
    }
}

/// A whole input's bytes, by its format; stdin and files named with an unknown extension are
/// sniffed: a feed, an OPML list, a page, JSON when it starts with `[` or `{`, else one text
/// article. A JSON Feed is recognised in any JSON input.
pub(crate) fn read_bytes(input: &Input, bytes: &[u8], sink: &mut Sink) {
    let Decoded {
        text,
        encoding,
        replaced,
    } = match decode(bytes) {
        Ok(d) => d,
        Err(reason) => return sink.skip(&input.display, reason),
    };
    let looks_json = text.trim_start().starts_with(['[', '{']);
    let markup = match input.format {
        Format::Sniff | Format::Named | Format::Fetched | Format::Markup | Format::Html
            if !looks_json =>
        {
            sniff(&text)
        }
        _ => Markup::Other,
    };
    let feed_bytes = if encoding.is_some() {
        text.as_bytes()
    } else {
        bytes
    };
    match input.format {
        Format::Html => read_page(&text, input, sink),
        _ if markup == Markup::Feed => read_feed(feed_bytes, input, sink),
        _ if markup == Markup::Opml => sink.skip(&input.display, opml_warning(&text)),
        Format::Markup => sink.skip(&input.display, NOT_A_FEED),
        Format::Named | Format::Sniff | Format::Fetched if markup == Markup::Html => {
            read_page(&text, input, sink);
        }
        Format::Json | Format::Named | Format::Sniff | Format::Fetched
            if looks_json && is_json_feed(&text) =>
        {
            read_feed(text.as_bytes(), input, sink);
        }
        Format::Sniff | Format::Fetched if looks_json => read_json(&text, input, sink),
        Format::Sniff | Format::Text | Format::Named | Format::Fetched => {
            let mut article = text_file_article(&text, input);
            fetched_url(&mut article, input);
            sink.extend([(&article, &input.origin())]);
        }
        Format::Jsonl => read_jsonl(&mut text.as_bytes(), input, sink, None),
        Format::Json => read_json(&text, input, sink),
    }
    sink.decoded(encoding, replaced);
}

/// Why a `.xml` file that is neither a feed nor an OPML list is not read.
const NOT_A_FEED: &str = "not a feed (RSS, Atom) or an OPML list";

/// A saved page read whole (a page in a folder is read in the parallel batches instead).
fn read_page(text: &str, input: &Input, sink: &mut Sink) {
    if text.len() as u64 > MAX_PAGE {
        return sink.skip(&input.display, too_big(text.len() as u64));
    }
    match page_article(text, &file_name(input)) {
        Ok(mut a) => {
            fetched_url(&mut a, input);
            sink.extend([(&a, &input.origin())]);
        }
        Err(why) => sink.skip(&input.display, why),
    }
}

/// A document fetched from `url`, read by its content (a feed, an OPML list, a page, JSON,
/// else text), with IDs made from `stem`.
pub(crate) fn read_fetched(url: &str, stem: &str, bytes: &[u8], sink: &mut Sink) {
    let input = Input {
        file: None,
        display: url.to_string(),
        stem: stem.to_string(),
        format: Format::Fetched,
    };
    read_bytes(&input, bytes, sink);
}

/// A page or text fetched from a URL that names no URL of its own has the one it came from.
fn fetched_url(article: &mut ArticleData, input: &Input) {
    if input.format == Format::Fetched && article.url.is_none() {
        article.url = Some(input.display.clone());
    }
}

/// A feed's items, each an article `STEM:N`. A feed without items says so.
fn read_feed(bytes: &[u8], input: &Input, sink: &mut Sink) {
    match feed_articles(bytes, &input.stem) {
        Ok(articles) if articles.is_empty() => sink.skip(&input.display, "feed has no items"),
        Ok(articles) => {
            let origin = input.origin();
            sink.extend(articles.iter().map(|a| (a, &origin)));
        }
        Err(why) => sink.skip(&input.display, why),
    }
}

/// A JSON document: an array of records or one record. Several records one per line (a JSON
/// Lines file named `.json`) are read as JSON Lines.
fn read_json(text: &str, input: &Input, sink: &mut Sink) {
    let origin = input.origin();
    let stem = input.stem.as_str();
    if text.trim_start().starts_with('[') {
        // Straight into records; if one fails, element by element, so that a bad record is
        // skipped with its number and the others load.
        if let Ok(records) = serde_json::from_str::<Vec<MaybeRecord>>(text) {
            // In batches, so that only one batch of records is held unpacked at a time.
            for (b, batch) in records.chunks(BATCH).enumerate() {
                build(batch, b * BATCH, input, sink);
            }
            return;
        }
        read_elements(text, input, sink);
        return;
    }
    match serde_json::from_str::<MaybeRecord>(text) {
        Ok(MaybeRecord(Some(rec))) => match record_article(&rec, 1, stem) {
            Ok(a) => sink.extend([(&a, &origin)]),
            Err(why) => sink.skip(&input.display, why),
        },
        Ok(MaybeRecord(None)) => sink.skip(&input.display, "not an article object"),
        Err(e) if e.to_string().starts_with("trailing characters") => {
            read_jsonl(&mut text.as_bytes(), input, sink, None);
        }
        Err(e) => sink.skip(&input.display, describe_error(&e, e.line())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stdin(bytes: &[u8]) -> (Vec<Article>, Vec<Skipped>) {
        let input = Input {
            file: None,
            display: "stdin".into(),
            stem: "stdin".into(),
            format: Format::Sniff,
        };
        let mut progress = |_| {};
        let mut sink = Sink::new(&mut progress, None);
        read_sniffed(&mut &bytes[..], &input, &mut sink);
        (sink.articles, sink.skipped)
    }

    #[test]
    fn stdin_text_is_one_article_with_id_stdin() {
        let (articles, _) = stdin(b"Talks Resume in Geneva\n\nThe talks resumed on Thursday.");
        assert_eq!(articles.len(), 1);
        assert_eq!(articles[0].id(), "stdin");
        assert_eq!(articles[0].title(), "Talks Resume in Geneva");
        assert_eq!(articles[0].path(), None);
    }

    #[test]
    fn stdin_json_and_jsonl_are_sniffed() {
        let (a, _) = stdin(b"  [{\"title\":\"One\"},{\"title\":\"Two\"}]");
        let ids: Vec<String> = a.iter().map(|a| a.id().into_owned()).collect();
        assert_eq!(ids, ["stdin:1", "stdin:2"]);
        let (b, skipped) = stdin(b"{\"title\":\"One\"}\n{\"title\":\"Two\"}\nnope\n");
        let ids: Vec<String> = b.iter().map(|a| a.id().into_owned()).collect();
        assert_eq!(ids, ["stdin:1", "stdin:2"]);
        assert_eq!(skipped.len(), 1);
        assert!(
            skipped[0].reason.starts_with("line 3, column 2: expected"),
            "{skipped:?}"
        );
        let (c, _) = stdin(b"{\n  \"title\": \"Pretty\"\n}\n");
        assert_eq!(c[0].id(), "stdin:1");
    }

    #[test]
    fn stdin_json_lines_after_blank_lines_or_a_mark_stream_in() {
        for input in [
            &b"\n  \n{\"title\":\"One\"}\n{\"title\":\"Two\"}"[..],
            b"\xef\xbb\xbf{\"title\":\"One\"}\r\n{\"title\":\"Two\"}\r\n",
        ] {
            let (a, skipped) = stdin(input);
            let titles: Vec<&str> = a.iter().map(Article::title).collect();
            assert_eq!((titles, skipped), (vec!["One", "Two"], vec![]));
        }
    }

    #[test]
    fn stdin_empty_or_binary_is_skipped() {
        assert_eq!(stdin(b" \n").1[0].reason, "empty file");
        assert_eq!(stdin(b"a\x00b").1[0].reason, "binary file");
    }
}

//! JSON Lines, streamed: the file is read in chunks of whole lines, each chunk split over the
//! cores while the next is read, each line parsed in place into borrowed fields and turned into
//! an article. Under a keep test, a line whose raw text shows it cannot be kept is passed over
//! unparsed, and a record whose title, source and author show it is counted and dropped before
//! an article is built for it.
//!
//! What must stay true: memory holds two chunks of raw bytes at a time (one parsed, the next
//! being read), never the whole file; a bad line is reported with its line number in the whole
//! file and the rest still loads; record numbers (`STEM:N`) count non-blank lines, bad ones
//! included, so fixing one line never renumbers the others; results keep file order whatever
//! the thread count. A line that is not UTF-8 is decoded in the encoding the caller guessed for
//! the file, else in one guessed from the line; the file is counted under the encoding most of
//! its lines needed.

use std::io::Read;
use std::ops::Range;
use std::sync::Barrier;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use encoding_rs::Encoding;

use crate::corpus::formats::json::{MaybeRecord, describe_error};
use crate::corpus::formats::raw_words::RawWords;
use crate::corpus::formats::read::Sink;
use crate::corpus::par::threads;
use crate::corpus::store::build::{matched_fields, plain_body, record_article};
use crate::corpus::store::pack::{Packer, Scratch};
use crate::corpus::store::plain::raw_is_plain;
use crate::corpus::text::decode::text_of;
use crate::corpus::walk::{Input, io_reason};
use crate::corpus::{Article, Keep, Origin};

/// Raw bytes read per round: large enough to keep the cores busy, small enough to keep memory
/// flat and report progress every few thousand articles.
const CHUNK: usize = 8 << 20;

/// Where the numbering of a chunk starts.
#[derive(Clone, Copy, Default)]
struct Base {
    line: usize,
    record: usize,
}

/// Why a line that is JSON but not an object gives no article.
const NOT_ARTICLE: &str = "not an article object";

/// What one piece of a chunk gave.
#[derive(Default)]
struct PieceOut {
    /// The articles the keep test accepted.
    articles: Vec<Article>,
    /// Articles built, kept or not.
    built: usize,
    skipped: Vec<String>,
    /// Lines not in UTF-8, per encoding assumed.
    encodings: Vec<(&'static str, usize)>,
    /// Some bytes fit no encoding.
    replaced: bool,
    lines: usize,
    records: usize,
}

/// Reads every line of `reader` as a record of `input`; `hint` is the encoding of the lines
/// that are not UTF-8, when the caller could tell.
pub(crate) fn read_jsonl(
    reader: &mut dyn Read,
    input: &Input,
    sink: &mut Sink,
    hint: Option<&'static Encoding>,
) {
    read_in_chunks(reader, input, sink, CHUNK, hint);
}

/// [`read_jsonl`] with chunks of `chunk` bytes (tests use small ones). The next chunk is read
/// while the cores parse this one.
fn read_in_chunks(
    reader: &mut dyn Read,
    input: &Input,
    sink: &mut Sink,
    chunk: usize,
    hint: Option<&'static Encoding>,
) {
    let mut buf: Vec<u8> = Vec::new();
    let mut spare: Vec<u8> = Vec::new();
    let mut base = Base::default();
    let mut encodings: Vec<(&'static str, usize)> = Vec::new();
    let mut replaced = false;
    let mut failed: Option<std::io::Error> = None;
    let mut target = chunk;
    let origin = input.origin();
    let keep = sink.keep;
    let words = (keep.and_then(|k| k.raw_words())).and_then(|w| RawWords::new(&w, &origin.stem));
    fill(reader, &mut buf, target, &mut failed);
    while !buf.is_empty() {
        let eof = failed.is_some() || buf.len() < target;
        let cut = if eof {
            buf.len()
        } else {
            match memchr::memrchr(b'\n', &buf) {
                Some(i) => i + 1,
                None => {
                    // One line longer than a chunk: read more before splitting.
                    target *= 2;
                    fill(reader, &mut buf, target, &mut failed);
                    continue;
                }
            }
        };
        target = chunk;
        let start = if base.line == 0 && buf.starts_with(b"\xef\xbb\xbf") {
            3
        } else {
            0
        };
        // Two buffers take turns, so that their pages are faulted in once, not per chunk.
        let mut next = std::mem::take(&mut spare);
        next.clear();
        next.extend_from_slice(&buf[cut..]);
        let lines = &buf[start..cut];
        let outs = thread::scope(|s| {
            let parsing = s.spawn(|| parse_chunk(lines, base, &origin, keep, words.as_ref(), hint));
            if !eof {
                fill(reader, &mut next, chunk, &mut failed);
            }
            parsing
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e))
        });
        for out in outs {
            base.line += out.lines;
            base.record += out.records;
            replaced |= out.replaced;
            for (name, n) in out.encodings {
                add_count(&mut encodings, name, n);
            }
            for reason in out.skipped {
                sink.skip(&input.display, reason);
            }
            sink.extend_kept(out.articles, out.built);
        }
        spare = std::mem::replace(&mut buf, next);
    }
    if let Some(e) = failed {
        let line = base.line + 1;
        sink.skip(&input.display, format!("line {line}: {}", io_reason(&e)));
    }
    let most = encodings
        .iter()
        .max_by_key(|(_, n)| *n)
        .map(|(name, _)| *name);
    if most.is_some() || replaced {
        sink.decoded(most, replaced);
    }
}

/// Reads from `reader` until `buf` holds `target` bytes or the input ends; a read that fails
/// ends it too, and is kept in `failed`. Nothing is read once something failed.
fn fill(
    reader: &mut dyn Read,
    buf: &mut Vec<u8>,
    target: usize,
    failed: &mut Option<std::io::Error>,
) {
    if failed.is_some() || buf.len() >= target {
        return;
    }
    // `read_to_end` fills spare capacity without zeroing it first; reserved exactly, since it
    // would double a buffer that runs out (two 8 MiB chunks held 29 MB).
    let want = target - buf.len();
    buf.reserve_exact(want);
    if let Err(e) = reader.take(want as u64).read_to_end(buf) {
        *failed = Some(e);
    }
}

fn add_count(counts: &mut Vec<(&'static str, usize)>, name: &'static str, n: usize) {
    match counts.iter_mut().find(|(k, _)| *k == name) {
        Some((_, count)) => *count += n,
        None => counts.push((name, n)),
    }
}

/// Parses a chunk of whole lines on all cores. Each worker first counts its lines and records,
/// then waits for the others so it knows where its numbering starts.
fn parse_chunk(
    chunk: &[u8],
    base: Base,
    origin: &Origin,
    keep: Option<&dyn Keep>,
    words: Option<&RawWords>,
    hint: Option<&'static Encoding>,
) -> Vec<PieceOut> {
    let pieces = split_lines(chunk, threads());
    let counts: Vec<(AtomicUsize, AtomicUsize)> = pieces
        .iter()
        .map(|_| (AtomicUsize::new(0), AtomicUsize::new(0)))
        .collect();
    let barrier = Barrier::new(pieces.len());
    thread::scope(|s| {
        let handles: Vec<_> = pieces
            .iter()
            .enumerate()
            .map(|(k, piece)| {
                let (counts, barrier) = (&counts, &barrier);
                s.spawn(move || {
                    // The lines are found once, for counting and for parsing.
                    let lines_here: Vec<Range<usize>> = line_ranges(piece).collect();
                    let (lines, records) = count(piece, &lines_here);
                    counts[k].0.store(lines, Ordering::Relaxed);
                    counts[k].1.store(records, Ordering::Relaxed);
                    barrier.wait();
                    let mut start = base;
                    for (l, r) in &counts[..k] {
                        start.line += l.load(Ordering::Relaxed);
                        start.record += r.load(Ordering::Relaxed);
                    }
                    let mut out = parse_piece(piece, &lines_here, start, origin, keep, words, hint);
                    (out.lines, out.records) = (lines, records);
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

/// Up to `n` pieces of about equal size, each made of whole lines.
fn split_lines(chunk: &[u8], n: usize) -> Vec<&[u8]> {
    let mut pieces = Vec::with_capacity(n);
    let mut rest = chunk;
    for k in (1..n.max(1)).rev() {
        let aim = rest.len() / (k + 1);
        let Some(nl) = memchr::memchr(b'\n', &rest[aim..]) else {
            break;
        };
        let (piece, tail) = rest.split_at(aim + nl + 1);
        pieces.push(piece);
        rest = tail;
    }
    pieces.push(rest);
    pieces
}

/// Where the lines of a piece are (without their `\n`), found with SIMD search: this loop sees
/// every byte of the corpus.
fn line_ranges(piece: &[u8]) -> impl Iterator<Item = Range<usize>> {
    let body = piece.strip_suffix(b"\n").unwrap_or(piece);
    let ends = memchr::memchr_iter(b'\n', body).chain(std::iter::once(body.len()));
    let mut start = 0;
    ends.take(if piece.is_empty() { 0 } else { usize::MAX })
        .map(move |end| {
            let line = start..end;
            start = end + 1;
            line
        })
}

fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

/// (lines, non-blank lines) of `piece`, whose lines are `lines`.
fn count(piece: &[u8], lines: &[Range<usize>]) -> (usize, usize) {
    let blank = lines
        .iter()
        .filter(|r| is_blank(&piece[(*r).clone()]))
        .count();
    (lines.len(), lines.len() - blank)
}

/// Parses the lines of `piece`, keeping the articles `keep` accepts, packed together.
fn parse_piece(
    piece: &[u8],
    lines: &[Range<usize>],
    base: Base,
    origin: &Origin,
    keep: Option<&dyn Keep>,
    words: Option<&RawWords>,
    hint: Option<&'static Encoding>,
) -> PieceOut {
    let mut out = PieceOut::default();
    let mut packer = Packer::default();
    let mut scratch = Scratch::default();
    let mut record = base.record;
    // UTF-8 checked once for the whole piece (almost always valid): then each line is a `str`
    // and serde_json need not check every string again.
    let text = std::str::from_utf8(piece).ok();
    let raw_keep = keep.filter(|k| k.judges_raw());
    // The query's words, searched for in the whole piece at once.
    let marks = words
        .filter(|_| text.is_some())
        .map(|w| w.mark(piece, lines));
    for (n, range) in lines.iter().cloned().enumerate() {
        let raw = &piece[range.clone()];
        if is_blank(raw) {
            continue;
        }
        record += 1;
        let line_no = base.line + n + 1;
        // Most lines of a dump fail an `'exact` word: a look at the raw line spares those that
        // cannot have it the making of a record. Like a search tool, it does not parse them:
        // a broken line among them, which could not be listed anyway, is not reported.
        if let (Some(k), Some(text)) = (raw_keep, text) {
            let raw = &text[range.clone()];
            let unmarked = marks.as_ref().is_some_and(|m| !m[n]);
            if (unmarked || !k.may_keep_raw(raw, &origin.stem)) && raw_is_plain(raw) {
                out.built += 1;
                continue;
            }
        }
        // Where the piece is not valid UTF-8, serde_json checks each line as it parses; only a
        // line that fails gets a second look, and is decoded and parsed again when its bytes
        // are the problem.
        let repaired;
        let mut parsed = match text {
            // Lines end at `\n`, so each is on char boundaries of the valid piece.
            Some(text) => serde_json::from_str::<MaybeRecord>(&text[range]),
            None => serde_json::from_slice::<MaybeRecord>(raw),
        };
        if parsed.is_err() && text.is_none() && std::str::from_utf8(raw).is_err() {
            let decoded = text_of(raw, hint);
            out.replaced |= decoded.replaced;
            if let Some(name) = decoded.encoding {
                add_count(&mut out.encodings, name, 1);
            }
            repaired = decoded.text.into_owned();
            parsed = serde_json::from_str::<MaybeRecord>(&repaired);
        }
        match parsed {
            // Most records of a big dump fail a query: a look at their fields avoids building
            // an article only to drop it.
            Ok(MaybeRecord(Some(rec))) if keep.is_some_and(|k| !may_keep(k, &rec)) => {
                out.built += 1;
            }
            Ok(MaybeRecord(Some(rec))) => match record_article(&rec, record as u64, &origin.stem) {
                Ok(a) => {
                    out.built += 1;
                    if keep.is_none_or(|k| scratch.test(origin, &a, |a| k.keeps(a))) {
                        packer.push(origin, &a);
                    }
                }
                Err(why) => out.skipped.push(format!("line {line_no}: {why}")),
            },
            Ok(MaybeRecord(None)) => out.skipped.push(format!("line {line_no}: {NOT_ARTICLE}")),
            Err(e) => out.skipped.push(describe_error(&e, line_no)),
        }
    }
    out.articles = packer.finish();
    out
}

/// Whether `keep` may keep the article of `rec` (yes when only building it can tell).
fn may_keep(keep: &dyn Keep, rec: &crate::corpus::formats::json::Record) -> bool {
    let Some(fields) = matched_fields(rec) else {
        return true;
    };
    let mut texts: [&str; 3] = [""; 3];
    let mut n = 0;
    for f in fields.iter().flatten() {
        texts[n] = f;
        n += 1;
    }
    let has_text = rec
        .first(super::json::Field::BODY, |f| {
            f.text().filter(|t| !t.trim().is_empty())
        })
        .is_some();
    let body = keep.wants_body().then(|| plain_body(rec)).flatten();
    keep.may_keep(&texts[..n], has_text, body.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Bodies made of the pieces that building changes (markup, character references,
    /// controls, soft hyphens, line breaks): the look at a record before it is built keeps
    /// every record whose article an exact word matches.
    #[test]
    fn the_look_before_building_keeps_every_exact_match() {
        const PIECES: &[&str] = &[
            "flu",
            "rry",
            "Flurry",
            " ",
            "\\n",
            "**",
            "<b>",
            "</b>",
            "&#114;",
            "&amp;",
            "\\u0007",
            "\\u00ad",
            "\\u001b[0m",
            "-",
            "[",
            "](x)",
            "# ",
            "> ",
            "é",
            "\\t",
            "\\u0066",
            "\\u00e9",
            "\\u2019",
            "\\ud83d\\ude00",
            "\\r",
            "\\/",
            "\\\"",
            "\\\\",
            "&",
        ];
        let mut next = crate::test_rng::below(0x2545_F491_4F6C_DD1Du64);
        // Joined by what building drops, "flu" and "rry" may become "flurry".
        const JOINS: &[&str] = &[
            "",
            "**",
            "<b></b>",
            "\\u0007",
            "\\u00ad",
            "\\u001b[0m",
            "[](x)",
            "&#114;",
            " ",
            "\\n",
            "\\r",
            "\\b",
            "\\u0000",
            "\\u202e",
            "\\\\",
        ];
        let mut jsonl = String::new();
        for i in 0..4000 {
            let mut body: String = (0..next(6)).map(|_| PIECES[next(PIECES.len())]).collect();
            if next(2) == 0 {
                body.push_str(&format!("flu{}rry", JOINS[next(JOINS.len())]));
            }
            let title = [
                "Talks",
                "Talks",
                "Flurry of talks",
                "A flu**rry**",
                "\\u0046lurry",
            ];
            let title = format!("{} {i}", title[next(title.len())]);
            let authors = [
                "[\"Ann Lee\"]",
                "[\"A. Flurry\", \"Bo\"]",
                "[{\"name\": \"Flu\"}]",
            ];
            let authors = authors[next(authors.len())];
            // Some records have no title: theirs comes from the body or the file's stem.
            jsonl.push_str(&match next(4) {
                0 => format!("{{\"text\": \"{body}\", \"authors\": {authors}}}\n"),
                _ => format!(
                    "{{\"title\": \"{title}\", \"text\": \"{body}\", \"authors\": {authors}}}\n"
                ),
            });
        }
        let origin = Origin {
            path: None,
            stem: "dump-notes".into(),
        };
        let base = Base { line: 0, record: 0 };
        let lines: Vec<Range<usize>> = line_ranges(jsonl.as_bytes()).collect();
        let all = parse_piece(jsonl.as_bytes(), &lines, base, &origin, None, None, None).articles;
        let mut judged = 0;
        for q in [
            "'flurry",
            "'rry",
            "'flu 'rry",
            "'flurry | 'talks",
            "'notes",
            "'u2019",
        ] {
            let keeper = crate::search::Keeper::new(&crate::search::parse(q).unwrap()).unwrap();
            let want: Vec<&str> = (all.iter())
                .filter(|a| keeper.keeps(a))
                .map(Article::title)
                .collect();
            // Asked line by line, and with the words searched in the whole piece first.
            let words = keeper
                .raw_words()
                .and_then(|w| RawWords::new(&w, &origin.stem));
            assert_eq!(words.is_some(), q != "'notes", "{q}");
            for words in [None, words.as_ref()] {
                let base = Base { line: 0, record: 0 };
                let keeper = Some(&keeper as &dyn Keep);
                let out = parse_piece(jsonl.as_bytes(), &lines, base, &origin, keeper, words, None);
                let kept: Vec<&str> = out.articles.iter().map(Article::title).collect();
                assert_eq!(kept, want, "{q}");
            }
            judged += want.len();
        }
        assert!(judged > 1000, "{judged}");
    }

    #[test]
    fn small_chunks_give_what_one_chunk_gives() {
        use crate::corpus::walk::{Format, Input};
        let mut jsonl = String::from("\u{feff}");
        for i in 0..40 {
            jsonl.push_str(&format!("{{\"title\": \"Title number {i}\"}}\n"));
            if i % 7 == 0 {
                jsonl.push_str("\nnot json\n");
            }
            if i == 20 {
                let long = "word ".repeat(100);
                jsonl.push_str(&format!("{{\"title\": \"Long\", \"text\": \"{long}\"}}\n"));
            }
        }
        let input = Input {
            file: None,
            display: "dump.jsonl".into(),
            stem: "dump".into(),
            format: Format::Jsonl,
        };
        let load = |chunk: usize| {
            let mut progress = |_| {};
            let mut sink = Sink::new(&mut progress, None);
            read_in_chunks(&mut jsonl.as_bytes(), &input, &mut sink, chunk, None);
            let ids: Vec<String> = sink.articles.iter().map(|a| a.id().into_owned()).collect();
            let skipped: Vec<String> = sink.skipped.iter().map(|s| s.reason.clone()).collect();
            (ids, skipped)
        };
        let whole = load(CHUNK);
        assert_eq!(whole.0.len(), 41);
        assert_eq!(whole.1.len(), 6);
        for chunk in [1, 16, 64, 100, 333] {
            assert_eq!(load(chunk), whole, "chunk {chunk}");
        }
    }

    #[test]
    fn pieces_are_whole_lines_and_cover_the_chunk() {
        let chunk = b"{\"a\":1}\n\n{\"b\":2}\n{\"c\":3}\n{\"d\":4}";
        for n in 1..6 {
            let pieces = split_lines(chunk, n);
            assert_eq!(pieces.concat(), chunk.to_vec());
            assert!(
                pieces[..pieces.len() - 1]
                    .iter()
                    .all(|p| p.ends_with(b"\n"))
            );
            let total: (usize, usize) = pieces
                .iter()
                .map(|p| count(p, &line_ranges(p).collect::<Vec<_>>()))
                .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
            assert_eq!(total, (5, 4), "n = {n}");
        }
        let counted = |p: &[u8]| count(p, &line_ranges(p).collect::<Vec<_>>());
        assert_eq!(counted(b""), (0, 0));
        assert_eq!(counted(b"\n"), (1, 0));
    }
}

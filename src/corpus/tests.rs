//! Loading from real files: the directory walk, formats, IDs, and inputs that are broken in the
//! ways real dumps are. Fixtures live in unique folders under the system temp dir.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use proptest::prelude::*;

use super::*;

/// A fresh, empty folder, removed when dropped.
struct Fixture(PathBuf);

impl Fixture {
    fn new() -> Self {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("dossier-corpus-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        Fixture(dir)
    }

    fn file(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.0.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, bytes).unwrap();
        path
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn load_paths(paths: &[&Path]) -> Result<Corpus, LoadError> {
    let opts = LoadOptions {
        paths: paths.iter().map(|p| p.to_path_buf()).collect(),
        ..LoadOptions::default()
    };
    load(&opts, &mut |_| {})
}

fn ids(c: &Corpus) -> Vec<String> {
    let mut ids: Vec<String> = c.articles.iter().map(|a| a.id().into_owned()).collect();
    ids.sort();
    ids
}

const STORY: &str =
    "Talks Resume in Geneva\n\nSeptember 08, 2016\n\nThe talks resumed on Thursday.";

#[test]
fn directory_walk_nested_ids_hidden_skipped_other_extensions_ignored() {
    let fx = Fixture::new();
    fx.file("bbc/business/001.txt", STORY);
    fx.file("bbc/notes.md", "# A Markdown Note Here\n\nBody text.");
    fx.file("top.text", STORY);
    fx.file(".hidden.txt", STORY);
    fx.file(".git/config.txt", STORY);
    fx.file("bbc/.cache/x.txt", STORY);
    fx.file("image.png", "not read");
    fx.file("README", "no extension, not read");
    let c = load_paths(&[&fx.0]).unwrap();
    assert_eq!(ids(&c), ["bbc/business/001", "bbc/notes", "top"]);
    assert!(c.report.skipped.is_empty(), "{:?}", c.report.skipped);
    let a = c
        .articles
        .iter()
        .find(|a| a.id() == "bbc/business/001")
        .unwrap();
    let expected = fx.0.join("bbc/business/001.txt");
    assert_eq!(a.path(), Some(expected.to_string_lossy().as_ref()));
    assert_eq!(a.title(), "Talks Resume in Geneva");
}

#[test]
fn folders_walked_side_by_side_keep_the_order_of_names() {
    let fx = Fixture::new();
    // Files between the folders, folders inside folders, and more folders than cores.
    for path in [
        "a.txt",
        "b/1.txt",
        "b/c/2.txt",
        "b/c/d/3.txt",
        "b/e.txt",
        "c.txt",
        "d/4.txt",
        "e/f/5.txt",
        "e/g.md",
        "f.txt",
        "g/6.txt",
        "h/7.txt",
        "i/8.txt",
        "j/.hidden/9.txt",
    ] {
        fx.file(path, STORY);
    }
    fx.file("k/notes.png", "not read");
    let mut skipped = Vec::new();
    let found = super::walk::inputs(std::slice::from_ref(&fx.0), &mut skipped).unwrap();
    let stems: Vec<&str> = found.iter().map(|i| i.stem.as_str()).collect();
    assert_eq!(
        stems,
        [
            "a", "b/1", "b/c/2", "b/c/d/3", "b/e", "c", "d/4", "e/f/5", "e/g", "f", "g/6", "h/7",
            "i/8"
        ]
    );
    assert!(skipped.is_empty(), "{skipped:?}");
}

#[test]
fn a_file_named_explicitly_is_read_as_text_and_its_id_is_its_stem() {
    let fx = Fixture::new();
    let odd = fx.file("dump/article.weird", STORY);
    let c = load_paths(&[&odd]).unwrap();
    assert_eq!(ids(&c), ["article"]);
    assert_eq!(c.articles[0].date(), Some("2016-09-08"));
}

#[test]
fn binary_and_empty_files_are_skipped_with_a_reason() {
    let fx = Fixture::new();
    fx.file("good.txt", STORY);
    fx.file("bin.txt", b"GIF89a\x00\x01\x02 some bytes");
    fx.file("empty.txt", "");
    fx.file("blank.md", "  \n\n\t\n");
    let c = load_paths(&[&fx.0]).unwrap();
    assert_eq!(ids(&c), ["good"]);
    let mut reasons: Vec<(String, &str)> = c
        .report
        .skipped
        .iter()
        .map(|s| {
            (
                Path::new(&s.path)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                s.reason.as_str(),
            )
        })
        .collect();
    reasons.sort();
    assert_eq!(
        reasons,
        [
            ("bin.txt".into(), "binary file"),
            ("blank.md".into(), "empty file"),
            ("empty.txt".into(), "empty file")
        ]
    );
}

#[test]
fn text_not_in_utf8_is_decoded_in_the_encoding_detected_and_counted() {
    let fx = Fixture::new();
    fx.file(
        "latin1.txt",
        b"Caf\xe9 Owners Protest in Paris\n\nThe caf\xe9 was closed.",
    );
    fx.file(
        "dump.jsonl",
        b"{\"title\":\"Na\xefve\"}\n{\"title\":\"Fine\"}\n",
    );
    let c = load_paths(&[&fx.0]).unwrap();
    assert_eq!(c.report.encodings, [("windows-1252", 2)]);
    assert_eq!(c.report.lossy, 0);
    let a = c.articles.iter().find(|a| a.id() == "latin1").unwrap();
    assert_eq!(a.title(), "Café Owners Protest in Paris");
    assert_eq!(a.text(), "The café was closed.");
    assert!(c.articles.iter().any(|a| a.title() == "Naïve"));
    assert_eq!(c.articles.len(), 3);
}

#[test]
fn jsonl_bad_line_is_skipped_with_its_number_and_the_rest_loads() {
    let fx = Fixture::new();
    let mut text = String::new();
    for i in 1..=9 {
        match i {
            3 => text.push('\n'),
            7 => text.push_str("{\"title\": ]\n"),
            8 => text.push_str("[1, 2]\n"),
            _ => text.push_str(&format!(
                "{{\"title\": \"Story {i}\", \"text\": \"Body.\"}}\n"
            )),
        }
    }
    let path = fx.file("dump.jsonl", &text);
    let c = load_paths(&[&path]).unwrap();
    assert_eq!(c.articles.len(), 6);
    let reasons: Vec<&str> = c.report.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(
        reasons[0].starts_with("line 7, column 11: expected value"),
        "{reasons:?}"
    );
    assert_eq!(reasons[1], "line 8: not an article object");
    assert!(
        c.report
            .skipped
            .iter()
            .all(|s| s.path.ends_with("dump.jsonl"))
    );
    // Records count non-blank lines: line 4 is record 3, line 9 is record 8.
    let story = |n: usize| {
        c.articles
            .iter()
            .find(|a| a.title() == format!("Story {n}"))
            .unwrap()
    };
    assert_eq!(story(1).id(), "dump:1");
    assert_eq!(story(4).id(), "dump:3");
    assert_eq!(story(9).id(), "dump:8");
}

#[test]
fn json_array_single_object_and_jsonl_named_json() {
    let fx = Fixture::new();
    fx.file(
        "arr.json",
        r#"[{"title":"A one"},{"headline":"A two","id":7},"stray",{"x":1}]"#,
    );
    fx.file(
        "one.json",
        "\u{feff}{\"title\":\"Single\",\"body\":\"Text.\"}",
    );
    fx.file("lines.json", "{\"title\":\"L1\"}\n{\"title\":\"L2\"}\n");
    fx.file("broken.json", "{\n  \"title\": \"x\",\n  oops\n}");
    let c = load_paths(&[&fx.0]).unwrap();
    assert_eq!(ids(&c), ["7", "arr:1", "lines:1", "lines:2", "one:1"]);
    let reasons: Vec<String> = c
        .report
        .skipped
        .iter()
        .map(|s| {
            format!(
                "{}: {}",
                Path::new(&s.path).file_name().unwrap().to_string_lossy(),
                s.reason
            )
        })
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert!(reasons.contains(&"arr.json: record 3: not an article object".to_string()));
    assert!(reasons.contains(&"arr.json: record 4: record has no title or text".to_string()));
    assert!(
        reasons
            .iter()
            .any(|r| r.starts_with("broken.json: line 3, column 3: key must be a string")),
        "{reasons:?}"
    );
}

#[test]
fn missing_path_is_an_error_naming_it() {
    let err = load_paths(&[Path::new("/nonexistent/dossier-x")]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "'/nonexistent/dossier-x': No such file or directory"
    );
}

#[test]
fn nothing_loadable_is_empty_with_the_reason() {
    let fx = Fixture::new();
    let bin = fx.file("x.bin", b"\x00\x01");
    let err = load_paths(&[&bin]).unwrap_err();
    assert!(matches!(err, LoadError::Empty(_)));
    let msg = err.to_string();
    assert!(
        msg.starts_with("no articles found in '") && msg.contains("binary file"),
        "{msg}"
    );
    let empty_dir = Fixture::new();
    assert!(matches!(
        load_paths(&[&empty_dir.0]),
        Err(LoadError::Empty(_))
    ));
}

#[test]
fn no_paths_loads_the_seeds_and_reports_progress() {
    let mut calls = Vec::new();
    let c = load(&LoadOptions::default(), &mut |n| calls.push(n)).unwrap();
    assert_eq!(c.articles.len(), 5);
    assert_eq!(calls.last(), Some(&5));
}

#[test]
fn big_jsonl_keeps_order_numbering_and_reports_progress() {
    let fx = Fixture::new();
    let mut text = String::new();
    let n = 12_000;
    for i in 1..=n {
        let day = i % 28 + 1;
        text.push_str(&format!(
            "{{\"title\":\"Story number {i}\",\"date\":\"2016-02-{day:02}\",\"text\":\"Para one\\n\\nsecond half.\"}}\n"
        ));
    }
    let path = fx.file("big.jsonl", &text);
    let mut calls = Vec::new();
    let opts = LoadOptions {
        paths: vec![path],
        ..LoadOptions::default()
    };
    let c = load(&opts, &mut |k| calls.push(k)).unwrap();
    assert_eq!(c.articles.len(), n);
    assert!(
        calls.len() >= 2 && calls.windows(2).all(|w| w[0] < w[1]),
        "{calls:?}"
    );
    assert_eq!(calls.last(), Some(&n));
    for a in &c.articles {
        let i: usize = a
            .title()
            .trim_start_matches("Story number ")
            .parse()
            .unwrap();
        assert_eq!(a.id(), format!("big:{i}"));
        assert_eq!(a.text(), "Para one second half.");
    }
}

#[test]
fn big_json_array_numbers_records_across_batches() {
    // More records than one batch of the array reader, with a bad one in the second batch.
    let fx = Fixture::new();
    let n = 9000;
    let records: Vec<String> = (1..=n)
        .map(|i| match i {
            8500 => "17".to_string(),
            _ => format!("{{\"title\":\"Story number {i}\"}}"),
        })
        .collect();
    let path = fx.file("arr.json", format!("[{}]", records.join(",")));
    let c = load_paths(&[&path]).unwrap();
    assert_eq!(c.articles.len(), n - 1);
    let skipped: Vec<&str> = c.report.skipped.iter().map(|s| s.reason.as_str()).collect();
    assert_eq!(skipped, ["record 8500: not an article object"]);
    for a in &c.articles {
        let i = a.title().trim_start_matches("Story number ");
        assert_eq!(a.id(), format!("arr:{i}"));
    }
}

/// Writes `bytes` as `name` in a fresh folder and loads it; the result must be `Ok` or a clean
/// `Empty`, and every article must hold the loader's promises.
fn load_bytes(name: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let fx = Fixture::new();
    let path = fx.file(name, bytes);
    match load_paths(&[&path]) {
        Ok(c) => {
            for a in &c.articles {
                prop_assert!(!a.title().trim().is_empty());
                prop_assert!(!a.title().contains('\n'));
                prop_assert!(!a.text().contains("\n\n\n"));
                for s in [a.title(), a.text()] {
                    let bad = ['\u{1b}', '\u{9b}', '\u{0}', '\r', '\u{202e}'];
                    prop_assert!(!s.contains(bad), "control char in {:?}", s);
                }
            }
        }
        Err(LoadError::Empty(_)) => {}
        Err(e) => prop_assert!(false, "unexpected error {e}"),
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn load_never_panics_on_arbitrary_bytes(
        bytes in proptest::collection::vec(any::<u8>(), 0..600),
        ext in prop_oneof![Just("txt"), Just("md"), Just("jsonl"), Just("json")],
    ) {
        load_bytes(&format!("x.{ext}"), &bytes)?;
    }

    #[test]
    fn load_never_panics_on_text_like_input(
        text in "(\\PC|[\\n\\r\\t#*\\[\\]()<>{}\"\\\\:,/©\u{1b}\u{a0}]){0,400}",
        ext in prop_oneof![Just("txt"), Just("jsonl"), Just("json")],
    ) {
        load_bytes(&format!("x.{ext}"), text.as_bytes())?;
    }
}

/// Text files made of the pieces that building changes (markup, character references,
/// controls, bidi marks), some named after the word: the look at a file before its article is
/// built keeps every file whose article an exact word matches.
#[test]
fn the_look_at_a_text_file_keeps_every_exact_match() {
    const PIECES: &[&str] = &[
        "flu", "rry", "Flurry", " ", "\n", "\n\n", "**", "<b>", "</b>", "&#114;", "&amp;", "\u{7}",
        "\u{ad}", "\u{202e}", "[", "](x)", "# ", "é", "\t", "’",
    ];
    // Joined by what building drops, "flu" and "rry" may become "flurry".
    const JOINS: &[&str] = &[
        "", "**", "<b></b>", "\u{7}", "\u{202e}", "[](x)", "&#114;", " ",
    ];
    let mut next = crate::test_rng::below(0x9E37_79B9_7F4A_7C15u64);
    let fx = Fixture::new();
    for i in 0..600 {
        let mut body: String = (0..next(8)).map(|_| PIECES[next(PIECES.len())]).collect();
        if next(2) == 0 {
            body.push_str(&format!("flu{}rry", JOINS[next(JOINS.len())]));
        }
        // An empty file is skipped, and a blank first line leaves the title to the file name.
        let head = ["Talks\n\n", "\n\n", "A flu**rry**\n\n", ""][next(4)];
        let name = ["note", "flurry-note", "notes"][next(3)];
        fx.file(
            &format!("d{}/{name}-{i}.txt", i % 7),
            format!("{head}{body}."),
        );
    }
    let load = |keep: Option<Arc<dyn Keep>>| {
        let opts = LoadOptions {
            paths: vec![fx.0.clone()],
            keep,
            fetch: None,
        };
        let corpus = load(&opts, &mut |_| {}).unwrap();
        let ids: Vec<String> = corpus
            .articles
            .iter()
            .map(|a| a.id().into_owned())
            .collect();
        (corpus.articles, ids)
    };
    let (all, _) = load(None);
    let mut judged = 0;
    for q in ["'flurry", "'rry", "'flu 'rry", "'flurry | 'talks", "'note"] {
        let keeper = crate::search::Keeper::new(&crate::search::parse(q).unwrap()).unwrap();
        let want: Vec<String> = (all.iter())
            .filter(|a| keeper.keeps(a))
            .map(|a| a.id().into_owned())
            .collect();
        let (_, kept) = load(Some(Arc::new(keeper)));
        assert_eq!(kept, want, "{q}");
        judged += want.len();
    }
    assert!(judged > 500, "{judged}");
}

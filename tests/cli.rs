//! The plain commands, run as a user would: output, exit codes, error messages.

use std::process::{Command, Output, Stdio};

#[path = "common/scratch.rs"]
mod scratch;
use scratch::Scratch;

/// `compare`, `related`, `copies` and `is:copy`.
#[path = "cli/compare.rs"]
mod compare;

/// A dossier command with a clean environment (no user config, no NO_COLOR): an empty home of
/// its own, removed once the command has run.
fn dossier(args: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("a temporary home");
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path())
        .env_remove("NO_COLOR")
        .env_remove("COLORTERM")
        .output()
        .expect("run dossier")
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .collect()
}

/// The dossier binary on a disk as good as full, as a command to give arguments to: no file it
/// writes may grow past `blocks` (`ulimit -f`, in the shell's blocks of 512 or 1024 bytes),
/// and SIGXFSZ is ignored (through `exec` too), so that a write past the limit fails instead
/// of killing it. A full disk fails the same writes, with ENOSPC where this gives EFBIG.
fn dossier_on_a_full_disk(blocks: u32) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f {blocks} && exec \"$0\" \"$@\""
        ))
        .arg(env!("CARGO_BIN_EXE_dossier"));
    cmd
}

/// A fresh directory for a test's files, removed when the test ends.
fn scratch(name: &str) -> Scratch {
    Scratch::new("cli", name)
}

#[test]
fn list_json_prints_the_five_seeds_with_titles_and_dates() {
    let o = dossier(&["list", "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = json_lines(&o);
    assert_eq!(rows.len(), 5);
    let find = |id: &str| {
        rows.iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id}"))
    };
    let third = find("002_2f23dd834b517e59");
    assert_eq!(
        third["title"],
        "Lavrov, Kerry to discuss details of possible agreement on Syria"
    );
    assert_eq!(third["date"], "2016-09-08");
    assert_eq!(third["source"], "TASS");
    assert_eq!(find("004_0d1b895f4894e7d3")["date"], "2016-09-04");
    assert_eq!(find("000_378c2b5b58691dee")["author"], "Ed Crowther");
    // Newest first; no score without a query; every field present.
    let dates: Vec<&str> = rows.iter().map(|r| r["date"].as_str().unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    for r in &rows {
        assert!(r.get("score").is_none());
        for key in ["id", "title", "date", "source", "author", "url", "path"] {
            assert!(r.get(key).is_some(), "missing {key}");
        }
    }
}

#[test]
fn list_plain_is_one_line_per_article_without_escapes() {
    let o = dossier(&["list"]);
    assert!(o.status.success());
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 5);
    assert!(!out.contains('\x1b'), "no colour into a pipe");
    let forced = stdout(&dossier(&["list", "--color", "always"]));
    assert!(forced.contains('\x1b'));
}

#[test]
fn queries_filter_and_rank() {
    let ids = |q: &str| -> Vec<String> {
        let o = dossier(&["list", "--json", "-q", q]);
        assert!(o.status.success(), "{q}: {}", stderr(&o));
        json_lines(&o)
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("date:2016-09-09").len(), 2);
    let aleppo = ids("'aleppo");
    let not_aleppo = ids("!'aleppo");
    assert_eq!(aleppo.len() + not_aleppo.len(), 5);
    assert!(aleppo.iter().all(|id| !not_aleppo.contains(id)));
    assert!(!ids("tass | moscow").is_empty());
    let geneva = dossier(&["list", "--json", "-q", "geneva"]);
    let rows = json_lines(&geneva);
    assert!(rows[0]["title"].as_str().unwrap().contains("Geneva"));
    assert!(rows[0]["score"].is_i64());
}

#[test]
fn entity_filters_and_counts() {
    let lavrov = json_lines(&dossier(&["list", "--json", "-q", "@lavrov"]));
    assert_eq!(lavrov.len(), 5);
    let erdogan = json_lines(&dossier(&["list", "--json", "-q", "@erdogan"]));
    assert_eq!(erdogan.len(), 1);
    let ents = json_lines(&dossier(&["entities", "--json"]));
    let lav = ents
        .iter()
        .find(|e| e["name"] == "Sergei Lavrov")
        .expect("Lavrov counted");
    assert_eq!(lav["articles"], 5);
    assert_eq!(lav["kind"], "person");
    let plain = stdout(&dossier(&["entities"]));
    assert!(plain.contains("Sergei Lavrov"));
}

#[test]
fn show_json_has_code_point_offsets_into_the_text() {
    let o = dossier(&["show", "--json", "000"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let text: Vec<char> = v["text"].as_str().unwrap().chars().collect();
    let ents = v["ents"].as_array().unwrap();
    assert!(!ents.is_empty());
    for e in ents {
        let (s, t) = (
            e["start"].as_u64().unwrap() as usize,
            e["end"].as_u64().unwrap() as usize,
        );
        let surface: String = text[s..t].iter().collect();
        assert!(!surface.trim().is_empty());
        if e["name"] == "Sergei Lavrov" {
            assert!(surface.contains("Lavrov"), "{surface}");
        }
    }
    assert!(!text.iter().collect::<String>().contains("**"));
}

#[test]
fn show_on_a_terminal_colours_and_plain_in_a_pipe() {
    let plain = stdout(&dossier(&["show", "002"]));
    assert!(plain.starts_with("Lavrov, Kerry to discuss"));
    assert!(!plain.contains('\x1b'));
    let coloured = stdout(&dossier(&["show", "002", "--color", "always"]));
    assert!(coloured.contains('\x1b'));
}

#[test]
fn show_leaves_out_the_lines_of_metadata_an_article_lacks() {
    let dir = scratch("show-bare");
    std::fs::write(
        dir.join("bare.txt"),
        "Home | News | Sport | Weather\n\nTalks resume in Geneva\n\nThe talks resumed on Thursday in Geneva, officials said.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("linked.jsonl"),
        "{\"title\": \"Linked\", \"url\": \"https://example.org/a\", \"text\": \"Body.\"}\n",
    )
    .unwrap();
    let bare = stdout(&dossier(&["show", "bare", dir.to_str().unwrap()]));
    // The navigation bar is neither the title nor the body; no empty metadata line.
    assert_eq!(
        bare.lines().collect::<Vec<_>>(),
        [
            "Talks resume in Geneva",
            "",
            "The talks resumed on Thursday in Geneva, officials said."
        ]
    );
    let linked = stdout(&dossier(&["show", "linked:1", dir.to_str().unwrap()]));
    assert_eq!(
        linked.lines().collect::<Vec<_>>(),
        [
            "Linked",
            "example.org",
            "https://example.org/a",
            "",
            "Body."
        ]
    );
}

#[test]
fn bad_input_is_exit_2_with_one_line_naming_it() {
    let o = dossier(&["list", "/no/such/dir"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("'/no/such/dir'"), "{}", stderr(&o));
    assert_eq!(stderr(&o).lines().count(), 1);

    let o = dossier(&["show", "zzz"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("'zzz'"));

    let o = dossier(&["show", "00"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("ambiguous"), "{}", stderr(&o));

    let o = dossier(&["list", "-q", "date:yesterday"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("'yesterday'"), "{}", stderr(&o));

    let o = dossier(&["list", "--color", "sometimes"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn a_malformed_dictionary_names_file_line_and_column() {
    let dir = scratch("dict");
    let dict = dir.join("bad.toml");
    std::fs::write(
        &dict,
        "[[entity]]\nname = \"X\"\nkind = \"person\"\naliases = [\"a\"\n",
    )
    .unwrap();
    let o = dossier(&["list", "--dict", dict.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("bad.toml") && err.contains("line"), "{err}");
}

#[test]
fn a_user_dictionary_adds_entities() {
    let dir = scratch("userdict");
    let dict = dir.join("mine.toml");
    std::fs::write(&dict, "[[entity]]\nname = \"Grave Differences\"\nkind = \"misc\"\naliases = [\"grave differences\"]\n").unwrap();
    let o = dossier(&["entities", "--json", "--dict", dict.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        json_lines(&o)
            .iter()
            .any(|e| e["name"] == "Grave Differences")
    );
    let only = dossier(&[
        "entities",
        "--json",
        "--no-builtin-dict",
        "--dict",
        dict.to_str().unwrap(),
    ]);
    let lines = json_lines(&only);
    let from = |origin: &str| -> Vec<_> {
        lines
            .iter()
            .filter(|e| e["from"] == origin)
            .map(|e| e["name"].clone())
            .collect()
    };
    assert_eq!(from("dictionary"), ["Grave Differences"]);
    // Without the built-in dictionary, the names the articles use are still found in them.
    let found = from("corpus");
    assert!(found.iter().any(|n| n == "Sergei Lavrov"), "{found:?}");
    for ordinary in ["The", "But", "Friday", "September", "Russia on Syria"] {
        assert!(
            !found.iter().any(|n| n == ordinary),
            "{ordinary} found: {found:?}"
        );
    }
}

#[test]
fn show_json_says_where_each_name_comes_from() {
    let dir = scratch("from");
    std::fs::write(
        dir.join("a.txt"),
        "Hewitt faces critics\n\nTrade Secretary Patricia Hewitt met Vladimir Putin in Moscow. \
         Ms Hewitt told GMTV she was pleased.\n",
    )
    .unwrap();
    let o = dossier(&["show", "a", dir.to_str().unwrap(), "--json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let shown: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let text = shown["text"].as_str().unwrap();
    let ents: Vec<(String, String, String)> = shown["ents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let (s, end) = (
                e["start"].as_u64().unwrap() as usize,
                e["end"].as_u64().unwrap() as usize,
            );
            let surface: String = text.chars().skip(s).take(end - s).collect();
            (
                surface,
                e["name"].as_str().unwrap().to_string(),
                e["from"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let has = |surface: &str, name: &str, from: &str| {
        ents.contains(&(surface.to_string(), name.to_string(), from.to_string()))
    };
    assert!(
        has("Patricia Hewitt", "Patricia Hewitt", "corpus"),
        "{ents:?}"
    );
    assert!(has("Hewitt", "Patricia Hewitt", "corpus"), "{ents:?}");
    assert!(has("GMTV", "GMTV", "corpus"), "{ents:?}");
    assert!(
        has("Vladimir Putin", "Vladimir Putin", "dictionary"),
        "{ents:?}"
    );
    assert!(has("Moscow", "Moscow", "dictionary"), "{ents:?}");
}

#[test]
fn folders_and_jsonl_load_and_skips_are_reported() {
    let dir = scratch("folder");
    std::fs::create_dir_all(dir.join("bbc/business")).unwrap();
    std::fs::write(
        dir.join("bbc/business/001.txt"),
        "Markets rally\n\nStocks rose on Monday.\n",
    )
    .unwrap();
    std::fs::write(dir.join("binary.txt"), b"\x00\x01\x02binary").unwrap();
    std::fs::write(
        dir.join("dump.jsonl"),
        "{\"headline\": \"One\", \"body\": \"Text one.\", \"published\": \"2020-01-02T10:00:00Z\"}\nnot json\n{\"title\": \"Two\", \"content\": \"Text two.\"}\n",
    )
    .unwrap();
    let o = dossier(&["list", "--json", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let ids: Vec<String> = json_lines(&o)
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    assert!(ids.contains(&"bbc/business/001".to_string()), "{ids:?}");
    assert!(
        ids.contains(&"dump:1".to_string()) && ids.contains(&"dump:3".to_string()),
        "{ids:?}"
    );
    assert!(
        stderr(&o).contains("warning"),
        "skips are reported: {}",
        stderr(&o)
    );
    let strict = dossier(&["list", "--strict", dir.to_str().unwrap()]);
    assert_eq!(strict.status.code(), Some(2));
}

#[test]
fn escape_sequences_in_articles_never_reach_the_output() {
    let dir = scratch("escapes");
    std::fs::write(
        dir.join("evil.txt"),
        "Evil \x1b]0;pwned\x07title\x1b[2J\n\nBody \x1b[31mred\x1b[0m text\x07.\n",
    )
    .unwrap();
    let o = dossier(&["show", "--json", "evil", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(
        !out.contains('\x1b') && !out.contains("\\u001b") && !out.contains('\x07'),
        "{out}"
    );
}

#[test]
fn escape_sequences_in_file_names_never_reach_the_output() {
    let dir = scratch("escaped-names");
    let sub = dir.join("sub\x1b]0;pwned\x07");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::write(
        sub.join("a\x1b[31mred\nline.txt"),
        "A title here\n\nSome body text.\n",
    )
    .unwrap();
    std::fs::write(dir.join("bad\x1b[2J.json"), "{ not json").unwrap();
    let path = dir.to_str().unwrap();
    let list = dossier(&["list", path]);
    let json = dossier(&["list", "--json", path]);
    for o in [&list, &json] {
        let (out, err) = (stdout(o), stderr(o));
        for s in [&out, &err] {
            assert!(!s.contains('\x1b') && !s.contains('\x07'), "{s:?}");
        }
    }
    // The ID is the cleaned relative path; `show` finds the article by it.
    let rows = json_lines(&json);
    assert_eq!(rows[0]["id"], "sub/ared line");
    assert!(stderr(&list).contains("bad.json"), "{}", stderr(&list));
    let shown = dossier(&["show", "sub/ared", path]);
    assert!(
        stdout(&shown).starts_with("A title here"),
        "{}",
        stderr(&shown)
    );
}

#[test]
fn list_q_filters_while_loading_every_format_alike() {
    let dir = scratch("keep");
    std::fs::write(
        dir.join("a.txt"),
        "Geneva talks resume\n\nKerry met Lavrov.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "Aleppo aid convoys wait\n\nThe trucks are ready.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("c.jsonl"),
        "{\"title\": \"Geneva deal\", \"text\": \"Lavrov spoke.\"}\nbroken\n{\"title\": \"Oil prices\"}\n{\"title\": \"Lavrov cut\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("d.json"),
        "[{\"title\": \"Geneva again\", \"date\": \"2016-09-10\"}, {\"title\": \"Markets\"}]",
    )
    .unwrap();
    let ids = |q: &str| -> Vec<String> {
        let o = dossier(&["list", "--json", "-q", q, dir.to_str().unwrap()]);
        assert!(o.status.success(), "{q}: {}", stderr(&o));
        // What loading skipped is still reported when a query drops articles; an `'exact` word
        // passes over, unparsed, the lines without it, as a search tool would.
        let exact = q.starts_with('\'');
        let warned = if exact {
            " skipped: "
        } else {
            "2 records skipped"
        };
        let first = if exact { "line 4" } else { "line 2" };
        let err = stderr(&o);
        assert!(err.contains(warned) && err.contains(first), "{q}: {err}");
        json_lines(&o)
            .iter()
            .map(|r| r["id"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(ids("geneva"), ["d:1", "c:1", "a"]);
    assert_eq!(ids("'lavrov"), ["c:1", "a"]);
    // `--strict` parses every line, and the broken one is an error.
    let o = dossier(&["list", "--strict", "-q", "'lavrov", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("line 2"), "{}", stderr(&o));
    assert_eq!(ids("!geneva"), ["b", "d:2", "c:3"]);
    // Nothing matches: an empty list, not "no articles found".
    assert!(ids("zzqqxx").is_empty());
    let o = dossier(&["entities", "--json", "-q", "geneva", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let names: Vec<String> = json_lines(&o)
        .iter()
        .map(|r| r["name"].as_str().unwrap().to_string())
        .collect();
    assert!(names.contains(&"Sergei Lavrov".to_string()), "{names:?}");
    assert!(!names.contains(&"Aleppo".to_string()), "{names:?}");
}

#[test]
fn no_articles_is_an_error() {
    let dir = scratch("empty");
    let o = dossier(&["list", dir.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(!stderr(&o).is_empty());
}

#[test]
fn a_closed_pipe_exits_quietly() {
    let dir = scratch("pipe");
    let many: String = (0..20000)
        .map(|i| format!("{{\"title\": \"Article {i}\", \"text\": \"t\"}}\n"))
        .collect();
    std::fs::write(dir.join("many.jsonl"), many).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(["list", dir.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one line, then hang up, as `head -1` does.
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    std::io::Read::read(&mut out, &mut first).unwrap();
    drop(out);
    let o = child.wait_with_output().unwrap();
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).is_empty(), "{}", stderr(&o));
}

#[test]
fn the_reader_refuses_a_pipe_with_a_hint() {
    let o = dossier(&[]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("dossier list"));
}

#[test]
fn text_not_in_utf8_is_decoded_and_the_warning_names_the_encoding() {
    let dir = scratch("encodings");
    std::fs::write(
        dir.join("latin1.txt"),
        b"Caf\xe9 Owners Protest in Paris\n\nThe owners of a caf\xe9 near the Op\xe9ra said the cr\xe8me tax would close them.\n",
    )
    .unwrap();
    let o = dossier(&["show", "--json", "latin1", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stdout(&o).contains("\"title\":\"Café Owners Protest in Paris\""),
        "{}",
        stdout(&o)
    );
    assert!(
        stderr(&o).contains("1 file decoded as windows-1252"),
        "{}",
        stderr(&o)
    );
    // Decoded in an encoding that fits is not an error, even with --strict.
    let strict = dossier(&["list", "--strict", dir.to_str().unwrap()]);
    assert!(strict.status.success(), "{}", stderr(&strict));
}

#[test]
fn an_at_name_that_names_nothing_says_so_and_suggests_the_nearest() {
    let o = dossier(&["list", "-q", "@lavorv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let err = stderr(&o);
    assert!(
        err.contains("no entity '@lavorv'") && err.contains("Sergei Lavrov"),
        "{err}"
    );
    // A name that resolves says nothing.
    let ok = dossier(&["list", "-q", "@lavrov"]);
    assert!(stderr(&ok).is_empty(), "{}", stderr(&ok));
}

#[test]
fn export_writes_the_matching_articles_with_text_and_entities() {
    // JSON Lines on stdout, ranked as `list` ranks them, with the body and the entities.
    let o = dossier(&["export", "-q", "lavrov"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let rows = json_lines(&o);
    let listed = json_lines(&dossier(&["list", "--json", "-q", "lavrov"]));
    assert!(!rows.is_empty());
    let ids = |r: &[serde_json::Value]| r.iter().map(|x| x["id"].clone()).collect::<Vec<_>>();
    assert_eq!(ids(&rows), ids(&listed));
    assert!(rows[0]["text"].as_str().unwrap().len() > 200);
    let ents = rows[0]["ents"].as_array().unwrap();
    assert!(ents.iter().any(|e| e["name"] == "Sergei Lavrov"));
}

#[test]
fn export_csv_to_a_file_is_what_a_spreadsheet_reads() {
    let dir = scratch("export-csv");
    let out = dir.join("seeds.csv");
    let o = dossier(&["export", "--format", "csv", "-o", out.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stdout(&o).is_empty());
    let mut reader = csv::Reader::from_path(&out).unwrap();
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(
        header,
        [
            "id", "title", "date", "source", "author", "url", "path", "entities", "text"
        ]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 5);
    // Bodies span lines and hold quotes: one record each all the same.
    assert!(records.iter().all(|r| r.len() == 9));
    assert!(records.iter().any(|r| r[8].contains('\n')));
    assert!(
        records
            .iter()
            .any(|r| r[7].contains("Sergei Lavrov (person"))
    );
    // Markdown too.
    let o = dossier(&["export", "--format", "md", "-q", "source:tass"]);
    let md = stdout(&o);
    assert!(md.starts_with("# Lavrov, Kerry to discuss"), "{md}");
    assert!(md.contains("**Entities:** "));
}

#[test]
fn export_names_a_file_it_cannot_write_and_a_bad_format() {
    let dir = scratch("export-bad");
    let out = dir.join("missing").join("x.jsonl");
    let o = dossier(&["export", "-o", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("x.jsonl'"), "{}", stderr(&o));
    let o = dossier(&["export", "--format", "xlsx"]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("'xlsx'"), "{}", stderr(&o));
}

#[test]
fn export_on_a_full_disk_keeps_the_old_file_and_says_why() {
    let dir = scratch("export-full");
    let out = dir.join("seeds.jsonl");
    std::fs::write(&out, "the export of last week\n").unwrap();
    // No room for the export's 40 KB.
    let home = scratch("export-full-home");
    let o = dossier_on_a_full_disk(8)
        .args(["export", "-o", out.to_str().unwrap()])
        .env("XDG_CONFIG_HOME", &home)
        .env("HOME", &home)
        .output()
        .expect("run dossier");
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert_eq!(
        stderr(&o).lines().next(),
        Some(
            format!(
                "dossier: cannot write '{}': File too large (os error 27)",
                out.display()
            )
            .as_str()
        )
    );
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "the export of last week\n"
    );
    let left: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file left: {left:?}");
}

#[test]
fn a_bad_config_file_is_named_with_its_line_and_value() {
    let dir = scratch("config");
    let file = dir.join("config.toml");
    std::fs::write(&file, "split = 40\n\n[colors]\ndate = \"blurple\"\n").unwrap();
    let o = dossier(&["--config", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains(&format!("'{}' line 4", file.display())),
        "{err}"
    );
    assert!(err.contains("'blurple'"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    // Found in $XDG_CONFIG_HOME/dossier/ without --config, and an unknown key is an error.
    let home = dir.join("home");
    std::fs::create_dir_all(home.join("dossier")).unwrap();
    std::fs::write(home.join("dossier").join("config.toml"), "osc_52 = false\n").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_dossier"))
        .env("XDG_CONFIG_HOME", &home)
        .env("HOME", &home)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("line 1") && stderr(&o).contains("osc_52"),
        "{}",
        stderr(&o)
    );
    // A --config file that is not there is an error too.
    let o = dossier(&["--config", dir.join("none.toml").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("none.toml'"), "{}", stderr(&o));
}

#[test]
fn help_summarises_the_query_language() {
    let o = dossier(&["--help"]);
    let out = stdout(&o);
    for term in [
        "'word",
        "@name",
        "source:tass",
        "date:2016-09",
        "is:unread",
        "a | b",
    ] {
        assert!(out.contains(term), "{term} missing from --help");
    }
}

#[test]
fn list_answers_is_starred_from_the_readers_database() {
    let dir = scratch("marks");
    let seeds = dossier::corpus::seeds().articles;
    let tass = seeds.iter().find(|a| a.source() == Some("TASS")).unwrap();
    let store = dossier::state::Store::open(&dir.join("dossier")).unwrap();
    store
        .set(
            &dossier::state::identity(tass),
            dossier::state::Mark::Starred,
            true,
        )
        .unwrap();
    drop(store);
    let run = |q: &str| {
        Command::new(env!("CARGO_BIN_EXE_dossier"))
            .args(["list", "--json", "-q", q])
            .env("XDG_STATE_HOME", &dir)
            .env("HOME", &dir)
            .output()
            .unwrap()
    };
    let starred = json_lines(&run("is:starred"));
    assert_eq!(starred.len(), 1);
    assert_eq!(starred[0]["source"], "TASS");
    assert_eq!(json_lines(&run("is:unread")).len(), 5);
    // With an entity term too: every Lavrov article but the starred one.
    let lavrov = json_lines(&run("@lavrov")).len();
    assert_eq!(json_lines(&run("!is:starred @lavrov")).len(), lavrov - 1);
    // On a disk too full to read the database the usual way (the index of its journal cannot
    // be made), the marks still answer.
    let full = dossier_on_a_full_disk(16)
        .args(["list", "--json", "-q", "is:starred"])
        .env("XDG_STATE_HOME", &dir)
        .env("HOME", &dir)
        .output()
        .unwrap();
    let starred = json_lines(&full);
    assert_eq!(starred.len(), 1, "{}", stderr(&full));
    assert_eq!(starred[0]["source"], "TASS");
    // A damaged database: no marks, and a warning that says so rather than a silent "none".
    let file = dir.join("dossier").join("state.sqlite3");
    std::fs::write(&file, "not a database\n".repeat(100)).unwrap();
    let o = run("is:starred");
    assert!(o.status.success());
    assert_eq!(json_lines(&o).len(), 0);
    assert_eq!(
        stderr(&o),
        format!(
            "dossier: warning: state '{}': the file is damaged (not a database); no article counts as read or starred\n",
            file.display()
        )
    );
}

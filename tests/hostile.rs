//! Hostile input, run through the real binary: every string a user did not type (dictionary
//! entries, IDs pasted from elsewhere, article text, file names) reaches stdout and stderr
//! without a control character or escape sequence, and each bad input gets a clear message.
//! The assertions are on the exact bytes written.

use std::process::{Command, Output};

#[path = "common/scratch.rs"]
mod scratch;
use scratch::Scratch;

/// A dossier command with a clean environment (no user config): an empty home of its own,
/// removed once the command has run.
fn dossier(args: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("a temporary home");
    Command::new(env!("CARGO_BIN_EXE_dossier"))
        .args(args)
        .env("XDG_CONFIG_HOME", home.path())
        .env("HOME", home.path())
        .env_remove("NO_COLOR")
        .output()
        .expect("run dossier")
}

/// A fresh directory for a test's files, removed when the test ends.
fn scratch(name: &str) -> Scratch {
    Scratch::new("hostile", name)
}

/// Whether `bytes` hold a C0 control other than a line break, DEL, ESC or a C1 control.
fn has_controls(bytes: &[u8]) -> bool {
    let text = String::from_utf8_lossy(bytes);
    text.chars()
        .any(|c| (c < ' ' && c != '\n') || ('\u{7f}'..='\u{9f}').contains(&c) || c == '\u{202e}')
}

fn path(p: &std::path::Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn a_dictionary_name_with_an_escape_sequence_is_refused_and_shown_escaped() {
    let dir = scratch("dict-title");
    let dict = dir.join("names.toml");
    std::fs::write(
        &dict,
        "[[entity]]\nname = \"Ann \\u001b]0;PWNED\\u0007Lee\"\nkind = \"person\"\n",
    )
    .unwrap();
    let o = dossier(&["entities", "--dict", path(&dict)]);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let expected = format!(
        "dossier: '{}' line 2: name 'Ann \\x1b]0;PWNED\\x07Lee' holds a control character\n",
        dict.display()
    );
    assert_eq!(String::from_utf8_lossy(&o.stderr), expected);
}

#[test]
fn eight_bit_csi_and_bidi_overrides_in_aliases_are_refused_too() {
    let dir = scratch("dict-c1");
    for (n, bad) in ["\\u009b2J", "\\u202eevil"].iter().enumerate() {
        let dict = dir.join(format!("d{n}.toml"));
        std::fs::write(
            &dict,
            format!("[[entity]]\nname = \"Ann Lee\"\nkind = \"person\"\naliases = [\"A {bad}\"]\n"),
        )
        .unwrap();
        let o = dossier(&["entities", "--json", "--dict", path(&dict)]);
        assert_eq!(o.status.code(), Some(2), "{bad}");
        assert!(
            !has_controls(&o.stderr),
            "{:?}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(String::from_utf8_lossy(&o.stderr).contains("holds a control character"));
    }
}

#[test]
fn an_id_with_an_escape_sequence_is_quoted_escaped() {
    let dir = scratch("show-id");
    std::fs::write(dir.join("a.txt"), "Title\n\nBody.\n").unwrap();
    let o = dossier(&["show", "\u{1b}[2J\u{9b}31m", path(&dir)]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        "dossier: no article with ID '\\x1b[2J\\u{9b}31m' (dossier list shows the IDs)\n"
    );
}

#[test]
fn errors_quoting_query_terms_and_paths_show_controls_escaped() {
    let dir = scratch("query");
    std::fs::write(dir.join("a.txt"), "Title\n\nBody.\n").unwrap();
    for args in [
        vec!["list", "-q", "date:\u{1b}[31m", path(&dir)],
        vec!["list", "-q", "\"\u{1b}]0;x", path(&dir)],
        vec!["list", "--dict", "/nonexistent/\u{1b}[2J.toml", path(&dir)],
    ] {
        let o = dossier(&args);
        assert!(!o.status.success(), "{args:?}");
        assert!(
            !has_controls(&o.stderr),
            "{args:?}: {:?}",
            String::from_utf8_lossy(&o.stderr)
        );
        assert!(
            String::from_utf8_lossy(&o.stderr).contains("\\x1b"),
            "{args:?}"
        );
    }
}

#[test]
fn an_escape_inside_an_osc_string_leaves_no_fragment() {
    let dir = scratch("osc");
    std::fs::write(
        dir.join("a.txt"),
        "Title\n\nbefore \u{1b}]0;A \u{1b}]0;B visible\nnext line\n",
    )
    .unwrap();
    let o = dossier(&["show", "a", path(&dir)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(!has_controls(out.as_bytes()));
    assert!(!out.contains("]0;"), "{out:?}");
    assert!(
        out.contains("before") && out.contains("next line"),
        "{out:?}"
    );
}

#[test]
fn a_rejected_record_in_a_json_array_skips_that_record_only() {
    let dir = scratch("array");
    for (n, bad) in [
        r#"{"title":"a","title":"b","text":"y"}"#,
        r#"{"title":"a","date":1e400,"text":"y"}"#,
        r#"{"title":"\ud800","text":"y"}"#,
    ]
    .iter()
    .enumerate()
    {
        let file = dir.join(format!("dump{n}.json"));
        let before = r#"{"title":"first ok","text":"x"}"#;
        let after = r#"{"title":"after","text":"z"}"#;
        for body in [
            format!("[{before},{bad},{after}]"),
            format!("[{bad},{after}]"),
        ] {
            std::fs::write(&file, &body).unwrap();
            let o = dossier(&["list", "--json", path(&file)]);
            assert!(
                o.status.success(),
                "{body}: {}",
                String::from_utf8_lossy(&o.stderr)
            );
            let titles: Vec<String> = String::from_utf8(o.stdout)
                .unwrap()
                .lines()
                .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["title"].to_string())
                .collect();
            assert!(
                titles.contains(&"\"after\"".to_string()),
                "{body}: {titles:?}"
            );
            assert_eq!(titles.len(), if body.contains("first ok") { 2 } else { 1 });
            let stderr = String::from_utf8_lossy(&o.stderr);
            let number = if body.contains("first ok") { 2 } else { 1 };
            assert!(
                stderr.starts_with(&format!(
                    "dossier: warning: '{}' record {number} skipped: ",
                    file.display()
                )),
                "{stderr}"
            );
        }
    }
}

#[test]
fn list_in_colour_keeps_its_columns() {
    let dir = scratch("colour");
    std::fs::write(dir.join("a.txt"), "First\n\nDate: 2016-09-09\n\nBody.\n").unwrap();
    std::fs::write(dir.join("longer-name.txt"), "Second\n\nBody.\n").unwrap();
    let plain = dossier(&["list", "--color", "never", path(&dir)]);
    let colour = dossier(&["list", "--color", "always", path(&dir)]);
    let strip = |bytes: &[u8]| {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let mut out = String::new();
        let mut chars = text.chars();
        while let Some(c) = chars.next() {
            if c == '\u{1b}' {
                // CSI: up to the final byte.
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    };
    assert!(colour.stdout.contains(&0x1b));
    assert_eq!(
        strip(&colour.stdout),
        String::from_utf8_lossy(&plain.stdout)
    );
}

#[test]
fn special_files_are_bounded_and_never_wait_forever() {
    let dir = scratch("special");
    let fifo = dir.join("fifo");
    let made = Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    for (args, expected) in [
        (
            vec!["list", "/dev/zero"],
            "dossier: no articles found in '/dev/zero' (skipped '/dev/zero': binary file)\n"
                .to_string(),
        ),
        (
            vec!["list", path(&fifo)],
            format!(
                "dossier: no articles found in '{0}' (skipped '{0}': a FIFO with no writer: nothing to read)\n",
                fifo.display()
            ),
        ),
        (
            vec!["entities", "--dict", "/dev/zero"],
            "dossier: '/dev/zero': not a regular file\n".to_string(),
        ),
        (
            vec!["entities", "--dict", path(&fifo)],
            format!("dossier: '{}': not a regular file\n", fifo.display()),
        ),
    ] {
        let o = dossier(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&o.stderr), expected, "{args:?}");
    }
}

#[test]
fn a_dictionary_of_nul_bytes_is_refused_where_the_first_one_stands() {
    let dir = scratch("nul-dict");
    let dict = dir.join("zeros.toml");
    let mut bytes = b"[[entity]]\nname = \"A".to_vec();
    bytes.extend(std::iter::repeat_n(0u8, 1 << 20));
    std::fs::write(&dict, bytes).unwrap();
    let o = dossier(&["entities", "--dict", path(&dict)]);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!(
            "dossier: '{}' line 2, column 10: a NUL byte: not a text file\n",
            dict.display()
        )
    );
}

#[test]
fn a_dictionary_not_in_utf8_is_read_with_a_warning() {
    let dir = scratch("latin1-dict");
    let dict = dir.join("latin1.toml");
    std::fs::write(
        &dict,
        b"[[entity]]\nname = \"Ren\xe9e M\xfcller\"\nkind = \"person\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("a.txt"),
        "Title\n\nRen\u{e9}e M\u{fc}ller spoke.\n",
    )
    .unwrap();
    let o = dossier(&["entities", "--dict", path(&dict), path(&dir.join("a.txt"))]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        String::from_utf8_lossy(&o.stderr),
        format!(
            "dossier: warning: '{}' is not UTF-8: decoded as windows-1252\n",
            dict.display()
        )
    );
    assert!(String::from_utf8_lossy(&o.stdout).contains("Renée Müller"));
}

#[test]
fn scripts_styles_iframes_and_event_attributes_never_reach_a_page_text() {
    let dir = scratch("page");
    let page = r#"<!doctype html><html><head><title>Council approves budget | Town Crier</title>
<script>document.write("SCRIPT-TEXT")</script><style>.x{content:"STYLE-TEXT"}</style></head>
<body><nav>NAV-TEXT Home News Sport</nav><article><h1>Council approves budget</h1>
<p onclick="alert('EVENT-ATTR')">The town council approved its budget on Tuesday after a long
debate about road repairs and the library's opening hours, which residents asked to extend.</p>
<iframe src="https://ads.example/x">IFRAME-TEXT</iframe>
<p>Councillor Mary Hughes said the plan would fix the worst roads first. <img src=x
onerror="alert('ONERROR')"> The library will open on Sundays from March, she added.</p>
<noscript>NOSCRIPT-TEXT</noscript><svg><script>SVG-SCRIPT</script></svg>
<p>Residents welcomed the decision at the meeting, though some asked for more money for buses
and for the swimming pool, closed since the autumn storms damaged its roof.</p>
</article><footer>FOOTER-TEXT</footer></body></html>"#;
    std::fs::write(dir.join("page.html"), page).unwrap();
    let o = dossier(&["show", "page", path(&dir)]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(out.contains("Councillor Mary Hughes said"), "{out}");
    for leak in [
        "SCRIPT",
        "STYLE-TEXT",
        "NAV-TEXT",
        "EVENT-ATTR",
        "IFRAME-TEXT",
        "ONERROR",
        "NOSCRIPT",
        "FOOTER-TEXT",
        "alert(",
    ] {
        assert!(!out.contains(leak), "{leak} in {out}");
    }
}

#[test]
fn entity_expansion_in_a_feed_is_refused_quickly() {
    let dir = scratch("laughs");
    let mut feed =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n <!ENTITY l0 \"lol\">\n");
    for i in 1..10 {
        let refs = format!("&l{};", i - 1).repeat(10);
        feed.push_str(&format!(" <!ENTITY l{i} \"{refs}\">\n"));
    }
    feed.push_str(" <!ENTITY xxe SYSTEM \"file:///etc/passwd\">\n]>\n");
    feed.push_str(
        "<rss version=\"2.0\"><channel><title>Laughs</title><item><title>Item &l9;</title>\
         <description>Body &l9; &xxe;</description></item></channel></rss>\n",
    );
    let file = dir.join("laughs.xml");
    std::fs::write(&file, feed).unwrap();
    let started = std::time::Instant::now();
    let o = dossier(&["list", "--json", path(&file)]);
    // Generous: an expansion would take minutes and gigabytes, not seconds.
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(!out.contains("lollol") && !out.contains("root:"), "{out}");
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("skipped"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn a_huge_page_or_one_nested_too_deep_is_skipped_with_its_reason() {
    let dir = scratch("deep");
    let deep = format!(
        "<html><body>{}<p>text</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    std::fs::write(dir.join("deep.html"), deep).unwrap();
    let mut big = String::from("<html><body><article><p>");
    big.push_str(&"word ".repeat(21_000_000));
    big.push_str("</p></article></body></html>");
    std::fs::write(dir.join("big.html"), big).unwrap();
    for (name, reason) in [("deep.html", "elements deep"), ("big.html", "MB")] {
        let started = std::time::Instant::now();
        let o = dossier(&["list", path(&dir.join(name))]);
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{name}"
        );
        assert_eq!(o.status.code(), Some(2), "{name}");
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(stderr.contains(reason), "{name}: {stderr}");
    }
}

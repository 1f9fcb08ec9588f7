//! End to end: the real binary in a pseudo-terminal, keys in, screen out (DESIGN 4.3).
//! Checks what a user sees and that the terminal is left as it was found.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A running dossier in a pseudo-terminal, its output fed to a vt100 parser.
struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    /// Every byte the program wrote, for escapes the screen does not show (OSC 8, OSC 52).
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    /// The terminal's end of the pty; dropping it is closing the terminal window.
    master: Option<Box<dyn portable_pty::MasterPty + Send>>,
    /// Tells the reading thread to stop.
    stop: Arc<AtomicBool>,
    reading: Option<std::thread::JoinHandle<()>>,
}

impl Session {
    fn start(args: &[&str], cols: u16, rows: u16) -> Session {
        Session::spawn(env!("CARGO_BIN_EXE_dossier"), args, cols, rows, None)
    }

    /// Starts dossier with its state database in `state` (`XDG_STATE_HOME`), so that a test
    /// can open the same state twice.
    fn start_with_state(args: &[&str], cols: u16, rows: u16, state: &std::path::Path) -> Session {
        Session::spawn(env!("CARGO_BIN_EXE_dossier"), args, cols, rows, Some(state))
    }

    /// Runs `script` with `sh -c`, `$DOSSIER` naming the binary.
    fn shell(script: &str, cols: u16, rows: u16) -> Session {
        Session::spawn("sh", &["-c", script], cols, rows, None)
    }

    fn spawn(
        program: &str,
        args: &[&str],
        cols: u16,
        rows: u16,
        state: Option<&std::path::Path>,
    ) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(program);
        cmd.args(args);
        cmd.env("DOSSIER", env!("CARGO_BIN_EXE_dossier"));
        // Nothing from the environment of whoever runs the tests.
        let config = std::env::temp_dir().join(format!("dossier-pty-{}", std::process::id()));
        std::fs::create_dir_all(&config).expect("temp config dir");
        cmd.cwd(&config);
        cmd.env("XDG_CONFIG_HOME", &config);
        cmd.env("HOME", &config);
        // Each session its own state, unless the test shares one: a filter left by one test
        // must not be restored in another.
        static SESSIONS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let own = config.join(format!(
            "state-{}",
            SESSIONS.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&own);
        cmd.env("XDG_STATE_HOME", state.unwrap_or(&own));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("COLORTERM");
        let child = pty.slave.spawn_command(cmd).expect("spawn dossier");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let fd = pty.master.as_raw_fd().expect("a unix pty");
        let sink = parser.clone();
        let raw = Arc::new(Mutex::new(Vec::new()));
        let raw_sink = raw.clone();
        let stop = Arc::new(AtomicBool::new(false));
        let stopped = stop.clone();
        // Reads only when there is output, so that it can be told to stop and let go of its
        // handle on the pty (which would otherwise keep the terminal open).
        let reading = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while !stopped.load(Ordering::Relaxed) {
                let mut fds = [libc::pollfd {
                    fd,
                    events: libc::POLLIN,
                    revents: 0,
                }];
                // SAFETY: one valid pollfd, 20 ms timeout.
                if unsafe { libc::poll(fds.as_mut_ptr(), 1, 20) } <= 0 {
                    continue;
                }
                match reader.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => {
                        sink.lock().unwrap().process(&buf[..n]);
                        raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
                    }
                }
            }
        });
        let writer = pty.master.take_writer().expect("pty writer");
        Session {
            parser,
            raw,
            writer,
            child,
            master: Some(pty.master),
            stop,
            reading: Some(reading),
        }
    }

    /// Whether the program has written `bytes` (an escape sequence, say) since it started.
    fn wrote(&self, bytes: &str) -> bool {
        let raw = self.raw.lock().unwrap();
        raw.windows(bytes.len()).any(|w| w == bytes.as_bytes())
    }

    /// Waits until the program has written `bytes`.
    fn wait_for_bytes(&self, bytes: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if self.wrote(bytes) {
                return;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        panic!(
            "never wrote {bytes:?}; the screen shows:\n{}",
            self.screen()
        );
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; fails with the screen when it does not.
    fn wait_for(&self, text: &str) {
        self.wait_until(&format!("{text:?}"), |screen| screen.contains(text));
    }

    /// Waits until `ok` holds for the screen; fails with `what` and the screen when it does not.
    fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if ok(&self.screen()) {
                return;
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        panic!("screen never showed {what}; it shows:\n{}", self.screen());
    }

    fn keys(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for the process to exit and returns its exit code.
    fn exit_code(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(15);
        while Instant::now() < deadline {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread take the last bytes.
                std::thread::sleep(Duration::from_millis(100));
                return status.exit_code();
            }
            std::thread::sleep(Duration::from_millis(30));
        }
        self.child.kill().ok();
        panic!("dossier did not exit; screen:\n{}", self.screen());
    }

    /// Resizes the terminal, as dragging its window does (the program gets SIGWINCH).
    fn resize(&mut self, cols: u16, rows: u16) {
        self.parser
            .lock()
            .unwrap()
            .screen_mut()
            .set_size(rows, cols);
        let size = PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        };
        self.master
            .as_ref()
            .expect("terminal open")
            .resize(size)
            .expect("resize the pty");
    }

    /// Closes the terminal, as closing its window or losing an ssh connection does.
    fn hang_up(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(reading) = self.reading.take() {
            reading.join().unwrap();
        }
        self.master.take();
        self.writer = Box::new(std::io::sink());
    }

    /// Whether the terminal is back to normal: main screen, cursor shown, no mouse reporting.
    fn restored(&self) -> bool {
        let p = self.parser.lock().unwrap();
        let s = p.screen();
        !s.alternate_screen()
            && !s.hide_cursor()
            && s.mouse_protocol_mode() == vt100::MouseProtocolMode::None
    }
}

#[test]
fn opens_the_sample_corpus_moves_shows_help_and_quits_cleanly() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_for("Articles 5/5");
    // Newest first: the 9 September article opens.
    s.wait_for("US pushes Russia for a ‘true’ ceasefire");
    {
        let p = s.parser.lock().unwrap();
        assert!(
            p.screen().alternate_screen(),
            "the reader uses the alternate screen"
        );
    }
    // j selects the next article, newest first: a 9 September one replaces the first.
    s.keys("j");
    s.wait_for("John Kerry meeting in");
    s.keys("?");
    s.wait_for("Help");
    s.wait_for("show / hide the entity panel");
    s.keys("?");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert!(s.restored(), "terminal not restored:\n{}", s.screen());
}

#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Articles 5/5");
    s.keys("\x03");
    assert_eq!(s.exit_code(), 0);
    assert!(s.restored());
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::start(&[], 100, 30);
    s.wait_for("Articles 5/5");
    let pid = s.child.process_id().expect("pid");
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(status.success());
    s.exit_code();
    assert!(
        s.restored(),
        "terminal not restored after SIGTERM:\n{}",
        s.screen()
    );
}

impl Drop for Session {
    fn drop(&mut self) {
        // A failed test must not leave a dossier behind.
        let _ = self.child.kill();
    }
}

#[test]
fn a_vanished_terminal_ends_the_process() {
    let mut s = Session::start(&[], 80, 24);
    s.wait_for("Articles 5/5");
    s.hang_up();
    // exit_code fails the test when the process outlives its terminal.
    s.exit_code();
}

#[test]
fn articles_piped_on_stdin_open_in_the_reader() {
    let mut s = Session::shell(
        r#"printf '{"title": "Piped headline", "text": "Piped body."}\n' | "$DOSSIER" -"#,
        100,
        20,
    );
    s.wait_for("Articles 1/1");
    s.wait_for("Piped body.");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert!(s.restored());
}

#[test]
fn filtering_narrows_the_list_as_you_type() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_for("Articles 5/5");
    s.keys("/source:tass");
    s.wait_for("Articles 1/5");
    s.keys("\x1b"); // Esc clears the filter
    s.wait_for("Articles 5/5");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn survives_resizing_down_to_tiny_sizes() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_for("Articles 5/5");
    // Wide, narrow (one pane), tiny, and back: the reader redraws for each and keeps working.
    // Wide: list and reader side by side. Below 80 columns: one pane, the reader gone.
    for (cols, rows, both) in [
        (80, 24, true),
        (60, 20, false),
        (20, 5, false),
        (120, 40, true),
    ] {
        s.resize(cols, rows);
        s.keys("j");
        s.wait_until(&format!("the {cols}x{rows} layout"), |screen| {
            // Drawn at this size: the top border ends in the last column (a screen cut down
            // from a bigger one could pass the rest of the test).
            let top = screen.lines().next().unwrap_or("");
            screen.contains("Art")
                && screen.contains("Reader") == both
                && top.chars().count() == cols as usize
                && top.ends_with('╮')
        });
    }
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert!(s.restored());
}

#[test]
fn a_big_collection_opens_at_once_and_finds_its_names_after() {
    // About 3 MB of text: over the size up to which names are found before the first frame.
    let dir = std::env::temp_dir().join(format!("dossier-pty-big-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let body = "Trade Secretary Velma Okonjo-Brandt met Dr Ansel Quarry in Port Wendell. \
                Ms Okonjo-Brandt said the Harbour Board would meet again. "
        .repeat(20);
    let mut file = String::new();
    for n in 0..1500 {
        file.push_str(&format!(
            "{{\"title\": \"Harbour talks, part {n}\", \"text\": \"{body}\"}}\n"
        ));
    }
    let path = dir.join("big.jsonl");
    std::fs::write(&path, file).unwrap();
    let mut s = Session::start(&[path.to_str().unwrap()], 120, 30);
    s.wait_for("Articles 1500/1500");
    s.wait_for("names found in the collection are highlighted too");
    s.keys("e");
    s.wait_for("Velma Okonjo-Brandt");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert!(s.restored());
    let _ = std::fs::remove_dir_all(&dir);
}

/// A folder with three dated articles (newest first: Gamma, Beta, Alpha), the first two with a
/// URL, and a folder for the state database.
fn marked_collection(name: &str) -> (std::path::PathBuf, std::path::PathBuf) {
    let root = std::env::temp_dir().join(format!("dossier-pty-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let (news, state) = (root.join("news"), root.join("state"));
    std::fs::create_dir_all(&news).unwrap();
    std::fs::write(
        news.join("a.jsonl"),
        concat!(
            r#"{"title": "Alpha talks", "date": "2016-09-01", "text": "Alpha body."}"#,
            "\n",
            r#"{"title": "Beta talks", "date": "2016-09-02", "url": "https://example.org/beta", "text": "Beta body."}"#,
            "\n",
            r#"{"title": "Gamma talks", "date": "2016-09-03", "url": "https://example.org/gamma?id=7", "text": "Gamma body."}"#,
            "\n",
        ),
    )
    .unwrap();
    (news, state)
}

/// Counts the articles with `column` set in the state database, if it can be read yet. It is
/// read without writing: a reading connection never folds the journal into the file, which
/// would make room on a full disk.
fn count_marked(state: &std::path::Path, column: &str) -> Option<i64> {
    let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
    let file = state.join("dossier").join("state.sqlite3");
    let db = rusqlite::Connection::open_with_flags(file, flags).ok()?;
    db.query_row(
        &format!("SELECT count(*) FROM marks WHERE {column}"),
        [],
        |r| r.get(0),
    )
    .ok()
}

#[test]
fn a_killed_reader_loses_no_mark_it_had_written() {
    let (news, state) = marked_collection("kill");
    let news = news.to_str().unwrap();
    let mut s = Session::start_with_state(&[news], 120, 30, &state);
    s.wait_for("Articles 3/3");
    // Star Gamma and Beta; open Beta (read).
    s.keys("f");
    s.wait_for("starred");
    s.keys("jf");
    s.keys("\r");
    let deadline = Instant::now() + Duration::from_secs(15);
    while (
        count_marked(&state, "starred"),
        count_marked(&state, "read"),
    ) != (Some(2), Some(1))
    {
        assert!(
            Instant::now() < deadline,
            "marks never reached the database"
        );
        std::thread::sleep(Duration::from_millis(30));
    }
    // SIGKILL: no chance to clean up, checkpoint or save the session.
    let pid = s.child.process_id().expect("pid");
    let killed = std::process::Command::new("kill")
        .args(["-KILL", &pid.to_string()])
        .status()
        .expect("run kill");
    assert!(killed.success());
    s.exit_code();
    drop(s);

    let mut s = Session::start_with_state(&[news], 120, 30, &state);
    s.wait_for("Articles 3/3");
    s.wait_for("★Gamma talks");
    s.wait_for("★Beta talks");
    s.keys("/is:starred");
    s.wait_for("Articles 2/3");
    s.keys("\x15is:unread");
    s.wait_for("Articles 2/3");
    s.keys("\x15!is:unread");
    s.wait_for("Articles 1/3");
    s.wait_for("Beta body.");
    s.keys("\x1b");
    s.wait_for("Articles 3/3");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    let _ = std::fs::remove_dir_all(state.parent().unwrap());
}

/// Starts dossier on `news` with the environment `env` (its state and config folders), on a
/// disk as good as full: a shell lets no file the process writes grow past `blocks`
/// (`ulimit -f`; a block is 512 or 1024 bytes, as the shell counts) and ignores SIGXFSZ (an
/// ignored signal stays ignored through `exec`), so a write past the limit fails with an error
/// instead of killing the process. This is the real binary and the real file system under the
/// limit (no test hook in SQLite, nothing mounted, no root needed): each write stops where the
/// room ends, as on a full disk; only the error differs (EFBIG, "File too large", where a full
/// disk gives ENOSPC).
fn start_on_a_full_disk(news: &str, blocks: u32, env: &[(&str, &std::path::Path)]) -> Session {
    let env: String = env
        .iter()
        .map(|(name, path)| format!("{name}='{}' ", path.display()))
        .collect();
    let script = format!("trap '' XFSZ; ulimit -f {blocks} && {env}exec \"$DOSSIER\" '{news}'");
    Session::shell(&script, 220, 30)
}

/// A folder of `n` dated articles, `Story 0` the newest (first in the list), and a folder for
/// the state database.
fn long_collection(name: &str, n: usize) -> (std::path::PathBuf, std::path::PathBuf) {
    let root = std::env::temp_dir().join(format!("dossier-pty-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let (news, state) = (root.join("news"), root.join("state"));
    std::fs::create_dir_all(&news).unwrap();
    let lines: String = (0..n)
        .map(|i| {
            let year = 2090 - i;
            format!(
                "{{\"title\": \"Story {i}\", \"date\": \"{year}-01-01\", \"text\": \"Body {i}.\"}}\n"
            )
        })
        .collect();
    std::fs::write(news.join("a.jsonl"), lines).unwrap();
    (news, state)
}

#[test]
fn a_disk_that_fills_during_a_session_loses_no_mark_written_before() {
    const NOT_SAVED: &str = "marks are not saved";
    let (news, state) = long_collection("fills", 80);
    let news = news.to_str().unwrap();
    // Room for the database, its 32 KiB index of the journal, and a journal of a few marks.
    let mut s = start_on_a_full_disk(news, 64, &[("XDG_STATE_HOME", &state)]);
    s.wait_for("Articles 80/80");
    // Star one article after another until the disk is full.
    let mut saved = 0;
    for _ in 0..80 {
        s.keys("f");
        s.wait_until("the star saved, or a word that it was not", |screen| {
            screen.contains(NOT_SAVED) || count_marked(&state, "starred") == Some(saved + 1)
        });
        if s.screen().contains(NOT_SAVED) {
            break;
        }
        saved += 1;
        s.keys("j");
    }
    let screen = s.screen();
    assert!(
        screen.contains("state.sqlite3': disk I/O error: File too large"),
        "{screen}"
    );
    assert!(saved > 0, "the disk was full before the first mark");
    // The reader goes on: more stars show, each said to last this session only, and the
    // problem is not said again for each.
    s.keys("jfjfjf");
    s.wait_until("the stars made after it was said", |screen| {
        screen.matches('★').count() as i64 >= saved + 3
    });
    s.wait_for("starred, for this session only");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    assert_eq!(raw.matches(NOT_SAVED).count(), 1, "said once");
    drop(s);

    // With room again, every star written before the disk filled is there, and none after.
    let mut s = Session::start_with_state(&[news], 140, 30, &state);
    s.wait_for("Articles 80/80");
    s.keys("/is:starred");
    s.wait_for(&format!("Articles {saved}/80"));
    s.keys("\x1b");
    s.wait_for("Articles 80/80");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert_eq!(count_marked(&state, "starred"), Some(saved));
    let _ = std::fs::remove_dir_all(state.parent().unwrap());
}

#[test]
fn a_disk_full_at_open_still_shows_the_marks_and_says_they_are_not_saved() {
    let (news, state) = long_collection("full", 5);
    let news = news.to_str().unwrap();
    let mut s = Session::start_with_state(&[news], 140, 30, &state);
    s.wait_for("Articles 5/5");
    s.keys("fjjf");
    s.wait_until("two stars saved", |_| {
        count_marked(&state, "starred") == Some(2)
    });
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    drop(s);

    // No room even for the journal's index: the database cannot be opened to write, nor read
    // the usual way.
    let mut s = start_on_a_full_disk(news, 16, &[("XDG_STATE_HOME", &state)]);
    s.wait_for("Articles 5/5");
    s.wait_for("marks are not saved");
    s.wait_for("★Story 0");
    s.wait_for("★Story 2");
    // Marks still work for the session.
    s.keys("gjf");
    s.wait_for("★Story 1");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    drop(s);
    assert_eq!(count_marked(&state, "starred"), Some(2));
    let _ = std::fs::remove_dir_all(state.parent().unwrap());
}

#[test]
fn a_full_disk_leaves_the_users_dictionary_as_it_was_and_says_so() {
    let root = std::env::temp_dir().join(format!("dossier-pty-dict-full-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&root);
    let (news, config) = (root.join("news"), root.join("config"));
    std::fs::create_dir_all(&news).unwrap();
    std::fs::create_dir_all(config.join("dossier")).unwrap();
    std::fs::write(
        news.join("a.jsonl"),
        "{\"title\": \"Budget talks\", \"text\": \"The Zorvex Alliance, a lobby group, wrote to Patricia Hewitt about the budget.\"}\n",
    )
    .unwrap();
    // The user's dictionary, larger than any file may now grow: rewritten, it cannot fit.
    let fillers: Vec<String> = (0..8000).map(|i| format!("\"Filler name {i}\"")).collect();
    let mine = format!(
        "# my own names, kept with care\nnot_names = [{}]\n",
        fillers.join(", ")
    );
    let file = config.join("dossier").join("entities.toml");
    std::fs::write(&file, &mine).unwrap();
    let env = [
        ("XDG_CONFIG_HOME", config.as_path()),
        ("XDG_STATE_HOME", &root.join("state")),
    ];
    let mut s = start_on_a_full_disk(news.to_str().unwrap(), 64, &env);
    s.wait_for("Articles 1/1");
    s.keys("e");
    s.wait_for("Patricia Hewitt~");
    // Tab to the entity panel, whose hints offer `x`.
    for _ in 0..3 {
        let before = s.screen();
        if before.contains("x not a name") {
            break;
        }
        s.keys("\t");
        s.wait_until("the focus moved", |screen| screen != before);
    }
    s.keys("x");
    s.wait_for(&format!(
        "not changed, '{}': File too large",
        file.display()
    ));
    // Still a found name: nothing changed in the reader either.
    s.wait_for("Patricia Hewitt~");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert_eq!(std::fs::read_to_string(&file).unwrap(), mine);
    let left: Vec<_> = std::fs::read_dir(config.join("dossier")).unwrap().collect();
    assert_eq!(left.len(), 1, "no temporary file left: {left:?}");
    let _ = std::fs::remove_dir_all(&root);
}

#[test]
fn reopening_a_collection_restores_its_filter_and_article() {
    let (news, state) = marked_collection("session");
    let news = news.to_str().unwrap();
    let mut s = Session::start_with_state(&[news], 120, 30, &state);
    s.wait_for("Articles 3/3");
    s.keys("/talks\r");
    s.keys("j");
    s.wait_for("Beta body.");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);

    let mut s = Session::start_with_state(&[news], 120, 30, &state);
    s.wait_for("Articles 3/3");
    s.wait_for("talks");
    s.wait_for("Beta body.");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    // `-q` on the command line wins over the remembered filter.
    let mut s = Session::start_with_state(&["-q", "alpha", news], 120, 30, &state);
    s.wait_for("Articles 1/3");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    let _ = std::fs::remove_dir_all(state.parent().unwrap());
}

#[test]
fn y_copies_the_url_through_osc_52_and_the_url_is_a_link() {
    let (news, state) = marked_collection("copy");
    let mut s = Session::start_with_state(&[news.to_str().unwrap()], 120, 30, &state);
    s.wait_for("Articles 3/3");
    // The reader's URL line is a terminal hyperlink.
    s.wait_for_bytes("\x1b]8;;https://example.org/gamma?id=7\x1b\\");
    s.keys("y");
    s.wait_for("copied the URL");
    // base64 of "https://example.org/gamma?id=7"
    s.wait_for_bytes("\x1b]52;c;aHR0cHM6Ly9leGFtcGxlLm9yZy9nYW1tYT9pZD03\x07");
    // Alpha has no URL: nothing to copy, and it says so.
    s.keys("G");
    s.wait_for("Alpha body.");
    s.keys("y");
    s.wait_for("this article has no URL");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert!(s.restored());
    let _ = std::fs::remove_dir_all(state.parent().unwrap());
}

#[test]
fn w_writes_the_filtered_list_to_a_file_it_names() {
    let (news, state) = marked_collection("export");
    let script = format!(
        "cd '{}' && XDG_STATE_HOME='{}' \"$DOSSIER\" -q beta .",
        news.display(),
        state.display()
    );
    let mut s = Session::shell(&script, 120, 30);
    s.wait_for("Articles 1/3");
    s.keys("w");
    s.wait_for("wrote 1 article to './dossier-export.jsonl'");
    let written = std::fs::read_to_string(news.join("dossier-export.jsonl")).unwrap();
    assert_eq!(written.lines().count(), 1);
    assert!(written.contains(r#""title":"Beta talks""#), "{written}");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    let _ = std::fs::remove_dir_all(state.parent().unwrap());
}

#[test]
fn o_hands_the_url_to_the_browser_without_waiting_for_it() {
    let (news, state) = marked_collection("browser");
    let root = state.parent().unwrap().to_path_buf();
    // A "browser" that takes its time and writes on stdout and stderr: none of it may reach
    // the reader's screen, and the reader must not wait for it.
    let browser = root.join("browser.sh");
    let opened = root.join("opened.txt");
    std::fs::write(
        &browser,
        format!(
            "#!/bin/sh\necho \"$1\" > '{}'\necho NOISE-OUT\necho NOISE-ERR >&2\nsleep 5\n",
            opened.display()
        ),
    )
    .unwrap();
    std::process::Command::new("chmod")
        .args(["+x", browser.to_str().unwrap()])
        .status()
        .unwrap();
    let script = format!(
        "XDG_STATE_HOME='{}' BROWSER='{}' \"$DOSSIER\" '{}'",
        state.display(),
        browser.display(),
        news.display()
    );
    let mut s = Session::shell(&script, 120, 30);
    s.wait_for("Articles 3/3");
    s.keys("o");
    s.wait_for("opening https://example.org/gamma?id=7");
    let deadline = Instant::now() + Duration::from_secs(10);
    while std::fs::read_to_string(&opened).unwrap_or_default().trim()
        != "https://example.org/gamma?id=7"
    {
        assert!(Instant::now() < deadline, "the browser never got the URL");
        std::thread::sleep(Duration::from_millis(30));
    }
    // Still answering keys while the browser runs.
    s.keys("j");
    s.wait_for("Beta body.");
    assert!(!s.screen().contains("NOISE"), "{}", s.screen());
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert!(s.restored());
    let _ = std::fs::remove_dir_all(&root);
}

/// The column where the list's right border meets the reader's, on the top row.
fn split_column(screen: &str) -> Option<usize> {
    let top = screen.lines().next()?;
    top.chars().skip(1).position(|c| c == '╭').map(|c| c + 1)
}

/// The reader's scroll position, as its title shows it ("47%").
fn reader_percent(screen: &str) -> Option<u32> {
    let top = screen.lines().next()?;
    let pct = top.rfind('%')?;
    let digits: String = top[..pct]
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.chars().rev().collect::<String>().parse().ok()
}

#[test]
fn keys_move_the_split_zoom_a_pane_and_page_half_a_screen() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_for("Articles 5/5");
    s.wait_until("the reader's position", |sc| reader_percent(sc).is_some());
    let screen = s.screen();
    let before = split_column(&screen).unwrap_or_else(|| panic!("no split in:\n{screen}"));
    s.keys("<");
    s.wait_until("a narrower list", |sc| {
        split_column(sc).is_some_and(|c| c < before)
    });
    s.keys(">>");
    s.wait_until("a wider list", |sc| {
        split_column(sc).is_some_and(|c| c > before)
    });

    let top = reader_percent(&s.screen()).unwrap();
    s.keys("\x04"); // Ctrl-D
    s.wait_until("the reader half a page down", |sc| {
        reader_percent(sc).is_some_and(|p| p > top)
    });
    let half = reader_percent(&s.screen()).unwrap();
    s.keys("\x15"); // Ctrl-U
    s.wait_until("the reader back at the top", |sc| {
        reader_percent(sc) == Some(top)
    });
    assert!(half < 100, "half a page, not to the end");

    s.keys("\rz");
    s.wait_until("the reader alone", |sc| {
        !sc.contains("Articles 5/5") && sc.contains("Reader")
    });
    s.keys("z");
    s.wait_for("Articles 5/5");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn a_load_warning_gives_way_to_the_hints_and_bang_shows_them_all() {
    let dir = std::env::temp_dir().join(format!("dossier-pty-warn-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("x.jsonl"),
        "{\"title\": \"Geneva talks\", \"text\": \"Lavrov met Kerry.\"}\n{oops\n{\"title\": \"Aleppo\", \"text\": \"Aid.\"}\n",
    )
    .unwrap();
    std::fs::write(dir.join("b.txt"), b"\0\0\0binary").unwrap();
    let mut s = Session::start(&[dir.to_str().unwrap()], 120, 30);
    s.wait_for("1 file and 1 record skipped");
    assert!(!s.screen().contains("Enter read"), "{}", s.screen());
    s.keys("j");
    s.wait_for("Enter read");
    s.wait_for("! 2 warnings");
    s.keys("!");
    s.wait_for("Warnings 1/2");
    s.wait_for("x.jsonl' line 2");
    s.wait_for("b.txt': binary file");
    s.keys("!");
    s.wait_until("the warnings closed", |sc| !sc.contains("Warnings 1/2"));
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_entity_view_and_tab_completion_filter_by_an_entity() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_for("Articles 5/5");
    s.keys("E");
    s.wait_for("Entities of 5 articles");
    s.wait_for("Sergei Lavrov");
    s.keys("\t");
    s.wait_for("sorted by mentions");
    s.keys("kerr");
    s.wait_until("only John Kerry", |sc| {
        sc.contains("John Kerry") && !sc.contains("Sergei Lavrov")
    });
    s.keys("\r");
    s.wait_for("/@\"John Kerry\"");

    s.keys("/ @lavr");
    s.wait_for("person");
    s.keys("\t");
    s.wait_for("/@\"John Kerry\" @\"Sergei Lavrov\"");
    s.keys("\r");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
}

#[test]
fn the_compare_view_fills_in_and_related_articles_open_side_by_side() {
    let mut s = Session::start(&[], 120, 40);
    s.wait_for("Articles 5/5");
    s.keys("c");
    s.wait_for("Who names whom");
    s.wait_for("(unknown outlet)");
    s.wait_for("Mark Toner");
    s.keys("c");
    s.keys("r");
    s.wait_for("Related to:");
    s.wait_for("shares ");
    s.keys("\r");
    s.wait_for("only here:");
    s.keys("q");
    assert_eq!(s.exit_code(), 0);
    assert!(s.restored(), "terminal not restored:\n{}", s.screen());
}

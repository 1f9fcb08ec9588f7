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
        Session::spawn(env!("CARGO_BIN_EXE_dossier"), args, cols, rows)
    }

    /// Runs `script` with `sh -c`, `$DOSSIER` naming the binary.
    fn shell(script: &str, cols: u16, rows: u16) -> Session {
        Session::spawn("sh", &["-c", script], cols, rows)
    }

    fn spawn(program: &str, args: &[&str], cols: u16, rows: u16) -> Session {
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
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        cmd.env_remove("COLORTERM");
        let child = pty.slave.spawn_command(cmd).expect("spawn dossier");
        drop(pty.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(rows, cols, 0)));
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let fd = pty.master.as_raw_fd().expect("a unix pty");
        let sink = parser.clone();
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
                    Ok(n) => sink.lock().unwrap().process(&buf[..n]),
                }
            }
        });
        let writer = pty.master.take_writer().expect("pty writer");
        Session {
            parser,
            writer,
            child,
            master: Some(pty.master),
            stop,
            reading: Some(reading),
        }
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
    s.wait_for("John Kerry meeting in Geneva");
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
            screen.contains("Art") && screen.contains("Reader") == both
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

//! Leaving when the terminal goes away or a signal asks us to, even while the event loop is
//! stuck: on a hung-up tty crossterm's `event::poll` spins without ever returning (crossterm
//! issue #793), so the loop itself cannot notice. A small thread does instead: it waits for
//! SIGTERM, SIGHUP or SIGINT, and polls the terminal for a hang-up (POLLHUP, without reading
//! it, so no keystroke is stolen); then it restores the terminal and exits.

use crossterm::cursor::Show;
use crossterm::event::DisableMouseCapture;
use crossterm::execute;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;
use std::os::fd::AsRawFd;
use std::time::Duration;

/// Starts the watchdog. Call after the terminal is set up.
pub fn spawn() -> std::io::Result<()> {
    let mut signals = Signals::new([SIGTERM, SIGHUP, SIGINT])?;
    // The terminal itself, not stdin: with `dossier -` stdin is a pipe, and a drained pipe
    // reports a hang-up too. Without a /dev/tty the signals still work.
    let tty = std::fs::File::open("/dev/tty").ok();
    std::thread::Builder::new()
        .name("dossier-watchdog".into())
        .spawn(move || {
            loop {
                if let Some(signal) = signals.pending().next() {
                    leave(128 + signal);
                }
                if tty.as_ref().is_some_and(hung_up) {
                    leave(128 + SIGHUP);
                }
                std::thread::sleep(Duration::from_millis(200));
            }
        })?;
    Ok(())
}

/// Whether the terminal has hung up (its other end closed).
fn hung_up(tty: &std::fs::File) -> bool {
    let mut fds = [libc::pollfd {
        fd: tty.as_raw_fd(),
        events: 0,
        revents: 0,
    }];
    // SAFETY: `fds` is a valid array of one pollfd for the duration of the call; a zero
    // timeout makes it return at once.
    let n = unsafe { libc::poll(fds.as_mut_ptr(), 1, 0) };
    n > 0 && fds[0].revents & (libc::POLLHUP | libc::POLLNVAL) != 0
}

/// Restores the terminal as far as it is still there, and exits with `code`. (The cursor is
/// shown by the `Terminal`'s drop on the normal way out; here nothing is dropped.)
fn leave(code: i32) -> ! {
    let _ = execute!(std::io::stdout(), DisableMouseCapture, Show);
    ratatui::restore();
    std::process::exit(code)
}

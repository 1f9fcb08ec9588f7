//! What wakes the event loop: a terminal event, or something a background thread finished (a
//! filter result, a rebuilt entity index, the word index moving on). Both arrive on one
//! channel, so the loop sleeps until whichever comes first and draws at once: no fixed tick
//! stands between a result and the screen.
//!
//! What must stay true: only the input thread reads terminal events (crossterm's reader is not
//! shared); a wake-up carries no data, the loop looks at its sources itself.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::Duration;

use crossterm::event::{self, Event};

/// Why the loop woke.
pub enum Wake {
    /// A terminal event, or the error that ended reading them.
    Input(std::io::Result<Event>),
    /// A background thread has something for the loop.
    Ready,
}

/// The loop's end of the channel.
pub struct Wakes {
    tx: Sender<Wake>,
    rx: Receiver<Wake>,
}

impl Wakes {
    /// The channel, with a thread that forwards every terminal event into it.
    pub fn start() -> Wakes {
        let (tx, rx) = channel();
        let input = tx.clone();
        // Without the thread no key would arrive; the loop then still quits on a signal.
        let _ = std::thread::Builder::new()
            .name("dossier-input".into())
            .spawn(move || {
                loop {
                    let event = event::read();
                    let failed = event.is_err();
                    if input.send(Wake::Input(event)).is_err() || failed {
                        return;
                    }
                }
            });
        Wakes { tx, rx }
    }

    /// A callback that wakes the loop, for background threads.
    pub fn notifier(&self) -> Arc<dyn Fn() + Send + Sync> {
        let tx = self.tx.clone();
        Arc::new(move || {
            let _ = tx.send(Wake::Ready);
        })
    }

    /// Waits up to `timeout` for the next wake-up; `None` when none came.
    pub fn wait(&self, timeout: Duration) -> Option<Wake> {
        self.rx.recv_timeout(timeout).ok()
    }

    /// The next wake-up if one is already waiting.
    pub fn pending(&self) -> Option<Wake> {
        self.rx.try_recv().ok()
    }
}

//! Carrying out the effects that reach outside the reader: the browser (`o`), the clipboard
//! (`y`, `Y`) and export files (`w`). What they say back comes to the status bar as
//! [`Action::Message`], at once or, for work done on a thread, when [`Outside::ready`] is asked.

use super::action::Action;
use super::browser;
use super::clipboard;
use super::state::AppState;
use crate::output::export::{Export, Format};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

/// The outside world, as the event loop reaches it.
pub struct Outside {
    /// Whether `y`/`Y` may write OSC 52 (the `osc52` setting).
    pub osc52: bool,
    in_tmux: bool,
    tx: Sender<Action>,
    rx: Receiver<Action>,
}

fn message(text: String, error: bool) -> Action {
    Action::Message { text, error }
}

impl Outside {
    /// Ready to act; `osc52` says whether copying is allowed.
    pub fn new(osc52: bool) -> Outside {
        let (tx, rx) = channel();
        Outside {
            osc52,
            in_tmux: std::env::var_os("TMUX").is_some(),
            tx,
            rx,
        }
    }

    /// A message from work that finished on another thread, if any.
    pub fn ready(&self) -> Option<Action> {
        self.rx.try_recv().ok()
    }

    /// Starts the browser on `url`.
    pub fn open_url(&self, url: &str) -> Option<Action> {
        let tx = self.tx.clone();
        match browser::open(url, move |e| {
            let _ = tx.send(message(e, true));
        }) {
            Ok(()) => None,
            Err(e) => Some(message(e, true)),
        }
    }

    /// Writes the OSC 52 sequence for `text` to `terminal`.
    pub fn copy(&self, text: &str, what: &str, terminal: &mut impl Write) -> Action {
        if !self.osc52 {
            return message(
                "copying is off (osc52 = false in the config file)".into(),
                true,
            );
        }
        match clipboard::osc52(text, self.in_tmux) {
            Ok(seq) => match terminal
                .write_all(seq.as_bytes())
                .and_then(|()| terminal.flush())
            {
                Ok(()) => {
                    let kb = text.len().div_ceil(1024);
                    let size = if kb > 1 {
                        format!(" ({kb} KB)")
                    } else {
                        String::new()
                    };
                    message(format!("copied the {what}{size}"), false)
                }
                Err(e) => message(format!("cannot copy: {e}"), true),
            },
            Err(clipboard::TooLong(n)) => message(
                format!(
                    "the {what} is too long to copy ({} KB; at most {} KB)",
                    n / 1024,
                    clipboard::MAX_COPY / 1024
                ),
                true,
            ),
        }
    }

    /// Writes the articles at `order` to a new file in the current directory, on a thread.
    pub fn export(&self, state: &AppState, order: Vec<u32>) -> Action {
        let path = free_name(Path::new("."), Format::Jsonl);
        let (articles, index, tx) = (state.articles.clone(), state.index.clone(), self.tx.clone());
        let n = match order.len() {
            1 => "1 article".to_string(),
            n => format!("{n} articles"),
        };
        let started = format!("writing {n} to '{}'…", path.display());
        std::thread::spawn(move || {
            let annotate = |i: usize| index.annotation(i).clone();
            let export = Export {
                articles: &articles,
                order: &order,
                matcher: index.matcher(),
                annotate: &annotate,
            };
            let done = match export.write_file(&path, Format::Jsonl) {
                Ok(()) => message(format!("wrote {n} to '{}'", path.display()), false),
                Err(e) => message(format!("cannot write '{}': {e}", path.display()), true),
            };
            let _ = tx.send(done);
        });
        message(started, false)
    }
}

/// `dossier-export.jsonl` in `dir`, or the first of `dossier-export-2.jsonl`, `-3`, … that does
/// not exist yet.
fn free_name(dir: &Path, format: Format) -> PathBuf {
    let ext = format.extension();
    (1..)
        .map(|n| match n {
            1 => dir.join(format!("dossier-export.{ext}")),
            n => dir.join(format!("dossier-export-{n}.{ext}")),
        })
        .find(|p| !p.exists())
        .expect("some name is free")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_never_replaces_an_earlier_one() {
        let dir = tempfile::tempdir().unwrap();
        let first = free_name(dir.path(), Format::Jsonl);
        assert_eq!(first, dir.path().join("dossier-export.jsonl"));
        std::fs::write(&first, "").unwrap();
        assert_eq!(
            free_name(dir.path(), Format::Jsonl),
            dir.path().join("dossier-export-2.jsonl")
        );
    }
}

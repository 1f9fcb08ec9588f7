//! Writing to stdout: buffered, and quiet when the reader of a pipe goes away.

use super::Failure;
use std::io::{self, BufWriter, Write};

/// Runs `body` with a buffered, locked stdout. A closed pipe ends it quietly with success;
/// any other write error is an internal failure.
pub fn with_stdout(body: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Result<(), Failure> {
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    match body(&mut out).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure::Internal(format!("cannot write output: {e}"))),
    }
}

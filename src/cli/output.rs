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

/// Writes `rows` as JSON Lines. Each row is serialized into a reused buffer and written at
/// once: serde's many small writes through `dyn Write` would cost more than the encoding.
pub fn write_json_lines<T: serde::Serialize>(
    out: &mut dyn Write,
    rows: impl IntoIterator<Item = T>,
) -> io::Result<()> {
    let mut line = Vec::with_capacity(512);
    for row in rows {
        line.clear();
        serde_json::to_writer(&mut line, &row)?;
        line.push(b'\n');
        out.write_all(&line)?;
    }
    Ok(())
}

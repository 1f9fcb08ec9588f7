//! Special files named on the command line (a FIFO, `/dev/stdin`, `<(command)`, a device),
//! read like standard input but bounded: a FIFO with no writer is reported at once instead
//! of waited on forever, a first block with a NUL byte is refused at once (`/dev/zero`,
//! `/dev/urandom`), and nothing is read past [`MAX_SPECIAL`].

use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::Path;

use crate::corpus::text::decode::BINARY;

/// The most read from one special file.
pub(crate) const MAX_SPECIAL: u64 = 1 << 30;

/// Bytes looked at for a NUL before anything else is read.
const FIRST_BLOCK: usize = 8192;

/// Opens `path`, a file that is neither a regular file nor a folder, for reading.
pub(crate) fn open(path: &Path) -> io::Result<impl BufRead> {
    let mut file = open_without_waiting(path)?;
    let mut head = vec![0; FIRST_BLOCK];
    let n = crate::corpus::formats::read::read_up_to(&mut file, &mut head)?;
    head.truncate(n);
    if n == 0 && is_fifo(&file) {
        return Err(io::Error::other("a FIFO with no writer: nothing to read"));
    }
    if head.contains(&0) {
        return Err(io::Error::other(BINARY));
    }
    let rest = Limited {
        inner: file,
        left: MAX_SPECIAL.saturating_sub(n as u64),
    };
    Ok(BufReader::new(Cursor::new(head).chain(rest)))
}

/// Opens without blocking (a FIFO's open waits for a writer otherwise), then reads block as
/// usual: with no writer, the first read says end of file.
#[cfg(unix)]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK)
        .open(path)?;
    let fd = file.as_raw_fd();
    // SAFETY: `fd` is open for as long as `file` lives; F_GETFL/F_SETFL only read and set
    // its status flags.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    if flags < 0 || unsafe { libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK) } < 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(file)
}

#[cfg(unix)]
fn is_fifo(file: &File) -> bool {
    use std::os::unix::fs::FileTypeExt;
    file.metadata().is_ok_and(|m| m.file_type().is_fifo())
}

#[cfg(not(unix))]
fn is_fifo(_: &File) -> bool {
    false
}

#[cfg(not(unix))]
fn open_without_waiting(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// A reader that fails once more than its limit would be read.
struct Limited<R> {
    inner: R,
    left: u64,
}

impl<R: Read> Read for Limited<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.left == 0 {
            // One byte more means the input is over the limit; none means it ended there.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(io::Error::other(format!(
                    "more than {} GiB: not read further",
                    MAX_SPECIAL >> 30
                ))),
            };
        }
        let want = buf.len().min(self.left.min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..want])?;
        self.left -= n as u64;
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_limited_reader_fails_past_its_limit_and_not_at_it() {
        let mut exact = Limited {
            inner: &b"abcd"[..],
            left: 4,
        };
        let mut out = Vec::new();
        assert!(exact.read_to_end(&mut out).is_ok());
        assert_eq!(out, b"abcd");
        let mut over = Limited {
            inner: &b"abcde"[..],
            left: 4,
        };
        let err = over.read_to_end(&mut Vec::new()).unwrap_err();
        assert!(err.to_string().contains("not read further"));
    }
}

//! Copying to the system clipboard through the terminal: the OSC 52 escape, which works over
//! SSH and, wrapped for passthrough, inside tmux. No clipboard program or display is needed.
//!
//! What must stay true: the text travels base64-encoded, so nothing in it reaches the terminal
//! as a control character; text too long for terminals to accept is refused, not cut.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// The most text copied at once: terminals drop longer OSC 52 strings (xterm's default limit
/// is about a megabyte of base64).
pub const MAX_COPY: usize = 512 * 1024;

/// Why text cannot be copied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLong(pub usize);

/// The escape sequence(s) that put `text` on the clipboard. Inside tmux (`in_tmux`) the plain
/// sequence is followed by the same wrapped for passthrough, so that either of tmux's settings
/// (`set-clipboard on` or `allow-passthrough on`) lets it through.
pub fn osc52(text: &str, in_tmux: bool) -> Result<String, TooLong> {
    if text.len() > MAX_COPY {
        return Err(TooLong(text.len()));
    }
    let plain = format!("\x1b]52;c;{}\x07", STANDARD.encode(text));
    if !in_tmux {
        return Ok(plain);
    }
    // DCS passthrough: every ESC inside is doubled.
    let wrapped = format!("\x1bPtmux;{}\x1b\\", plain.replace('\x1b', "\x1b\x1b"));
    Ok(plain + &wrapped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_travels_base64_encoded() {
        let seq = osc52("https://x.org/\x1b[2J", false).unwrap();
        assert_eq!(seq, "\x1b]52;c;aHR0cHM6Ly94Lm9yZy8bWzJK\x07");
        // One ESC to start it, none from the text.
        assert_eq!(seq.matches('\x1b').count(), 1);
    }

    #[test]
    fn inside_tmux_it_is_also_sent_wrapped_for_passthrough() {
        let seq = osc52("hi", true).unwrap();
        assert!(seq.starts_with("\x1b]52;c;aGk=\x07\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\"));
    }

    #[test]
    fn too_long_a_text_is_refused() {
        let long = "x".repeat(MAX_COPY + 1);
        assert_eq!(osc52(&long, false), Err(TooLong(MAX_COPY + 1)));
    }
}

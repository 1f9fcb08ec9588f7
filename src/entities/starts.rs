//! The filter in front of the automata: which first three bytes can begin a pattern in text,
//! per automaton, so that the scan walks an automaton only where one of its patterns may start.
//!
//! What must stay true: it may pass a start that no pattern has, never the reverse. A pattern's
//! bytes are taken as they can appear in text: a space as any white space (its first byte, since
//! a run reads as one space), `'` as `’` too; after the first byte the case-insensitive
//! automaton's bytes are compared with ASCII case folded.

/// Bits in one automaton's table of (hashed) first three bytes: 32 KiB. At 8 KiB, with the
/// larger dictionary's 12,000 spellings (a two-byte one marks 256 slots), ordinary words such
/// as "been" and "told" passed by collision and cost a walk each; the larger table still stays
/// in the nearest caches while a text is scanned.
const BITS: usize = 1 << 18;

pub(crate) struct StartTable {
    /// Per automaton (0 case-sensitive, 1 case-insensitive), bit `slot(b0, b1, b2)`.
    trigrams: [Vec<u64>; 2],
    /// Per first byte, bit `k` where automaton `k` has a pattern that can start with it.
    sets: [u8; 256],
    /// First bytes of patterns that do not start with a letter or digit: tried mid-word too.
    anywhere: [bool; 256],
}

impl StartTable {
    pub fn new() -> StartTable {
        StartTable {
            trigrams: [vec![0; BITS / 64], vec![0; BITS / 64]],
            sets: [0; 256],
            anywhere: [false; 256],
        }
    }

    /// Records a pattern of the automaton `fold` says (false: case-sensitive) that starts with
    /// `b0` in text, followed by `b1` and `b2` (`None`: past its end).
    pub fn add(&mut self, fold: bool, b0: u8, b1: Option<u8>, b2: Option<u8>, word_start: bool) {
        let set = fold as usize;
        // A pattern starting with an apostrophe may meet `’` in the text, whose next two
        // bytes are the rest of that char: then any bytes may follow.
        let apostrophe = [(0xE2, None)];
        let also = if b0 == b'\'' { &apostrophe[..] } else { &[] };
        for &(first, b1) in [(b0, b1)].iter().chain(also) {
            self.sets[first as usize] |= 1 << set;
            if !word_start {
                self.anywhere[first as usize] = true;
            }
            let seconds = text_bytes(b1, fold);
            // After a space run or `’` the third text byte is unknown: accept any.
            let thirds = match b1 {
                None | Some(b' ' | b'\'') => text_bytes(None, fold),
                Some(_) => text_bytes(b2, fold),
            };
            for &second in seconds.as_slice() {
                for &third in thirds.as_slice() {
                    let bit = slot(first, second, third);
                    self.trigrams[set][bit / 64] |= 1 << (bit % 64);
                }
            }
        }
    }

    /// Bit `k` set where a pattern of automaton `k` may start with byte `b`.
    #[inline]
    pub fn sets(&self, b: u8) -> u8 {
        self.sets[b as usize]
    }

    /// Whether a pattern of automaton `set` can start at byte `i` of `bytes`.
    #[inline]
    pub fn may_start(&self, set: usize, bytes: &[u8], i: usize) -> bool {
        let fold = |b: u8| if set == 1 { b.to_ascii_lowercase() } else { b };
        let b1 = bytes.get(i + 1).map_or(0, |&b| fold(b));
        let b2 = bytes.get(i + 2).map_or(0, |&b| fold(b));
        let bit = slot(bytes[i], b1, b2);
        self.trigrams[set][bit / 64] & (1 << (bit % 64)) != 0
    }

    /// Whether some pattern may begin at a byte that is not a letter or digit, so that such
    /// positions must be offered too. Only ASCII first bytes count: a spelling in a script
    /// written without spaces begins with a non-ASCII byte, and every position after a
    /// non-ASCII byte is offered anyway (only one right after an ASCII letter or digit, as in
    /// "G20峰会", is not). Offering every space and punctuation byte cost a fifth of the scan.
    pub fn any_anywhere(&self) -> bool {
        self.anywhere[..0x80].contains(&true)
    }

    /// Whether some pattern starting with byte `b` may begin inside a word.
    #[inline]
    pub fn anywhere(&self, b: u8) -> bool {
        self.anywhere[b as usize]
    }
}

/// Where three bytes land in a table of [`BITS`] bits. The xor-shift between the two
/// multiplications matters: with a multiplication alone, the 256 keys of a pattern followed by
/// any byte form a shifted copy of those of many other two-byte prefixes, and whole families
/// of common starts ("a " before any letter) collided.
#[inline]
fn slot(b0: u8, b1: u8, b2: u8) -> usize {
    let mut h = u32::from_be_bytes([0, b0, b1, b2]).wrapping_mul(0x9E37_79B1);
    h ^= h >> 15;
    h = h.wrapping_mul(0x85EB_CA77);
    (h >> (32 - BITS.trailing_zeros())) as usize
}

/// Bytes that can stand in text where a pattern has one: up to all 256, on the stack, since
/// they are made for every pattern's first three bytes.
struct TextBytes {
    bytes: [u8; 256],
    len: usize,
}

impl TextBytes {
    fn of(few: &[u8]) -> TextBytes {
        let mut bytes = [0; 256];
        bytes[..few.len()].copy_from_slice(few);
        TextBytes {
            bytes,
            len: few.len(),
        }
    }

    fn as_slice(&self) -> &[u8] {
        &self.bytes[..self.len]
    }
}

/// The text bytes, folded as the automaton compares them, that can stand where a pattern has
/// `b` (`None`: past its end, any; 0 stands for the end of the text).
fn text_bytes(b: Option<u8>, fold: bool) -> TextBytes {
    match b {
        None => TextBytes {
            bytes: std::array::from_fn(|i| i as u8),
            len: 256,
        },
        Some(b' ') => TextBytes::of(&[
            b' ', b'\t', b'\n', 0x0B, 0x0C, b'\r', 0xC2, 0xE1, 0xE2, 0xE3,
        ]),
        Some(b'\'') => TextBytes::of(&[b'\'', 0xE2]),
        Some(b) if fold => TextBytes::of(&[b.to_ascii_lowercase()]),
        Some(b) => TextBytes::of(&[b]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passes_every_way_a_pattern_can_start_in_text() {
        let mut t = StartTable::new();
        t.add(true, b'T', Some(b'u'), Some(b'r'), true);
        // A spelling in lower case ("the Hague") is added with both first bytes, as
        // `PatternSet::mark_starts` does; "The Hague" passed before only by a hash collision.
        t.add(true, b't', Some(b'h'), Some(b'e'), true);
        t.add(true, b'T', Some(b'h'), Some(b'e'), true);
        t.add(true, b'\'', Some(b's'), None, false);
        t.add(false, b'U', Some(b'S'), None, true);
        t.add(false, b'G', Some(b' '), Some(b'7'), true);
        for (set, text) in [
            (1, "Turkey"),
            (1, "TURKEY"),
            (1, "the Hague"),
            (1, "The Hague"),
            (1, "'s"),
            (1, "’s"),
            (0, "US"),
            (0, "US-led"),
            (0, "G 7"),
            (0, "G\u{a0}7"),
            (0, "G\n\n7"),
        ] {
            let bytes = text.as_bytes();
            assert!(t.sets(bytes[0]) & (1 << set) != 0, "{text}");
            assert!(t.may_start(set, bytes, 0), "{text}");
        }
        assert!(t.anywhere(b'\'') && t.anywhere(0xE2) && !t.anywhere(b'T'));
        assert_eq!(t.sets(b'x'), 0);
    }

    #[test]
    fn rejects_most_other_starts() {
        let mut t = StartTable::new();
        t.add(true, b'T', Some(b'u'), Some(b'r'), true);
        t.add(false, b'U', Some(b'S'), None, true);
        assert!(!t.may_start(1, b"Tuesday", 0));
        assert!(!t.may_start(0, b"Us", 0));
        // A pattern followed by any byte must not pass a whole family of other starts.
        let passing = (0..=255u8)
            .filter(|&x| t.may_start(0, &[b'a', b' ', x], 0))
            .count();
        assert!(passing < 8, "{passing}");
    }
}

//! A fast hash for short keys (words, names) that are not chosen by an attacker to collide in
//! bulk: the multiply-rotate hash of rustc's `FxHasher`, in a few lines rather than a crate.
//! Discovery hashes every word of a collection; SipHash, the standard library's default, took
//! a quarter of its time.
//!
//! What must stay true: a key's hash is that of `FxHasher` fed 8-byte little-endian words, the
//! last zero-padded and xor-ed with its length (`Seen`'s bits, hence what discovery finds,
//! depend on it).

use std::hash::{BuildHasherDefault, Hasher};

/// The hasher: one multiply and rotate per 8 bytes.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().unwrap_or_default()));
        }
        let rest = chunks.remainder();
        self.add(tail(rest) ^ rest.len() as u64);
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The last 0 to 7 bytes of a key as a little-endian `u64`, zero above them: read as two
/// overlapping pieces (an overlapped byte is the same in both, so or-ing them is exact)
/// rather than copied into a zeroed buffer, which costs a `memcpy` call per key.
#[inline]
pub(super) fn tail(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let (Some(head), Some(last)) = (rest.first_chunk::<4>(), rest.last_chunk::<4>()) else {
            return 0;
        };
        u32::from_le_bytes(*head) as u64 | (u32::from_le_bytes(*last) as u64) << (8 * (n - 4))
    } else if n > 0 {
        rest[0] as u64
            | (rest[n / 2] as u64) << (8 * (n / 2))
            | (rest[n - 1] as u64) << (8 * (n - 1))
    } else {
        0
    }
}

/// For `HashMap`/`HashSet`: `HashMap<K, V, FxBuild>`.
pub type FxBuild = BuildHasherDefault<FxHasher>;

/// The hash of some bytes.
#[inline]
pub fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(bytes);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tail_reads_what_a_zeroed_copy_would() {
        let bytes = b"abcdefg\xff\x80";
        for start in 0..bytes.len() {
            for end in start..bytes.len().min(start + 7) + 1 {
                let rest = &bytes[start..end];
                let mut last = [0u8; 8];
                last[..rest.len()].copy_from_slice(rest);
                assert_eq!(tail(rest), u64::from_le_bytes(last), "{rest:?}");
            }
        }
    }
}

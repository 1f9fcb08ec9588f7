//! A map from short ASCII words to small values, for the look-ups discovery makes for nearly
//! every capitalised word: a word of up to 15 bytes is packed with its length into one `u128`,
//! hashed by one multiplication and compared in one instruction pair, without the string
//! hashing, `memcmp` and UTF-8 check of a `HashMap<String, _>` look-up.
//!
//! What must stay true: a packed key stands for exactly one word (its length is in the key);
//! a word that cannot be packed is never found here (the caller keeps those elsewhere).

/// The longest word packed, in bytes: the key's last byte holds the length.
pub const MAX: usize = 15;

/// Words packed as keys, with their values, by open addressing.
#[derive(Debug)]
pub struct ShortWords<V> {
    /// Key 0 marks an empty slot (no word packs to 0: its length is in the key).
    slots: Vec<(u128, V)>,
    /// `slots.len() - 1`; the length is a power of two.
    mask: usize,
    /// 64 less the bits of a slot's number.
    shift: u32,
}

/// `word` with its length, if it is ASCII and short enough; ASCII capitals lower-cased when
/// `fold`.
#[inline]
pub fn pack(word: &[u8], fold: bool) -> Option<u128> {
    const ONES: u128 = u128::MAX / 0xFF;
    const TOP: u128 = ONES * 0x80;
    let n = word.len();
    // The bytes read as overlapping little-endian pieces, each at its place: no copy loop.
    let bytes = if n >= 8 {
        if n > MAX {
            return None;
        }
        let (Some(head), Some(tail)) = (word.first_chunk::<8>(), word.last_chunk::<8>()) else {
            return None;
        };
        u64::from_le_bytes(*head) as u128 | (u64::from_le_bytes(*tail) as u128) << (8 * (n - 8))
    } else {
        u128::from(super::fxhash::tail(word))
    };
    let mut key = bytes | (n as u128) << 120;
    if key & TOP != 0 {
        return None;
    }
    if fold {
        // Lanes from `A` to `Z` (every lane is ASCII: no borrow crosses lanes), then bit 5
        // set in them.
        let t = key | TOP;
        let upper = (t - ONES * b'A' as u128) & !(t - ONES * (b'Z' + 1) as u128) & TOP;
        key |= upper >> 2;
    }
    Some(key)
}

/// Where `key` lands among `1 << (64 - shift)` slots: the top bits of one multiplication.
#[inline]
fn slot(key: u128, shift: u32) -> usize {
    let h = ((key as u64) ^ (key >> 64) as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> shift) as usize
}

impl<V: Copy + Default> ShortWords<V> {
    /// The map of `entries` (key, value), combining the values of a key met twice with
    /// `merge`.
    pub fn new(entries: impl IntoIterator<Item = (u128, V)>, merge: impl Fn(V, V) -> V) -> Self {
        let entries: Vec<(u128, V)> = entries.into_iter().collect();
        // At most half full: probes stay short.
        let len = (entries.len() * 2).next_power_of_two().max(16);
        let mut map = ShortWords {
            slots: vec![(0, V::default()); len],
            mask: len - 1,
            shift: 64 - len.trailing_zeros(),
        };
        for (key, value) in entries {
            let mut i = slot(key, map.shift);
            loop {
                let (k, v) = &mut map.slots[i];
                if *k == 0 {
                    *k = key;
                    *v = value;
                    break;
                }
                if *k == key {
                    *v = merge(*v, value);
                    break;
                }
                i = (i + 1) & map.mask;
            }
        }
        map
    }

    /// The value of the packed word `key`, if it is in the map.
    #[inline]
    pub fn get(&self, key: u128) -> Option<V> {
        let mut i = slot(key, self.shift);
        loop {
            let (k, v) = self.slots[i];
            if k == 0 {
                return None;
            }
            if k == key {
                return Some(v);
            }
            i = (i + 1) & self.mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_word_and_no_other() {
        let words = [
            "of",
            "the",
            "minister",
            "al-",
            "u.s.",
            "fifteen-letters",
            "a",
        ];
        let map = ShortWords::new(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (pack(w.as_bytes(), false).unwrap_or(0), i as u16 + 1)),
            |a, b| a | b,
        );
        for (i, w) in words.iter().enumerate() {
            assert_eq!(
                map.get(pack(w.as_bytes(), false).unwrap_or(0)),
                Some(i as u16 + 1)
            );
        }
        assert_eq!(map.get(pack(b"The", true).unwrap_or(0)), Some(2));
        for other in ["", "th", "thee", "of\0", "ministers", "x"] {
            assert_eq!(
                map.get(pack(other.as_bytes(), false).unwrap_or(0)),
                None,
                "{other:?}"
            );
        }
        assert_eq!(pack(b"sixteen-letters!", false), None);
        // The pieces read at once give every byte at its place, at every length.
        let text = b"abcdefghijklmnopq";
        for n in 0..=text.len() {
            let mut buf = [0u8; 16];
            let want = (n <= MAX).then(|| {
                buf[..n].copy_from_slice(&text[..n]);
                buf[MAX] = n as u8;
                u128::from_le_bytes(buf)
            });
            assert_eq!(pack(&text[..n], false), want, "{n}");
        }
        // Folding eight bytes at a time lower-cases capitals and nothing else.
        for b in 0..0x80u8 {
            let word = [b'x', b, b'Q', b];
            let lower = word.map(|c| c.to_ascii_lowercase());
            assert_eq!(pack(&word, true), pack(&lower, false), "{b}");
        }
        assert_eq!(pack("señor".as_bytes(), false), None);
    }
}

//! Where a spelling may begin: the positions the matcher's scan looks at, found 64 bytes at a
//! time instead of testing every byte.
//!
//! A position is offered when the byte before it is not an ASCII letter or digit (or it starts
//! the text); for dictionaries with spellings that begin with punctuation, also when its own
//! byte is not one. What must stay true: every position where a word begins (by Unicode rules,
//! which the matcher checks) or where such a spelling can begin is offered, in increasing order.

use crate::ascii;

/// The candidate positions of one text, lowest first.
pub(crate) struct Candidates<'t> {
    bytes: &'t [u8],
    /// Whether positions whose own byte is not a letter or digit are offered too.
    mid_word: bool,
    /// Position of bit 0 of `mask`.
    base: usize,
    /// Positions `base..base + 64` still to offer.
    mask: u64,
}

impl<'t> Candidates<'t> {
    pub fn new(bytes: &'t [u8], mid_word: bool) -> Candidates<'t> {
        let mut c = Candidates {
            bytes,
            mid_word,
            base: 0,
            mask: 0,
        };
        c.load(0);
        c
    }

    /// Offers no position below `pos` any more.
    pub fn skip_to(&mut self, pos: usize) {
        if pos < self.base + 64 {
            self.mask &= u64::MAX << pos.saturating_sub(self.base);
        } else {
            self.load(pos);
        }
    }

    /// Fills `mask` with the candidates of `base..base + 64`.
    fn load(&mut self, base: usize) {
        self.base = base;
        let Some(rest) = self.bytes.get(base..).filter(|r| !r.is_empty()) else {
            self.mask = 0;
            return;
        };
        let block: [u8; 64] = match rest.first_chunk() {
            Some(block) => *block,
            None => {
                // The tail: padding is not a word byte, and its bits are cleared below.
                let mut block = [0; 64];
                block[..rest.len()].copy_from_slice(rest);
                block
            }
        };
        let other = !ascii::alnum(&block);
        let before = base == 0 || !self.bytes[base - 1].is_ascii_alphanumeric();
        let mut mask = (other << 1) | before as u64;
        if self.mid_word {
            mask |= other;
        }
        if rest.len() < 64 {
            mask &= (1 << rest.len()) - 1;
        }
        self.mask = mask;
    }
}

impl Iterator for Candidates<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            if self.base + 64 >= self.bytes.len() {
                return None;
            }
            self.load(self.base + 64);
        }
        let bit = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.base + bit)
    }
}

/// Bit `j` set where `block[j]` is an ASCII letter or digit.
#[cfg(test)]
mod tests {
    use super::*;

    /// The definition, one byte at a time.
    fn slow(bytes: &[u8], mid_word: bool) -> Vec<usize> {
        let other = |i: usize| !bytes[i].is_ascii_alphanumeric();
        (0..bytes.len())
            .filter(|&i| i == 0 || other(i - 1) || (mid_word && other(i)))
            .collect()
    }

    #[test]
    fn offers_the_bytes_after_non_word_bytes() {
        let text: Vec<u8> = "Kerry and Lavrov’s 45-minute call: G20, U.S.\n\n“talks” Zz9 "
            .repeat(7)
            .into_bytes();
        for mid_word in [false, true] {
            for len in [0, 1, 5, 63, 64, 65, 127, 128, 200, text.len()] {
                let bytes = &text[..len];
                assert_eq!(
                    Candidates::new(bytes, mid_word).collect::<Vec<_>>(),
                    slow(bytes, mid_word)
                );
            }
        }
    }

    #[test]
    fn skips_to_a_later_position() {
        let text = "a b c d ".repeat(40).into_bytes();
        for to in [0, 1, 3, 63, 64, 65, 100, 300, text.len()] {
            let mut c = Candidates::new(&text, false);
            c.skip_to(to);
            let want: Vec<usize> = slow(&text, false)
                .into_iter()
                .filter(|&i| i >= to)
                .collect();
            assert_eq!(c.collect::<Vec<_>>(), want);
        }
    }
}

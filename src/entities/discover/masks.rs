//! A line's bytes sorted into classes as bit masks, one bit per byte, so that the word scan
//! finds where words start and end by counting zero bits instead of testing byte after byte.
//! ASCII bytes are classified 64 at a time (`crate::ascii`), chars beyond ASCII one at a
//! time.
//!
//! What must stay true: a byte is in a word exactly when the char it belongs to is a letter or
//! digit, or is a joiner (`-`, `'`, `’`, `.`, `&`) with a letter or digit on both sides; a
//! char's letter bits sit on its first byte.

use crate::ascii;

/// Unicode's General Punctuation block: no letter or digit in it (`punctuation_has_no_letters`).
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

/// `char::is_alphanumeric`, with the chars of General Punctuation (dashes, curly quotes: common
/// in news text beside names) settled without a search of Unicode's tables (a few hundred
/// instructions each).
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
    }
}

/// The masks of 64 bytes of a line: bit `i` of each is byte `64 * block + i`.
#[derive(Debug, Clone, Copy, Default)]
struct Block {
    /// Every byte of a letter or digit.
    alnum: u64,
    /// Bytes of words: letters and digits, and joiners between them.
    word: u64,
    /// First byte of a letter.
    alpha: u64,
    /// First byte of a letter that is not a capital.
    lower: u64,
    /// An ASCII digit.
    digit: u64,
}

/// The masks of one line (or of a text, for all its lines), kept from one to the next so that
/// their memory is allocated once.
#[derive(Debug, Default)]
pub(crate) struct Masks {
    blocks: Vec<Block>,
    /// Where a `’` starts (rare, settled after the rest).
    quotes: Vec<usize>,
    /// The line's length in bytes.
    len: usize,
}

impl Masks {
    /// Classifies the bytes of `line`.
    pub fn fill(&mut self, line: &str) {
        let bytes = line.as_bytes();
        self.len = bytes.len();
        self.blocks.clear();
        // One block more than needed, so that every block has a next one to carry from.
        self.blocks.resize(bytes.len() / 64 + 2, Block::default());
        self.quotes.clear();
        let (blocks, rest) = bytes.as_chunks::<64>();
        for (k, block) in blocks.iter().enumerate() {
            self.block(line, k, block);
        }
        if !rest.is_empty() {
            let mut last = [0u8; 64];
            last[..rest.len()].copy_from_slice(rest);
            self.block(line, blocks.len(), &last);
        }
        self.settle_joiners();
    }

    /// Classifies the 64 bytes of block `k` (`bytes`, padded with zero bytes past the line):
    /// ASCII bytes all at once, chars beyond ASCII one at a time.
    #[inline]
    fn block(&mut self, line: &str, k: usize, bytes: &[u8; 64]) {
        let c = ascii::classes(bytes);
        let block = &mut self.blocks[k];
        // A char that began in the block before may have reached into this one.
        block.alpha |= c.alpha;
        block.lower |= c.lower;
        block.digit |= c.digit;
        block.alnum |= c.alpha | c.digit;
        // Joiners wait in `word` until their neighbours are known.
        block.word |= c.joiner;
        // Chars beyond ASCII, by their first bytes (from 0xC0; later bytes are below).
        let mut high = c.high;
        while high != 0 {
            let j = high.trailing_zeros() as usize;
            high &= high - 1;
            if bytes[j] >= 0xC0 {
                self.char_at(line, k * 64 + j);
            }
        }
    }

    /// Classifies the char beyond ASCII that begins at byte `i` of `line`: all of its bytes.
    fn char_at(&mut self, line: &str, i: usize) {
        let Some(c) = line.get(i..).and_then(|rest| rest.chars().next()) else {
            return;
        };
        if c == '’' {
            self.quotes.push(i);
        } else if GENERAL_PUNCTUATION.contains(&c) {
            // Dashes, quotes, spaces ("—", "“"): common in news text, and never a letter or
            // digit, settled without Unicode's tables.
        } else if c.is_alphanumeric() {
            let block = &mut self.blocks[i / 64];
            let one = 1u64 << (i % 64);
            // Every capital is a letter (Unicode's Alphabetic includes Uppercase).
            if c.is_alphabetic() {
                block.alpha |= one;
                if !c.is_uppercase() {
                    block.lower |= one;
                }
            }
            for j in i..i + c.len_utf8() {
                self.blocks[j / 64].alnum |= 1 << (j % 64);
            }
        }
    }

    /// Turns each block's joiners into its word bytes: letters and digits, and the joiners
    /// with a letter or digit on both sides.
    fn settle_joiners(&mut self) {
        let mut carry = 0;
        for k in 0..self.blocks.len() {
            let here = self.blocks[k].alnum;
            let next = self.blocks.get(k + 1).map_or(0, |b| b.alnum);
            let before = here << 1 | carry;
            let after = here >> 1 | next << 63;
            let block = &mut self.blocks[k];
            block.word = here | (block.word & before & after);
            carry = here >> 63;
        }
        for q in 0..self.quotes.len() {
            let i = self.quotes[q];
            let alnum = |j: usize| {
                let b = &self.blocks;
                b.get(j / 64).is_some_and(|b| b.alnum >> (j % 64) & 1 != 0)
            };
            if i > 0 && alnum(i - 1) && alnum(i + 3) {
                for j in i..i + 3 {
                    self.blocks[j / 64].word |= 1 << (j % 64);
                }
            }
        }
    }

    /// The words within bytes `range` of what was classified, which no word crosses (a line
    /// of a text: a newline, which is in no word, or the text's start and end bound it): where
    /// each starts and ends (letters, digits and the joiners between them; no abbreviation's
    /// full stop), in order.
    pub fn spans_in(&self, range: std::ops::Range<usize>) -> Spans<'_> {
        let k = range.start / 64;
        Spans {
            blocks: &self.blocks,
            len: range.end.min(self.len),
            k,
            left: self
                .blocks
                .get(k)
                .map_or(0, |b| b.word & u64::MAX << (range.start % 64)),
        }
    }
}

/// One word of a line, as the masks tell it.
pub(crate) struct Span {
    pub start: usize,
    pub end: usize,
    /// Its first char is a capital letter (every capital is a letter: Unicode's Uppercase is
    /// within Alphabetic).
    pub cap: bool,
    /// Two letters or more.
    pub letters: bool,
    /// A letter that is not a capital.
    pub lower: bool,
    /// An ASCII digit.
    pub digit: bool,
}

/// The words of a line, walked by their mask's set bits.
pub(crate) struct Spans<'m> {
    blocks: &'m [Block],
    len: usize,
    /// The block being walked and its word bits not yet walked.
    k: usize,
    left: u64,
}

impl Iterator for Spans<'_> {
    type Item = Span;

    #[inline]
    fn next(&mut self) -> Option<Span> {
        while self.left == 0 {
            self.k += 1;
            self.left = self.blocks.get(self.k)?.word;
        }
        let k = self.k;
        let from = self.left.trailing_zeros() as usize;
        let start = k * 64 + from;
        if start >= self.len {
            return None;
        }
        // The run of word bits from `from`: within the block unless it reaches its end.
        let run = (!(self.left >> from)).trailing_zeros() as usize;
        if from + run < 64 {
            let span = (u64::MAX >> (64 - run)) << from;
            self.left &= !span;
            let b = &self.blocks[k];
            let alpha = b.alpha & span;
            return Some(Span {
                start,
                end: start + run,
                cap: (b.alpha & !b.lower) >> from & 1 != 0,
                letters: alpha & alpha.wrapping_sub(1) != 0,
                lower: b.lower & span != 0,
                digit: b.digit & span != 0,
            });
        }
        // A word across blocks: counted block by block.
        let mut e = k + 1;
        while self.blocks.get(e).is_some_and(|b| b.word == u64::MAX) {
            e += 1;
        }
        let tail = self
            .blocks
            .get(e)
            .map_or(0, |b| (!b.word).trailing_zeros() as usize);
        let end = (e * 64 + tail).min(self.len);
        let head = &self.blocks[k];
        let cap = (head.alpha & !head.lower) >> from & 1 != 0;
        let (mut letters, mut lower, mut digit) = (0u32, false, false);
        for (j, b) in self.blocks[k..=e.min(self.blocks.len() - 1)]
            .iter()
            .enumerate()
        {
            let lo = if j == 0 { from } else { 0 };
            let hi = if k + j == e { tail } else { 64 };
            if hi <= lo {
                continue;
            }
            let span = (u64::MAX >> (64 - (hi - lo))) << lo;
            letters = letters.saturating_add((b.alpha & span).count_ones());
            lower |= b.lower & span != 0;
            digit |= b.digit & span != 0;
        }
        self.k = e;
        self.left = self.blocks.get(e).map_or(0, |b| {
            b.word & (u64::MAX.checked_shl(tail as u32).unwrap_or(0))
        });
        Some(Span {
            start,
            end,
            cap,
            letters: letters >= 2,
            lower,
            digit,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphanumeric_as_unicode_says() {
        for c in ('\0'..'\u{3100}').chain(['\u{FF10}', '\u{1F600}', '\u{10FFFF}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn punctuation_has_no_letters() {
        assert!(
            GENERAL_PUNCTUATION
                .into_iter()
                .all(|c| !c.is_alphanumeric())
        );
    }
}

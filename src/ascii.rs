//! Classes of 64 bytes at once, as bit masks (bit `i` for byte `i`): for the entity matcher,
//! letters, lower case, digits and the joiners of words, and which bytes are beyond ASCII; for
//! loading, the bytes whose neighbourhood decides whether building a text changes its words.
//! SSE2 on x86-64 (part of the architecture, so always there), one byte at a time elsewhere.
//!
//! What must stay true: a byte from 0x80 up is in no ASCII class, only in `high`; both ways of
//! computing the masks give the same bits (`sse2_and_portable_agree`).

/// The classes of 64 bytes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Classes {
    /// `A`–`Z` and `a`–`z`.
    pub alpha: u64,
    /// `a`–`z`.
    pub lower: u64,
    /// `0`–`9`.
    pub digit: u64,
    /// `-`, `'`, `.` and `&`: inside a word between letters or digits.
    pub joiner: u64,
    /// From 0x80 up: a byte of a char beyond ASCII.
    pub high: u64,
}

/// The ASCII letters and digits of `block`.
#[inline]
pub(crate) fn alnum(block: &[u8; 64]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: SSE2 is part of x86-64 itself: every CPU that runs this code has it.
    return unsafe { sse2::alnum(block) };
    #[cfg(not(target_arch = "x86_64"))]
    portable(block, |b| b.is_ascii_alphanumeric())
}

/// Every class of `block`.
#[inline]
pub(crate) fn classes(block: &[u8; 64]) -> Classes {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: as in `alnum`.
    return unsafe { sse2::classes(block) };
    #[cfg(not(target_arch = "x86_64"))]
    portable_classes(block)
}

/// The bytes of `block` around which building an article may change a text's words (see
/// `corpus::store::plain`): `\`, `&`, `*`, `<`, `[`, controls (line feeds too), DEL, and the
/// lead bytes 0xC2, 0xE2 and 0xEF of the characters beyond ASCII that sanitizing changes.
#[inline]
pub(crate) fn suspects(block: &[u8; 64]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: as in `alnum`.
    return unsafe { sse2::suspects(block) };
    #[cfg(not(target_arch = "x86_64"))]
    portable(block, is_suspect)
}

/// One byte of [`suspects`].
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn is_suspect(b: u8) -> bool {
    matches!(
        b,
        b'\\' | b'&' | b'*' | b'<' | b'[' | 0..=0x1f | 0x7f | 0xc2 | 0xe2 | 0xef
    )
}

/// The bits of the bytes of `block` that `is` says yes to.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn portable(block: &[u8; 64], is: impl Fn(u8) -> bool) -> u64 {
    block
        .iter()
        .enumerate()
        .fold(0, |m, (j, &b)| m | (is(b) as u64) << j)
}

#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn portable_classes(block: &[u8; 64]) -> Classes {
    Classes {
        alpha: portable(block, |b| b.is_ascii_alphabetic()),
        lower: portable(block, |b| b.is_ascii_lowercase()),
        digit: portable(block, |b| b.is_ascii_digit()),
        joiner: portable(block, |b| matches!(b, b'-' | b'\'' | b'.' | b'&')),
        high: portable(block, |b| b >= 0x80),
    }
}

#[cfg(target_arch = "x86_64")]
mod sse2 {
    use std::arch::x86_64::*;

    use super::Classes;

    /// The 16 bytes at `chunk`.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn load(chunk: &[u8; 16]) -> __m128i {
        // SAFETY: `chunk` is 16 readable bytes; the load has no alignment requirement.
        unsafe { _mm_loadu_si128(chunk.as_ptr().cast()) }
    }

    /// Lanes whose byte is in `lo..=hi` (ASCII): signed compares, so bytes from 0x80 up,
    /// negative, are never in range.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn in_range(v: __m128i, lo: u8, hi: u8) -> __m128i {
        _mm_and_si128(
            _mm_cmpgt_epi8(v, _mm_set1_epi8(lo as i8 - 1)),
            _mm_cmplt_epi8(v, _mm_set1_epi8(hi as i8 + 1)),
        )
    }

    /// The 16 bits of a lane mask, placed for lane `n` of 64 bytes.
    #[inline]
    #[target_feature(enable = "sse2")]
    fn bits(v: __m128i, n: usize) -> u64 {
        (_mm_movemask_epi8(v) as u16 as u64) << (16 * n)
    }

    #[target_feature(enable = "sse2")]
    pub(super) fn alnum(block: &[u8; 64]) -> u64 {
        let mut mask = 0;
        for (n, chunk) in block.as_chunks::<16>().0.iter().enumerate() {
            let v = load(chunk);
            let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
            let word = _mm_or_si128(in_range(v, b'0', b'9'), in_range(folded, b'a', b'z'));
            mask |= bits(word, n);
        }
        mask
    }

    #[target_feature(enable = "sse2")]
    pub(super) fn suspects(block: &[u8; 64]) -> u64 {
        let is = |v: __m128i, b: u8| _mm_cmpeq_epi8(v, _mm_set1_epi8(b as i8));
        let mut mask = 0;
        for (n, chunk) in block.as_chunks::<16>().0.iter().enumerate() {
            let v = load(chunk);
            let markup = _mm_or_si128(
                _mm_or_si128(is(v, b'\\'), is(v, b'&')),
                _mm_or_si128(_mm_or_si128(is(v, b'*'), is(v, b'<')), is(v, b'[')),
            );
            let control = _mm_or_si128(in_range(v, 0, 0x1f), is(v, 0x7f));
            let lead = _mm_or_si128(_mm_or_si128(is(v, 0xc2), is(v, 0xe2)), is(v, 0xef));
            mask |= bits(_mm_or_si128(_mm_or_si128(markup, control), lead), n);
        }
        mask
    }

    #[target_feature(enable = "sse2")]
    pub(super) fn classes(block: &[u8; 64]) -> Classes {
        let mut c = Classes::default();
        for (n, chunk) in block.as_chunks::<16>().0.iter().enumerate() {
            let v = load(chunk);
            // With bit 5 set, capitals read as lower case, and no other byte becomes a letter.
            let folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
            c.alpha |= bits(in_range(folded, b'a', b'z'), n);
            c.lower |= bits(in_range(v, b'a', b'z'), n);
            c.digit |= bits(in_range(v, b'0', b'9'), n);
            // `&` and `'` are 0x26 and 0x27, `-` and `.` 0x2D and 0x2E.
            let joiner = _mm_or_si128(in_range(v, b'&', b'\''), in_range(v, b'-', b'.'));
            c.joiner |= bits(joiner, n);
            c.high |= bits(v, n);
        }
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sse2_and_portable_agree() {
        let mut next = crate::test_rng::below(0x5DEE_CE66_D1CE_4E5Bu64);
        let mut block = [0u8; 64];
        for case in 0..2_000 {
            for b in &mut block {
                // Every byte value, and runs of the bytes near the classes' edges.
                *b = if case % 2 == 0 {
                    next(256) as u8
                } else {
                    b"@AZ[`az{/09:&'-.%(,\x80\xff\\*<\x1f\x20\x7f\xc2\xe2\xef\n\x00"[next(32)]
                };
            }
            let c = classes(&block);
            assert_eq!(c, portable_classes(&block), "{block:?}");
            assert_eq!(suspects(&block), portable(&block, is_suspect), "{block:?}");
            assert_eq!(alnum(&block), c.alpha | c.digit);
        }
    }
}

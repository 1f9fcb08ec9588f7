//! A tiny deterministic random source for the crate's randomized tests (an xorshift): the
//! same seed gives the same cases on every run and machine, so a failure can be replayed.

/// Numbers below `n` (which must be positive), from `seed` (not zero).
pub fn below(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    }
}

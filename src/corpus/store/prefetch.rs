//! A hint to the CPU to load memory that a loop will read soon: for loops that read articles
//! scattered over their blocks, where each read would otherwise wait for its own cache miss.

/// Asks the CPU to start loading the cache line at `p`.
#[inline]
pub(crate) fn prefetch(p: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is only a hint: it does not fault, whatever the address.
    unsafe {
        use std::arch::x86_64::{_MM_HINT_T0, _mm_prefetch};
        _mm_prefetch::<_MM_HINT_T0>(p.cast::<i8>());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = p;
}

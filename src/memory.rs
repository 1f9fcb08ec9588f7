//! The C allocator's settings, where the C allocator is glibc's (Linux); elsewhere these do
//! nothing. Measured on a million titles with `bench/on_screen.py`: by default the reader held
//! tens of megabytes that its threads had freed (each thread may get an arena of its own, and
//! an arena keeps what is freed at its top while it is smaller than a threshold that grows
//! with the blocks freed).
//!
//! What must stay true: nothing here changes what the program computes, only how much memory
//! the system sees it hold.

/// Blocks of this size or more are mapped on their own once [`map_large_blocks`] is called,
/// and returned to the system as soon as they are freed. glibc's default starts at the same
/// size but raises it to the largest block freed so far (up to 32 MiB), after which a query's
/// lists of a million hits stayed in the heap, held after their query ended: on a million
/// titles, twenty queries left the reader at 152 MiB against a peak of 138 with the threshold
/// fixed.
const MAP_AT_LEAST: i32 = 128 << 10;

/// Caps the allocator at two arenas, shared by every thread. Called before any other thread
/// exists. The threads here allocate few, large blocks, so sharing costs no
/// measurable time.
pub fn share_arenas() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a parameter of the allocator, and is called before any other
    // thread exists; a value it refuses leaves the default in place.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Maps blocks of [`MAP_AT_LEAST`] or more on their own. Called before any other thread
/// exists, except for the reader on the bundled corpus: there each such block would
/// cost a fresh mapping and its page faults (its first frame took about 5 ms longer), and
/// five articles' lists never grow large. Set after loading instead, it held more (145 MiB
/// after the same twenty queries): loading had left its freed blocks in the heap.
pub fn map_large_blocks() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a parameter of the allocator, and is called before any other
    // thread exists; a value it refuses leaves the default in place.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MAP_AT_LEAST);
    }
}

/// Gives the memory freed so far back to the system: after a phase that freed much of what
/// it used (loading, building the word index), so that the peak later is what is held, not
/// what was once used.
pub fn give_back() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory of the allocator's own to the system; it
    // takes the allocator's locks, so any thread may call it at any time.
    unsafe {
        libc::malloc_trim(0);
    }
}

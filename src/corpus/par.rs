//! Splitting work over the cores with scoped threads (no thread pool, no extra crate).
//!
//! What must stay true: results come back in input order, whatever the number of threads.

use std::num::NonZeroUsize;
use std::thread;

/// How many worker threads to use.
pub(crate) fn threads() -> usize {
    thread::available_parallelism()
        .map(NonZeroUsize::get)
        .unwrap_or(1)
        .clamp(1, 16)
}

/// `items.iter().enumerate().map(f).collect()`, on up to [`threads`] threads, in order.
pub(crate) fn par_map<T: Sync, R: Send>(items: &[T], f: impl Fn(usize, &T) -> R + Sync) -> Vec<R> {
    let threads = threads().min(items.len());
    if threads <= 1 {
        return items.iter().enumerate().map(|(i, t)| f(i, t)).collect();
    }
    let chunk = items.len().div_ceil(threads);
    let f = &f;
    thread::scope(|s| {
        let handles: Vec<_> = items
            .chunks(chunk)
            .enumerate()
            .map(|(c, part)| {
                s.spawn(move || {
                    part.iter()
                        .enumerate()
                        .map(|(i, t)| f(c * chunk + i, t))
                        .collect::<Vec<R>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_kept() {
        let items: Vec<usize> = (0..1001).collect();
        let out = par_map(&items, |i, &x| (i, x * 2));
        assert_eq!(out.len(), 1001);
        assert!(
            out.iter()
                .enumerate()
                .all(|(k, &(i, y))| k == i && y == 2 * k)
        );
        assert!(par_map(&[] as &[u8], |_, _| 0).is_empty());
    }
}

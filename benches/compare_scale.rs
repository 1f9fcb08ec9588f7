//! Scale run of the compare view and of near-copy grouping (issue 13's budgets: the view fills
//! in under 2 s and copies are grouped under 20 s on 100k articles, within 2x the input bytes):
//! `cargo run --release --example compare_scale -- FILE [RUNS]`.
//!
//! Loads FILE as the reader does (built-in dictionary: a big collection's own names are found
//! later, on a thread), then times, RUNS times each: the view's outline (outlets and
//! attention, which the reader shows first), the compare view from cold (every
//! article's entities still to be found, as when `c` is the first thing pressed), the compare
//! view again (entities known, as when the filter changes), and near-copy grouping. Prints the
//! medians of wall time and of CPU time (user + system, all threads: on a machine shared with
//! other work, wall time grows with the load, CPU time much less), and the peak resident memory
//! against the file's size.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use dossier::compare::{Progress, coverage, find_copies, outline};
use dossier::corpus::{self, LoadOptions};
use dossier::entities::{Dictionary, EntityIndex, Matcher};

/// CPU time (user + system) this process has used so far, all threads.
fn cpu() -> Duration {
    // SAFETY: getrusage only writes into the struct it is given.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut usage) };
    let tv = |t: libc::timeval| Duration::new(t.tv_sec as u64, t.tv_usec as u32 * 1000);
    tv(usage.ru_utime) + tv(usage.ru_stime)
}

/// Runs `f`, adding its wall and CPU time to `times`.
fn timed<R>(times: &mut (Vec<Duration>, Vec<Duration>), f: impl FnOnce() -> R) -> R {
    let (t, c) = (Instant::now(), cpu());
    let r = f();
    times.0.push(t.elapsed());
    times.1.push(cpu() - c);
    r
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Peak resident memory of this process, in bytes (Linux `VmHWM`).
fn peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(file) = args.next() else {
        eprintln!("usage: compare_scale FILE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.next().and_then(|r| r.parse().ok()).unwrap_or(3).max(1);
    let bytes = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let started = Instant::now();
    let opts = LoadOptions {
        paths: vec![PathBuf::from(&file)],
        keep: None,
        fetch: None,
    };
    let loaded = corpus::load(&opts, &mut |_| {}).expect("the file loads");
    let articles: Arc<[corpus::Article]> = loaded.articles.into();
    println!(
        "loaded {} articles ({bytes} bytes) in {:.2?}",
        articles.len(),
        started.elapsed()
    );
    let matcher = Arc::new(Matcher::new(Dictionary::builtin()));
    let all: Vec<u32> = (0..articles.len() as u32).collect();
    let (mut first, mut cold, mut warm, mut copies) = Default::default();
    let mut summary = String::new();
    for _ in 0..runs {
        let index = Arc::new(EntityIndex::new(matcher.clone(), articles.clone()));
        let ents = |i: usize| index.entities_of(i).to_vec();
        timed(&mut first, || outline(&articles, &all, None));
        for times in [&mut cold, &mut warm] {
            let cov = timed(times, || {
                coverage(
                    &articles,
                    &all,
                    &matcher,
                    Some(&ents),
                    None,
                    &Progress::default(),
                )
            })
            .expect("not cancelled");
            summary = format!(
                "{} outlets, {} entity rows, {} speakers, text of {} articles read",
                cov.columns.len(),
                cov.matrix.rows.len(),
                cov.speakers.len(),
                cov.sampled
            );
        }
        let found = timed(&mut copies, || find_copies(&articles, &Progress::default()))
            .expect("not cancelled");
        summary.push_str(&format!(
            "; {} copy groups, {} copies",
            found.groups.len(),
            found.copies().len()
        ));
    }
    println!("{summary}");
    let show = |what: &str, (wall, cpu): (Vec<Duration>, Vec<Duration>)| {
        println!(
            "{what}: median {:.2?} wall, {:.2?} CPU",
            median(wall),
            median(cpu)
        );
    };
    show("outline (outlets and attention, shown first)", first);
    show("compare view, cold (entities still to find)", cold);
    show("compare view, warm (the filter changed)    ", warm);
    show("near-copy grouping                         ", copies);
    if let Some(rss) = peak_rss() {
        println!(
            "peak RSS {} MB = {:.2}x the input",
            rss >> 20,
            rss as f64 / bytes.max(1) as f64
        );
    }
}

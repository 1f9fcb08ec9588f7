//! Filter benchmarks (DESIGN 5): `cargo bench --bench filter`.
//!
//! What must stay true: corpora come from the deterministic generator, so runs compare; the
//! groups are named after what BENCHMARKS.md quotes:
//! - `keystroke_100k`: one query over 100k generated articles, as the worker's engine runs it
//!   (base order computed once per corpus, as the worker does);
//! - `worker_100k`: a typed sequence through the real `Worker`, per keystroke, narrowing included;
//!   before criterion's average it prints each key's median latency and the median over keys,
//!   the figure DESIGN 5 budgets;
//! - `titles_1m`: 1M titles, the engine alone and the engine including reading the titles file,
//!   next to `fzf --filter` on the same file in the same run (skipped when fzf is missing).
//!
//! Wall-clock medians are noisy on a shared machine. With `FILTER_LOOPS=N` set, the bench skips
//! criterion and prints, for each `keystroke_100k` query and each typed key, the CPU time (user
//! plus system of this process, from `getrusage`) and a checksum of the ranked result, so that
//! a change can be judged by CPU time or under callgrind and checked to give equal results:
//!
//!     FILTER_LOOPS=20 cargo bench --bench filter
//!
//! `FILTER_ONLY=NAME` keeps the queries whose name contains NAME (`worker` for the typed keys,
//! `worker_titles` for them on 1M titles, or `FILTER_TITLES=N` titles, before and after the
//! word index is built; `worker_indexed` for
//! `flurry` typed once the word index is built, as the reader has it).

use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use dossier::corpus::{self, Article, ArticleData, Origin, Packer};
use dossier::search::{
    BaseOrder, Hit, IndexSlot, NoEntities, WordIndex, Worker, filter, filter_with, parse,
};
use std::sync::atomic::AtomicUsize;

#[path = "support/corpus_gen.rs"]
#[allow(dead_code)]
mod corpus_gen;

use corpus_gen::Generator;

#[path = "support/cpu.rs"]
mod cpu;
use cpu::cpu_seconds;

/// `n` generated articles, packed in the order generated and then sorted, as the loader does.
fn articles(n: usize) -> Vec<Article> {
    let mut g = Generator::default();
    let mut packer = Packer::default();
    for _ in 0..n {
        let a = g.next_record().article();
        packer.push(&Origin::default(), &a);
    }
    let mut v = packer.finish();
    corpus::sort_articles(&mut v);
    v
}

const QUERIES: &[(&str, &str)] = &[
    ("one_word", "geneva"),
    ("two_words", "kerry geneva"),
    ("exact_body", "'aleppo"),
    ("negation", "!'aleppo kerry"),
    ("field_and_date", "source:tass date:2016"),
];

fn keystroke_100k(c: &mut Criterion) {
    let arts = articles(100_000);
    let order = BaseOrder::for_scans(&arts);
    let mut g = c.benchmark_group("keystroke_100k");
    g.sample_size(30);
    for (name, q) in QUERIES {
        let query = parse(q).expect("bench query parses");
        g.bench_function(*name, |b| {
            b.iter(|| filter_with(&arts, &order, black_box(&query), &NoEntities))
        });
    }
    g.finish();
}

/// The typed sequence of `worker_100k`: the first key is a full scan, the rest narrow.
const TYPED: &[&str] = &[
    "g",
    "ge",
    "gen",
    "gene",
    "genev",
    "geneva",
    "geneva k",
    "geneva ke",
    "geneva ker",
];

/// Submits `q` and waits for its complete result. The wait sleeps between polls rather than
/// spinning, so that it does not take a core from the scan threads.
fn complete(w: &Worker, q: &str) -> Vec<Hit> {
    w.submit(q.to_string());
    loop {
        match w.try_recv() {
            Some(u) if u.complete => return u.result.expect("bench query parses"),
            _ => std::thread::sleep(Duration::from_micros(50)),
        }
    }
}

/// Types the sequence `runs` times after an empty query; per key, the wall latencies (until
/// the complete result), the process CPU time, and the last result.
fn type_sequence(worker: &Worker, runs: usize) -> Vec<(Vec<Duration>, f64, Vec<Hit>)> {
    type_keys(worker, runs, TYPED)
}

/// [`type_sequence`] for any sequence of keys.
fn type_keys(worker: &Worker, runs: usize, typed: &[&str]) -> Vec<(Vec<Duration>, f64, Vec<Hit>)> {
    let mut per_key: Vec<(Vec<Duration>, f64, Vec<Hit>)> = typed
        .iter()
        .map(|_| (Vec::new(), 0.0, Vec::new()))
        .collect();
    for _ in 0..runs {
        complete(worker, "");
        for (q, key) in typed.iter().zip(&mut per_key) {
            let (start, cpu) = (Instant::now(), cpu_seconds());
            key.2 = complete(worker, q);
            key.0.push(start.elapsed());
            key.1 += (cpu_seconds() - cpu) / runs as f64;
        }
    }
    per_key
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort_unstable();
    v[v.len() / 2]
}

/// Prints, per key of the typed sequence, the median latency over a few runs, and the median
/// over the keys: the figure DESIGN 5 budgets.
fn print_per_key(worker: &Worker) {
    let per_key = type_sequence(worker, 11);
    let medians: Vec<Duration> = per_key.into_iter().map(|(d, _, _)| median(d)).collect();
    for (q, d) in TYPED.iter().zip(&medians) {
        println!("worker_100k per key {q:?}: {:.2} ms median of 11", ms(*d));
    }
    println!(
        "worker_100k median keystroke: {:.2} ms",
        ms(median(medians))
    );
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn worker_100k(c: &mut Criterion) {
    let arts: Arc<[Article]> = articles(100_000).into();
    let worker = Worker::spawn(arts, Arc::new(NoEntities));
    print_per_key(&worker);
    let mut g = c.benchmark_group("worker_100k");
    g.sample_size(20);
    // Time per keystroke of the sequence, on average; the breakdown above gives the median.
    g.bench_function("typing_geneva_ker_per_key", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                complete(&worker, "");
                let start = Instant::now();
                for q in TYPED {
                    black_box(complete(&worker, q));
                }
                total += start.elapsed() / TYPED.len() as u32;
            }
            total
        })
    });
    g.finish();
}

/// A checksum of a ranked result: equal checksums before and after a change show that it
/// kept every hit, score and position.
fn checksum(hits: &[Hit]) -> u64 {
    hits.iter().fold(0xcbf2_9ce4_8422_2325, |h, hit| {
        let v = (u64::from(hit.index) << 32) ^ hit.score as u64;
        (h ^ v).wrapping_mul(0x100_0000_01b3)
    })
}

/// The `FILTER_LOOPS` mode: CPU time and a result checksum per query and per typed key, no
/// criterion; `only` picks queries by name.
fn cpu_loops(loops: usize, only: &str) {
    let arts: Arc<[Article]> = articles(100_000).into();
    let order = BaseOrder::for_scans(&arts);
    for (name, q) in QUERIES.iter().filter(|(name, _)| name.contains(only)) {
        let query = parse(q).expect("bench query parses");
        let hits = filter_with(&arts, &order, &query, &NoEntities);
        let before = cpu_seconds();
        let wall: Vec<Duration> = (0..loops)
            .map(|_| {
                let start = Instant::now();
                black_box(filter_with(&arts, &order, black_box(&query), &NoEntities));
                start.elapsed()
            })
            .collect();
        let per = (cpu_seconds() - before) / loops as f64;
        println!(
            "keystroke_100k {name}: {} hits, checksum {:016x}, {:.2} ms CPU, {:.2} ms wall median",
            hits.len(),
            checksum(&hits),
            per * 1e3,
            ms(median(wall))
        );
    }
    if "worker_100k".contains(only) {
        let worker = Worker::spawn(arts.clone(), Arc::new(NoEntities));
        print_typed("worker_100k", &worker, loops, TYPED);
    }
    if "worker_indexed".contains(only) {
        // The reader once its word index is built, `flurry` typed as bench/on_screen.py types it.
        let index = WordIndex::build(&arts, &AtomicUsize::new(0), &|| false).expect("built");
        let slot: IndexSlot = Arc::default();
        let _ = slot.set(Arc::new(index));
        let worker = Worker::spawn_with(arts, Arc::new(NoEntities), slot, Arc::new(|| {}));
        let typed = ["f", "fl", "flu", "flur", "flurr", "flurry"];
        print_typed("worker_indexed", &worker, loops, &typed);
    }
    if "worker_titles".contains(only) {
        // FILTER_TITLES=N: how many titles (1M unless said).
        let n = std::env::var("FILTER_TITLES")
            .ok()
            .and_then(|n| n.parse().ok());
        let text =
            std::fs::read_to_string(titles_file(n.unwrap_or(1_000_000))).expect("read titles");
        let arts: Arc<[Article]> = from_lines(&text).into();
        let worker = Worker::spawn(arts.clone(), Arc::new(NoEntities));
        print_typed("worker_titles", &worker, loops, TYPED);
        drop(worker);
        // Then as the reader has it once the word index (of titles too) is built.
        let (start, cpu) = (Instant::now(), cpu_seconds());
        let index = WordIndex::build(&arts, &AtomicUsize::new(0), &|| false).expect("built");
        println!(
            "worker_titles_indexed: index built in {:.0} ms ({:.0} ms CPU), {} bytes",
            ms(start.elapsed()),
            (cpu_seconds() - cpu) * 1e3,
            index.heap_bytes()
        );
        let slot: IndexSlot = Arc::default();
        let _ = slot.set(Arc::new(index));
        let worker = Worker::spawn_with(arts, Arc::new(NoEntities), slot, Arc::new(|| {}));
        print_typed("worker_titles_indexed", &worker, loops, TYPED);
    }
}

/// The typed sequence through `worker`, `loops` times: per key, the CPU time, the median wall
/// time until the complete result, and a checksum of it.
fn print_typed(name: &str, worker: &Worker, loops: usize, typed: &[&str]) {
    let per_key = type_keys(worker, loops, typed);
    let mut total = 0.0;
    for (q, (wall, cpu, hits)) in typed.iter().zip(per_key) {
        total += cpu;
        println!(
            "{name} {q:?}: {} hits, checksum {:016x}, {:.2} ms CPU, {:.2} ms wall median",
            hits.len(),
            checksum(&hits),
            cpu * 1e3,
            ms(median(wall))
        );
    }
    println!(
        "{name}: {:.2} ms CPU per key on average",
        total * 1e3 / typed.len() as f64
    );
}

fn titles_file(n: usize) -> PathBuf {
    let dir =
        PathBuf::from(std::env::var_os("CARGO_TARGET_DIR").unwrap_or_else(|| "target".into()));
    let path = dir.join(format!("bench-titles-{n}.txt"));
    if !path.exists() {
        let mut g = Generator::default();
        let mut out =
            std::io::BufWriter::new(std::fs::File::create(&path).expect("create titles file"));
        for _ in 0..n {
            writeln!(out, "{}", g.next_title()).expect("write titles file");
        }
        out.flush().expect("flush titles file");
    }
    path
}

fn from_lines(text: &str) -> Vec<Article> {
    let mut packer = Packer::default();
    for l in text.lines() {
        let a = ArticleData {
            title: l.to_string(),
            ..Default::default()
        };
        packer.push(&Origin::default(), &a);
    }
    packer.finish()
}

const TITLE_QUERIES: &[&str] = &["geneva", "kerry lavrov", "ceasefire aleppo", "xq"];

fn titles_1m(c: &mut Criterion) {
    let path = titles_file(1_000_000);
    let text = std::fs::read_to_string(&path).expect("read titles");
    let arts = from_lines(&text);
    let have_fzf = Command::new("fzf")
        .arg("--version")
        .stdout(Stdio::null())
        .status()
        .is_ok();
    let mut g = c.benchmark_group("titles_1m");
    g.sample_size(10);
    for q in TITLE_QUERIES {
        let query = parse(q).expect("bench query parses");
        g.bench_function(format!("engine/{q}"), |b| {
            b.iter(|| filter(&arts, black_box(&query), &NoEntities))
        });
        g.bench_function(format!("engine_with_read/{q}"), |b| {
            b.iter(|| {
                let text = std::fs::read_to_string(&path).expect("read titles");
                let arts = from_lines(&text);
                filter(&arts, &parse(q).expect("parses"), &NoEntities).len()
            })
        });
        if have_fzf {
            g.bench_function(format!("fzf_filter/{q}"), |b| {
                b.iter(|| {
                    let input = std::fs::File::open(&path).expect("open titles");
                    Command::new("fzf")
                        .args(["--filter", q])
                        .stdin(input)
                        .stdout(Stdio::null())
                        .status()
                        .expect("run fzf")
                })
            });
        }
    }
    g.finish();
}

criterion_group!(benches, keystroke_100k, worker_100k, titles_1m);

fn main() {
    match std::env::var("FILTER_LOOPS")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        Some(loops) => cpu_loops(loops, &std::env::var("FILTER_ONLY").unwrap_or_default()),
        None => {
            benches();
            Criterion::default().configure_from_args().final_summary();
        }
    }
}

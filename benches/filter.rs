//! Filter benchmarks (DESIGN 5): `cargo bench --bench filter`.
//!
//! What must stay true: corpora come from the deterministic generator, so runs compare; the
//! groups are named after what BENCHMARKS.md quotes:
//! - `keystroke_100k`: one query over 100k generated articles, as the worker's engine runs it
//!   (base order computed once per corpus, as the worker does);
//! - `worker_100k`: a typed sequence through the real `Worker`, per keystroke, narrowing included;
//! - `titles_1m`: 1M titles, the engine alone and the engine including reading the titles file,
//!   next to `fzf --filter` on the same file in the same run (skipped when fzf is missing).

use std::hint::black_box;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use dossier::corpus::Article;
use dossier::entities::EntityId;
use dossier::search::{BaseOrder, EntityFilter, Worker, filter, filter_with, parse};

#[path = "support/corpus_gen.rs"]
#[allow(dead_code)]
mod corpus_gen;

use corpus_gen::Generator;

/// The benches run no `@` terms; this keeps the entity side out of the figures.
struct NoEntities;

impl EntityFilter for NoEntities {
    fn resolve(&self, _: &str) -> Vec<EntityId> {
        Vec::new()
    }
    fn mentions_any(&self, _: usize, _: &[EntityId]) -> bool {
        false
    }
}

fn articles(n: usize) -> Vec<Article> {
    let mut g = Generator::default();
    let mut v: Vec<Article> = (0..n)
        .map(|_| {
            let r = g.next_record();
            Article {
                id: r.id,
                title: r.title,
                date: r.date,
                source: Some(r.source.to_string()),
                author: r.author.map(str::to_string),
                url: Some(r.url),
                text: r.text,
                ..Default::default()
            }
        })
        .collect();
    // The loader hands the corpus over newest first; so do we.
    v.sort_by(|a, b| {
        b.date
            .is_some()
            .cmp(&a.date.is_some())
            .then(b.date.cmp(&a.date))
            .then(a.title.cmp(&b.title))
    });
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
    let order = BaseOrder::new(&arts);
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

fn worker_100k(c: &mut Criterion) {
    let arts: Arc<[Article]> = articles(100_000).into();
    let worker = Worker::spawn(arts, Arc::new(NoEntities));
    let typed = [
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
    let wait = |w: &Worker| loop {
        match w.try_recv() {
            Some(u) if u.complete => return u,
            _ => std::thread::yield_now(),
        }
    };
    let mut g = c.benchmark_group("worker_100k");
    g.sample_size(20);
    // Time per keystroke of the sequence; the first keystroke is a full scan, the rest narrow.
    g.bench_function("typing_geneva_ker_per_key", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                worker.submit(String::new());
                wait(&worker);
                let start = std::time::Instant::now();
                for q in typed {
                    worker.submit(q.to_string());
                    black_box(wait(&worker));
                }
                total += start.elapsed() / typed.len() as u32;
            }
            total
        })
    });
    g.finish();
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
    text.lines()
        .map(|l| Article {
            title: l.to_string(),
            ..Default::default()
        })
        .collect()
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
criterion_main!(benches);

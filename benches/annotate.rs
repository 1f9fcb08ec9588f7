//! Entity matching throughput (DESIGN 5: 300 MB/s per core with the built-in dictionary).
//!
//! Two inputs of about 4 MB each: the five seed articles repeated as separate articles (real
//! news text, per-article overhead included), and one synthetic text of common English words
//! mixed with names, capitals, line breaks and apostrophes. Throughput is in bytes of input.
//!
//! Wall-clock medians are noisy on a shared machine. With `ANNOTATE_LOOPS=N` set, the bench
//! skips criterion and annotates each input N times, printing the CPU time per pass (user+sys
//! of this process, from `getrusage`) and a checksum of every mention, so a change can be
//! judged by CPU time or under `valgrind --tool=callgrind` and checked to give equal results:
//!
//!     ANNOTATE_LOOPS=20 cargo bench --bench annotate
//!
//! `ANNOTATE_ONLY=seed` (or `synthetic`) keeps the inputs whose name contains it, so that a
//! profile shows one kind of text.
//!
//! `with_discovery` measures what the reader does with a collection (DESIGN 5: 100 MB/s per
//! core): find the names the dictionary lacks in every article, build the matcher with them,
//! and annotate every article. Its CPU time counts every thread, so bytes per CPU second is
//! the figure per core.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group};
use dossier::entities::{Dictionary, Matcher, discover};

#[path = "support/cpu.rs"]
mod cpu;
use cpu::cpu_seconds;

const SEEDS: [&str; 5] = [
    include_str!("../seeds/000_378c2b5b58691dee.txt"),
    include_str!("../seeds/001_de9775200697e0f2.txt"),
    include_str!("../seeds/002_2f23dd834b517e59.txt"),
    include_str!("../seeds/003_9fff55f517b4c8c4.txt"),
    include_str!("../seeds/004_0d1b895f4894e7d3.txt"),
];

const TARGET: usize = 4 << 20;

fn seed_articles() -> Vec<&'static str> {
    SEEDS
        .iter()
        .copied()
        .cycle()
        .scan(0, |n, s| {
            *n += s.len();
            (*n <= TARGET).then_some(s)
        })
        .collect()
}

/// Deterministic word salad: a tiny LCG, no crate needed for a benchmark input.
fn synthetic() -> String {
    const WORDS: &[&str] = &[
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "said",
        "on",
        "that",
        "for",
        "us",
        "was",
        "with",
        "talks",
        "government",
        "minister",
        "officials",
        "would",
        "under",
        "country",
        "turkey",
        "state",
        "post",
        "United States",
        "Russia’s",
        "Geneva",
        "Lavrov",
        "Kerry",
        "U.S.",
        "Secretary of State",
        "ceasefire",
        "humanitarian",
        "woman",
        "Europe",
        "it’s",
        "don't",
        "Islamic State",
        "China",
        "President",
        "Moscow",
        "agreement",
        "forces",
        "the\n\nnext",
    ];
    let mut out = String::with_capacity(TARGET + 64);
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    while out.len() < TARGET {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push_str(WORDS[(x >> 33) as usize % WORDS.len()]);
        out.push(if (x >> 20).is_multiple_of(13) {
            '\n'
        } else {
            ' '
        });
    }
    out
}

fn bench(c: &mut Criterion) {
    let matcher = Matcher::new(Dictionary::builtin());
    let mut group = c.benchmark_group("annotate");
    group.sample_size(20);

    let articles = seed_articles();
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("seed_articles_4MB", |b| {
        b.iter(|| {
            for text in &articles {
                black_box(matcher.annotate("", black_box(text)));
            }
        })
    });

    let text = synthetic();
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("synthetic_4MB", |b| {
        b.iter(|| black_box(matcher.annotate("", black_box(&text))))
    });
    group.finish();

    let pairs: Vec<(&str, &str)> = articles.iter().map(|t| ("", *t)).collect();
    let mut group = c.benchmark_group("annotate");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("collection_4MB_with_discovery", |b| {
        b.iter(|| black_box(with_discovery(&pairs)))
    });
    group.finish();

    c.bench_function("build_builtin_matcher", |b| {
        b.iter(|| black_box(Matcher::new(Dictionary::builtin())))
    });
}

/// Finds names in `articles`, builds the matcher with them and annotates every article: the
/// reader's work for a collection. Returns the number of mentions.
fn with_discovery(articles: &[(&str, &str)]) -> usize {
    let mut dict = Dictionary::builtin();
    let found = discover(&dict, articles);
    dict.add_found(found);
    let matcher = Matcher::new(dict);
    articles
        .iter()
        .map(|(title, text)| {
            let a = matcher.annotate(title, text);
            a.title.len() + a.text.len()
        })
        .sum()
}

/// FNV-1a over every mention's (start, end, entity), in order.
fn checksum(hash: &mut u64, annotation: &dossier::entities::Annotation) {
    for m in annotation.mentions() {
        for v in [m.start as u64, m.end as u64, m.entity as u64] {
            for b in v.to_le_bytes() {
                *hash = (*hash ^ b as u64).wrapping_mul(0x100_0000_01b3);
            }
        }
    }
}

/// The `ANNOTATE_LOOPS` mode: CPU time per pass and a result checksum, no criterion.
fn cpu_loops(loops: usize) {
    let matcher = Matcher::new(Dictionary::builtin());
    let articles = seed_articles();
    let text = synthetic();
    let inputs: [(&str, Vec<&str>); 2] = [
        ("seed_articles_4MB", articles),
        ("synthetic_4MB", vec![&text]),
    ];
    let only = std::env::var("ANNOTATE_ONLY").unwrap_or_default();
    for (name, texts) in inputs.into_iter().filter(|(name, _)| name.contains(&only)) {
        let bytes: usize = texts.iter().map(|t| t.len()).sum();
        let mut hash = 0xcbf2_9ce4_8422_2325u64;
        let mentions: usize = texts
            .iter()
            .map(|t| {
                let a = matcher.annotate("", t);
                checksum(&mut hash, &a);
                a.title.len() + a.text.len()
            })
            .sum();
        let before = cpu_seconds();
        for _ in 0..loops {
            for t in &texts {
                black_box(matcher.annotate("", black_box(t)));
            }
        }
        let per_pass = (cpu_seconds() - before) / loops as f64;
        println!(
            "{name}: {mentions} mentions, checksum {hash:016x}, {:.2} ms CPU per pass = {:.0} MiB/s",
            per_pass * 1e3,
            bytes as f64 / per_pass / (1 << 20) as f64
        );
    }
    if "collection_4MB_with_discovery".contains(&only) {
        let articles = seed_articles();
        let bytes: usize = articles.iter().map(|t| t.len()).sum();
        let pairs: Vec<(&str, &str)> = articles.iter().map(|t| ("", *t)).collect();
        let mentions = with_discovery(&pairs);
        // The same work once more, hashing every mention: equal checksums, equal results
        // (names found included, since they are mentions too).
        let mut hash = 0xcbf2_9ce4_8422_2325u64;
        {
            let mut dict = Dictionary::builtin();
            let found = discover(&dict, &pairs);
            dict.add_found(found);
            let matcher = Matcher::new(dict);
            for (title, text) in &pairs {
                checksum(&mut hash, &matcher.annotate(title, text));
            }
        }
        let mib = |secs: f64| bytes as f64 / secs / (1 << 20) as f64;
        // The three steps apart: finding names, building the matcher, matching.
        let (mut find, mut build, mut annotate) = (0.0, 0.0, 0.0);
        for _ in 0..loops {
            let t = cpu_seconds();
            let mut dict = Dictionary::builtin();
            let found = black_box(discover(&dict, &pairs));
            let t1 = cpu_seconds();
            dict.add_found(found);
            let matcher = Matcher::new(dict);
            let t2 = cpu_seconds();
            for (title, text) in &pairs {
                black_box(matcher.annotate(title, text));
            }
            let t3 = cpu_seconds();
            find += t1 - t;
            build += t2 - t1;
            annotate += t3 - t2;
        }
        let n = loops as f64;
        let all = (find + build + annotate) / n;
        println!(
            "collection_4MB_with_discovery: {mentions} mentions, checksum {hash:016x}, {:.2} ms CPU per pass = {:.0} MiB/s \
             (finding names {:.1} ms = {:.0} MiB/s, building the matcher {:.1} ms, matching {:.1} ms = {:.0} MiB/s)",
            all * 1e3,
            mib(all),
            find / n * 1e3,
            mib(find / n),
            build / n * 1e3,
            annotate / n * 1e3,
            mib(annotate / n),
        );
    }
}

criterion_group!(benches, bench);

fn main() {
    match std::env::var("ANNOTATE_LOOPS")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        Some(loops) => cpu_loops(loops),
        None => {
            benches();
            Criterion::default().configure_from_args().final_summary();
        }
    }
}

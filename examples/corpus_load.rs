//! Times `dossier::corpus::load` on a large synthetic JSON Lines corpus.
//!
//! `cargo run --release --example corpus_load -- [FILE] [ARTICLES] [RUNS]` writes FILE (default: a
//! file under the temp dir) with ARTICLES records (default 100000) built from the bundled seeds'
//! bodies when it does not exist yet, then loads it RUNS times (default 3) and prints each wall
//! time and the CPU time (user + system, all threads) the load took: on a shared machine the
//! wall time is noise, the CPU time much less so.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::time::Instant;

use dossier::corpus::{LoadOptions, load, seeds};

#[path = "../benches/support/cpu.rs"]
mod cpu;
use cpu::cpu_seconds;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("dossier-corpus-load.jsonl"));
    let count: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(100_000);
    let runs: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
    if !path.exists() {
        generate(&path, count)?;
    }
    let bytes = std::fs::metadata(&path)?.len();
    println!("{}: {:.1} MB", path.display(), bytes as f64 / 1e6);
    let opts = LoadOptions {
        paths: vec![path.clone()],
        ..LoadOptions::default()
    };
    for run in 1..=runs {
        let mut calls = 0;
        let (start, cpu_start) = (Instant::now(), cpu_seconds());
        let corpus = load(&opts, &mut |_| calls += 1).expect("load");
        let (took, cpu) = (start.elapsed(), cpu_seconds() - cpu_start);
        println!(
            "run {run}: {} articles in {:.3} s, {cpu:.3} s CPU ({:.0} MB/s), {} progress calls, {} skipped",
            corpus.articles.len(),
            took.as_secs_f64(),
            bytes as f64 / 1e6 / took.as_secs_f64(),
            calls,
            corpus.report.skipped.len()
        );
    }
    Ok(())
}

/// Records shaped like a news dump: the seeds' bodies with their paragraphs shuffled per record,
/// so every line differs, escapes included (`\n`, quotes, non-ASCII).
fn generate(path: &PathBuf, count: usize) -> std::io::Result<()> {
    let bodies: Vec<Vec<String>> = seeds()
        .articles
        .iter()
        .map(|a| a.text().split("\n\n").map(String::from).collect())
        .collect();
    let mut out = BufWriter::new(File::create(path)?);
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..count {
        let paras = &bodies[i % bodies.len()];
        let mut body: Vec<&str> = paras.iter().map(String::as_str).collect();
        for k in (1..body.len()).rev() {
            body.swap(k, (next() % (k as u64 + 1)) as usize);
        }
        let source = ["TASS", "Reuters", "BBC", "The Moscow Times"][i % 4];
        let record = serde_json::json!({
            "id": format!("gen-{i}"),
            "title": format!("Generated story {i}: {}", body[0].split(' ').take(6).collect::<Vec<_>>().join(" ")),
            "published": format!("2016-{:02}-{:02}T10:00:00Z", next() % 12 + 1, next() % 28 + 1),
            "source": source,
            "authors": ["Ann Lee", "Bo Chen"],
            "url": format!("https://example.com/story/{i}"),
            "text": body.join("\n\n"),
        });
        serde_json::to_writer(&mut out, &record)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

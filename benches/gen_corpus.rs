//! Synthetic news corpus for scale runs: `cargo run --release --example gen_corpus -- N
//! [--titles-only | --lines] > out.jsonl`.
//!
//! What must stay true: the output depends only on N (see `support/corpus_gen.rs`); the n-th
//! title is the same in every mode. Full mode writes JSONL with `id`, `title`, `date`,
//! `source`, `author`, `url`, `text`; `--titles-only` writes `{"title": ..}` lines; `--lines`
//! writes bare titles, one per line (fzf's input).

use std::io::{self, BufWriter, Write};

#[path = "support/corpus_gen.rs"]
mod corpus_gen;

use corpus_gen::Generator;

enum Mode {
    Full,
    TitlesOnly,
    Lines,
}

fn main() {
    let mut n: Option<usize> = None;
    let mut mode = Mode::Full;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--titles-only" => mode = Mode::TitlesOnly,
            "--lines" => mode = Mode::Lines,
            other => match other.parse() {
                Ok(v) if n.is_none() => n = Some(v),
                _ => {
                    eprintln!(
                        "gen_corpus: unexpected argument '{other}'; usage: gen_corpus N [--titles-only | --lines]"
                    );
                    std::process::exit(2);
                }
            },
        }
    }
    let Some(n) = n else {
        eprintln!("gen_corpus: missing N; usage: gen_corpus N [--titles-only | --lines]");
        std::process::exit(2);
    };
    // A closed pipe (`| head`) ends the run quietly.
    if let Err(e) = write(n, &mode)
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        eprintln!("gen_corpus: {e}");
        std::process::exit(1);
    }
}

fn write(n: usize, mode: &Mode) -> io::Result<()> {
    let mut out = BufWriter::with_capacity(1 << 16, io::stdout().lock());
    let mut generator = Generator::default();
    for _ in 0..n {
        match mode {
            Mode::Lines => writeln!(out, "{}", generator.next_title())?,
            Mode::TitlesOnly => {
                serde_json::to_writer(
                    &mut out,
                    &serde_json::json!({ "title": generator.next_title() }),
                )?;
                out.write_all(b"\n")?;
            }
            Mode::Full => {
                serde_json::to_writer(&mut out, &generator.next_record())?;
                out.write_all(b"\n")?;
            }
        }
    }
    out.flush()
}

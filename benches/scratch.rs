#[path = "support/corpus_gen.rs"]
#[allow(dead_code)]
mod corpus_gen;
use dossier::corpus::Article;
use dossier::search::*;
use std::time::Instant;
struct NoE;
impl EntityFilter for NoE {
    fn resolve(&self, _: &str) -> Vec<u32> {
        vec![]
    }
    fn mentions_any(&self, _: usize, _: &[u32]) -> bool {
        false
    }
}
fn main() {
    let titles_only = std::env::args().nth(1).as_deref() == Some("t");
    let mut g = corpus_gen::Generator::default();
    let arts: Vec<Article> = (0..100_000)
        .map(|_| {
            if titles_only {
                Article {
                    title: g.next_title(),
                    ..Default::default()
                }
            } else {
                let r = g.next_record();
                Article {
                    title: r.title,
                    date: r.date,
                    source: Some(r.source.into()),
                    author: r.author.map(Into::into),
                    text: r.text,
                    ..Default::default()
                }
            }
        })
        .collect();
    let order = BaseOrder::new(&arts);
    for q in [
        "geneva",
        "kerry geneva",
        "'aleppo",
        "source:tass date:2016",
        "date:2016",
        "xq",
    ] {
        let query = parse(q).unwrap();
        let t = Instant::now();
        let mut n = 0;
        for _ in 0..5 {
            n = filter_with(&arts, &order, &query, &NoE).len();
        }
        println!("{q:>24}: {:?} per run, {n} hits", t.elapsed() / 5);
    }
}

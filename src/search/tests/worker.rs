//! The background worker: the last query wins, partial results stream, narrowing is invisible.

use std::sync::Arc;
use std::time::{Duration, Instant};

use super::engine::seeds;
use super::fake::{FakeEntities, none};
use crate::corpus::{Article, ArticleData};
use crate::search::{Hit, SETTLED_ROWS, Update, Worker, filter, filter_kept, parse};

/// A deterministic corpus big enough that a scan takes a while.
fn corpus(n: usize) -> Vec<Article> {
    const WORDS: [&str; 12] = [
        "Kerry",
        "Lavrov",
        "Geneva",
        "ceasefire",
        "Syria",
        "talks",
        "Aleppo",
        "Moscow",
        "deal",
        "aid",
        "truce",
        "envoy",
    ];
    (0..n)
        .map(|i| {
            let w = |k: usize| WORDS[(i / k + k) % WORDS.len()];
            Article::new(&ArticleData {
                title: format!("{} and {} on {} {}", w(1), w(7), w(13), i),
                date: (i % 5 != 0).then(|| format!("2016-{:02}-{:02}", 1 + i % 12, 1 + i % 28)),
                source: Some(["TASS", "Reuters", "The Moscow Times"][i % 3].into()),
                text: format!("Body {i} about {} and {}.", w(3), w(11)),
                ..Default::default()
            })
        })
        .collect()
}

/// The update that puts every row in its final place.
fn complete(w: &Worker) -> Update {
    let start = Instant::now();
    loop {
        match w.try_recv() {
            Some(u) if u.settled => return u,
            Some(_) => {}
            None => std::thread::sleep(Duration::from_millis(1)),
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "worker never completed"
        );
    }
}

fn full_scan(articles: &[Article], q: &str, ents: &FakeEntities) -> Vec<Hit> {
    filter(articles, &parse(q).unwrap(), ents)
}

#[test]
fn the_last_submitted_query_is_the_one_that_completes() {
    let articles = corpus(60_000);
    let w = Worker::spawn(articles.clone().into(), Arc::new(none()));
    for q in [
        "k",
        "ke",
        "ker",
        "kerr",
        "'aleppo",
        "geneva | moscow",
        "!source:tass kerry",
    ] {
        w.submit(q.to_string());
    }
    let last = "!source:tass kerry";
    let mut seen = Vec::new();
    let done = loop {
        if let Some(u) = w.try_recv() {
            assert_eq!(u.query, last, "an update for an older query leaked out");
            if u.settled {
                break u;
            }
            seen.push(u);
        }
    };
    let expected = full_scan(&articles, last, &none());
    assert_eq!(done.result.unwrap(), expected);
    // Partial results, when the scan was slow enough to send any, are subsets.
    for p in seen {
        let hits = p.result.unwrap();
        assert!(
            (hits.iter()).all(|h| expected.iter().any(|e| e.index == h.index)),
            "a partial result holds an article the query does not match"
        );
    }
    assert!(w.try_recv().is_none());
}

#[test]
fn errors_arrive_complete_and_the_next_query_recovers() {
    let w = Worker::spawn(seeds().into(), Arc::new(none()));
    w.submit("date:yesterday".into());
    let u = complete(&w);
    assert!(u.result.unwrap_err().message.contains("'yesterday'"));
    w.submit("".into());
    assert_eq!(complete(&w).result.unwrap().len(), 5);
}

#[test]
fn narrowing_keystrokes_give_what_a_full_scan_gives() {
    let articles = corpus(20_000);
    let ents = FakeEntities(vec![(
        "Sergei Lavrov",
        vec!["Lavrov"],
        (0..20_000).step_by(3).collect(),
    )]);
    let ents = Arc::new(ents);
    let w = Worker::spawn(articles.clone().into(), ents.clone());
    // Each step is typed after the previous one completed, so narrowing can kick in; the
    // widening steps (negation, OR, deletion) must fall back to a full scan.
    let steps = [
        "g",
        "ge",
        "gen",
        "gene",
        "gene 'a",
        "gene 'al",
        "gene 'ale",
        "gene 'ale !k",
        "gene 'ale !ke",
        "gene 'ale !ke | m",
        "gene 'ale !ke | mo",
        "gene 'ale",
        "gene",
        "gene @l",
        "gene @lav",
        "gene @lav date:2016",
        "gene @lav date:2016-0",
        "gene @lav date:2016-03",
        "gene @lav",
        "^k",
        "^ke",
        "^ke s$",
        "^ke source:t",
        "^ke source:ta",
        "Ke",
        "Ker",
        "ker",
    ];
    for q in steps {
        w.submit(q.to_string());
        let got = complete(&w).result.unwrap();
        assert_eq!(got, full_scan(&articles, q, &ents), "after typing {q:?}");
    }
}

#[test]
fn kept_articles_rank_the_same_scored_on_every_core() {
    // `filter_kept` splits from a few hundred articles; `filter` scans 2,000 on one thread.
    let articles = corpus(2_000);
    for q in ["kerry", "gva 1", "mos | aid", "truce !envoy", "'body 1"] {
        let query = parse(q).unwrap();
        assert_eq!(
            filter_kept(&articles, &query, &none()),
            filter(&articles, &query, &none()),
            "{q}"
        );
    }
}

/// A short word matches many titles only fuzzily; their fuzzy scores are computed after the
/// count is on screen, but the rows a screen can show are already the final ones.
#[test]
fn the_first_complete_answer_has_the_final_count_and_top_rows() {
    let articles = corpus(30_000);
    let w = Worker::spawn(articles.clone().into(), Arc::new(none()));
    let mut ranked_later = 0;
    for q in ["e", "ea", "a", "a n", "ky", "tlk"] {
        w.submit(q.to_string());
        let first = loop {
            match w.try_recv() {
                Some(u) if u.complete => break u,
                _ => std::thread::sleep(Duration::from_millis(1)),
            }
        };
        let expected = full_scan(&articles, q, &none());
        let settled = first.settled;
        let first = first.result.unwrap();
        assert!(expected.len() > SETTLED_ROWS, "{q:?} tests nothing");
        assert_eq!(first.len(), expected.len(), "count after {q:?}");
        assert_eq!(
            first[..SETTLED_ROWS],
            expected[..SETTLED_ROWS],
            "top rows after {q:?}"
        );
        ranked_later += usize::from(!settled);
        let last = if settled {
            first
        } else {
            complete(&w).result.unwrap()
        };
        assert_eq!(last, expected, "{q:?} at last");
    }
    assert!(ranked_later > 0, "every answer came ranked: nothing tested");
}

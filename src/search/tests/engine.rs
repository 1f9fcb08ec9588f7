//! Filtering and ranking as the list shows it: the seed acceptance checks, then each term kind
//! on small hand-built corpora.

use super::fake::{FakeEntities, none};
use crate::corpus::{Article, ArticleData};
use crate::search::{Hit, filter, parse};

/// The five seeds with their real titles, dates, sources and texts.
pub fn seeds() -> Vec<Article> {
    let art = |title: &str, date: &str, source: Option<&str>, author: Option<&str>, text: &str| {
        Article::new(&ArticleData {
            title: title.into(),
            date: Some(date.into()),
            source: source.map(Into::into),
            author: author.map(Into::into),
            text: text.into(),
            ..Default::default()
        })
    };
    vec![
        art(
            "Syrian Ceasefire in the Balance as Kerry and Lavrov Prepare for Fresh Talks",
            "2016-09-08",
            Some("The Moscow Times"),
            Some("Ed Crowther"),
            include_str!("../../../seeds/000_378c2b5b58691dee.txt"),
        ),
        art(
            "US Secretary of State John Kerry meeting in Geneva with Russian counterpart Sergei Lavrov to discuss ceasefire in Syria",
            "2016-09-09",
            None,
            None,
            include_str!("../../../seeds/001_de9775200697e0f2.txt"),
        ),
        art(
            "Lavrov, Kerry to discuss details of possible agreement on Syria",
            "2016-09-08",
            Some("TASS"),
            None,
            include_str!("../../../seeds/002_2f23dd834b517e59.txt"),
        ),
        art(
            "US pushes Russia for a ‘true’ ceasefire in Syria, ahead of peace talks in Geneva",
            "2016-09-09",
            None,
            None,
            include_str!("../../../seeds/003_9fff55f517b4c8c4.txt"),
        ),
        art(
            "Obstacles Remain as US, Russia Work to Finalize Syria Cease-Fire Deal",
            "2016-09-04",
            Some("GlobalSecurity.org"),
            Some("William Ide"),
            include_str!("../../../seeds/004_0d1b895f4894e7d3.txt"),
        ),
    ]
}

fn run(articles: &[Article], q: &str) -> Vec<u32> {
    run_with(articles, q, &none())
}

fn run_with(articles: &[Article], q: &str, ents: &FakeEntities) -> Vec<u32> {
    let query = parse(q).unwrap_or_else(|e| panic!("{q}: {e}"));
    filter(articles, &query, ents)
        .iter()
        .map(|h| h.index)
        .collect()
}

fn sorted(mut v: Vec<u32>) -> Vec<u32> {
    v.sort_unstable();
    v
}

#[test]
fn seeds_geneva_ranks_geneva_titles_first() {
    let s = seeds();
    let hits = run(&s, "geneva");
    assert!(hits.len() >= 2, "{hits:?}");
    assert_eq!(sorted(hits[..2].to_vec()), vec![1, 3]);
}

#[test]
fn seeds_exact_searches_the_body() {
    let s = seeds();
    assert_eq!(sorted(run(&s, "'aleppo")), vec![0, 2, 3]);
    assert_eq!(sorted(run(&s, "'ALEPPO")), vec![0, 2, 3]);
    assert_eq!(sorted(run(&s, "!'aleppo")), vec![1, 4]);
}

#[test]
fn seeds_dates_and_sources() {
    let s = seeds();
    assert_eq!(sorted(run(&s, "date:2016-09-09")), vec![1, 3]);
    assert_eq!(sorted(run(&s, "date:2016-09-05..2016-09-08")), vec![0, 2]);
    assert_eq!(sorted(run(&s, "date:..2016-09-07")), vec![4]);
    assert_eq!(run(&s, "date:2016-09").len(), 5);
    // Fuzzy words are lenient on long titles; the outlets themselves rank first.
    let either = run(&s, "tass | moscow");
    assert_eq!(sorted(either[..2].to_vec()), vec![0, 2]);
    assert_eq!(run(&s, "source:tass"), vec![2]);
    assert_eq!(sorted(run(&s, "!source:tass")), vec![0, 1, 3, 4]);
    assert_eq!(run(&s, "source:TIMES"), vec![0]);
}

#[test]
fn empty_query_is_newest_first_undated_last_then_title() {
    let mut s = seeds();
    s.push(Article::new(&ArticleData {
        title: "Undated B".into(),
        ..Default::default()
    }));
    s.push(Article::new(&ArticleData {
        title: "Undated A".into(),
        ..Default::default()
    }));
    // Same day: by title, ignoring case as the loader sorts: on 2016-09-09, 3 "US pushes"
    // comes before 1 "US Secretary" ('p' < 's'), though byte order would put 'S' first.
    assert_eq!(run(&s, ""), vec![3, 1, 2, 0, 4, 6, 5]);
    let all = filter(&s, &parse("").unwrap(), &none());
    assert!(all.iter().all(|h| h.score == 0));
}

#[test]
fn ties_in_score_fall_back_to_date_then_title() {
    let a = |title: &str, date: Option<&str>| {
        Article::new(&ArticleData {
            title: title.into(),
            date: date.map(Into::into),
            ..Default::default()
        })
    };
    let s = vec![
        a("b kerry", None),
        a("a kerry", Some("2016-01-01")),
        a("c kerry", Some("2016-02-01")),
        a("a kerry", None),
    ];
    // Every title scores the same for "kerry": newest, then dated, then undated by title.
    assert_eq!(run(&s, "kerry"), vec![2, 1, 3, 0]);
}

#[test]
fn better_fuzzy_matches_rank_higher_and_scores_add_up() {
    let a = |title: &str| {
        Article::new(&ArticleData {
            title: title.into(),
            ..Default::default()
        })
    };
    let s = vec![
        a("Kremlin energy ready"),
        a("Kerry"),
        a("Secretary Kerry in talks"),
    ];
    let q = parse("kerry").unwrap();
    let hits: Vec<Hit> = filter(&s, &q, &none());
    assert_eq!(
        hits.iter().map(|h| h.index).collect::<Vec<_>>(),
        vec![1, 2, 0]
    );
    assert!(hits[0].score > hits[2].score);
    let two = filter(&s, &parse("kerry talks").unwrap(), &none());
    assert_eq!(two.len(), 1);
    let talks = filter(&s[2..], &parse("talks").unwrap(), &none())[0].score;
    assert_eq!(
        two[0].score,
        hits.iter().find(|h| h.index == 2).unwrap().score + talks
    );
    // Non-fuzzy terms match without adding to the score.
    assert_eq!(filter(&s, &parse("'kerry").unwrap(), &none())[0].score, 0);
}

#[test]
fn fuzzy_words_match_title_source_or_author_with_smart_case() {
    let s = seeds();
    assert_eq!(run(&s, "william"), vec![4]);
    assert_eq!(run(&s, "globalsec"), vec![4]);
    assert!(run(&s, "US").len() >= 3);
    assert_eq!(run(&s, "USA"), Vec::<u32>::new());
    // Lowercase ignores case: "us" also finds "discuss"; "US" does not, but the seed's text
    // has "US" as a word.
    assert!(run(&s, "us").contains(&2));
    assert!(!run(&s, "US").contains(&0));
    assert!(run(&s, "US").contains(&2));
}

#[test]
fn anchors_look_at_the_title_edges() {
    let s = seeds();
    assert_eq!(run(&s, "^us"), vec![3, 1]);
    assert_eq!(run(&s, "^\"US pushes\""), vec![3]);
    assert_eq!(run(&s, "^us pushes"), vec![3]);
    assert_eq!(run(&s, "geneva$"), vec![3]);
    assert_eq!(run(&s, "deal$"), vec![4]);
    assert_eq!(sorted(run(&s, "!^us")), vec![0, 2, 4]);
    assert_eq!(run(&s, "^Us"), Vec::<u32>::new());
}

#[test]
fn entities_come_from_the_entity_filter() {
    let s = seeds();
    let ents = FakeEntities(vec![
        ("Sergei Lavrov", vec!["Lavrov"], vec![0, 1, 2]),
        ("John Kerry", vec!["Secretary Kerry"], vec![0, 1, 2, 3]),
        ("Vladimir Putin", vec![], vec![4]),
    ]);
    assert_eq!(sorted(run_with(&s, "@lav", &ents)), vec![0, 1, 2]);
    assert_eq!(
        sorted(run_with(&s, "@\"john kerry\"", &ents)),
        vec![0, 1, 2, 3]
    );
    assert_eq!(sorted(run_with(&s, "!@putin", &ents)), vec![0, 1, 2, 3]);
    assert_eq!(run_with(&s, "@nobody", &ents), Vec::<u32>::new());
    assert_eq!(run_with(&s, "!@nobody", &ents).len(), 5);
    assert_eq!(
        sorted(run_with(&s, "@putin | @lav", &ents)),
        vec![0, 1, 2, 4]
    );
}

#[test]
fn or_groups_and_negations_combine() {
    let s = seeds();
    // (tass OR geneva) AND NOT 'aleppo
    assert_eq!(run(&s, "source:tass | geneva !'aleppo"), vec![1]);
    // A fuzzy OR takes the best matching alternative's score.
    let q = parse("zzzz | geneva").unwrap();
    let alone = filter(&s, &parse("geneva").unwrap(), &none());
    assert_eq!(filter(&s, &q, &none()), alone);
    // Every seed has Kerry in its text; only one is without Aleppo, as a word or a fuzzy match.
    assert_eq!(run(&s, "!kerry"), Vec::<u32>::new());
    assert_eq!(sorted(run(&s, "!'kerry")), Vec::<u32>::new());
    assert_eq!(sorted(run(&s, "!aleppo")), vec![1, 4]);
}

#[test]
fn scans_that_read_the_copied_heads_rank_as_one_shot_filters() {
    // The loaded seeds (sorted, with bodies far longer than their heads: the base order for
    // repeated scans copies the heads, and scans read them from there).
    let articles = crate::corpus::seeds().articles;
    let order = crate::search::BaseOrder::for_scans(&articles);
    for q in [
        "geneva",
        "kerry lavrov",
        "source:tass",
        "date:2016-09-09",
        "!source:tass date:2016-09",
        "'aleppo",
        "william | moscow",
        "",
    ] {
        let query = parse(q).unwrap();
        let copied = crate::search::filter_with(&articles, &order, &query, &none());
        assert_eq!(copied, filter(&articles, &query, &none()), "{q:?}");
    }
}

/// Hits in base order, with few scores or many: ranking them in one pass gives the sort's order.
#[test]
fn hits_in_base_order_rank_as_the_sort_ranks_them() {
    let titles: Vec<Article> = (0..500)
        .map(|i| {
            Article::new(&ArticleData {
                title: format!("Title {i:04}"),
                ..Default::default()
            })
        })
        .collect();
    let order = crate::search::BaseOrder::new(&titles);
    assert!(order.is_positional(), "titles alone load in base order");
    for distinct in [1, 3, 16, 17, 400] {
        let hits: Vec<Hit> = (0..500u32)
            .filter(|i| i % 7 != 3)
            .map(|index| Hit {
                index,
                score: ((index * 7919) % distinct) as i32 * 1000 - 500,
            })
            .collect();
        let mut sorted = hits.clone();
        order.sort(&mut sorted);
        assert_eq!(order.rank_in_order(hits), sorted, "{distinct} scores");
    }
}

//! What a bare word finds, and in which order: the articles that have it as a word (title above
//! text, then by weight in the text), then the ones one typo away, then scattered fuzzy matches.
//! With the word index or without, the result is the same.

use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use super::engine::seeds;
use super::fake::none;
use crate::corpus::{Article, ArticleData};
use crate::search::{Hit, WordIndex, Worker, filter, parse};

fn art(title: &str, date: &str, text: &str) -> Article {
    Article::new(&ArticleData {
        title: title.into(),
        date: Some(date.into()),
        text: text.into(),
        ..Default::default()
    })
}

/// A collection of our own, after the example: one title with Obama, two texts that
/// mention him (one often, in a short text), letters that happen to spell o-b-a-m-a, and
/// articles about something else.
fn own() -> Vec<Article> {
    let filler = "The council met again on Tuesday to discuss the budget and the roads. ";
    vec![
        art(
            "Obituary: Dame Alicia Markova",
            "2016-09-10",
            "A ballerina of note.",
        ),
        art(
            "Football Manager scores big time",
            "2016-09-09",
            "The game sold well.",
        ),
        art(
            "Talks on trade resume in Brussels",
            "2016-09-08",
            &format!(
                "{}Obama said little. {}",
                filler.repeat(20),
                filler.repeat(20)
            ),
        ),
        art(
            "White House weighs new sanctions",
            "2016-09-07",
            "Obama met advisers. Obama's aides said Obama would decide soon.",
        ),
        art("Obama visits Hanoi", "2016-09-06", "The president arrived."),
        art("Weather: a dry week ahead", "2016-09-05", &filler.repeat(3)),
        art(
            "Lavrov and Kerry meet in Geneva",
            "2016-09-04",
            "The foreign ministers talked.",
        ),
        art(
            "Ceasefire holds",
            "2016-09-03",
            "Sergei Lavrov said the truce held; Lavrov's deputy agreed.",
        ),
    ]
}

fn order(articles: &[Article], q: &str) -> Vec<u32> {
    let query = parse(q).unwrap_or_else(|e| panic!("{q}: {e}"));
    filter(articles, &query, &none())
        .iter()
        .map(|h| h.index)
        .collect()
}

#[test]
fn a_word_finds_titles_then_texts_then_scattered_letters() {
    let a = own();
    // Title; the short text that says it three times; the long one that says it once; then
    // the titles whose letters spell it.
    assert_eq!(order(&a, "obama"), vec![4, 3, 2, 0, 1]);
    // A prefix of a word is a word too.
    assert_eq!(order(&a, "oba")[..3], [4, 3, 2]);
    // Letters inside a word of the text do not make it a word.
    let b = vec![art("X", "2016-01-01", "carbamates")];
    assert!(order(&b, "obama").is_empty());
}

#[test]
fn a_typo_still_finds_the_word() {
    let a = own();
    // In a title first, then in a text.
    assert_eq!(order(&a, "lavorv"), vec![6, 7]);
    assert_eq!(order(&a, "lavrov"), vec![6, 7]);
    let s = seeds();
    let found = order(&s, "lavorv");
    assert_eq!(found.len(), 5, "every seed mentions Lavrov: {found:?}");
}

#[test]
fn seeds_rank_title_words_first_then_the_text_by_weight() {
    let s = seeds();
    // Lavrov is in the titles of 0, 1 and 2, in the text of all five.
    let lavrov = order(&s, "lavrov");
    assert_eq!(lavrov.len(), 5);
    assert_eq!(sorted(&lavrov[..3]), vec![0, 1, 2]);
    // Putin is in no title; the texts that name him most for their length come first (three
    // name him twice, the longest of them last).
    assert_eq!(order(&s, "putin"), vec![3, 4, 2, 0]);
    // Aleppo: in no title either.
    assert_eq!(order(&s, "aleppo"), vec![3, 0, 2]);
    // Two words: both in the title (1) beats one in the title and one in the text.
    let both = order(&s, "kerry geneva");
    assert_eq!(both[0], 1);
    assert_eq!(both.len(), 4, "one seed has no Geneva: {both:?}");
}

#[test]
fn operators_keep_their_meaning() {
    let a = own();
    // An exact word is a substring, in title or text, unranked (base order: newest first).
    assert_eq!(order(&a, "'bama"), vec![2, 3, 4]);
    assert_eq!(order(&a, "^obama"), vec![4]);
    assert_eq!(order(&a, "!obama"), vec![5, 6, 7]);
    // Either word: titles (newest first on a tie), then texts by weight, then the letters.
    assert_eq!(order(&a, "obama | lavrov"), vec![4, 6, 3, 7, 2, 0, 1]);
    assert_eq!(order(&a, "obama date:..2016-09-07"), vec![4, 3]);
}

pub fn sorted(v: &[u32]) -> Vec<u32> {
    let mut v = v.to_vec();
    v.sort_unstable();
    v
}

fn complete(w: &Worker) -> Vec<Hit> {
    let start = Instant::now();
    loop {
        match w.try_recv() {
            Some(u) if u.settled => return u.result.unwrap(),
            Some(_) => {}
            None => std::thread::sleep(Duration::from_millis(1)),
        }
        assert!(start.elapsed() < Duration::from_secs(60), "no result");
    }
}

/// The worker, asking the word index, ranks exactly as the scan that reads every text does,
/// keystroke after keystroke (narrowing included).
#[test]
fn the_word_index_changes_nothing_but_the_speed() {
    let mut articles = seeds();
    articles.extend(own());
    // Titles alone, as in a big list of headlines: their words come from the index too.
    for t in [
        "Lavorv lands in Geneva",
        "U.S. and Obama-era rules",
        "Obamacare vote delayed",
        "Syrian talks: ceasefire holds",
        "Lavrova wins the final",
    ] {
        articles.push(art(t, "2016-09-01", ""));
    }
    let index = WordIndex::build(&articles, &AtomicUsize::new(0), &|| false).unwrap();
    let slot = Arc::new(OnceLock::new());
    let _ = slot.set(Arc::new(index));
    let arts: Arc<[Article]> = articles.clone().into();
    let w = Worker::spawn_with(arts, Arc::new(none()), slot, Arc::new(|| {}));
    for q in [
        "o",
        "ob",
        "oba",
        "obam",
        "obama",
        "l",
        "la",
        "lav",
        "lavo",
        "lavor",
        "lavorv",
        "US",
        "u.s",
        "kerry gen",
        "kerry gene",
        "!aleppo",
        "syr | obama",
        "ZZZ",
        "ceasefire",
    ] {
        w.submit(q.to_string());
        let got = complete(&w);
        let want = filter(&articles, &parse(q).unwrap(), &none());
        assert_eq!(got, want, "{q}");
    }
}

//! Planted near-copies in a collection of articles written for the test: every planted pair is
//! found, no unrelated pair is grouped.

use super::*;
use crate::corpus::ArticleData;

/// Words the test's articles are made of.
const WORDS: &[&str] = &[
    "harbour", "ferry", "council", "budget", "river", "bridge", "school", "teachers", "strike",
    "farmers", "harvest", "drought", "hospital", "nurses", "election", "mayor", "votes", "rail",
    "station", "tickets", "museum", "painting", "festival", "music", "storm", "coast", "flood",
    "police", "court", "judge", "factory", "workers", "wages", "market", "prices", "bread",
    "league", "match", "goal", "coach", "island", "tourists", "hotel", "airport", "flights",
    "delay", "minister", "plan", "housing", "rent", "library", "books", "garden", "park", "trees",
    "fire", "crews", "village", "road", "repairs", "winter", "summer", "report", "study", "water",
    "power", "grid", "cable", "mine", "copper", "union", "talks", "deal", "board", "shares",
];
const GLUE: &[&str] = &[
    "the", "a", "of", "in", "and", "on", "for", "with", "after", "near",
];

/// A deterministic stream of numbers (an LCG), so the articles are the same on every run.
struct Dice(u64);

impl Dice {
    fn roll(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

fn sentence(dice: &mut Dice) -> String {
    let n = 12 + dice.roll(10);
    let words: Vec<&str> = (0..n)
        .map(|k| {
            if k % 3 == 1 {
                GLUE[dice.roll(GLUE.len())]
            } else {
                WORDS[dice.roll(WORDS.len())]
            }
        })
        .collect();
    let mut s = words.join(" ");
    s[..1].make_ascii_uppercase();
    s + "."
}

/// An article: five paragraphs of four sentences.
fn article(seed: u64) -> Vec<Vec<String>> {
    let mut dice = Dice(seed);
    (0..5)
        .map(|_| (0..4).map(|_| sentence(&mut dice)).collect())
        .collect()
}

fn text(paragraphs: &[Vec<String>]) -> String {
    paragraphs
        .iter()
        .map(|p| p.join(" "))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The republished copy: paragraphs in another order and every fifth sentence edited (words
/// swapped for others, one added).
fn copy_of(original: &[Vec<String>], seed: u64) -> Vec<Vec<String>> {
    let mut dice = Dice(seed);
    let mut paragraphs = original.to_vec();
    paragraphs.rotate_left(2);
    paragraphs.swap(0, 1);
    let mut n = 0;
    for p in &mut paragraphs {
        for s in p.iter_mut() {
            n += 1;
            if n % 5 == 0 {
                let mut words: Vec<String> = s.split(' ').map(str::to_string).collect();
                for w in words.iter_mut().step_by(4) {
                    *w = WORDS[dice.roll(WORDS.len())].to_string();
                }
                words.insert(words.len() / 2, "reportedly".into());
                *s = words.join(" ");
            }
        }
    }
    paragraphs
}

fn data(title: &str, date: &str, text: String) -> Article {
    Article::new(&ArticleData {
        id: title.into(),
        title: title.into(),
        date: Some(date.into()),
        text,
        ..ArticleData::default()
    })
}

#[test]
fn every_planted_copy_is_found_and_nothing_unrelated_is_grouped() {
    let mut articles = Vec::new();
    let mut planted = Vec::new();
    for k in 0..12u64 {
        let original = article(100 + k);
        // The copy comes first in the collection and is dated later: the original is the
        // earliest, not the first listed.
        let at = articles.len() as u32;
        articles.push(data(
            &format!("Copy {k} under a new headline"),
            "2024-03-05",
            text(&copy_of(&original, k)),
        ));
        articles.push(data(&format!("Story {k}"), "2024-03-04", text(&original)));
        planted.push((at + 1, at));
    }
    // Unrelated articles on the same subjects, two of them quoting one same paragraph.
    let shared = article(999)[0].clone();
    for k in 0..20u64 {
        let mut own = article(500 + k);
        if k < 2 {
            own[2] = shared.clone();
        }
        articles.push(data(&format!("Other {k}"), "2024-03-06", text(&own)));
    }
    let copies = find_copies(&articles, &Progress::default()).unwrap();
    assert_eq!(copies.groups.len(), planted.len(), "{:?}", copies.groups);
    for (original, copy) in planted {
        let group = copies
            .group_of(copy)
            .expect("every planted copy is grouped");
        assert_eq!(group.members.len(), 2);
        assert_eq!(group.members[0].0, original, "the earliest is the original");
        assert!(copies.is_copy(copy) && !copies.is_copy(original));
        assert!(group.members[1].1 >= SIMILAR);
    }
}

#[test]
fn identical_texts_form_one_group_and_cancelling_stops() {
    let same = text(&article(7));
    let articles: Vec<Article> = (0..50)
        .map(|k| data(&format!("T{k}"), "2024-01-01", same.clone()))
        .collect();
    let copies = find_copies(&articles, &Progress::default()).unwrap();
    assert_eq!(copies.groups.len(), 1);
    assert_eq!(copies.groups[0].members.len(), 50);
    assert_eq!(copies.copies().len(), 49);
    let progress = Progress::default();
    progress.cancel();
    assert_eq!(find_copies(&articles, &progress), None);
}

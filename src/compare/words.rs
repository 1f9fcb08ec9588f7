//! Words: the words and two-word phrases most distinctive of each outlet against the rest,
//! by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
//! "Fightin' Words"), stop words and entity names aside.
//!
//! The prior is the whole collection's word frequencies scaled to [`PRIOR`] pseudo-counts: a
//! word shared by everyone is pulled towards zero, a rare word needs several uses to count.

use std::collections::HashMap;

use super::stop::is_stop;
use crate::entities::Mention;

/// Pseudo-counts in the prior.
const PRIOR: f64 = 1_000.0;
/// Uses within an outlet below which a word is not called distinctive of it.
const MIN_USES: u32 = 2;

/// Word and phrase counts per column.
#[derive(Debug, Clone, Default)]
pub struct WordCounts {
    columns: usize,
    index: HashMap<String, u32>,
    /// `counts[word * columns + column]`.
    counts: Vec<u32>,
    /// Words and phrases counted per column.
    totals: Vec<u64>,
}

/// A word or phrase distinctive of one column.
#[derive(Debug, Clone, PartialEq)]
pub struct Distinctive {
    /// The word, or two words with a space.
    pub term: String,
    /// Uses in the column.
    pub uses: u32,
    /// The z-score of its log-odds ratio against the other columns.
    pub z: f64,
}

impl WordCounts {
    /// Nothing counted, for `columns` columns.
    pub fn new(columns: usize) -> WordCounts {
        WordCounts {
            columns,
            totals: vec![0; columns],
            ..Default::default()
        }
    }

    fn bump(&mut self, term: &str, column: usize) {
        let next = self.index.len() as u32;
        let at = *self.index.entry_ref_or_insert(term, next);
        if at == next {
            self.counts.resize(self.counts.len() + self.columns, 0);
        }
        self.counts[at as usize * self.columns + column] += 1;
        self.totals[column] += 1;
    }

    /// Counts the words and two-word phrases of `text` (whose entity mentions are `mentions`,
    /// sorted) in `column`. A phrase is two kept words with only space between them.
    pub fn add(&mut self, column: usize, text: &str, mentions: &[Mention]) {
        let mut m = 0;
        // The previous kept word and where it ended; `pair` is reused for each phrase.
        let (mut prev, mut prev_end, mut pair) = (String::new(), None::<usize>, String::new());
        let mut word = String::new();
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphabetic() || (start.is_some() && matches!(c, '\'' | '’' | '-')) {
                start.get_or_insert(i);
                continue;
            }
            let Some(s) = start.take() else { continue };
            let raw = text[s..i].trim_end_matches(['\'', '’', '-']);
            while m < mentions.len() && mentions[m].end <= s {
                m += 1;
            }
            let in_name = m < mentions.len() && mentions[m].start < s + raw.len();
            word.clear();
            word.extend(
                raw.chars()
                    .flat_map(char::to_lowercase)
                    .map(|c| if c == '’' { '\'' } else { c }),
            );
            let word = word.trim_end_matches("'s");
            if in_name || word.chars().count() < 3 || is_stop(word) {
                prev_end = None;
                continue;
            }
            self.bump(word, column);
            if let Some(end) = prev_end
                && text[end..s].chars().all(char::is_whitespace)
            {
                pair.clear();
                pair.push_str(&prev);
                pair.push(' ');
                pair.push_str(word);
                self.bump(&pair, column);
            }
            prev.clear();
            prev.push_str(word);
            prev_end = Some(s + raw.len());
        }
    }

    /// Adds what another count (over the same columns) found.
    pub fn merge(&mut self, other: WordCounts) {
        let WordCounts {
            index,
            counts,
            totals,
            columns,
            ..
        } = other;
        for (term, at) in index {
            let next = self.index.len() as u32;
            let mine = *self.index.entry(term).or_insert(next);
            if mine == next {
                self.counts.resize(self.counts.len() + self.columns, 0);
            }
            for c in 0..columns.min(self.columns) {
                self.counts[mine as usize * self.columns + c] += counts[at as usize * columns + c];
            }
        }
        for (t, o) in self.totals.iter_mut().zip(totals) {
            *t += o;
        }
    }
}

/// Inserting by `&str` without allocating when the key is there.
trait EntryRef {
    fn entry_ref_or_insert(&mut self, key: &str, value: u32) -> &mut u32;
}

impl EntryRef for HashMap<String, u32> {
    fn entry_ref_or_insert(&mut self, key: &str, value: u32) -> &mut u32 {
        if !self.contains_key(key) {
            self.insert(key.to_string(), value);
        }
        self.get_mut(key).expect("just inserted")
    }
}

/// The `top` most distinctive terms of each column against all the others, most first; empty
/// for every column when there are fewer than two.
pub fn distinctive(counts: &WordCounts, top: usize) -> Vec<Vec<Distinctive>> {
    let cols = counts.columns;
    let mut out = vec![Vec::new(); cols];
    if cols < 2 {
        return out;
    }
    let all: f64 = counts.totals.iter().sum::<u64>() as f64;
    if all == 0.0 {
        return out;
    }
    for (term, &at) in &counts.index {
        let row = &counts.counts[at as usize * cols..(at as usize + 1) * cols];
        let total: u32 = row.iter().sum();
        let alpha = PRIOR * f64::from(total) / all;
        for (c, &y) in row.iter().enumerate() {
            if y < MIN_USES {
                continue;
            }
            let n_i = counts.totals[c] as f64;
            let (y_i, y_j) = (f64::from(y), f64::from(total - y));
            let n_j = all - n_i;
            let odds = |y: f64, n: f64| ((y + alpha) / (n + PRIOR - y - alpha)).ln();
            let delta = odds(y_i, n_i) - odds(y_j, n_j);
            let z = delta / (1.0 / (y_i + alpha) + 1.0 / (y_j + alpha)).sqrt();
            if z > 0.0 && z.is_finite() {
                out[c].push(Distinctive {
                    term: term.clone(),
                    uses: y,
                    z,
                });
            }
        }
    }
    for col in &mut out {
        col.sort_by(|a, b| b.z.total_cmp(&a.z).then_with(|| a.term.cmp(&b.term)));
        col.truncate(top);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outlets_own_words_rank_first_and_names_stop_words_do_not_count() {
        let mut counts = WordCounts::new(2);
        let a = "The truce holds. The humanitarian truce holds in Aleppo. A humanitarian truce.";
        let b = "Rebels fight on. Rebels shell the city. The city burns as rebels fight.";
        counts.add(0, a, &[]);
        // "Aleppo" is a mention: not a word of the outlet's.
        let at = a.find("Aleppo").unwrap();
        let mut other = WordCounts::new(2);
        other.add(
            0,
            a,
            &[Mention {
                start: at,
                end: at + 6,
                entity: 0,
                kind: crate::entities::Kind::Place,
            }],
        );
        other.add(1, b, &[]);
        let words = distinctive(&other, 3);
        let terms = |c: usize| words[c].iter().map(|d| d.term.as_str()).collect::<Vec<_>>();
        assert_eq!(terms(0)[0], "truce");
        assert!(terms(0).contains(&"humanitarian") || terms(0).contains(&"humanitarian truce"));
        assert_eq!(terms(1)[0], "rebels");
        assert!(!terms(1).contains(&"truce") && !terms(0).contains(&"rebels"));
        assert!(!terms(0).iter().any(|t| t.contains("aleppo") || *t == "the"));
        assert!(counts.index.contains_key("aleppo"));
    }

    #[test]
    fn merged_counts_equal_one_count() {
        let (a, b) = (
            "Fighting words matter here.",
            "Words matter there, fighting words.",
        );
        let mut one = WordCounts::new(2);
        one.add(0, a, &[]);
        one.add(1, b, &[]);
        let mut left = WordCounts::new(2);
        left.add(0, a, &[]);
        let mut right = WordCounts::new(2);
        right.add(1, b, &[]);
        left.merge(right);
        assert_eq!(distinctive(&left, 5), distinctive(&one, 5));
        assert_eq!(left.totals, one.totals);
    }
}

//! One typo: whether some start of a word is within one edit of what the user typed, an edit
//! being a byte inserted, deleted, replaced, or two neighbours swapped (`lavorv` finds
//! `lavrov`). The same step function serves the scan of a text and the walk of the word index's
//! dictionary (an [`fst::Automaton`]), so both find the same words.
//!
//! What must stay true: [`Typo::matches`] says yes exactly when a prefix of the word is at most
//! one such edit away from the pattern, compared on folded bytes; walking the automaton over a
//! word's bytes reaches a match exactly when `matches` says yes.

/// A pattern to find with one typo; only words of [`Typo::MIN_CHARS`] chars or more get one,
/// as shorter ones would find half the dictionary.
#[derive(Debug, Clone)]
pub struct Typo {
    pattern: Vec<u8>,
}

/// Rows of the edit-distance table: one entry per pattern prefix, the empty one included.
type Row = [u8; Typo::MAX_BYTES + 1];

/// Where a walk over a word's bytes stands.
#[derive(Debug, Clone)]
pub enum Step {
    /// A prefix already matched: every longer word matches too.
    Done,
    /// No extension can match.
    Dead,
    /// Still open: the last two rows of the edit-distance table and the last byte read.
    Open {
        /// The row before the last.
        prev: Row,
        /// The last row: distance of each pattern prefix to the bytes read.
        cur: Row,
        /// The last byte read; `None` before any.
        last: Option<u8>,
    },
}

impl Typo {
    /// The shortest pattern, in chars, that is looked for with a typo.
    pub const MIN_CHARS: usize = 5;
    /// The longest pattern, in bytes, looked for with a typo (the table stays small).
    const MAX_BYTES: usize = 40;

    /// A typo search for `folded` (already case-folded), when it is long enough and one word.
    pub fn new(folded: &str) -> Option<Typo> {
        let eligible = folded.chars().count() >= Self::MIN_CHARS
            && folded.len() <= Self::MAX_BYTES
            && folded.chars().all(char::is_alphanumeric);
        eligible.then(|| Typo {
            pattern: folded.as_bytes().to_vec(),
        })
    }

    /// Whether a term `old` with a typo search implies one for `new`, which extends it: a
    /// longer pattern then finds only words a shorter one found. Without one for `old`, a
    /// typo search for `new` would find words `old` did not.
    pub fn narrows(new: &str, old: &str) -> bool {
        let eligible = |s: &str| s.chars().count() >= Self::MIN_CHARS;
        eligible(old) || !eligible(new)
    }

    /// The walk before any byte is read.
    pub fn start(&self) -> Step {
        let mut cur = [0; Self::MAX_BYTES + 1];
        for (i, c) in cur.iter_mut().enumerate() {
            *c = i.min(9) as u8;
        }
        Step::Open {
            prev: cur,
            cur,
            last: None,
        }
    }

    /// The walk after reading `b`.
    pub fn step(&self, s: &Step, b: u8) -> Step {
        let Step::Open { prev, cur, last } = s else {
            return s.clone();
        };
        let q = &self.pattern;
        let mut next = [9u8; Self::MAX_BYTES + 1];
        next[0] = cur[0].saturating_add(1).min(9);
        for i in 1..=q.len() {
            let replace = cur[i - 1] + u8::from(q[i - 1] != b);
            let mut v = replace.min(cur[i] + 1).min(next[i - 1] + 1);
            if i > 1 && *last == Some(q[i - 1]) && q[i - 2] == b {
                v = v.min(prev[i - 2] + 1);
            }
            next[i] = v.min(9);
        }
        if next[q.len()] <= 1 {
            Step::Done
        } else if next[..=q.len()].iter().all(|&d| d > 1) {
            Step::Dead
        } else {
            Step::Open {
                prev: *cur,
                cur: next,
                last: Some(b),
            }
        }
    }

    /// A quick look at a word as written, before it is folded: `false` only when
    /// [`Typo::matches`] would say no for its folded bytes. A prefix one edit away has at
    /// least the pattern's length less one, and one of its first two bytes is one of the
    /// pattern's first two (an edit at the start moves, replaces or adds one byte). Folding
    /// lowers ASCII letters and never turns other bytes into ASCII ones, so comparing lowered
    /// ASCII bytes is enough; a word not all ASCII may fold to another length and is let by.
    pub fn may_match(&self, word: &str) -> bool {
        let q = &self.pattern;
        if word.is_ascii() && word.len() + 1 < q.len() {
            return false;
        }
        let (q0, q1) = (q[0], q[1]);
        if !q0.is_ascii() || !q1.is_ascii() {
            return true;
        }
        let b = word.as_bytes();
        (b.iter().take(2))
            .map(u8::to_ascii_lowercase)
            .any(|c| c == q0 || c == q1)
    }

    /// The pattern's first two bytes, when both are ASCII: a word one edit away has one of
    /// them as its first or second byte (see [`Typo::may_match`]).
    pub fn ascii_start(&self) -> Option<[u8; 2]> {
        let (q0, q1) = (self.pattern[0], self.pattern[1]);
        (q0.is_ascii() && q1.is_ascii()).then_some([q0, q1])
    }

    /// Whether some prefix of `word` (folded bytes) is within one edit of the pattern.
    ///
    /// Checked directly rather than by walking the table: with one edit at most, the edit
    /// can always be put where the word first differs from the pattern, so it is enough to
    /// try the four edits there (the walk, which the dictionary needs, costs about ten times
    /// as much on a scan of titles).
    pub fn matches(&self, word: &[u8]) -> bool {
        let (q, w) = (self.pattern.as_slice(), word);
        let m = q.len();
        // A prefix within one edit is at least one byte shorter than the pattern.
        if w.len() + 1 < m {
            return false;
        }
        let p = w.iter().zip(q).take_while(|(a, b)| a == b).count();
        if p == m {
            return true;
        }
        let replaced = w.get(p + 1..m) == q.get(p + 1..m);
        let added = w.get(p + 1..=m) == q.get(p..m);
        let dropped = w.get(p..m - 1) == q.get(p + 1..m);
        let swapped = p + 1 < m
            && w.get(p) == q.get(p + 1)
            && w.get(p + 1) == q.get(p)
            && w.get(p + 2..m) == q.get(p + 2..m);
        replaced || added || dropped || swapped
    }

    /// [`Typo::matches`] by walking the table, as the dictionary walk does.
    #[cfg(test)]
    fn walk(&self, word: &[u8]) -> bool {
        let mut s = self.start();
        for &b in word.iter().take(self.pattern.len() + 1) {
            s = self.step(&s, b);
            match s {
                Step::Done => return true,
                Step::Dead => return false,
                Step::Open { .. } => {}
            }
        }
        false
    }
}

impl fst::Automaton for Typo {
    type State = Step;

    fn start(&self) -> Step {
        Typo::start(self)
    }

    fn is_match(&self, s: &Step) -> bool {
        matches!(s, Step::Done)
    }

    fn can_match(&self, s: &Step) -> bool {
        !matches!(s, Step::Dead)
    }

    fn will_always_match(&self, s: &Step) -> bool {
        matches!(s, Step::Done)
    }

    fn accept(&self, s: &Step, b: u8) -> Step {
        self.step(s, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(p: &str) -> Typo {
        Typo::new(p).unwrap()
    }

    #[test]
    fn one_edit_of_a_word_start_matches() {
        // Swapped neighbours, a byte replaced, dropped or added; the word may go on.
        assert!(t("lavorv").matches(b"lavrov"));
        assert!(t("lavorv").matches(b"lavrovs"));
        assert!(t("kavrov").matches(b"lavrov"));
        assert!(t("lavov").matches(b"lavrov"));
        assert!(t("lavrrov").matches(b"lavrov"));
        assert!(t("minister").matches(b"ministers"));
        // Two edits, or a word too short, do not.
        assert!(!t("lvaorv").matches(b"lavrov"));
        assert!(!t("lavrov").matches(b"lav"));
        assert!(!t("kerry").matches(b"merkel"));
    }

    /// The quick look never turns away a word that matches.
    #[test]
    fn the_quick_look_lets_every_match_by() {
        let words = [
            "Lavrov",
            "lavrovs",
            "LVAROV",
            "Kavrov",
            "alavrov",
            "avrov",
            "la",
            "Лавров",
            "lavr",
            "xlavrov",
            "lavov",
            "Élavrov",
        ];
        for p in ["lavorv", "avrov", "lavrov"] {
            let typo = t(p);
            for w in words {
                let folded: String = w.chars().map(crate::search::text::fold).collect();
                if typo.matches(folded.as_bytes()) {
                    assert!(typo.may_match(w), "{p} {w}");
                }
            }
            assert!(!typo.may_match("la") && !typo.may_match("Kerry"));
        }
    }

    /// Words over a small alphabet, so that edits of every kind and repeated letters turn up:
    /// the direct check says what the walk of the table says.
    #[test]
    fn the_direct_check_agrees_with_the_table() {
        let mut next = crate::test_rng::below(0x2545_F491_4F6C_DD1Du64);
        let mut matched = 0;
        for _ in 0..200_000 {
            let pattern: String = (0..5 + next(4))
                .map(|_| b"abcab"[next(5)] as char)
                .collect();
            let typo = t(&pattern);
            // A word near the pattern: the pattern with up to two random edits, then maybe more.
            let mut word = pattern.as_bytes().to_vec();
            for _ in 0..next(3) {
                let at = next(word.len() + 1);
                match next(4) {
                    0 if at < word.len() => word[at] = b"abcx"[next(4)],
                    1 if at < word.len() => drop(word.remove(at)),
                    2 => word.insert(at, b"abcx"[next(4)]),
                    _ if at + 1 < word.len() => word.swap(at, at + 1),
                    _ => {}
                }
            }
            word.extend((0..next(3)).map(|_| b"ab"[next(2)]));
            let walked = typo.walk(&word);
            assert_eq!(typo.matches(&word), walked, "{pattern} in {word:?}");
            matched += usize::from(walked);
        }
        assert!(matched > 50_000 && matched < 190_000, "{matched} matched");
    }

    #[test]
    fn short_or_compound_patterns_get_no_typo() {
        assert!(Typo::new("kerr").is_none());
        assert!(Typo::new("al-assad").is_none());
        assert!(Typo::new("kerry").is_some());
        assert!(!Typo::narrows("kerry", "kerr"));
        assert!(Typo::narrows("kerryx", "kerry"));
        assert!(Typo::narrows("ker", "ke"));
    }

    /// The automaton, walked over a dictionary, finds what `matches` finds word by word.
    #[test]
    fn the_dictionary_walk_finds_what_the_scan_finds() {
        use fst::{IntoStreamer, Streamer};
        let mut words = vec![
            "lavrov", "lavrovs", "lavish", "love", "kerry", "kremlin", "lavrvo", "alavrov",
            "avrov", "lavarov", "la", "minister", "ministry", "minster",
        ];
        words.sort_unstable();
        let set = fst::Set::from_iter(words.iter().copied()).unwrap();
        for p in ["lavorv", "minister", "kerry", "avrov"] {
            let typo = t(p);
            let mut found = Vec::new();
            let mut stream = set.search(&typo).into_stream();
            while let Some(w) = stream.next() {
                found.push(String::from_utf8(w.to_vec()).unwrap());
            }
            let scanned: Vec<String> = words
                .iter()
                .filter(|w| typo.matches(w.as_bytes()))
                .map(|w| w.to_string())
                .collect();
            assert_eq!(found, scanned, "{p}");
            assert!(!found.is_empty(), "{p}");
        }
    }
}

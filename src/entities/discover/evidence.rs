//! Evidence for names, gathered over every article of a collection: the lines of each text,
//! their runs of capitalised words (cut into candidates in `cut.rs`), datelines, and the words
//! seen in lower case; each candidate counts where it stood and what stood around it.
//!
//! What must stay true: evidence from lines in capitals or title case counts only as a
//! dateline (a capital there says nothing); merging two halves gives what one pass over both
//! would.

use std::collections::HashMap;

use super::fxhash::{FxBuild, hash_bytes};

use super::cut::Lower;
use super::lexicon as lex;
use super::masks::Masks;
use super::quoted;
use super::scan::{self, LineCase, Word};
use crate::entities::Kind;

/// What a collection says about one candidate name.
#[derive(Debug, Clone, Default)]
pub struct Stat {
    /// Spellings seen, with counts (the most frequent becomes the name).
    pub spellings: Vec<(String, u32)>,
    /// Words in the name.
    pub words: usize,
    /// Occurrences in running text not at a sentence start.
    pub mid: u32,
    /// Occurrences at a sentence start.
    pub initial: u32,
    /// Articles it occurs in.
    pub docs: u32,
    last_doc: u64,
    /// After an honorific or a role word ("Mr", "Foreign Minister").
    pub person_cue: u32,
    /// Next to a verb of speech ("X said").
    pub speech: u32,
    /// After a preposition of place ("in X").
    pub place_prep: u32,
    /// After "the" ("the Treasury", "the Kremlin").
    pub article: u32,
    /// Beside a word of sporting contest ("X beat Y", "X v Y").
    pub team: u32,
    /// Before a noun, with a suffix of nationality or creed ("English county").
    pub adjective: u32,
    /// As a dateline ("TAVILDARA, Tajikistan 1996-08-30").
    pub dateline: u32,
    /// Written in capitals as a word of two to six letters in running text ("KDP").
    pub acronym: bool,
    /// Its first word is a known first name.
    pub first_name: bool,
    /// A word of it heads an organisation's name ("Party", "Ministry", "FC").
    pub org_head: bool,
    /// A word of it heads a place's name ("Road", "River").
    pub place_head: bool,
    /// A word of it makes it an event or a named thing ("Marathon", "Prize").
    pub event_head: bool,
    /// Part of it is a known place ("Real Madrid").
    pub known_place: bool,
    /// Part of it is a known organisation ("Liberal Democrats").
    pub known_org: bool,
    /// A word of it is a common word ("Liberal").
    pub ordinary: bool,
    /// In quotation marks as a title ("The Secret Agent").
    pub title: u32,
}

/// Evidence over a collection, by candidate (lower case, single spaces).
#[derive(Debug, Default)]
pub struct Evidence {
    pub stats: HashMap<String, Stat, FxBuild>,
    /// The words seen in lower case in running text.
    pub lower: Seen,
    docs: u64,
    /// The words of the run being cut, in lower case: kept between runs so that their
    /// buffers are allocated once, not once per word.
    pub(super) words_lower: Vec<Lower>,
    /// A phrase of such words joined by spaces, to look up: kept for its memory.
    pub(super) phrase: String,
    /// The byte classes of the text being read, kept between texts for their memory.
    masks: Masks,
    /// Whether the article being read capitalises its nouns (German): then only a known
    /// first name opens a name.
    nouns_capitalised: bool,
}

/// The dictionary's spellings, lower case, with their kinds: what discovery need not find.
pub type Known = HashMap<String, Kind, FxBuild>;

/// A set of words as bits of their hashes: a word may be reported seen that was not (about one
/// in a hundred at a million distinct words), never the other way round. Cheaper by far than a
/// hash set for every word of a collection, and merged with a bitwise or.
#[derive(Debug)]
pub struct Seen(Vec<u64>);

/// 2^24 bits: 2 MiB.
const SEEN_BITS: u32 = 24;

impl Default for Seen {
    fn default() -> Self {
        Seen(vec![0; 1 << (SEEN_BITS - 6)])
    }
}

impl Seen {
    fn slot(word: &str) -> (usize, u64) {
        let h = (hash_bytes(word.as_bytes()) >> (64 - SEEN_BITS)) as usize;
        (h >> 6, 1 << (h & 63))
    }

    /// Records `word` (as written: lower case).
    #[inline]
    pub fn insert(&mut self, word: &str) {
        let (i, bit) = Self::slot(word);
        self.0[i] |= bit;
    }

    /// Whether `word` was recorded (or one with the same bits).
    pub fn contains(&self, word: &str) -> bool {
        let (i, bit) = Self::slot(word);
        self.0[i] & bit != 0
    }

    fn merge(&mut self, other: &Seen) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
}

impl Evidence {
    /// Adds one article.
    pub fn add(&mut self, title: &str, text: &str, known: &Known) {
        self.docs += 1;
        let doc = self.docs;
        self.nouns_capitalised = lex::capitalises_nouns(text);
        self.add_text(title, doc, known, false);
        self.add_text(text, doc, known, true);
    }

    fn add_text(&mut self, text: &str, doc: u64, known: &Known, body: bool) {
        for (title, words) in quoted::titles(text) {
            if !known.contains_key(&title.to_lowercase()) {
                let stat = self.stat(title, words, doc);
                stat.title += 1;
                stat.mid += 1;
            }
        }
        let mut offset = 0;
        let mut paragraph_start = true;
        // One allocation for every line of the text, large enough for nearly any line: grown
        // from empty, it was reallocated and copied four times per text.
        let mut words = Vec::with_capacity(256);
        // Lines as `text.split('\n')` gives them, the newlines found by a vectorised search
        // (the char searcher behind `split` went a word at a time: 3 instructions a byte).
        let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]);
        // The byte classes of the whole text at once: no line pays for a block of its own.
        self.masks.fill(text);
        for end in ends {
            let line = &text[offset..end];
            words.clear();
            scan::words_in(text, offset..end, 0, &self.masks, &mut words);
            offset += line.len() + 1;
            if words.is_empty() {
                paragraph_start = true;
                continue;
            }
            let case = scan::line_case(&words);
            if body && paragraph_start {
                self.dateline(&words, line, offset - line.len() - 1, doc);
            }
            paragraph_start = false;
            if case != LineCase::Prose {
                continue;
            }
            self.prose(&mut words, text, doc, known);
        }
    }

    /// "LONDON 1996-08-30", "TAVILDARA, Tajikistan 1996-08-30", "WASHINGTON (Reuters) -".
    fn dateline(&mut self, words: &[Word], line: &str, line_start: usize, doc: u64) {
        let n = words
            .iter()
            .enumerate()
            .take_while(|(i, w)| w.caps && !w.digit && (*i == 0 || w.joined))
            .count();
        if n == 0 || n > 3 {
            return;
        }
        let after = &line[words[n - 1].end - line_start..];
        // A dateline on a line of its own: "TAVILDARA, Tajikistan 1996-08-30", a date or an
        // agency soon after the comma. Opening a paragraph, it ends in a dash: "CANNES, France
        // —", "TOKYO —", "WASHINGTON, March 3 (AP) —".
        let own_line = line.len() <= 200
            && (words.get(n).is_some_and(|w| w.digit)
                || after.starts_with(',')
                    && after
                        .chars()
                        .take(40)
                        .any(|c| c.is_ascii_digit() || c == '('));
        if !(own_line || agency_after(after) || dash_dateline(after)) {
            return;
        }
        let lower: Vec<String> = words[..n].iter().map(|w| w.text.to_lowercase()).collect();
        if lower.iter().any(|l| lex::is_not_name(l)) || (n == 1 && lex::is_common(&lower[0])) {
            return;
        }
        let name: Vec<String> = words[..n].iter().map(|w| title_case(w.text)).collect();
        let stat = self.stat(&name.join(" "), n, doc);
        stat.dateline += 1;
    }

    fn prose(&mut self, words: &mut [Word], text: &str, doc: u64, known: &Known) {
        // One walk over the words: every word is either passed over here or in a run
        // (`i..j`), and the words seen in lower case are recorded from both.
        let mut i = 0;
        while i < words.len() {
            if !starts_run(&words[i]) {
                self.seen_in_lower_case(&words[i]);
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len() {
                if !words[j].joined && plural_possessive(text, &words[j - 1], &words[j]) {
                    // "Magistrates' Court": looked at only where a run would end.
                    words[j - 1].possessive = true;
                    words[j - 1].plural = true;
                    words[j].joined = true;
                }
                let (before, w) = (&words[j - 1], &words[j]);
                if !(w.joined && (!before.possessive || group_possessive(before, &words[j..]))) {
                    break;
                }
                if starts_run(&words[j]) {
                    j += 1;
                } else if is_connector_word(&words[j])
                    && (!matches!(words[j].text, "for" | "on")
                        || lex::flags_of(words[j - 1].text).org_head())
                {
                    // "van der Westhuizen": connectors join only when a capital follows.
                    let mut e = j;
                    while e < words.len() && words[e].joined && is_connector_word(&words[e]) {
                        e += 1;
                    }
                    if e < words.len() && e - j <= 2 && words[e].joined && starts_run(&words[e]) {
                        j = e + 1;
                    } else {
                        break;
                    }
                } else if let Some(e) = joined_by_and(words, i, j, known) {
                    j = e;
                } else {
                    break;
                }
            }
            // Particles and connectors are in lower case.
            for w in &words[i..j] {
                self.seen_in_lower_case(w);
            }
            // A sentence's first word alone, and ordinary ("The", "But"): no name, and no
            // need to look further.
            if j == i + 1
                && (ordinary_alone(&words[i]) || known_alone(&words[i], known, &mut self.phrase))
            {
                i = j;
                continue;
            }
            let before = i
                .checked_sub(1)
                .map(|p| &words[p])
                .filter(|_| words[i].joined);
            let after = words.get(j).filter(|w| w.joined || words[j - 1].possessive);
            let role_after = after.is_none() && appositive_role(&words[j..]);
            if !self.nouns_capitalised {
                self.run(&words[i..j], before, after, role_after, doc, known);
            } else if let Some(k) = (i..j.saturating_sub(1)).find(|&k| {
                let f = lex::flags_of(words[k].text);
                f.first_name() || f.word_first_name()
            }) {
                // In German every noun is capitalised: only a first name before another
                // capitalised word opens a name ("Parteichef Lars Klingbeil").
                let before = (k > i).then(|| &words[k - 1]).or(before);
                self.run(&words[k..j], before, after, role_after, doc, known);
            }
            i = j;
        }
    }

    /// Records `w` among the words seen in lower case if it is one (of three bytes or more).
    #[inline]
    fn seen_in_lower_case(&mut self, w: &Word) {
        if !w.cap && !w.digit && w.text.len() >= 3 {
            self.lower.insert(w.text);
        }
    }

    pub(super) fn stat(&mut self, name: &str, words: usize, doc: u64) -> &mut Stat {
        let stat = self.stats.entry(name.to_lowercase()).or_default();
        stat.words = words;
        if stat.last_doc != doc {
            stat.last_doc = doc;
            stat.docs += 1;
        }
        if let Some((_, n)) = stat.spellings.iter_mut().find(|(s, _)| s == name) {
            *n += 1;
        } else if stat.spellings.len() < 4 {
            stat.spellings.push((name.to_string(), 1));
        }
        stat
    }

    /// Adds the evidence of another part of the collection.
    pub fn merge(&mut self, other: Evidence) {
        self.lower.merge(&other.lower);
        for (key, o) in other.stats {
            let s = self.stats.entry(key).or_default();
            s.words = o.words;
            for (sp, n) in o.spellings {
                match s.spellings.iter_mut().find(|(x, _)| *x == sp) {
                    Some((_, m)) => *m += n,
                    None => s.spellings.push((sp, n)),
                }
            }
            s.mid += o.mid;
            s.initial += o.initial;
            s.docs += o.docs;
            s.person_cue += o.person_cue;
            s.speech += o.speech;
            s.place_prep += o.place_prep;
            s.article += o.article;
            s.team += o.team;
            s.adjective += o.adjective;
            s.dateline += o.dateline;
            s.title += o.title;
            s.acronym |= o.acronym;
            s.first_name |= o.first_name;
            s.org_head |= o.org_head;
            s.place_head |= o.place_head;
            s.event_head |= o.event_head;
            s.known_place |= o.known_place;
            s.known_org |= o.known_org;
            s.ordinary |= o.ordinary;
        }
    }
}

/// What follows a dateline's place in capitals that opens a paragraph: a dash, after a
/// region, country or date set off by a comma and an agency in brackets, if any (", France —",
/// " —", ", March 3 (AP) —"); then a capital, as the story begins.
fn dash_dateline(after: &str) -> bool {
    let mut rest = after;
    if let Some(r) = rest.strip_prefix(',') {
        let end = r
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, ' ' | '.' | ',')))
            .unwrap_or(r.len());
        if end == 0 || end > 40 || !r[..end].ends_with(' ') {
            return false;
        }
        rest = &r[end - 1..];
    }
    if rest.starts_with(" (") {
        match rest.find(')') {
            Some(close) if close <= 32 => rest = &rest[close + 1..],
            _ => return false,
        }
    }
    let Some(tail) = rest
        .strip_prefix(" \u{2014} ")
        .or_else(|| rest.strip_prefix(" \u{2013} "))
        .or_else(|| rest.strip_prefix(" - "))
    else {
        return false;
    };
    tail.trim_start_matches(['"', '\u{201c}', '\'', '\u{2018}'])
        .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
}

/// " (Reuters) -", " (AP) —", " (AP) _": an agency in brackets and a dash, as a dateline has them; not
/// an acronym's spelling out ("KDP (Kurdistan Democratic Party) is").
fn agency_after(after: &str) -> bool {
    let Some(inside) = after.strip_prefix(" (") else {
        return false;
    };
    inside.find(')').is_some_and(|close| {
        close <= 30
            && inside[close + 1..]
                .trim_start()
                .starts_with(['-', '_', '\u{2013}', '\u{2014}'])
    })
}

#[inline]
fn starts_run(w: &Word) -> bool {
    !w.digit && (w.cap || particle_name(w.text)) && !compound_adjective(w.text)
}

/// "Ontario-based", "US-led", "Kremlin-backed", "Vice-president": a capitalised word joined to
/// a common word in lower case is a word about a name, not part of one ("Ontario-based Magna"
/// is Magna). Romanised given names keep theirs ("Kim Dae-jung", "Park Chung-hee", "Kim
/// Jae-sun"): a short common word ends such a compound only as a participle ("-led") or one of
/// the few that make adjectives of names ("Paris-born").
fn compound_adjective(text: &str) -> bool {
    // A byte search: `rsplit_once` calls a char searcher, a hundred instructions a word.
    let b = text.as_bytes();
    let hyphen = b.iter().rposition(|&c| c == b'-');
    hyphen.is_some_and(|at| {
        let (head, tail) = (&text[..at], &text[at + 1..]);
        !head.is_empty()
            && tail.len() >= 3
            && tail.bytes().all(|b| b.is_ascii_lowercase())
            && (tail.len() > 5
                || tail.ends_with("ed")
                || matches!(
                    tail,
                    "born"
                        | "run"
                        | "made"
                        | "style"
                        | "bound"
                        | "held"
                        | "built"
                        | "like"
                        | "wide"
                        | "era"
                        | "hit"
                        | "free"
                        | "zone"
                        | "area"
                        | "rich"
                        | "poor"
                        | "proof"
                        | "torn"
                ))
            && lex::is_common(tail)
    })
}

/// "al-Burhan", "el-Sisi": a particle before a capitalised name.
#[inline]
fn particle_name(text: &str) -> bool {
    // Every particle ends in a hyphen at its third or fourth byte: most words have none there.
    matches!(text.as_bytes().get(2..4), Some([b'-', _] | [_, b'-'])) && after_particle(text)
}

/// [`particle_name`] for a word with a hyphen where a particle's would be.
fn after_particle(text: &str) -> bool {
    [
        "al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ul-", "bin-",
    ]
    .iter()
    .any(|p| {
        text.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

/// "Arne Slot, the Liverpool manager,", "Dana Reyes, a spokeswoman for": `rest` (what follows a
/// run, after a comma) describes a person by a role.
fn appositive_role(rest: &[Word]) -> bool {
    let Some(first) = rest.first() else {
        return false;
    };
    if first.joined || first.initial || !matches!(first.text, "the" | "a" | "an") {
        return false;
    }
    // The words of the description, up to its noun: a role ending it ("manager," or
    // "spokeswoman for"), one not of a plural ("the league leaders") nor a qualifier
    // ("the state media").
    let mut k = 1;
    while k < rest.len() && k <= 5 && (rest[k].joined || rest[k - 1].possessive) {
        let w = &rest[k];
        let ends = rest.get(k + 1).is_none_or(|n| {
            !n.joined || matches!(n.text, "of" | "for" | "at" | "to" | "in" | "with")
        });
        if ends {
            let f = lex::flags_of(w.text);
            return f.role()
                && !w.cap
                && (!w.text.ends_with('s') || w.text.ends_with("ss"))
                && !lex::is_role_qualifier(w.text)
                && !lex::is_portfolio(w.text)
                && !matches!(w.text, "private" | "head");
        }
        k += 1;
    }
    false
}

/// Whether `w` (capitalised, ending in `s`) and `next` have only an apostrophe and a space
/// between them: a plural possessive ("Magistrates' Court"), which the word scan leaves
/// unmarked.
fn plural_possessive(text: &str, w: &Word, next: &Word) -> bool {
    w.cap
        && w.text.ends_with(['s', 'S'])
        && matches!(
            text.as_bytes().get(w.end..next.start),
            Some([b'\'', b' '] | [0xE2, 0x80, 0x99, b' '])
        )
}

/// "National People's Congress", "Manchester Magistrates' Court", "Women's Institute": a
/// group's possessive inside a body's name, which a head soon after shows; an owner's
/// ("Russia's Foreign Ministry") ends the run.
fn group_possessive(owner: &Word, rest: &[Word]) -> bool {
    // A plural of a common word, not a name in `s` ("Geert Wilders' Party for Freedom").
    let plural_group = || {
        lex::flags_of(owner.text).common()
            || matches!(
                owner.text.to_ascii_lowercase().as_str(),
                "magistrates"
                    | "veterans"
                    | "pensioners"
                    | "journalists"
                    | "physicians"
                    | "surgeons"
                    | "firefighters"
                    | "shareholders"
                    | "manufacturers"
            )
    };
    let group = matches!(owner.text, "People" | "Women" | "Children" | "Men")
        || (owner.plural && plural_group());
    group
        && owner.cap
        && (rest.iter().take(3))
            .take_while(|w| w.cap && w.joined)
            .any(|w| {
                let f = lex::flags_of(w.text);
                f.org_head() || f.place_head() || f.event_head() || w.text == "Republic"
            })
}

/// Where a body's name that goes on past the "and" at `words[j]` ends, when it does: the run
/// `words[i..j]` names a body's field ("Department of Health and Human Services", "Centers for
/// Disease Control and Prevention") and the capitalised words after "and" head no body of
/// their own ("Ministry of Defence and Foreign Office" are two), or the words after "and" end
/// in a body's head that the one or two before it lack ("Food and Drug Administration").
/// Names stay apart otherwise ("Kerry and Lavrov", "Britain and France"), and the whole is
/// six words at most.
fn joined_by_and(words: &[Word], i: usize, j: usize, known: &Known) -> Option<usize> {
    let and = &words[j];
    if and.text != "and" || words[j - 1].possessive {
        return None;
    }
    // A sentence's first word ("The") is no part of the name.
    let i = i + (words[i].initial && lex::flags_of(words[i].text).common()) as usize;
    let mut e = j + 1;
    while e < words.len() && e - i < 7 && words[e].joined && starts_run(&words[e]) {
        e += 1;
    }
    let after = &words[j + 1..e];
    // The capitals after "and" end there, within six words of the run's start.
    if after.is_empty() || e - i > 6 || words.get(e).is_some_and(|w| w.joined && w.cap) {
        return None;
    }
    let flags = |w: &Word| lex::flags_of(w.text);
    let first = flags(&after[0]);
    if first.first_name() || known.contains_key(&after[0].text.to_lowercase()) {
        return None;
    }
    let run = &words[i..j];
    let field = run
        .windows(2)
        .any(|p| matches!(p[1].text, "of" | "for") && flags(&p[0]).org_head());
    // "Services" names a field as often as a body ("Health and Human Services").
    let own_head = |w: &Word| flags(w).org_head() && !matches!(w.text, "Services" | "Service");
    if field && !after.iter().any(own_head) {
        return Some(e);
    }
    // Ordinary words before "and", as a field's name has them: "KeyCorp and Banc One Corp"
    // are two.
    let headless = run.len() <= 2
        && run.iter().all(|w| {
            let f = flags(w);
            w.cap && f.common() && !f.org_head() && !f.first_name()
        });
    (headless && after.last().is_some_and(|w| flags(w).org_head())).then_some(e)
}

fn is_connector_word(w: &Word) -> bool {
    !w.cap && lex::is_connector(w.text)
}

/// "TAVILDARA" → "Tavildara".
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut start = true;
    for c in word.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphanumeric();
    }
    out
}

/// Whether a capitalised word standing alone is an ordinary word (or never a name), decided
/// without allocating for short ASCII words.
fn ordinary_alone(w: &Word) -> bool {
    let f = lex::flags_of(w.text);
    f.not_name() || (w.initial && f.common() && !f.role() && !f.honorific())
}

/// Whether a capitalised word standing alone is a dictionary name ("Russia", "Kerry"): then
/// it is no new name. Decided for ASCII words of 32 bytes or less (others are cut as runs),
/// lower-cased in `buf`, a buffer kept for it (no allocation, no UTF-8 check of a copy).
fn known_alone(w: &Word, known: &Known, buf: &mut String) -> bool {
    if w.text.len() > 32 || !w.text.is_ascii() {
        return false;
    }
    buf.clear();
    buf.push_str(w.text);
    buf.make_ascii_lowercase();
    known.contains_key(buf.as_str())
}

//! Evidence for names, gathered over every article of a collection: each run of capitalised
//! words is cut into candidate names (role words, honorifics and known names set apart), and
//! each candidate counts where it stood and what stood around it.
//!
//! What must stay true: evidence from lines in capitals or title case counts only as a
//! dateline (a capital there says nothing); merging two halves gives what one pass over both
//! would.

use std::collections::HashMap;

use super::fxhash::{FxBuild, hash_bytes};

use super::lexicon as lex;
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
}

/// Evidence over a collection, by candidate (lower case, single spaces).
#[derive(Debug, Default)]
pub struct Evidence {
    pub stats: HashMap<String, Stat, FxBuild>,
    /// The words seen in lower case in running text.
    pub lower: Seen,
    docs: u64,
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
        self.add_text(title, doc, known, false);
        self.add_text(text, doc, known, true);
    }

    fn add_text(&mut self, text: &str, doc: u64, known: &Known, body: bool) {
        let mut offset = 0;
        let mut paragraph_start = true;
        // One allocation for every line of the text.
        let mut words = Vec::new();
        for line in text.split('\n') {
            words.clear();
            scan::words_into(line, offset, &mut words);
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
            self.prose(&words, doc, known);
        }
    }

    /// "LONDON 1996-08-30", "TAVILDARA, Tajikistan 1996-08-30", "WASHINGTON (Reuters) -".
    fn dateline(&mut self, words: &[Word], line: &str, line_start: usize, doc: u64) {
        let n = words
            .iter()
            .enumerate()
            .take_while(|(i, w)| w.caps && !w.digit && (*i == 0 || w.joined))
            .count();
        if n == 0 || n > 3 || line.len() > 200 {
            return;
        }
        let after = &line[words[n - 1].end - line_start..];
        let next_is_date = words.get(n).is_some_and(|w| w.digit);
        // "TAVILDARA, Tajikistan 1996-08-30": a date or an agency soon after the comma.
        let soon: String = after.chars().take(40).collect();
        let comma =
            after.starts_with(',') && soon.contains(|c: char| c.is_ascii_digit() || c == '(');
        if !(comma || after.starts_with(" (") || next_is_date) {
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

    fn prose(&mut self, words: &[Word], doc: u64, known: &Known) {
        for w in words {
            if !w.cap && !w.digit && w.text.len() >= 3 {
                self.lower.insert(w.text);
            }
        }
        let mut i = 0;
        while i < words.len() {
            if !starts_run(&words[i]) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && !words[j - 1].possessive && words[j].joined {
                if starts_run(&words[j]) {
                    j += 1;
                } else if is_connector_word(&words[j])
                    && (!matches!(words[j].text, "for" | "on")
                        || lex::is_org_head(&words[j - 1].text.to_lowercase()))
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
                } else {
                    break;
                }
            }
            // A sentence's first word alone, and ordinary ("The", "But"): no name, and no
            // need to look further.
            if j == i + 1 && (ordinary_alone(&words[i]) || known_alone(&words[i], known)) {
                i = j;
                continue;
            }
            let before = i
                .checked_sub(1)
                .map(|p| &words[p])
                .filter(|_| words[i].joined);
            let after = words.get(j).filter(|w| w.joined || words[j - 1].possessive);
            self.run(&words[i..j], before, after, doc, known);
            i = j;
        }
    }

    /// Cuts one run of capitalised words into candidates.
    fn run(
        &mut self,
        run: &[Word],
        before: Option<&Word>,
        after: Option<&Word>,
        doc: u64,
        known: &Known,
    ) {
        let lower: Vec<String> = run.iter().map(|w| w.text.to_lowercase()).collect();
        let mut cue = false;
        let mut start = 0;
        let mut k = 0;
        while k < run.len() {
            let l = lower[k].as_str();
            let role = lex::is_honorific(l) || lex::is_role(l);
            if role {
                // A stretch of role words needs a title in it: "Health Secretary" is a role,
                // "Department of Health" a name. Without one, the whole stretch is passed over.
                let (e, titled) = role_stretch(&lower, k);
                if !titled {
                    k = e;
                    continue;
                }
                // A role stretch ("Foreign Minister", "Secretary of State") sets apart what
                // follows, unless an organisation's head follows ("Foreign Ministry").
                if e < run.len() && lex::is_org_head(&lower[e]) {
                    k = e + 1;
                    continue;
                }
                let b = if start == 0 {
                    before
                } else {
                    Some(&run[start - 1])
                };
                self.segment(&run[start..k], &lower[start..k], b, None, cue, doc, known);
                cue = true;
                start = e;
                k = e;
                continue;
            }
            k += 1;
        }
        let b = if start == 0 {
            before
        } else {
            Some(&run[start - 1])
        };
        self.segment(&run[start..], &lower[start..], b, after, cue, doc, known);
    }

    #[allow(clippy::too_many_arguments)]
    fn segment(
        &mut self,
        mut seg: &[Word],
        mut lower: &[String],
        before: Option<&Word>,
        after: Option<&Word>,
        mut cue: bool,
        doc: u64,
        known: &Known,
    ) {
        // Leading words that are not part of a name: "The", days, a sentence's first common
        // word ("Meanwhile Hewitt said"), a nationality before a name ("Russian Sergei").
        while let Some(first) = seg.first() {
            let l = lower[0].as_str();
            let descriptor = first.initial
                && seg.len() > 1
                && !lex::is_first_name(l)
                && (lex::is_first_name(&first_part(&lower[1]))
                    || known.contains_key(&lower[1..].join(" ")));
            let drop = descriptor
                || matches!(l, "the" | "a" | "an")
                || (first.initial && lex::looks_ordinary(l))
                || lex::is_not_name(l)
                || lex::is_connector(l)
                || (first.initial
                    && lex::is_common(l)
                    && !(seg.len() > 1 && lex::is_org_head(&lower[1])))
                // "Slovenian Tadej Pogacar": a nationality before a name of two words or more.
                || (seg.len() > 1
                    && known.get(l) == Some(&Kind::Group)
                    && ((seg.len() > 2 && !lower.iter().any(|l| is_head(l)))
                        || lex::is_first_name(&lower[1])
                        || lex::is_honorific(&lower[1])));
            if !drop {
                break;
            }
            cue |= lex::is_honorific(l);
            seg = &seg[1..];
            lower = &lower[1..];
        }
        while seg.last().is_some_and(|w| {
            let l = w.text.to_lowercase();
            lex::is_connector(&l) || lex::is_not_name(&l)
        }) {
            seg = &seg[..seg.len() - 1];
            lower = &lower[..lower.len() - 1];
        }
        if seg.is_empty() || seg.len() > 6 {
            return;
        }
        // "Liberal Democrat Sandra Gidley", "Opener Ravi Patel": words before a first name
        // that is not preceded by another are a description, apart from the person.
        if let Some(k) = (1..seg.len().saturating_sub(1)).find(|&k| {
            lex::is_first_name(&first_part(&lower[k]))
                && !lex::is_first_name(&first_part(&lower[k - 1]))
                && !seg[k - 1].text.ends_with('.')
                && !lex::is_connector(&lower[k - 1])
                && !lower.iter().any(|l| is_head(l))
        }) {
            self.segment(&seg[..k], &lower[..k], before, None, false, doc, known);
            return self.segment(
                &seg[k..],
                &lower[k..],
                Some(&seg[k - 1]),
                after,
                cue,
                doc,
                known,
            );
        }
        // "Helen Marsden of Imperial College London": a person's name ends before "of".
        if seg.len() > 2
            && lex::is_first_name(&first_part(&lower[0]))
            && let Some(of) = lower.iter().position(|l| l == "of")
            && !lower[..of].iter().any(|l| is_head(l))
        {
            self.segment(&seg[..of], &lower[..of], before, None, cue, doc, known);
            return self.segment(
                &seg[of + 1..],
                &lower[of + 1..],
                None,
                after,
                false,
                doc,
                known,
            );
        }
        let key = lower.join(" ");
        if known.contains_key(&key) {
            return;
        }
        // Known names side by side ("Moscow Kremlin") stay apart; a known name with unknown
        // words beside it is part of a longer name ("Real Madrid", "Tate Britain").
        let mut known_place = false;
        let mut known_org = false;
        let mut unknown = 0;
        let mut unknown_common = 0;
        let mut k = 0;
        while k < lower.len() {
            let mut joined = String::new();
            let longest = (k + 1..=lower.len().min(k + 5)).rev().find_map(|e| {
                joined.clear();
                for (n, w) in lower[k..e].iter().enumerate() {
                    if n > 0 {
                        joined.push(' ');
                    }
                    joined.push_str(w);
                }
                known.get(joined.as_str()).map(|kind| (e, *kind))
            });
            match longest {
                Some((e, kind)) => {
                    known_place |= kind == Kind::Place;
                    known_org |= kind == Kind::Org;
                    k = e;
                }
                None => {
                    if !lex::is_connector(&lower[k]) {
                        unknown += 1;
                        unknown_common += lex::is_common(&lower[k]) as usize;
                    }
                    k += 1;
                }
            }
        }
        if unknown == 0 {
            return;
        }
        // A known name with ordinary words beside it is a headline's or a phrase's capitals
        // ("U.S. Efforts"), not a longer name.
        let heads = lower
            .iter()
            .any(|l| lex::is_org_head(l) || lex::is_place_head(l));
        if unknown_common == unknown && unknown < lower.len() && !heads {
            return;
        }
        // "Vladimir Putin of Russia", "Struff of Germany": a name ends before "of" and a
        // known place, unless it is a body's or a place's ("Bank of England").
        if let Some(of) = lower.iter().position(|l| l == "of")
            && of > 0
            && !lower[..of]
                .iter()
                .any(|l| lex::is_org_head(l) || lex::is_place_head(l))
            && matches!(known.get(&lower[of + 1..].join(" ")), Some(Kind::Place))
        {
            return self.segment(&seg[..of], &lower[..of], before, None, cue, doc, known);
        }
        if seg.len() == 1 {
            let w = &seg[0];
            let first = w;
            // "Scorers:", "Bowling:": a label, not a name.
            if label_follows(w) {
                return;
            }
            let l = lower[0].as_str();
            // "the Senate", "Congress": a body's one-word name, capitalised in mid-sentence.
            let body = lex::is_org_head(l) && l.len() >= 5 && !first.initial;
            if (lex::is_common(l) && !body)
                || w.text.chars().count() < 2
                || w.text.ends_with('.')
                || (lex::is_org_head(l) && !body)
                || plural_acronym(w.text)
                || lex::is_place_head(l)
                || lex::is_role(l)
                || adjectival_compound(w.text, known)
            {
                return;
            }
        }
        // Table headings ("W D L PCT"): letters standing alone are not a name.
        let letters = seg.iter().filter(|w| w.text.chars().count() == 1).count();
        if letters >= 2 || (seg.len() > 1 && seg.iter().all(|w| w.caps)) {
            return;
        }
        let first = &seg[0];
        let mid = !first.initial;
        let acronym = seg.len() == 1 && first.caps && (2..=6).contains(&first.text.chars().count());
        let name = seg.iter().map(|w| w.text).collect::<Vec<_>>().join(" ");
        let speech = before.is_some_and(|b| lex::is_speech(&b.text.to_lowercase()))
            || after.is_some_and(|a| lex::is_speech(&a.text.to_lowercase()));
        let place_prep = before.is_some_and(|b| !b.cap && lex::is_place_preposition(b.text));
        let article = before.is_some_and(|b| b.text == "the");
        // "English county", "Islamist groups": an adjective of nationality or creed.
        let adjective = seg.len() == 1
            && after.is_some_and(|a| !a.cap && !a.digit && !lex::is_speech(a.text))
            && ["ish", "ese", "ian", "ean", "ic", "ist", "i"]
                .iter()
                .any(|suffix| lower[0].ends_with(suffix));
        // "Patricia Hewitt", "C. Lewis": a first name or an initial first.
        let first_name = seg.len() > 1
            && (lex::is_first_name(&first_part(&lower[0]))
                || (seg[0].text.len() == 2 && seg[0].text.ends_with('.') && seg[0].cap));
        // "Leicestershire beat Somerset", "Burnley 2 Grimsby 1": sides of a contest.
        let team = before.is_some_and(|b| lex::is_contest(&b.text.to_lowercase()) || b.digit)
            || after
                .is_some_and(|a| lex::is_contest(&a.text.to_lowercase()) || (a.digit && a.joined));
        let org_head =
            lower.iter().any(|l| lex::is_org_head(l)) || seg.iter().any(|w| w.text.contains('&'));
        let event_head = seg.len() > 1
            && (lex::is_event_head(&lower[lower.len() - 1]) || lex::is_event_head(&lower[0]));
        let place_head = lex::is_place_head(&lower[lower.len() - 1])
            || (seg.len() > 2 && lex::is_place_head(&lower[0]) && lower[1] == "of");
        let n = seg.len();
        let stat = self.stat(&name, n, doc);
        if mid {
            stat.mid += 1;
        } else {
            stat.initial += 1;
        }
        stat.person_cue += cue as u32;
        stat.speech += speech as u32;
        stat.place_prep += place_prep as u32;
        stat.article += article as u32;
        stat.team += team as u32;
        stat.adjective += adjective as u32;
        stat.acronym |= acronym;
        stat.first_name |= first_name;
        stat.org_head |= org_head;
        stat.place_head |= place_head;
        stat.event_head |= event_head;
        stat.known_place |= known_place;
        stat.known_org |= known_org;
        stat.ordinary |= lower.iter().any(|l| lex::is_common(l));
    }

    fn stat(&mut self, name: &str, words: usize, doc: u64) -> &mut Stat {
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

fn starts_run(w: &Word) -> bool {
    (w.cap || particle_name(w.text)) && !w.digit
}

/// "al-Burhan", "el-Sisi": a particle before a capitalised name.
fn particle_name(text: &str) -> bool {
    [
        "al-", "el-", "ad-", "as-", "ash-", "at-", "az-", "ul-", "bin-",
    ]
    .iter()
    .any(|p| {
        text.strip_prefix(p)
            .is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase))
    })
}

/// "MPs", "NGOs": the plural of an acronym is a common noun.
fn plural_acronym(text: &str) -> bool {
    text.strip_suffix('s').is_some_and(|stem| {
        stem.chars().count() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase())
    })
}

/// "Jan-Lennard" → "jan".
fn first_part(lower: &str) -> String {
    lower.split('-').next().unwrap_or(lower).to_string()
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

/// "US-backed", "UN-sponsored", "Russia-U.S": a compound that describes rather than names.
fn adjectival_compound(word: &str, known: &Known) -> bool {
    let parts: Vec<&str> = word.split('-').collect();
    if parts.len() < 2 {
        return false;
    }
    let last_lower = parts
        .last()
        .is_some_and(|p| p.chars().next().is_some_and(char::is_lowercase));
    let all_known = parts.iter().all(|p| {
        let l = p.to_lowercase();
        known.contains_key(&l)
            || known.contains_key(l.trim_end_matches('.'))
            || known.contains_key(&format!("{l}."))
    });
    last_lower || all_known
}

/// Whether a colon follows the word at once ("Scorers:").
fn label_follows(w: &Word) -> bool {
    w.label
}

/// Whether a capitalised word standing alone is an ordinary word (or never a name), decided
/// without allocating for short ASCII words.
fn ordinary_alone(w: &Word) -> bool {
    let f = lex::flags_of(w.text);
    f.not_name() || (w.initial && f.common() && !f.role() && !f.honorific())
}

/// Whether `lower` heads an organisation's, a place's or an event's name.
fn is_head(lower: &str) -> bool {
    lex::is_org_head(lower) || lex::is_place_head(lower) || lex::is_event_head(lower)
}

/// Where the stretch of role words, honorifics and connectors from `k` ends, and whether it
/// holds a title (a role that is not only a portfolio, or an honorific).
fn role_stretch(lower: &[String], k: usize) -> (usize, bool) {
    let mut e = k;
    let mut title = false;
    while e < lower.len()
        && (lex::is_honorific(&lower[e]) || lex::is_role(&lower[e]) || lex::is_connector(&lower[e]))
    {
        title |= lex::is_honorific(&lower[e])
            || (lex::is_role(&lower[e]) && !lex::is_portfolio(&lower[e]));
        e += 1;
    }
    (e, title)
}

/// Whether a capitalised word standing alone is a dictionary name ("Russia", "Kerry"): then
/// it is no new name. Decided without allocating for short ASCII words.
fn known_alone(w: &Word, known: &Known) -> bool {
    let mut buf = [0u8; 32];
    let b = w.text.as_bytes();
    if b.len() > buf.len() || !b.is_ascii() {
        return false;
    }
    for (d, s) in buf.iter_mut().zip(b) {
        *d = s.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).is_ok_and(|l| known.contains_key(l))
}

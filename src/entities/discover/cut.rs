//! Cutting a run of capitalised words into candidate names: role words, honorifics and
//! portfolios set apart ("Trade Secretary Patricia Hewitt"), a sentence's first ordinary word
//! and a nationality before a name dropped, descriptions before a first name and affiliations
//! after "of" split off, known names beside unknown words kept as one longer name; then each
//! candidate's cues counted into its [`Stat`](super::evidence::Stat).
//!
//! What must stay true: a candidate is one to six words of the run, in order, and never a
//! dictionary spelling on its own.

use super::evidence::{Evidence, Known};
use super::lexicon::{self as lex, Flags};
use super::scan::Word;
use crate::entities::Kind;

impl Evidence {
    /// Cuts one run of capitalised words into candidates.
    /// `role_after`: a description by a role follows the run ("Arne Slot, the Liverpool
    /// manager"), a person cue for its last candidate.
    pub(super) fn run(
        &mut self,
        run: &[Word],
        before: Option<&Word>,
        after: Option<&Word>,
        role_after: bool,
        doc: u64,
        known: &Known,
    ) {
        let mut buffers = std::mem::take(&mut self.words_lower);
        if buffers.len() < run.len() {
            buffers.resize_with(run.len(), Lower::default);
        }
        for (w, l) in run.iter().zip(&mut buffers) {
            l.text.clear();
            if w.text.is_ascii() {
                l.text.push_str(w.text);
                l.text.make_ascii_lowercase();
            } else {
                l.text.push_str(&w.text.to_lowercase());
            }
            l.flags = lex::flags(&l.text);
        }
        self.cut(
            run,
            &buffers[..run.len()],
            before,
            after,
            role_after,
            doc,
            known,
        );
        self.words_lower = buffers;
    }

    /// [`Evidence::run`] with the run's words in lower case.
    #[allow(clippy::too_many_arguments)]
    fn cut(
        &mut self,
        run: &[Word],
        lower: &[Lower],
        before: Option<&Word>,
        after: Option<&Word>,
        role_after: bool,
        doc: u64,
        known: &Known,
    ) {
        let mut cue = false;
        let mut start = 0;
        let mut k = 0;
        while k < run.len() {
            let f = lower[k].flags;
            let role = f.honorific() || f.role();
            if role {
                // A stretch of role words needs a title in it: "Health Secretary" is a role,
                // "Department of Health" a name. Without one, the whole stretch is passed over.
                let (e, titled) = role_stretch(lower, k);
                if !titled {
                    k = e;
                    continue;
                }
                // A role stretch ("Foreign Minister", "Secretary of State") sets apart what
                // follows, unless an organisation's head follows ("Foreign Ministry").
                if e < run.len() && lower[e].flags.org_head() {
                    k = e + 1;
                    continue;
                }
                let b = if start == 0 {
                    before
                } else {
                    Some(&run[start - 1])
                };
                // "Chief Financial Officer", "U.S. District Judge": the words that qualify the
                // role are part of it, not of a name.
                let mut q = k;
                while q > start && lex::is_role_qualifier(&lower[q - 1].text) {
                    q -= 1;
                }
                self.segment(&run[start..q], &lower[start..q], b, None, cue, doc, known);
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
        let cue = cue || role_after;
        self.segment(&run[start..], &lower[start..], b, after, cue, doc, known);
    }

    #[allow(clippy::too_many_arguments)]
    fn segment<'w, 't>(
        &mut self,
        mut seg: &'w [Word<'t>],
        mut lower: &[Lower],
        mut before: Option<&'w Word<'t>>,
        after: Option<&Word>,
        mut cue: bool,
        doc: u64,
        known: &Known,
    ) {
        // Leading words that are not part of a name: "The", days, a sentence's first common
        // word ("Meanwhile Hewitt said"), a nationality before a name ("Russian Sergei").
        while let Some(first) = seg.first() {
            let (l, f) = (lower[0].text.as_str(), lower[0].flags);
            // "Opener Ravi Patel" at a sentence start: a description before a name; not an
            // initial ("(J. Russell 56)").
            let descriptor = first.initial
                && seg.len() > 1
                && !f.first_name()
                && !(first.text.len() == 2 && first.text.ends_with('.'))
                && (lower[1].first_part_is_first_name()
                    || self.known_phrase(&lower[1..], known).is_some());
            let drop = descriptor
                || matches!(l, "the" | "a" | "an")
                || (first.initial && lex::looks_ordinary(l))
                || f.not_name()
                || f.connector()
                || (first.initial
                    && f.common()
                    && !(seg.len() > 1 && lower[1].flags.org_head()))
                // "Slovenian Tadej Pogacar": a nationality before a name of two words or more.
                || (seg.len() > 1
                    && known.get(l) == Some(&Kind::Group)
                    && ((seg.len() > 2 && !lower.iter().any(|l| l.is_head()))
                        || lower[1].flags.first_name()
                        || lower[1].flags.honorific()));
            // "South Korea's", "New York police": a known name opens the run.
            let mut known_start =
                || (2..=seg.len().min(4)).any(|e| self.known_phrase(&lower[..e], known).is_some());
            // "Smith & Wesson": an ampersand after the first word makes it a name's.
            let ampersand = seg.len() > 2 && lower[1].text == "&";
            if !drop || ampersand || (first.initial && known_start()) {
                break;
            }
            cue |= f.honorific();
            // "In Kisumu, ...": the word dropped is the one before the name.
            before = Some(first);
            seg = &seg[1..];
            lower = &lower[1..];
        }
        // `lower` holds the words of `seg` in lower case.
        while lower
            .last()
            .is_some_and(|l| l.flags.connector() || l.flags.not_name())
        {
            seg = &seg[..seg.len() - 1];
            lower = &lower[..lower.len() - 1];
        }
        if seg.is_empty() || seg.len() > 6 {
            return;
        }
        // "Liberal Democrat Sandra Gidley", "Opener Ravi Patel": words before a first name
        // that is not preceded by another are a description of the person, not a name.
        if let Some(k) = (1..seg.len().saturating_sub(1)).find(|&k| {
            lower[k].first_part_is_first_name()
                && !lower[k - 1].first_part_is_first_name()
                && !seg[k - 1].text.ends_with('.')
                && !lower[k - 1].flags.connector()
                && !lower.iter().any(|l| l.is_head())
        }) {
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
            && lower[0].first_part_is_first_name()
            && let Some(of) = lower.iter().position(|l| l.text == "of")
            && !lower[..of].iter().any(|l| l.is_head())
        {
            // What follows is said of the person: "Stacy Rasgon of Bernstein said".
            self.segment(&seg[..of], &lower[..of], before, after, cue, doc, known);
            return self.segment(
                &seg[of + 1..],
                &lower[of + 1..],
                None,
                None,
                false,
                doc,
                known,
            );
        }
        if self.known_phrase(lower, known).is_some() {
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
            let longest = (k + 1..=lower.len().min(k + 5))
                .rev()
                .find_map(|e| self.known_phrase(&lower[k..e], known).map(|kind| (e, kind)));
            match longest {
                Some((e, kind)) => {
                    known_place |= kind == Kind::Place;
                    known_org |= kind == Kind::Org;
                    k = e;
                }
                None => {
                    if !lower[k].flags.connector() {
                        unknown += 1;
                        unknown_common += lower[k].flags.common() as usize;
                    }
                    k += 1;
                }
            }
        }
        if unknown == 0 {
            return;
        }
        // A known name with ordinary words beside it is a headline's or a phrase's capitals
        // ("U.S. Efforts"), not a longer name; with a head it is one ("Hong Kong Open").
        let heads = (lower.iter())
            .any(|l| l.flags.org_head() || l.flags.place_head() || l.flags.event_head());
        if unknown_common == unknown && unknown < lower.len() && !heads {
            return;
        }
        // "Vladimir Putin of Russia", "Struff of Germany": a name ends before "of" and a
        // known place, unless it is a body's or a place's ("Bank of England").
        if let Some(of) = lower.iter().position(|l| l.text == "of")
            && of > 0
            && !lower[..of]
                .iter()
                .any(|l| l.flags.org_head() || l.flags.place_head())
            && matches!(
                self.known_phrase(&lower[of + 1..], known),
                Some(Kind::Place)
            )
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
            let (l, f) = (lower[0].text.as_str(), lower[0].flags);
            // "the Senate", "Congress": a body's one-word name, capitalised in mid-sentence.
            let body = f.org_head() && l.len() >= 5 && !first.initial;
            if (f.common() && !body)
                || w.text.chars().count() < 2
                || w.text.ends_with('.')
                || (f.org_head() && !body)
                || plural_acronym(w.text)
                || f.place_head()
                || f.role()
                || adjectival_compound(w.text, known)
            {
                return;
            }
        }
        // Table headings ("W D L PCT"): letters standing alone are not a name.
        let letters = (seg.iter())
            .filter(|w| w.text != "&" && w.text.chars().count() == 1)
            .count();
        if letters >= 2 || (seg.len() > 1 && seg.iter().all(|w| w.caps)) {
            return;
        }
        let first = &seg[0];
        let mid = !first.initial;
        let acronym = seg.len() == 1 && first.caps && (2..=6).contains(&first.text.chars().count());
        let name = name_of(seg);
        let speech = before.is_some_and(|b| lex::flags_of(b.text).speech())
            || after.is_some_and(|a| lex::flags_of(a.text).speech());
        // "in Kisumu", and "In Kisumu," opening a sentence.
        let place_prep = before
            .is_some_and(|b| (!b.cap || b.initial) && lex::flags_of(b.text).place_preposition());
        let article = before.is_some_and(|b| b.text == "the");
        // "English county", "Islamist groups": an adjective of nationality or creed.
        let adjectival = || {
            ["ish", "ese", "ian", "ean", "ic", "ist", "i"]
                .iter()
                .any(|suffix| lower[lower.len() - 1].text.ends_with(suffix))
        };
        let adjective = seg.len() == 1
            && after.is_some_and(|a| {
                !a.cap && !a.digit && !lex::is_speech(a.text) && !lex::looks_past_tense(a.text)
            })
            && adjectival();
        // "the Seemanchal region", "the southern Mindanao island": a place's kind after it
        // (not after "a Moslem village" nor "the Kurdish region", adjectives).
        let kind_after = after.is_some_and(|a| !a.cap && is_place_noun(a.text))
            && before.is_some_and(|b| !b.cap && !matches!(b.text, "a" | "an"))
            && !adjectival();
        // "Patricia Hewitt", "C. Lewis": a first name or an initial first; "Mark Brooks" in
        // mid-sentence: a first name that is also a word, before a name.
        let first_name = seg.len() > 1
            && (lower[0].first_part_is_first_name()
                || (seg[0].text.len() == 2 && seg[0].text.ends_with('.') && seg[0].cap)
                || (mid
                    && seg.len() <= 3
                    && lower[0].flags.word_first_name()
                    && !lower.iter().any(|l| l.is_head())));
        // "Leicestershire beat Somerset", "Burnley 2 Grimsby 1": sides of a contest.
        let team = before.is_some_and(|b| lex::flags_of(b.text).contest() || b.digit)
            || after.is_some_and(|a| lex::flags_of(a.text).contest() || (a.digit && a.joined));
        let org_head =
            lower.iter().any(|l| l.flags.org_head()) || seg.iter().any(|w| w.text.contains('&'));
        let last = lower[lower.len() - 1].flags;
        let event_head = seg.len() > 1 && (last.event_head() || lower[0].flags.event_head());
        // "Lake Victoria", "Mount Kenya", "Cape Canaveral", "Fort Worth".
        let place_first = seg.len() == 2
            && matches!(
                lower[0].text.as_str(),
                "lake" | "mount" | "mt" | "mt." | "cape" | "fort" | "isle"
            );
        let place_head = last.place_head()
            || place_first
            || kind_after
            || (seg.len() > 2
                && lower[0].flags.place_head()
                && matches!(
                    lower[1].text.as_str(),
                    "of" | "de" | "du" | "des" | "di" | "da"
                ));
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
        stat.ordinary |= lower.iter().any(|l| l.flags.common());
    }
}

/// A place's kind written after its name: "the Seemanchal region", "the Var department".
fn is_place_noun(word: &str) -> bool {
    matches!(
        word,
        "region"
            | "province"
            | "county"
            | "district"
            | "department"
            | "prefecture"
            | "oblast"
            | "city"
            | "town"
            | "village"
            | "valley"
            | "coast"
            | "island"
            | "peninsula"
            | "neighbourhood"
            | "neighborhood"
            | "suburb"
            | "municipality"
    )
}

/// "MPs", "NGOs": the plural of an acronym is a common noun.
fn plural_acronym(text: &str) -> bool {
    text.strip_suffix('s').is_some_and(|stem| {
        stem.chars().count() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase())
    })
}

/// "Jan-Lennard" → "jan".
fn first_part(lower: &str) -> &str {
    lower.split('-').next().unwrap_or(lower)
}

/// "US-backed", "UN-sponsored", "Russia-U.S": a compound that describes rather than names.
fn adjectival_compound(word: &str, known: &Known) -> bool {
    // Most words have no hyphen: settled before collecting their parts.
    if !word.as_bytes().contains(&b'-') {
        return false;
    }
    let last_lower =
        (word.rsplit('-').next()).is_some_and(|p| p.chars().next().is_some_and(char::is_lowercase));
    // "R-Ohio", "D-Mass.": a lawmaker's party and state.
    let party_state = matches!(word.as_bytes(), [b'D' | b'R' | b'I', b'-', b'A'..=b'Z', ..]);
    if last_lower || party_state {
        return true;
    }
    // Each part lower-cased into one buffer, with and without a full stop after it.
    let mut l = String::with_capacity(word.len() + 1);
    word.split('-').all(|p| {
        l.clear();
        if p.is_ascii() {
            l.push_str(p);
            l.make_ascii_lowercase();
        } else {
            l.push_str(&p.to_lowercase());
        }
        if known.contains_key(l.as_str()) || known.contains_key(l.trim_end_matches('.')) {
            return true;
        }
        l.push('.');
        known.contains_key(l.as_str())
    })
}

/// Whether a colon follows the word at once ("Scorers:").
fn label_follows(w: &Word) -> bool {
    w.label
}

/// Where the stretch of role words, honorifics and connectors from `k` ends, and whether it
/// holds a title (a role that is not only a portfolio, or an honorific).
fn role_stretch(lower: &[Lower], k: usize) -> (usize, bool) {
    let mut e = k;
    let mut title = false;
    while let Some(l) = lower.get(e) {
        let f = l.flags;
        if !(f.honorific() || f.role() || f.connector()) {
            break;
        }
        title |= f.honorific() || (f.role() && !lex::is_portfolio(&l.text));
        e += 1;
    }
    (e, title)
}

/// A word of a run in lower case, with what the lexicon says of it: looked up once, asked
/// many questions.
#[derive(Debug, Default)]
pub(super) struct Lower {
    text: String,
    flags: Flags,
}

impl Lower {
    /// Whether it heads an organisation's, a place's or an event's name.
    fn is_head(&self) -> bool {
        let f = self.flags;
        f.org_head() || f.place_head() || f.event_head()
    }

    /// Whether its part before any hyphen is a known first name ("Jan-Lennard").
    fn first_part_is_first_name(&self) -> bool {
        let part = first_part(&self.text);
        if part.len() == self.text.len() {
            self.flags.first_name()
        } else {
            lex::is_first_name(part)
        }
    }
}

impl Evidence {
    /// The kind of the dictionary spelling that `words` make, joined by single spaces, if
    /// any: joined in a buffer kept for it, not in a new `String` each time.
    fn known_phrase(&mut self, words: &[Lower], known: &Known) -> Option<Kind> {
        let phrase = &mut self.phrase;
        phrase.clear();
        for (n, w) in words.iter().enumerate() {
            if n > 0 {
                phrase.push(' ');
            }
            phrase.push_str(&w.text);
        }
        known.get(phrase.as_str()).copied()
    }
}

/// A candidate's name as the text writes it, spaces made single: a possessive inside it keeps
/// its apostrophe ("National People's Congress", "Magistrates' Court").
fn name_of(seg: &[Word]) -> String {
    let mut name = String::new();
    for (k, w) in seg.iter().enumerate() {
        if k > 0 {
            name.push(' ');
        }
        name.push_str(w.text);
        if w.possessive && k + 1 < seg.len() {
            name.push_str(if w.plural { "'" } else { "'s" });
        }
    }
    name
}

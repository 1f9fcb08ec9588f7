//! Cutting a run of capitalised words into candidate names: role words, honorifics and
//! portfolios set apart ("Trade Secretary Patricia Hewitt"), a sentence's first ordinary word
//! and a nationality before a name dropped, descriptions before a first name and affiliations
//! after "of" split off, known names beside unknown words kept as one longer name; then each
//! candidate's cues counted into its [`Stat`](super::evidence::Stat).
//!
//! What must stay true: a candidate is one to six words of the run, in order, and never a
//! dictionary spelling on its own.

use super::evidence::{Evidence, Known};
use super::lexicon as lex;
use super::scan::Word;
use crate::entities::Kind;

impl Evidence {
    /// Cuts one run of capitalised words into candidates.
    pub(super) fn run(
        &mut self,
        run: &[Word],
        before: Option<&Word>,
        after: Option<&Word>,
        doc: u64,
        known: &Known,
    ) {
        let mut buffers = std::mem::take(&mut self.words_lower);
        if buffers.len() < run.len() {
            buffers.resize_with(run.len(), String::new);
        }
        for (w, l) in run.iter().zip(&mut buffers) {
            l.clear();
            if w.text.is_ascii() {
                l.push_str(w.text);
                l.make_ascii_lowercase();
            } else {
                l.push_str(&w.text.to_lowercase());
            }
        }
        self.cut(run, &buffers[..run.len()], before, after, doc, known);
        self.words_lower = buffers;
    }

    /// [`Evidence::run`] with the run's words in lower case.
    fn cut(
        &mut self,
        run: &[Word],
        lower: &[String],
        before: Option<&Word>,
        after: Option<&Word>,
        doc: u64,
        known: &Known,
    ) {
        let mut cue = false;
        let mut start = 0;
        let mut k = 0;
        while k < run.len() {
            let l = lower[k].as_str();
            let f = lex::flags(l);
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
                && (lex::is_first_name(first_part(&lower[1]))
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
        // `lower` holds the words of `seg` in lower case.
        while lower.last().is_some_and(|l| {
            let f = lex::flags(l);
            f.connector() || f.not_name()
        }) {
            seg = &seg[..seg.len() - 1];
            lower = &lower[..lower.len() - 1];
        }
        if seg.is_empty() || seg.len() > 6 {
            return;
        }
        // "Liberal Democrat Sandra Gidley", "Opener Ravi Patel": words before a first name
        // that is not preceded by another are a description of the person, not a name.
        if let Some(k) = (1..seg.len().saturating_sub(1)).find(|&k| {
            lex::is_first_name(first_part(&lower[k]))
                && !lex::is_first_name(first_part(&lower[k - 1]))
                && !seg[k - 1].text.ends_with('.')
                && !lex::is_connector(&lower[k - 1])
                && !lower.iter().any(|l| is_head(l))
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
            && lex::is_first_name(first_part(&lower[0]))
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
        let mut joined = String::new();
        while k < lower.len() {
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
        let speech = before.is_some_and(|b| lex::flags_of(b.text).speech())
            || after.is_some_and(|a| lex::flags_of(a.text).speech());
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
            && (lex::is_first_name(first_part(&lower[0]))
                || (seg[0].text.len() == 2 && seg[0].text.ends_with('.') && seg[0].cap));
        // "Leicestershire beat Somerset", "Burnley 2 Grimsby 1": sides of a contest.
        let team = before.is_some_and(|b| lex::flags_of(b.text).contest() || b.digit)
            || after.is_some_and(|a| lex::flags_of(a.text).contest() || (a.digit && a.joined));
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

/// Whether `lower` heads an organisation's, a place's or an event's name.
fn is_head(lower: &str) -> bool {
    lex::is_org_head(lower) || lex::is_place_head(lower) || lex::is_event_head(lower)
}

/// Where the stretch of role words, honorifics and connectors from `k` ends, and whether it
/// holds a title (a role that is not only a portfolio, or an honorific).
fn role_stretch(lower: &[String], k: usize) -> (usize, bool) {
    let mut e = k;
    let mut title = false;
    while let Some(l) = lower.get(e) {
        let f = lex::flags(l);
        if !(f.honorific() || f.role() || f.connector()) {
            break;
        }
        title |= f.honorific() || (f.role() && !lex::is_portfolio(l));
        e += 1;
    }
    (e, title)
}

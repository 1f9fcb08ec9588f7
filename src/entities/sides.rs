//! Places named as sides in sport: in "Pohang 3 Ulsan 2", "Leicestershire beat Somerset" or a
//! standings row "SEATTLE 74 58 .561" the city, county or state stands for its club, an
//! organisation, as the CoNLL and displaCy conventions have it; a nation's side stays the
//! nation, a place. Once an article of sport uses a place as a side, its other mentions there
//! are the side too ("Surrey captain Adam Hollioake"), except a dateline ("LONDON 1996-08-30")
//! and a venue ("in Denver", "SEATTLE AT BOSTON").
//!
//! What must stay true: only the kind of a mention changes, never its range or entity, and
//! only in an article about sport (its title has a word of sport, or its text two).

use super::{Annotation, EntityId, Kind, Mention};

/// The places that field national sides, one a line (`assets/gen/build_dictionary.py`).
const NATIONS: &str = include_str!("../../assets/nations.txt");

/// The names of the places that field national sides.
pub(crate) fn nations() -> impl Iterator<Item = &'static str> {
    NATIONS
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Words that say an article is about sport: none that politics or business also use
/// ("league", "cup", "match", "goal").
#[rustfmt::skip]
const SPORT: &[&str] = &[
    "soccer", "football", "cricket", "baseball", "basketball", "rugby", "hockey", "tennis",
    "golf", "athletics", "cycling", "boxing", "standings", "innings", "wickets", "halftime",
    "half-time", "striker", "midfielder", "goalkeeper", "playoff", "playoffs", "pitcher",
    "inning", "quarterback", "touchdown", "batsman", "bowler", "relegation",
];

/// Words just before a side: "beat Somerset", "Lazio v Roma".
const BEFORE: &[&str] = &[
    "beat", "beats", "defeated", "thrashed", "edged", "routed", "v", "vs", "vs.", "versus",
    "against",
];

/// Words just after a side: "Leicestershire beat", "Surrey drew".
const AFTER: &[&str] = &[
    "beat", "beats", "defeated", "thrashed", "edged", "routed", "drew", "v", "vs", "vs.", "versus",
    "won", "lost",
];

/// Words before a place as a venue, not a side: "won again in Denver", "SEATTLE AT BOSTON".
const VENUE: &[&str] = &["in", "at", "near", "outside", "into"];

/// Words after a number that make it no score: "GENEVA 12 September", "Tokyo 3 percent",
/// "in Sydney 10 days ago". The months come first (see [`dateline`]).
#[rustfmt::skip]
const NOT_SCORE: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "percent", "pct", "per", "days", "day", "weeks", "months",
    "years", "year", "hours", "minutes", "km", "kilometres", "kilometers", "miles", "metres",
    "meters", "people", "million", "billion",
];

/// Gives the mentions of places that stand for their clubs the kind [`Kind::Org`].
/// `club_place(id)`: whether entity `id` is a place that is not a nation.
pub(crate) fn mark(
    title: &str,
    text: &str,
    ann: &mut Annotation,
    club_place: impl Fn(EntityId) -> bool,
) {
    let mut sides: Vec<EntityId> = Vec::new();
    for (hay, mentions) in [(title, &ann.title), (text, &ann.text)] {
        for m in mentions.iter().filter(|m| club_place(m.entity)) {
            if !sides.contains(&m.entity) && (score_after(hay, m) || contest_beside(hay, m)) {
                sides.push(m.entity);
            }
        }
    }
    if sides.is_empty() || !about_sport(title, text) {
        return;
    }
    for (hay, mentions) in [(title, &mut ann.title), (text, &mut ann.text)] {
        for m in mentions.iter_mut().filter(|m| sides.contains(&m.entity)) {
            if !word_before(hay, m, VENUE) && (score_after(hay, m) || !dateline(hay, m)) {
                m.kind = Kind::Org;
            }
        }
    }
}

/// The line holding `m`, split at it: (before it, after it).
fn around<'t>(hay: &'t str, m: &Mention) -> (&'t str, &'t str) {
    let start = hay[..m.start].rfind('\n').map_or(0, |i| i + 1);
    let end = hay[m.end..].find('\n').map_or(hay.len(), |i| m.end + i);
    (&hay[start..m.start], &hay[m.end..end])
}

/// "Pohang 3 Ulsan 2", "NEW YORK 74 58 .561", "Leicestershire 22 points, Somerset 4": a
/// number of one to three digits after the name, in a line with another number.
fn score_after(hay: &str, m: &Mention) -> bool {
    let after = &hay[m.end..];
    let rest = after.trim_start_matches([' ', '\t']);
    // Most mentions are followed by a word or a comma: settled before the line is looked for.
    if rest.len() == after.len() || !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 3 {
        return false;
    }
    let tail = &rest[digits..];
    // Not a time, a decimal, a thousand or a part of a longer token ("3:30", "2.5", "2,345"),
    // nor a date ("30-08-1996", "30/8"); a score "102-98" has one dash and no more.
    let mut next = tail.bytes();
    match (next.next(), next.next()) {
        (Some(b':' | b'.' | b',' | b'/'), Some(b'0'..=b'9')) => return false,
        (Some(b'-'), Some(b'0'..=b'9')) => {
            let rest = tail[1..].trim_start_matches(|c: char| c.is_ascii_digit());
            if rest.starts_with(['-', '/']) {
                return false;
            }
        }
        _ => {}
    }
    if tail.starts_with(|c: char| c.is_alphanumeric() || c == '%') {
        return false;
    }
    let word = first_word(tail.trim_start());
    if NOT_SCORE.iter().any(|w| word.eq_ignore_ascii_case(w)) {
        return false;
    }
    let (before, after) = around(hay, m);
    numbers(before) + numbers(after) >= 2
}

/// Whether the name at bytes `start..end` of `hay` stands as a side of a contest: a score
/// after it ("Brentford 0 Arsenal 0") or a word of contest beside it ("Liverpool beat").
pub(crate) fn stands_as_side(hay: &str, start: usize, end: usize) -> bool {
    let m = Mention {
        start,
        end,
        entity: 0,
        kind: Kind::Org,
    };
    score_after(hay, &m) || contest_beside(hay, &m)
}

/// "beat Somerset", "Leicestershire drew", "Lazio v Roma": only the words beside the name
/// are read, not its line.
fn contest_beside(hay: &str, m: &Mention) -> bool {
    word_before(hay, m, BEFORE) || word_after(hay, m, AFTER)
}

/// Whether the word before `m` is one of `list` (lower-case ASCII words).
fn word_before(hay: &str, m: &Mention, list: &[&str]) -> bool {
    let space = |c: &&u8| matches!(c, b' ' | b'\t');
    let (mut buf, n) = ascii_word(hay.as_bytes()[..m.start].iter().rev().skip_while(space));
    let word = &mut buf[..n];
    word.reverse();
    one_of(word, list)
}

/// Whether the word after `m`, without a full stop, is one of `list`.
fn word_after(hay: &str, m: &Mention, list: &[&str]) -> bool {
    let space = |c: &&u8| matches!(c, b' ' | b'\t');
    let (buf, n) = ascii_word(hay.as_bytes()[m.end..].iter().skip_while(space));
    one_of(buf[..n].strip_suffix(b".").unwrap_or(&buf[..n]), list)
}

fn one_of(word: &[u8], list: &[&str]) -> bool {
    !word.is_empty() && list.iter().any(|x| x.as_bytes() == word)
}

/// The first ASCII word of `bytes` (letters, digits, full stops), lower case, in a buffer
/// with its length: none (0) when longer than nine bytes, which no word of the lists is.
fn ascii_word<'a>(bytes: impl Iterator<Item = &'a u8>) -> ([u8; 10], usize) {
    let mut buf = [0; 10];
    let mut n = 0;
    for &b in bytes.take(10) {
        if !(b.is_ascii_alphanumeric() || b == b'.') {
            break;
        }
        buf[n] = b.to_ascii_lowercase();
        n += 1;
    }
    (buf, if n == 10 { 0 } else { n })
}

/// "LONDON 1996-08-30", "TAVILDARA, Tajikistan", "WASHINGTON (Reuters) -": the name opens its
/// line and a comma, an agency or a date follows.
fn dateline(hay: &str, m: &Mention) -> bool {
    let (before, after) = around(hay, m);
    if !before.trim().is_empty() {
        return false;
    }
    let rest = after.trim_start();
    let soon = |c: char| c.is_ascii_digit() || c == '(';
    (after.starts_with(',') && after.chars().take(40).any(soon))
        || after.starts_with(" (")
        || rest.bytes().take_while(u8::is_ascii_digit).count() == 4
        || NOT_SCORE[..24]
            .iter()
            .any(|w| first_word(rest).eq_ignore_ascii_case(w))
}

/// The first word of `s` (letters, digits and full stops).
fn first_word(s: &str) -> &str {
    let end = s
        .find(|c: char| !(c.is_alphanumeric() || c == '.'))
        .unwrap_or(s.len());
    s[..end].trim_end_matches('.')
}

/// How many runs of ASCII digits `s` has.
fn numbers(s: &str) -> usize {
    let b = s.as_bytes();
    (0..b.len())
        .filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit()))
        .count()
}

/// Whether the article is about sport: a word of sport in its title, or two in its text.
pub(crate) fn about_sport(title: &str, text: &str) -> bool {
    let count = |s: &str| {
        s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| SPORT.iter().any(|s| w.eq_ignore_ascii_case(s)))
            .count()
    };
    count(title) > 0 || count(text) >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Marks with every mention of `places` in `text` (each its own entity, all clubs'
    /// places) and returns the kinds, in order.
    fn kinds(title: &str, text: &str, places: &[&str]) -> Vec<(String, Kind)> {
        let mut ann = Annotation::default();
        for (hay, out) in [(title, &mut ann.title), (text, &mut ann.text)] {
            for (id, p) in places.iter().enumerate() {
                for (start, _) in hay.match_indices(p) {
                    out.push(Mention {
                        start,
                        end: start + p.len(),
                        entity: id as EntityId,
                        kind: Kind::Place,
                    });
                }
            }
            out.sort();
        }
        mark(title, text, &mut ann, |_| true);
        ann.mentions()
            .map(|m| {
                let hay = if ann.title.contains(m) { title } else { text };
                (hay[m.start..m.end].to_string(), m.kind)
            })
            .collect()
    }

    /// Whether every mention in `got` has `kind`.
    fn all(got: &[(String, Kind)], kind: Kind) -> bool {
        got.iter().all(|(_, k)| *k == kind)
    }

    #[test]
    fn places_in_a_results_table_are_clubs() {
        let text = "RIGA 1996-09-14\n\nResults of Baltic league games on Saturday:\n\n\
                    Riga 2 Tallinn 1 (halftime 1-0)\nVilnius 0 Kaunas 0\n\nVilnius, a city of \
                    old churches, hosts the final.";
        let got = kinds(
            "SOCCER - BALTIC LEAGUE RESULTS",
            text,
            &["RIGA", "Riga", "Tallinn", "Vilnius"],
        );
        let org = |s: &str| {
            got.iter()
                .filter(|(t, k)| t == s && *k == Kind::Org)
                .count()
        };
        assert_eq!(org("Riga"), 1, "{got:?}");
        assert_eq!(org("Tallinn"), 1, "{got:?}");
        // Once a side, a side in the whole article.
        assert_eq!(org("Vilnius"), 2, "{got:?}");
        // The dateline stays the place.
        assert!(got.contains(&("RIGA".to_string(), Kind::Place)), "{got:?}");
    }

    #[test]
    fn sides_of_a_contest_in_running_text_are_clubs() {
        let got = kinds(
            "Cricket: Kestrelshire top the table",
            "Kestrelshire beat Moorfield by an innings. Moorfield captain Ann Vale said little.",
            &["Kestrelshire", "Moorfield"],
        );
        assert!(all(&got, Kind::Org), "{got:?}");
    }

    #[test]
    fn places_outside_sport_or_without_a_score_stay_places() {
        // A weather table is no sport.
        let weather = kinds(
            "Weather",
            "Oslo 12 8 cloudy\nBergen 10 7 rain",
            &["Oslo", "Bergen"],
        );
        assert!(all(&weather, Kind::Place), "{weather:?}");
        // Sport, but dates, times and shares are no scores.
        let text = "The league met in Oslo 12 September. Fans left Bergen 3:30 pm and Oslo \
                    2.5 percent richer, said the football chief.";
        let got = kinds("Football league meets", text, &["Oslo", "Bergen"]);
        assert!(all(&got, Kind::Place), "{got:?}");
        let got = kinds(
            "Soccer",
            "GENEVA 12 September 2016 - the cup draw was made.",
            &["GENEVA"],
        );
        assert!(all(&got, Kind::Place), "{got:?}");
    }

    #[test]
    fn politics_with_a_word_of_leagues_is_no_sport_and_days_or_dates_no_score() {
        let text = "Thousands marched against Rome on Sunday. Rome has ignored the north, \
                    said the Arab League.";
        let got = kinds(
            "Northern League rallies in Venice",
            text,
            &["Rome", "Venice"],
        );
        assert!(all(&got, Kind::Place), "{got:?}");
        let text = "MADRID 30-08-1996\n\nThe striker arrived in Sydney 10 days ago, and the \
                    goalkeeper left Perth 3 years ago. The mayor of Madrid spoke.";
        let got = kinds(
            "Football: transfers",
            text,
            &["MADRID", "Madrid", "Sydney", "Perth"],
        );
        assert!(all(&got, Kind::Place), "{got:?}");
        // A score with one dash is still one.
        let got = kinds(
            "Basketball",
            "Madrid beat Riga 102-98 at home.",
            &["Madrid", "Riga"],
        );
        assert!(all(&got, Kind::Org), "{got:?}");
    }

    #[test]
    fn nations_are_listed() {
        let all: Vec<&str> = nations().collect();
        for n in ["France", "Japan", "England", "Scotland"] {
            assert!(all.contains(&n), "{n}");
        }
        assert!(!all.contains(&"London"));
    }
}

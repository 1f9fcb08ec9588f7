//! What one line of a plain-text article reads as: a headline, a date line, a byline, body
//! prose, or site furniture. Each test looks at one rendered line only; deciding between
//! candidates is `extract`'s job.
//!
//! What must stay true: these are general rules about the shape of lines (length, case,
//! punctuation, known phrasing), not lists of particular articles; a photo credit is never a
//! byline; a date is only claimed by a line that is mostly that date.

use crate::corpus::meta::date;
use crate::corpus::meta::metalines::split_byline;
use crate::corpus::text::clean::ends_sentence;

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Whether `s` has more than `n` words: read only as far as the answer needs, so that asking it
/// of a long paragraph costs no more than of a short line.
fn more_words(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_some()
}

/// Prose: a full sentence of some length, or simply long. Metadata lines are never this.
pub(crate) fn body_like(s: &str) -> bool {
    // Counted up to 25: a paragraph's words past that change nothing.
    let n = s.split_whitespace().take(25).count();
    (n >= 8 && ends_sentence(s)) || n >= 25
}

/// Could be a headline: several words, starts like a title, does not end like a clause or a
/// sentence, and is not a section label such as "Weapons of Mass Destruction (WMD)".
pub(crate) fn headline_like(s: &str) -> bool {
    // The tests that read a character or two first: most lines fail one of them, and are not
    // read word by word. Over 200 characters a line is prose.
    let end = s.trim_end_matches(['"', '”', '’', '\'', '»']);
    let ends_well =
        !end.ends_with(['.', ',', ';', ':', '-', '–', '—', '|']) || end.ends_with("...");
    if !ends_well || !starts_like_a_title(s) || s.chars().nth(200).is_some() {
        return false;
    }
    let n = words(s);
    let alphabetic = s
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count();
    (3..=30).contains(&n)
        && alphabetic >= 2
        && !acronym_label(s)
        && !wire_dateline(s)
        && !s.contains('©')
        && !s.contains("://")
        && !is_furniture(s)
}

/// A wire dateline standing on its own line: a place in capitals, maybe its region, then the
/// date ("TAVILDARA, Tajikistan 1996-08-30", "CAPE TOWN 1996-08-31"). Not a headline.
pub(crate) fn wire_dateline(s: &str) -> bool {
    dateline_date(s, false).is_some()
}

/// The date of a dateline on its own line: [`wire_dateline`]'s, or with `titled` also a place
/// written in title case ("Amsterdam, 30 October 2025"), every word of it capitalised.
pub(crate) fn dateline_date(s: &str, titled: bool) -> Option<String> {
    let s = s.trim();
    let found = date::find(s)?;
    let place = s[..found.span.start].trim_end();
    let first = place.split([' ', ',']).next().unwrap_or("");
    let shaped = if titled {
        place
            .split([' ', ','])
            .filter(|w| !w.is_empty())
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    } else {
        !first.chars().any(char::is_lowercase)
    };
    (s[found.span.end..].trim().is_empty()
        && !more_words(place, 5)
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && shaped)
        .then_some(found.date)
}

/// The place of a wire dateline set on a line of its own, the date on the next
/// ("FARMINGTON HILLS, Mich." above "1996-08-30"): up to five words, the first in capitals,
/// no digits.
pub(crate) fn dateline_place(s: &str) -> bool {
    let s = s.trim();
    let first = s.split([' ', ',']).next().unwrap_or("");
    !more_words(s, 5)
        && !s.chars().any(|c| c.is_ascii_digit())
        && first.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !first.chars().any(char::is_lowercase)
}

/// A line of two to four capitalised words and nothing else: a writer's name on its own
/// ("Yuri Kushko"), as wire copy sets it under the headline.
pub(crate) fn names_only(s: &str) -> bool {
    let n = words(s);
    (2..=4).contains(&n)
        && !s.ends_with('.')
        && s.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// Starts with a capital, a digit or a quote, or with a name written in lower case first:
/// "al-Assad …", "iPhone …", "de Mistura …".
fn starts_like_a_title(s: &str) -> bool {
    const PARTICLES: [&str; 9] = ["al", "el", "de", "van", "von", "bin", "da", "di", "le"];
    let mut ws = s.split_whitespace();
    let first = ws.next().unwrap_or("");
    let lower_name = first.starts_with(char::is_lowercase)
        && (first.chars().skip(1).any(char::is_uppercase)
            || (PARTICLES.contains(&first)
                && ws.next().is_some_and(|w| w.starts_with(char::is_uppercase))));
    lower_name
        || s.chars().next().is_some_and(|c| {
            c.is_uppercase() || c.is_ascii_digit() || matches!(c, '‘' | '“' | '"' | '\'' | '«')
        })
}

/// A headline that ends like a sentence: "Is the Ceasefire Over at Last in Northern Syria?",
/// "Russia Says No!", "Obstacles Remain as Talks Resume." Asked only of a line standing alone
/// at the top of an article, where [`body_like`] may take it for prose. A line ending in "."
/// must be in title case, or be short, comma-free and followed by a date or byline
/// (`before_meta`): "Viacom fined over broadcast." above "March 3, 2020".
pub(crate) fn headline_sentence(s: &str, before_meta: bool) -> bool {
    let n = words(s);
    let shape = starts_like_a_title(s)
        && (2..=20).contains(&n)
        && s.chars().count() <= 160
        && !s.contains('©')
        && !s.contains("://")
        && !is_furniture(s);
    if !shape {
        return false;
    }
    let end = s.trim_end_matches(['"', '”', '’', '\'', '»', ')']);
    if end.ends_with(['?', '!', '…']) {
        return n <= 16;
    }
    end.ends_with('.') && (title_case(s) || (before_meta && n <= 12 && !s.contains(',')))
}

/// Most words of four letters or more, after the first, start with a capital.
fn title_case(s: &str) -> bool {
    let long: Vec<&str> = s
        .split_whitespace()
        .skip(1)
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .collect();
    let caps = long
        .iter()
        .filter(|w| {
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase)
        })
        .count();
    long.len() >= 2 && caps * 4 >= long.len() * 3
}

/// "Weapons of Mass Destruction (WMD)": a term with its abbreviation is a glossary or section
/// label, not a headline.
fn acronym_label(s: &str) -> bool {
    let Some(inner) = s
        .strip_suffix(')')
        .and_then(|t| t.rsplit_once('('))
        .map(|(_, inner)| inner)
    else {
        return false;
    };
    inner.chars().count() >= 2
        && inner
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
}

/// A line that is mostly a date: "September 08, 2016", "PUBLISHED : Friday, 09 September, 2016,
/// 1:07pm", "September 08, 2016, 8:43 UTC+3 MOSCOW". Returns the date and whether the line
/// gives an update time rather than the publication date.
pub(crate) fn date_line(s: &str) -> Option<(String, bool)> {
    if more_words(s, 12) {
        return None;
    }
    let found = date::find(s)?;
    let labels = s[..found.span.start]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>();
    const LABELS: [&str; 11] = [
        "published",
        "posted",
        "updated",
        "last",
        "date",
        "on",
        "first",
        "modified",
        "dated",
        "edited",
        "time",
    ];
    // A time of day may come first: "Updated 9:12 pm, Friday, September 9, 2016".
    const TIME: [&str; 14] = [
        "am", "pm", "a", "p", "m", "gmt", "utc", "bst", "cet", "cest", "et", "edt", "est", "pt",
    ];
    let labelled = labels
        .iter()
        .all(|w| LABELS.contains(&w.as_str()) || TIME.contains(&w.as_str()) || date::is_weekday(w));
    let tail_ok = !more_words(&s[found.span.end..], 5);
    let updated = (labels.iter()).any(|w| matches!(w.as_str(), "updated" | "modified" | "edited"));
    (labelled && tail_ok).then_some((found.date, updated))
}

/// What a byline says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Byline {
    pub author: String,
    pub date: Option<String>,
    /// The outlet, when the byline names one (`By Jane Doe | Reuters`).
    pub source: Option<String>,
}

impl Byline {
    /// A byline that names the author only.
    pub(crate) fn of(author: &str) -> Byline {
        Byline {
            author: author.to_string(),
            date: None,
            source: None,
        }
    }
}

/// A byline: "By Ed Crowther", "By William Ide September 04, 2016 9:01 AM", "By Jane Doe |
/// Reuters | 2016-09-10". Returns the author, and the date and outlet when the line has them.
pub(crate) fn byline(s: &str) -> Option<Byline> {
    let rest = ["By ", "BY ", "Written by ", "Words by "]
        .iter()
        .find_map(|p| s.strip_prefix(p))?;
    if more_words(s, 16) {
        return None;
    }
    let (name, date) = match date::find(rest) {
        Some(f) if !more_words(&rest[f.span.end..], 5) => (&rest[..f.span.start], Some(f.date)),
        Some(_) => return None,
        None => (rest, None),
    };
    let (name, source) = split_byline(name);
    let mut parts: Vec<&str> = name.split_whitespace().collect();
    while parts.last().is_some_and(|w| {
        let w = w
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        w.is_empty() || ["on", "published", "updated", "posted"].contains(&w.as_str())
    }) {
        parts.pop();
    }
    let name = parts.join(" ");
    let name = name.trim_end_matches([',', ';', ':', '-', '–', '—']).trim();
    // "MATTHEW LEE, AP Diplomatic Writer": the writer's role after a comma is not the name.
    let name = match name.rsplit_once(',') {
        Some((before, role)) if ends_with_role(role) => before.trim(),
        _ => name,
    };
    // "By Daniel Okafor at Anfield", "By Tom Miles in Geneva": where the writer wrote from.
    let name = [" at ", " in "]
        .iter()
        .find_map(|sep| name.rsplit_once(sep))
        .filter(|(_, place)| {
            (1..=3).contains(&place.split_whitespace().count())
                && place
                    .split_whitespace()
                    .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        })
        .map_or(name, |(before, _)| before.trim());
    person_like(name).then(|| Byline {
        author: name_case(name),
        date,
        source: source.map(str::to_string),
    })
}

/// A name as a reader writes it: "MATTHEW LEE" (wire copy sets bylines in capitals) → "Matthew
/// Lee", "ANNE O'NEILL-SMITH and JOHN ROE" → "Anne O'Neill-Smith and John Roe". A name with any
/// lower-case letter in it is left as written ("Ed McDonald", "de Mistura").
fn name_case(name: &str) -> String {
    let has_lower = |w: &str| w.chars().any(char::is_lowercase);
    let small = |w: &str| w.eq_ignore_ascii_case("and") || w == "&";
    if name.split_whitespace().any(|w| !small(w) && has_lower(w)) {
        return name.to_string();
    }
    let word = |w: &str| {
        if small(w) {
            return w.to_lowercase();
        }
        let mut out = String::with_capacity(w.len());
        let mut start = true;
        for c in w.chars() {
            match start {
                true => out.extend(c.to_uppercase()),
                false => out.extend(c.to_lowercase()),
            }
            // A capital again after a hyphen or an apostrophe.
            start = !c.is_alphabetic();
        }
        out
    };
    name.split_whitespace()
        .map(word)
        .collect::<Vec<_>>()
        .join(" ")
}

/// A wire's credit line, at the top or the foot of a story: "(Reporting by Tom Miles in Geneva;
/// Additional reporting by John Irish; Editing by Alison Williams)" → "Tom Miles". Every part
/// must credit someone "by" name, and the first must be the reporting or writing.
pub(crate) fn credit_line(s: &str) -> Option<String> {
    let s = s.trim().strip_prefix('(').unwrap_or(s.trim());
    let s = s.trim_end_matches(['.', ' ']).trim_end_matches(')');
    let mut parts = s.split(';').map(str::trim);
    let first = parts.next()?;
    let names = ["reporting by ", "writing by ", "reporting and writing by "]
        .iter()
        .find_map(|p| lower_starts_with(first, p).then(|| &first[p.len()..]))?;
    if more_words(s, 30) {
        return None;
    }
    let credits = |p: &str| {
        let lower = p.to_lowercase();
        p.is_empty()
            || lower.contains(" by ")
                && lower
                    .split(" by ")
                    .next()
                    .is_some_and(|r| !more_words(r, 3))
    };
    if !parts.all(credits) {
        return None;
    }
    // "Tom Miles in Geneva": the place is where the reporting was done.
    let names = names
        .split(" in ")
        .next()
        .unwrap_or(names)
        .trim()
        .trim_end_matches(',');
    person_like(names).then(|| names.to_string())
}

/// A byline without "By", as wires and papers print it under the headline: "Tom Miles in
/// London", "Polina Devitt, Reuters", "Jane Doe | AFP". A short headline can have the same
/// shape ("John Kerry in Geneva"), so `extract` asks this only of a line between a headline
/// and a date. The author is two to five name words; a place after "in" is one to four
/// capitalised words; an outlet is one that [`split_byline`] finds.
pub(crate) fn bare_byline(s: &str) -> Option<Byline> {
    let s = s.trim();
    if more_words(s, 10) || s.ends_with(['.', '!', '?', ':', ';']) {
        return None;
    }
    let author = |name: &str| {
        let name = name.trim();
        ((2..=5).contains(&words(name)) && person_like(name) && !name.contains(" and "))
            .then(|| name.to_string())
    };
    if let Some((name, place)) = s.split_once(" in ")
        && place_like(place)
    {
        return author(name).map(|author| Byline {
            author,
            date: None,
            source: None,
        });
    }
    // "Patrick Wintour Diplomatic editor", "Patrick Wintour, diplomatic editor": a name, then
    // the writer's role. The name ends at a comma; without one, it is the first two words.
    let ws: Vec<&str> = s.split_whitespace().collect();
    let role = ws.last().map(|w| w.to_lowercase());
    if role.is_some_and(|r| ROLES.contains(&r.as_str())) && (3..=6).contains(&ws.len()) {
        let name = match s.split_once(',') {
            Some((name, _)) => name.to_string(),
            None => ws[..2].join(" "),
        };
        return author(&name).map(|author| Byline {
            author,
            date: None,
            source: None,
        });
    }
    let (name, source) = split_byline(s);
    let source = source?.to_string();
    author(name).map(|author| Byline {
        author,
        date: None,
        source: Some(source),
    })
}

/// Whether the last word of `s` is a writer's role ("AP Diplomatic Writer").
fn ends_with_role(s: &str) -> bool {
    s.split_whitespace()
        .last()
        .is_some_and(|w| ROLES.contains(&w.to_lowercase().as_str()))
}

/// The writer a date line names after its date, as blogs print it: "Posted on September 10,
/// 2016 by Jane Doe" → "Jane Doe".
pub(crate) fn dated_byline(s: &str) -> Option<String> {
    let found = date::find(s)?;
    let rest = s[found.span.end..].trim_start();
    let name = ["by ", "By ", "BY "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?
        .trim();
    person_like(name).then(|| name.to_string())
}

/// The last word of a writer's role after the name in a byline.
const ROLES: [&str; 6] = [
    "editor",
    "correspondent",
    "reporter",
    "writer",
    "columnist",
    "contributor",
];

/// A place after a byline's "in": "London", "New York", "Rio de Janeiro".
fn place_like(s: &str) -> bool {
    const SMALL: [&str; 6] = ["de", "del", "la", "al", "el", "upon"];
    let ws: Vec<&str> = s.split_whitespace().collect();
    (1..=4).contains(&ws.len())
        && ws
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && ws.iter().all(|w| {
            (w.starts_with(char::is_uppercase) || SMALL.contains(w))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
        })
}

/// Capitalised name words joined by the small words names and lists of names use.
fn person_like(name: &str) -> bool {
    const SMALL: [&str; 14] = [
        "and", "&", "de", "van", "von", "der", "den", "la", "le", "al", "bin", "da", "di", "y",
    ];
    let ws: Vec<&str> = name.split_whitespace().collect();
    (1..=8).contains(&ws.len())
        && name.chars().count() <= 80
        && !name.chars().any(|c| c.is_ascii_digit())
        && ws
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && ws
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(&w.trim_end_matches(',')))
}

/// Whole lines of site chrome, in lower case.
const FURNITURE: [&str; 27] = [
    "currency converter",
    "all news",
    "news search topics",
    "use filter",
    "you can filter your feed,",
    "by choosing only interesting",
    "skip to toolbar",
    "skip to content",
    "skip to main content",
    "shared on",
    "show more",
    "show less",
    "in other media",
    "partner news",
    "advertisement",
    "read more",
    "share",
    "share this",
    "share this article",
    "share on facebook",
    "share on twitter",
    "related",
    "related articles",
    "related stories",
    "back to top",
    "print",
    "comments",
];

/// Site chrome: navigation, sharing and promotion lines that are never the article's words.
pub(crate) fn is_furniture(s: &str) -> bool {
    const LONGEST: usize = 28;
    const _: () = {
        let mut i = 0;
        while i < FURNITURE.len() {
            assert!(FURNITURE[i].len() <= LONGEST);
            i += 1;
        }
    };
    // A line over three times the longest phrase cannot be one in lower case (lower-casing
    // shrinks a character at most from three bytes to one): a paragraph is not lower-cased.
    let short = s.len() <= 3 * LONGEST;
    let phrase = || match s.is_ascii() {
        true => FURNITURE.iter().any(|p| p.eq_ignore_ascii_case(s)),
        false => FURNITURE.contains(&s.to_lowercase().as_str()),
    };
    if (short && phrase()) || lower_starts_with(s, "united24 ") {
        return true;
    }
    let mut ws = s.split_whitespace();
    let pages = ws.next().is_some_and(|w| w.parse::<u32>().is_ok())
        && ws
            .next()
            .is_some_and(|w| lower_eq(w, "page") || lower_eq(w, "pages"))
        && ["in", "this", "article"]
            .iter()
            .all(|want| ws.next().is_some_and(|w| lower_eq(w, want)))
        && ws.next().is_none();
    pages
        || (lower_starts_with(s, "join the ") && lower_ends_with(s, " mailing list"))
        || (nav_bar(s) && byline(s).is_none())
}

/// Whether `s` in lower case is `want` (lower-case already).
fn lower_eq(s: &str, want: &str) -> bool {
    s.chars().flat_map(char::to_lowercase).eq(want.chars())
}

/// Whether `s` in lower case starts with `want` (lower-case already).
fn lower_starts_with(s: &str, want: &str) -> bool {
    // Where the line starts in ASCII, its bytes lowered are its characters lowered.
    if let Some(head) = s.as_bytes().get(..want.len())
        && head.is_ascii()
    {
        return head.eq_ignore_ascii_case(want.as_bytes());
    }
    let mut lower = s.chars().flat_map(char::to_lowercase);
    want.chars().all(|c| lower.next() == Some(c))
}

/// Whether `s` in lower case ends with `want` (lower-case already).
fn lower_ends_with(s: &str, want: &str) -> bool {
    if let Some(tail) = s
        .len()
        .checked_sub(want.len())
        .map(|at| &s.as_bytes()[at..])
        && tail.is_ascii()
    {
        return tail.eq_ignore_ascii_case(want.as_bytes());
    }
    let mut lower = s.chars().rev().flat_map(|c| c.to_lowercase().rev());
    want.chars().rev().all(|c| lower.next() == Some(c))
}

/// "Home | News | Sport | Weather": three or more short items between bars or bullets is a
/// site's navigation, where "Talks resume in Geneva | Reuters" is a headline with its outlet.
fn nav_bar(s: &str) -> bool {
    // Most lines have no bar or bullet: one SIMD search for `|` and the last bytes of `·` and
    // `•` (another character ending in one of those only costs the closer look).
    let bars = memchr::memchr3(b'|', 0xb7, 0xa2, s.as_bytes()).is_some();
    if !bars {
        return false;
    }
    let mut items = 0;
    for item in s.split(['|', '·', '•']).map(str::trim) {
        if item.is_empty() || item.split_whitespace().nth(3).is_some() {
            return false;
        }
        items += 1;
    }
    items >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `is_furniture` as it was, lower-casing every line whole: the oracle for the one that
    /// reads only as far as it needs.
    fn is_furniture_whole(s: &str) -> bool {
        let lower = s.to_lowercase();
        if FURNITURE.contains(&lower.as_str()) || lower.starts_with("united24 ") {
            return true;
        }
        let mut ws = lower.split_whitespace();
        let pages = ws.next().is_some_and(|w| w.parse::<u32>().is_ok())
            && matches!(ws.next(), Some("page" | "pages"))
            && ws.collect::<Vec<_>>() == ["in", "this", "article"];
        let items: Vec<&str> = s.split(['|', '·', '•']).map(str::trim).collect();
        let nav = items.len() >= 3
            && items
                .iter()
                .all(|item| !item.is_empty() && item.split_whitespace().count() <= 3);
        pages
            || (lower.starts_with("join the ") && lower.ends_with(" mailing list"))
            || (nav && byline(s).is_none())
    }

    #[test]
    fn furniture_read_in_part_answers_as_the_whole_line_does() {
        // Pieces that make furniture, near misses, case that changes length when lowered
        // (the Kelvin sign, dotted capital I, final sigma) and long prose.
        const PIECES: [&str; 16] = [
            "Share this ARTICLE",
            "Skip to main content",
            "S\u{212a}IP TO MAIN CONTENT",
            "By choosing only interesting",
            "Read",
            "more",
            "United24",
            "12 Pages in This article",
            "Join the",
            "Daily Brief",
            "MAILING LIST",
            "Home",
            " | ",
            " • ",
            "İΣ",
            "·",
        ];
        let prose = "The talks in Geneva lasted well into the night, officials said. ".repeat(3);
        let mut pick = crate::test_rng::below(0x5eed_f00d);
        let mut furniture = 0;
        for _ in 0..20_000 {
            let mut line = String::new();
            for k in 0..1 + pick(4) {
                if k > 0 && pick(3) > 0 {
                    line.push(' ');
                }
                line.push_str(PIECES[pick(PIECES.len())]);
            }
            if pick(8) == 0 {
                line.push_str(&prose);
            }
            let whole = is_furniture_whole(&line);
            assert_eq!(is_furniture(&line), whole, "{line:?}");
            furniture += usize::from(whole);
        }
        assert!(
            furniture > 200,
            "only {furniture} lines of furniture were made"
        );
    }

    #[test]
    fn navigation_bars_are_furniture_and_a_headline_with_its_outlet_is_not() {
        for nav in [
            "Home | News | Sport | Weather",
            "World · Business · Tech",
            "News • Opinion • Live TV",
        ] {
            assert!(is_furniture(nav) && !headline_like(nav), "{nav}");
        }
        for headline in [
            "Talks resume in Geneva | Reuters",
            "Kerry, Lavrov meet | Geneva | live updates from the talks",
        ] {
            assert!(!is_furniture(headline), "{headline}");
        }
        assert!(headline_like("Talks resume in Geneva | Reuters"));
    }

    #[test]
    fn headlines_and_what_is_not_one() {
        assert!(headline_line(
            "Lavrov, Kerry to discuss details of possible agreement on Syria"
        ));
        assert!(headline_line(
            "US pushes Russia for a ‘true’ ceasefire in Syria, ahead of peace talks in Geneva"
        ));
        assert!(headline_line("‘What is Aleppo?’ Gary Johnson asks"));
        for s in [
            "Currency converter",
            "All news",
            "News Search Topics",
            "Use filter",
            "You can filter your feed,",
            "by choosing only interesting",
            "UNITED24 - Make a charitable donation in support of Ukraine!",
            "Weapons of Mass Destruction (WMD)",
            "© Alexander Scherbak/TASS",
            "The talks will focus on reducing violence in the country.",
        ] {
            assert!(!headline_line(s), "{s:?}");
        }
    }

    fn headline_line(s: &str) -> bool {
        headline_like(s)
    }

    #[test]
    fn a_headline_may_start_with_a_name_in_lower_case() {
        for line in [
            "al-Assad presses for the election in Damascus",
            "iPhone sales fall for the first time",
            "de Mistura hopes for a truce by Friday",
        ] {
            assert!(headline_like(line), "{line}");
        }
        for line in [
            "and then the talks went on",
            "de facto rule in the east",
            "e-mail it",
        ] {
            assert!(!headline_like(line), "{line}");
        }
    }

    #[test]
    fn a_wire_dateline_on_its_own_line_is_not_a_headline() {
        for s in [
            "TAVILDARA, Tajikistan 1996-08-30",
            "CAPE TOWN 1996-08-31",
            "AL-RAM, West Bank 1996-08-30",
        ] {
            assert!(!headline_like(s), "{s}");
        }
        assert!(headline_like("Talks resume in Geneva on 2016-09-09 plan"));
        assert!(headline_like("UN Envoy Arrives in Geneva"));
    }

    #[test]
    fn headlines_that_end_like_sentences() {
        for (s, before_meta) in [
            (
                "Is the Ceasefire in Syria Finally Over After Five Long Years of War?",
                false,
            ),
            (
                "Is the ceasefire over at last, or will the fighting start again?",
                false,
            ),
            ("Russia says no!", false),
            (
                "Obstacles Remain as US, Russia Work to Finalize Syria Cease-Fire Deal.",
                false,
            ),
            ("Viacom fined over late-night broadcast.", true),
            ("“Will the Talks Ever End?”", false),
            ("The Long Wait for Peace…", false),
        ] {
            assert!(headline_sentence(s, before_meta), "{s}");
        }
        for (s, before_meta) in [
            ("Viacom fined over late-night broadcast.", false),
            (
                "Nobody wrote a headline for this note, it simply starts talking.",
                true,
            ),
            (
                "The two sides left without agreeing on anything at all.",
                false,
            ),
            ("the talks ended?", false),
            ("Markets rally", false),
            (
                "UNITED24 - Make a charitable donation in support of Ukraine!",
                false,
            ),
        ] {
            assert!(!headline_sentence(s, before_meta), "{s}");
        }
    }

    #[test]
    fn date_lines_published_and_updated() {
        let d = |s| date_line(s);
        assert_eq!(d("September 08, 2016"), Some(("2016-09-08".into(), false)));
        assert_eq!(
            d("September 08, 2016, 8:43 UTC+3 MOSCOW"),
            Some(("2016-09-08".into(), false))
        );
        assert_eq!(
            d("PUBLISHED : Friday, 09 September, 2016, 1:07pm"),
            Some(("2016-09-09".into(), false))
        );
        assert_eq!(
            d("UPDATED : Friday, 09 September, 2016, 9:52pm"),
            Some(("2016-09-09".into(), true))
        );
        assert_eq!(
            d("Updated 9:12 pm, Friday, September 9, 2016"),
            Some(("2016-09-09".into(), true))
        );
        assert_eq!(
            d("Published time: 9 Sep, 2016 19:42"),
            Some(("2016-09-09".into(), false))
        );
        assert_eq!(
            d("Edited time: 10 Sep, 2016 08:18"),
            Some(("2016-09-10".into(), true))
        );
        assert_eq!(d("Date 09.09.2016"), Some(("2016-09-09".into(), false)));
        assert_eq!(
            d("Kerry arrived on September 9, 2016 in Geneva to meet Lavrov"),
            None
        );
        assert_eq!(d("Talks at 9 pm on September 9, 2016"), None);
    }

    #[test]
    fn bylines_give_the_author_and_maybe_the_date() {
        let by = |s| byline(s).map(|b| (b.author, b.date, b.source));
        assert_eq!(
            by("By Ed Crowther"),
            Some(("Ed Crowther".into(), None, None))
        );
        assert_eq!(
            by("By William Ide September 04, 2016 9:01 AM"),
            Some(("William Ide".into(), Some("2016-09-04".into()), None))
        );
        assert_eq!(
            by("By Jane Doe and Juan de la Cruz"),
            Some(("Jane Doe and Juan de la Cruz".into(), None, None))
        );
        // Where the writer filed from is no part of the name.
        for line in [
            "By Daniel Okafor at Anfield",
            "By Daniel Okafor in New York",
        ] {
            let author = byline(line).map(|b| b.author);
            assert_eq!(author.as_deref(), Some("Daniel Okafor"), "{line}");
        }
        for line in [
            "By Jane Doe | Reuters | 2016-09-10",
            "By Jane Doe - Reuters - Sept. 10, 2016",
            "By Jane Doe — Reuters — 2016-09-10",
            "By Jane Doe, Reuters, September 10, 2016",
            "By Jane Doe · Reuters · 2016-09-10",
        ] {
            assert_eq!(
                by(line),
                Some((
                    "Jane Doe".into(),
                    Some("2016-09-10".into()),
                    Some("Reuters".into())
                )),
                "{line}"
            );
        }
        assert_eq!(
            by("By Jane Doe · 5 min read"),
            Some(("Jane Doe".into(), None, None))
        );
        assert_eq!(
            by("By Ramon Llu·l"),
            Some(("Ramon Llu·l".into(), None, None))
        );
        assert_eq!(byline("by choosing only interesting"), None);
        assert_eq!(byline("By the way, nothing happened"), None);
        assert_eq!(byline("© Alexander Scherbak/TASS"), None);
        assert_eq!(byline("(AFP photo)"), None);
    }

    #[test]
    fn wire_credit_lines_name_the_reporter() {
        for (line, author) in [
            (
                "(Reporting by Tom Miles in Geneva; Additional reporting by John Irish in \
                 Paris; Editing by Alison Williams)",
                "Tom Miles",
            ),
            (
                "Reporting by Jane Doe and Juan de la Cruz; Editing by Ann Lee",
                "Jane Doe and Juan de la Cruz",
            ),
            ("(Writing by Jane Doe; editing by Ann Lee).", "Jane Doe"),
            ("Reporting by Jane Doe", "Jane Doe"),
        ] {
            assert_eq!(credit_line(line).as_deref(), Some(author), "{line}");
        }
        for line in [
            "Reporting by the state news agency was thin; officials said nothing",
            "Editing by Ann Lee",
            "Reporting by reporters in the field",
            "(Reporting by Tom Miles; the talks went on all night after the deal)",
        ] {
            assert_eq!(credit_line(line), None, "{line}");
        }
    }

    #[test]
    fn a_role_after_the_name_is_not_the_author_and_a_dated_line_may_name_one() {
        let author = |s| byline(s).map(|b| b.author);
        assert_eq!(
            author("By MATTHEW LEE, AP Diplomatic Writer").as_deref(),
            Some("Matthew Lee")
        );
        assert_eq!(
            author("By ANNE O'NEILL-SMITH and JOHN ROE").as_deref(),
            Some("Anne O'Neill-Smith and John Roe")
        );
        assert_eq!(author("By Ed McDonald").as_deref(), Some("Ed McDonald"));
        assert_eq!(
            author("By SOMINI SENGUPTA AND ANNE BARNARD").as_deref(),
            Some("Somini Sengupta and Anne Barnard")
        );
        assert_eq!(
            author("By Jane Doe, Chief Correspondent").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            author("By Jane Doe and John Roe").as_deref(),
            Some("Jane Doe and John Roe")
        );
        assert_eq!(
            dated_byline("Posted on September 10, 2016 by Jane Doe").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(
            dated_byline("September 10, 2016 By Jane Doe").as_deref(),
            Some("Jane Doe")
        );
        assert_eq!(dated_byline("Posted on September 10, 2016"), None);
        assert_eq!(dated_byline("September 10, 2016 by the river"), None);
    }

    #[test]
    fn bylines_without_by_give_the_author_and_maybe_the_outlet() {
        let by = |s| bare_byline(s).map(|b| (b.author, b.source));
        assert_eq!(by("Tom Miles in London"), Some(("Tom Miles".into(), None)));
        assert_eq!(
            by("Polina Devitt, Reuters"),
            Some(("Polina Devitt".into(), Some("Reuters".into())))
        );
        assert_eq!(
            by("Jane Doe | The Guardian"),
            Some(("Jane Doe".into(), Some("The Guardian".into())))
        );
        for line in [
            "Patrick Wintour Diplomatic editor",
            "Jane Doe Middle East correspondent",
            "Jane Doe Staff Writer",
            "Patrick Wintour, diplomatic editor",
            "Jane Doe, chief correspondent",
        ] {
            let name: Vec<&str> = line.split(' ').take(2).collect();
            let name = name.join(" ").trim_end_matches(',').to_string();
            assert_eq!(by(line), Some((name, None)), "{line}");
        }
        // After a comma, the whole name, however many words it has.
        assert_eq!(
            by("Mary Anne Doe, Europe editor"),
            Some(("Mary Anne Doe".into(), None))
        );
        for line in [
            "Kerry in Geneva",
            "Kerry and Lavrov in Geneva",
            "Talks resume in Geneva",
            "Jane Doe, John Roe",
            "Tom Miles in London.",
            "Tom Miles in the rain",
            "Meet the editor",
            "Letters to the editor",
        ] {
            assert_eq!(by(line), None, "{line}");
        }
    }

    #[test]
    fn furniture_by_shape() {
        assert!(is_furniture("1 pages in this article"));
        assert!(is_furniture("Join the GlobalSecurity.org mailing list"));
        assert!(is_furniture("Skip to toolbar"));
        assert!(!is_furniture("Kerry-Lavrov meeting"));
    }
}

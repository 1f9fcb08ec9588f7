//! Who is quoted: quotations attributed to a speaker in the forms news writing uses —
//! `“…,” said Mark Toner`, `“…,” Toner said`, `X said (that) …`, `according to X`,
//! `X told Y …` — with the speaker resolved to an entity where a mention covers the name.
//!
//! What must stay true: never panics on any text; every range used is on a char boundary; a
//! pronoun speaker (`he said`) is the previous speaker of the same article or nobody.

use std::ops::Range;

use crate::entities::{EntityId, Kind, Matcher, Mention};

/// One attributed quotation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The speaker: the entity's canonical name when resolved, else the name as written.
    pub speaker: String,
    /// The entity the speaker resolved to.
    pub entity: Option<EntityId>,
    /// The words quoted, or the sentence that reports them.
    pub text: String,
}

/// Verbs of saying that attribute a quotation.
const VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "asked",
    "stated",
    "insisted",
    "warned",
    "explained",
];
/// Verbs that attribute a sentence without quotation marks (`X said the talks…`).
const REPORTING: &[&str] = &["said", "says", "told", "tells"];
/// Capitalised words that begin a sentence rather than a name, and the people news quotes
/// without naming them ("Analysts said").
const NOT_NAMES: &[&str] = &[
    "The",
    "A",
    "An",
    "But",
    "And",
    "In",
    "On",
    "At",
    "As",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "This",
    "That",
    "Then",
    "When",
    "While",
    "After",
    "Before",
    "If",
    "Yet",
    "So",
    "Also",
    "Analysts",
    "Officials",
    "Police",
    "Witnesses",
    "Residents",
    "Critics",
    "Sources",
    "Experts",
    "Observers",
    "Diplomats",
    "Investigators",
    "Authorities",
    "Others",
    "Some",
    "Many",
];
/// Titles written before a name; an unresolved speaker is the name without them.
const TITLES: &[&str] = &[
    "President",
    "Vice",
    "Prime",
    "Minister",
    "Deputy",
    "Foreign",
    "Defense",
    "Defence",
    "State",
    "Secretary",
    "Secretary-General",
    "Spokesman",
    "Spokeswoman",
    "Spokesperson",
    "Ambassador",
    "Senator",
    "Sen.",
    "Rep.",
    "Governor",
    "Gov.",
    "General",
    "Gen.",
    "Colonel",
    "Col.",
    "Mr",
    "Mr.",
    "Mrs",
    "Mrs.",
    "Ms",
    "Ms.",
    "Dr",
    "Dr.",
    "Chief",
    "Director",
    "Chairman",
    "Chairwoman",
    "Envoy",
    "Special",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Pope",
    "Judge",
    "Commander",
    "Leader",
    "Mayor",
    "Premier",
    "Interior",
    "Finance",
    "Executive",
    "Officer",
    "Former",
];
/// The longest a quotation's text is kept, in characters.
const MAX_TEXT: usize = 400;

/// A speaker not yet resolved: a pronoun (the previous speaker) or a name's byte range.
enum Who {
    Pronoun,
    Name(Range<usize>),
}

/// The quotations in `text`, in order, with `mentions` the entity mentions of `text` (sorted)
/// by `matcher`.
pub fn quotes(text: &str, mentions: &[Mention], matcher: &Matcher) -> Vec<Quote> {
    let words = words(text);
    let spans = quote_spans(text);
    let mut found: Vec<(usize, Who, Range<usize>)> = Vec::new();
    let mut used = vec![false; words.len()];

    // “…,” said X / “…,” X said
    for q in &spans {
        // The quotation's content ends before its closing mark.
        let Some(close) = text[q.clone()].chars().last() else {
            continue;
        };
        let content_end = q.end - close.len_utf8();
        let inner_end = q.end;
        let before_close = text[q.start..content_end].trim_end().chars().last();
        if !matches!(before_close, Some(',' | '?' | '!' | '—' | '-')) {
            continue;
        }
        let first = words.partition_point(|w| w.start < inner_end);
        let clause = clause_words(text, &words, first, inner_end);
        let Some(v) = clause
            .iter()
            .take(8)
            .position(|&k| is_one_of(&text[words[k].clone()], VERBS))
        else {
            continue;
        };
        used[clause[v]] = true;
        let who = if v == 0 {
            after_verb(text, &words, &clause[1..], mentions)
        } else {
            before(text, &words, clause[v], mentions, clause[0])
        };
        let content = open_end(text, q.start)..content_end;
        if let Some(who) = who {
            found.push((q.start, who, content));
        }
    }

    let inside_quote = |pos: usize| spans.iter().any(|q| q.start < pos && pos < q.end);
    for (k, w) in words.iter().enumerate() {
        let word = &text[w.clone()];
        if used[k] || inside_quote(w.start) {
            continue;
        }
        // X said (that) … / X told Y …
        if is_one_of(word, REPORTING) {
            let clause_start = clause_start(text, w.start);
            let first = words.partition_point(|x| x.start < clause_start);
            if let Some(who) = before(text, &words, k, mentions, first) {
                found.push((w.start, who, sentence(text, w.start)));
            }
        }
        // according to X
        if word.eq_ignore_ascii_case("according")
            && words.get(k + 1).is_some_and(|n| &text[n.clone()] == "to")
            && let Some(who) = after_according(text, &words, k + 2, mentions)
        {
            found.push((w.start, who, sentence(text, w.start)));
        }
    }

    found.sort_by_key(|f| f.0);
    let mut out = Vec::new();
    let mut last: Option<(String, Option<EntityId>)> = None;
    for (_, who, range) in found {
        let speaker = match who {
            Who::Pronoun => last.clone(),
            Who::Name(r) => resolve(text, r, mentions, matcher),
        };
        let Some((speaker, entity)) = speaker else {
            continue;
        };
        let quoted = clip(text[range].trim().trim_end_matches(','));
        if quoted.is_empty() {
            continue;
        }
        last = Some((speaker.clone(), entity));
        out.push(Quote {
            speaker,
            entity,
            text: quoted,
        });
    }
    out
}

/// The words of `text`: runs of letters, digits, `-`, `'`, `’`, and `.` inside abbreviations.
fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    let is_word = |c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’');
    for (i, c) in text.char_indices() {
        match (start, is_word(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                // "Mr." and "U.S." keep their dots.
                let abbrev = c == '.'
                    && text[s..i].chars().all(|c| c.is_alphabetic())
                    && i - s <= 3
                    && text[s..].starts_with(char::is_uppercase);
                if !abbrev {
                    out.push(s..i);
                    start = None;
                }
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    // Trailing apostrophes and hyphens are not part of a word.
    for w in &mut out {
        while let Some(c) = text[w.clone()]
            .chars()
            .last()
            .filter(|c| matches!(c, '-' | '\'' | '’'))
        {
            w.end -= c.len_utf8();
        }
    }
    out.retain(|w| !w.is_empty());
    out
}

/// Quoted passages: from an opening mark to its closing one (end included), within a
/// paragraph. Curly marks pair by shape, straight ones by turns.
fn quote_spans(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let (mut curly, mut straight): (Option<usize>, Option<usize>) = (None, None);
    for (i, c) in text.char_indices() {
        match c {
            '\n' => (curly, straight) = (None, None),
            '“' => curly = Some(i),
            '”' => {
                if let Some(s) = curly.take() {
                    out.push(s..i + c.len_utf8());
                }
            }
            '"' => match straight.take() {
                Some(s) => out.push(s..i + 1),
                None => straight = Some(i),
            },
            _ => {}
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// Byte just after the opening mark at `at`.
fn open_end(text: &str, at: usize) -> usize {
    at + text[at..].chars().next().map_or(0, char::len_utf8)
}

/// The words (indices from `first`) of the clause that starts at byte `from`: up to the first
/// sentence end, colon, quotation mark or line end between two words.
fn clause_words(text: &str, words: &[Range<usize>], first: usize, from: usize) -> Vec<usize> {
    let stops = |gap: &str| gap.contains(['.', ';', ':', '!', '?', '\n', '“', '”', '"', '(', ')']);
    let mut out = Vec::new();
    let mut prev_end = from;
    for (k, w) in words.iter().enumerate().skip(first) {
        if stops(&text[prev_end..w.start]) {
            break;
        }
        out.push(k);
        prev_end = w.end;
    }
    out
}

/// Where the clause around `pos` starts: after the last sentence end, comma, colon or quote
/// mark before it.
fn clause_start(text: &str, pos: usize) -> usize {
    text[..pos]
        .rfind(|c: char| {
            matches!(
                c,
                '.' | '!' | '?' | '\n' | ',' | ';' | ':' | '“' | '”' | '"'
            )
        })
        .map_or(0, |p| p + 1)
}

/// The sentence around byte `pos`.
fn sentence(text: &str, pos: usize) -> Range<usize> {
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let start = text[..pos].rfind(ends).map_or(0, |p| p + 1);
    let end = text[pos..].find(ends).map_or(text.len(), |p| pos + p + 1);
    start..end
}

/// The speaker after a verb of saying (`said State Department spokesperson Mark Toner`): the
/// last name in the words `clause` up to a comma.
fn after_verb(
    text: &str,
    words: &[Range<usize>],
    clause: &[usize],
    mentions: &[Mention],
) -> Option<Who> {
    let first = *clause.first()?;
    if is_pronoun(&text[words[first].clone()]) {
        return Some(Who::Pronoun);
    }
    let mut upto = clause.len();
    for (n, pair) in clause.windows(2).enumerate() {
        if text[words[pair[0]].end..words[pair[1]].start].contains(',') {
            upto = n + 1;
            break;
        }
    }
    let region = &clause[..upto];
    let region_end = words[*region.last()?].end;
    // A mention that ends the region is the speaker.
    if let Some(m) = mentions
        .iter()
        .rev()
        .find(|m| m.end == region_end && m.start >= words[first].start)
    {
        return Some(Who::Name(m.start..m.end));
    }
    let last_cap = region
        .iter()
        .rposition(|&k| capitalised(&text[words[k].clone()]))?;
    let mut start = last_cap;
    while start > 0 && capitalised(&text[words[region[start - 1]].clone()]) {
        start -= 1;
    }
    Some(Who::Name(
        words[region[start]].start..words[region[last_cap]].end,
    ))
}

/// The speaker just before the verb at word `verb` (`the Russian foreign ministry said`,
/// `Carter said`, `he said`), looking no further back than word `first`.
fn before(
    text: &str,
    words: &[Range<usize>],
    verb: usize,
    mentions: &[Mention],
    first: usize,
) -> Option<Who> {
    let prev = verb.checked_sub(1).filter(|&p| p >= first)?;
    let between = &text[words[prev].end..words[verb].start];
    if !between.trim().is_empty() {
        return None;
    }
    let word = &text[words[prev].clone()];
    if is_pronoun(word) {
        return Some(Who::Pronoun);
    }
    let floor = words[first].start;
    if let Some(m) = mentions
        .iter()
        .find(|m| m.end == words[prev].end && m.start >= floor)
    {
        return Some(Who::Name(m.start..m.end));
    }
    if !capitalised(word) || is_one_of(word, NOT_NAMES) {
        return None;
    }
    let mut start = prev;
    while start > first
        && capitalised(&text[words[start - 1].clone()])
        && text[words[start - 1].end..words[start].start]
            .trim()
            .is_empty()
    {
        start -= 1;
    }
    Some(Who::Name(words[start].start..words[prev].end))
}

/// The speaker after `according to`: a mention or a run of capitalised words starting at word
/// `k` (a leading "the" skipped).
fn after_according(
    text: &str,
    words: &[Range<usize>],
    mut k: usize,
    mentions: &[Mention],
) -> Option<Who> {
    if words
        .get(k)
        .is_some_and(|w| text[w.clone()].eq_ignore_ascii_case("the"))
    {
        k += 1;
    }
    let w = words.get(k)?;
    if let Some(m) = mentions.iter().find(|m| m.start == w.start) {
        return Some(Who::Name(m.start..m.end));
    }
    if !capitalised(&text[w.clone()]) {
        return None;
    }
    // "Syrian Observatory for Human Rights": small words may join capitalised ones.
    let joined = |a: usize, b: usize| text[words[a].end..words[b].start].trim().is_empty();
    let mut end = k;
    loop {
        let next = |n: usize| {
            words
                .get(n)
                .filter(|_| joined(n - 1, n))
                .map(|w| &text[w.clone()])
        };
        match (next(end + 1), next(end + 2)) {
            (Some(w), _) if capitalised(w) => end += 1,
            (Some(w), Some(after))
                if is_one_of(w, &["for", "of", "and", "de", "al"]) && capitalised(after) =>
            {
                end += 2
            }
            _ => break,
        }
    }
    Some(Who::Name(w.start..words[end].end))
}

/// A speaker's name and entity: a person mentioned in `r` first, then any mention there, else
/// the words without their titles.
fn resolve(
    text: &str,
    r: Range<usize>,
    mentions: &[Mention],
    matcher: &Matcher,
) -> Option<(String, Option<EntityId>)> {
    let inside: Vec<&Mention> = mentions
        .iter()
        .filter(|m| m.start < r.end && m.end > r.start)
        .collect();
    let person = inside
        .iter()
        .rev()
        .find(|m| matcher.entity(m.entity).kind == Kind::Person);
    if let Some(m) = person.or(inside.last()) {
        return Some((matcher.entity(m.entity).name.clone(), Some(m.entity)));
    }
    let name = &text[r];
    let parts: Vec<&str> = name.split_whitespace().collect();
    let titled = |w: &str| {
        is_one_of(w, TITLES) || w.ends_with("'s") || w.ends_with("’s") || is_one_of(w, NOT_NAMES)
    };
    let keep = parts
        .iter()
        .position(|w| !titled(w))
        .unwrap_or(parts.len().saturating_sub(1));
    let name = parts[keep..].join(" ");
    (!name.is_empty() && !is_pronoun(&name)).then(|| (crate::corpus::sanitize(&name), None))
}

fn is_one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

fn is_pronoun(word: &str) -> bool {
    matches!(word.to_ascii_lowercase().as_str(), "he" | "she")
}

fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// `s` cut to [`MAX_TEXT`] characters, with `…` when cut.
fn clip(s: &str) -> String {
    match s.char_indices().nth(MAX_TEXT) {
        Some((at, _)) => format!("{}…", &s[..at]),
        None => s.to_string(),
    }
}

#[cfg(test)]
mod tests;

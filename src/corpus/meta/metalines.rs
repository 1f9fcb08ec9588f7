//! Labelled metadata lines of plain news text that name the outlet: `Source: huffingtonpost.com`,
//! `Source - Reuters`, `Publisher: The Hill`, and the outlet inside a byline
//! (`By Jane Doe | Reuters | 2016-09-10`, `By Jane Doe, AFP`).
//!
//! What must stay true: a source comes only from a line that names it in one of these shapes; a
//! photo credit ("Source: Getty Images") or a sentence that happens to start with "Source" is not
//! one; a list of authors ("By Jane Doe, John Roe") is never split into an author and an outlet.

use crate::corpus::meta::source::{lone_url, outlet_from_url, outlet_name};

/// What a `Source:` line says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SourceLine {
    /// The outlet, as written (or the outlet of the URL given).
    pub name: String,
    /// The URL, when the line gave one instead of a name.
    pub url: Option<String>,
}

/// "Source: huffingtonpost.com", "SOURCE - Reuters", "Publisher: The Hill" → the outlet.
pub(crate) fn source_line(line: &str) -> Option<SourceLine> {
    // Asked of every line at both ends of every article: a look at the first bytes only.
    let label = ["source", "publisher", "outlet"].into_iter().find(|l| {
        line.get(..l.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(l))
    })?;
    let rest = line[label.len()..].trim_start();
    let value = ["::", ":", "-", "–", "—"]
        .iter()
        .find_map(|sep| rest.strip_prefix(sep))?
        .trim()
        .trim_end_matches('.')
        .trim();
    if let Some(url) = lone_url(value) {
        return Some(SourceLine {
            name: outlet_from_url(url)?,
            url: Some(url.to_string()),
        });
    }
    outlet_like(value).then(|| SourceLine {
        name: value.to_string(),
        url: None,
    })
}

/// A name of an outlet: a few words or a domain, no sentence, no photo credit.
fn outlet_like(value: &str) -> bool {
    const CREDITS: [&str; 6] = [
        "photo",
        "photos",
        "image",
        "images",
        "getty",
        "shutterstock",
    ];
    let n = value.split_whitespace().count();
    (1..=6).contains(&n)
        && value.chars().count() <= 60
        && value.chars().any(char::is_alphabetic)
        && !value.ends_with([',', ';', ':', '!', '?'])
        // A reading time, as blogs put beside the byline ("5 min read").
        && !value.to_lowercase().ends_with(" read")
        && !value
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CREDITS.contains(&w.to_lowercase().as_str()))
}

/// Splits the name part of a byline (what follows "By", without its date) into the author and
/// the outlet: `Jane Doe | Reuters`, `Jane Doe - Reuters`, `Jane Doe — The Guardian`,
/// `Jane Doe, AFP`. After a comma only a plain outlet counts (one word that is not a job title,
/// a domain, "The …", or a well-known outlet), so "Jane Doe, John Roe" stays two authors.
pub(crate) fn split_byline(name: &str) -> (&str, Option<&str>) {
    let parts: Vec<&str> = split_strong(name)
        .into_iter()
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    match parts.as_slice() {
        [] => (name, None),
        [author, source, ..] => {
            let source = trim_punct(source);
            (author, outlet_like(source).then_some(source))
        }
        [one] => match one.trim_end_matches([',', ' ']).rsplit_once(',') {
            Some((author, last)) if comma_outlet(trim_punct(last)) => {
                (author.trim(), Some(trim_punct(last)))
            }
            _ => (one, None),
        },
    }
}

fn trim_punct(s: &str) -> &str {
    s.trim().trim_end_matches([',', ';', '.']).trim()
}

/// Pieces between `|`, or between dashes, `·` or `•` with space around them ("Jane Doe · 5 min
/// read"; a hyphen inside a name such as "Jean-Pierre" does not split).
fn split_strong(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in s.char_indices() {
        let cut = match c {
            '|' | '—' | '–' => true,
            // Spaced, as separators are: "Ramon Llu·l" keeps its middle dot.
            '-' | '·' | '•' => s[..i].ends_with(' ') && s[i + c.len_utf8()..].starts_with(' '),
            _ => false,
        };
        if cut {
            out.push(&s[start..i]);
            start = i + c.len_utf8();
        }
    }
    out.push(&s[start..]);
    out
}

/// The last comma piece of a byline names the outlet, not another author.
fn comma_outlet(s: &str) -> bool {
    const ROLES: [&str; 10] = [
        "reporter",
        "correspondent",
        "editor",
        "writer",
        "columnist",
        "contributor",
        "staff",
        "jr",
        "sr",
        "phd",
    ];
    let words: Vec<&str> = s.split_whitespace().collect();
    let Some(first) = words.first() else {
        return false;
    };
    if !first.starts_with(char::is_uppercase) {
        return false;
    }
    let one_word = words.len() == 1 && !ROLES.contains(&first.to_lowercase().as_str());
    let domain = words.len() == 1
        && first.contains('.')
        && outlet_from_url(&format!("https://{first}")).is_some();
    one_word || domain || (*first == "The" && words.len() <= 5) || known_outlet(s)
}

/// A well-known outlet's name, as a byline or a masthead line gives it: the outlets whose
/// domains are known, and agencies whose names look like a person's ("Associated Press").
pub(crate) fn known_outlet(s: &str) -> bool {
    const KNOWN: [&str; 5] = [
        "associated press",
        "agence france-presse",
        "agence france presse",
        "press association",
        "united press international",
    ];
    let s = s.trim();
    KNOWN.iter().any(|k| k.eq_ignore_ascii_case(s)) || outlet_name(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(line: &str) -> Option<String> {
        source_line(line).map(|s| s.name)
    }

    #[test]
    fn source_lines_in_their_shapes() {
        assert_eq!(
            name("Source: huffingtonpost.com").as_deref(),
            Some("huffingtonpost.com")
        );
        assert_eq!(name("Source - Reuters").as_deref(), Some("Reuters"));
        assert_eq!(name("SOURCE: The Hill.").as_deref(), Some("The Hill"));
        assert_eq!(
            name("Publisher: Daily Planet").as_deref(),
            Some("Daily Planet")
        );
        let url = source_line("Source: https://www.bbc.co.uk/news/x").unwrap();
        assert_eq!(url.name, "BBC");
        assert_eq!(url.url.as_deref(), Some("https://www.bbc.co.uk/news/x"));
    }

    #[test]
    fn what_is_not_a_source_line() {
        for line in [
            "Source: Getty Images",
            "Source: AP Photo/Jane Roe",
            "Sources said the talks had failed after three long days of argument.",
            "Source: a person familiar with the talks, who asked not to be named, said so",
            "Sourcers: nobody",
            "Source:",
            "Publishers say costs rose",
        ] {
            assert_eq!(name(line), None, "{line}");
        }
    }

    #[test]
    fn bylines_split_into_author_and_outlet() {
        assert_eq!(
            split_byline("Jane Doe | Reuters | "),
            ("Jane Doe", Some("Reuters"))
        );
        assert_eq!(
            split_byline("Jane Doe - Reuters"),
            ("Jane Doe", Some("Reuters"))
        );
        assert_eq!(
            split_byline("Jane Doe — The Guardian"),
            ("Jane Doe", Some("The Guardian"))
        );
        assert_eq!(split_byline("Jane Doe, AFP, "), ("Jane Doe", Some("AFP")));
        assert_eq!(
            split_byline("Jane Doe and Jo Roe, Associated Press"),
            ("Jane Doe and Jo Roe", Some("Associated Press"))
        );
        assert_eq!(split_byline("Jean-Pierre Doe"), ("Jean-Pierre Doe", None));
        assert_eq!(
            split_byline("Jane Doe, John Roe"),
            ("Jane Doe, John Roe", None)
        );
        assert_eq!(
            split_byline("Jane Doe, Correspondent"),
            ("Jane Doe, Correspondent", None)
        );
    }
}

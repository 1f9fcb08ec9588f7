//! Where an article says it comes from: its outlet and URL, as plain text states them — a wire
//! dateline (`MOSCOW, September 8. /TASS/.`, `LONDON (Reuters) -`), a site footer ("Join the
//! GlobalSecurity.org mailing list", "© 2016 BBC"), an "Original url:" line, a lone `<https://…>`.
//!
//! What must stay true: only text in these shapes yields a source; photo credits and quoted
//! agencies inside sentences ("the Turkish news agency Anadolu reported") never do.

use crate::corpus::meta::date::month_number;

/// `https://www.themoscowtimes.com/...` → "The Moscow Times"; unknown domains give the bare host.
pub(crate) fn outlet_from_url(url: &str) -> Option<String> {
    let host = host(url)?;
    let known = OUTLETS
        .iter()
        .find(|(domain, _)| host == *domain || host.ends_with(&format!(".{domain}")));
    Some(match known {
        Some((_, name)) => (*name).to_string(),
        None => host.to_string(),
    })
}

/// Whether `s` is the name of one of the well-known outlets, in any case ("Fox News").
pub(crate) fn outlet_name(s: &str) -> bool {
    OUTLETS.iter().any(|(_, name)| name.eq_ignore_ascii_case(s))
}

/// Well-known outlets by registered domain.
const OUTLETS: &[(&str, &str)] = &[
    ("themoscowtimes.com", "The Moscow Times"),
    ("tass.com", "TASS"),
    ("tass.ru", "TASS"),
    ("reuters.com", "Reuters"),
    ("apnews.com", "AP"),
    ("afp.com", "AFP"),
    ("bbc.co.uk", "BBC"),
    ("bbc.com", "BBC"),
    ("cnn.com", "CNN"),
    ("nytimes.com", "The New York Times"),
    ("washingtonpost.com", "The Washington Post"),
    ("wsj.com", "The Wall Street Journal"),
    ("theguardian.com", "The Guardian"),
    ("independent.co.uk", "The Independent"),
    ("telegraph.co.uk", "The Telegraph"),
    ("ft.com", "Financial Times"),
    ("economist.com", "The Economist"),
    ("bloomberg.com", "Bloomberg"),
    ("npr.org", "NPR"),
    ("aljazeera.com", "Al Jazeera"),
    ("dw.com", "Deutsche Welle"),
    ("france24.com", "France 24"),
    ("euronews.com", "Euronews"),
    ("rt.com", "RT"),
    ("sputniknews.com", "Sputnik"),
    ("presstv.ir", "Press TV"),
    ("presstv.com", "Press TV"),
    ("scmp.com", "South China Morning Post"),
    ("voanews.com", "Voice of America"),
    ("globalsecurity.org", "GlobalSecurity.org"),
    ("aa.com.tr", "Anadolu Agency"),
    ("xinhuanet.com", "Xinhua"),
    ("politico.com", "Politico"),
    ("foxnews.com", "Fox News"),
    ("nbcnews.com", "NBC News"),
    ("cbsnews.com", "CBS News"),
];

/// The lowercased host of an http(s) URL, without `www.`.
fn host(url: &str) -> Option<String> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = rest[..end].rsplit('@').next()?.split(':').next()?;
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    // White space never belongs in a host ("https:// tass.com" is a broken link, not an outlet).
    let valid = host.contains('.') && !host.starts_with('.') && !host.contains(char::is_whitespace);
    valid.then(|| host.to_string())
}

/// A line that is one URL and nothing else.
pub(crate) fn lone_url(line: &str) -> Option<&str> {
    let is_url = (line.starts_with("https://") || line.starts_with("http://"))
        && !line.contains(char::is_whitespace)
        && host(line).is_some();
    is_url.then_some(line)
}

/// "Original url: X" → Some("X") (X may be empty: the URL is on the next line).
pub(crate) fn url_label(line: &str) -> Option<&str> {
    ["original url", "original link", "source url", "url"]
        .iter()
        .find_map(|label| {
            let rest = strip_prefix_ci(line, label)?.trim_start();
            rest.strip_prefix(':').map(str::trim)
        })
}

/// The agency named in a wire dateline at the start of a paragraph.
pub(crate) fn wire_source(para: &str) -> Option<String> {
    let end = para.char_indices().nth(120).map_or(para.len(), |(i, _)| i);
    let head = &para[..end];
    let place = head.split([',', ' ', '(']).next()?;
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let caps = letters >= 2
        && place
            .chars()
            .all(|c| c.is_uppercase() || !c.is_alphabetic());
    // "Berlin (dpa) -", "Madrid, 5 de octubre (EFE).-": a place in title case, before a
    // known agency only.
    let titled = letters >= 2 && place.chars().next().is_some_and(char::is_uppercase);
    if caps {
        slashed(head).or_else(|| parenthesised(head, false))
    } else if titled {
        parenthesised(head, true)
    } else {
        None
    }
}

/// `... /TASS/. ...` → TASS.
fn slashed(head: &str) -> Option<String> {
    let open = head.find(". /").map(|i| i + 3)?;
    let len = head[open..].find('/')?;
    let name = head[open..open + len].trim();
    agency_name(name).then(|| name.to_string())
}

/// `LONDON (Reuters) - ...`, `WASHINGTON, Sept. 9 (AP) — ...`, `AUSTIN, Texas (AP) — ...` →
/// the agency. Only the place, then after commas its region and a date, may precede the
/// bracket; a dash follows it (`.-` in Spanish agencies' style). With `known_only` (a place not
/// in capitals), only a known news agency counts.
fn parenthesised(head: &str, known_only: bool) -> Option<String> {
    let open = head.find('(')? + 1;
    let before = &head[..open - 1];
    let (place, rest) = before.split_once(',').unwrap_or((before, ""));
    let year = |p: &str| p.trim().len() == 4 && p.trim().bytes().all(|b| b.is_ascii_digit());
    let described = date_fragment(rest)
        || rest
            .split(',')
            .all(|p| date_fragment(p) || region(p) || year(p) || (known_only && dated(p)));
    if place.chars().any(|c| c.is_ascii_digit())
        || (!known_only && place.chars().any(char::is_lowercase))
        || !described
    {
        return None;
    }
    let len = head[open..].find(')')?;
    let name = head[open..open + len].trim();
    let after = head[open + len + 1..].trim_start();
    let dash = after.trim_start_matches('.').starts_with(['-', '–', '—']);
    let agency = if known_only {
        AGENCIES.iter().any(|a| a.eq_ignore_ascii_case(name))
    } else {
        agency_name(name)
    };
    (dash && agency).then(|| name.to_string())
}

/// News agencies whose datelines may name their place in title case ("Berlin (dpa) -").
const AGENCIES: &[&str] = &[
    "Reuters",
    "AP",
    "AFP",
    "EFE",
    "dpa",
    "ANSA",
    "Kyodo",
    "Xinhua",
    "TASS",
    "UPI",
    "PA",
    "Yonhap",
    "Anadolu",
    "Interfax",
    "PTI",
    "IANS",
    "Bernama",
    "Antara",
    "APA",
    "Bloomberg",
    "Europa Press",
    "KNA",
    "epd",
    "AA",
    "CNA",
    "Lusa",
    "Belga",
    "ANP",
    "SDA",
    "Ritzau",
    "NTB",
    "TT",
    "STT",
    "CTK",
    "PAP",
    "MTI",
    "BTA",
    "Agerpres",
    "Tanjug",
    "HINA",
    "ANA-MPA",
];

/// A region after a dateline's place: "Texas", "Ukraine", "Calif.", "South Korea" (one to
/// three capitalised words).
fn region(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && w.chars().all(|c| c.is_alphabetic() || c == '.')
        })
}

/// A date in a language other than English, as Spanish, French, Italian and German
/// agencies write it ("5 de octubre", "3 mars", "5. Oktober"): a day and a word.
fn dated(s: &str) -> bool {
    let tokens: Vec<&str> = s.split([' ', '.']).filter(|t| !t.is_empty()).collect();
    (2..=4).contains(&tokens.len())
        && tokens[0].len() <= 2
        && tokens[0].bytes().all(|b| b.is_ascii_digit())
        && tokens[1..]
            .iter()
            .all(|t| t.chars().all(char::is_alphabetic))
}

/// Nothing, or a date as datelines write it: "Sept. 9", "9 September 2016", "Sept 9, 2016".
fn date_fragment(s: &str) -> bool {
    let tokens: Vec<&str> = s.split([' ', ',', '.']).filter(|t| !t.is_empty()).collect();
    let day = |t: &str| t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit());
    let year = |t: &str| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit());
    tokens.len() <= 4
        && (tokens.is_empty() || tokens.iter().any(|t| month_number(t).is_some()))
        && tokens
            .iter()
            .all(|t| month_number(t).is_some() || day(t) || year(t))
}

fn agency_name(name: &str) -> bool {
    let words = name.split_whitespace().count();
    (1..=4).contains(&words)
        && name.chars().next().is_some_and(char::is_uppercase)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '&' | '.'))
}

/// A footer line naming the site: "Join the X mailing list", "© 2016 X. All rights reserved."
pub(crate) fn footer_source(line: &str) -> Option<String> {
    if let Some(rest) = strip_prefix_ci(line, "join the ") {
        let cut = rest.len().checked_sub(" mailing list".len());
        let tail = cut.and_then(|i| rest.get(i..));
        if let (Some(i), Some(tail)) = (cut, tail)
            && tail.eq_ignore_ascii_case(" mailing list")
            && !rest[..i].trim().is_empty()
        {
            return Some(rest[..i].trim().to_string());
        }
        return None;
    }
    let rest = line
        .strip_prefix('©')
        .or_else(|| strip_prefix_ci(line, "copyright"))?
        .trim_start_matches([' ', '©'])
        .trim_start_matches("(c)")
        .trim_start();
    let year_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    if year_len != 4 {
        return None;
    }
    let name = rest[4..].trim_start_matches([' ', ',', '-', '–']);
    let name = match name.to_ascii_lowercase().find("all rights reserved") {
        Some(i) => &name[..i],
        None => name,
    };
    let name = name.trim().trim_end_matches(['.', ',']).trim();
    (!name.is_empty() && name.split_whitespace().count() <= 6).then(|| name.to_string())
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_map_to_known_outlets_or_bare_hosts() {
        let moscow = "https://www.themoscowtimes.com/2016/09/08/syrian-ceasefire-a55260";
        assert_eq!(outlet_from_url(moscow).as_deref(), Some("The Moscow Times"));
        assert_eq!(
            outlet_from_url("http://news.bbc.co.uk/x").as_deref(),
            Some("BBC")
        );
        assert_eq!(
            outlet_from_url("https://www.example.org:8080/a").as_deref(),
            Some("example.org")
        );
        assert_eq!(outlet_from_url("not a url"), None);
        assert_eq!(outlet_from_url("https://"), None);
    }

    #[test]
    fn wire_datelines_name_the_agency() {
        let tass = "MOSCOW, September 8. /TASS/. Russian Foreign Minister Sergei Lavrov will meet";
        assert_eq!(wire_source(tass).as_deref(), Some("TASS"));
        let reuters = "LONDON (Reuters) - Britain said on Monday";
        assert_eq!(wire_source(reuters).as_deref(), Some("Reuters"));
        let quoted = "Erdogan and Putin agreed, the Turkish news agency Anadolu reported.";
        assert_eq!(wire_source(quoted), None);
        assert_eq!(wire_source("US Secretary of State (AFP photo) - x"), None);
        for (dateline, agency) in [
            ("WASHINGTON, Sept. 9 (AP) — The talks resumed", "AP"),
            ("MOSCOW (AFP) – Russia said on Friday", "AFP"),
            (
                "UNITED NATIONS, September 9, 2016 (Reuters) - Diplomats met",
                "Reuters",
            ),
            ("NEW YORK (CNN) -- Stocks fell", "CNN"),
        ] {
            assert_eq!(wire_source(dateline).as_deref(), Some(agency), "{dateline}");
        }
        assert_eq!(wire_source("PARIS, we are told (AFP) - x"), None);
    }

    #[test]
    fn datelines_with_a_region_or_a_title_case_place_name_the_agency() {
        for (dateline, agency) in [
            (
                "AUSTIN, Texas (AP) — A federal judge on Tuesday blocked",
                "AP",
            ),
            (
                "KYIV, Ukraine (Reuters) - Ukrainian President met",
                "Reuters",
            ),
            (
                "SEOUL, South Korea, March 3 (Reuters) - Shares rose",
                "Reuters",
            ),
            ("Berlin (dpa) - Bundeskanzler Friedrich Merz will", "dpa"),
            (
                "Madrid, 5 de octubre (EFE).- El presidente del Gobierno",
                "EFE",
            ),
        ] {
            assert_eq!(wire_source(dateline).as_deref(), Some(agency), "{dateline}");
        }
        // A company and its ticker is no dateline; nor is a sentence.
        assert_eq!(wire_source("Tesla (TSLA) - shares fell"), None);
        assert_eq!(wire_source("Apple, the iPhone maker (AAPL) - fell"), None);
        assert_eq!(wire_source("MOSCOW, the capital of Russia (AFP) - x"), None);
    }

    #[test]
    fn footers_name_the_site() {
        let join = "Join the GlobalSecurity.org mailing list";
        assert_eq!(footer_source(join).as_deref(), Some("GlobalSecurity.org"));
        let copy = "© 2016 The Moscow Times. All rights reserved.";
        assert_eq!(footer_source(copy).as_deref(), Some("The Moscow Times"));
        assert_eq!(footer_source("© Alexander Scherbak/TASS"), None);
    }

    #[test]
    fn url_lines() {
        assert_eq!(url_label("Original url:"), Some(""));
        assert_eq!(
            url_label("Original URL: https://x.com/a"),
            Some("https://x.com/a")
        );
        assert_eq!(url_label("Urlaub"), None);
        assert!(lone_url("https://www.themoscowtimes.com/a").is_some());
        assert!(lone_url("https://x.com/a and more").is_none());
    }
}

//! Dates as news text and news dumps write them, normalised to `YYYY-MM-DD`.
//!
//! Recognised: ISO 8601 (`2016-09-08`, with or without a time), `2016/09/08`, month-name forms
//! (`September 08, 2016`, `Sept. 8 2016`, `Sep 8th, 2016`), day-first forms (`09 September, 2016`,
//! RFC 2822's `Thu, 08 Sep 2016 10:00:00 +0000`), and Unix timestamps in JSON fields.
//! What must stay true: a date is only returned when it is a real calendar day (no 2016-02-30);
//! anything else is `None`, never a guess. Ambiguous numeric forms (`09/08/2016`) are refused.

use std::ops::Range;

/// A date found in a line: normalised, and where it was (byte range) so callers can see what
/// surrounds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub date: String,
    pub span: Range<usize>,
}

/// Parses a JSON date field: any form [`find`] knows, or a bare `YYYY-MM` / `YYYY` which is kept
/// as that prefix.
pub(crate) fn parse_field(s: &str) -> Option<String> {
    let s = s.trim();
    if let Some(found) = find(s) {
        return Some(found.date);
    }
    if let Some(date) = compact(s) {
        return Some(date);
    }
    let b = s.as_bytes();
    let digits = |r: Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    if b.len() == 7 && digits(0..4) && b[4] == b'-' && digits(5..7) {
        let month: u32 = s[5..7].parse().ok()?;
        return (plausible_year(&s[..4]) && (1..=12).contains(&month)).then(|| s.to_string());
    }
    if b.len() == 4 && digits(0..4) && plausible_year(s) {
        return Some(s.to_string());
    }
    None
}

/// GDELT's compact forms: `20160909`, `20160909120000`, `20160909T120000Z`.
pub(crate) fn compact(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let digits = |r: Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    let shape = digits(0..8)
        && match b.len() {
            8 => true,
            14 => digits(8..14),
            _ => b[8] == b'T' && digits(9..b.len().min(15)) && b.len() >= 15,
        };
    if !shape {
        return None;
    }
    let num = |r: Range<usize>| s[r].parse::<u32>().ok();
    make(num(0..4)?, num(4..6)?, num(6..8)?)
}

/// A Unix timestamp (seconds, or milliseconds when it is too large for seconds) as a date.
pub(crate) fn from_timestamp(t: f64) -> Option<String> {
    if !t.is_finite() || t < 0.0 {
        return None;
    }
    let secs = if t >= 1e11 { t / 1000.0 } else { t };
    if secs >= 1e11 {
        return None;
    }
    let days = (secs / 86_400.0).floor() as i64;
    let (y, m, d) = civil_from_days(days);
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Days since 1970-01-01 to a proleptic Gregorian (year, month, day) (Howard Hinnant's method).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// The first date written anywhere in `s`.
pub(crate) fn find(s: &str) -> Option<Found> {
    // Every form has a year: a line with fewer than four digits has no date.
    s.bytes().filter(u8::is_ascii_digit).nth(3)?;
    [find_numeric(s), find_dotted(s), find_named(s)]
        .into_iter()
        .flatten()
        .min_by_key(|f| f.span.start)
}

/// `DD.MM.YYYY` (`9.9.2016` too), as European sites write dates: day first, between dots, not
/// inside a longer number or a dotted run such as a version.
fn find_dotted(s: &str) -> Option<Found> {
    let b = s.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = 0;
    while let Some(at) = memchr::memchr(b'.', &b[i..]).map(|at| i + at) {
        i = at + 1;
        // `at` is the first dot: one or two digits before it, a run not preceded by a digit
        // or a dot.
        let day_len = b[..at]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .count();
        let start = at - day_len;
        if !(1..=2).contains(&day_len) || (start > 0 && b[start - 1] == b'.') {
            continue;
        }
        let month_len = digits(at + 1);
        let second = at + 1 + month_len;
        if !(1..=2).contains(&month_len) || b.get(second) != Some(&b'.') {
            continue;
        }
        // A dot after the year may end the sentence; a digit after it makes a version number.
        let end = second + 1 + 4;
        let version = b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit);
        if digits(second + 1) != 4 || version {
            continue;
        }
        let num = |r: Range<usize>| s[r].parse::<u32>().ok();
        let Some(date) = make(num(second + 1..end)?, num(at + 1..second)?, num(start..at)?) else {
            continue;
        };
        return Some(Found {
            date,
            span: start..end,
        });
    }
    None
}

/// `YYYY-MM-DD` or `YYYY/MM/DD`, not inside a longer number.
fn find_numeric(s: &str) -> Option<Found> {
    let b = s.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len().saturating_sub(9)).find_map(|i| {
        let sep = b[i + 4];
        let shape = (0..4).all(|k| digit(i + k))
            && (sep == b'-' || sep == b'/')
            && digit(i + 5)
            && digit(i + 6)
            && b[i + 7] == sep
            && digit(i + 8)
            && digit(i + 9);
        if !shape || (i > 0 && digit(i - 1)) || digit(i + 10) {
            return None;
        }
        let num = |r: Range<usize>| s[r].parse::<u32>().ok();
        let date = make(num(i..i + 4)?, num(i + 5..i + 7)?, num(i + 8..i + 10)?)?;
        Some(Found {
            date,
            span: i..i + 10,
        })
    })
}

/// A word or number of the text, with its byte range.
struct Token<'a> {
    text: &'a str,
    span: Range<usize>,
}

fn tokens(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                out.push(Token {
                    text: &s[st..i],
                    span: st..i,
                });
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// `Month D, YYYY` or `D Month YYYY`, the pieces separated only by spaces, commas or a dot.
fn find_named(s: &str) -> Option<Found> {
    let toks = tokens(s);
    let tight = |a: &Token, b: &Token| {
        let gap = &s[a.span.end..b.span.start];
        gap.chars().count() <= 3 && gap.chars().all(|c| matches!(c, ' ' | ',' | '.' | '\u{a0}'))
    };
    toks.windows(3).find_map(|w| {
        let year = w[2].text;
        if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if !(tight(&w[0], &w[1]) && tight(&w[1], &w[2])) {
            return None;
        }
        let (month, day) = match (month_number(w[0].text), month_number(w[1].text)) {
            (Some(m), None) => (m, day_number(w[1].text)?),
            (None, Some(m)) => (m, day_number(w[0].text)?),
            _ => return None,
        };
        let date = make(year.parse().ok()?, month, day)?;
        Some(Found {
            date,
            span: w[0].span.start..w[2].span.end,
        })
    })
}

/// `8`, `08`, `8th`, `1st`.
fn day_number(t: &str) -> Option<u32> {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    let suffix = t[digits..].to_ascii_lowercase();
    if !(1..=2).contains(&digits) || !["", "st", "nd", "rd", "th"].contains(&suffix.as_str()) {
        return None;
    }
    t[..digits].parse().ok()
}

pub(crate) fn month_number(word: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if word.len() < 3 || word.len() > 9 || !word.is_ascii() {
        return None;
    }
    let w = word.to_ascii_lowercase();
    let full = MONTHS.iter().position(|m| *m == w);
    let short = || {
        MONTHS
            .iter()
            .position(|m| m[..3] == w)
            .or((w == "sept").then_some(8))
    };
    full.or_else(short).map(|i| i as u32 + 1)
}

pub(crate) fn is_weekday(word: &str) -> bool {
    const DAYS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    let w = word.to_ascii_lowercase();
    w.len() >= 3
        && DAYS
            .iter()
            .any(|d| *d == w || (w.len() == 3 && d[..3] == w))
}

fn plausible_year(y: &str) -> bool {
    y.parse::<u32>().is_ok_and(|y| (1800..=2200).contains(&y))
}

fn make(year: u32, month: u32, day: u32) -> Option<String> {
    let leap = (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((1800..=2200).contains(&year) && (1..=days).contains(&day))
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<String> {
        parse_field(s)
    }

    #[test]
    fn news_line_forms() {
        assert_eq!(date("September 08, 2016").as_deref(), Some("2016-09-08"));
        assert_eq!(
            date("September 9, 2016 10:00 am").as_deref(),
            Some("2016-09-09")
        );
        assert_eq!(
            date("September 08, 2016, 8:43 UTC+3 MOSCOW").as_deref(),
            Some("2016-09-08")
        );
        assert_eq!(
            date("PUBLISHED : Friday, 09 September, 2016, 1:07pm").as_deref(),
            Some("2016-09-09")
        );
        assert_eq!(
            date("By William Ide September 04, 2016 9:01 AM").as_deref(),
            Some("2016-09-04")
        );
        assert_eq!(date("Sept. 8th 2016").as_deref(), Some("2016-09-08"));
        assert_eq!(date("Date 09.09.2016").as_deref(), Some("2016-09-09"));
        assert_eq!(date("am 9.10.2016, 14:10").as_deref(), Some("2016-10-09"));
        assert_eq!(date("Date: 09.09.2016.").as_deref(), Some("2016-09-09"));
        let s = "Опубликовано 08.09.2016 в 10:00";
        assert_eq!(&s[find(s).unwrap().span], "08.09.2016");
    }

    #[test]
    fn field_forms() {
        assert_eq!(date("2016-09-08T10:00:00Z").as_deref(), Some("2016-09-08"));
        assert_eq!(
            date("2016-09-08 10:00:00+03:00").as_deref(),
            Some("2016-09-08")
        );
        assert_eq!(
            date("Thu, 08 Sep 2016 10:00:00 +0000").as_deref(),
            Some("2016-09-08")
        );
        assert_eq!(date("2016/09/08").as_deref(), Some("2016-09-08"));
        assert_eq!(date("2016-09").as_deref(), Some("2016-09"));
        assert_eq!(date("20160909T120000Z").as_deref(), Some("2016-09-09"));
        assert_eq!(date("20160909120000").as_deref(), Some("2016-09-09"));
        assert_eq!(date("20160909").as_deref(), Some("2016-09-09"));
        assert_eq!(date("20161309").as_deref(), None);
        assert_eq!(date("2016090912").as_deref(), None);
        assert_eq!(
            from_timestamp(1_473_328_800.0).as_deref(),
            Some("2016-09-08")
        );
        assert_eq!(
            from_timestamp(1_473_328_800_000.0).as_deref(),
            Some("2016-09-08")
        );
    }

    #[test]
    fn garbage_and_impossible_dates_are_none() {
        for s in [
            "yesterday",
            "2016-02-30",
            "2016-13-01",
            "09/08/2016",
            "September 8",
            "12345-09-08",
            "May I say, 2016 was odd",
            "31.02.2016",
            "version 1.2.2016.5",
            "1.2.20161",
            "123.09.2016",
            "",
        ] {
            assert_eq!(date(s), None, "{s:?}");
        }
        assert_eq!(from_timestamp(f64::NAN), None);
        assert_eq!(from_timestamp(-5.0), None);
    }

    #[test]
    fn the_span_covers_the_date_only() {
        let s = "By William Ide September 04, 2016 9:01 AM";
        let f = find(s).unwrap();
        assert_eq!(&s[f.span], "September 04, 2016");
    }
}

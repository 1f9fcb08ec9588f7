//! `date:` terms: validating what the user typed and matching it against article dates.
//!
//! What must stay true: a spec that parses only ever compares plain ASCII `YYYY-MM-DD` strings
//! (or prefixes of them), so matching is a byte comparison and cannot panic; an impossible date
//! (`2016-13`, `2016-02-30`) or a range that ends before it starts is rejected at parse time.

use std::cmp::Ordering;

/// A parsed `date:` value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateSpec {
    /// `date:2016-09`: the article date starts with this (any prefix of a valid date).
    Prefix(String),
    /// `date:2016-09-05..2016-09-08`, inclusive; either end may be open. Each end is a whole
    /// year, month or day, and an end matches every date it covers (`..2016-09` includes
    /// `2016-09-30`).
    Range {
        /// Lower bound, inclusive.
        from: Option<String>,
        /// Upper bound, inclusive at its own precision.
        to: Option<String>,
    },
}

/// Why a `date:` value was refused; the parser turns it into a message naming the value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateProblem {
    /// Not a date or a date prefix at all.
    Malformed,
    /// The range's end comes before its start.
    Backwards,
}

impl DateSpec {
    /// Parses the text after `date:`.
    pub fn parse(value: &str) -> Result<DateSpec, DateProblem> {
        match value.split_once("..") {
            None => {
                if value.is_empty() || !valid_prefix(value) {
                    return Err(DateProblem::Malformed);
                }
                Ok(DateSpec::Prefix(value.to_string()))
            }
            Some((from, to)) => {
                let end = |s: &str| -> Result<Option<String>, DateProblem> {
                    if s.is_empty() {
                        Ok(None)
                    } else if whole_component(s) && valid_prefix(s) {
                        Ok(Some(s.to_string()))
                    } else {
                        Err(DateProblem::Malformed)
                    }
                };
                let (from, to) = (end(from)?, end(to)?);
                if from.is_none() && to.is_none() {
                    return Err(DateProblem::Malformed);
                }
                if let (Some(f), Some(t)) = (&from, &to)
                    && upper_cmp(f, t) == Ordering::Greater
                {
                    return Err(DateProblem::Backwards);
                }
                Ok(DateSpec::Range { from, to })
            }
        }
    }

    /// Whether an article with this date matches; undated articles never do.
    pub fn matches(&self, date: Option<&str>) -> bool {
        let Some(date) = date else { return false };
        match self {
            DateSpec::Prefix(p) => date.starts_with(p.as_str()),
            DateSpec::Range { from, to } => {
                from.as_deref().is_none_or(|f| date >= f)
                    && to
                        .as_deref()
                        .is_none_or(|t| upper_cmp(date, t) != Ordering::Greater)
            }
        }
    }

    /// Whether every date this spec matches is also matched by `wider` (used for narrowing).
    pub fn within(&self, wider: &DateSpec) -> bool {
        match (self, wider) {
            (DateSpec::Prefix(a), DateSpec::Prefix(b)) => a.starts_with(b.as_str()),
            _ => self == wider,
        }
    }
}

/// Compares `date` with an upper bound at the bound's own precision: `2016-09-30` is not after
/// `2016-09`, and a coarser date (`2016`) is not after a finer bound inside it.
fn upper_cmp(date: &str, bound: &str) -> Ordering {
    let cut = date.len().min(bound.len());
    date.as_bytes()[..cut].cmp(&bound.as_bytes()[..cut])
}

/// A year, a year-month or a full date, nothing in between.
fn whole_component(s: &str) -> bool {
    matches!(s.len(), 4 | 7 | 10)
}

/// Whether `s` is a prefix of some real `YYYY-MM-DD` date.
fn valid_prefix(s: &str) -> bool {
    const SHAPE: &[u8; 10] = b"dddd-dd-dd";
    let b = s.as_bytes();
    if b.len() > SHAPE.len() {
        return false;
    }
    let shape_ok = b.iter().zip(SHAPE).all(|(&c, &want)| match want {
        b'd' => c.is_ascii_digit(),
        _ => c == want,
    });
    if !shape_ok {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> u32 {
        b[r].iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0'))
    };
    // Check each partially or fully typed field against what a calendar allows.
    if b.len() >= 6 && b[5] > b'1' {
        return false;
    }
    if b.len() >= 7 {
        let month = num(5..7);
        if !(1..=12).contains(&month) {
            return false;
        }
        if b.len() >= 9 && b[8] > b'3' {
            return false;
        }
        if b.len() == 10 {
            let day = num(8..10);
            if day == 0 || day > days_in_month(num(0..4), month) {
                return false;
            }
        }
    }
    true
}

pub(crate) fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_of_real_dates_are_accepted() {
        for ok in [
            "2",
            "2016",
            "2016-",
            "2016-0",
            "2016-1",
            "2016-09",
            "2016-09-0",
            "2016-02-29",
        ] {
            assert!(DateSpec::parse(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn impossible_dates_are_refused() {
        for bad in [
            "",
            "yesterday",
            "2016-13",
            "2016-2",
            "2016-00",
            "2015-02-29",
            "2016-09-31",
            "2016-09-08x",
            "..",
            "2016-0..2016-09",
        ] {
            assert_eq!(DateSpec::parse(bad), Err(DateProblem::Malformed), "{bad}");
        }
        assert_eq!(
            DateSpec::parse("2016-09-08..2016-09-05"),
            Err(DateProblem::Backwards)
        );
    }

    #[test]
    fn ranges_are_inclusive_at_their_precision() {
        let r = DateSpec::parse("2016-09-05..2016-09").unwrap();
        assert!(r.matches(Some("2016-09-05")));
        assert!(r.matches(Some("2016-09-30")));
        assert!(!r.matches(Some("2016-09-04")));
        assert!(!r.matches(Some("2016-10-01")));
        assert!(!r.matches(None));
        let open = DateSpec::parse("..2016-09-08").unwrap();
        assert!(open.matches(Some("1999-01-01")) && !open.matches(Some("2016-09-09")));
        let open = DateSpec::parse("2016-09-05..").unwrap();
        assert!(open.matches(Some("2020-01-01")) && !open.matches(Some("2016-09-04")));
    }
}

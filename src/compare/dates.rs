//! Calendar arithmetic on the `YYYY-MM-DD` dates articles carry: days since 1970-01-01 and
//! back (the proleptic Gregorian calendar), and the Monday that starts a week.

/// Days since 1970-01-01 of a date written `YYYY-MM-DD` (anything after the tenth byte is
/// ignored); `None` when it is not a real date.
pub fn day_number(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<i64> {
        let s = date.get(r)?;
        s.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s.parse().ok())?
    };
    let (y, m, d) = (num(0..4)?, num(5..7)?, num(8..10)?);
    if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The date `YYYY-MM-DD` of a day number.
pub fn date_of(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day number of the Monday of the week of `days`.
pub fn monday_of(days: i64) -> i64 {
    // 1970-01-01 was a Thursday, three days after a Monday.
    (days + 3).div_euclid(7) * 7 - 3
}

fn days_in_month(y: i64, m: i64) -> i64 {
    // Years and months here come from dates already read, in range for u32.
    i64::from(crate::search::days_in_month(y as u32, m as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_round_trip_and_weeks_start_on_monday() {
        assert_eq!(day_number("1970-01-01"), Some(0));
        assert_eq!(day_number("2016-09-08"), Some(17_052));
        for d in ["2016-02-29", "2000-03-01", "1899-12-31", "2016-09-09"] {
            assert_eq!(date_of(day_number(d).unwrap()), d);
        }
        assert_eq!(day_number("2015-02-29"), None);
        assert_eq!(day_number("2016-13-01"), None);
        assert_eq!(day_number("Sept 2016"), None);
        // Thursday 2016-09-08 is in the week of Monday 2016-09-05.
        assert_eq!(
            date_of(monday_of(day_number("2016-09-08").unwrap())),
            "2016-09-05"
        );
        assert_eq!(
            date_of(monday_of(day_number("2016-09-05").unwrap())),
            "2016-09-05"
        );
    }
}

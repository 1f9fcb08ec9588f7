//! Attention over time: articles per day or per week for each outlet, undated articles
//! counted apart.

use super::dates::{date_of, day_number, monday_of};

/// How long a bucket of the time axis is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// One day.
    Day,
    /// One week, Monday to Sunday.
    Week,
}

impl Step {
    /// Days in a spanned range of dates above which weeks are the bucket: beyond about three
    /// months, days are too many to draw.
    pub const DAYS_UP_TO: i64 = 92;

    /// The step that suits dates spanning `first..=last` (day numbers).
    pub fn for_span(first: i64, last: i64) -> Step {
        if last - first < Step::DAYS_UP_TO {
            Step::Day
        } else {
            Step::Week
        }
    }

    /// `day` or `week`.
    pub fn name(self) -> &'static str {
        match self {
            Step::Day => "day",
            Step::Week => "week",
        }
    }
}

/// Articles per bucket and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attention {
    /// The bucket length.
    pub step: Step,
    /// The first day of each bucket, `YYYY-MM-DD`, every bucket from the first dated article
    /// to the last (empty ones too, so gaps show).
    pub buckets: Vec<String>,
    /// `counts[column][bucket]`: articles of that column in that bucket.
    pub counts: Vec<Vec<u32>>,
    /// Per column, articles with no date (or one that is not a real date).
    pub undated: Vec<u32>,
}

/// Longest time axis kept: some dates in messy collections are decades off.
const MAX_BUCKETS: i64 = 2_000;

impl Attention {
    /// Counts `dates` (with `column[k]` the column of `dates[k]`) into `columns` columns, by
    /// `step` or, when `None`, by the step that suits the span of the dates.
    pub fn count<'a>(
        dates: impl Iterator<Item = Option<&'a str>>,
        column: &[u32],
        columns: usize,
        step: Option<Step>,
    ) -> Attention {
        let days: Vec<Option<i64>> = dates.map(|d| d.and_then(day_number)).collect();
        let (first, last) = days
            .iter()
            .flatten()
            .fold((i64::MAX, i64::MIN), |(lo, hi), &d| (lo.min(d), hi.max(d)));
        let mut undated = vec![0; columns];
        if first > last {
            for &c in column {
                undated[c as usize] += 1;
            }
            let step = step.unwrap_or(Step::Day);
            return Attention {
                step,
                buckets: Vec::new(),
                counts: vec![Vec::new(); columns],
                undated,
            };
        }
        let step = step.unwrap_or_else(|| Step::for_span(first, last));
        let (len, start) = match step {
            Step::Day => (1, first),
            Step::Week => (7, monday_of(first)),
        };
        // A very long axis keeps its last MAX_BUCKETS buckets; older articles count in the first.
        let full = (last - start) / len + 1;
        let n = full.min(MAX_BUCKETS);
        let start = start + (full - n) * len;
        let buckets = (0..n).map(|b| date_of(start + b * len)).collect();
        let mut counts = vec![vec![0; n as usize]; columns];
        for (d, &c) in days.iter().zip(column) {
            match d {
                Some(d) => {
                    let b = ((d - start).max(0) / len).min(n - 1);
                    counts[c as usize][b as usize] += 1;
                }
                None => undated[c as usize] += 1,
            }
        }
        Attention {
            step,
            buckets,
            counts,
            undated,
        }
    }

    /// Articles per bucket over all columns.
    pub fn totals(&self) -> Vec<u32> {
        let mut t = vec![0; self.buckets.len()];
        for col in &self.counts {
            for (t, n) in t.iter_mut().zip(col) {
                *t += n;
            }
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_with_gaps_and_undated_apart() {
        let dates = [
            Some("2016-09-08"),
            Some("2016-09-04"),
            None,
            Some("2016-09-08"),
            Some("soon"),
        ];
        let a = Attention::count(dates.into_iter(), &[0, 1, 0, 1, 1], 2, None);
        assert_eq!(a.step, Step::Day);
        assert_eq!(a.buckets.first().map(String::as_str), Some("2016-09-04"));
        assert_eq!(a.buckets.len(), 5);
        assert_eq!(a.counts[0], [0, 0, 0, 0, 1]);
        assert_eq!(a.counts[1], [1, 0, 0, 0, 1]);
        assert_eq!(a.undated, [1, 1]);
        assert_eq!(a.totals(), [1, 0, 0, 0, 2]);
    }

    #[test]
    fn a_long_span_counts_by_week_from_monday() {
        let dates = [Some("2016-01-06"), Some("2016-06-01"), Some("2016-01-04")];
        let a = Attention::count(dates.into_iter(), &[0, 0, 0], 1, None);
        assert_eq!(a.step, Step::Week);
        assert_eq!(a.buckets[0], "2016-01-04");
        assert_eq!(a.counts[0][0], 2);
        assert_eq!(a.counts[0].iter().sum::<u32>(), 3);
    }
}

//! The columns of every comparison: one per outlet (the article's source), most articles
//! first, and one for articles whose outlet is unknown, always last.

/// The name of the column of articles with no known outlet.
pub const UNKNOWN: &str = "(unknown outlet)";

/// Outlets as columns, and the column of each article compared.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Columns {
    /// Column names; [`UNKNOWN`] last when some article has no source.
    pub names: Vec<String>,
    /// Articles per column.
    pub articles: Vec<u32>,
    /// Whether the last column is the one of unknown outlets.
    pub has_unknown: bool,
}

impl Columns {
    /// The columns of articles with these sources (in any order), and each one's column.
    pub fn of<'a>(sources: impl Iterator<Item = Option<&'a str>>) -> (Columns, Vec<u32>) {
        let mut names: Vec<String> = Vec::new();
        let mut lookup: std::collections::HashMap<String, u32> = Default::default();
        let mut raw = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let mut unknown = 0u32;
        for s in sources {
            let key = s.map(str::trim).filter(|s| !s.is_empty());
            let col = match key {
                None => {
                    unknown += 1;
                    u32::MAX
                }
                Some(name) => {
                    let next = names.len() as u32;
                    let c = *lookup.entry(name.to_string()).or_insert_with(|| {
                        names.push(name.to_string());
                        counts.push(0);
                        next
                    });
                    counts[c as usize] += 1;
                    c
                }
            };
            raw.push(col);
        }
        // Most articles first, then by name; the unknown column last.
        let mut order: Vec<u32> = (0..names.len() as u32).collect();
        order.sort_by(|&a, &b| {
            counts[b as usize]
                .cmp(&counts[a as usize])
                .then_with(|| names[a as usize].cmp(&names[b as usize]))
        });
        let mut rank = vec![0u32; names.len()];
        for (r, &c) in order.iter().enumerate() {
            rank[c as usize] = r as u32;
        }
        let mut columns = Columns {
            names: order.iter().map(|&c| names[c as usize].clone()).collect(),
            articles: order.iter().map(|&c| counts[c as usize]).collect(),
            has_unknown: unknown > 0,
        };
        let unknown_col = columns.names.len() as u32;
        if unknown > 0 {
            columns.names.push(UNKNOWN.to_string());
            columns.articles.push(unknown);
        }
        let of = raw
            .into_iter()
            .map(|c| {
                if c == u32::MAX {
                    unknown_col
                } else {
                    rank[c as usize]
                }
            })
            .collect();
        (columns, of)
    }

    /// Number of columns.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether there are no columns (nothing compared).
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Whether column `c` is the one of unknown outlets.
    pub fn is_unknown(&self, c: usize) -> bool {
        self.has_unknown && c + 1 == self.names.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlets_by_size_and_unknown_outlets_apart_each_counted() {
        let sources = [
            Some("TASS"),
            None,
            Some("BBC"),
            Some("TASS"),
            Some("  "),
            None,
        ];
        let (cols, of) = Columns::of(sources.into_iter());
        assert_eq!(cols.names, ["TASS", "BBC", UNKNOWN]);
        assert_eq!(cols.articles, [2, 1, 3]);
        assert_eq!(of, [0, 2, 1, 0, 2, 2]);
        assert!(cols.is_unknown(2) && !cols.is_unknown(1));
    }
}

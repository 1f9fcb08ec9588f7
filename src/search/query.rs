//! The query language of DESIGN 1.6: splitting the filter bar's text into terms and parsing each.
//!
//! What must stay true: `parse` never panics; every error names the bad value in 'quotes' and
//! carries the byte span of the offending term (on char boundaries of the input), so the filter
//! bar can underline it. A query is an AND of groups, each group an OR of terms; `|` binds
//! tighter than the space.

use std::ops::Range;

use super::date::{DateProblem, DateSpec};

/// A parsed query: every group must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    groups: Vec<Group>,
}

/// Alternatives joined by `|`: at least one must match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The alternatives, in the order typed; never empty.
    pub terms: Vec<Term>,
}

/// One term of the query, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// `!term`: the article must NOT match.
    pub negated: bool,
    /// What to match.
    pub kind: TermKind,
    /// Byte range of the term in the query text.
    pub span: Range<usize>,
}

/// What a term matches; the strings are the user's text with quotes removed, never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TermKind {
    /// `word`: fuzzy match of title, source or author, smart case.
    Fuzzy(String),
    /// `'word`: substring of title or body, case-insensitive.
    Exact(String),
    /// `^word`, `word$`, `^word$`: the title starts and/or ends with the text.
    Anchored {
        /// The text to find at the title's edge(s).
        text: String,
        /// `^`: at the start.
        start: bool,
        /// `$`: at the end.
        end: bool,
    },
    /// `@name`: mentions an entity with `name` as a word prefix of its name or an alias.
    Entity(String),
    /// `source:x`: the source contains `x`, case-insensitive.
    Source(String),
    /// `date:...`.
    Date(DateSpec),
    /// `is:unread`, `is:starred`: the article's read state or star.
    Is(Status),
    /// `is:copy`: a near-copy of an earlier article.
    Copy,
}

/// What an `is:` term asks of an article's marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// `is:unread`: not opened yet (or marked unread again).
    Unread,
    /// `is:starred`: flagged.
    Starred,
}

/// A query that cannot be used, with where it went wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct QueryError {
    /// One line for the filter bar, naming the bad value in 'quotes'.
    pub message: String,
    /// Byte range of the bad term in the query.
    pub span: Range<usize>,
    /// Which rule was broken.
    pub kind: QueryErrorKind,
}

/// The ways a query can be wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum QueryErrorKind {
    /// A `"` with no closing partner.
    #[error("unterminated quote")]
    UnterminatedQuote,
    /// `@` with nothing after it.
    #[error("entity name missing after '@'")]
    EmptyEntity,
    /// `date:` with something that is not a date, a prefix of one, or a range.
    #[error("bad date")]
    BadDate,
    /// `date:a..b` with `b` before `a`.
    #[error("date range ends before it starts")]
    BackwardsDate,
    /// `|` with no term on one side.
    #[error("'|' needs a term on each side")]
    DanglingOr,
    /// `is:` with something other than `unread` or `starred`.
    #[error("unknown status")]
    BadStatus,
}

impl Query {
    /// Whether the query keeps every article (nothing typed, or only no-op terms like `!`).
    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Whether some term is `@name`, so that matching needs the corpus's entity mentions.
    pub fn names_entities(&self) -> bool {
        self.groups
            .iter()
            .flat_map(|g| &g.terms)
            .any(|t| matches!(t.kind, TermKind::Entity(_)))
    }

    /// Whether some term is `is:unread` or `is:starred`, so that matching needs the marks.
    pub fn asks_status(&self) -> bool {
        self.terms().any(|t| matches!(t.kind, TermKind::Is(_)))
    }

    /// The AND groups, in the order typed.
    pub fn groups(&self) -> &[Group] {
        &self.groups
    }

    /// Every term of every group.
    pub fn terms(&self) -> impl Iterator<Item = &Term> {
        self.groups.iter().flat_map(|g| g.terms.iter())
    }
}

/// Parses the filter text. Terms with nothing left after their operators (`!`, `'`, `^`, `""`)
/// match everything, so that half-typed terms do not empty the list; a group containing one is
/// dropped.
pub fn parse(input: &str) -> Result<Query, QueryError> {
    let mut groups: Vec<Vec<Option<Term>>> = Vec::new();
    let mut pending_or: Option<Range<usize>> = None;
    for token in tokens(input)? {
        let raw = &input[token.clone()];
        if raw == "|" {
            if groups.is_empty() || pending_or.is_some() {
                return Err(error(QueryErrorKind::DanglingOr, raw, token));
            }
            pending_or = Some(token);
            continue;
        }
        let term = parse_term(raw, token)?;
        match (pending_or.take(), groups.last_mut()) {
            (Some(_), Some(group)) => group.push(term),
            _ => groups.push(vec![term]),
        }
    }
    if let Some(span) = pending_or {
        return Err(error(QueryErrorKind::DanglingOr, "|", span));
    }
    let groups = groups
        .into_iter()
        .filter_map(|g| g.into_iter().collect::<Option<Vec<Term>>>())
        .map(|terms| Group { terms })
        .collect();
    Ok(Query { groups })
}

fn error(kind: QueryErrorKind, value: &str, span: Range<usize>) -> QueryError {
    let message = match kind {
        QueryErrorKind::UnterminatedQuote => format!("unterminated quote in '{value}'"),
        QueryErrorKind::EmptyEntity => format!("entity name missing after '@' in '{value}'"),
        QueryErrorKind::BadDate => {
            format!("bad date '{value}': expected YYYY, YYYY-MM, YYYY-MM-DD or a range FROM..TO")
        }
        QueryErrorKind::BackwardsDate => format!("date range '{value}' ends before it starts"),
        QueryErrorKind::DanglingOr => format!("'{value}' needs a term on each side"),
        QueryErrorKind::BadStatus => {
            format!("unknown status '{value}': expected is:unread or is:starred")
        }
    };
    QueryError {
        message,
        span,
        kind,
    }
}

/// Byte ranges of the space-separated tokens; spaces inside double quotes do not separate.
fn tokens(input: &str) -> Result<Vec<Range<usize>>, QueryError> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut open_quote: Option<usize> = None;
    for (i, c) in input.char_indices() {
        if c == '"' {
            open_quote = if open_quote.is_some() { None } else { Some(i) };
        }
        if c.is_whitespace() && open_quote.is_none() {
            if let Some(s) = start.take() {
                out.push(s..i);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(q) = open_quote {
        let s = start.unwrap_or(q);
        return Err(error(
            QueryErrorKind::UnterminatedQuote,
            &input[s..],
            s..input.len(),
        ));
    }
    if let Some(s) = start {
        out.push(s..input.len());
    }
    Ok(out)
}

/// Parses one token; `None` for a term with no text, which matches everything.
fn parse_term(raw: &str, span: Range<usize>) -> Result<Option<Term>, QueryError> {
    let (negated, rest) = match raw.strip_prefix('!') {
        Some(r) => (true, r),
        None => (false, raw),
    };
    let kind = if let Some(r) = rest.strip_prefix('\'') {
        some_text(r).map(TermKind::Exact)
    } else if let Some(r) = rest.strip_prefix('@') {
        let name = unquote(r);
        if name.trim().is_empty() {
            return Err(error(QueryErrorKind::EmptyEntity, raw, span));
        }
        Some(TermKind::Entity(name))
    } else if rest == "is:copy" {
        Some(TermKind::Copy)
    } else if let Some(r) = rest.strip_prefix("source:") {
        some_text(r).map(TermKind::Source)
    } else if let Some(r) = rest.strip_prefix("is:") {
        match unquote(r).to_lowercase().as_str() {
            "unread" => Some(TermKind::Is(Status::Unread)),
            "starred" => Some(TermKind::Is(Status::Starred)),
            // Half-typed (`is:`) matches everything, like an empty `'`.
            "" => None,
            _ => return Err(error(QueryErrorKind::BadStatus, &unquote(rest), span)),
        }
    } else if let Some(r) = rest.strip_prefix("date:") {
        let value = unquote(r);
        match DateSpec::parse(&value) {
            Ok(spec) => Some(TermKind::Date(spec)),
            Err(DateProblem::Malformed) => {
                return Err(error(QueryErrorKind::BadDate, &value, span));
            }
            Err(DateProblem::Backwards) => {
                return Err(error(QueryErrorKind::BackwardsDate, &value, span));
            }
        }
    } else {
        let (start, r) = match rest.strip_prefix('^') {
            Some(r) => (true, r),
            None => (false, rest),
        };
        // A lone `$` is a word to look for, not an anchor on nothing.
        let (end, r) = match r.strip_suffix('$') {
            Some(inner) if !inner.is_empty() || start => (true, inner),
            _ => (false, r),
        };
        some_text(r).map(|text| {
            if start || end {
                TermKind::Anchored { text, start, end }
            } else {
                TermKind::Fuzzy(text)
            }
        })
    };
    Ok(kind.map(|kind| Term {
        negated,
        kind,
        span,
    }))
}

/// The text with the grouping quotes removed.
fn unquote(s: &str) -> String {
    s.chars().filter(|&c| c != '"').collect()
}

fn some_text(s: &str) -> Option<String> {
    Some(unquote(s)).filter(|t| !t.is_empty())
}

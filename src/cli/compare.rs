//! `dossier compare`, `related` and `copies`: the `compare` core's answers printed as aligned
//! tables, or as JSON (README "Comparing coverage").

use std::io::Write;

use super::Common;
use super::args::By;
use super::commands::{find, hits};
use super::compare_json::{CompareOut, GroupOut, MemberOut, RelatedOut, shares};
use super::output::{with_stdout, write_json_lines};
use super::setup::{Failure, Inputs};
use crate::compare::{self, Progress, Step};
use crate::corpus::Article;
use crate::document::display_width;
use crate::search::Query;

/// Related articles printed.
const RELATED: usize = 10;
/// Days or weeks beyond which the attention table leaves out those without articles.
const LONG_AXIS: usize = 60;

/// `dossier compare`.
pub fn compare(
    inputs: &Inputs,
    query: &Query,
    by: Option<By>,
    common: &Common,
    color: bool,
) -> Result<(), Failure> {
    let subset: Vec<u32> = hits(inputs, query).iter().map(|h| h.index).collect();
    let step = match by {
        Some(By::Day) => Some(Step::Day),
        Some(By::Week) => Some(Step::Week),
        _ => None,
    };
    let matcher = inputs.matcher();
    let cov = compare::coverage(
        &inputs.articles,
        &subset,
        matcher,
        None,
        step,
        &Progress::default(),
    )
    .ok_or_else(|| Failure::Internal("the comparison was cancelled".into()))?;
    with_stdout(|out| {
        if common.json {
            serde_json::to_writer(&mut *out, &CompareOut::new(&cov, &inputs.articles, matcher))?;
            return writeln!(out);
        }
        let cols = &cov.columns;
        let mut names: Vec<String> = cols.names.clone();
        names
            .iter_mut()
            .for_each(|n| *n = crate::corpus::sanitize(n).replace('\n', " "));
        let outlets = cols.len() - usize::from(cols.has_unknown);
        writeln!(
            out,
            "{} articles from {} outlet{}{}",
            subset.len(),
            outlets,
            if outlets == 1 { "" } else { "s" },
            if cols.has_unknown {
                format!(" and {} of unknown outlet", cols.articles[cols.len() - 1])
            } else {
                String::new()
            }
        )?;
        let att = &cov.attention;
        if by == Some(By::Source) {
            heading(out, "Articles by outlet", color)?;
            let rows = (0..cols.len()).map(|c| {
                let dated: Vec<usize> = (0..att.buckets.len())
                    .filter(|&b| att.counts[c][b] > 0)
                    .collect();
                let first = dated.first().map_or("", |&b| att.buckets[b].as_str());
                let last = dated.last().map_or("", |&b| att.buckets[b].as_str());
                vec![
                    names[c].clone(),
                    cols.articles[c].to_string(),
                    att.undated[c].to_string(),
                    first.into(),
                    last.into(),
                ]
            });
            let head = ["OUTLET", "ARTICLES", "UNDATED", "FIRST", "LAST"]
                .map(String::from)
                .to_vec();
            table(out, head, rows.collect(), color)?;
        } else {
            heading(
                out,
                &format!("Articles per {} by outlet", att.step.name()),
                color,
            )?;
            let mut head = vec![att.step.name().to_uppercase()];
            head.extend(names.iter().cloned());
            head.push("ALL".into());
            let totals = att.totals();
            // A long axis (messy dates decades apart) lists only the buckets with articles.
            let long = att.buckets.len() > LONG_AXIS;
            let mut rows: Vec<Vec<String>> = (0..att.buckets.len())
                .filter(|&b| !long || totals[b] > 0)
                .map(|b| {
                    let mut row = vec![att.buckets[b].clone()];
                    row.extend(att.counts.iter().map(|col| dash(col[b])));
                    row.push(totals[b].to_string());
                    row
                })
                .collect();
            if att.undated.iter().any(|&n| n > 0) {
                let mut row = vec!["undated".to_string()];
                row.extend(att.undated.iter().map(|&n| dash(n)));
                row.push(att.undated.iter().sum::<u32>().to_string());
                rows.push(row);
            }
            table(out, head, rows, color)?;
            if long {
                let empty = totals.iter().filter(|&&t| t == 0).count();
                let step = att.step.name();
                writeln!(out, "({empty} {step}s without articles left out)")?;
            }
        }

        heading(
            out,
            "Share of each outlet's articles that name the entity",
            color,
        )?;
        let mut head = vec!["ENTITY".to_string()];
        head.extend(names.iter().map(|n| {
            format!(
                "{n} ({})",
                cols.articles[names.iter().position(|m| m == n).unwrap_or(0)]
            )
        }));
        let matcher = inputs.matcher();
        let rows =
            cov.matrix.rows.iter().map(|r| {
                let mut row = vec![matcher.entity(r.entity).name.clone()];
                row.extend(shares(&r.counts, &cols.articles).iter().zip(&r.counts).map(
                    |(s, &n)| {
                        if n == 0 {
                            "-".into()
                        } else {
                            format!("{:.0}%", s * 100.0)
                        }
                    },
                ));
                row
            });
        table(out, head, rows.collect(), color)?;

        if !cov.speakers.is_empty() {
            heading(out, "Quotations by speaker and outlet", color)?;
            let mut head = vec!["SPEAKER".to_string()];
            head.extend(names.iter().cloned());
            let rows = cov.speakers.iter().take(20).map(|s| {
                let mut row = vec![s.name.clone()];
                row.extend(s.counts.iter().map(|&n| dash(n)));
                row
            });
            table(out, head, rows.collect(), color)?;
        }
        if cov.words.iter().any(|w| !w.is_empty()) {
            heading(out, "Most distinctive words of each outlet", color)?;
            for (c, words) in cov.words.iter().enumerate().filter(|(_, w)| !w.is_empty()) {
                let terms: Vec<&str> = words.iter().take(10).map(|d| d.term.as_str()).collect();
                writeln!(out, "{}: {}", names[c], terms.join(", "))?;
            }
        }
        if cov.sampled < subset.len() {
            writeln!(
                out,
                "\n(speakers and words from {} of the {} articles, evenly sampled)",
                cov.sampled,
                subset.len()
            )?;
        }
        Ok(())
    })
}

/// `dossier related ID`.
pub fn related(inputs: &Inputs, id: &str, common: &Common, color: bool) -> Result<(), Failure> {
    let target = find(inputs, id)?;
    let matcher = inputs.matcher();
    let articles: &[Article] = &inputs.articles;
    let ents = |i: usize| {
        matcher
            .annotate(articles[i].title(), articles[i].text())
            .entity_ids()
    };
    let found = compare::related(target, articles, &ents, RELATED);
    with_stdout(|out| {
        if common.json {
            return write_json_lines(
                out,
                found.iter().map(|r| RelatedOut::new(r, articles, matcher)),
            );
        }
        let head = ["SCORE", "ID", "DATE", "SOURCE", "TITLE"]
            .map(String::from)
            .to_vec();
        let mut rows = Vec::new();
        for r in &found {
            let a = &articles[r.article as usize];
            rows.push(vec![
                format!("{:.0}%", r.score * 100.0),
                a.id().into_owned(),
                a.date().unwrap_or("").into(),
                a.source().unwrap_or("").into(),
                a.title().into(),
            ]);
            let names: Vec<&str> = r
                .shared
                .iter()
                .take(6)
                .map(|&e| matcher.entity(e).name.as_str())
                .collect();
            let more = r.shared.len().saturating_sub(names.len());
            let more = if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            };
            rows.push(vec![
                String::new(),
                format!(
                    "shares {}{more}; {:.0}% of the text",
                    names.join(", "),
                    r.text * 100.0
                ),
            ]);
        }
        if rows.is_empty() {
            return writeln!(
                out,
                "no article shares an entity with '{}'",
                articles[target].id()
            );
        }
        table(out, head, rows, color)
    })
}

/// `dossier copies`.
pub fn copies(inputs: &Inputs, query: &Query, common: &Common, color: bool) -> Result<(), Failure> {
    let subset: Vec<Article> = hits(inputs, query)
        .iter()
        .map(|h| inputs.articles[h.index as usize].clone())
        .collect();
    let found = compare::find_copies(&subset, &Progress::default())
        .ok_or_else(|| Failure::Internal("the search for copies was cancelled".into()))?;
    with_stdout(|out| {
        let group = |g: &compare::CopyGroup| GroupOut {
            original: subset[g.members[0].0 as usize].id(),
            members: g
                .members
                .iter()
                .map(|&(i, s)| MemberOut::new(&subset[i as usize], s))
                .collect(),
        };
        if common.json {
            return write_json_lines(out, found.groups.iter().map(group));
        }
        if found.groups.is_empty() {
            return writeln!(out, "no near-copies among {} articles", subset.len());
        }
        for (n, g) in found.groups.iter().enumerate() {
            heading(
                out,
                &format!("Group {} ({} articles)", n + 1, g.members.len()),
                color,
            )?;
            let rows = g.members.iter().enumerate().map(|(k, &(i, s))| {
                let a = &subset[i as usize];
                vec![
                    if k == 0 {
                        "original".into()
                    } else {
                        format!("{:.0}%", s * 100.0)
                    },
                    a.id().into_owned(),
                    a.date().unwrap_or("").into(),
                    a.source().unwrap_or("").into(),
                    a.title().into(),
                ]
            });
            table(
                out,
                ["SIMILAR", "ID", "DATE", "SOURCE", "TITLE"]
                    .map(String::from)
                    .to_vec(),
                rows.collect(),
                color,
            )?;
        }
        writeln!(
            out,
            "\n{} groups, {} near-copies among {} articles",
            found.groups.len(),
            found.copies().len(),
            subset.len()
        )
    })
}

/// A count, or `-` for none.
fn dash(n: u32) -> String {
    if n == 0 { "-".into() } else { n.to_string() }
}

fn heading(out: &mut dyn Write, text: &str, color: bool) -> std::io::Result<()> {
    if color {
        use crossterm::style::Stylize;
        writeln!(out, "\n{}", text.bold().underlined())
    } else {
        writeln!(out, "\n{text}")
    }
}

/// Rows in aligned columns: columns of numbers (counts, shares, `-`) right-aligned, the others
/// left-aligned; a row shorter than the header runs its last cell on (a note under a row).
fn table(
    out: &mut dyn Write,
    head: Vec<String>,
    rows: Vec<Vec<String>>,
    color: bool,
) -> std::io::Result<()> {
    let n = head.len();
    let full = || rows.iter().filter(|r| r.len() == n);
    let mut widths: Vec<usize> = head.iter().map(|h| display_width(h)).collect();
    for row in full() {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(display_width(cell));
        }
    }
    let number = |c: &str| c == "-" || c.trim_end_matches('%').parse::<u64>().is_ok();
    let numeric: Vec<bool> = (0..n)
        .map(|k| k > 0 && full().all(|r| number(&r[k])))
        .collect();
    let line = |row: &[String]| {
        let mut s = String::new();
        for (k, cell) in row.iter().enumerate() {
            let pad = widths[k].saturating_sub(display_width(cell));
            let last = k + 1 == row.len();
            if k > 0 {
                s.push_str("  ");
            }
            if !numeric[k] || (last && row.len() < n) {
                s.push_str(cell);
                if !last {
                    s.push_str(&" ".repeat(pad));
                }
            } else {
                s.push_str(&" ".repeat(pad));
                s.push_str(cell);
            }
        }
        s.trim_end().to_string()
    };
    if color {
        use crossterm::style::Stylize;
        writeln!(out, "{}", line(&head).bold())?;
    } else {
        writeln!(out, "{}", line(&head))?;
    }
    for row in &rows {
        writeln!(out, "{}", line(row))?;
    }
    Ok(())
}

//! `dossier list`, `show`, `entities` and `export`: print, plain or as JSON, and exit.

use std::borrow::Cow;

use super::Common;
use super::ansi::write_document;
use super::output::{with_stdout, write_json_lines};
use super::setup::{Failure, Inputs};
use crate::corpus::Article;
use crate::document::Document;
use crate::output::json::{EntityRow, ListRow, Shown, ents};
use crate::search::{self, Hit, Query};
use crate::state;
use crate::ui::theme::{Palette, Theme};

/// Parses the `-q` query; an error names the bad term.
pub fn query(common: &Common) -> Result<Query, Failure> {
    search::parse(common.query.as_deref().unwrap_or(""))
        .map_err(|e| Failure::Input(format!("query: {e}")))
}

/// The articles that pass the query, ranked. Entity mentions are only looked at (and the
/// matcher built) for `@name` terms; without them, loading kept only matching articles.
pub(super) fn hits(inputs: &Inputs, query: &Query) -> Vec<Hit> {
    let asks_copies = crate::compare::asks_copies(query);
    if query.asks_status() || asks_copies {
        let pass = query.names_entities().then(|| inputs.one_pass());
        let ents: &dyn search::EntityFilter = match &pass {
            Some(p) => p,
            None => &search::NoEntities,
        };
        // `is:unread`, `is:starred`: the reader's marks, read from its database.
        let marks = (query.asks_status()).then(|| {
            let dir = state::default_dir();
            let (marks, problem) = state::read_marks(dir.as_deref(), &inputs.articles);
            if let Some(p) = problem {
                super::say(&format!(
                    "warning: {p}; no article counts as read or starred"
                ));
            }
            marks
        });
        let with_marks = marks.as_ref().map(|marks| state::WithMarks { ents, marks });
        let ents: &dyn search::EntityFilter = match &with_marks {
            Some(w) => w,
            None => ents,
        };
        // `is:copy`: the collection's near-copies, found first.
        let copies = asks_copies.then(|| {
            let progress = crate::compare::Progress::default();
            crate::compare::find_copies(&inputs.articles, &progress).unwrap_or_default()
        });
        let with_copies = copies.map(|copies| crate::compare::WithCopies {
            inner: ents,
            copies: std::sync::Arc::new(copies),
        });
        let ents: &dyn search::EntityFilter = match &with_copies {
            Some(w) => w,
            None => ents,
        };
        return search::filter(&inputs.articles, query, ents);
    }
    if query.names_entities() {
        if let Some(hint) = search::unknown_entity(query, inputs.matcher(), None) {
            super::say(&format!("warning: {hint}"));
        }
        search::filter(&inputs.articles, query, &inputs.one_pass())
    } else {
        search::filter_kept(&inputs.articles, query, &search::NoEntities)
    }
}

/// `dossier list`.
pub fn list(inputs: &Inputs, query: &Query, common: &Common, color: bool) -> Result<(), Failure> {
    let hits = hits(inputs, query);
    let scored = common
        .query
        .as_deref()
        .is_some_and(|q| !q.trim().is_empty());
    with_stdout(|out| {
        if common.json {
            let rows = ranked(&inputs.articles, &hits)
                .map(|(h, a)| ListRow::new(a, scored.then_some(i64::from(h.score))));
            return write_json_lines(out, rows);
        }
        let id_w = ranked(&inputs.articles, &hits)
            .map(|(_, a)| a.id().chars().count())
            .max()
            .unwrap_or(0);
        for (_, a) in ranked(&inputs.articles, &hits) {
            let a = a.view();
            // Padded before styling: a styled value's escapes would count as its width.
            let id = format!("{:id_w$}", a.id());
            let date = format!("{:10}", a.head.date.unwrap_or(""));
            let source = a.head.source.unwrap_or("");
            if color {
                use crossterm::style::Stylize;
                writeln!(
                    out,
                    "{}  {}  {}  {}",
                    id.dark_grey(),
                    date.yellow(),
                    a.head.title.bold(),
                    source.cyan(),
                )?;
            } else {
                writeln!(out, "{id}  {date}  {}  {source}", a.head.title)?;
            }
        }
        Ok(())
    })
}

/// The hits' articles in rank order, each one's head asked for a few rows ahead: ranked
/// articles lie all over memory, and a million of them waited on one cache miss each.
fn ranked<'a>(
    articles: &'a [Article],
    hits: &'a [Hit],
) -> impl Iterator<Item = (&'a Hit, &'a Article)> + 'a {
    const AHEAD: usize = 8;
    hits.iter().enumerate().filter_map(move |(i, h)| {
        if let Some(next) = hits
            .get(i + AHEAD)
            .and_then(|n| articles.get(n.index as usize))
        {
            next.prefetch();
        }
        Some((h, articles.get(h.index as usize)?))
    })
}

/// Finds the article with ID `id`, or the one whose ID starts with it.
pub(super) fn find(inputs: &Inputs, id: &str) -> Result<usize, Failure> {
    if let Some(i) = inputs.articles.iter().position(|a| a.id() == id) {
        return Ok(i);
    }
    let found: Vec<usize> = (0..inputs.articles.len())
        .filter(|&i| inputs.articles[i].id().starts_with(id))
        .collect();
    match found.as_slice() {
        [one] => Ok(*one),
        [] => Err(Failure::Input(format!(
            "no article with ID '{id}' (dossier list shows the IDs)"
        ))),
        many => {
            let mut names: Vec<Cow<str>> = many
                .iter()
                .take(10)
                .map(|&i| inputs.articles[i].id())
                .collect();
            if many.len() > 10 {
                names.push(Cow::Borrowed("..."));
            }
            Err(Failure::Input(format!(
                "ID '{id}' is ambiguous: {}",
                names.join(", ")
            )))
        }
    }
}

/// `dossier show ID`.
pub fn show(
    inputs: &Inputs,
    id: &str,
    query: &Query,
    common: &Common,
    color: bool,
) -> Result<(), Failure> {
    let i = find(inputs, id)?;
    let article = &inputs.articles[i];
    let matcher = inputs.matcher();
    let annotation = &matcher.annotate(article.title(), article.text());
    with_stdout(|out| {
        if common.json {
            let shown = Shown {
                row: ListRow::new(article, None),
                text: article.text(),
                ents: ents(article.text(), &annotation.text, matcher),
                title_ents: ents(article.title(), &annotation.title, matcher),
            };
            serde_json::to_writer(&mut *out, &shown)?;
            return writeln!(out);
        }
        let doc = Document::build(article, annotation, matcher, &|s| {
            search::exact_ranges(query, s)
        });
        let theme = Theme::new(Palette::detect(true));
        write_document(out, &doc, color.then_some(&theme))
    })
}

/// `dossier entities`.
pub fn entities(
    inputs: &Inputs,
    query: &Query,
    common: &Common,
    color: bool,
) -> Result<(), Failure> {
    let subset: Vec<usize> = hits(inputs, query)
        .iter()
        .map(|h| h.index as usize)
        .collect();
    let stats = inputs.one_pass().stats(&subset);
    let matcher = inputs.matcher();
    with_stdout(|out| {
        let rows = stats.iter().map(|s| {
            let e = matcher.entity(s.id);
            EntityRow {
                name: &e.name,
                kind: e.kind.name(),
                articles: s.articles,
                mentions: s.mentions,
                from: e.origin.name(),
            }
        });
        if common.json {
            return write_json_lines(out, rows);
        }
        let rows: Vec<EntityRow> = rows.collect();
        let name_w = rows
            .iter()
            .map(|r| r.name.chars().count())
            .max()
            .unwrap_or(4)
            .max(6);
        let header = format!(
            "{:name_w$}  {:6}  {:>8}  {:>8}  FROM",
            "ENTITY", "KIND", "ARTICLES", "MENTIONS"
        );
        if color {
            use crossterm::style::Stylize;
            writeln!(out, "{}", header.bold())?;
        } else {
            writeln!(out, "{header}")?;
        }
        for r in rows {
            writeln!(
                out,
                "{:name_w$}  {:6}  {:>8}  {:>8}  {}",
                r.name, r.kind, r.articles, r.mentions, r.from
            )?;
        }
        Ok(())
    })
}

/// `dossier export`: the matching articles, ranked, to `output` or stdout.
pub fn export(
    inputs: &Inputs,
    query: &Query,
    format: crate::output::export::Format,
    output: Option<&std::path::Path>,
) -> Result<(), Failure> {
    let order: Vec<u32> = hits(inputs, query).iter().map(|h| h.index).collect();
    let matcher = inputs.matcher();
    let annotate = |i: usize| {
        let a = &inputs.articles[i];
        matcher.annotate(a.title(), a.text())
    };
    let export = crate::output::export::Export {
        articles: &inputs.articles,
        order: &order,
        matcher,
        annotate: &annotate,
    };
    match output {
        Some(path) => export
            .write_file(path, format)
            .map_err(|e| Failure::Input(format!("cannot write '{}': {e}", path.display()))),
        None => with_stdout(|out| export.write(out, format)),
    }
}

//! Writing articles out with their text and entities: `dossier export` and the reader's `w`.
//! JSON Lines (one `show --json` object per line), CSV (a header row, RFC 4180 quoting by the
//! `csv` crate, entities as one readable cell) or Markdown (one section per article). `Y`
//! copies one article in the same Markdown.
//!
//! What must stay true: the articles come out in the order given; a file is written whole or
//! not at all (a temporary file beside it, renamed into place).

use super::json::{ListRow, Shown, ents};
use crate::corpus::Article;
use crate::document::meta_line;
use crate::entities::{Annotation, Matcher};
use clap::ValueEnum;
use std::io::{self, Write};
use std::path::Path;

/// The formats `export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum Format {
    /// JSON Lines: one object per article, as `show --json` prints it.
    #[default]
    Jsonl,
    /// CSV with a header row, for spreadsheets.
    Csv,
    /// Markdown: one section per article.
    Md,
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Jsonl => "jsonl",
            Format::Csv => "csv",
            Format::Md => "md",
        }
    }
}

/// The articles to write and how to find their entities.
pub struct Export<'a> {
    /// The corpus.
    pub articles: &'a [Article],
    /// Positions in `articles`, in the order to write them.
    pub order: &'a [u32],
    /// The matcher that names the entities.
    pub matcher: &'a Matcher,
    /// The entity mentions of the article at a position.
    pub annotate: &'a (dyn Fn(usize) -> Annotation + Sync),
}

impl Export<'_> {
    /// Writes every article to `out` in `format`.
    pub fn write(&self, out: &mut dyn Write, format: Format) -> io::Result<()> {
        if format == Format::Csv {
            return self.write_csv(out);
        }
        let mut buf = Vec::with_capacity(4096);
        for &i in self.order {
            let i = i as usize;
            let a = &self.articles[i];
            let annotation = (self.annotate)(i);
            buf.clear();
            if format == Format::Jsonl {
                let shown = Shown {
                    row: ListRow::new(a, None),
                    text: a.text(),
                    ents: ents(a.text(), &annotation.text, self.matcher),
                    title_ents: ents(a.title(), &annotation.title, self.matcher),
                };
                serde_json::to_writer(&mut buf, &shown)?;
                buf.push(b'\n');
            } else {
                buf.extend_from_slice(markdown(a).as_bytes());
                let names = self.entity_list(&annotation);
                if !names.is_empty() {
                    buf.extend_from_slice(format!("\n**Entities:** {names}\n").as_bytes());
                }
                buf.extend_from_slice(b"\n---\n\n");
            }
            out.write_all(&buf)?;
        }
        Ok(())
    }

    fn write_csv(&self, out: &mut dyn Write) -> io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record(CSV_HEADER)?;
        for &i in self.order {
            let i = i as usize;
            let annotation = (self.annotate)(i);
            w.write_record(self.csv_record(&self.articles[i], &annotation))?;
        }
        w.flush()
    }

    /// Writes to `path` atomically: a temporary file in the same folder, renamed over it.
    pub fn write_file(&self, path: &Path, format: Format) -> io::Result<()> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        // A file for the user, readable as any file they make (a temporary one is 0600).
        #[cfg(unix)]
        builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
        let mut tmp = builder.tempfile_in(dir)?;
        {
            let mut out = io::BufWriter::new(tmp.as_file_mut());
            self.write(&mut out, format)?;
            out.flush()?;
        }
        tmp.as_file().sync_all()?;
        tmp.persist(path).map_err(|e| e.error)?;
        Ok(())
    }

    fn csv_record(&self, a: &Article, annotation: &Annotation) -> Vec<String> {
        let v = a.view();
        let opt = |s: Option<&str>| s.unwrap_or("").to_string();
        vec![
            v.id().into_owned(),
            v.head.title.to_string(),
            opt(v.head.date),
            opt(v.head.source),
            opt(v.head.author),
            opt(v.url),
            opt(v.path),
            self.entity_list(annotation),
            a.text().to_string(),
        ]
    }

    /// "Sergei Lavrov (person, 5); TASS (org, 2)": the article's entities, most mentioned
    /// first.
    fn entity_list(&self, annotation: &Annotation) -> String {
        annotation
            .counts()
            .iter()
            .map(|&(id, n)| {
                let e = self.matcher.entity(id);
                format!("{} ({}, {n})", e.name, e.kind.name())
            })
            .collect::<Vec<_>>()
            .join("; ")
    }
}

/// The CSV columns.
const CSV_HEADER: [&str; 9] = [
    "id", "title", "date", "source", "author", "url", "path", "entities", "text",
];

/// One article as Markdown: the title as a heading, the metadata in italics, the URL as a
/// link, then the text.
pub fn markdown(a: &Article) -> String {
    let mut md = format!("# {}\n\n", one_line(a.title()));
    let meta = meta_line(a);
    if !meta.is_empty() {
        md.push_str(&format!("*{}*\n\n", one_line(&meta)));
    }
    if let Some(url) = a.url().filter(|u| !u.trim().is_empty()) {
        md.push_str(&format!("<{}>\n\n", url.trim()));
    }
    md.push_str(a.text().trim_end());
    md.push('\n');
    md
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ArticleData;
    use crate::entities::{DictOptions, Dictionary};

    fn sample() -> (Vec<Article>, Matcher) {
        let a = Article::new(&ArticleData {
            title: "Kerry, Lavrov \"agree\"".into(),
            text: "Sergei Lavrov met John Kerry.\n\nThey talked, at length.".into(),
            date: Some("2016-09-08".into()),
            source: Some("TASS".into()),
            url: Some("https://tass.com/1".into()),
            ..ArticleData::default()
        });
        let b = Article::new(&ArticleData {
            title: "Second".into(),
            text: "No names.".into(),
            ..ArticleData::default()
        });
        let dict = Dictionary::load(&DictOptions {
            builtin: true,
            files: vec![],
            config: None,
        })
        .unwrap();
        (vec![a, b], Matcher::new(dict))
    }

    fn export(format: Format, order: &[u32]) -> String {
        let (articles, matcher) = sample();
        let annotate = |i: usize| matcher.annotate(articles[i].title(), articles[i].text());
        let mut out = Vec::new();
        Export {
            articles: &articles,
            order,
            matcher: &matcher,
            annotate: &annotate,
        }
        .write(&mut out, format)
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_has_a_header_and_quotes_as_rfc_4180() {
        let csv = export(Format::Csv, &[1, 0]);
        let mut rows = csv::Reader::from_reader(csv.as_bytes());
        let header: Vec<String> = rows.headers().unwrap().iter().map(String::from).collect();
        assert_eq!(header, CSV_HEADER);
        let records: Vec<csv::StringRecord> = rows.records().map(Result::unwrap).collect();
        assert_eq!(records.len(), 2);
        assert_eq!(&records[0][1], "Second");
        // Quotes doubled, the comma and line breaks kept inside one field.
        assert!(csv.contains("\"Kerry, Lavrov \"\"agree\"\"\""));
        assert_eq!(&records[1][1], "Kerry, Lavrov \"agree\"");
        assert_eq!(
            &records[1][8],
            "Sergei Lavrov met John Kerry.\n\nThey talked, at length."
        );
        assert!(
            records[1][7].contains("Sergei Lavrov (person, "),
            "{}",
            &records[1][7]
        );
    }

    #[test]
    fn jsonl_is_one_show_object_per_line_in_order() {
        let out = export(Format::Jsonl, &[0, 1]);
        let lines: Vec<serde_json::Value> = out
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0]["url"], "https://tass.com/1");
        assert_eq!(lines[1]["title"], "Second");
        let ents = lines[0]["ents"].as_array().unwrap();
        assert!(
            ents.iter()
                .any(|e| e["name"] == "John Kerry" && e["label"] == "PERSON")
        );
    }

    #[test]
    fn markdown_has_heading_metadata_link_text_and_entities() {
        let md = export(Format::Md, &[0]);
        assert!(md.starts_with("# Kerry, Lavrov \"agree\"\n\n*2016-09-08 · TASS*\n\n<https://tass.com/1>\n\nSergei Lavrov met"), "{md}");
        assert!(md.contains("**Entities:** "), "{md}");
        assert!(md.trim_end().ends_with("---"));
    }
}

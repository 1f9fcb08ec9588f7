//! The cleaned body: lines rendered and normalised, then re-assembled into paragraphs.
//!
//! What must stay true: paragraphs are separated by exactly one blank line (`"\n\n"`); only
//! the blocks `blocks` finds hold single line breaks (a list, one item per line; fenced code,
//! its lines verbatim); no line has trailing or doubled spaces, nor leading ones outside code
//! and nested list items; every word of the kept lines survives in order. Hard-wrapped
//! paragraphs (split by stray single or blank-line breaks mid-sentence) are re-joined, quotes
//! only with quotes; a short heading before a capitalised sentence keeps its own paragraph; a
//! quoted paragraph starts with `│ `.

use std::borrow::Cow;

use crate::corpus::text::blocks::{self, Fence, Kind};
use crate::corpus::text::markdown::{may_have_markup, render_line};

/// One input line after Markdown rendering and whitespace normalisation.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    pub text: Cow<'a, str>,
    pub heading: bool,
    pub all_bold: bool,
    /// Its place in the block structure; metadata is only read from `Text` lines.
    pub kind: Kind,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    fn blank() -> Self {
        Line {
            text: Cow::Borrowed(""),
            heading: false,
            all_bold: false,
            kind: Kind::Text,
        }
    }
}

/// How a quoted paragraph is set apart from the text around it.
pub(crate) const QUOTE_MARK: &str = "│ ";

/// What a line turned out to be; only `Body` lines reach the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    Body,
    /// Consumed as metadata (title, date, byline, source, URL): shown elsewhere, not repeated.
    Meta,
    /// Site chrome around the article.
    Furniture,
}

/// Splits sanitized text into rendered, normalised lines (a `\r` before `\n` is ignored).
pub(crate) fn lines(text: &str) -> Vec<Line<'_>> {
    // Whole-text scans up front, so the common clean line costs a trim and nothing more.
    let markup = may_have_markup(text);
    let spaces = memchr::memmem::find(text.as_bytes(), "\u{a0}".as_bytes()).is_some()
        || memchr::memmem::find(text.as_bytes(), b"  ").is_some();
    let mut fence: Option<Fence> = None;
    text.split('\n')
        .map(|raw| {
            let trimmed = raw.trim();
            if let Some(open) = fence {
                if blocks::fence_closes(trimmed, open) {
                    fence = None;
                    return Line::blank();
                }
                return code_line(raw);
            }
            if blocks::may_start_block(trimmed) {
                if let Some(open) = blocks::fence_open(trimmed) {
                    fence = Some(open);
                    return Line::blank();
                }
                if let Some(line) = block_line(raw, trimmed, markup) {
                    return line;
                }
            }
            let r = render_line(trimmed, markup);
            Line {
                text: if spaces || !matches!(r.text, Cow::Borrowed(_)) {
                    squeeze(r.text)
                } else {
                    r.text
                },
                heading: r.heading,
                all_bold: r.all_bold,
                kind: Kind::Text,
            }
        })
        .collect()
}

/// A line inside fenced code: as written, less trailing space.
fn code_line(raw: &str) -> Line<'_> {
    let text = raw.trim_end();
    Line {
        text: Cow::Borrowed(if text.trim_start().is_empty() {
            ""
        } else {
            text
        }),
        heading: false,
        all_bold: false,
        kind: Kind::Code,
    }
}

/// A list item, a quote line or a rule; `None` for anything else.
fn block_line<'a>(raw: &'a str, trimmed: &'a str, markup: bool) -> Option<Line<'a>> {
    if blocks::is_rule(trimmed) {
        return Some(Line::blank());
    }
    let (kind, text) = if let Some((marker, rest)) = blocks::item(trimmed) {
        // Nested items keep two spaces per level of their indent, up to three levels.
        let indent = raw.len() - raw.trim_start().len();
        let pad = "  ".repeat((indent / 2).min(3));
        let rest = squeeze(render_line(rest, markup).text);
        (Kind::Item, Cow::Owned(format!("{pad}{marker} {rest}")))
    } else {
        let rest = blocks::quote(trimmed)?;
        (Kind::Quote, squeeze(render_line(rest, markup).text))
    };
    Some(Line {
        text,
        heading: false,
        all_bold: false,
        kind,
    })
}

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}' || c == '\t'
}

/// NBSP to a plain space, runs of spaces to one, no spaces at the ends.
fn squeeze(s: Cow<'_, str>) -> Cow<'_, str> {
    let t = s.trim();
    let clean = !t.contains('\u{a0}') && !t.contains("  ");
    match s {
        Cow::Borrowed(b) if clean => Cow::Borrowed(b.trim()),
        _ if clean => Cow::Owned(t.to_string()),
        _ => {
            let mut out = String::with_capacity(t.len());
            for c in t.chars() {
                let c = if is_space(c) { ' ' } else { c };
                if !(c == ' ' && out.ends_with(' ')) {
                    out.push(c);
                }
            }
            Cow::Owned(out)
        }
    }
}

/// A line this long that stops mid-sentence is a hard wrap, not a heading.
const WRAP_WIDTH: usize = 40;

/// The paragraph being built: it is the tail of the output, from `start`.
struct Open {
    start: usize,
    /// Built by joining broken pieces: further unfinished pieces keep joining.
    continuation: bool,
    /// A Markdown heading: never joined with its neighbours.
    heading: bool,
    /// What block it is: text joins only text, quotes only quotes; lists and code gather
    /// their lines.
    kind: Kind,
}

/// The body: the `Body` lines of `lines` (same length as `roles`) as paragraphs, written
/// straight into one string.
pub(crate) fn assemble(lines: &[Line], roles: &[Role]) -> String {
    let mut out = String::with_capacity(lines.iter().map(|l| l.text.len() + 2).sum());
    let mut open: Option<Open> = None;
    // Whether the previous line was a kept body line (so this one follows a single newline),
    // and whether it was long enough to be a hard-wrapped line rather than a heading.
    let mut prev_long: Option<bool> = None;
    for (line, role) in lines.iter().zip(roles) {
        if *role != Role::Body || line.is_blank() {
            prev_long = None;
            continue;
        }
        let text = line.text.as_ref();
        let adjacent = prev_long.is_some();
        let open_kind = open.as_ref().map(|p| p.kind);
        let sep = match (line.kind, open_kind) {
            // A list's items and a code block's lines, one per line.
            (Kind::Item, Some(Kind::Item)) | (Kind::Code, Some(Kind::Code)) if adjacent => {
                Some('\n')
            }
            // A lazy continuation of a list item.
            (Kind::Text, Some(Kind::Item)) if adjacent && !line.heading => Some(' '),
            (Kind::Text, Some(Kind::Text)) | (Kind::Quote, Some(Kind::Quote)) => {
                let p = open
                    .as_mut()
                    .filter(|p| !line.heading && !p.heading && !ends_sentence(&out[p.start..]));
                p.and_then(|p| {
                    let join = match prev_long {
                        Some(long) => starts_lower(text) || long,
                        None => starts_lower(text) || p.continuation,
                    };
                    p.continuation |= join && prev_long.is_none();
                    join.then_some(' ')
                })
            }
            _ => None,
        };
        match sep {
            Some(c) => out.push(c),
            None => {
                if open.is_some() {
                    out.push_str("\n\n");
                }
                open = Some(Open {
                    start: out.len(),
                    continuation: false,
                    heading: line.heading,
                    kind: line.kind,
                });
                if line.kind == Kind::Quote {
                    out.push_str(QUOTE_MARK);
                }
            }
        }
        out.push_str(text);
        prev_long = Some(text.len() >= WRAP_WIDTH && text.chars().nth(WRAP_WIDTH - 1).is_some());
    }
    out
}

/// Ends with `.`, `!`, `?`, `…` or `:`, looking through closing quotes and brackets.
pub(crate) fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(['"', '”', '’', '\'', '»', ')', ']', '*'])
        .ends_with(['.', '!', '?', '…', ':'])
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clean(text: &str) -> String {
        let text = crate::corpus::sanitize(text);
        let lines = lines(&text);
        let roles = vec![Role::Body; lines.len()];
        assemble(&lines, &roles)
    }

    #[test]
    fn hard_wraps_over_blank_lines_are_rejoined() {
        let text = "Lavrov told Kerry\n\non Wednesday\n\nthat “normal cooperation is impossible \
                    without basic decency,” Russia’s\n\nForeign\n\nMinistry said in a statement \
                    Wednesday.\n\nNext paragraph.";
        assert_eq!(
            clean(text),
            "Lavrov told Kerry on Wednesday that “normal cooperation is impossible without \
             basic decency,” Russia’s Foreign Ministry said in a statement Wednesday.\n\n\
             Next paragraph."
        );
    }

    #[test]
    fn a_short_heading_before_a_sentence_stays_its_own_paragraph() {
        let text =
            "Obama said so.\n\nKerry-Lavrov meeting\n\nU.S. Secretary of State John Kerry met.";
        assert_eq!(
            clean(text),
            "Obama said so.\n\nKerry-Lavrov meeting\n\nU.S. Secretary of State John Kerry met."
        );
    }

    #[test]
    fn single_newlines_break_after_sentences_and_wrap_inside_them() {
        let text = "First sentence ends here.\nSecond starts here and runs on for a while past\n\
                    Geneva before it ends.\nShort heading\nThird one.";
        assert_eq!(
            clean(text),
            "First sentence ends here.\n\nSecond starts here and runs on for a while past \
             Geneva before it ends.\n\nShort heading\n\nThird one."
        );
    }

    #[test]
    fn blank_runs_collapse_and_spaces_are_normalised() {
        let text = "\n\n  One\u{a0}\u{a0}two   three.  \n\n\n\n\r\n\tFour.\r\n\n";
        assert_eq!(clean(text), "One two three.\n\nFour.");
    }

    #[test]
    fn unicode_spaces_at_line_ends_are_trimmed() {
        assert_eq!(
            clean(" one two\u{2000}\n\u{3000}three.\u{2009}"),
            "one two three."
        );
    }

    #[test]
    fn markdown_headings_never_join() {
        let text = "## Background\n\nthe story so far.";
        assert_eq!(clean(text), "Background\n\nthe story so far.");
    }

    #[test]
    fn lists_keep_one_item_per_line() {
        let text = "Three things happened:\n\n- Kerry flew in\n- Lavrov met him\n  - in Geneva\n\
                    * nothing was\nagreed\n\n1. First point\n2) Second point\n\nAfter the list.";
        assert_eq!(
            clean(text),
            "Three things happened:\n\n• Kerry flew in\n• Lavrov met him\n  • in Geneva\n\
             • nothing was agreed\n\n1. First point\n2) Second point\n\nAfter the list."
        );
    }

    #[test]
    fn quotes_are_set_apart_and_rejoined_among_themselves() {
        let text = "He said\n\n> We will not\n> yield to anyone.\n>\n> Never.\n\nthen left.";
        assert_eq!(
            clean(text),
            "He said\n\n│ We will not yield to anyone.\n\n│ Never.\n\nthen left."
        );
    }

    #[test]
    fn fenced_code_keeps_its_lines_verbatim() {
        let text =
            "Run this:\n\n```sh\nfor f in *.txt; do\n    echo  **$f**\ndone\n```\n\n---\n\nDone.";
        assert_eq!(
            clean(text),
            "Run this:\n\nfor f in *.txt; do\n    echo  **$f**\ndone\n\nDone."
        );
    }

    #[test]
    fn sentence_ends_look_through_quotes() {
        assert!(ends_sentence("as “moderate rebels.”"));
        assert!(!ends_sentence("basic decency,”"));
        assert!(!ends_sentence("(AFP photo)"));
        assert!(ends_sentence("he said:"));
    }
}

//! HTML to body text, the one way for every format that carries HTML: the article a saved page's
//! Readability pass kept, and the content or summary of a feed item.
//!
//! What must stay true: the result follows the body's conventions (`clean`): paragraphs and
//! headings apart by one blank line, list items one per line with `• ` or their number, a quoted
//! paragraph starting with `│ `, preformatted text verbatim; links keep their text; scripts,
//! styles, forms, navigation and embedded frames give nothing; the text is sanitized. Work is
//! linear in the input and the walk's depth is bounded, so no input can exhaust the stack.

use std::borrow::Cow;

use dom_query::{Document, NodeRef};

use crate::corpus::text::blocks::Kind;
use crate::corpus::text::clean::{self, Line, Role};
use crate::corpus::text::sanitize::sanitize_cow;

/// Below this depth, an element's text is taken whole, without its structure.
const MAX_DEPTH: usize = 200;

/// HTML nested deeper than this is not parsed: the parser's work grows with the square of the
/// depth (every start tag looks through the open elements) and Readability's with it (a page
/// of five paragraphs 800 deep took 0.3 s, 1,000 deep 2.9 s), and no article nests so deep.
pub(crate) const MAX_NESTING: usize = 500;

/// The body text of an HTML fragment (or a whole document); empty when it nests deeper than
/// [`MAX_NESTING`].
pub(crate) fn html_to_text(html: &str) -> String {
    if nesting(html) > MAX_NESTING {
        return String::new();
    }
    let doc = Document::fragment(html);
    node_to_text(&doc.root())
}

/// How deep the elements of `html` nest, about: start tags open, end tags close, except the
/// elements that never hold others or whose end tag may be left out (`<br>`, `<p>`, `<li>`…).
/// One pass over the bytes, for the cost of finding `<`.
pub(crate) fn nesting(html: &str) -> usize {
    const FLAT: &[&[u8]] = &[
        b"area",
        b"base",
        b"br",
        b"col",
        b"embed",
        b"hr",
        b"img",
        b"input",
        b"link",
        b"meta",
        b"param",
        b"source",
        b"track",
        b"wbr",
        b"p",
        b"li",
        b"td",
        b"th",
        b"tr",
        b"dt",
        b"dd",
        b"option",
        b"!--",
        b"!doctype",
    ];
    let b = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    for i in memchr::memchr_iter(b'<', b) {
        let (closing, start) = match b.get(i + 1) {
            Some(b'/') => (true, i + 2),
            Some(c) if c.is_ascii_alphabetic() => (false, i + 1),
            _ => continue,
        };
        let len = b[start..]
            .iter()
            .take(16)
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        let name = b[start..start + len].to_ascii_lowercase();
        if FLAT.contains(&name.as_slice()) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

/// The body text of one node and what it holds.
pub(crate) fn node_to_text(node: &NodeRef) -> String {
    let mut w = Walker::default();
    w.children(node, 0);
    w.flush();
    let roles = vec![Role::Body; w.lines.len()];
    clean::assemble(&w.lines, &roles)
}

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "math", "form", "button", "select",
    "textarea", "input", "nav", "head", "title", "meta", "link", "object", "embed", "canvas",
    "audio", "video",
];

/// Elements that start and end a paragraph of their own.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "figure",
    "figcaption",
    "address",
    "center",
    "dl",
    "dt",
    "dd",
    "details",
    "summary",
    "table",
    "tbody",
    "thead",
    "tfoot",
    "caption",
    "body",
    "html",
    "fieldset",
    "hgroup",
];

#[derive(Default)]
struct Walker {
    lines: Vec<Line<'static>>,
    /// The text of the line being gathered.
    inline: String,
    heading: bool,
    /// How many block quotes are open.
    quotes: usize,
    /// The open lists: ordered, and the number of the next item.
    lists: Vec<(bool, u32)>,
    /// The marker of a list item whose first line is still to come.
    marker: Option<String>,
}

impl Walker {
    fn children(&mut self, node: &NodeRef, depth: usize) {
        let mut child = node.first_child();
        while let Some(c) = child {
            self.node(&c, depth + 1);
            child = c.next_sibling();
        }
    }

    fn node(&mut self, node: &NodeRef, depth: usize) {
        if node.is_text() {
            self.text(&node.text());
            return;
        }
        if !node.is_element() {
            if node.is_fragment() || node.is_document() {
                self.children(node, depth);
            }
            return;
        }
        let Some(name) = node.node_name() else { return };
        let name = name.to_ascii_lowercase();
        let name = name.as_str();
        if SKIPPED.contains(&name) || node.has_attr("hidden") {
            return;
        }
        if depth > MAX_DEPTH {
            self.text(&node.text());
            return;
        }
        match name {
            "br" => self.flush(),
            "hr" => self.paragraph_break(),
            "td" | "th" => {
                self.text(" ");
                self.children(node, depth);
                self.text(" ");
            }
            "tr" | "li" if name == "tr" || self.lists.is_empty() => {
                self.flush();
                self.children(node, depth);
                self.flush();
            }
            "li" => {
                self.flush();
                let pad = "  ".repeat((self.lists.len() - 1).min(3));
                let marker = match self.lists.last_mut() {
                    Some((true, n)) => {
                        *n += 1;
                        format!("{pad}{}.", *n - 1)
                    }
                    _ => format!("{pad}•"),
                };
                self.marker = Some(marker);
                self.children(node, depth);
                self.flush();
                self.marker = None;
            }
            "ul" | "ol" | "menu" => {
                if self.lists.is_empty() {
                    self.paragraph_break();
                } else {
                    self.flush();
                }
                let start = node
                    .attr("start")
                    .and_then(|s| s.trim().parse::<u32>().ok())
                    .filter(|&n| n < 1000)
                    .unwrap_or(1);
                self.lists.push((name == "ol", start));
                self.children(node, depth);
                self.flush();
                self.lists.pop();
                if self.lists.is_empty() {
                    self.paragraph_break();
                }
            }
            "blockquote" => {
                self.paragraph_break();
                self.quotes += 1;
                self.children(node, depth);
                self.paragraph_break();
                self.quotes -= 1;
            }
            "pre" => {
                self.paragraph_break();
                let text = node.text();
                let text = sanitize_cow(&text);
                for line in text.lines() {
                    let line = line.trim_end();
                    self.lines.push(Line {
                        text: Cow::Owned(line.to_string()),
                        heading: false,
                        all_bold: false,
                        kind: if line.trim().is_empty() {
                            Kind::Text
                        } else {
                            Kind::Code
                        },
                    });
                }
                self.push_blank();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.paragraph_break();
                self.heading = true;
                self.children(node, depth);
                self.paragraph_break();
            }
            _ if BLOCKS.contains(&name) => {
                self.paragraph_break();
                self.children(node, depth);
                self.paragraph_break();
            }
            _ => self.children(node, depth),
        }
    }

    /// Adds text as HTML lays it out: any run of white space is one space.
    fn text(&mut self, s: &str) {
        for (i, word) in s.split(char::is_whitespace).enumerate() {
            if i > 0 && !self.inline.ends_with(' ') {
                self.inline.push(' ');
            }
            self.inline.push_str(word);
        }
    }

    /// Ends the line being gathered.
    fn flush(&mut self) {
        let clean = sanitize_cow(&self.inline);
        let mut text = String::with_capacity(clean.len());
        for word in clean.split_whitespace() {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(word);
        }
        self.inline.clear();
        if text.is_empty() {
            return;
        }
        let kind = if let Some(marker) = self.marker.take() {
            text = format!("{marker} {text}");
            Kind::Item
        } else if self.quotes > 0 {
            Kind::Quote
        } else {
            Kind::Text
        };
        self.lines.push(Line {
            text: Cow::Owned(text),
            heading: std::mem::take(&mut self.heading),
            all_bold: false,
            kind,
        });
    }

    /// Ends the paragraph: inside a list, only the line (items stay one per line).
    fn paragraph_break(&mut self) {
        self.flush();
        self.heading = false;
        if self.lists.is_empty() {
            self.push_blank();
        }
    }

    fn push_blank(&mut self) {
        if self.lines.last().is_some_and(|l| !l.is_blank()) {
            self.lines.push(Line {
                text: Cow::Borrowed(""),
                heading: false,
                all_bold: false,
                kind: Kind::Text,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_headings_quotes_and_lists_keep_their_shape() {
        let html = "<h2>The vote</h2><p>The council met on <b>Monday</b>\n and \
                    <a href=\"/x\">voted</a>.</p><blockquote><p>We will build it.</p>\
                    <p>Soon.</p></blockquote><ul><li>Roads</li><li><p>Bridges</p>\
                    <ol><li>North</li><li>South</li></ol></li></ul><p>After &amp; more.</p>";
        assert_eq!(
            html_to_text(html),
            "The vote\n\nThe council met on Monday and voted.\n\n│ We will build it.\n\n\
             │ Soon.\n\n• Roads\n• Bridges\n  1. North\n  2. South\n\nAfter & more."
        );
    }

    #[test]
    fn scripts_styles_and_forms_give_nothing() {
        let html = "<p>Kept.</p><script>alert('x')</script><style>p{}</style>\
                    <form><input value=\"no\"><button>Send</button></form><nav>Home</nav>";
        assert_eq!(html_to_text(html), "Kept.");
    }

    #[test]
    fn preformatted_text_is_verbatim_and_escapes_are_removed() {
        let html = "<p>Run:</p><pre>a  b\n  c</pre><p>x\u{1b}[31my.</p>";
        assert_eq!(html_to_text(html), "Run:\n\na  b\n  c\n\nxy.");
    }

    #[test]
    fn deep_nesting_is_read_without_exhausting_the_stack() {
        let html = format!(
            "{}deep text{}",
            "<div>".repeat(MAX_NESTING),
            "</div>".repeat(MAX_NESTING)
        );
        assert_eq!(html_to_text(&html), "deep text");
    }

    #[test]
    fn nesting_beyond_the_limit_is_not_parsed() {
        let deep = format!(
            "{}deep text{}",
            "<div>".repeat(10_000),
            "</div>".repeat(10_000)
        );
        assert_eq!(nesting(&deep), 10_000);
        assert_eq!(html_to_text(&deep), "");
        let flat = "<p>a<p>b<br><img src=x><ul><li>c<li>d</ul><div><span>e</span></div>";
        assert_eq!(nesting(&flat.repeat(5_000)), 2);
    }
}

//! Light Markdown, rendered rather than shown: `# heading`, `**bold**`, `*italics*`,
//! `[text](url)`, `![alt](url)` and `<https://url>`, one line at a time.
//!
//! What must stay true: anything that is not one of these forms passes through unchanged (an
//! unpaired `**` or a `[` in prose is text), and rendering never panics on any input.

use std::borrow::Cow;

/// One line after rendering, with what the markup said about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rendered<'a> {
    pub text: Cow<'a, str>,
    /// The line was an ATX heading (`# X` .. `###### X`).
    pub heading: bool,
    /// Every visible character of the line was inside `**bold**` (a masthead or label).
    pub all_bold: bool,
}

/// Whether any line of `text` may hold inline markup: one SIMD scan per article spares a scan
/// per line.
pub(crate) fn may_have_markup(text: &str) -> bool {
    memchr::memchr3(b'*', b'[', b'<', text.as_bytes()).is_some()
}

/// Renders one line (already trimmed). Borrows when there is no markup. `markup` is false when
/// the caller knows the line has no `*`, `[` or `<`.
pub(crate) fn render_line(line: &str, markup: bool) -> Rendered<'_> {
    let (body, heading) = strip_heading(line);
    if !markup || memchr::memchr3(b'*', b'[', b'<', body.as_bytes()).is_none() {
        return Rendered {
            text: Cow::Borrowed(body),
            heading,
            all_bold: false,
        };
    }
    let mut out = String::with_capacity(body.len());
    let mut plain_outside_bold = false;
    let mut bold_spans = 0;
    let mut rest = body;
    let mut prev = ' ';
    while let Some(c) = rest.chars().next() {
        if let Some((inner, after)) = bold(rest) {
            out.push_str(&render_links(inner));
            bold_spans += 1;
            rest = after;
            prev = '*';
            continue;
        }
        if let Some((inner, after)) = italic(rest, prev) {
            out.push_str(&render_links(inner));
            plain_outside_bold = true;
            rest = after;
            prev = '*';
            continue;
        }
        if let Some((text, after)) = link(rest).or_else(|| autolink(rest)) {
            out.push_str(text);
            plain_outside_bold |= !text.trim().is_empty();
            rest = after;
            continue;
        }
        out.push(c);
        plain_outside_bold |= !c.is_whitespace();
        rest = &rest[c.len_utf8()..];
        prev = c;
    }
    Rendered {
        text: Cow::Owned(out),
        heading,
        all_bold: bold_spans > 0 && !plain_outside_bold,
    }
}

/// `## Title ##` → ("Title", true). A `#` not followed by a space (a hashtag) is not a heading.
fn strip_heading(line: &str) -> (&str, bool) {
    let hashes = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return (line, false);
    }
    let rest = &line[hashes..];
    if !rest.starts_with([' ', '\u{a0}']) && !rest.is_empty() {
        return (line, false);
    }
    let text = rest.trim().trim_end_matches('#').trim_end();
    (text, true)
}

/// Links inside bold text: `**[X](u)**`.
fn render_links(s: &str) -> Cow<'_, str> {
    if !s.contains(['[', '<']) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if let Some((text, after)) = link(rest).or_else(|| autolink(rest)) {
            out.push_str(text);
            rest = after;
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    Cow::Owned(out)
}

/// `**inner**rest` → (inner, rest), when the inner text is not empty.
fn bold(s: &str) -> Option<(&str, &str)> {
    let body = s.strip_prefix("**")?;
    let end = body.find("**")?;
    let inner = &body[..end];
    (!inner.trim().is_empty()).then(|| (inner, &body[end + 2..]))
}

/// `*text*rest` → (text, rest), for a `*` that starts a word (`prev` is the char before it) and
/// one that ends a word further on the line: "2 * 3 * 4" and "a*b*c" stay as they are.
fn italic(s: &str, prev: char) -> Option<(&str, &str)> {
    let body = s.strip_prefix('*')?;
    if prev.is_alphanumeric() || body.starts_with(['*', ' ', '\u{a0}']) {
        return None;
    }
    let end = body.find('*')?;
    let (inner, after) = (&body[..end], &body[end + 1..]);
    let closes = !inner.ends_with(char::is_whitespace)
        && !after.starts_with(|c: char| c == '*' || c.is_alphanumeric());
    (closes && !inner.is_empty()).then_some((inner, after))
}

/// `[text](url)rest` or `![alt](url)rest` → (text, rest). No brackets or line breaks nested.
fn link(s: &str) -> Option<(&str, &str)> {
    let s = s.strip_prefix('!').unwrap_or(s);
    let body = s.strip_prefix('[')?;
    let close = body.find(']')?;
    let text = &body[..close];
    if text.contains('[') {
        return None;
    }
    let after = body[close + 1..].strip_prefix('(')?;
    let end = after.find(')')?;
    if after[..end].contains(char::is_whitespace) && !after[..end].contains('"') {
        return None;
    }
    Some((text, &after[end + 1..]))
}

/// `<https://x>rest` → ("https://x", rest).
fn autolink(s: &str) -> Option<(&str, &str)> {
    let body = s.strip_prefix('<')?;
    if !(body.starts_with("http://") || body.starts_with("https://")) {
        return None;
    }
    let end = body.find('>')?;
    let url = &body[..end];
    (!url.contains(char::is_whitespace)).then(|| (url, &body[end + 1..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(line: &str) -> String {
        render_line(line, true).text.into_owned()
    }

    #[test]
    fn headings_are_rendered_and_flagged() {
        let r = render_line("# Syrian Ceasefire in the Balance", true);
        assert_eq!(r.text, "Syrian Ceasefire in the Balance");
        assert!(r.heading);
        assert_eq!(text("### Sub ###"), "Sub");
        assert!(!render_line("#hashtag here", true).heading);
        assert_eq!(text("#hashtag here"), "#hashtag here");
    }

    #[test]
    fn bold_links_and_autolinks_lose_their_markup() {
        assert_eq!(text("By [Ed Crowther](#)"), "By Ed Crowther");
        assert_eq!(text("a **b** c"), "a b c");
        assert_eq!(
            text("<https://example.com/a?b=1>"),
            "https://example.com/a?b=1"
        );
        assert_eq!(text("see ![a chart](x.png) here"), "see a chart here");
        assert_eq!(text("**[Home](/)**"), "Home");
    }

    #[test]
    fn italics_lose_their_markup_where_they_start_and_end_words() {
        assert_eq!(
            text("*By Jane Doe* — Reuters, 2016-09-05"),
            "By Jane Doe — Reuters, 2016-09-05"
        );
        assert_eq!(text("a *b c* d, *[e](x)*."), "a b c d, e.");
        assert_eq!(text("***"), "***");
        for same in ["2 * 3 * 4", "a*b*c", "*nope", "x * y*", "5*", "**", "*a*b"] {
            assert_eq!(text(same), same);
        }
        assert!(!render_line("*Jane Doe*", true).all_bold);
    }

    #[test]
    fn a_masthead_of_bold_pieces_is_all_bold() {
        let r = render_line("**The**  **Moscow Times**", true);
        assert_eq!(r.text, "The  Moscow Times");
        assert!(r.all_bold);
        assert!(!render_line("**Note:** the rest", true).all_bold);
    }

    #[test]
    fn unpaired_markup_is_left_as_text() {
        assert_eq!(text("2 ** 10 is big"), "2 ** 10 is big");
        assert_eq!(text("[sic] and <b>"), "[sic] and <b>");
        assert_eq!(text("a < b > c"), "a < b > c");
    }
}

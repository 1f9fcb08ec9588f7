//! Metadata of a plain-text article, read from the text itself, and the roles of its lines.
//!
//! The head of an article is the run of short lines before its prose starts: there the title,
//! date, byline and masthead are found, and whatever precedes the title is site chrome. The tail
//! is the run of short lines after the prose: footers, "Original url:", sharing links.
//! What must stay true: a line is consumed (not repeated in the body) only when it yielded
//! metadata or is recognised furniture; the prose itself is never dropped.

use crate::corpus::meta::classify::{
    Byline, bare_byline, body_like, byline, credit_line, date_line, dated_byline, dateline_date,
    dateline_place, headline_like, headline_sentence, is_furniture, names_only, wire_dateline,
};
use crate::corpus::meta::metalines::{SourceLine, known_outlet, source_line};
use crate::corpus::meta::source::{
    footer_source, lone_url, outlet_from_url, url_label, wire_source,
};
use crate::corpus::text::blocks::Kind;
use crate::corpus::text::clean::{Line, Role, ends_sentence};

/// How many non-blank lines at each end are looked at for metadata.
const HEAD_LINES: usize = 14;
const TAIL_LINES: usize = 8;

/// What the text says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct TextMeta {
    pub title: Option<String>,
    pub date: Option<String>,
    pub author: Option<String>,
    pub source: Option<String>,
    pub url: Option<String>,
}

/// Reads the metadata of a plain-text article and marks the lines it consumed.
pub(crate) fn extract(lines: &[Line]) -> (TextMeta, Vec<Role>) {
    let mut roles = vec![Role::Body; lines.len()];
    let mut meta = TextMeta::default();
    // Code is never metadata, nor counted among the lines around the prose.
    let nonblank: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].is_blank() && lines[i].kind != Kind::Code)
        .collect();
    let text = |i: usize| lines[i].text.as_ref();
    let head = &nonblank[..nonblank.len().min(HEAD_LINES)];
    let top = top_headline(lines, head);
    // The prose starts at the first body-like line; the title and masthead come before it. A
    // Markdown heading, or a headline standing alone at the top, is never prose.
    let prose = head
        .iter()
        .enumerate()
        .position(|(k, &i)| {
            Some(k) != top && !lines[i].heading && body_like(text(i)) && !is_furniture(text(i))
        })
        .unwrap_or(head.len());

    let mut published = None;
    let mut updated = None;
    let mut byline_date = None;
    let mut byline_source = None;
    let mut labelled: Option<SourceLine> = None;
    let mut anchor = None;
    let mut masthead = None;
    // A byline without "By" is only trusted where bylines stand, next to the date: under a
    // headline (`Headline / Tom Miles in London / 2016-09-10`, or the date first), where it
    // needs a shape of its own (a place, a role, an outlet); or under a standfirst (one
    // sentence of ten words or more under the headline), where a name alone is the writer's
    // (`Headline / The deal will see a truce begin at sundown. / Oliver Wright / Saturday 10
    // September 2016`).
    let at = |j: usize| head.get(j).map(|&i| text(i));
    // The headline may end like a sentence: "Is the Truce Over?" (then it is `top`), or a
    // short one on the first line ("Ferry crews end their strike." above "Anna Kowal, Baltic
    // correspondent" and a date).
    let sentence_on_top =
        |j: usize| j == 0 && at(j).is_some_and(|t| t.chars().count() <= 120 && !body_like(t));
    let headline =
        |j: usize| Some(j) == top || sentence_on_top(j) || at(j).is_some_and(headline_like);
    let date = |j: usize| at(j).is_some_and(|t| date_line(t).is_some());
    // The cheap tests first: most lines are no standfirst, and a headline takes longer to judge.
    let standfirst = |j: usize| {
        j >= 1
            && at(j).is_some_and(|t| ends_sentence(t) && t.split_whitespace().nth(9).is_some())
            && headline(j - 1)
    };
    let next_to_date_under = |k: usize, above: &dyn Fn(usize) -> bool| {
        (k >= 1 && above(k - 1) && date(k + 1)) || (k >= 2 && date(k - 1) && above(k - 2))
    };
    let bare_byline_at = |k: usize, t: &str| {
        if known_outlet(t) {
            None
        } else if next_to_date_under(k, &headline) {
            bare_byline(t)
        } else if next_to_date_under(k, &standfirst) {
            bare_byline(t).or_else(|| names_only(t).then(|| Byline::of(t.trim())))
        } else {
            None
        }
    };
    for (k, &i) in head.iter().enumerate() {
        let t = text(i);
        // Past the start of the prose, only a line or two of metadata may still follow (a
        // standfirst before the byline); a short sentence there is prose, not a date line.
        let meta_allowed = k < prose || (k <= prose + 2 && !ends_sentence(t));
        if lines[i].kind != Kind::Text || Some(k) == top {
            // List items and quotes are the article's own words.
            continue;
        } else if is_furniture(t) {
            roles[i] = Role::Furniture;
        } else if let Some(found) = source_line(t) {
            // Labelled: an explicit statement wherever it stands in the head.
            labelled.get_or_insert(found);
            roles[i] = Role::Meta;
        } else if !meta_allowed {
            continue;
        } else if let Some(author) = credit_line(t) {
            meta.author.get_or_insert(author);
            roles[i] = Role::Meta;
        } else if let Some(by) = byline(t).or_else(|| bare_byline_at(k, t)) {
            meta.author.get_or_insert(by.author);
            byline_date = byline_date.or(by.date);
            byline_source = byline_source.or(by.source);
            roles[i] = Role::Meta;
            anchor = anchor.or(Some(k));
        } else if let Some((date, is_update)) = date_line(t) {
            let slot = if is_update {
                &mut updated
            } else {
                &mut published
            };
            slot.get_or_insert(date);
            if let Some(author) = dated_byline(t) {
                meta.author.get_or_insert(author);
            }
            roles[i] = Role::Meta;
            anchor = anchor.or(Some(k));
        } else if let Some(date) = dateline_date(t, true) {
            // "LONDON 1996-08-30", "Amsterdam, 30 October 2025": the date, and the line stays
            // in the body, as a wire dateline does.
            published.get_or_insert(date);
            anchor = anchor.or(Some(k));
        } else if k < prose
            && !lines[i].heading
            && ((lines[i].all_bold && masthead_like(t)) || known_outlet(t))
        {
            // A bold short name, or a well-known outlet's name on a line of its own ("Fox
            // News" under the date).
            masthead = Some(k);
        }
    }
    meta.date = published.or(byline_date).or(updated);

    let title = pick_title(lines, head, &roles, prose, anchor, masthead, top)
        .or_else(|| standalone_first_line(lines, head, &roles));
    if let Some(k) = title {
        meta.title = Some(text(head[k]).to_string());
        roles[head[k]] = Role::Meta;
        // Everything above the headline (and not prose) is the site's, not the article's; the
        // masthead names the site.
        for (j, &i) in head[..k].iter().enumerate() {
            if roles[i] == Role::Body && !body_like(text(i)) && Some(j) != masthead {
                roles[i] = Role::Furniture;
            }
        }
    }
    if let Some(k) = masthead.filter(|&k| Some(k) != title && roles[head[k]] == Role::Body) {
        meta.source = Some(text(head[k]).to_string());
        roles[head[k]] = Role::Meta;
    }
    // What the article says of itself outranks what its layout suggests.
    let tail_from = nonblank.len().saturating_sub(TAIL_LINES);
    let tail_labelled =
        tail_source_lines(lines, &nonblank[tail_from.max(head.len())..], &mut roles);
    if let Some(found) = labelled.or(tail_labelled) {
        meta.source = Some(found.name);
        meta.url = found.url;
    } else if let Some(source) = byline_source {
        meta.source = Some(source);
    }

    let edges: Vec<usize> = head
        .iter()
        .chain(&nonblank[tail_from.max(head.len())..])
        .copied()
        .collect();
    let found_url = find_url(lines, &nonblank, &edges, &mut roles);
    meta.url = meta.url.or(found_url);

    let (footer, credited) = tail(lines, &nonblank[tail_from..], &mut roles);
    meta.author = meta.author.or(credited);
    if meta.source.is_none() {
        meta.source = first_paragraphs(lines, &roles)
            .find_map(wire_source)
            .or(footer)
            .or_else(|| meta.url.as_deref().and_then(outlet_from_url));
    }
    (meta, roles)
}

/// The headline at the top that ends like a sentence ("Is the Truce Over?"), which would
/// otherwise read as the first line of prose: among the first lines of the head, before any
/// other headline or prose, standing alone between blank lines.
fn top_headline(lines: &[Line], head: &[usize]) -> Option<usize> {
    let standalone = |i: usize| {
        (i == 0 || lines[i - 1].is_blank()) && lines.get(i + 1).is_none_or(|l| l.is_blank())
    };
    for (k, &i) in head.iter().enumerate().take(4) {
        let t = lines[i].text.as_ref();
        if lines[i].kind != Kind::Text {
            return None;
        }
        if is_furniture(t) {
            continue;
        }
        let next = head.get(k + 1).map(|&j| lines[j].text.as_ref());
        // A body follows: one more line at least, not a lowercase continuation of this one.
        let next = next.filter(|n| !n.starts_with(char::is_lowercase))?;
        // A dateline may be split: its place on one line, its date on the next.
        let after = head.get(k + 2).map(|&j| lines[j].text.as_ref());
        let split_dateline = dateline_place(next) && after.is_some_and(|a| date_line(a).is_some());
        let before_meta = byline(next).is_some()
            || date_line(next).is_some()
            || source_line(next).is_some()
            || split_dateline;
        if standalone(i) && headline_sentence(t, before_meta) {
            return Some(k);
        }
        if headline_like(t) || body_like(t) || lines[i].heading {
            return None;
        }
    }
    None
}

/// `Source:` lines among the last lines, marked as consumed; the last one wins.
fn tail_source_lines(lines: &[Line], tail: &[usize], roles: &mut [Role]) -> Option<SourceLine> {
    let mut found = None;
    for &i in tail {
        if roles[i] == Role::Body
            && lines[i].kind == Kind::Text
            && let Some(s) = source_line(&lines[i].text)
        {
            roles[i] = Role::Meta;
            found = Some(s);
        }
    }
    found
}

/// A masthead is a short name, not a sentence.
fn masthead_like(s: &str) -> bool {
    let n = s.split_whitespace().count();
    (1..=6).contains(&n) && !s.ends_with(['.', ',', ':', ';', '!', '?'])
}

/// The headline among the head lines: a Markdown heading first; otherwise the headline-like line
/// nearest above the date or byline (the block newspapers print together); otherwise the first.
fn pick_title(
    lines: &[Line],
    head: &[usize],
    roles: &[Role],
    prose: usize,
    anchor: Option<usize>,
    masthead: Option<usize>,
    top: Option<usize>,
) -> Option<usize> {
    let candidate = |k: &usize| {
        let line = &lines[head[*k]];
        roles[head[*k]] == Role::Body && Some(*k) != masthead && line.kind == Kind::Text
    };
    let mut ks = (0..prose).filter(candidate);
    if let Some(k) = ks.clone().find(|&k| lines[head[k]].heading) {
        return Some(k);
    }
    let headline = |k: &usize| Some(*k) == top || headline_like(&lines[head[*k]].text);
    let above_anchor = anchor.and_then(|a| ks.clone().filter(|&k| k < a).rfind(headline));
    // A standfirst set between the headline and the byline reads as a headline too: a long
    // line (ten words or more) right under a shorter one of five or more is the standfirst,
    // and the line above it the headline. A section label above a headline is shorter.
    let words = |k: usize| lines[head[k]].text.split_whitespace().count();
    let standfirst_under = |k: usize| {
        k >= 1 && candidate(&(k - 1)) && headline(&(k - 1)) && {
            let (above, this) = (words(k - 1), words(k));
            this >= 10 && above >= 5 && this > above
        }
    };
    let above_anchor = above_anchor.map(|k| if standfirst_under(k) { k - 1 } else { k });
    above_anchor.or_else(|| ks.find(headline))
}

/// The article's URL: after an "Original url:" label, or a lone URL line at either end.
fn find_url(
    lines: &[Line],
    nonblank: &[usize],
    edges: &[usize],
    roles: &mut [Role],
) -> Option<String> {
    for (n, &i) in nonblank.iter().enumerate() {
        if !edges.contains(&i) {
            continue;
        }
        let Some(rest) = url_label(&lines[i].text) else {
            continue;
        };
        if let Some(url) = lone_url(rest) {
            roles[i] = Role::Meta;
            return Some(url.to_string());
        }
        let next = nonblank.get(n + 1).copied();
        if let Some((j, url)) = next.and_then(|j| Some((j, lone_url(&lines[j].text)?))) {
            roles[i] = Role::Meta;
            roles[j] = Role::Meta;
            return Some(url.to_string());
        }
    }
    let &i = edges
        .iter()
        .find(|&&i| roles[i] == Role::Body && lone_url(&lines[i].text).is_some())?;
    roles[i] = Role::Meta;
    Some(lines[i].text.to_string())
}

/// Drops furniture from the end of the article, up to the last line of its own, and takes out a
/// wire's credit line; returns the site a footer names and the author the credit names.
fn tail(lines: &[Line], tail: &[usize], roles: &mut [Role]) -> (Option<String>, Option<String>) {
    let (mut source, mut author) = (None, None);
    for &i in tail.iter().rev() {
        let t = lines[i].text.as_ref();
        if roles[i] == Role::Meta {
            continue;
        }
        if lines[i].kind != Kind::Text {
            break;
        }
        if let Some(site) = footer_source(t) {
            source.get_or_insert(site);
            roles[i] = Role::Furniture;
        } else if let Some(name) = credit_line(t) {
            author.get_or_insert(name);
            roles[i] = Role::Meta;
        } else if is_furniture(t) {
            roles[i] = Role::Furniture;
        } else {
            break;
        }
    }
    (source, author)
}

/// The first few body lines, where a wire dateline would be.
fn first_paragraphs<'a>(lines: &'a [Line], roles: &'a [Role]) -> impl Iterator<Item = &'a str> {
    lines
        .iter()
        .zip(roles)
        .filter(|(l, r)| **r == Role::Body && !l.is_blank())
        .take(4)
        .map(|(l, _)| l.text.as_ref())
}

/// When no line reads as a headline: the first line, if it stands alone as a short label
/// would ("Markets rally" above a blank line), or a short sentence would ("Tajik troops now
/// control devastated town." above a byline and a dateline), which names the article better
/// than its file name does. A one-line file is all body.
fn standalone_first_line(lines: &[Line], head: &[usize], roles: &[Role]) -> Option<usize> {
    let (&i, _) = head.split_first().filter(|(_, rest)| !rest.is_empty())?;
    let t = lines[i].text.as_ref();
    // Alone, or above the metadata found under it (a byline, a date).
    let alone = lines.get(i + 1).is_none_or(|l| l.is_blank())
        || head
            .get(1)
            .is_some_and(|&j| j == i + 1 && roles[j] == Role::Meta);
    // A sentence only above metadata (a dateline, a byline, a writer's name): "It rose." above
    // "Stocks rose on Monday." is prose.
    let next = head.get(1).map(|&j| lines[j].text.as_ref()).unwrap_or("");
    let above_meta = wire_dateline(next)
        || byline(next).is_some()
        || date_line(next).is_some()
        || names_only(next)
        || head.get(1).is_some_and(|&j| roles[j] == Role::Meta);
    let short = t.chars().count() <= 120 && (above_meta || (!body_like(t) && !ends_sentence(t)));
    let words = t.chars().any(char::is_alphabetic);
    let text_line = lines[i].kind == Kind::Text;
    (roles[i] == Role::Body && alone && short && words && text_line).then_some(0)
}

/// For a record that has a body but no title: the first headline-like line near the top (a
/// Markdown heading preferred), marked as consumed.
pub(crate) fn title_from_body(lines: &[Line], roles: &mut [Role]) -> Option<String> {
    let head: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].is_blank() && lines[i].kind != Kind::Code)
        .take(8)
        .collect();
    let prose = head
        .iter()
        .position(|&i| body_like(&lines[i].text))
        .unwrap_or(head.len());
    let k = pick_title(lines, &head, roles, prose, None, None, None)?;
    roles[head[k]] = Role::Meta;
    Some(lines[head[k]].text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::text::clean::{assemble, lines};

    fn run(text: &str) -> (TextMeta, String) {
        let ls = lines(text);
        let (meta, roles) = extract(&ls);
        (meta, assemble(&ls, &roles))
    }

    #[test]
    fn a_short_first_line_on_its_own_is_the_title_when_nothing_reads_as_a_headline() {
        let (meta, body) = run("Markets rally\n\nStocks rose on Monday after a long week.");
        assert_eq!(meta.title.as_deref(), Some("Markets rally"));
        assert_eq!(body, "Stocks rose on Monday after a long week.");
        for text in [
            "rally",
            "Markets rally\nStocks rose on Monday.",
            "It rose.\n\nStocks rose on Monday.",
        ] {
            assert_eq!(run(text).0.title, None, "{text:?}");
        }
    }

    #[test]
    fn headline_before_the_date_block_wins_over_a_section_label() {
        let text = "Politics Section Front Page\n\nWhy the Talks Failed in Geneva\n\n\
                    March 3, 2020\n\nThe talks failed because nobody came to them at all.";
        let (meta, body) = run(text);
        assert_eq!(
            meta.title.as_deref(),
            Some("Why the Talks Failed in Geneva")
        );
        assert_eq!(meta.date.as_deref(), Some("2020-03-03"));
        assert_eq!(body, "The talks failed because nobody came to them at all.");
    }

    #[test]
    fn a_standfirst_before_the_byline_and_a_dated_sentence_in_the_prose() {
        let text = "Talks Collapse in Geneva\n\nThe two sides left without agreeing on anything \
                    at all.\n\nBy Jane Doe\n\nIt ended badly.\n\nOn September 11, 2001.";
        let (meta, body) = run(text);
        assert_eq!(meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(meta.date, None);
        assert!(
            body.ends_with("It ended badly.\n\nOn September 11, 2001."),
            "{body}"
        );
    }

    #[test]
    fn a_byline_without_by_under_the_headline_is_the_author_not_the_title() {
        let body = "Ferry crews in the Baltic port ended a four-day strike on Friday after the \
                    operator agreed to raise pay.";
        for (byline, author, source) in [
            ("Anna Kowal in Gdansk", "Anna Kowal", None),
            ("Anna Kowal in Rio de Janeiro", "Anna Kowal", None),
            ("Anna Kowal, Reuters", "Anna Kowal", Some("Reuters")),
            (
                "Anna Kowal | The Baltic Times",
                "Anna Kowal",
                Some("The Baltic Times"),
            ),
            ("Anna Kowal Baltic correspondent", "Anna Kowal", None),
            ("Anna Kowal, Baltic correspondent", "Anna Kowal", None),
        ] {
            for text in [
                format!("Ferry crews end their strike in Gdansk\n{byline}\n2016-09-02\n\n{body}"),
                format!("Ferry crews end their strike in Gdansk\n2016-09-02\n{byline}\n\n{body}"),
            ] {
                let (meta, rest) = run(&text);
                let title = Some("Ferry crews end their strike in Gdansk");
                assert_eq!(meta.title.as_deref(), title, "{text:?}");
                assert_eq!(meta.author.as_deref(), Some(author), "{text:?}");
                assert_eq!(meta.source.as_deref(), source, "{text:?}");
                assert_eq!(meta.date.as_deref(), Some("2016-09-02"), "{text:?}");
                assert_eq!(rest, body, "{text:?}");
            }
        }
        // Under a headline that ends like a sentence too.
        let text = format!(
            "Ferry crews end their strike.\nAnna Kowal, Baltic correspondent\n2016-09-02\n\n{body}"
        );
        let (meta, rest) = run(&text);
        assert_eq!(meta.title.as_deref(), Some("Ferry crews end their strike."));
        assert_eq!(meta.author.as_deref(), Some("Anna Kowal"));
        assert_eq!(rest, body);
        // The same shapes as a headline, with no headline above them, stay the title; and a
        // line that is not a byline's shape stays a headline candidate.
        for (text, title) in [
            (
                format!("John Kerry in Geneva\n2016-09-02\n\n{body}"),
                "John Kerry in Geneva",
            ),
            (
                format!(
                    "Ferry crews end their strike\nKerry and Lavrov in Geneva\n2016-09-02\n\n{body}"
                ),
                "Kerry and Lavrov in Geneva",
            ),
        ] {
            let (meta, _) = run(&text);
            assert_eq!(meta.title.as_deref(), Some(title), "{text:?}");
            assert_eq!(meta.author, None, "{text:?}");
        }
    }

    #[test]
    fn a_writer_named_under_a_standfirst_and_an_outlet_under_the_date() {
        let body = "The United States and Russia have agreed a deal to halt fighting in Syria \
                    from Monday, the US Secretary of State said after talks in Geneva.";
        let standfirst = "The agreement, reached after marathon talks in Geneva, will see a \
                          nationwide truce begin at sundown.";
        let headline = "Syria ceasefire: US and Russia agree deal to halt fighting";
        for (head, author, source) in [
            (
                format!("{headline}\n{standfirst}\nOliver Wright\nSaturday 10 September 2016"),
                Some("Oliver Wright"),
                None,
            ),
            (
                format!("{headline}\n{standfirst}\nSaturday 10 September 2016\nOliver Wright"),
                Some("Oliver Wright"),
                None,
            ),
            (
                format!("{headline}\nBy Lucas Tomlinson\nPublished September 10, 2016\nFox News"),
                Some("Lucas Tomlinson"),
                Some("Fox News"),
            ),
            (
                format!("Fox News\n{headline}\nPublished September 10, 2016"),
                None,
                Some("Fox News"),
            ),
            (
                format!("{headline}\nFox News\nPublished September 10, 2016"),
                None,
                Some("Fox News"),
            ),
        ] {
            let (meta, text) = run(&format!("{head}\n\n{body}"));
            assert_eq!(meta.title.as_deref(), Some(headline), "{head}");
            assert_eq!(meta.author.as_deref(), author, "{head}");
            assert_eq!(meta.source.as_deref(), source, "{head}");
            assert_eq!(meta.date.as_deref(), Some("2016-09-10"), "{head}");
            assert!(text.ends_with(body), "{text}");
            assert!(!text.contains("Fox News"), "{text}");
            assert_eq!(
                text.contains(standfirst),
                head.contains(standfirst),
                "{text}"
            );
        }
        // A name that is not an outlet's, alone under the date, is no masthead.
        let (meta, _) = run(&format!(
            "{headline}\nSeptember 10, 2016\nWorld News\n\n{body}"
        ));
        assert_eq!(meta.source, None);
    }

    #[test]
    fn a_standfirst_under_the_headline_stays_in_the_body() {
        let body = "The talks lasted more than nine hours and ended without an agreement, \
                    according to diplomats familiar with the discussions.";
        let headline = "Kerry and Lavrov fail to agree Syria truce after marathon talks";
        let standfirst =
            "US and Russia say differences remain over how to separate rebels from jihadists";
        let text = format!(
            "{headline}\n{standfirst}\nPatrick Wintour, diplomatic editor\nFri 9 Sep 2016 18.42 BST\n\n{body}"
        );
        let (meta, rest) = run(&text);
        assert_eq!(meta.title.as_deref(), Some(headline));
        assert_eq!(meta.author.as_deref(), Some("Patrick Wintour"));
        assert_eq!(rest, format!("{standfirst}\n\n{body}"));
    }

    #[test]
    fn a_blog_date_line_names_its_writer() {
        let body = "The talks lasted more than nine hours and ended without an agreement, \
                    according to diplomats familiar with the discussions.";
        let text = format!(
            "Kerry and Lavrov agree on a plan\nPosted on September 10, 2016 by Jane Doe\n\n{body}"
        );
        let (meta, rest) = run(&text);
        assert_eq!(
            meta.title.as_deref(),
            Some("Kerry and Lavrov agree on a plan")
        );
        assert_eq!(meta.date.as_deref(), Some("2016-09-10"));
        assert_eq!(meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(rest, body);
    }

    #[test]
    fn a_wire_credit_line_gives_the_author_at_the_top_or_the_foot() {
        let body = "GENEVA (Reuters) - Talks on a ceasefire resumed on Friday after a week in \
                    which both sides traded blame.";
        let credit = "(Reporting by Tom Miles; Editing by Alison Williams)";
        let top = format!("Ceasefire talks resume in Geneva\n{credit}\n2016-09-02\n\n{body}");
        let foot = format!("Ceasefire talks resume in Geneva\n\n{body}\n\n{credit}");
        for text in [top, foot] {
            let (meta, rest) = run(&text);
            let title = Some("Ceasefire talks resume in Geneva");
            assert_eq!(meta.title.as_deref(), title, "{text:?}");
            assert_eq!(meta.author.as_deref(), Some("Tom Miles"), "{text:?}");
            assert_eq!(rest, body, "{text:?}");
        }
    }

    #[test]
    fn prose_only_text_has_no_title_and_keeps_every_line() {
        let text = "Nobody wrote a headline for this note, it simply starts talking.\n\nSecond.";
        let (meta, body) = run(text);
        assert_eq!(meta.title, None);
        assert_eq!(body, text);
    }

    #[test]
    fn a_short_sentence_above_a_writer_and_a_wire_dateline_is_the_title() {
        let text = "Ferry crews end strike.\n\nAnna Kowal\n\nGDANSK, Poland 2016-09-02\n\n\
                    Ferry crews in the Baltic port ended a four-day strike on Friday after the \
                    operator agreed to raise pay by six percent.";
        let (meta, _) = run(text);
        assert_eq!(meta.title.as_deref(), Some("Ferry crews end strike."));
    }

    #[test]
    fn a_sentence_above_a_dateline_split_over_two_lines_is_the_title() {
        let text = "Mill owners agree on merger.\n\nKESWICK FALLS, Ont.\n\n2016-09-02\n\n\
                    Shares of both mill owners rose on Friday after they agreed to merge, \
                    ending a year of talks about the valley's two paper mills.";
        let (meta, body) = run(text);
        assert_eq!(meta.title.as_deref(), Some("Mill owners agree on merger."));
        assert!(body.contains("KESWICK FALLS, Ont."), "{body}");
    }

    #[test]
    fn a_reuters_dateline_and_copyright_footer() {
        let text = "# Markets Rally on Hopes of a Deal\n\nLONDON (Reuters) - Shares rose \
                    sharply on Monday as traders bet on a deal.\n\n© 2020 Reuters. All rights \
                    reserved.";
        let (meta, body) = run(text);
        assert_eq!(meta.source.as_deref(), Some("Reuters"));
        assert!(!body.contains('©'), "{body}");
    }

    #[test]
    fn url_only_source_is_the_outlet_of_the_domain() {
        let text = "Some Headline About Things\n\nBody sentence that is long enough to count here.\
                    \n\nOriginal url: https://www.bbc.co.uk/news/x";
        let (meta, body) = run(text);
        assert_eq!(meta.url.as_deref(), Some("https://www.bbc.co.uk/news/x"));
        assert_eq!(meta.source.as_deref(), Some("BBC"));
        assert!(!body.contains("Original"), "{body}");
    }

    #[test]
    fn a_source_line_names_the_outlet_and_leaves_the_body() {
        let text = "Source: huffingtonpost.com\n\nSenate Passes the Budget at Last\n\n\
                    The Senate passed the budget late on Friday after a long debate.";
        let (meta, body) = run(text);
        assert_eq!(meta.source.as_deref(), Some("huffingtonpost.com"));
        assert_eq!(
            meta.title.as_deref(),
            Some("Senate Passes the Budget at Last")
        );
        assert_eq!(
            body,
            "The Senate passed the budget late on Friday after a long debate."
        );
        // At the end too, and in its other shapes; a named outlet outranks a dateline's agency.
        let text = "Senate Passes the Budget\n\nLONDON (Reuters) - The Senate passed the \
                    budget late on Friday.\n\nPublisher - The Daily Planet";
        let (meta, body) = run(text);
        assert_eq!(meta.source.as_deref(), Some("The Daily Planet"));
        assert!(
            body.starts_with("LONDON (Reuters) - ") && !body.contains("Planet"),
            "{body}"
        );
    }

    #[test]
    fn published_and_updated_lines_give_the_date_and_leave_the_body() {
        let text = "Senate Passes the Budget\n\nUpdated: 2016-09-11 10:00\n\
                    Published: September 10, 2016\n\nThe Senate passed the budget on Friday.";
        let (meta, body) = run(text);
        assert_eq!(meta.date.as_deref(), Some("2016-09-10"));
        assert_eq!(body, "The Senate passed the budget on Friday.");
    }

    #[test]
    fn a_byline_with_pipes_gives_author_outlet_and_date() {
        let text = "Senate Passes the Budget\n\nBy Jane Doe | Reuters | 2016-09-10\n\n\
                    The Senate passed the budget late on Friday after a long debate.";
        let (meta, body) = run(text);
        assert_eq!(meta.author.as_deref(), Some("Jane Doe"));
        assert_eq!(meta.source.as_deref(), Some("Reuters"));
        assert_eq!(meta.date.as_deref(), Some("2016-09-10"));
        assert!(body.starts_with("The Senate"), "{body}");
    }

    #[test]
    fn agency_datelines_name_the_source_and_stay_in_the_body() {
        for (dateline, agency) in [
            ("WASHINGTON, Sept. 9 (AP) —", "AP"),
            ("MOSCOW (AFP) –", "AFP"),
            ("LONDON (Reuters) -", "Reuters"),
        ] {
            let text = format!(
                "Talks Resume in Geneva\n\n{dateline} The talks resumed on Friday morning."
            );
            let (meta, body) = run(&text);
            assert_eq!(meta.source.as_deref(), Some(agency), "{dateline}");
            assert!(body.starts_with(dateline), "{body}");
        }
    }

    #[test]
    fn a_dateline_on_its_own_line_dates_the_article_and_stays_in_the_body() {
        for (dateline, date) in [
            ("PARIS 1996-08-31", "1996-08-31"),
            ("NABLUS, West Bank 1996-08-30", "1996-08-30"),
            ("Amsterdam, 30 October 2025", "2025-10-30"),
        ] {
            let text = format!(
                "Voters hand centrists a narrow lead\n\n{dateline}\n\nVoters went to the polls on \
                 Wednesday in a contest that leaves coalition talks wide open."
            );
            let (meta, body) = run(&text);
            assert_eq!(meta.date.as_deref(), Some(date), "{dateline}");
            assert!(body.starts_with(dateline), "{body}");
        }
        // A sentence that ends with a date dates nothing.
        let (meta, _) = run(
            "Voters hand centrists a narrow lead\n\nThe vote was held on 30 October 2025\n\n\
             Voters went to the polls in a contest that leaves coalition talks wide open.",
        );
        assert_eq!(meta.date, None);
    }

    #[test]
    fn headlines_ending_like_sentences_are_titles() {
        for title in [
            "Is the Ceasefire in Syria Finally Over After Five Long Years?",
            "Could the talks in Geneva still fail, and what happens next?",
            "Kerry and Lavrov Agree to Meet Again!",
            "Obstacles Remain as US, Russia Work to Finalize Syria Cease-Fire Deal.",
            "# Why did the talks in Geneva fail so badly this week?",
        ] {
            let text = format!("{title}\n\nThe talks resumed on Friday in Geneva after a pause.");
            let (meta, body) = run(&text);
            assert_eq!(meta.title.as_deref(), Some(title.trim_start_matches("# ")));
            assert_eq!(body, "The talks resumed on Friday in Geneva after a pause.");
        }
        // A short sentence-case headline ending in "." above its date.
        let (meta, _) = run("Viacom fined over broadcast.\n\nMarch 3, 2020\n\nThe fine was large.");
        assert_eq!(meta.title.as_deref(), Some("Viacom fined over broadcast."));
        // Prose is still prose.
        let text = "The talks resumed on Friday in Geneva after a pause.\n\nThey ended soon.";
        assert_eq!(run(text).0.title, None);
    }

    #[test]
    fn list_items_code_and_quotes_are_never_metadata() {
        let text = "Talks Resume in Geneva\n\n- By Jane Doe\n- Source: nowhere\n\n\
                    ```\nBy John Roe\n```\n\nThe talks resumed on Friday.";
        let (meta, body) = run(text);
        assert_eq!((meta.author, meta.source), (None, None));
        assert!(body.contains("• By Jane Doe\n• Source: nowhere"), "{body}");
        assert!(body.contains("By John Roe"), "{body}");
    }
}

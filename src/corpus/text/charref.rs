//! HTML character references in article text (`&#163;`, `&amp;`, `&eacute;`, `&#x2019;`,
//! `&nbsp;`), decoded with `htmlize`, which follows the WHATWG list of named references.
//!
//! What must stay true: runs before sanitizing, so a reference to a control character (`&#27;`)
//! is removed like the character itself; text without `&` is borrowed untouched; a bare `&`
//! ("AT&T", "R&D") and unknown names stay as written. References are read as in an HTML
//! attribute: a legacy name without its `;` followed by a letter or digit ("&notes") is text.

use std::borrow::Cow;

/// `s` with its character references decoded; borrowed when it has none.
pub(crate) fn decode_entities(s: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', s.as_bytes()).is_none() {
        return Cow::Borrowed(s);
    }
    htmlize::unescape_attribute(s)
}

/// [`decode_entities`] of text that may already be owned.
pub(crate) fn decode_entities_cow(s: Cow<'_, str>) -> Cow<'_, str> {
    match s {
        Cow::Borrowed(b) => decode_entities(b),
        Cow::Owned(o) => match decode_entities(&o) {
            Cow::Borrowed(_) => Cow::Owned(o),
            Cow::Owned(d) => Cow::Owned(d),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::sanitize;

    #[test]
    fn numeric_and_named_references_are_decoded() {
        assert_eq!(
            decode_entities("&#163;1.8m indecency fine for Viacom"),
            "£1.8m indecency fine for Viacom"
        );
        assert_eq!(
            decode_entities("Caf&eacute; &amp; bar&#x2019;s&nbsp;menu &mdash; &quot;ok&quot;"),
            "Café & bar’s\u{a0}menu — \"ok\""
        );
    }

    #[test]
    fn plain_ampersands_and_unknown_names_stay() {
        for s in ["AT&T and R&D", "Tom&notes", "a &bogus; b", "& alone"] {
            assert_eq!(decode_entities(s), s);
        }
        assert!(matches!(decode_entities("no refs"), Cow::Borrowed(_)));
    }

    #[test]
    fn a_decoded_control_character_is_still_sanitized_away() {
        let decoded = decode_entities("a&#27;[31mred&#7;b&#x202e;c");
        assert_eq!(sanitize(&decoded), "aredbc");
    }
}

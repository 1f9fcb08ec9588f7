//! Bytes to text: UTF-8 as it is; a byte-order mark obeyed (UTF-8, UTF-16); anything else
//! detected with `chardetng` and decoded with `encoding_rs` (Windows-1252, Latin-1, KOI8-R,
//! Shift JIS, GBK…), and the encoding assumed said, so the load report can name it.
//!
//! What must stay true: valid UTF-8 is borrowed, never copied or second-guessed; U+FFFD appears
//! only for bytes that fit no encoding (then `replaced` says so); empty and binary inputs are
//! refused with a reason; nothing here panics on any bytes.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8};

/// Why an input yields no text.
pub(crate) const BINARY: &str = "binary file";
pub(crate) const EMPTY: &str = "empty file";

/// How many bytes the detector looks at: plenty of text to tell encodings apart, and a bound on
/// the work for a big file.
const SAMPLE: usize = 256 << 10;

/// Text decoded from bytes, and how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Decoded<'a> {
    pub text: Cow<'a, str>,
    /// The encoding assumed when the bytes were not UTF-8 (a WHATWG name: "windows-1252",
    /// "KOI8-R", "Shift_JIS", "UTF-16LE"); `None` for UTF-8, lossy or not.
    pub encoding: Option<&'static str>,
    /// Some bytes fit no encoding and became U+FFFD.
    pub replaced: bool,
}

/// Decodes a whole input: refuses empty and binary input (a NUL byte in the first block, unless
/// a UTF-16 byte-order mark explains it).
pub(crate) fn decode(bytes: &[u8]) -> Result<Decoded<'_>, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(EMPTY.into());
    }
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let rest = &bytes[bom..];
        if enc != UTF_8 {
            let (text, replaced) = enc.decode_without_bom_handling(rest);
            return Ok(Decoded {
                text: Cow::Owned(text.into_owned()),
                encoding: Some(enc.name()),
                replaced,
            });
        }
    }
    if memchr::memchr(0, &bytes[..bytes.len().min(8192)]).is_some() {
        return Err(BINARY.into());
    }
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    Ok(text_of(bytes, None))
}

/// Decodes bytes known not to be binary. `hint` is the encoding already assumed for the rest of
/// the same file, used when the bytes are not UTF-8.
pub(crate) fn text_of<'a>(bytes: &'a [u8], hint: Option<&'static Encoding>) -> Decoded<'a> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: Cow::Borrowed(text),
            encoding: None,
            replaced: false,
        };
    }
    let enc = hint.unwrap_or_else(|| guess(bytes));
    if enc == UTF_8 {
        return Decoded {
            text: Cow::Owned(String::from_utf8_lossy(bytes).into_owned()),
            encoding: None,
            replaced: true,
        };
    }
    let (text, replaced) = enc.decode_without_bom_handling(bytes);
    Decoded {
        encoding: Some(name_of(enc, &text)),
        text: Cow::Owned(text.into_owned()),
        replaced,
    }
}

/// The encoding's name, as a reader knows it: the detector says KOI8-U, KOI8-R's superset,
/// for any KOI8 text; without one of the characters only KOI8-U has, it is KOI8-R.
fn name_of(enc: &'static Encoding, text: &str) -> &'static str {
    const ONLY_KOI8_U: &[char] = &['ґ', 'є', 'і', 'ї', 'Ґ', 'Є', 'І', 'Ї', 'ў', 'Ў'];
    if enc == encoding_rs::KOI8_U && !text.contains(ONLY_KOI8_U) {
        return encoding_rs::KOI8_R.name();
    }
    enc.name()
}

/// The encoding of bytes that are not valid UTF-8. Mostly UTF-8 with a few broken sequences
/// (a file cut mid-character, one pasted Latin-1 word) stays UTF-8: reading the whole file in a
/// legacy encoding would garble every correct character to save a few bad ones.
pub(crate) fn guess(bytes: &[u8]) -> &'static Encoding {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    let (good, bad) = utf8_balance(sample);
    if good > 0 && good >= 2 * bad {
        return UTF_8;
    }
    // A few accented letters tell the detector little (it takes "Na\xefve" for Baltic): then,
    // as when it is unsure, the most common legacy encoding of news text, Windows-1252 (a
    // superset of Latin-1), is the better bet.
    if sample.iter().filter(|&&b| b >= 0x80).count() < FEW {
        return encoding_rs::WINDOWS_1252;
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(sample, sample.len() == bytes.len());
    match detector.guess_assess(None, false) {
        (enc, true) => enc,
        (_, false) => encoding_rs::WINDOWS_1252,
    }
}

/// Fewer bytes outside ASCII than this are too few to guess from.
const FEW: usize = 4;

/// (well-formed non-ASCII UTF-8 characters, malformed sequences) in `bytes`.
fn utf8_balance(mut bytes: &[u8]) -> (usize, usize) {
    let (mut good, mut bad) = (0, 0);
    let non_ascii = |s: &[u8]| s.iter().filter(|&&b| b >= 0xc0).count();
    loop {
        match std::str::from_utf8(bytes) {
            Ok(_) => return (good + non_ascii(bytes), bad),
            Err(e) => {
                good += non_ascii(&bytes[..e.valid_up_to()]);
                bad += 1;
                let skip = e.error_len().unwrap_or(bytes.len() - e.valid_up_to());
                bytes = &bytes[e.valid_up_to() + skip..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8]) -> (String, Option<&'static str>, bool) {
        let d = decode(bytes).unwrap();
        (d.text.into_owned(), d.encoding, d.replaced)
    }

    #[test]
    fn utf8_is_borrowed_and_a_bom_dropped() {
        let d = decode("Café crème".as_bytes()).unwrap();
        assert!(matches!(d.text, Cow::Borrowed("Café crème")));
        assert_eq!(d.encoding, None);
        assert_eq!(text(b"\xef\xbb\xbfhi").0, "hi");
    }

    #[test]
    fn latin1_is_read_as_windows_1252() {
        let bytes = b"Caf\xe9 cr\xe8me au Caf\xe9 de la Paix, pr\xe8s de l'Op\xe9ra.";
        assert_eq!(
            text(bytes),
            (
                "Café crème au Café de la Paix, près de l'Opéra.".into(),
                Some("windows-1252"),
                false
            )
        );
        // Curly quotes and the euro sign are Windows-1252's own.
        assert_eq!(text(b"\x93Quoted\x94 \x80 5").0, "“Quoted” € 5");
    }

    #[test]
    fn koi8_r_russian_is_read_as_koi8_r() {
        let (encoded, _, _) = encoding_rs::KOI8_R
            .encode("Министр иностранных дел России Сергей Лавров встретился с госсекретарём США.");
        let (s, enc, replaced) = text(&encoded);
        assert_eq!(
            s,
            "Министр иностранных дел России Сергей Лавров встретился с госсекретарём США."
        );
        assert_eq!((enc, replaced), (Some("KOI8-R"), false));
    }

    #[test]
    fn shift_jis_and_gbk() {
        let jp = "東京で外相会談が開かれ、停戦について話し合った。";
        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(jp);
        assert_eq!(text(&bytes), (jp.into(), Some("Shift_JIS"), false));
        let zh = "外交部长在日内瓦举行会谈，讨论停火问题。双方同意继续对话。";
        let (bytes, _, _) = encoding_rs::GBK.encode(zh);
        let (s, enc, _) = text(&bytes);
        assert_eq!(s, zh);
        assert!(matches!(enc, Some("GBK" | "gb18030")), "{enc:?}");
    }

    #[test]
    fn utf16_with_a_bom_is_not_binary() {
        let mut bytes = vec![0xff, 0xfe];
        for u in "Talks in Genève".encode_utf16() {
            bytes.extend(u.to_le_bytes());
        }
        assert_eq!(
            text(&bytes),
            ("Talks in Genève".into(), Some("UTF-16LE"), false)
        );
    }

    #[test]
    fn mostly_utf8_with_a_broken_byte_stays_utf8() {
        let bytes = "Genève — “talks” résumé ".as_bytes().to_vec();
        let bytes = [&bytes[..], b"\xff end"].concat();
        let (s, enc, replaced) = text(&bytes);
        assert_eq!(s, "Genève — “talks” résumé \u{fffd} end");
        assert_eq!((enc, replaced), (None, true));
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert_eq!(decode(b" \n\t").unwrap_err(), EMPTY);
        assert_eq!(decode(b"a\x00b").unwrap_err(), BINARY);
    }

    proptest::proptest! {
        #[test]
        fn never_panics_and_valid_utf8_is_unchanged(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..300)) {
            if let Ok(d) = decode(&bytes)
                && let Ok(s) = std::str::from_utf8(&bytes)
            {
                proptest::prop_assert_eq!(d.text.as_ref(), s.strip_prefix('\u{feff}').unwrap_or(s));
            }
        }
    }
}

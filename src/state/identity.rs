//! An article's identity for the state database: what stays the same when its file is moved or
//! renamed. Its URL when it has one, else a 128-bit hash of its source, title, date and text.
//!
//! What must stay true: the same article read from any path gets the same identity, in every
//! run and every build (SipHash with fixed keys, not std's `DefaultHasher`, whose output may
//! change between Rust releases); two articles that differ in any of those fields do not.

use crate::corpus::Article;
use siphasher::sip128::{Hasher128, SipHasher13};
use std::hash::Hasher;

/// The identity of `article`: `url:` and its URL, or `sum:` and 32 hex digits.
pub fn identity(article: &Article) -> String {
    if let Some(url) = article.url().map(str::trim).filter(|u| !u.is_empty()) {
        return format!("url:{url}");
    }
    let mut h = SipHasher13::new_with_keys(0x0064_6f73_7369_6572, 0x6964_656e_7469_7479);
    // Each field ends with a byte no text holds, so that moving text between fields changes
    // the hash; an absent field differs from an empty one.
    for field in [
        article.source(),
        Some(article.title()),
        article.date(),
        Some(article.text()),
    ] {
        match field {
            Some(s) => {
                h.write(s.as_bytes());
                h.write_u8(0xff);
            }
            None => h.write_u8(0xfe),
        }
    }
    format!("sum:{:032x}", h.finish128().as_u128())
}

/// The identities of all `articles`, in order, computed on every core.
pub fn identities(articles: &[Article]) -> Vec<String> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let per = articles.len().div_ceil(threads).max(1);
    std::thread::scope(|s| {
        let parts: Vec<_> = articles
            .chunks(per)
            .map(|part| s.spawn(move || part.iter().map(identity).collect::<Vec<_>>()))
            .collect();
        parts
            .into_iter()
            .flat_map(|p| p.join().unwrap_or_default())
            .collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{ArticleData, Origin};

    fn article(url: Option<&str>, title: &str, text: &str, path: &str) -> Article {
        let origin = Origin {
            path: Some(path.into()),
            stem: path.trim_end_matches(".txt").into(),
        };
        Article::from_origin(
            &origin,
            &ArticleData {
                title: title.into(),
                text: text.into(),
                url: url.map(Into::into),
                source: Some("TASS".into()),
                date: Some("2016-09-08".into()),
                ..ArticleData::default()
            },
        )
    }

    #[test]
    fn a_url_is_the_identity() {
        let a = article(Some(" https://x.org/a "), "T", "body", "a.txt");
        assert_eq!(identity(&a), "url:https://x.org/a");
    }

    #[test]
    fn without_a_url_moving_the_file_keeps_the_identity() {
        let a = article(None, "Talks", "Kerry met Lavrov.", "old/a.txt");
        let b = article(None, "Talks", "Kerry met Lavrov.", "new/renamed.md");
        assert_eq!(identity(&a), identity(&b));
        assert!(identity(&a).starts_with("sum:"));
        assert_eq!(identity(&a).len(), 4 + 32);
    }

    #[test]
    fn a_different_text_or_title_is_a_different_article() {
        let a = article(None, "Talks", "Kerry met Lavrov.", "a.txt");
        let b = article(None, "Talks", "Kerry met Lavrov again.", "a.txt");
        let c = article(None, "Talks.", "Kerry met Lavrov.", "a.txt");
        let d = article(None, "TalksKerry", " met Lavrov.", "a.txt");
        assert_ne!(identity(&a), identity(&b));
        assert_ne!(identity(&a), identity(&c));
        assert_ne!(identity(&a), identity(&d));
    }

    #[test]
    fn the_hash_is_the_same_in_every_build() {
        // Pinned: a change here would orphan every user's marks.
        let a = article(None, "Talks", "Kerry met Lavrov.", "a.txt");
        assert_eq!(identity(&a), "sum:2842a7b30146a462ea736964e27a7518");
    }

    #[test]
    fn identities_keeps_the_order() {
        let list: Vec<Article> = (0..50)
            .map(|i| article(None, &format!("t{i}"), "x", "a"))
            .collect();
        let ids = identities(&list);
        assert_eq!(ids.len(), 50);
        for (a, id) in list.iter().zip(&ids) {
            assert_eq!(&identity(a), id);
        }
    }
}

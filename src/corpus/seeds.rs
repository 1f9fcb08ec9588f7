//! The bundled sample corpus: five real news articles compiled into the binary, so `dossier`
//! with no PATH works from any directory.
//!
//! What must stay true: the seeds go through exactly the same cleaning and metadata extraction
//! as any text file (no special cases); their IDs are their file stems; `path` is `None`.

use super::{Article, Corpus, LoadReport, Origin, sort_articles};
use crate::corpus::store::build::text_article;
use crate::corpus::store::pack::Packer;

/// (file stem, contents) of each file in the repository's `seeds/` directory.
const SEEDS: [(&str, &str); 5] = [
    (
        "000_378c2b5b58691dee",
        include_str!("../../seeds/000_378c2b5b58691dee.txt"),
    ),
    (
        "001_de9775200697e0f2",
        include_str!("../../seeds/001_de9775200697e0f2.txt"),
    ),
    (
        "002_2f23dd834b517e59",
        include_str!("../../seeds/002_2f23dd834b517e59.txt"),
    ),
    (
        "003_9fff55f517b4c8c4",
        include_str!("../../seeds/003_9fff55f517b4c8c4.txt"),
    ),
    (
        "004_0d1b895f4894e7d3",
        include_str!("../../seeds/004_0d1b895f4894e7d3.txt"),
    ),
];

/// Loads the bundled sample corpus (compiled in), sorted like any other corpus.
pub fn seeds() -> Corpus {
    let mut packer = Packer::default();
    for (stem, text) in SEEDS {
        let origin = Origin {
            path: None,
            stem: stem.to_string(),
        };
        packer.push(&origin, &text_article(text, stem, stem));
    }
    let mut articles: Vec<Article> = packer.finish();
    sort_articles(&mut articles);
    Corpus {
        articles,
        report: LoadReport::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed(prefix: &str) -> Article {
        let corpus = seeds();
        let found = corpus
            .articles
            .into_iter()
            .find(|a| a.id().starts_with(prefix));
        found.unwrap_or_else(|| panic!("no seed {prefix}"))
    }

    fn meta(a: &Article) -> (&str, Option<&str>, Option<&str>, Option<&str>) {
        (a.title(), a.date(), a.author(), a.source())
    }

    #[test]
    fn seed_000_markdown_heading_byline_masthead_and_url() {
        let a = seed("000_");
        assert_eq!(
            meta(&a),
            (
                "Syrian Ceasefire in the Balance as Kerry and Lavrov Prepare for Fresh Talks",
                Some("2016-09-08"),
                Some("Ed Crowther"),
                Some("The Moscow Times")
            )
        );
        assert_eq!(
            a.url(),
            Some(
                "https://www.themoscowtimes.com/2016/09/08/syrian-ceasefire-in-the-balance-as-\
                 kerry-and-lavrov-prepare-for-fresh-talks-a55260"
            )
        );
        assert!(
            a.text()
                .starts_with("Russian Foreign Minister Sergei Lavrov will meet")
        );
        assert!(a.text().ends_with("banned in Russia."), "{}", a.text());
    }

    #[test]
    fn seed_000_broken_paragraphs_are_rejoined() {
        let a = seed("000_");
        let para = "Lavrov told Kerry on Wednesday that “normal cooperation is impossible without \
                    basic decency,” Russia’s Foreign Ministry said in a statement Wednesday.";
        assert!(a.text().split("\n\n").any(|p| p == para), "{}", a.text());
        assert!(
            a.text()
                .contains("during the G20 summit in China last week"),
            "{}",
            a.text()
        );
    }

    #[test]
    fn seed_001_title_and_date_no_author_no_source() {
        let a = seed("001_");
        assert_eq!(
            meta(&a),
            (
                "US Secretary of State John Kerry meeting in Geneva with Russian counterpart \
                 Sergei Lavrov to discuss ceasefire in Syria",
                Some("2016-09-09"),
                None,
                None
            )
        );
        // Single newlines after sentences are paragraph breaks; the sharing widget is gone.
        assert!(
            a.text().contains("in Syria.\n\nThe State Department said"),
            "{}",
            a.text()
        );
        assert!(
            a.text().ends_with("liberate many key areas."),
            "{}",
            a.text()
        );
        assert!(!a.text().contains('\u{a0}'));
    }

    #[test]
    fn seed_002_site_chrome_skipped_wire_dateline_gives_tass() {
        let a = seed("002_");
        assert_eq!(
            meta(&a),
            (
                "Lavrov, Kerry to discuss details of possible agreement on Syria",
                Some("2016-09-08"),
                None,
                Some("TASS")
            )
        );
        for chrome in [
            "All news",
            "Use filter",
            "1 pages in this article",
            "Partner News",
        ] {
            assert!(!a.text().contains(chrome), "{chrome:?} in {}", a.text());
        }
        assert!(a.text().ends_with("the Russian foreign ministry said."));
    }

    #[test]
    fn seed_003_published_date_not_updated() {
        let a = seed("003_");
        assert_eq!(
            meta(&a),
            (
                "US pushes Russia for a ‘true’ ceasefire in Syria, ahead of peace talks in Geneva",
                Some("2016-09-09"),
                None,
                None
            )
        );
        assert!(!a.text().contains("PUBLISHED") && !a.text().contains("UPDATED"));
        assert!(a.text().starts_with("The US pressed Russia"));
    }

    #[test]
    fn seed_004_byline_with_date_footer_source_and_subheading() {
        let a = seed("004_");
        assert_eq!(
            meta(&a),
            (
                "Obstacles Remain as US, Russia Work to Finalize Syria Cease-Fire Deal",
                Some("2016-09-04"),
                Some("William Ide"),
                Some("GlobalSecurity.org")
            )
        );
        assert!(
            a.text()
                .contains("\n\nKerry-Lavrov meeting\n\nU.S. Secretary of State")
        );
        assert!(
            a.text()
                .starts_with("The United States and Russia are working")
        );
        assert!(!a.text().contains("UNITED24") && !a.text().contains("(WMD)"));
        assert!(!a.text().contains("mailing list"));
    }

    #[test]
    fn no_markup_or_chrome_in_any_seed() {
        let corpus = seeds();
        assert_eq!(corpus.articles.len(), 5);
        for a in &corpus.articles {
            assert_eq!(a.path(), None);
            for s in [a.title(), a.text()] {
                for bad in [
                    "**",
                    "](",
                    "<http",
                    "Currency converter",
                    "Skip to toolbar",
                    "\n\n\n",
                ] {
                    assert!(!s.contains(bad), "{bad:?} in {}: {s}", a.id());
                }
                assert!(!s.starts_with(char::is_whitespace) && !s.ends_with(char::is_whitespace));
            }
            assert!(!a.title().contains('\n'));
        }
    }

    #[test]
    fn seeds_are_sorted_newest_first_and_ids_are_stems() {
        let ids: Vec<String> = seeds()
            .articles
            .iter()
            .map(|a| a.id().into_owned())
            .collect();
        assert_eq!(
            ids,
            [
                "003_9fff55f517b4c8c4",
                "001_de9775200697e0f2",
                "002_2f23dd834b517e59",
                "000_378c2b5b58691dee",
                "004_0d1b895f4894e7d3"
            ]
        );
    }
}

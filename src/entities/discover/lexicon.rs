//! The words discovery and the context rules judge names by: first names and common English
//! words (from `assets/`, with their sources named there), and the short closed lists of
//! honorifics, role words and the words that head an organisation's or a place's name.
//!
//! Every list is looked up in lower case.

use std::collections::HashMap;

use super::fxhash::FxBuild;
use super::short_words::{self, ShortWords};

use std::sync::OnceLock;

const FIRST_NAMES: &str = include_str!("../../../assets/first_names.txt");
const COMMON_WORDS: &str = include_str!("../../../assets/common_words.txt");

/// Honorifics: "Mr Blair" is a person.
#[rustfmt::skip]
const HONORIFICS: &[&str] = &[
    "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir", "dame", "lord", "lady",
    "prof", "prof.", "professor", "rev", "rev.", "reverend", "mme", "mlle", "herr", "frau",
    "monsieur", "madame", "senor", "señor", "senora", "señora",
];

/// Titles and roles written before a name: "Foreign Minister Sergei Lavrov".
#[rustfmt::skip]
const ROLES: &[&str] = &[
    "president", "president-elect", "vice", "prime", "minister", "secretary", "chancellor",
    "king", "queen", "prince", "princess", "pope", "senator", "sen", "sen.", "rep", "rep.",
    "representative", "congressman", "congresswoman", "governor", "gov", "gov.", "mayor",
    "general", "gen", "gen.", "colonel", "col", "col.", "major", "maj", "maj.", "captain",
    "capt", "capt.", "lieutenant", "lt", "lt.", "sergeant", "sgt", "sgt.", "corporal",
    "private", "admiral", "adm", "adm.", "commander", "cmdr", "judge", "justice", "ambassador",
    "envoy", "director", "chairman", "chairwoman", "chair", "chief", "executive", "ceo",
    "spokesman", "spokeswoman", "spokesperson", "commissioner", "deputy", "foreign", "defence",
    "defense", "interior", "finance", "home", "state", "speaker", "leader", "coach", "manager",
    "striker", "midfielder", "defender", "goalkeeper", "bishop", "archbishop", "cardinal",
    "rabbi", "imam", "sheikh", "sheik", "ayatollah", "premier", "crown", "mp", "mep", "emir",
    "sultan", "tsar", "czar", "marshal", "inspector", "detective", "constable",
    "superintendent", "attorney", "prosecutor", "former", "acting", "opposition", "trade",
    "health", "education", "economy", "energy", "justice", "labor", "environment",
    "agriculture", "transport", "culture", "officer", "head", "counsel", "auditor", "treasurer",
    "chairperson", "presidents", "ministers", "leaders", "secretaries", "senators", "governors",
    "adviser", "advisor", "secretary-general", "director-general", "attorney-general",
    "governor-general", "vice-president", "vice-chancellor", "editor-in-chief",
    "commander-in-chief", "vice-chairman", "vice-premier", "deputy-secretary",
    "generals", "president's", "father", "brother", "sister", "saint",
];

/// Words that end (or head) an organisation's name: "Labour Party", "Ministry of Defence".
#[rustfmt::skip]
const ORG_HEADS: &[&str] = &[
    "party", "ministry", "council", "committee", "commission", "department", "office", "agency",
    "authority", "bank", "university", "college", "school", "institute", "institution",
    "foundation", "association", "federation", "union", "league", "club", "group", "company",
    "co", "co.", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd.", "plc", "llc",
    "ag", "sa", "gmbh", "nv", "fc", "afc", "cf", "airlines", "airways", "motors", "holdings",
    "industries", "systems", "technologies", "communications", "bureau", "board", "court",
    "parliament", "assembly", "congress", "senate", "front", "movement", "army", "navy",
    "forces", "police", "service", "services", "church", "times", "post", "news", "journal",
    "herald", "telegraph", "tribune", "press", "network", "television", "radio", "fund",
    "trust", "exchange", "securities", "petroleum", "insurance", "hospital", "organisation",
    "organization", "society", "brigade", "brigades", "battalion", "alliance", "coalition",
    "cabinet", "administration", "treasury", "reserve", "athletic", "wanderers", "rovers",
    "hotspur", "albion", "united", "academy", "observatory", "guard", "guards", "tribunal",
    "directorate", "secretariat", "corps", "regiment", "division", "media", "pharmaceuticals",
    "bros", "bros.", "brothers", "center", "centre", "centers", "centres", "therapeutics",
    "biosciences", "biotech", "pharma", "genomics", "semiconductor", "semiconductors",
    "software", "robotics", "aerospace", "logistics", "ventures", "brands", "foods", "mining",
    "minerals", "metals", "chemicals", "hotels", "resorts",
    "electronics", "motor", "bancorp", "financial", "partners", "capital", "investments",
    "labs", "laboratories", "studios", "records", "publishing", "magazine", "gazette", "daily",
    "chronicle", "mail", "express", "sun", "observer", "monitor", "international",
    // the same heads in Spanish, French, German, Italian and Portuguese
    "partido", "parti", "partei", "partito", "ministerio", "ministère", "ministerium",
    "ministero", "instituto", "institut", "istituto", "universidad", "université",
    "universität", "università", "universidade", "banco", "banque", "consejo", "conseil",
    "consiglio", "comisión", "commissione", "agencia", "agence", "agenzia", "fundación",
    "fondation", "stiftung", "fondazione", "asociación", "verband", "gewerkschaft",
    "sindicato", "syndicat", "senado", "sénat", "congreso", "asamblea", "assemblée",
];

/// Words that end a place's name: "Grace Road", "Pamir Mountains", "Gaza Strip".
#[rustfmt::skip]
const PLACE_HEADS: &[&str] = &[
    "river", "mountains", "mountain", "mount", "mt", "mt.", "island", "islands", "isle", "lake",
    "sea", "ocean", "gulf", "bay", "valley", "province", "region", "county", "district",
    "street", "st", "st.", "road", "avenue", "ave", "square", "bridge", "airport", "port",
    "peninsula", "strait", "straits", "canal", "desert", "forest", "park", "heights", "hills",
    "coast", "beach", "city", "town", "village", "strip", "oblast", "prefecture", "territory",
    "plain", "plateau", "delta", "basin", "lane", "boulevard", "harbour", "harbor", "stadium",
    "arena", "ground", "oval", "circuit", "springs", "falls", "creek", "canyon", "pass", "cape",
    "archipelago", "highlands", "reef", "mall", "plaza", "gate", "palace", "castle",
    "cathedral", "abbey", "palacio", "palais", "palast", "palazzo",
];

/// Capitalised words that never stand for a name alone, beyond the common words: days,
/// months, pronouns and the like.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "i", "i'm", "i've", "i'd", "i'll", "ok", "okay", "tv", "ceo", "cfo",
    "coo", "gdp", "am", "pm", "a.m.", "p.m.", "dna", "pc", "id", "ad", "bc", "vat", "ipo", "it",
    "fm", "hq", "pr", "rss", "cd", "dvd", "gps", "sms", "nb", "ps", "mr", "mrs", "ms", "re",
    "fw", "fwd", "tel", "fax", "email", "e-mail", "www", "http", "https", "pdf", "faq", "usd",
    "eur", "gbp", "jpy", "utc", "gmt", "est", "pst", "edt", "bst", "cet", "no", "yes", "oh",
    "wow", "eh", "ah", "hi", "tbc", "tba", "lol", "aids", "hiv", "covid", "covid-19",
    "internet", "web", "online", "via", "update", "updated", "breaking", "live", "exclusive",
    "analysis", "opinion", "editorial", "comment", "photo", "video", "watch", "read", "more",
    "related", "advertisement", "share", "subscribe", "copyright",
    // acronyms of common nouns, in capitals mid-sentence
    "ai", "agi", "cpi", "ppi", "etf", "etfs", "ev", "evs", "esg", "nft", "nfts", "suv", "suvs",
    "mri", "icu", "gp", "atm", "atms", "sim", "usb", "led", "cctv", "dj", "vip", "vips", "rpm",
    "mph", "kph", "km", "kg", "ppm", "diy", "vr", "api", "apis", "ui", "cto", "cmo", "cio",
    "hr", "lng", "lpg", "ipos", "gdpr",
];

/// Words of other languages that open sentences and stand for no name (prepositions,
/// conjunctions, adverbs, demonstratives of Spanish, French, German, Italian and
/// Portuguese): common words, as the English list's are. Articles are left out, being parts of
/// names ("Las Vegas", "Le Pen", "El Paso").
#[rustfmt::skip]
const FOREIGN_COMMON: &[&str] = &[
    // Spanish
    "según", "tras", "durante", "desde", "aunque", "mientras", "después", "antes", "sin",
    "sobre", "hasta", "pero", "también", "además", "ayer", "hoy", "este", "esta", "estos",
    "estas", "cuando", "donde", "porque", "entonces", "asimismo", "por", "para", "con",
    // French
    "selon", "après", "avant", "depuis", "pendant", "malgré", "lors", "dès", "chez", "pour",
    "avec", "sans", "dans", "mais", "alors", "ainsi", "cependant", "hier", "aujourd'hui",
    "cette", "ces", "quand", "lorsque", "parce", "pourtant", "toutefois", "enfin", "aussi",
    // German
    "nach", "laut", "trotz", "während", "wegen", "seit", "bei", "für", "über", "unter",
    "gegen", "ohne", "zwischen", "aber", "auch", "doch", "jedoch", "dann", "deshalb", "heute",
    "gestern", "dieser", "diese", "dieses", "wenn", "weil", "dass", "als", "bereits", "zudem",
    "nun", "noch", "zuvor", "damit", "daher", "außerdem",
    // Italian and Portuguese
    "secondo", "dopo", "prima", "mentre", "però", "anche", "oggi", "ieri", "questo", "questa",
    "perché", "segundo", "após", "enquanto", "porém", "também", "hoje", "ontem",
];

/// Lower-case words that may join the words of one name: "Bank of England", "Ludwig van
/// Beethoven", "European Convention on Human Rights", "Marks & Spencer".
#[rustfmt::skip]
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "der", "den", "van", "von", "du", "des", "da", "do", "dos",
    "di", "la", "le", "al", "al-", "el", "bin", "ibn", "bint", "for", "on", "upon", "y", "&",
];

/// Prepositions that place the name after them: "in Tavildara".
#[rustfmt::skip]
const PLACE_PREPOSITIONS: &[&str] = &[
    "in", "at", "near", "outside", "across", "into", "towards", "toward", "around",
    "throughout", "inside",
];

/// Verbs of speech: "X said" or "said X" makes X a speaker.
#[rustfmt::skip]
const SPEECH: &[&str] = &[
    "said", "says", "told", "added", "according", "asked", "warned",
];

/// First names that are also English words, left out of the first names ("Mark", "Will"): a
/// first name only where a run of two or three capitalised words in mid-sentence opens with
/// one ("the late goal from Mark Brooks").
#[rustfmt::skip]
const WORD_FIRST_NAMES: &[&str] = &[
    "mark", "will", "bill", "grant", "guy", "ray", "bob", "pat", "sue", "don", "dean", "frank",
    "miles", "wade", "drew", "rod", "glen", "dale", "cliff", "clay", "rose", "joy", "hope",
    "grace", "dawn", "holly", "carol", "heather", "hazel", "lily", "ruby", "ivy", "iris",
    "pearl", "sandy", "rusty", "buck", "bud", "art", "chance", "lane", "reed", "heath",
    "brook", "brooke", "ken", "rich", "jack", "gene", "angel", "crystal", "amber", "penny",
    "faith",
];

/// Words between two sides of a contest: "Leicestershire beat Somerset", "Lazio v Roma".
#[rustfmt::skip]
const CONTEST: &[&str] = &[
    "beat", "beats", "drew", "draw", "v", "vs", "vs.", "versus", "defeated", "thrashed",
    "edged", "routed", "hosts", "host", "hosted",
];

/// Words that make a name an event or a named thing: "Berlin Marathon", "Booker Prize",
/// "Typhoon Kalmaegi".
#[rustfmt::skip]
const EVENT_HEADS: &[&str] = &[
    "marathon", "cup", "championship", "championships", "open", "games", "olympics", "festival",
    "summit", "conference", "war", "prize", "award", "awards", "trophy", "tour", "typhoon",
    "hurricane", "storm", "cyclone", "prix", "finals", "final", "derby", "series", "expo", "biennale",
    "forum", "talks", "accord", "accords", "treaty", "act", "revolution",
];

/// What the lists say of one word, as bits: one look-up answers every question about it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags(u16);

const FIRST_NAME: u16 = 1;
const COMMON: u16 = 1 << 1;
const HONORIFIC: u16 = 1 << 2;
const ROLE: u16 = 1 << 3;
const ORG_HEAD: u16 = 1 << 4;
const PLACE_HEAD: u16 = 1 << 5;
const NOT_NAME: u16 = 1 << 6;
const CONNECTOR: u16 = 1 << 7;
const PLACE_PREPOSITION: u16 = 1 << 8;
const SPEECH_VERB: u16 = 1 << 9;
const CONTEST_WORD: u16 = 1 << 10;
const EVENT_HEAD: u16 = 1 << 11;
const WORD_FIRST_NAME: u16 = 1 << 12;

impl Flags {
    fn has(self, bit: u16) -> bool {
        self.0 & bit != 0
    }
    /// A known first name.
    pub fn first_name(self) -> bool {
        self.has(FIRST_NAME)
    }
    /// A first name that is also a word ("Mark"): a first name only before another name.
    pub fn word_first_name(self) -> bool {
        self.has(WORD_FIRST_NAME)
    }
    /// A common English word, or one never a name alone.
    pub fn common(self) -> bool {
        self.has(COMMON | NOT_NAME)
    }
    /// Never a name alone (days, months, pronouns, units).
    pub fn not_name(self) -> bool {
        self.has(NOT_NAME)
    }
    /// An honorific ("mr", "dr").
    pub fn honorific(self) -> bool {
        self.has(HONORIFIC)
    }
    /// A title or role written before a name.
    pub fn role(self) -> bool {
        self.has(ROLE)
    }
    /// Heads an organisation's name.
    pub fn org_head(self) -> bool {
        self.has(ORG_HEAD)
    }
    /// Heads a place's name.
    pub fn place_head(self) -> bool {
        self.has(PLACE_HEAD)
    }
    /// Joins the words of one name ("of", "van").
    pub fn connector(self) -> bool {
        self.has(CONNECTOR)
    }
    /// A preposition of place ("in").
    pub fn place_preposition(self) -> bool {
        self.has(PLACE_PREPOSITION)
    }
    /// A verb of speech ("said").
    pub fn speech(self) -> bool {
        self.has(SPEECH_VERB)
    }
    /// Stands between two sides of a contest ("beat").
    pub fn contest(self) -> bool {
        self.has(CONTEST_WORD)
    }
    /// Makes a name an event or a named thing ("marathon").
    pub fn event_head(self) -> bool {
        self.has(EVENT_HEAD)
    }
}

type Map = HashMap<String, Flags, FxBuild>;

/// The lists, by lower-case word: the short ASCII words (nearly all) packed, the others in a
/// hash map.
struct Lexicon {
    short: ShortWords<Flags>,
    long: Map,
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut map = Map::default();
        let mut add = |word: &str, bit: u16| map.entry(word.to_lowercase()).or_default().0 |= bit;
        let listed = |list: &'static str| {
            list.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
        };
        for w in listed(FIRST_NAMES) {
            add(w, FIRST_NAME);
        }
        for w in listed(COMMON_WORDS).chain(FOREIGN_COMMON.iter().copied()) {
            add(w, COMMON);
        }
        for (list, bit) in [
            (HONORIFICS, HONORIFIC),
            (ROLES, ROLE),
            (ORG_HEADS, ORG_HEAD),
            (PLACE_HEADS, PLACE_HEAD),
            (NOT_NAMES, NOT_NAME),
            (CONNECTORS, CONNECTOR),
            (PLACE_PREPOSITIONS, PLACE_PREPOSITION),
            (SPEECH, SPEECH_VERB),
            (CONTEST, CONTEST_WORD),
            (EVENT_HEADS, EVENT_HEAD),
            (WORD_FIRST_NAMES, WORD_FIRST_NAME),
        ] {
            for w in list {
                add(w, bit);
            }
        }
        let (packed, long): (Map, Map) = map
            .into_iter()
            .partition(|(w, _)| short_words::pack(w.as_bytes(), false).is_some());
        let short = ShortWords::new(
            packed
                .iter()
                .filter_map(|(w, f)| Some((short_words::pack(w.as_bytes(), false)?, *f))),
            |a, b| Flags(a.0 | b.0),
        );
        Lexicon { short, long }
    })
}

/// What the lists say of `lower` (a lower-case word).
#[inline]
pub fn flags(lower: &str) -> Flags {
    look_up(lower, false)
}

/// What the lists say of `word` in any case: lower-cased without allocating when short and
/// ASCII.
#[inline]
pub fn flags_of(word: &str) -> Flags {
    look_up(word, true)
}

/// `word`'s flags, its ASCII capitals lower-cased first when `fold`.
#[inline]
fn look_up(word: &str, fold: bool) -> Flags {
    match short_words::pack(word.as_bytes(), fold) {
        Some(key) => lexicon().short.get(key).unwrap_or_default(),
        None => look_up_long(word, fold),
    }
}

/// [`look_up`] of a word too long or not ASCII to be packed (rare, kept out of line).
#[cold]
#[inline(never)]
fn look_up_long(word: &str, fold: bool) -> Flags {
    let lower;
    let word = if fold {
        lower = word.to_lowercase();
        &lower
    } else {
        word
    };
    match short_words::pack(word.as_bytes(), false) {
        // "K" (the Kelvin sign) lower-cases to an ASCII letter.
        Some(key) => lexicon().short.get(key),
        None => lexicon().long.get(word).copied(),
    }
    .unwrap_or_default()
}

/// Whether `lower` (a lower-case word) is a known first name.
pub fn is_first_name(lower: &str) -> bool {
    flags(lower).first_name()
}

/// Whether `lower` is a common English word (so a capital may be the sentence's, not a name's).
pub fn is_common(lower: &str) -> bool {
    flags(lower).common()
}

/// Whether `lower` is never a name alone (days, months, pronouns, abbreviations of units).
pub fn is_not_name(lower: &str) -> bool {
    flags(lower).not_name()
}

/// Whether `lower` may join the words of one name ("of", "van", "al").
pub fn is_connector(lower: &str) -> bool {
    flags(lower).connector()
}

/// Whether `lower` is a verb of speech ("said", "told").
pub fn is_speech(lower: &str) -> bool {
    flags(lower).speech()
}
/// Whether `lower` reads as an ordinary word by its ending ("neighbouring", "reportedly",
/// "embattled"), for words the common-word list lacks; a known first name does not
/// ("Mohamed", "Emily").
pub fn looks_ordinary(lower: &str) -> bool {
    lower.len() > 5
        && ["ing", "ed", "ly"].iter().any(|s| lower.ends_with(s))
        && !flags(lower).first_name()
}

/// Whether `text` is written in German (or another language that capitalises its nouns),
/// where a capital in mid-sentence says nothing of a name: judged by the function words of
/// its first few thousand bytes, German's against English's.
pub fn capitalises_nouns(text: &str) -> bool {
    // Words between spaces, searched for (vectorised) in the first 2,000 bytes: reading every
    // word of every article cost as much as finding its names.
    let head = text.as_bytes().get(..2000).unwrap_or(text.as_bytes());
    let count = |words: &[&str]| -> usize {
        (words.iter())
            .map(|w| memchr::memmem::find_iter(head, w.as_bytes()).count())
            .sum()
    };
    let german = count(&[
        " der ", " die ", " das ", " und ", " nicht ", " ist ", " mit ", " sich ",
    ]);
    german >= 6 && german > 2 * count(&[" the ", " and ", " of ", " to ", " is "])
}

/// Whether `lower` reads as a verb in the past tense ("gained", "rose"): after a capitalised
/// word it makes that word a subject ("the Kospi gained"), not an adjective ("Punjabi farmers").
pub fn looks_past_tense(lower: &str) -> bool {
    (lower.len() > 4 && lower.ends_with("ed"))
        || matches!(
            lower,
            "rose"
                | "fell"
                | "won"
                | "lost"
                | "grew"
                | "hit"
                | "held"
                | "made"
                | "took"
                | "gave"
                | "came"
                | "went"
                | "saw"
                | "ran"
                | "became"
                | "began"
                | "met"
                | "led"
                | "left"
                | "sank"
                | "slid"
                | "beat"
                | "drew"
                | "shot"
                | "sold"
                | "bought"
                | "paid"
        )
}

/// Role words that name a portfolio rather than a title ("Health" in "Health Secretary"): a
/// role only beside a title.
pub fn is_portfolio(lower: &str) -> bool {
    matches!(
        lower,
        "foreign"
            | "defence"
            | "defense"
            | "interior"
            | "finance"
            | "home"
            | "state"
            | "trade"
            | "health"
            | "education"
            | "economy"
            | "energy"
            | "justice"
            | "labor"
            | "environment"
            | "agriculture"
            | "transport"
            | "culture"
            | "former"
            | "acting"
            | "opposition"
            | "vice"
            | "deputy"
            | "chief"
            | "prime"
            | "crown"
    )
}

/// Words that qualify a role written after them, being part of the title rather than a
/// name: "Chief Financial Officer", "U.S. District Judge", "Senior Vice President".
pub fn is_role_qualifier(lower: &str) -> bool {
    matches!(
        lower,
        "chief"
            | "financial"
            | "operating"
            | "technology"
            | "technical"
            | "information"
            | "marketing"
            | "commercial"
            | "investment"
            | "legal"
            | "medical"
            | "scientific"
            | "senior"
            | "junior"
            | "managing"
            | "special"
            | "high"
            | "supreme"
            | "district"
            | "circuit"
            | "associate"
            | "assistant"
            | "principal"
            | "executive"
    )
}

#[cfg(test)]
mod language_tests {
    use super::capitalises_nouns;

    #[test]
    fn german_is_told_from_english_dutch_and_english_quoting_german() {
        let german = "Die Regierung will die Reform noch vor der Sommerpause durch den \
                      Bundestag bringen. Das sagte der Vorsitzende am Montag nach einer \
                      Sitzung. Die Opposition hat die Pläne kritisiert und auf die Kosten \
                      für die Rentner verwiesen.";
        assert!(capitalises_nouns(german));
        let english = "The government said on Monday that the reform, which the Germans \
                       call die Rentenreform, would pass with the support of the Bundestag \
                       and that the opposition was wrong to say it was too costly for der \
                       Staat und die Rentner.";
        assert!(!capitalises_nouns(english));
        let dutch = "De regering wil de hervorming voor het zomerreces door de Tweede Kamer \
                     loodsen. Dat zei de premier maandag na een overleg met de partijen.";
        assert!(!capitalises_nouns(dutch));
    }
}

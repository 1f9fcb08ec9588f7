//! The words discovery and the context rules judge names by: first names and common English
//! words (from `assets/`, with their sources named there), and the short closed lists of
//! honorifics, role words and the words that head an organisation's or a place's name.
//!
//! Every list is looked up in lower case.

use std::collections::HashSet;

use super::fxhash::FxBuild;

type Set<T> = HashSet<T, FxBuild>;
use std::sync::OnceLock;

const FIRST_NAMES: &str = include_str!("../../../assets/first_names.txt");
const COMMON_WORDS: &str = include_str!("../../../assets/common_words.txt");

/// Honorifics: "Mr Blair" is a person.
const HONORIFICS: &[&str] = &[
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "dr",
    "dr.",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "prof.",
    "professor",
    "rev",
    "rev.",
    "reverend",
    "mme",
    "mlle",
    "herr",
    "frau",
    "monsieur",
    "madame",
    "senor",
    "señor",
    "senora",
    "señora",
];

/// Titles and roles written before a name: "Foreign Minister Sergei Lavrov".
const ROLES: &[&str] = &[
    "president",
    "president-elect",
    "vice",
    "prime",
    "minister",
    "secretary",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "senator",
    "sen",
    "sen.",
    "rep",
    "rep.",
    "representative",
    "congressman",
    "congresswoman",
    "governor",
    "gov",
    "gov.",
    "mayor",
    "general",
    "gen",
    "gen.",
    "colonel",
    "col",
    "col.",
    "major",
    "maj",
    "maj.",
    "captain",
    "capt",
    "capt.",
    "lieutenant",
    "lt",
    "lt.",
    "sergeant",
    "sgt",
    "sgt.",
    "corporal",
    "private",
    "admiral",
    "adm",
    "adm.",
    "commander",
    "cmdr",
    "judge",
    "justice",
    "ambassador",
    "envoy",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "chief",
    "executive",
    "ceo",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "commissioner",
    "deputy",
    "foreign",
    "defence",
    "defense",
    "interior",
    "finance",
    "home",
    "state",
    "speaker",
    "leader",
    "coach",
    "manager",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "sheikh",
    "sheik",
    "ayatollah",
    "premier",
    "crown",
    "mp",
    "mep",
    "emir",
    "sultan",
    "tsar",
    "czar",
    "marshal",
    "inspector",
    "detective",
    "constable",
    "superintendent",
    "attorney",
    "prosecutor",
    "former",
    "acting",
    "opposition",
    "trade",
    "health",
    "education",
    "economy",
    "energy",
    "justice",
    "labor",
    "environment",
    "agriculture",
    "transport",
    "culture",
    "officer",
    "head",
    "counsel",
    "auditor",
    "treasurer",
    "chairperson",
    "presidents",
    "ministers",
    "leaders",
    "secretaries",
    "senators",
    "governors",
    "generals",
    "president's",
    "father",
    "brother",
    "sister",
    "saint",
];

/// Words that end (or head) an organisation's name: "Labour Party", "Ministry of Defence".
const ORG_HEADS: &[&str] = &[
    "party",
    "ministry",
    "council",
    "committee",
    "commission",
    "department",
    "office",
    "agency",
    "authority",
    "bank",
    "university",
    "college",
    "school",
    "institute",
    "institution",
    "foundation",
    "association",
    "federation",
    "union",
    "league",
    "club",
    "group",
    "company",
    "co",
    "co.",
    "corp",
    "corp.",
    "corporation",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "plc",
    "llc",
    "ag",
    "sa",
    "gmbh",
    "nv",
    "fc",
    "afc",
    "cf",
    "airlines",
    "airways",
    "motors",
    "holdings",
    "industries",
    "systems",
    "technologies",
    "communications",
    "bureau",
    "board",
    "court",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "front",
    "movement",
    "army",
    "navy",
    "forces",
    "police",
    "service",
    "services",
    "church",
    "times",
    "post",
    "news",
    "journal",
    "herald",
    "telegraph",
    "tribune",
    "press",
    "network",
    "television",
    "radio",
    "fund",
    "trust",
    "exchange",
    "securities",
    "petroleum",
    "insurance",
    "hospital",
    "organisation",
    "organization",
    "society",
    "brigade",
    "brigades",
    "battalion",
    "alliance",
    "coalition",
    "cabinet",
    "administration",
    "treasury",
    "reserve",
    "athletic",
    "wanderers",
    "rovers",
    "hotspur",
    "albion",
    "united",
    "academy",
    "observatory",
    "guard",
    "guards",
    "tribunal",
    "directorate",
    "secretariat",
    "corps",
    "regiment",
    "division",
    "media",
    "pharmaceuticals",
    "electronics",
    "motor",
    "bancorp",
    "financial",
    "partners",
    "capital",
    "investments",
    "labs",
    "laboratories",
    "studios",
    "records",
    "publishing",
    "magazine",
    "gazette",
    "daily",
    "chronicle",
    "mail",
    "express",
    "sun",
    "observer",
    "monitor",
];

/// Words that end a place's name: "Grace Road", "Pamir Mountains", "Gaza Strip".
const PLACE_HEADS: &[&str] = &[
    "river",
    "mountains",
    "mountain",
    "mount",
    "mt",
    "mt.",
    "island",
    "islands",
    "isle",
    "lake",
    "sea",
    "ocean",
    "gulf",
    "bay",
    "valley",
    "province",
    "region",
    "county",
    "district",
    "street",
    "st",
    "st.",
    "road",
    "avenue",
    "ave",
    "square",
    "bridge",
    "airport",
    "port",
    "peninsula",
    "strait",
    "straits",
    "canal",
    "desert",
    "forest",
    "park",
    "heights",
    "hills",
    "coast",
    "beach",
    "city",
    "town",
    "village",
    "strip",
    "oblast",
    "prefecture",
    "territory",
    "plain",
    "plateau",
    "delta",
    "basin",
    "lane",
    "boulevard",
    "harbour",
    "harbor",
    "stadium",
    "arena",
    "ground",
    "oval",
    "circuit",
    "springs",
    "falls",
    "creek",
    "canyon",
    "pass",
    "cape",
    "archipelago",
    "highlands",
    "reef",
    "mall",
    "plaza",
    "gate",
];

/// Capitalised words that never stand for a name alone, beyond the common words: days,
/// months, pronouns and the like.
const NOT_NAMES: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "i",
    "i'm",
    "i've",
    "i'd",
    "i'll",
    "ok",
    "okay",
    "tv",
    "ceo",
    "cfo",
    "coo",
    "gdp",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "dna",
    "pc",
    "id",
    "ad",
    "bc",
    "vat",
    "ipo",
    "it",
    "fm",
    "hq",
    "pr",
    "rss",
    "cd",
    "dvd",
    "gps",
    "sms",
    "nb",
    "ps",
    "mr",
    "mrs",
    "ms",
    "re",
    "fw",
    "fwd",
    "tel",
    "fax",
    "email",
    "e-mail",
    "www",
    "http",
    "https",
    "pdf",
    "faq",
    "usd",
    "eur",
    "gbp",
    "jpy",
    "utc",
    "gmt",
    "est",
    "pst",
    "edt",
    "bst",
    "cet",
    "no",
    "yes",
    "oh",
    "wow",
    "eh",
    "ah",
    "hi",
    "tbc",
    "tba",
    "lol",
    "aids",
    "hiv",
    "covid",
    "covid-19",
    "internet",
    "web",
    "online",
    "via",
    "update",
    "updated",
    "breaking",
    "live",
    "exclusive",
    "analysis",
    "opinion",
    "editorial",
    "comment",
    "photo",
    "video",
    "watch",
    "read",
    "more",
    "related",
    "advertisement",
    "share",
    "subscribe",
    "copyright",
];

/// Lower-case words that may join the words of one name: "Bank of England", "Ludwig van
/// Beethoven", "European Convention on Human Rights".
const CONNECTORS: &[&str] = &[
    "of", "de", "del", "della", "der", "den", "van", "von", "du", "des", "da", "do", "dos", "di",
    "la", "le", "al", "al-", "el", "bin", "ibn", "bint", "for", "on", "upon", "y",
];

/// Prepositions that place the name after them: "in Tavildara".
const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "across",
    "into",
    "towards",
    "toward",
    "around",
    "throughout",
    "inside",
];

/// Verbs of speech: "X said" or "said X" makes X a speaker.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "according",
    "asked",
    "warned",
];

/// Words between two sides of a contest: "Leicestershire beat Somerset", "Lazio v Roma".
const CONTEST: &[&str] = &[
    "beat", "beats", "drew", "draw", "v", "vs", "vs.", "versus", "defeated", "thrashed", "edged",
    "routed", "hosts", "host", "hosted",
];

/// Words that make a name an event or a named thing: "Berlin Marathon", "Booker Prize",
/// "Typhoon Kalmaegi".
const EVENT_HEADS: &[&str] = &[
    "marathon",
    "cup",
    "championship",
    "championships",
    "open",
    "games",
    "olympics",
    "festival",
    "summit",
    "conference",
    "war",
    "prize",
    "award",
    "awards",
    "trophy",
    "tour",
    "typhoon",
    "hurricane",
    "storm",
    "cyclone",
    "grand prix",
    "derby",
    "series",
    "expo",
    "biennale",
    "forum",
    "talks",
    "accord",
    "accords",
    "treaty",
    "act",
    "revolution",
];

struct Lexicon {
    first_names: Set<String>,
    common: Set<String>,
    honorifics: Set<&'static str>,
    roles: Set<&'static str>,
    org_heads: Set<&'static str>,
    place_heads: Set<&'static str>,
    not_names: Set<&'static str>,
    connectors: Set<&'static str>,
    place_prepositions: Set<&'static str>,
    speech: Set<&'static str>,
    contest: Set<&'static str>,
    event_heads: Set<&'static str>,
}

fn words_of(list: &str) -> Set<String> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_lowercase)
        .collect()
}

fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let set = |l: &[&'static str]| l.iter().copied().collect::<Set<_>>();
        Lexicon {
            first_names: words_of(FIRST_NAMES),
            common: words_of(COMMON_WORDS),
            honorifics: set(HONORIFICS),
            roles: set(ROLES),
            org_heads: set(ORG_HEADS),
            place_heads: set(PLACE_HEADS),
            not_names: set(NOT_NAMES),
            connectors: set(CONNECTORS),
            place_prepositions: set(PLACE_PREPOSITIONS),
            speech: set(SPEECH),
            contest: set(CONTEST),
            event_heads: set(EVENT_HEADS),
        }
    })
}

/// Whether `lower` (a lower-case word) is a known first name.
pub fn is_first_name(lower: &str) -> bool {
    lexicon().first_names.contains(lower)
}

/// Whether `lower` is a common English word (so a capital may be the sentence's, not a name's).
pub fn is_common(lower: &str) -> bool {
    let lex = lexicon();
    lex.common.contains(lower) || lex.not_names.contains(lower)
}

/// Whether `lower` is never a name alone (days, months, pronouns, abbreviations of units).
pub fn is_not_name(lower: &str) -> bool {
    lexicon().not_names.contains(lower)
}

/// Whether `lower` is an honorific ("mr", "ms", "dr").
pub fn is_honorific(lower: &str) -> bool {
    lexicon().honorifics.contains(lower)
}

/// Whether `lower` is a title or role written before a name ("minister", "president").
pub fn is_role(lower: &str) -> bool {
    lexicon().roles.contains(lower)
}

/// Whether `lower` heads an organisation's name ("party", "ministry", "fc").
pub fn is_org_head(lower: &str) -> bool {
    lexicon().org_heads.contains(lower)
}

/// Whether `lower` heads a place's name ("river", "road", "province").
pub fn is_place_head(lower: &str) -> bool {
    lexicon().place_heads.contains(lower)
}

/// Whether `lower` may join the words of one name ("of", "van", "al").
pub fn is_connector(lower: &str) -> bool {
    lexicon().connectors.contains(lower)
}

/// Whether `lower` is a preposition that places what follows ("in", "near").
pub fn is_place_preposition(lower: &str) -> bool {
    lexicon().place_prepositions.contains(lower)
}

/// Whether `lower` is a verb of speech ("said", "told").
pub fn is_speech(lower: &str) -> bool {
    lexicon().speech.contains(lower)
}

/// Whether `lower` stands between two sides of a contest ("beat", "v").
pub fn is_contest(lower: &str) -> bool {
    lexicon().contest.contains(lower)
}

/// Whether `lower` reads as an ordinary word by its ending ("neighbouring", "reportedly",
/// "embattled"), for words the common-word list lacks.
pub fn looks_ordinary(lower: &str) -> bool {
    lower.len() > 5 && ["ing", "ed", "ly"].iter().any(|s| lower.ends_with(s))
}

/// Whether `lower` makes a name an event or a named thing ("marathon", "prize", "typhoon").
pub fn is_event_head(lower: &str) -> bool {
    lexicon().event_heads.contains(lower)
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
            | "executive"
    )
}

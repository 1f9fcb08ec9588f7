//! The synthetic news generator shared by the `gen_corpus` example and the filter benchmark.
//!
//! What must stay true: output depends only on the article number sequence (fixed-seed
//! xorshift, no clock, no hashing), so figures can be reproduced; titles come from their own
//! generator, so the n-th title is the same whether bodies are generated or not.

const PEOPLE: &[&str] = &[
    "John Kerry",
    "Sergei Lavrov",
    "Vladimir Putin",
    "Barack Obama",
    "Bashar al-Assad",
    "Recep Tayyip Erdogan",
    "Angela Merkel",
    "Francois Hollande",
    "Staffan de Mistura",
    "Ban Ki-moon",
    "Hassan Rouhani",
    "Benjamin Netanyahu",
    "Theresa May",
    "Xi Jinping",
    "Ashton Carter",
    "Mohammad Javad Zarif",
    "Adel al-Jubeir",
    "Federica Mogherini",
    "Petro Poroshenko",
    "Donald Tusk",
    "Jens Stoltenberg",
    "Shinzo Abe",
    "Narendra Modi",
    "Emmanuel Macron",
    "Boris Johnson",
    "Mike Pompeo",
    "Rex Tillerson",
    "Sigmar Gabriel",
];
const PLACES: &[&str] = &[
    "Syria",
    "Aleppo",
    "Geneva",
    "Moscow",
    "Washington",
    "Damascus",
    "Ankara",
    "Tehran",
    "Riyadh",
    "Brussels",
    "Berlin",
    "Paris",
    "London",
    "Beijing",
    "Kiev",
    "Vienna",
    "Idlib",
    "Raqqa",
    "Homs",
    "Mosul",
    "Baghdad",
    "Beirut",
    "Amman",
    "Cairo",
    "Istanbul",
    "Donetsk",
    "Crimea",
    "Yemen",
    "Libya",
    "Astana",
    "Sochi",
    "Munich",
    "New York",
    "Doha",
];
const GROUPS: &[&str] = &[
    "the United Nations",
    "NATO",
    "the European Union",
    "the Kremlin",
    "the State Department",
    "the Pentagon",
    "rebel groups",
    "the opposition",
    "aid agencies",
    "the Red Cross",
    "Syrian government forces",
    "Kurdish fighters",
    "Islamic State",
    "the Security Council",
];
const VERBS: &[&str] = &[
    "discuss",
    "reject",
    "back",
    "warn over",
    "push for",
    "agree on",
    "call for",
    "condemn",
    "welcome",
    "question",
    "seek",
    "announce",
    "delay",
    "resume",
    "suspend",
    "extend",
];
const TOPICS: &[&str] = &[
    "ceasefire",
    "peace talks",
    "humanitarian aid",
    "sanctions",
    "air strikes",
    "truce",
    "prisoner swap",
    "evacuation",
    "refugee crisis",
    "chemical weapons",
    "border security",
    "oil prices",
    "trade deal",
    "military drills",
    "election results",
    "gas pipeline",
    "nuclear deal",
    "reconstruction plan",
    "no-fly zone",
    "safe zones",
    "arms embargo",
];
const MOODS: &[&str] = &[
    "in the balance",
    "under strain",
    "on hold",
    "back on track",
    "at risk",
    "in doubt",
    "gathers pace",
    "faces new obstacles",
    "stalls again",
    "takes shape",
];
const SOURCES: &[&str] = &[
    "TASS",
    "Reuters",
    "Associated Press",
    "AFP",
    "BBC News",
    "The Guardian",
    "The Moscow Times",
    "Al Jazeera",
    "RT",
    "Sputnik",
    "The New York Times",
    "The Washington Post",
    "Deutsche Welle",
    "France 24",
    "Euronews",
    "South China Morning Post",
    "GlobalSecurity.org",
    "Voice of America",
    "Interfax",
    "Anadolu Agency",
    "Xinhua",
    "The Independent",
    "Financial Times",
    "Bloomberg",
    "Politico",
    "Haaretz",
    "Daily Sabah",
    "Asharq Al-Awsat",
    "The National",
    "Kyiv Post",
];
const AUTHORS: &[&str] = &[
    "Ed Crowther",
    "William Ide",
    "Anna Petrova",
    "James Miller",
    "Laila Haddad",
    "Thomas Becker",
    "Maria Gonzalez",
    "Oleg Ivanov",
    "Sarah Collins",
    "Ahmed Nasser",
];

/// xorshift64*: tiny, fast, and the same on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick(&mut self, list: &[&'static str]) -> &'static str {
        list[self.below(list.len())]
    }
}

/// One generated article.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Record {
    pub id: String,
    pub title: String,
    pub date: Option<String>,
    pub source: &'static str,
    pub author: Option<&'static str>,
    pub url: String,
    pub text: String,
}

impl Record {
    /// The article the loader would build from this record, ready to pack.
    #[allow(dead_code)]
    pub fn article(self) -> dossier::corpus::ArticleData {
        dossier::corpus::ArticleData {
            id: dossier::corpus::Id::Given(self.id),
            title: self.title,
            date: self.date,
            source: Some(self.source.to_string()),
            author: self.author.map(str::to_string),
            url: Some(self.url),
            text: self.text,
        }
    }
}

/// An endless, deterministic stream of articles (or of titles only).
pub struct Generator {
    titles: Rng,
    rest: Rng,
    count: usize,
}

impl Default for Generator {
    fn default() -> Self {
        Generator {
            titles: Rng(0x9E37_79B9_7F4A_7C15),
            rest: Rng(0xD1B5_4A32_D192_ED03),
            count: 0,
        }
    }
}

impl Generator {
    /// The next title, skipping the rest of its article.
    pub fn next_title(&mut self) -> String {
        self.count += 1;
        title(&mut self.titles)
    }

    /// The next whole article.
    pub fn next_record(&mut self) -> Record {
        let i = self.count;
        let title = self.next_title();
        let r = &mut self.rest;
        let mut text = String::new();
        body(r, &mut text);
        // About one article in fifty has no usable date, as in real dumps.
        let date = (r.below(50) != 0).then(|| {
            format!(
                "{}-{:02}-{:02}",
                2014 + r.below(6),
                1 + r.below(12),
                1 + r.below(28)
            )
        });
        let source = r.pick(SOURCES);
        Record {
            id: format!("gen-{i:07}"),
            title,
            date,
            source,
            author: (r.below(3) != 0).then(|| r.pick(AUTHORS)),
            url: format!(
                "https://news.example/{}/{i}",
                source.to_lowercase().replace(' ', "-")
            ),
            text,
        }
    }
}

fn title(r: &mut Rng) -> String {
    let surname = |r: &mut Rng| r.pick(PEOPLE).rsplit(' ').next().unwrap_or_default();
    match r.below(7) {
        0 => format!(
            "{} and {} to {} {} in {}",
            surname(r),
            surname(r),
            r.pick(VERBS),
            r.pick(TOPICS),
            r.pick(PLACES)
        ),
        1 => format!(
            "{} {} {}",
            capital(r.pick(PLACES)),
            r.pick(TOPICS),
            r.pick(MOODS)
        ),
        2 => format!(
            "{} says {} {} as talks continue",
            r.pick(PEOPLE),
            r.pick(TOPICS),
            r.pick(MOODS)
        ),
        3 => format!(
            "{} {} {} after {} meeting",
            capital(r.pick(GROUPS)),
            r.pick(VERBS),
            r.pick(TOPICS),
            r.pick(PLACES)
        ),
        4 => format!(
            "Obstacles remain as {} and {} work to finalize {} deal",
            r.pick(PLACES),
            r.pick(PLACES),
            r.pick(TOPICS)
        ),
        5 => format!(
            "{} meets {} in {} to {} {}",
            r.pick(PEOPLE),
            r.pick(PEOPLE),
            r.pick(PLACES),
            r.pick(VERBS),
            r.pick(TOPICS)
        ),
        _ => format!(
            "{} pushes {} for a 'true' {} ahead of talks in {}",
            r.pick(PLACES),
            r.pick(GROUPS),
            r.pick(TOPICS),
            r.pick(PLACES)
        ),
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn sentence(r: &mut Rng) -> String {
    match r.below(5) {
        0 => format!(
            "{} said on {} that {} would {} the {} in {}.",
            r.pick(PEOPLE),
            weekday(r),
            r.pick(GROUPS),
            r.pick(VERBS),
            r.pick(TOPICS),
            r.pick(PLACES)
        ),
        1 => format!(
            "Officials in {} said the {} {}, according to {}.",
            r.pick(PLACES),
            r.pick(TOPICS),
            r.pick(MOODS),
            r.pick(GROUPS)
        ),
        2 => format!(
            "\u{201c}We have not been able to reach a clear understanding on the {},\u{201d} {} told reporters.",
            r.pick(TOPICS),
            r.pick(PEOPLE)
        ),
        3 => format!(
            "The talks between {} and {} followed weeks of fighting around {} and {}.",
            r.pick(PEOPLE),
            r.pick(PEOPLE),
            r.pick(PLACES),
            r.pick(PLACES)
        ),
        _ => format!(
            "{} has repeatedly called for {} to {} the {}.",
            capital(r.pick(GROUPS)),
            r.pick(GROUPS),
            r.pick(VERBS),
            r.pick(TOPICS)
        ),
    }
}

fn weekday(r: &mut Rng) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ][r.below(7)]
}

fn body(r: &mut Rng, out: &mut String) {
    out.clear();
    let target = 2048 + r.below(4096);
    while out.len() < target {
        for _ in 0..2 + r.below(4) {
            out.push_str(&sentence(r));
            out.push(' ');
        }
        out.pop();
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
}

//! Deterministic benchmark corpus: N realistic pasted news articles, written twice, as a
//! briefing site and as an equivalent Hugo site.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --n 10000 --out bench/corpus-10000
//! ```
//!
//! writes
//!
//! ```text
//! OUT/briefing/briefing.yaml        paginate: 20
//! OUT/briefing/content/*.md         title/date/source/source_url/author/tags/slug
//! OUT/hugo/hugo.toml                pagerSize 20, tags taxonomy only, one RSS feed
//! OUT/hugo/content/articles/*.md    the same bodies; source etc. under `params:`
//! OUT/hugo/layouts/…                copied from bench/hugo-layouts/ (see bench/README.md)
//! ```
//!
//! Every article: about 700 words of varied Markdown (dateline lead, paragraphs built
//! from sentence templates over word lists, `##` headings, a bullet or numbered list, a
//! block quote, inline links, emphasis; a quarter are pasted one paragraph per line),
//! then the pasted footer of one of 12 publishers (follow/subscribe call, promo blurb,
//! postal address, copyright line; each publisher words them differently). 2 to 5 of
//! 200 tags per article, drawn Zipf-like; dates spread over 2024 and 2025.
//!
//! Deterministic: a fixed-seed splitmix64 generator, seeded per article, so the same N
//! gives the same bytes, and article `i` is the same whatever N is (a smaller corpus is
//! a prefix of a larger one).

use std::fmt::Write as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};

const SEED: u64 = 0x0B71_EF19_2025_5EED;
const TAG_COUNT: usize = 200;
const DAYS: u64 = 731; // 2024-01-01 ..= 2025-12-31

// ---------------------------------------------------------------------------------------
// PRNG

/// splitmix64: tiny, fast, good enough for text, and the same on every platform.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        let mut r = Rng(seed);
        r.next();
        r
    }
    fn for_article(i: usize) -> Rng {
        Rng::new(SEED ^ (i as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n`.
    fn below(&mut self, n: usize) -> usize {
        (((self.next() >> 11) as u128 * n as u128) >> 53) as usize
    }
    fn range(&mut self, lo: usize, hi_inclusive: usize) -> usize {
        lo + self.below(hi_inclusive - lo + 1)
    }
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    /// A float in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

// ---------------------------------------------------------------------------------------
// Word lists

const PLACES: &[&str] = &[
    "Veldhaven",
    "Marrow Bay",
    "Kestrel Point",
    "Oldbridge",
    "Luneford",
    "Ashcombe",
    "Port Elsin",
    "Greywater",
    "Haldmark",
    "Brennick",
    "Saltmere",
    "Corran",
    "Dunmere",
    "Thornvale",
    "Eastwick",
    "Rivenhall",
    "Mossgate",
    "Carrow",
    "Westerby",
    "Fenholt",
    "Ardsley",
    "Kilbride",
    "Norbury",
    "Pellham",
    "Stanmoor",
    "Tollcross",
    "Wyndham",
    "Lowestead",
    "Birchfield",
    "Caskey Harbour",
    "Glenarrow",
    "Hollins",
    "Merriton",
    "Quarry Hill",
    "Redlake",
    "Summerlea",
    "Tarrant",
    "Upfield",
    "Vantry",
    "Yarrowby",
];

const ACTORS: &[&str] = &[
    "the city council",
    "regional lawmakers",
    "the central bank",
    "port operators",
    "the energy regulator",
    "a coalition of farmers",
    "hospital managers",
    "the transport ministry",
    "teachers' unions",
    "local residents",
    "the finance committee",
    "wind farm developers",
    "airline executives",
    "the water authority",
    "researchers at the state university",
    "small business owners",
    "the housing agency",
    "rail unions",
    "the competition watchdog",
    "insurers",
    "municipal planners",
    "the fisheries board",
    "climate scientists",
    "the chamber of commerce",
    "the health ministry",
    "opposition parties",
    "the mayor's office",
    "grid operators",
    "the school board",
    "consumer groups",
    "tenants' associations",
    "the audit office",
    "the coastguard",
    "logistics firms",
    "the statistics office",
    "museum directors",
    "the football federation",
    "software developers",
    "dairy cooperatives",
    "the national library",
];

const VERBS: &[&str] = &[
    "approved",
    "rejected",
    "postponed a vote on",
    "unveiled",
    "criticised",
    "proposed",
    "defended",
    "scaled back",
    "expanded",
    "called for a review of",
    "signed off on",
    "warned against",
    "quietly shelved",
    "agreed to fund",
    "challenged in court",
    "published details of",
    "asked for more time to study",
    "voted to extend",
    "paused",
    "backed",
];

const OBJECTS: &[&str] = &[
    "a plan to widen the ring road",
    "new rules on short-term rentals",
    "the budget for next year",
    "a pilot scheme for night buses",
    "higher fees for parking permits",
    "a tram line to the eastern suburbs",
    "a ban on single-use packaging",
    "the merger of two regional banks",
    "a levy on empty homes",
    "subsidies for heat pumps",
    "a new desalination plant",
    "cuts to library opening hours",
    "a cap on rent increases",
    "the sale of the municipal port",
    "free school meals for all pupils",
    "a four-day week for civil servants",
    "offshore drilling licences",
    "a new cancer clinic",
    "the closure of a coal-fired power station",
    "tighter checks on imported grain",
    "an expansion of the airport",
    "a congestion charge for the old town",
    "the digital identity programme",
    "a rescue package for the ferry operator",
    "a hiring freeze at the tax office",
    "a deposit scheme for bottles",
    "the redevelopment of the harbour front",
    "a national apprenticeship fund",
    "stricter emission limits for trucks",
    "a moratorium on new data centres",
];

const WHEN: &[&str] = &[
    "on Monday",
    "on Tuesday",
    "late on Wednesday",
    "on Thursday",
    "early on Friday",
    "over the weekend",
    "last week",
    "this morning",
    "after months of talks",
    "at a tense session",
    "in a narrow vote",
    "after a public consultation",
    "following weeks of protests",
    "at the end of a marathon meeting",
];

const FIRST: &[&str] = &[
    "Anna", "Pieter", "Lena", "Tomas", "Ruth", "Marek", "Sofia", "Jonas", "Ines", "Karim", "Hana",
    "Oskar", "Maya", "Ravi", "Elin", "Daniel", "Clara", "Yusuf", "Greta", "Mateo", "Nadia",
    "Felix", "Amara", "Lukas", "Priya", "Henrik", "Zofia", "Samuel", "Leila", "Bram",
];

const LAST: &[&str] = &[
    "Holm",
    "Marsh",
    "Brink",
    "Adeyemi",
    "Novak",
    "Lindqvist",
    "Okafor",
    "Duarte",
    "Meier",
    "Castell",
    "Varga",
    "Reyes",
    "Hartmann",
    "Nakamura",
    "Osei",
    "Bianchi",
    "Kowalski",
    "Fischer",
    "Moreau",
    "Janssen",
    "Petrov",
    "Silva",
    "Horvat",
    "Quinn",
    "Delacroix",
    "Ahmadi",
    "Berg",
    "Costa",
    "Eriksen",
    "Tanaka",
];

const ROLES: &[&str] = &[
    "a spokesperson for the ministry",
    "who chairs the finance committee",
    "an economist at the state university",
    "a union organiser",
    "the deputy mayor",
    "a local shopkeeper",
    "the agency's director",
    "an independent analyst",
    "a councillor for the eastern district",
    "who has worked at the port for 22 years",
    "a senior researcher",
    "the head of the residents' association",
    "a lawyer for the operators",
    "the opposition's transport spokesperson",
];

const CLAIMS: &[&str] = &[
    "Nobody here is against change, but we were told about the plan after the contracts were signed",
    "The numbers simply do not add up for a city of this size",
    "We have waited long enough, and people want to see work start this year",
    "This is the most important decision the council will take in a decade",
    "If we do nothing now, the bill will be far higher in five years",
    "We need clear rules, not another round of consultations",
    "Families on ordinary incomes will pay the price for this",
    "It is a sensible compromise, even if nobody got everything they wanted",
    "The evidence from other regions is encouraging but far from conclusive",
    "We will be watching closely how the money is actually spent",
    "Our members were not consulted, and that is the heart of the problem",
    "There is no quick fix, but this is a step in the right direction",
];

const CONSEQUENCES: &[&str] = &[
    "which could add several months to the timetable",
    "a move critics say will hit low-income households hardest",
    "although officials stressed that no final decision had been taken",
    "leaving hundreds of workers uncertain about their jobs",
    "in what supporters called a long overdue step",
    "despite objections from neighbouring municipalities",
    "raising questions about how the scheme will be paid for",
    "after an independent report found serious flaws in the original design",
    "a decision that is likely to be challenged in the courts",
    "which analysts said would barely move prices in the short term",
    "ending a dispute that had dragged on for more than a year",
    "with the first results expected before the end of the year",
];

const FIGURES: &[&str] = &[
    "{n} million euros",
    "{p} percent",
    "{n} jobs",
    "{n} households",
    "{n} kilometres of track",
    "{n} new homes",
    "{p} percent of respondents",
    "{n} vessels",
    "{n} hectares",
    "{n} schools",
];

const ADJECTIVES: &[&str] = &[
    "modest",
    "sharp",
    "unexpected",
    "long-awaited",
    "controversial",
    "gradual",
    "significant",
    "temporary",
    "costly",
    "ambitious",
    "limited",
    "steady",
];

const HEADINGS: &[&str] = &[
    "What happens next",
    "Costs and funding",
    "Reaction in {place}",
    "The numbers",
    "Background",
    "A long dispute",
    "Who is affected",
    "Legal questions",
    "Talks stall",
    "Knock-on effects",
    "What critics say",
    "How the plan works",
    "A test for the coalition",
    "Lessons from elsewhere",
    "The timetable",
];

const LIST_ITEMS: &[&str] = &[
    "the first phase would start in {month}",
    "about {n} million euros is already committed",
    "{actor} will publish a progress report every quarter",
    "residents can comment until the end of {month}",
    "the scheme will be reviewed after two years",
    "{p} percent of the cost falls on the regional budget",
    "work would be done at night where possible",
    "an independent panel will oversee the tender",
    "compensation is capped at {n} thousand euros",
    "the rules apply to new contracts only",
    "a hotline opens on the first of {month}",
    "smaller operators get an extra year to comply",
];

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const LINK_TEXTS: &[&str] = &[
    "the full report",
    "the council's statement",
    "an earlier analysis",
    "the published minutes",
    "the consultation documents",
    "last year's audit",
    "the court filing",
    "the draft rules",
];

const EMPHASIS: &[&str] = &[
    "before", "not", "every", "only", "still", "never", "all", "first",
];

const TAG_TOPICS: &[&str] = &[
    "economy",
    "trade",
    "energy",
    "transport",
    "housing",
    "health",
    "education",
    "climate",
    "elections",
    "cities",
    "science",
    "technology",
    "agriculture",
    "fisheries",
    "labour",
    "courts",
    "defence",
    "diplomacy",
    "tourism",
    "culture",
    "sport",
    "banking",
    "insurance",
    "shipping",
    "aviation",
    "rail",
    "water",
    "waste",
    "budget",
    "taxes",
    "pensions",
    "migration",
    "police",
    "media",
    "research",
    "space",
    "mining",
    "forestry",
    "retail",
    "manufacturing",
    "startups",
    "telecoms",
    "privacy",
    "cybersecurity",
    "heritage",
    "weather",
    "public health",
    "universities",
    "childcare",
    "property",
];

const TAG_QUALIFIERS: &[&str] = &[
    "policy",
    "markets",
    "reform",
    "funding",
    "strikes",
    "regulation",
    "investment",
    "europe",
];

// ---------------------------------------------------------------------------------------
// Publishers and their pasted footers

struct Publisher {
    name: &'static str,
    domain: &'static str,
    www: bool,
    /// Sections in the source URL.
    sections: &'static [&'static str],
    /// Dateline lead (`CITY, Mon 3 (Name) - …`), as wire services write it.
    dateline: bool,
    /// A `READ MORE:` / `Advertisement` line pasted in the middle, when set.
    mid: Option<&'static str>,
    /// Footer lines; `{year}`, `{author}` and `{editor}` are filled in per article.
    footer: &'static [&'static str],
    /// A blank line between the story and the footer (else pasted straight on).
    footer_gap: bool,
}

const PUBLISHERS: &[Publisher] = &[
    Publisher {
        name: "Tidewater Wire",
        domain: "tidewaterwire.com",
        www: false,
        sections: &["business", "world", "markets"],
        dateline: true,
        mid: Some("READ MORE: {headline}"),
        footer: &[
            "Reporting by {author}; editing by {editor}",
            "Our Standards: The Tidewater Wire Trust Principles.",
            "Get the Tidewater Morning Manifest, our free weekday newsletter on trade and shipping: https://tidewaterwire.com/newsletters/manifest",
            "© {year} Tidewater Wire Ltd. All rights reserved.",
        ],
        footer_gap: false,
    },
    Publisher {
        name: "Ascendia Founders Magazine",
        domain: "ascendiafounders.com",
        www: false,
        sections: &["stories", "founders"],
        dateline: false,
        mid: None,
        footer: &[
            "Follow for more updates on : https://ascendiafounders.com/",
            "",
            "\"Founding a company is a story worth sharing, and at Ascendia Founders Group, we bring those stories to the page. Our magazine follows ambitious founders who have turned setbacks into breakthroughs.\"",
            "1120 Harlow Ave.,",
            "Suite 310, Dover,",
            "DE 19901, USA",
            "Copyright Ⓒ 2022 – {year} Ascendia Founders. All rights reserved.",
        ],
        footer_gap: false,
    },
    Publisher {
        name: "The Harbour Courier",
        domain: "harbourcourier.co.uk",
        www: true,
        sections: &["news", "local", "politics"],
        dateline: false,
        mid: Some("Advertisement"),
        footer: &[
            "Sign up to The Courier Briefing, delivered free to your inbox every morning.",
            "The Harbour Courier has reported on the coast since 1871. Support independent local journalism from £1 a week.",
            "Harbour Courier Media, 4 Quay Street, Saltmere SM1 2QX",
            "© The Harbour Courier {year}",
        ],
        footer_gap: true,
    },
    Publisher {
        name: "Nordlicht Zeitung",
        domain: "nordlicht-zeitung.de",
        www: true,
        sections: &["politik", "wirtschaft", "regionales"],
        dateline: false,
        mid: None,
        footer: &[
            "Folgen Sie uns auf Instagram und Facebook für mehr Nachrichten aus der Region.",
            "Jetzt den Nordlicht-Newsletter abonnieren: https://www.nordlicht-zeitung.de/newsletter",
            "Nordlicht Medienhaus GmbH, Hafenstraße 12, 24103 Kiel",
            "© {year} Nordlicht Zeitung. Alle Rechte vorbehalten.",
        ],
        footer_gap: true,
    },
    Publisher {
        name: "Capital Ledger",
        domain: "capitalledger.com",
        www: true,
        sections: &["economy", "finance", "companies"],
        dateline: true,
        mid: Some("Read more: {headline}"),
        footer: &[
            "Subscribe to Capital Ledger for unlimited access to markets coverage: https://www.capitalledger.com/subscribe",
            "Capital Ledger is the business daily trusted by decision makers across the region.",
            "Capital Ledger Group, 200 Exchange Square, Oldbridge OB4 9LL",
            "Copyright {year} Capital Ledger Group. All rights reserved. Reproduction prohibited without permission.",
        ],
        footer_gap: true,
    },
    Publisher {
        name: "Greenline Review",
        domain: "greenlinereview.org",
        www: false,
        sections: &["climate", "energy", "nature"],
        dateline: false,
        mid: None,
        footer: &[
            "Like this story? Follow Greenline Review on Mastodon, Bluesky and LinkedIn.",
            "Greenline Review is a nonprofit newsroom. We rely on readers like you: donate today at https://greenlinereview.org/donate",
            "PO Box 4471, Fenholt FH2 8RT",
            "© {year} Greenline Review. Content licensed for personal use only.",
        ],
        footer_gap: true,
    },
    Publisher {
        name: "Metro Evening Post",
        domain: "metroeveningpost.com",
        www: true,
        sections: &["news", "city", "transport"],
        dateline: false,
        mid: Some("Advertisement"),
        footer: &[
            "Download the Metro Evening Post app for breaking news alerts.",
            "Got a story? Send your tips to newsdesk@metroeveningpost.com",
            "Metro Evening Post, 88 Market Row, Carrow CR1 1AB",
            "All content © {year} Metro Evening Post Ltd",
        ],
        footer_gap: false,
    },
    Publisher {
        name: "La Voce del Porto",
        domain: "vocedelporto.it",
        www: true,
        sections: &["cronaca", "economia"],
        dateline: false,
        mid: None,
        footer: &[
            "Seguici su Facebook e Instagram per restare aggiornato.",
            "Iscriviti alla newsletter de La Voce del Porto: https://www.vocedelporto.it/newsletter",
            "Editoriale Portuale S.r.l., Via del Molo 7, 16126 Genova",
            "© {year} La Voce del Porto. Tutti i diritti riservati.",
        ],
        footer_gap: true,
    },
    Publisher {
        name: "Frontier Science Daily",
        domain: "frontiersciencedaily.net",
        www: false,
        sections: &["research", "space", "health"],
        dateline: false,
        mid: Some("Related: {headline}"),
        footer: &[
            "Stay curious: subscribe to the Frontier Science Daily weekly digest.",
            "Frontier Science Daily covers the discoveries shaping tomorrow, explained by the people who make them.",
            "Frontier Media Inc., 51 Observatory Lane, Upfield UP3 7DS",
            "Copyright © 2015-{year} Frontier Media Inc.",
        ],
        footer_gap: true,
    },
    Publisher {
        name: "Valley Gazette",
        domain: "valleygazette.com",
        www: true,
        sections: &["news", "community", "schools"],
        dateline: false,
        mid: None,
        footer: &[
            "Follow the Valley Gazette on Facebook and X for the latest from the valley.",
            "Want more local news? Become a member for $5 a month and get every edition first.",
            "Valley Gazette, 17 Mill Road, Glenarrow GA 30512",
            "© {year} Valley Gazette. All rights reserved.",
        ],
        footer_gap: false,
    },
    Publisher {
        name: "Continental Monitor",
        domain: "continentalmonitor.eu",
        www: true,
        sections: &["europe", "policy", "diplomacy"],
        dateline: true,
        mid: None,
        footer: &[
            "Sign up for the Monitor's Brussels Briefing newsletter: https://www.continentalmonitor.eu/briefing",
            "Continental Monitor: independent reporting on European affairs since 1999.",
            "Rue de la Loi 155, 1040 Brussels, Belgium",
            "© Continental Monitor {year}. All rights reserved.",
        ],
        footer_gap: true,
    },
    Publisher {
        name: "Coastline Sports Network",
        domain: "coastlinesports.tv",
        www: false,
        sections: &["football", "sailing", "athletics"],
        dateline: false,
        mid: Some("ADVERTISEMENT"),
        footer: &[
            "Share this article on WhatsApp, Facebook and X.",
            "Catch every match live: stream Coastline Sports Network free for 7 days.",
            "Coastline Sports Network, Stadium Way, Port Elsin PE7 2RB",
            "© {year} Coastline Sports Network. All rights reserved.",
        ],
        footer_gap: false,
    },
];

// ---------------------------------------------------------------------------------------
// Tags

fn tag_names() -> Vec<String> {
    let mut names: Vec<String> = TAG_TOPICS.iter().map(|s| s.to_string()).collect();
    names.extend(PLACES.iter().take(30).map(|p| p.to_lowercase()));
    'outer: for q in TAG_QUALIFIERS {
        for t in TAG_TOPICS {
            if names.len() == TAG_COUNT {
                break 'outer;
            }
            names.push(format!("{t} {q}"));
        }
    }
    // Shuffle once, with a fixed seed, so rank (popularity) is not alphabetical.
    let mut rng = Rng::new(SEED ^ 0x7A65);
    for i in (1..names.len()).rev() {
        let j = rng.below(i + 1);
        names.swap(i, j);
    }
    names
}

/// Cumulative Zipf weights (s = 1) over tag ranks.
fn zipf_cdf(n: usize) -> Vec<f64> {
    let mut acc = 0.0;
    let mut cdf: Vec<f64> = (0..n)
        .map(|r| {
            acc += 1.0 / (r as f64 + 1.0);
            acc
        })
        .collect();
    for c in &mut cdf {
        *c /= acc;
    }
    cdf
}

fn pick_tags(rng: &mut Rng, cdf: &[f64], names: &[String]) -> Vec<String> {
    let count = rng.range(2, 5);
    let mut picked: Vec<usize> = Vec::with_capacity(count);
    while picked.len() < count {
        let u = rng.unit();
        let r = cdf.partition_point(|&c| c < u).min(cdf.len() - 1);
        if !picked.contains(&r) {
            picked.push(r);
        }
    }
    picked.into_iter().map(|r| names[r].clone()).collect()
}

// ---------------------------------------------------------------------------------------
// Text

struct Text<'r> {
    rng: &'r mut Rng,
    words: usize,
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn count_words(s: &str) -> usize {
    s.split_whitespace().count()
}

impl Text<'_> {
    fn figure(&mut self) -> String {
        let f = self.rng.pick(FIGURES);
        self.fill(f)
    }

    /// Replace `{n}`, `{p}`, `{place}`, `{month}`, `{actor}` slots.
    fn fill(&mut self, template: &str) -> String {
        let mut out = String::with_capacity(template.len() + 16);
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let end = start + rest[start..].find('}').expect("closed slot");
            match &rest[start + 1..end] {
                "n" => {
                    let _ = write!(out, "{}", self.rng.range(2, 950));
                }
                "p" => {
                    let _ = write!(out, "{}", self.rng.range(3, 78));
                }
                "place" => out.push_str(self.rng.pick(PLACES)),
                "month" => out.push_str(self.rng.pick(MONTHS)),
                "actor" => out.push_str(self.rng.pick(ACTORS)),
                other => panic!("unknown slot {other}"),
            }
            rest = &rest[end + 1..];
        }
        out.push_str(rest);
        out
    }

    fn person(&mut self) -> String {
        format!("{} {}", self.rng.pick(FIRST), self.rng.pick(LAST))
    }

    /// One sentence from one of several templates.
    fn sentence(&mut self, domain: &str) -> String {
        let s = match self.rng.below(12) {
            0 => format!(
                "{} {} {} {}, {}.",
                capitalise(self.rng.pick(ACTORS)),
                self.rng.pick(VERBS),
                self.rng.pick(OBJECTS),
                self.rng.pick(WHEN),
                self.rng.pick(CONSEQUENCES)
            ),
            1 => {
                let fig = self.figure();
                format!(
                    "The proposal would cost about {fig} over {} years, according to figures seen by reporters in {}.",
                    self.rng.range(2, 12),
                    self.rng.pick(PLACES)
                )
            }
            2 => {
                let who = self.person();
                format!(
                    "\"{},\" said {who}, {}.",
                    self.rng.pick(CLAIMS),
                    self.rng.pick(ROLES)
                )
            }
            3 => format!(
                "In {}, {} said they had not been consulted about {}.",
                self.rng.pick(PLACES),
                self.rng.pick(ACTORS),
                self.rng.pick(OBJECTS)
            ),
            4 => {
                let fig = self.figure();
                format!(
                    "Since {}, the number has risen by {fig}, a {} increase that surprised even {}.",
                    self.rng.range(2009, 2023),
                    self.rng.pick(ADJECTIVES),
                    self.rng.pick(ACTORS)
                )
            }
            5 => format!(
                "Critics argue that {} is {} at best, and that {} should have {} years ago.",
                self.rng.pick(OBJECTS),
                self.rng.pick(ADJECTIVES),
                self.rng.pick(ACTORS),
                self.rng.pick(VERBS).split(' ').next().unwrap_or("acted")
            ),
            6 => format!(
                "{} is expected to decide {} by {}, although a delay of a few weeks would not surprise anyone who has followed the file.",
                capitalise(self.rng.pick(ACTORS)),
                "the matter",
                self.rng.pick(MONTHS)
            ),
            7 => {
                let text = self.rng.pick(LINK_TEXTS);
                format!(
                    "According to [{text}](https://{domain}/documents/{}-{}), the {} change would take effect gradually.",
                    self.rng.pick(MONTHS).to_lowercase(),
                    self.rng.range(100, 9999),
                    self.rng.pick(ADJECTIVES)
                )
            }
            8 => format!(
                "The change applies *{}* to {}, officials said, and {}.",
                self.rng.pick(EMPHASIS),
                self.rng.pick(OBJECTS),
                self.rng.pick(CONSEQUENCES)
            ),
            9 => {
                let fig = self.figure();
                format!(
                    "Officials in {} put the figure at **{fig}**, well above the estimate published in {}.",
                    self.rng.pick(PLACES),
                    self.rng.pick(MONTHS)
                )
            }
            10 => format!(
                "It is the {} setback for {} this year, and the second involving {}.",
                self.rng.pick(ADJECTIVES),
                self.rng.pick(ACTORS),
                self.rng.pick(OBJECTS)
            ),
            _ => format!(
                "Asked about the timetable, {} said that work on {} could begin {}.",
                self.rng.pick(ACTORS),
                self.rng.pick(OBJECTS),
                self.rng.pick(&["next spring", "within months", "before the summer", "in the autumn", "once funding is secured"])
            ),
        };
        self.words += count_words(&s);
        s
    }

    fn paragraph(&mut self, domain: &str) -> String {
        let n = self.rng.range(2, 4);
        (0..n)
            .map(|_| self.sentence(domain))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

// ---------------------------------------------------------------------------------------
// Articles

struct Article {
    title: String,
    slug: String,
    /// RFC 3339, UTC.
    date: String,
    publisher: usize,
    source_url: String,
    author: Option<String>,
    tags: Vec<String>,
    body: String,
}

/// Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

fn headline(rng: &mut Rng) -> String {
    let place = rng.pick(PLACES);
    let actor = rng.pick(ACTORS);
    let verb = rng.pick(VERBS);
    let object = rng.pick(OBJECTS);
    match rng.below(4) {
        0 => format!("{place}: {actor} {verb} {object}"),
        1 => format!("{} {verb} {object} in {place}", capitalise(actor)),
        2 => format!("{} {verb} {object}", capitalise(actor)),
        _ => format!("Why {actor} in {place} {verb} {object}"),
    }
}

fn article(i: usize, cdf: &[f64], tag_names: &[String]) -> Article {
    let mut rng = Rng::for_article(i);
    let pubi = rng.below(PUBLISHERS.len());
    let p = &PUBLISHERS[pubi];

    let day = 19_723 + rng.below(DAYS as usize) as i64; // 19723 = 2024-01-01
    let (y, m, d) = civil_from_days(day);
    let (hh, mm) = (rng.range(5, 22), rng.below(60));
    let date = format!("{y:04}-{m:02}-{d:02}T{hh:02}:{mm:02}:00Z");

    let title = headline(&mut rng);
    let mut slug = slugify(&title);
    if slug.len() > 60 {
        let cut = slug[..60].rfind('-').unwrap_or(60);
        slug.truncate(cut);
    }
    let slug = format!("{slug}-{i}");
    let section = rng.pick(p.sections);
    let host = if p.www {
        format!("www.{}", p.domain)
    } else {
        p.domain.to_string()
    };
    let source_url = format!("https://{host}/{section}/{y}/{m:02}/{}/", slugify(&title));
    let author = (!rng.chance(10)).then(|| format!("{} {}", rng.pick(FIRST), rng.pick(LAST)));
    let tags = pick_tags(&mut rng, cdf, tag_names);

    let body = body(&mut rng, p, y, m, d, author.as_deref());
    Article {
        title,
        slug,
        date,
        publisher: pubi,
        source_url,
        author,
        tags,
        body,
    }
}

fn body(rng: &mut Rng, p: &Publisher, y: i64, m: u32, d: u32, author: Option<&str>) -> String {
    let target = 580 + rng.below(100); // words of story, then the footer
    let pasted = rng.chance(25); // one paragraph per line, no blank lines between
    let mid_at = rng.range(2, 4);
    let mut t = Text { rng, words: 0 };
    let sep = if pasted { "\n" } else { "\n\n" };
    let mut out = String::with_capacity(6 * 1024);

    // Lead.
    let lead = t.paragraph(p.domain);
    if p.dateline {
        let mon = &MONTHS[(m - 1) as usize][..3];
        let place = t.rng.pick(PLACES).to_uppercase();
        let _ = write!(out, "{place}, {mon} {d} ({}) - {lead}", p.name);
        t.words += 4;
    } else {
        out.push_str(&lead);
    }
    out.push_str(sep);

    let mut block = 1;
    let mut did_list = false;
    let mut did_quote = false;
    while t.words < target {
        block += 1;
        if block == mid_at {
            if let Some(mid) = p.mid {
                let h = headline(t.rng);
                out.push_str(&mid.replace("{headline}", &h));
                out.push_str(sep);
            }
        }
        // A heading every few blocks (always with blank lines around, as Markdown needs).
        if block % 4 == 0 {
            let h = t.rng.pick(HEADINGS);
            let h = t.fill(h);
            t.words += count_words(&h);
            if pasted {
                out.push('\n');
            }
            let _ = write!(out, "## {h}\n\n");
        }
        if !did_list && block >= 4 && t.rng.chance(50) {
            did_list = true;
            if pasted {
                out.push('\n');
            }
            out.push_str("Key points of the plan:\n\n");
            let numbered = t.rng.chance(40);
            for k in 0..t.rng.range(3, 5) {
                let item = t.rng.pick(LIST_ITEMS);
                let item = t.fill(item);
                t.words += count_words(&item);
                if numbered {
                    let _ = writeln!(out, "{}. {}", k + 1, capitalise(&item));
                } else {
                    let _ = writeln!(out, "- {}", capitalise(&item));
                }
            }
            out.push('\n');
            continue;
        }
        if !did_quote && block >= 3 && t.rng.chance(35) {
            did_quote = true;
            if pasted {
                out.push('\n');
            }
            let who = t.person();
            let claim = t.rng.pick(CLAIMS);
            let _ = write!(
                out,
                "> \"{claim}.\"\n>\n> — {who}, {}\n\n",
                t.rng.pick(ROLES)
            );
            t.words += count_words(claim) + 6;
            continue;
        }
        let para = t.paragraph(p.domain);
        out.push_str(&para);
        out.push_str(sep);
    }
    // The story's end, then the footer as pasted.
    while out.ends_with('\n') {
        out.pop();
    }
    out.push('\n');
    if p.footer_gap {
        out.push('\n');
    }
    let editor = format!("{} {}", t.rng.pick(FIRST), t.rng.pick(LAST));
    for line in p.footer {
        let line = line
            .replace("{year}", &y.to_string())
            .replace("{author}", author.unwrap_or("staff"))
            .replace("{editor}", &editor);
        out.push_str(&line);
        out.push('\n');
    }
    out
}

fn yaml_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn yaml_list(items: &[String]) -> String {
    let inner: Vec<String> = items.iter().map(|s| yaml_str(s)).collect();
    format!("[{}]", inner.join(", "))
}

fn briefing_file(a: &Article) -> String {
    let p = &PUBLISHERS[a.publisher];
    let mut s = String::with_capacity(a.body.len() + 512);
    s.push_str("---\n");
    let _ = writeln!(s, "title: {}", yaml_str(&a.title));
    let _ = writeln!(s, "date: {}", a.date);
    let _ = writeln!(s, "source: {}", yaml_str(p.name));
    let _ = writeln!(s, "source_url: {}", a.source_url);
    if let Some(au) = &a.author {
        let _ = writeln!(s, "author: {}", yaml_str(au));
    }
    let _ = writeln!(s, "tags: {}", yaml_list(&a.tags));
    let _ = writeln!(s, "slug: {}", a.slug);
    s.push_str("---\n\n");
    s.push_str(&a.body);
    s
}

fn hugo_file(a: &Article) -> String {
    let p = &PUBLISHERS[a.publisher];
    let mut s = String::with_capacity(a.body.len() + 512);
    s.push_str("---\n");
    let _ = writeln!(s, "title: {}", yaml_str(&a.title));
    let _ = writeln!(s, "date: {}", a.date);
    let _ = writeln!(s, "slug: {}", a.slug);
    let _ = writeln!(s, "tags: {}", yaml_list(&a.tags));
    s.push_str("params:\n");
    let _ = writeln!(s, "  source: {}", yaml_str(p.name));
    let _ = writeln!(s, "  source_url: {}", a.source_url);
    if let Some(au) = &a.author {
        let _ = writeln!(s, "  author: {}", yaml_str(au));
    }
    s.push_str("---\n\n");
    s.push_str(&a.body);
    s
}

const BRIEFING_YAML: &str = "\
# Generated by examples/gen_corpus.rs for the benchmark (bench/README.md).
title: \"Bench Briefing\"
description: \"A generated corpus for comparing build times.\"
base_url: \"https://example.org/\"
language: en
paginate: 20
";

const HUGO_TOML: &str = "\
# Generated by examples/gen_corpus.rs for the benchmark (bench/README.md): the same pages
# as the briefing site (articles, home paginated by 20, tags list, tag pages paginated,
# one RSS feed, 404), nothing else.
baseURL = 'https://example.org/'
title = 'Bench Briefing'
locale = 'en'
disableKinds = ['section', 'sitemap', 'robotsTXT']
enableRobotsTXT = false

[pagination]
  pagerSize = 20
  disableAliases = true

[taxonomies]
  tag = 'tags'

[outputs]
  home = ['html', 'rss']
  page = ['html']
  taxonomy = ['html']
  term = ['html']

[services.rss]
  limit = 50

# Related articles by shared tags, in both directions in time, as briefing does. Tags on
# more than 5% of the articles are left out of the index (cardinalityThreshold): with
# Hugo's default index a 10,000-article site spends most of its build in .Related
# (every page scans the thousands of pages of the most common tags); briefing bounds
# the same work with a window per tag and weights rare tags higher.
[related]
  includeNewer = true
  threshold = 80
  toLower = false
  [[related.indices]]
    name = 'tags'
    weight = 100
    cardinalityThreshold = 5

[markup.goldmark.renderer]
  unsafe = false
";

fn write_file(path: &Path, text: &str) -> std::io::Result<()> {
    let mut f = fs::File::create(path)?;
    f.write_all(text.as_bytes())
}

/// Copy `bench/hugo-layouts/` (relative to the crate) into the Hugo site's `layouts/`.
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    fs::create_dir_all(to)?;
    let mut entries: Vec<_> = fs::read_dir(from)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let target = to.join(e.file_name());
        if e.file_type()?.is_dir() {
            copy_dir(&e.path(), &target)?;
        } else {
            fs::copy(e.path(), target)?;
        }
    }
    Ok(())
}

/// What [`generate`] wrote.
pub struct Generated {
    pub articles: usize,
    pub words: usize,
    pub bytes: usize,
}

/// The briefing article file (front matter and body) of article `i`: the same bytes the
/// corpus holds. For benchmarks that need one realistic article in memory.
pub fn briefing_article(i: usize) -> (String, String) {
    let names = tag_names();
    let cdf = zipf_cdf(names.len());
    let a = article(i, &cdf, &names);
    (
        format!("{}-{}.md", &a.date[..10], a.slug),
        briefing_file(&a),
    )
}

/// Write `n` articles as a briefing site under `out/briefing/` and, with `hugo`, as a
/// Hugo site under `out/hugo/` (its layouts copied from `bench/hugo-layouts/`). Existing
/// `out/briefing` and `out/hugo` folders are replaced.
pub fn generate(n: usize, out: &Path, hugo: bool) -> std::io::Result<Generated> {
    let b_root = out.join("briefing");
    let h_root = out.join("hugo");
    for dir in [&b_root, &h_root] {
        if dir.exists() {
            fs::remove_dir_all(dir)?;
        }
    }
    let b_content = b_root.join("content");
    let h_content = h_root.join("content").join("articles");
    fs::create_dir_all(&b_content)?;
    write_file(&b_root.join("briefing.yaml"), BRIEFING_YAML)?;
    if hugo {
        fs::create_dir_all(&h_content)?;
        write_file(&h_root.join("hugo.toml"), HUGO_TOML)?;
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_dir(
            &manifest.join("bench/hugo-layouts"),
            &h_root.join("layouts"),
        )?;
        // briefing's default theme ships one style sheet; the Hugo site ships the same.
        let css = manifest.join("themes/default/static/style.css");
        if css.exists() {
            fs::create_dir_all(h_root.join("static"))?;
            fs::copy(css, h_root.join("static/style.css"))?;
        }
    }

    let names = tag_names();
    let cdf = zipf_cdf(names.len());
    let mut done = Generated {
        articles: n,
        words: 0,
        bytes: 0,
    };
    for i in 0..n {
        let a = article(i, &cdf, &names);
        done.words += count_words(&a.body);
        let b = briefing_file(&a);
        done.bytes += b.len();
        write_file(
            &b_content.join(format!("{}-{}.md", &a.date[..10], a.slug)),
            &b,
        )?;
        if hugo {
            write_file(&h_content.join(format!("{}.md", a.slug)), &hugo_file(&a))?;
        }
    }
    Ok(done)
}

fn usage() -> ! {
    eprintln!("usage: gen_corpus --n N --out DIR");
    std::process::exit(2);
}

fn main() -> std::io::Result<()> {
    let mut n: Option<usize> = None;
    let mut out: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--n" => {
                n = args
                    .next()
                    .and_then(|v| v.replace(['_', ','], "").parse().ok())
            }
            "--out" => out = args.next().map(PathBuf::from),
            _ => usage(),
        }
    }
    let (Some(n), Some(out)) = (n, out) else {
        usage()
    };
    let done = generate(n, &out, true)?;
    println!(
        "Generated {n} articles ({} words/article on average, {:.1} MB of Markdown) in {} (briefing/ and hugo/)",
        done.words / n.max(1),
        done.bytes as f64 / 1e6,
        out.display()
    );
    Ok(())
}

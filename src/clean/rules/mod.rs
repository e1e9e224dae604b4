//! Pattern families: what a line says about itself.
//!
//! Each family is a set of regular expressions plus a *mode* that says where a match
//! counts, and a *weight*:
//!
//! * `Whole`: the whole line, reduced to a bare label ("Advertisement", "Related
//!   coverage:", "— Share —"), must match. Safe anywhere: article sentences are not
//!   labels.
//! * `LineStart`: the line must begin with it ("Copyright ©", "Photo: …", "By Jane Doe |").
//! * `Start`: a sentence (or menu segment) must begin with it, outside quotation marks;
//!   past the first sentence only in short lines. "Enjoyed this? Subscribe to …" counts,
//!   `…it reads: "Subscribe today and cancel anytime."` does not.
//! * `Anywhere`: anywhere outside quotation marks, but only in short lines.
//!
//! Weight 3 is *strong* (enough on its own, anywhere in the body); weight 1–2 is *weak*
//! (counts only together with other evidence, position or repetition; see `decide.rs`).
//! Every pattern has a word limit: a long line is a paragraph, and a paragraph that
//! merely mentions a formula is article text.
//!
//! Matching is case-insensitive; word boundaries are ASCII (`(?-u:\b)`), which keeps
//! the fast DFA engines usable on non-ASCII text.

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::{Regex, RegexBuilder, RegexSet, RegexSetBuilder};

use super::line::{self, Kind, Line};
use super::reason::Family;
use Family as F;

// The pattern table, and the page labels and network names: `patterns.rs`.
mod patterns;
use patterns::*;
// The word lists of the shape and vocabulary checks: `words.rs`.
mod words;
use words::*;
// The checks beyond the pattern table: shapes, combined vocabulary, the article's
// own title and author: `evidence.rs`.
mod evidence;
use evidence::*;
pub(crate) use evidence::{
    announces_quotation, dates_the_page, describes_a_newsletter, names_a_quotation, offers_a_price,
    opens_with_publication, reports_or_quotes, speaks_to_the_reader,
};

/// Weight of evidence that is enough on its own.
pub(crate) const STRONG: u8 = 3;

/// Lines up to this many words are "short": sentence-start patterns apply to every
/// sentence in them, not just the first.
const SHORT_WORDS: usize = 30;

/// The longest of `DATELINE_WORDS`.
const LONGEST_DATELINE_WORD: usize = 12;

/// Up to this many words, a line is searched for every gate needle in one pass;
/// longer lines, to which few patterns apply, for those patterns' needles alone.
const GATE_SET_WORDS: usize = 45;

// The checks that use the vocabulary apply to lines of up to this many words.
const _: () = assert!(MAX_APPEAL_WORDS <= GATE_SET_WORDS);

/// A set of gate needles, one bit per needle.
#[derive(Clone, Copy, Default, PartialEq, Eq)]
struct NeedleMask([u64; 12]);

impl NeedleMask {
    const CAPACITY: usize = 768;

    fn insert(&mut self, n: usize) {
        self.0[n / 64] |= 1 << (n % 64);
    }

    /// Whether the two sets share a needle.
    fn meets(&self, other: &NeedleMask) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }
}

/// What one pass of `Compiled::gate_set` found in a line.
#[derive(Clone, Copy, Default)]
struct Needles {
    /// One bit per gate needle.
    gates: NeedleMask,
    /// One bit per group of `VOCABULARY`.
    vocabulary: u32,
}

/// How far after a call-to-action verb its object may appear (bytes).
const OBJECT_REACH: usize = 90;

/// One piece of evidence found on a line.
#[derive(Debug, Clone)]
pub(crate) struct Hit {
    pub family: Family,
    pub weight: u8,
    pub matched: String,
    /// Introduces a list ("Related coverage:"): pulls the short lines below it.
    pub intro: bool,
}

struct Compiled {
    /// Per pattern, its own regex (anchored like the pattern's mode), compiled on first
    /// use: most are only needed once a set has matched or a gate has opened, which
    /// many never do, and compiling them all up front was most of the startup cost.
    pats: Vec<(String, std::sync::OnceLock<Regex>)>,
    whole: RegexSet,
    whole_idx: Vec<usize>,
    /// Line-start and sentence-start patterns together (later sentences of short
    /// lines take only the sentence-start ones).
    first: RegexSet,
    first_idx: Vec<usize>,
    anywhere_idx: Vec<usize>,
    /// Every gate needle (of the `Anywhere` patterns, and the role and agency words),
    /// then every word of `VOCABULARY`, all found in one pass over a short line.
    gate_set: AhoCorasick,
    /// How many of `gate_set`'s needles are gate needles; the rest are vocabulary.
    gate_count: usize,
    /// Per vocabulary needle (`gate_set` pattern `gate_count + k`): its group's bit.
    vocabulary_bits: Vec<u32>,
    /// Per pattern: its needles, one bit per needle of `gate_set` (0: ungated).
    gates: Vec<NeedleMask>,
    /// Per pattern: a searcher for each of its needles, for lines longer than
    /// `GATE_SET_WORDS`, to which few patterns apply: searching for their needles
    /// alone is cheaper than for all of them.
    gate_finders: Vec<Vec<memchr::memmem::Finder<'static>>>,
    /// Per pattern: it opens with a name of capitalised words ("Jane Doe writes …").
    opens_with_name: Vec<bool>,
    /// The role words `name_role` ends with: cheaper to rule out than the regex.
    role_gate: NeedleMask,
    /// A word each alternative of `agency` contains: cheaper to rule out.
    agency_gate: NeedleMask,
    object: Regex,
    byline: Regex,
    address: RegexSet,
    name_role: Regex,
    phone: Regex,
    agency: Regex,
    dateline_word: Regex,
}

impl Compiled {
    /// Which gate needles `lower` contains (one bit per needle) and which groups of
    /// `VOCABULARY` it has a word of, in one pass.
    fn needles(&self, lower: &str) -> Needles {
        self.gate_set
            .find_overlapping_iter(lower)
            .fold(Needles::default(), |mut found, m| {
                let p = m.pattern().as_usize();
                match p.checked_sub(self.gate_count) {
                    None => found.gates.insert(p),
                    Some(k) => found.vocabulary |= self.vocabulary_bits[k],
                }
                found
            })
    }

    /// Pattern `i`'s own regex.
    fn pat(&self, i: usize) -> &Regex {
        let (src, re) = &self.pats[i];
        re.get_or_init(|| build(src, !PATTERNS[i].case_sensitive))
    }
}

/// Word boundaries in ASCII mode keep the lazy DFA usable on non-ASCII text.
fn ascii_bounds(src: &str) -> String {
    src.replace(r"\b", r"(?-u:\b)")
}

fn build(src: &str, case_insensitive: bool) -> Regex {
    RegexBuilder::new(&ascii_bounds(src))
        .case_insensitive(case_insensitive)
        .build()
        .unwrap_or_else(|e| panic!("built-in cleaning pattern does not compile: {e}\n{src}"))
}

fn set(items: &[(usize, String)], case_insensitive: bool) -> RegexSet {
    RegexSetBuilder::new(items.iter().map(|(_, s)| s.as_str()))
        .case_insensitive(case_insensitive)
        // Room for the lazy DFA's states: with the default 2 MiB the sets' caches
        // filled and were cleared over and over on ordinary text, and cleaning ran
        // twice as slowly. A cache only grows as far as the text needs.
        .dfa_size_limit(8 << 20)
        // The compiled sets are a few MiB over the default limit of 10 MiB.
        .size_limit(32 << 20)
        .build()
        .unwrap_or_else(|e| panic!("built-in cleaning patterns do not compile: {e}"))
}

static COMPILED: LazyLock<Compiled> = LazyLock::new(|| {
    let mut pats = Vec::new();
    let (mut whole, mut line_start, mut start, mut anywhere_idx) = (vec![], vec![], vec![], vec![]);
    for (i, p) in PATTERNS.iter().enumerate() {
        let anchored = match p.mode {
            Whole => format!("^(?:{})$", p.src),
            LineStart | Start => format!("^(?:{})", p.src),
            Anywhere => p.src.to_string(),
        };
        let entry = (i, ascii_bounds(&anchored));
        pats.push((anchored, std::sync::OnceLock::new()));
        match p.mode {
            Whole => whole.push(entry),
            LineStart => line_start.push(entry),
            Start => start.push(entry),
            Anywhere => anywhere_idx.push(i),
        }
    }
    // The sets are case-insensitive; the few case-sensitive patterns are not in a set.
    debug_assert!(PATTERNS
        .iter()
        .all(|p| !p.case_sensitive || matches!(p.mode, Anywhere | LineStart)));
    let (line_start_cs, line_start_ci): (Vec<_>, Vec<_>) = line_start
        .into_iter()
        .partition(|(i, _)| PATTERNS[*i].case_sensitive);
    anywhere_idx.extend(line_start_cs.iter().map(|(i, _)| *i));
    let mut needles: Vec<&str> = PATTERNS
        .iter()
        .flat_map(|p| p.gate.iter().copied())
        .chain(ROLE_WORDS.iter().chain(AGENCY_WORDS).copied())
        .collect();
    needles.sort_unstable();
    needles.dedup();
    assert!(
        needles.len() <= NeedleMask::CAPACITY,
        "gate needles must fit the masks"
    );
    // One bit per needle of `words`.
    let mask_of = |words: &[&str]| {
        words
            .iter()
            .filter_map(|w| needles.binary_search(w).ok())
            .fold(NeedleMask::default(), |mut mask, n| {
                mask.insert(n);
                mask
            })
    };
    let gates = PATTERNS.iter().map(|p| mask_of(p.gate)).collect();
    let role_gate = mask_of(ROLE_WORDS);
    let agency_gate = mask_of(AGENCY_WORDS);
    let vocabulary: Vec<(&str, u32)> = VOCABULARY
        .iter()
        .flat_map(|&(bit, words)| words.iter().map(move |&w| (w, bit)))
        .collect();
    let gate_finders = PATTERNS
        .iter()
        .map(|p| {
            p.gate
                .iter()
                .map(|g| memchr::memmem::Finder::new(g.as_bytes()).into_owned())
                .collect()
        })
        .collect();
    // A DFA, whatever the number of needles (the default picks a slower automaton
    // above 100): it runs on every short line. It takes about 25 ms to build, beside
    // the two sets.
    let build_gate_set = || {
        AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(
                needles
                    .iter()
                    .copied()
                    .chain(vocabulary.iter().map(|v| v.0)),
            )
            .unwrap_or_else(|e| panic!("gate needles do not compile: {e}"))
    };
    // The two large sets and the needles take most of the time: two compile on
    // threads of their own. A plain thread, not rayon's pool: the pool's threads may be waiting for this
    // very initialisation, and a job queued for them would never run.
    let first_items = [line_start_ci.clone(), start.clone()].concat();
    let (whole_set, first_set, gate_set) = std::thread::scope(|scope| {
        let whole_set = scope.spawn(|| set(&whole, true));
        let gate_set = scope.spawn(build_gate_set);
        let first_set = set(&first_items, true);
        (
            whole_set.join().expect("pattern set compiles"),
            first_set,
            gate_set.join().expect("gate needles compile"),
        )
    });
    let opens_with_name = PATTERNS
        .iter()
        .map(|p| p.mode == LineStart && p.case_sensitive && p.src.starts_with(NAME_OPENING))
        .collect();
    Compiled {
        gate_set,
        gate_count: needles.len(),
        vocabulary_bits: vocabulary.iter().map(|v| v.1).collect(),
        gates,
        gate_finders,
        opens_with_name,
        role_gate,
        agency_gate,
        whole: whole_set,
        whole_idx: whole.iter().map(|(i, _)| *i).collect(),
        first: first_set,
        first_idx: line_start_ci.iter().chain(&start).map(|(i, _)| *i).collect(),
        pats,
        anywhere_idx,
        object: build(
            r"\b(?:(?-i:us)|our|newsletters?|inbox|e-?mail\s+(?:updates|alerts|list)|apps?|updates|alerts|podcasts?|channel|feeds?|rss|facebook|twitter|instagram|tiktok|youtube|linkedin|whatsapp|telegram|threads|bluesky|mastodon|pinterest|snapchat|reddit|flipboard|google\s+news|apple\s+news|notifications|subscriptions?|subscribers?|membership|premium|journalism|free\s+trial|digest|briefing|bulletin|roundup|the\s+latest\s+(?:news|stories|updates|headlines|articles|episodes?|issue|edition)|(?:top|best|biggest|day's|week's|latest)\s+(?:stories|headlines|news)|more\s+(?:stories|news|updates|articles|coverage|from\s+us)|app\s+store|google\s+play|e-?edition|print\s+edition|patreon|ko-?fi|buy\s+me\s+a\s+coffee|substack)\b|@[a-z0-9_]{2,}|https?://|www\.",
            true,
        ),
        // "By Jane Doe", "By Eleanor Pryce, Economics Correspondent | …", "Par Jean Dupont".
        byline: build(
            r"^(?i:by|von|par|por|di|door):?\s+(?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|del|der|di|du|le|la|al|bin|and|&|y|e|und|et)){0,5}\s*(?:$|[|·•—–-]|,\s*\p{Lu}|,\s*$|\s+(?:and|&)\s+|\s+(?i:in|at|for)\s+\p{Lu}|\s+\d)",
            false,
        ),
        address: RegexSet::new([
            // street line: "1120 Harlow Ave.", "651 N. Broad St."
            ascii_bounds(r"(?i)^\d{1,5}[a-z]?(?:-\d{1,5})?\s+(?:[NSEW]\.?\s+)?(?:[\p{L}'’.-]+\s+){0,4}(?:st|street|ave|avenue|rd|road|blvd|boulevard|ln|lane|dr|drive|way|pl|place|ct|court|sq|square|hwy|highway|pkwy|parkway|ter|terrace|plaza|circle|cir|row|close|crescent|walk|broadway)\.?\b"),
            ascii_bounds(r"(?i)\b(?:(?:rue|calle|avenida|via|viale|piazza|corso|rua|avenue|boulevard|place|chemin|all[ée]e|quai|impasse|route|cours|largo|travessa|plaza|paseo)\s+|(?:avda|avd|av|pza|ctra|bd|blvd)\.\s*|c/\s*)[\p{L}'’ .-]+,?\s*\d{1,4}\b|[\p{L}-]+(?:straße|strasse|str\.|weg|gasse|platz|allee|straat|laan|plein|gracht|kade)\s+\d{1,4}"),
            // suite / floor / PO box
            ascii_bounds(r"(?i)^(?:suite|ste\.?|floor|fl\.|unit|room|apt\.?|apartment|building|bldg\.?|level|p\.?\s?o\.?\s+box|postfach|apartado)\s*#?\s*[\w-]+|\b\d+(?:st|nd|rd|th)\s+floor\b"),
            // postcodes: US state + ZIP, UK, Canada, NL, continental "10115 Berlin"
            ascii_bounds(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"),
            ascii_bounds(r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b"),
            ascii_bounds(r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b"),
            r"^\d{4}\s?[A-Z]{2}\s+\p{Lu}".to_string(),
            r"^(?:[A-Z]-)?\d{4,5}\s+\p{Lu}\p{L}+".into(),
            // "…, 1040 Brussels", "…, 30100 Alès"; not a year ("Dec 13, 2019 The …").
            r",\s*(?:[A-Z]-)?(?:\d{5}|(?:1[0-8]|2[1-9]|[3-9]\d)\d{2})\s+\p{Lu}\p{L}+".into(),
            // country at the end of a short line
            r"(?i),\s*(?:usa|u\.s\.a\.|united states(?: of america)?|uk|united kingdom|england|scotland|wales|ireland|canada|australia|new zealand|india|singapore|germany|deutschland|france|spain|españa|italy|italia|portugal|brazil|brasil|netherlands|nederland|belgium|belgique|switzerland|schweiz|suisse|austria|österreich|west indies|barbados|jamaica)\.?$".into(),
        ])
        .unwrap_or_else(|e| panic!("built-in address patterns do not compile: {e}")),
        name_role: build(
            r"^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*[,|–—-]\s*(?i:(?:senior\s+|chief\s+|staff\s+|contributing\s+|deputy\s+|associate\s+)?(?:[a-z]+\s+){0,2}(?:writer|reporter|correspondent|editor|contributor|columnist|journalist))\s*$",
            false,
        ),
        phone: build(
            r"(?:^|[\s:(])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,3}\b",
            false,
        ),
        agency: build(
            r"\b(?:getty\s+images|getty|shutterstock|istock(?:photo)?|alamy|associated\s+press|ap\s+photo|afp|epa(?:-efe)?|unsplash|pexels|pixabay|wikimedia\s+commons|reuters|press\s+association|pa\s+media|picture\s+alliance|dpa)\b",
            true,
        ),
        dateline_word: build(
            &format!(
                r"^(?:{}|{}|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|janv|févr|fév|avr|juil|sept|déc|mär|okt|dez|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|dez|mrt|mei)\.|a\.m\.|p\.m\.|\d{{1,4}}(?:st|nd|rd|th|er|e|\.)?|\d{{1,2}}[:.h]\d{{2}}(?:[:.]\d{{2}})?(?:am|pm|h)?|\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}|\d{{1,2}}[./-](?:jan|feb|fev|mar|apr|abr|mai|may|jun|jul|aug|ago|sep|set|oct|out|okt|nov|dec|dez|dic)[a-z]*\.?[./-]?\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}t[\d:.+z-]*)$",
                DATELINE_WORDS.join("|"),
                DATELINE_WORDS_NON_ASCII.join("|")
            ),
            true,
        ),
    }
});

/// What the rules know about the article being cleaned.
#[derive(Debug, Default)]
pub(crate) struct Context {
    /// The publication: the same for every article of a source and host.
    publication: std::sync::Arc<Publication>,
    /// The title, normalised for comparison.
    pub title: Option<String>,
    /// A searcher for the longest run of ASCII letters in the normalised title: a
    /// cheap way to rule out most lines before normalising them to compare.
    title_word: Option<memchr::memmem::Finder<'static>>,
    /// The author's names, normalised ("jane doe"; several when the front matter
    /// names several, "Jane Doe and John Roe").
    authors: Vec<String>,
}

/// What follows a publication's name in a source such as "Werkbank – Zeitung der …":
/// the kind of publication, in the seven languages.
const SELF_DESCRIPTIONS_AFTER_NAME: &[&str] = &[
    "zeitung",
    "magazin",
    "mitglieder",
    "newsletter",
    "blog",
    "bulletin",
    "journal",
    "magazine",
    "newspaper",
    "the magazine",
    "the newspaper",
    "the newsletter",
    "the journal",
    "the bulletin",
    "the blog",
    "revista",
    "la revista",
    "el boletín",
    "boletín",
    "el periódico",
    "periódico",
    "revue",
    "la revue",
    "le magazine",
    "le journal",
    "la lettre",
    "lettre",
    "rivista",
    "la rivista",
    "il giornale",
    "giornale",
    "il notiziario",
    "notiziario",
    "jornal",
    "o jornal",
    "a revista",
    "boletim",
    "o boletim",
    "krant",
    "de krant",
    "tijdschrift",
    "het tijdschrift",
    "nieuwsbrief",
    "de nieuwsbrief",
    "het blad",
    "ledenblad",
];

/// Articles that may open a source's name, in the seven languages.
const LEADING_ARTICLES: &[&str] = &[
    "the", "der", "die", "das", "le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli", "o",
    "os", "a", "as", "de", "het",
];

/// What the rules know about the publication an article comes from.
#[derive(Debug, Default)]
struct Publication {
    /// Lower-case names of the publication ("harbour courier", "ascendia founders").
    brands: Vec<String>,
    /// The publication's domain label, letters only ("harbourcourier").
    host_label: Option<String>,
    /// Searchers for the brands and the host label.
    names: Vec<memchr::memmem::Finder<'static>>,
    /// Identifies the brands and host label, on which a line's evidence depends
    /// (besides the title and author): articles that share them share remembered
    /// evidence.
    memo_seed: u64,
}

/// Publications by source and host.
type Publications =
    rustc_hash::FxHashMap<(Option<String>, Option<String>), std::sync::Arc<Publication>>;

thread_local! {
    /// Publications already seen by this thread: building the searchers for every
    /// article cost as much as cleaning a few of its lines.
    static PUBLICATIONS: std::cell::RefCell<Publications> = std::cell::RefCell::default();
}

/// At most this many publications are remembered per thread (then it starts afresh).
const PUBLICATIONS_CAPACITY: usize = 1024;

impl Context {
    pub fn new(source: Option<&str>, host: Option<&str>, title: Option<&str>) -> Context {
        let publication = PUBLICATIONS.with_borrow_mut(|known| {
            let key = (source.map(str::to_string), host.map(str::to_string));
            if let Some(p) = known.get(&key) {
                return p.clone();
            }
            if known.len() >= PUBLICATIONS_CAPACITY {
                known.clear();
            }
            let p = std::sync::Arc::new(Publication::new(source, host));
            known.insert(key, p.clone());
            p
        });
        let title = title.map(|t| {
            let mut s = String::new();
            line::normalise(line::label(t), &mut s);
            s
        });
        let title = title.filter(|t| !t.is_empty());
        let title_word = title.as_deref().and_then(|t| {
            t.split(|c: char| !c.is_ascii_lowercase())
                .max_by_key(|w| w.len())
                .filter(|w| !w.is_empty())
                .map(|w| memchr::memmem::Finder::new(w.as_bytes()).into_owned())
        });
        Context {
            publication,
            title,
            title_word,
            authors: Vec::new(),
        }
    }
}

impl Publication {
    fn new(source: Option<&str>, host: Option<&str>) -> Publication {
        let mut brands = Vec::new();
        if let Some(src) = source.map(str::trim).filter(|s| !s.is_empty()) {
            let lower = src.to_lowercase();
            let lower = lower.strip_prefix("the ").unwrap_or(&lower).to_string();
            let mut words: Vec<&str> = lower.split_whitespace().collect();
            while words.len() > 1 && words.last().is_some_and(|w| GENERIC_NAME_WORDS.contains(w)) {
                words.pop();
            }
            // A one-word core ("example" of "Example Media") is too likely to be an
            // ordinary word; keep the full name then.
            let core = words.join(" ");
            if words.len() >= 2 && core != lower {
                brands.push(core);
            }
            // Without a leading generic word: "Tierra Adentro" of "Diario Tierra
            // Adentro", as the paper calls itself in its own lines.
            if words.len() >= 3 && LEADING_NAME_WORDS.contains(&words[0]) {
                brands.push(words[1..].join(" "));
            }
            if lower.len() >= 4 {
                brands.push(lower.clone());
            }
            // The name before a dash, a bar, a colon or a comma, when what follows
            // says what it is: "Werkbank" of "Werkbank – Zeitung der
            // Metallgewerkschaft Süd", "Cuídate" of "Cuídate, la revista de Salvia
            // Salud" (not "Health" of "Health – BBC News", "Reuters" of "Reuters,
            // London"). One word needs six letters; an article never opens it.
            if let Some((head, what)) = lower.split_once([':', ',', '|', '–', '—']) {
                let head = head.trim();
                let what = what.trim_start();
                let first_word = head.split(' ').next().unwrap_or(head);
                let long_enough = if head.contains(' ') {
                    head.chars().count() >= 5
                } else {
                    head.chars().count() >= 6
                };
                let described = SELF_DESCRIPTIONS_AFTER_NAME
                    .iter()
                    .any(|d| what.starts_with(d));
                if long_enough
                    && described
                    && !LEADING_ARTICLES.contains(&first_word)
                    && !GENERIC_NAME_WORDS.contains(&head)
                    && !brands.iter().any(|b| b == head)
                {
                    brands.push(head.to_string());
                }
            }
        }
        let host_label = host.and_then(|h| {
            let parts: Vec<&str> = h.split('.').collect();
            // The registrable label: "harbourcourier" in harbourcourier.co.uk.
            let label = match parts.len() {
                0 | 1 => parts.first().copied(),
                n if n >= 3 && parts[n - 2].len() <= 3 => parts.get(n - 3).copied(),
                n => parts.get(n - 2).copied(),
            }?;
            let label: String = label.chars().filter(|c| c.is_alphanumeric()).collect();
            (label.len() >= 6).then_some(label)
        });
        // The words of the source that spell the domain are the name the paper goes
        // by: "Salvia Salud" of "Cuídate, la revista de Salvia Salud" at salviasalud.es.
        if let (Some(label), Some(src)) = (&host_label, source) {
            let lower = src.to_lowercase();
            let words: Vec<&str> = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            for i in 0..words.len() {
                let mut spelled = String::new();
                for j in i..words.len() {
                    spelled.push_str(words[j]);
                    if spelled.len() >= label.len() {
                        let name = words[i..=j].join(" ");
                        // Not from an article: "The Local" at thelocal.de would make
                        // "the local council" the paper's name.
                        let article = LEADING_ARTICLES.contains(&words[i]);
                        if j > i && !article && spelled == *label && !brands.contains(&name) {
                            brands.push(name);
                        }
                        break;
                    }
                }
            }
        }
        let names = brands
            .iter()
            .chain(&host_label)
            .map(|n| memchr::memmem::Finder::new(n.as_bytes()).into_owned())
            .collect();
        let mut id = brands.join("\n");
        id.push('\0');
        id.push_str(host_label.as_deref().unwrap_or(""));
        let memo_seed = xxhash_rust::xxh3::xxh3_64(id.as_bytes());
        Publication {
            brands,
            host_label,
            names,
            memo_seed,
        }
    }
}

impl Context {
    /// The same, knowing the article's author.
    pub fn with_author(mut self, author: Option<&str>) -> Context {
        let mut norm = String::new();
        self.authors = author
            .into_iter()
            .flat_map(|a| a.split([',', '&', ';']))
            .flat_map(|a| a.split(" and "))
            .filter_map(|a| {
                line::normalise(line::label(a), &mut norm);
                // A name has a letter; "and others" or a bare initial says little.
                (norm.chars().filter(|c| c.is_alphabetic()).count() >= 4).then(|| norm.clone())
            })
            .collect();
        self
    }
}

/// Buffers `detect` reuses from line to line, and the evidence of lines seen before.
#[derive(Default)]
struct Scratch {
    lower: String,
    starts: Vec<usize>,
    normalised: String,
    memo: Memo,
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// What cleaning found on lines already seen by this thread: each line's shape and
/// its evidence. Publishers repeat lines from article to article (the footer, the
/// share bar, "## Background"), and both depend only on the line and the publication
/// (`Context::memo_seed`), apart from the article's own evidence (its title or author
/// on a line), which is checked every time. Keyed by a 128-bit hash of both (XXH3): two different lines share a key with
/// a chance of about 2^-128 per pair, far below any hardware fault, so the line
/// itself is not kept to compare.
#[derive(Default)]
struct Memo {
    entries: rustc_hash::FxHashMap<u128, MemoEntry>,
}

struct MemoEntry {
    shape: line::Shape,
    hits: Vec<Hit>,
}

/// Only short lines are remembered: boilerplate is short, and a paragraph is rarely
/// repeated (remembering every one would only churn the memo). Longer lines, in
/// bytes, are not even looked up: at 30 words or fewer almost every line is shorter.
const MEMO_MAX_LINE_BYTES: usize = 200;
/// Remembered lines per thread; the memo starts afresh when full, which bounds its
/// memory (about 2 MiB per thread) however many articles are cleaned. Larger memos
/// were no faster on the benchmark corpus: the lines worth remembering recur soon.
const MEMO_CAPACITY: usize = 1 << 13;

/// Compile the pattern sets every line needs (not the patterns only some lines need,
/// which compile on first use). Otherwise the first line cleaned compiles them, while
/// every other thread that reaches a line waits.
pub(crate) fn prepare() {
    LazyLock::force(&COMPILED);
}

/// Compile every pattern now, in parallel, rather than each on first use.
pub(crate) fn compile_all() {
    use rayon::prelude::*;
    let c = &*COMPILED;
    (0..PATTERNS.len()).into_par_iter().for_each(|i| {
        c.pat(i);
    });
}

/// Empty this thread's memo, so the next lines are judged as in a fresh process.
pub(crate) fn forget_seen_lines() {
    SCRATCH.with_borrow_mut(|scratch| scratch.memo = Memo::default());
}

/// The lines of `body`, and the evidence the families find on each.
pub(crate) fn split_and_detect<'a>(body: &'a str, ctx: &Context) -> (Vec<Line<'a>>, Vec<Vec<Hit>>) {
    SCRATCH.with_borrow_mut(|scratch| {
        let n = memchr::memchr_iter(b'\n', body.as_bytes()).count() + 1;
        let mut lines = Vec::with_capacity(n);
        let mut hits = Vec::with_capacity(n);
        line::for_each_line(body, |raw, code| {
            if code {
                lines.push(line::code_line(raw));
                hits.push(Vec::new());
                return;
            }
            let (l, mut h) = analyse_remembered(raw, ctx, scratch);
            detect_article_specific(&l, ctx, scratch, &mut h);
            lines.push(l);
            hits.push(h);
        });
        (lines, hits)
    })
}

/// A line's shape and evidence (all but the article's own, `detect_article_specific`),
/// from the memo when this thread has seen the line before for the same publication.
fn analyse_remembered<'a>(
    raw: &'a str,
    ctx: &Context,
    scratch: &mut Scratch,
) -> (Line<'a>, Vec<Hit>) {
    if raw.len() > MEMO_MAX_LINE_BYTES {
        let l = line::analyse(raw);
        let hits = detect_with(&l, ctx, scratch);
        return (l, hits);
    }
    let key = xxhash_rust::xxh3::xxh3_128_with_seed(raw.as_bytes(), ctx.publication.memo_seed);
    if let Some(e) = scratch.memo.entries.get(&key) {
        return (e.shape.line(raw), e.hits.clone());
    }
    let l = line::analyse(raw);
    let hits = detect_with(&l, ctx, scratch);
    if l.words <= SHORT_WORDS {
        let entries = &mut scratch.memo.entries;
        if entries.len() >= MEMO_CAPACITY {
            entries.clear();
        }
        entries.insert(
            key,
            MemoEntry {
                shape: line::Shape::of(&l),
                hits: hits.clone(),
            },
        );
    }
    (l, hits)
}

/// The line opens with a quotation that the sentence goes on to discuss ("« L'abus
/// d'alcool est dangereux … » devra apparaître dès la première image"): the quoted
/// words are the story's subject, not the page's own.
fn opens_with_discussed_quotation(text: &str, spans: &[(usize, usize)]) -> bool {
    let start = text.len() - text.trim_start().len();
    spans.first().is_some_and(|&(s, e)| {
        s == start
            && text[e..]
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .nth(2)
                .is_some()
    })
}

/// Opens with a step's number: "2. …", "3) …", "Step 4: …", "Schritt 2 – …".
fn numbered(text: &str) -> bool {
    let t = text.trim_start();
    let t = [
        "step ", "schritt ", "étape ", "etape ", "paso ", "passo ", "stap ",
    ]
    .iter()
    .find_map(|w| {
        t.get(..w.len())
            .filter(|h| h.eq_ignore_ascii_case(w))
            .map(|_| &t[w.len()..])
    })
    .unwrap_or(t);
    let stepped = t.len() < text.trim_start().len();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    // "30 Tage gratis testen" is a count, not a step: after a bare number, a mark.
    (1..=2).contains(&digits)
        && if stepped {
            t[digits..].starts_with(['.', ')', ':', ' ', '–', '—', '-'])
        } else {
            t[digits..].starts_with(['.', ')', ':'])
        }
}

/// All evidence the families find on one line.
#[cfg(test)]
pub(crate) fn detect(l: &Line, ctx: &Context) -> Vec<Hit> {
    SCRATCH.with_borrow_mut(|scratch| {
        let mut hits = detect_with(l, ctx, scratch);
        detect_article_specific(l, ctx, scratch, &mut hits);
        hits
    })
}

fn detect_with(l: &Line, ctx: &Context, scratch: &mut Scratch) -> Vec<Hit> {
    let mut hits = Vec::new();
    match l.kind {
        Kind::Blank | Kind::Code => return hits,
        Kind::Rule => {
            hits.push(Hit {
                family: F::Separator,
                weight: 1,
                matched: String::new(),
                intro: false,
            });
            return hits;
        }
        // Nothing left once the Markdown is stripped (a bare `>` of a block quote, an
        // empty heading): no family can match nothing.
        _ if l.text.is_empty() => return hits,
        _ => {}
    }
    let c = &*COMPILED;
    let text: &str = &l.text;
    let words = l.words;
    // Pattern `i` found `matched` with this weight: keep the strongest hit per family.
    let push_at = |hits: &mut Vec<Hit>, i: usize, weight: u8, matched: &str| {
        let p = &PATTERNS[i];
        if !hits
            .iter()
            .any(|h: &Hit| h.family == p.family && h.weight >= weight)
        {
            hits.retain(|h| h.family != p.family);
            hits.push(Hit {
                family: p.family,
                weight,
                matched: matched.to_string(),
                intro: p.intro,
            });
        }
    };
    let push = |hits: &mut Vec<Hit>, i: usize, matched: &str| {
        let p = &PATTERNS[i];
        // A list item or heading worded like a call to action ("- Subscribe to the
        // council's flood alerts") is advice in an article unless something else
        // says otherwise: weak, not strong.
        // A numbered heading ("## 2. Suscríbase a las alertas de inundación") is a
        // step of the article's own list, whatever its verb.
        let numbered_step = l.kind == Kind::Heading && numbered(text);
        let weight = if (p.needs_object && l.structural())
            || (numbered_step
                && matches!(
                    p.family,
                    F::CallToAction | F::Newsletter | F::Appeal | F::Access
                )) {
            p.weight.min(2)
        } else {
            p.weight
        };
        push_at(hits, i, weight, matched);
    };

    // Whole-line labels.
    let lab = line::label(text);
    if !lab.is_empty() && lab.len() <= 120 {
        // `is_match` first: most lines match nothing, and it stops early.
        let mut found: Vec<usize> = if c.whole.is_match(lab) {
            c.whole.matches(lab).into_iter().collect()
        } else {
            Vec::new()
        };
        // A bilingual label ("Mwyaf poblogaidd / Most read", "Partager / Share"): each
        // language on its own.
        if found.is_empty() && lab.contains(" / ") {
            found = lab
                .split(" / ")
                .map(line::label)
                .filter(|part| c.whole.is_match(part))
                .flat_map(|part| c.whole.matches(part).into_iter())
                .collect();
        }
        // A heading of one word that names comments ("## Reacties", "## Kommentare")
        // may head the reactions quoted in the article: weak, unless more says so.
        let one_word_heading = l.kind == Kind::Heading && !lab.contains(char::is_whitespace);
        for k in found {
            let i = c.whole_idx[k];
            if (one_word_heading && matches!(PATTERNS[i].family, F::Comments | F::Listen))
                || (l.kind == Kind::Heading
                    && PATTERNS[i].family == F::Related
                    && free_text_heading(lab))
            {
                push_at(&mut hits, i, PATTERNS[i].weight.min(2), lab);
            } else {
                push(&mut hits, i, lab);
            }
        }
    }
    // Line-start patterns at offset 0; sentence-start patterns at the start of the
    // first sentence always, of later ones in short lines, never inside a quotation.
    // Lower-cased with a leading space, so a gate like " our " also matches at the
    // start of the line (and not inside "four" or "your").
    let Scratch { lower, starts, .. } = scratch;
    lower.clear();
    lower.push(' ');
    lower.push_str(text);
    lower.make_ascii_lowercase();
    let lower = &*lower;
    let spans = std::cell::OnceCell::new();
    let spans = || spans.get_or_init(|| line::quoted_spans(text));
    // A quotation followed only by its source is someone's words (`quotation_with_source`).
    let with_source = line::quotation_with_source(text);
    starts.clear();
    if words <= SHORT_WORDS {
        line::segment_starts(text, starts);
    } else {
        starts.push(0);
    }
    for &s in starts.iter() {
        if s > 0 && line::in_spans(spans(), s) {
            continue;
        }
        // A line may open with a dash or bullet: "— With reporting by …".
        let rest = text[s..].trim_start_matches(|c: char| {
            matches!(
                c,
                '—' | '–'
                    | '-'
                    | '•'
                    | '*'
                    | '|'
                    | '>'
                    | '~'
                    | ' '
                    | '['
                    | '←'
                    | '→'
                    | '▶'
                    | '►'
                    | '‹'
                    | '«'
            ) || line::is_pictograph(c)
                || is_arrow_bullet(c)
        });
        // One set holds the line-start and sentence-start patterns; past the first
        // sentence only the sentence-start ones count.
        let found: Vec<usize> = if c.first.is_match(rest) {
            c.first.matches(rest).into_iter().collect()
        } else {
            Vec::new()
        };
        for k in found {
            let i = c.first_idx[k];
            let p = &PATTERNS[i];
            if words > p.max_words || (s > 0 && p.mode != Start) {
                continue;
            }
            let Some(m) = c.pat(i).find(rest) else {
                continue;
            };
            if p.needs_object && !has_object(rest, ctx) {
                continue;
            }
            // A call to action opening a long sentence that names nothing to act on
            // (no us, no newsletter, no link) is more likely quoted in the story:
            // "Subscribe now and save 20% was the brewery's own slogan …".
            if p.family == F::CallToAction
                && !p.needs_object
                && words >= line::LONG_LINE_WORDS
                && !has_object(rest, ctx)
            {
                push_at(&mut hits, i, 1, shown(rest, m.end(), false));
                continue;
            }
            // A call to action opening a long sentence that goes on past a semicolon,
            // and does not speak for the publication (no "our", no "us"), is advice in
            // the story: "Sign up for the free district text alerts if you grow under
            // glass …; the national app still lumps Pellworth in with the lowlands …".
            if p.family == F::CallToAction
                && words >= 35
                && rest.contains(';')
                && !has_word_from(rest, &[OWN_WORDS, WE_WORDS])
            {
                push_at(&mut hits, i, 1, shown(rest, m.end(), p.needs_object));
                continue;
            }
            // "Follow the tide tables, not the weather app. The sea doesn't read the
            // forecast. And keep …": advice opening a paragraph of the article.
            if p.needs_object && is_paragraph(l) {
                push_at(&mut hits, i, 1, shown(rest, m.end(), true));
                continue;
            }
            // "Scarica l'app "Segnala Roccaferrata" …": the app or newsletter is named,
            // and the name is not the publication's: someone else's, as a story
            // reports it.
            if p.family == F::CallToAction
                && (names_someone_elses(&rest[m.end()..], ctx)
                    || someone_elses_object(&rest[..m.end()], &rest[m.end()..], ctx))
            {
                push_at(&mut hits, i, 1, shown(rest, m.end(), false));
                continue;
            }
            // "Download figures for the app have doubled, according to the company",
            // "Forward-looking statements in the update were misleading, the
            // regulator said", "Siga-nos na Estrada é o nome do novo programa":
            // the words are the subject of a sentence that reports or names them.
            if matches!(
                p.family,
                F::CallToAction
                    | F::Disclaimer
                    | F::Newsletter
                    | F::Access
                    | F::Appeal
                    | F::OrgVoice
                    | F::FirstAppeared
                    | F::Cookie
                    | F::Comments
            ) && (reports_speech(l, lower)
                || is_named(&rest[m.end()..])
                || with_source
                || (s == 0 && opens_with_discussed_quotation(text, spans())))
            {
                push_at(&mut hits, i, 1, shown(rest, m.end(), p.needs_object));
                continue;
            }
            push(&mut hits, i, shown(rest, m.end(), p.needs_object));
        }
    }
    // Anywhere patterns (short lines only, outside quotations), behind their gates.
    // In a short line one pass finds every gate needle, for them and the shape checks.
    let short = words <= GATE_SET_WORDS;
    let found = if short {
        c.needles(lower)
    } else {
        Needles::default()
    };
    let needles = found.gates;
    // Patterns that open with a name ("Jane Doe writes …") need two capitalised words.
    let named = std::cell::OnceCell::new();
    // The whole line is one quotation: a promo blurb pasted in quotation marks can be
    // long; an appeal in quotation marks is someone's words.
    let quoted = line::wholly_quoted(text);
    let blurb = words <= 120 && quoted;
    for &i in &c.anywhere_idx {
        let p = &PATTERNS[i];
        if words > p.max_words && !(p.quoted_ok && blurb) {
            continue;
        }
        let open = p.gate.is_empty()
            || if short {
                needles.meets(&c.gates[i])
            } else {
                c.gate_finders[i]
                    .iter()
                    .any(|f| f.find(lower.as_bytes()).is_some())
            };
        if !open || (c.opens_with_name[i] && !*named.get_or_init(|| opens_with_name(text))) {
            continue;
        }
        let re = c.pat(i);
        let found = if p.mode == LineStart {
            re.find(text).filter(|m| m.start() == 0)
        } else {
            re.find_iter(text)
                .find(|m| (p.quoted_ok && blurb) || !line::in_spans(spans(), m.start()))
        };
        if let Some(m) = found {
            // A symbol deep inside a sentence-like line is part of the sentence.
            if p.lead && l.prose && text[..m.start()].split_whitespace().nth(1).is_some() {
                push_at(&mut hits, i, 1, m.as_str());
            } else {
                push(&mut hits, i, m.as_str());
            }
        }
    }

    detect_byline(l, c, needles, &mut hits);
    detect_shapes(l, c, ctx, lower, found, quoted || with_source, &mut hits);
    rights_formula_in_a_sentence(l, &mut hits);
    rights_asked_or_discussed(l, &mut hits);
    // A call to action or a pitch in a sentence that reports someone's advice
    // ("Abonnieren Sie den Newsletter der Gemeinde, rät die Verwaltung allen Pendlern
    // …") is the story's, wherever in the sentence its words are.
    let pitch = |h: &Hit| {
        matches!(
            h.family,
            F::CallToAction | F::Newsletter | F::Appeal | F::Access
        )
    };
    if l.prose && words >= 20 && hits.iter().any(pitch) && reports_speech(l, lower) {
        for h in hits.iter_mut().filter(|h| pitch(h)) {
            h.weight = h.weight.min(1);
        }
    }
    // "Sign up to our newsletter to continue — the pop-up's heading — blocked the
    // page …": the sentence names what it quotes in an aside; its words are
    // evidence of nothing.
    if !hits.is_empty() && l.prose && words >= 10 && aside_names_a_quotation(text) {
        hits.clear();
    }
    // A credit is short: in a paragraph of 30 words or more ("Photo: Getty Images.
    // Photo: Reuters. … The caption strips run floor to ceiling …") the story quotes
    // credits.
    if l.prose && words >= 30 {
        for h in hits.iter_mut().filter(|h| h.family == F::ImageCredit) {
            h.weight = h.weight.min(1);
        }
    }
    hits
}

#[cfg(test)]
mod tests;

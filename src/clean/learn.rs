//! Boilerplate learned from repetition: a publisher's footer recurs, its articles do not.
//!
//! Each line is normalised (case, whitespace, digits, URLs, quotes and dashes) and
//! hashed together with the article's *source key*; the table keeps, per hash, how many
//! distinct articles of that source contain the line. Lines seen in one article only
//! are dropped after learning, so memory stays proportional to the boilerplate.
//! Identical bodies (the same article pasted twice) count once.

use std::collections::HashMap;

use rustc_hash::{FxHashMap, FxHashSet};

use rayon::prelude::*;

use super::line;
use super::SourceContext;

/// Boilerplate learned from repetition across the site; build it with [`learn`](super::learn).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Learned {
    /// hash(source key, normalised line) → number of distinct articles containing it (≥ 2).
    /// Keys are hashes already: Fx mixes them with one multiplication.
    counts: FxHashMap<u64, u32>,
    /// Source key → how to name the source in explanations.
    names: HashMap<String, String>,
}

/// Lower-cased `source`, else the `source_url` host without `www.`.
pub(crate) fn source_key(ctx: &SourceContext) -> Option<String> {
    if let Some(s) = ctx.source.map(str::trim).filter(|s| !s.is_empty()) {
        // Every article computes its key: the ASCII case skips decoding characters.
        return Some(if s.is_ascii() {
            s.to_ascii_lowercase()
        } else {
            s.to_lowercase()
        });
    }
    host(ctx.source_url)
}

/// The lower-cased host of a URL, without `www.` or a port.
pub(crate) fn host(url: Option<&str>) -> Option<String> {
    let url = url?.trim();
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split(['/', '?', '#']).next()?;
    let authority = authority.rsplit('@').next()?;
    let h = authority.split(':').next()?.to_lowercase();
    let h = h.strip_prefix("www.").map(str::to_string).unwrap_or(h);
    (!h.is_empty() && h.contains('.')).then_some(h)
}

/// A fast, deterministic 64-bit hash of the source key and the normalised line: XXH3
/// (vectorised, so long lines cost little), the line seeded with the key's hash.
/// Collisions only risk treating a line as repeated, which alone never removes a
/// sentence.
fn key_hash(key: &str, norm: &str) -> u64 {
    use xxhash_rust::xxh3::{xxh3_64, xxh3_64_with_seed};
    xxh3_64_with_seed(norm.as_bytes(), xxh3_64(key.as_bytes()))
}

/// Too little to be worth remembering: blank, code, or a couple of characters.
fn learnable(norm: &str) -> bool {
    norm.chars()
        .filter(|c| c.is_alphanumeric())
        .nth(2)
        .is_some()
}

/// One article's contribution to learning: its publisher key, the hash of its whole
/// body (identical pastes count once), and the hashes of its learnable lines.
fn contribution(ctx: &SourceContext, body: &str) -> Option<(String, u64, Vec<u64>)> {
    let key = source_key(ctx)?;
    let mut norm = String::new();
    let mut lines: Vec<u64> = Vec::new();
    line::for_each_text(body, |text| {
        line::normalise(text, &mut norm);
        if learnable(&norm) {
            lines.push(key_hash(&key, &norm));
        }
    });
    lines.sort_unstable();
    lines.dedup();
    let body_hash = key_hash(&key, body.trim());
    Some((key, body_hash, lines))
}

/// Line counts of one publisher kept between edits, so that what is learned can be
/// updated one article at a time (the preview) instead of re-reading every article.
/// `learned()` equals `Learned::build` over the same articles, up to the display name.
#[derive(Debug, Clone, Default)]
pub struct LearnCounts {
    /// Every line hash → in how many distinct bodies it occurs (ones included).
    counts: FxHashMap<u64, u32>,
    /// Body hash → how many articles have exactly that body.
    bodies: FxHashMap<u64, u32>,
    names: HashMap<String, String>,
}

impl LearnCounts {
    /// Count one article in.
    pub fn add(&mut self, ctx: &SourceContext, body: &str) {
        let Some((key, body_hash, lines)) = contribution(ctx, body) else {
            return;
        };
        let copies = self.bodies.entry(body_hash).or_insert(0);
        *copies += 1;
        if *copies == 1 {
            for h in lines {
                *self.counts.entry(h).or_insert(0) += 1;
            }
        }
        self.names.entry(key).or_insert_with(|| display_name(ctx));
    }

    /// Count one article out (it must have been added with the same body).
    pub fn remove(&mut self, ctx: &SourceContext, body: &str) {
        let Some((_, body_hash, lines)) = contribution(ctx, body) else {
            return;
        };
        let Some(copies) = self.bodies.get_mut(&body_hash) else {
            return;
        };
        *copies -= 1;
        if *copies == 0 {
            self.bodies.remove(&body_hash);
            for h in lines {
                if let Some(n) = self.counts.get_mut(&h) {
                    *n -= 1;
                    if *n == 0 {
                        self.counts.remove(&h);
                    }
                }
            }
        }
    }

    /// What these counts teach: the lines seen in at least two articles.
    pub fn learned(&self) -> Learned {
        Learned {
            counts: self
                .counts
                .iter()
                .filter(|(_, &n)| n >= 2)
                .map(|(&h, &n)| (h, n))
                .collect(),
            names: self.names.clone(),
        }
    }
}

fn display_name(ctx: &SourceContext) -> String {
    ctx.source
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .or_else(|| host(ctx.source_url))
        .unwrap_or_default()
}

impl Learned {
    /// Whether two learned tables remove the same lines (display names aside).
    pub fn same_lines(&self, other: &Learned) -> bool {
        self.counts == other.counts
    }

    pub(crate) fn build<'a>(
        bodies: impl IntoIterator<Item = (SourceContext<'a>, &'a str)>,
    ) -> Learned {
        let items: Vec<(SourceContext<'a>, &'a str)> = bodies.into_iter().collect();
        // Hash every article's lines in parallel; counting is a cheap merge.
        let hashed: Vec<Option<(String, u64, Vec<u64>)>> = items
            .par_iter()
            .map(|(ctx, body)| contribution(ctx, body))
            .collect();
        let mut names = HashMap::new();
        let mut seen_bodies: FxHashSet<u64> = FxHashSet::default();
        let total = hashed
            .iter()
            .flatten()
            .map(|(_, _, lines)| lines.len())
            .sum();
        let mut all: Vec<u64> = Vec::with_capacity(total);
        for ((ctx, _), h) in items.iter().zip(hashed) {
            let Some((key, body_hash, lines)) = h else {
                continue;
            };
            // The same body pasted twice counts once.
            if !seen_bodies.insert(body_hash) {
                continue;
            }
            all.extend(lines);
            names.entry(key).or_insert_with(|| display_name(ctx));
        }
        // Each article lists a line once, so a run of equal hashes in the sorted list is
        // the number of articles with that line. Sorting one flat list is cheaper than
        // counting every line in a table: most lines occur once, and the table would
        // hold them all.
        all.sort_unstable();
        let counts: FxHashMap<u64, u32> = all
            .chunk_by(|a, b| a == b)
            .filter(|run| run.len() >= 2)
            .map(|run| (run[0], run.len() as u32))
            .collect();
        Learned { counts, names }
    }

    /// In how many articles of this source the line occurs (0 when unknown or unique).
    pub(crate) fn count(&self, key: &str, text: &str, buf: &mut String) -> u32 {
        if self.counts.is_empty() {
            return 0;
        }
        line::normalise(text, buf);
        if !learnable(buf) {
            return 0;
        }
        self.counts.get(&key_hash(key, buf)).copied().unwrap_or(0)
    }

    pub(crate) fn name<'s>(&'s self, key: &'s str) -> &'s str {
        self.names.get(key).map_or(key, String::as_str)
    }

    /// Number of distinct repeated lines remembered (for diagnostics and tests).
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(source: Option<&'static str>, url: Option<&'static str>) -> SourceContext<'static> {
        SourceContext {
            source,
            source_url: url,
            title: None,
            author: None,
        }
    }

    #[test]
    fn keys() {
        assert_eq!(
            source_key(&ctx(Some(" The Courier "), None)).as_deref(),
            Some("the courier")
        );
        assert_eq!(
            source_key(&ctx(Some(""), Some("https://www.Example.org:8080/a?b"))).as_deref(),
            Some("example.org")
        );
        assert_eq!(source_key(&ctx(None, None)), None);
    }

    #[test]
    fn counts_distinct_articles_per_source() {
        let a = "Body one.\n© 2024 Courier Ltd\nShared line";
        let b = "Body two.\n© 2025 Courier Ltd\nShared line\nShared line";
        let c = "Other body.\nShared line";
        let learned = Learned::build([
            (ctx(Some("Courier"), None), a),
            (ctx(Some("courier"), None), b),
            (ctx(Some("Courier"), None), b), // the same body again counts once
            (ctx(Some("Other"), None), c),
        ]);
        let mut buf = String::new();
        assert_eq!(learned.count("courier", "© 2023 Courier Ltd", &mut buf), 2);
        assert_eq!(learned.count("courier", "Shared line", &mut buf), 2);
        assert_eq!(learned.count("courier", "Body one.", &mut buf), 0);
        assert_eq!(learned.count("other", "Shared line", &mut buf), 0);
        assert_eq!(learned.name("courier"), "Courier");
    }
}

#[cfg(test)]
mod counts_tests {
    use super::*;

    #[test]
    fn counts_updated_one_article_at_a_time_equal_a_fresh_build() {
        let ctx = SourceContext {
            source: Some("Courier"),
            source_url: None,
            title: None,
            author: None,
        };
        let bodies = [
            "Story one.\n© 2025 Courier Ltd\nFollow us",
            "Story two.\n© 2025 Courier Ltd\nFollow us",
            "Story three.\nFollow us",
            "Story two.\n© 2025 Courier Ltd\nFollow us", // an identical paste
        ];
        let mut counts = LearnCounts::default();
        for b in bodies {
            counts.add(&ctx, b);
        }
        let fresh = Learned::build(bodies.iter().map(|b| (ctx, *b)));
        assert!(counts.learned().same_lines(&fresh));
        // Remove two, change one: still equal to building from what is left.
        counts.remove(&ctx, bodies[0]);
        counts.remove(&ctx, bodies[3]);
        counts.remove(&ctx, bodies[2]);
        counts.add(&ctx, "Story three, edited.\n© 2025 Courier Ltd");
        let left = [
            "Story two.\n© 2025 Courier Ltd\nFollow us",
            "Story three, edited.\n© 2025 Courier Ltd",
        ];
        let fresh = Learned::build(left.iter().map(|b| (ctx, *b)));
        assert!(counts.learned().same_lines(&fresh));
        assert!(!fresh.is_empty());
    }
}

//! Evaluation of the boilerplate cleaner against labelled sets, plus its properties.
//!
//! Scoring mirrors `cleaning-examples/score_cleaning.py`: the cleaned body (Markdown
//! markers stripped, as a rendered page would show it) is normalised (compatibility
//! characters, curly quotes, dashes, whitespace, case) and each labelled phrase counts
//! as present if it is a substring.
//!
//! * `tests/fixtures/cleaning-examples`: the dev set (copied in); must score 100 % / ≥ 98 %.
//! * `tests/fixtures/seedlike`: invented articles shaped like the seed; must be perfect.
//! * `../shared/seed-site` and `../shared/real-pastes`: read in place when present (they
//!   are third-party text and are never copied into the repository).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use briefing::clean::{self, CleanRules, Cleaned, CleaningConfig, Learned, SourceContext};

struct Article {
    slug: String,
    source: Option<String>,
    source_url: Option<String>,
    title: Option<String>,
    body: String,
}

impl Article {
    fn ctx(&self) -> SourceContext<'_> {
        SourceContext {
            source: self.source.as_deref(),
            source_url: self.source_url.as_deref(),
            title: self.title.as_deref(),
            author: None,
        }
    }
}

/// The text between the first two `---` lines is front matter; a tiny `key: value`
/// reader is enough for `source`, `source_url`, `title` and `slug`.
fn parse(path: &Path) -> Article {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut fields = BTreeMap::new();
    let mut body = text.as_str();
    if let Some(rest) = text.strip_prefix("---\n") {
        if let Some(end) = rest.find("\n---\n") {
            for line in rest[..end].lines() {
                if let Some((k, v)) = line.split_once(':') {
                    let v = v.trim().trim_matches('"').trim_matches('\'').to_string();
                    fields.insert(k.trim().to_string(), v);
                }
            }
            body = &rest[end + 5..];
        }
    }
    let get = |k: &str| fields.get(k).filter(|v| !v.is_empty()).cloned();
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Article {
        slug: get("slug").unwrap_or(stem),
        source: get("source"),
        source_url: get("source_url"),
        title: get("title"),
        body: body.to_string(),
    }
}

fn load_dir(dir: &Path) -> Vec<Article> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .collect();
    paths.sort();
    paths.iter().map(|p| parse(p)).collect()
}

type Labels = BTreeMap<String, BTreeMap<String, Vec<String>>>;

fn load_labels(path: &Path) -> Labels {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Like the scorer's `norm`: NFKC for the characters these sets use, curly quotes →
/// straight, dashes → '-', ellipsis → '...', invisible characters dropped, whitespace
/// collapsed, lower-cased.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '\u{b4}' => {
                out.push('\'')
            }
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}'
            | '\u{bb}' => out.push('"'),
            '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
            '\u{2026}' => out.push_str("..."),
            '\u{a0}' | '\u{202f}' | '\u{2009}' | '\u{3000}' => out.push(' '),
            '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{2063}' => {}
            'Ⓒ' | 'ⓒ' => out.push('c'),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            '\u{ff01}'..='\u{ff5e}' => out.push(char::from_u32(c as u32 - 0xfee0).unwrap_or(c)),
            _ => out.push(c),
        }
    }
    out.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// What a reader sees of a Markdown line: no heading/quote/list markers, no emphasis,
/// links reduced to their text.
fn visible(md: &str) -> String {
    let mut out = String::new();
    for line in md.lines() {
        let mut l = line.trim_start();
        loop {
            let before = l;
            l = l
                .trim_start_matches('#')
                .trim_start_matches('>')
                .trim_start();
            for bullet in ["- ", "* ", "+ "] {
                if let Some(r) = l.strip_prefix(bullet) {
                    l = r;
                }
            }
            if before == l {
                break;
            }
        }
        let mut s = String::new();
        let mut rest = l;
        while let Some(open) = rest.find('[') {
            let after = &rest[open..];
            let (Some(close), true) = (after.find("]("), true) else {
                break;
            };
            let Some(end) = after[close..].find(')') else {
                break;
            };
            s.push_str(&rest[..open]);
            s.push_str(after[1..close].trim_start_matches('!'));
            rest = &after[close + end + 1..];
        }
        s.push_str(rest);
        out.push_str(&s.replace("**", "").replace('*', ""));
        out.push('\n');
    }
    out
}

#[derive(Default)]
struct Score {
    body: usize,
    body_found: usize,
    bp: usize,
    bp_removed: usize,
    misses: Vec<String>,
}

impl Score {
    fn retention(&self) -> f64 {
        if self.body == 0 {
            1.0
        } else {
            self.body_found as f64 / self.body as f64
        }
    }
    fn removal(&self) -> f64 {
        if self.bp == 0 {
            1.0
        } else {
            self.bp_removed as f64 / self.bp as f64
        }
    }
    fn line(&self, name: &str) -> String {
        format!(
            "{name}: retention={:.3} removal={:.3} ({}/{} body, {}/{} boilerplate)",
            self.retention(),
            self.removal(),
            self.body_found,
            self.body,
            self.bp_removed,
            self.bp
        )
    }
}

fn learn_all(articles: &[Article]) -> Learned {
    clean::learn(articles.iter().map(|a| (a.ctx(), a.body.as_str())))
}

fn clean_all(articles: &[Article], rules: &CleanRules, learned: &Learned) -> Vec<Cleaned<'static>> {
    articles
        .iter()
        .map(|a| clean::clean(&a.body, &a.ctx(), rules, learned).into_owned())
        .collect()
}

fn score(articles: &[Article], cleaned: &[Cleaned], labels: &Labels) -> Score {
    let mut s = Score::default();
    for (a, c) in articles.iter().zip(cleaned) {
        let Some(lab) = labels.get(&a.slug) else {
            continue;
        };
        let text = norm(&visible(&c.body));
        for ph in lab.get("body").into_iter().flatten() {
            s.body += 1;
            if text.contains(&norm(ph)) {
                s.body_found += 1;
            } else {
                s.misses.push(format!("{}: body lost: {ph}", a.slug));
            }
        }
        for ph in lab.get("boilerplate").into_iter().flatten() {
            s.bp += 1;
            if text.contains(&norm(ph)) {
                s.misses.push(format!("{}: boilerplate kept: {ph}", a.slug));
            } else {
                s.bp_removed += 1;
            }
        }
    }
    s
}

fn evaluate(dir: &Path, content: &Path) -> (Score, Vec<Article>, Vec<Cleaned<'static>>) {
    let articles = load_dir(content);
    let labels = load_labels(&dir.join("labels.json"));
    let learned = learn_all(&articles);
    let cleaned = clean_all(&articles, &CleanRules::default(), &learned);
    (score(&articles, &cleaned, &labels), articles, cleaned)
}

/// CPU time of this thread in seconds (Linux), so timings hold on a busy machine;
/// wall-clock time elsewhere.
fn thread_cpu() -> f64 {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok())
        .map(|ns| ns / 1e9)
        .unwrap_or_else(|| START.get_or_init(Instant::now).elapsed().as_secs_f64())
}

fn fixture(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(p)
}

fn shared(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared")
        .join(p)
}

#[test]
fn dev_set_scores() {
    let dir = fixture("cleaning-examples");
    let (s, articles, cleaned) = evaluate(&dir, &dir.join("site/content"));
    for m in &s.misses {
        println!("  {m}");
    }
    println!("{}", s.line("dev set"));
    assert_eq!(articles.len(), 20);
    assert_eq!(
        s.retention(),
        1.0,
        "dev set lost body text: {:#?}",
        s.misses
    );
    assert!(
        s.removal() >= 0.98,
        "dev set removal {:.3}: {:#?}",
        s.removal(),
        s.misses
    );
    // Every removal explains itself.
    for c in &cleaned {
        for r in &c.removals {
            assert!(!r.reason.to_string().is_empty());
        }
    }
}

#[test]
fn seedlike_fixtures_are_perfect() {
    let dir = fixture("seedlike");
    let (s, articles, _) = evaluate(&dir, &dir.join("content"));
    println!("{}", s.line("seedlike"));
    assert!(articles.len() >= 2);
    assert!(s.misses.is_empty(), "{:#?}", s.misses);
}

#[test]
fn seed_site_when_present() {
    let dir = shared("seed-site");
    if !dir.join("labels.json").is_file() {
        println!("seed-site: not present, skipped");
        return;
    }
    let (s, _, _) = evaluate(&dir, &dir.join("content"));
    println!("{}", s.line("seed-site"));
    assert!(s.misses.is_empty(), "{:#?}", s.misses);
}

/// Measured on the real pastes: retention 0.995 (190/191; the one loss is "This post
/// originally appeared on …", which the dev set labels boilerplate), removal 0.667.
/// Retention may not regress; removal is reported only.
const REAL_RETENTION_FLOOR: f64 = 0.99;

#[test]
fn real_pastes_when_present() {
    let dir = shared("real-pastes");
    if !dir.join("labels.json").is_file() {
        println!("real-pastes: not present, skipped");
        return;
    }
    let (s, _, _) = evaluate(&dir, &dir.join("site/content"));
    for m in &s.misses {
        println!("  {m}");
    }
    println!("{}", s.line("real-pastes"));
    assert!(
        s.retention() >= REAL_RETENTION_FLOOR,
        "real-pastes retention regressed: {:.3}",
        s.retention()
    );
}

/// Cleaning a cleaned body removes nothing more, and bodies never grow.
#[test]
fn idempotent_and_never_grows() {
    let mut sets = vec![
        fixture("cleaning-examples/site/content"),
        fixture("seedlike/content"),
    ];
    sets.extend(
        [
            shared("real-pastes/site/content"),
            shared("seed-site/content"),
        ]
        .into_iter()
        .filter(|p| p.is_dir()),
    );
    for dir in sets {
        let articles = load_dir(&dir);
        let learned = learn_all(&articles);
        let rules = CleanRules::default();
        for a in &articles {
            let once = clean::clean(&a.body, &a.ctx(), &rules, &learned);
            assert!(once.body.len() <= a.body.len(), "{} grew", a.slug);
            let twice = clean::clean(&once.body, &a.ctx(), &rules, &learned);
            assert!(
                twice.removals.is_empty(),
                "{}: second pass removed {:#?}",
                a.slug,
                twice.removals
            );
            assert_eq!(twice.body, once.body, "{}", a.slug);
            // Kept lines are the original lines, in order.
            let mut originals = a.body.lines();
            for kept in once.body.lines() {
                assert!(
                    originals.any(|o| o == kept),
                    "{}: line changed or reordered: {kept:?}",
                    a.slug
                );
            }
        }
    }
}

#[test]
fn disabled_config_changes_nothing() {
    let dir = fixture("cleaning-examples/site/content");
    let articles = load_dir(&dir);
    let rules = CleanRules::compile(&CleaningConfig {
        enabled: false,
        ..Default::default()
    })
    .unwrap_or_default();
    for a in &articles {
        let c = clean::clean(&a.body, &a.ctx(), &rules, &Learned::default());
        assert_eq!(c.body, a.body);
        assert!(c.removals.is_empty());
    }
}

/// Per-article CPU time on the dev set (release builds: `cargo test --release --test
/// cleaner`).
#[test]
fn timing() {
    let dir = fixture("cleaning-examples/site/content");
    let articles = load_dir(&dir);
    let rules = CleanRules::default();
    let start = Instant::now();
    let learned = learn_all(&articles);
    let learn_time = start.elapsed();
    // Warm up the lazily compiled patterns.
    clean::clean(&articles[0].body, &articles[0].ctx(), &rules, &learned);
    let rounds: usize = std::env::var("CLEAN_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let words: usize = articles
        .iter()
        .map(|a| a.body.split_whitespace().count())
        .sum();
    // CPU time over all rounds (per-round intervals are below the clock's grain).
    let start = thread_cpu();
    for _ in 0..rounds {
        for a in &articles {
            std::hint::black_box(clean::clean(&a.body, &a.ctx(), &rules, &learned));
        }
    }
    let best = (thread_cpu() - start) / rounds as f64;
    let per_article = best / articles.len() as f64;
    let per_700 = best * 700.0 / words as f64;
    println!(
        "timing: {:.1} µs per article ({:.1} µs per 700 words), learn {:.1} µs for {} articles",
        per_article * 1e6,
        per_700 * 1e6,
        learn_time.as_secs_f64() * 1e6,
        articles.len()
    );
    if !cfg!(debug_assertions) {
        assert!(
            per_700 < 200e-6,
            "cleaning is too slow: {:.1} µs per 700 words",
            per_700 * 1e6
        );
    }
}

/// Debugging aid: `CLEAN_SHOW=path/to/article.md cargo test --test cleaner show -- --ignored --nocapture`
/// prints every removal with its reason (learning from the article's directory).
#[test]
#[ignore]
fn show() {
    let Ok(path) = std::env::var("CLEAN_SHOW") else {
        return;
    };
    let path = PathBuf::from(path);
    let dir = path.parent().unwrap_or(Path::new("."));
    let articles = load_dir(dir);
    let learned = learn_all(&articles);
    let a = parse(&path);
    let c = clean::clean(&a.body, &a.ctx(), &CleanRules::default(), &learned);
    for r in &c.removals {
        println!(
            "{:>4} {:<60} | {}",
            r.line,
            r.text.chars().take(60).collect::<String>(),
            r.reason
        );
    }
}

/// A 10,000-article corpus made from the dev set (each copy with its own first line,
/// spread over 500 sources): learning and cleaning it stays cheap. Debug builds use a
/// fifth of it.
#[test]
fn corpus_of_ten_thousand() {
    let dir = fixture("cleaning-examples/site/content");
    let base = load_dir(&dir);
    let n = if cfg!(debug_assertions) {
        2_000
    } else {
        10_000
    };
    let articles: Vec<Article> = (0..n)
        .map(|i| {
            let a = &base[i % base.len()];
            Article {
                slug: format!("{}-{i}", a.slug),
                source: a.source.as_ref().map(|s| format!("{s} {}", i % 500)),
                source_url: a.source_url.clone(),
                title: a.title.clone(),
                body: format!("Dispatch number {i} from the wire desk.\n\n{}", a.body),
            }
        })
        .collect();
    let rules = CleanRules::default();
    let start = Instant::now();
    let learned = learn_all(&articles);
    let learn_time = start.elapsed();
    let start = Instant::now();
    let removed: usize = articles
        .iter()
        .map(|a| {
            clean::clean(&a.body, &a.ctx(), &rules, &learned)
                .removals
                .len()
        })
        .sum();
    let clean_time = start.elapsed();
    println!(
        "corpus: {n} articles, {} repeated lines learned in {:.0} ms, cleaned in {:.0} ms on one thread ({removed} lines removed)",
        learned.len(),
        learn_time.as_secs_f64() * 1e3,
        clean_time.as_secs_f64() * 1e3
    );
    assert!(removed > n);
}

/// Debugging aid: list removed lines of at least `CLEAN_LONG` words across a set
/// (`CLEAN_SET=path/to/content`), to eyeball that no article sentence goes.
#[test]
#[ignore]
fn long_removals() {
    let Ok(dir) = std::env::var("CLEAN_SET") else {
        return;
    };
    let min: usize = std::env::var("CLEAN_LONG")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(15);
    let articles = load_dir(Path::new(&dir));
    let learned = learn_all(&articles);
    for a in &articles {
        let c = clean::clean(&a.body, &a.ctx(), &CleanRules::default(), &learned);
        for r in c
            .removals
            .iter()
            .filter(|r| r.text.split_whitespace().count() >= min)
        {
            println!(
                "{} {:>4} {} | {}",
                a.slug,
                r.line,
                r.text.chars().take(110).collect::<String>(),
                r.reason
            );
        }
    }
}

/// Debugging aid: write every cleaned body of `CLEAN_SET` to `CLEAN_OUT/<slug>.txt`, for
/// `score_cleaning.py SETDIR --text-dir CLEAN_OUT`.
#[test]
#[ignore]
fn dump_cleaned() {
    let (Ok(dir), Ok(out)) = (std::env::var("CLEAN_SET"), std::env::var("CLEAN_OUT")) else {
        return;
    };
    let articles = load_dir(Path::new(&dir));
    let learned = learn_all(&articles);
    for a in &articles {
        let c = clean::clean(&a.body, &a.ctx(), &CleanRules::default(), &learned);
        let text = format!("{}\n{}", a.title.as_deref().unwrap_or(""), visible(&c.body));
        std::fs::write(Path::new(&out).join(format!("{}.txt", a.slug)), text)
            .unwrap_or_else(|e| panic!("{out}: {e}"));
    }
}

/// Benchmark aid: `CLEAN_SET=dir cargo test --release --test cleaner bench_set -- --ignored --nocapture`
/// learns and cleans every article of a content folder (best of three rounds).
#[test]
#[ignore]
fn bench_set() {
    let Ok(dir) = std::env::var("CLEAN_SET") else {
        return;
    };
    let articles = load_dir(Path::new(&dir));
    let words: usize = articles
        .iter()
        .map(|a| a.body.split_whitespace().count())
        .sum();
    let rules = CleanRules::default();
    let (mut learn_best, mut clean_best) = (f64::MAX, f64::MAX);
    let mut removed = 0;
    for _ in 0..3 {
        let start = Instant::now();
        let learned = learn_all(&articles);
        learn_best = learn_best.min(start.elapsed().as_secs_f64());
        let start = thread_cpu();
        removed = articles
            .iter()
            .map(|a| {
                clean::clean(&a.body, &a.ctx(), &rules, &learned)
                    .removals
                    .len()
            })
            .sum::<usize>();
        clean_best = clean_best.min(thread_cpu() - start);
    }
    println!(
        "bench: {} articles, {:.0} words each; learn {:.1} ms, clean {:.1} ms ({:.1} µs per article, {:.1} µs per 700 words); {removed} lines removed",
        articles.len(),
        words as f64 / articles.len() as f64,
        learn_best * 1e3,
        clean_best * 1e3,
        clean_best * 1e6 / articles.len() as f64,
        clean_best * 1e6 * 700.0 / words as f64
    );
}

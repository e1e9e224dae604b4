//! Micro-benchmarks of the per-article pipeline, on articles from the benchmark corpus
//! generator (`examples/gen_corpus.rs`, included below), so they are deterministic.
//!
//! ```sh
//! cargo bench --bench pipeline                 # all of them
//! cargo bench --bench pipeline -- --quick      # faster, less precise
//! cargo bench --bench pipeline -- clean/       # only the cleaner
//! ```
//!
//! - `clean/learn+clean_one`: learn from one article, then clean it (a site of one).
//! - `clean/clean_one`: clean one article with the boilerplate learned from 240 articles
//!   of the corpus (20 per publisher on average), as in a real build, with nothing
//!   remembered from earlier lines (`clean/clean_one_again`: the same article cleaned
//!   again, every line remembered, as a publisher's repeated lines are).
//! - `clean/learn_240`: learning alone over those 240 articles.
//! - `render/markdown_one`: Markdown to HTML of one cleaned body.
//! - `render/article_page`: one article page through the theme (`Renderer::render`) of a
//!   `Prepared` site of 60 generated articles.
//!
//! A second mode measures the cleaner's share of a whole build on a generated corpus
//! (used by `bench/run.sh`; see bench/README.md). Each run learns and cleans in a fresh
//! process, as a `briefing build` does: pattern compilation and an empty memo included.
//!
//! ```sh
//! BRIEFING_CLEAN_SHARE=bench/corpus-10000/briefing RUNS=5 cargo bench --bench pipeline
//! ```

#[allow(dead_code)]
#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::collections::HashMap;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::Criterion;
use rayon::prelude::*;

use briefing::clean::{self, CleanRules, Learned, SourceContext};
use briefing::content::{self, SourceFile};
use briefing::render::markdown;
use briefing::site::Page;

/// Articles the learned table of `clean/clean_one` comes from.
const LEARN_FROM: usize = 240;
/// Articles of the small site `render/article_page` renders from.
const SITE_ARTICLES: usize = 60;

fn parse(name: &str, text: &str) -> SourceFile {
    content::article::parse(PathBuf::from("content").join(name), text, &mut Vec::new())
        .expect("generated article parses")
}

fn ctx(f: &SourceFile) -> SourceContext<'_> {
    SourceContext {
        source: f.front.source.as_deref(),
        source_url: f.front.source_url.as_deref(),
        title: Some(f.front.title.as_str()),
        author: f.front.author.as_deref(),
    }
}

fn default_rules() -> CleanRules {
    CleanRules::compile(&clean::CleaningConfig::default()).expect("default rules compile")
}

fn bench_clean(c: &mut Criterion) {
    let files: Vec<SourceFile> = (0..LEARN_FROM)
        .map(|i| {
            let (name, text) = gen_corpus::briefing_article(i);
            parse(&name, &text)
        })
        .collect();
    let rules = default_rules();
    let one = &files[0];
    let learned = clean::learn(files.iter().map(|f| (ctx(f), f.body.as_str())));
    // The bench is only meaningful if the article really has a footer to remove.
    let removed = clean::clean(&one.body, &ctx(one), &rules, &learned)
        .removals
        .len();
    assert!(
        removed > 0,
        "the cleaner removed nothing from the benchmark article"
    );

    let mut g = c.benchmark_group("clean");
    g.bench_function("learn+clean_one", |b| {
        b.iter(|| {
            let learned = clean::learn([(ctx(one), one.body.as_str())]);
            black_box(clean::clean(
                black_box(&one.body),
                &ctx(one),
                &rules,
                &learned,
            ))
        })
    });
    g.bench_function("clean_one", |b| {
        b.iter_batched(
            clean::forget_seen_lines,
            |()| {
                black_box(clean::clean(
                    black_box(&one.body),
                    &ctx(one),
                    &rules,
                    &learned,
                ))
            },
            criterion::BatchSize::SmallInput,
        )
    });
    g.bench_function("clean_one_again", |b| {
        b.iter(|| {
            black_box(clean::clean(
                black_box(&one.body),
                &ctx(one),
                &rules,
                &learned,
            ))
        })
    });
    g.bench_function(format!("learn_{LEARN_FROM}"), |b| {
        b.iter(|| {
            black_box(clean::learn(
                files.iter().map(|f| (ctx(f), f.body.as_str())),
            ))
        })
    });
    g.finish();
}

fn bench_render(c: &mut Criterion) {
    // Markdown alone, on the cleaned body of one article.
    let (name, text) = gen_corpus::briefing_article(0);
    let one = parse(&name, &text);
    let rules = default_rules();
    let cleaned = clean::clean(&one.body, &ctx(&one), &rules, &Learned::default()).body;
    let permalinks: HashMap<PathBuf, String> = HashMap::new();
    let links = markdown::LinkContext {
        dir: Path::new("content"),
        permalinks: &permalinks,
    };

    // A small site on disk, prepared once: the article page renders from it.
    let tmp = tempfile::tempdir().expect("temp dir");
    gen_corpus::generate(SITE_ARTICLES, tmp.path(), false).expect("generate site");
    let prepared = briefing::Prepared::load(&tmp.path().join("briefing"), None, false)
        .unwrap_or_else(|e| panic!("prepare the bench site: {e}"));
    let renderer = prepared.renderer();
    let page = Page::Article(0);
    renderer.render(page).expect("article page renders");

    let mut g = c.benchmark_group("render");
    g.bench_function("markdown_one", |b| {
        b.iter(|| black_box(markdown::render(black_box(&cleaned), &links)))
    });
    g.bench_function("article_page", |b| {
        b.iter(|| black_box(renderer.render(black_box(page)).expect("renders")))
    });
    g.finish();
}

// ---------------------------------------------------------------------------------------
// The cleaner's share of a whole build (BRIEFING_CLEAN_SHARE=DIR).

fn median(mut xs: Vec<Duration>) -> Duration {
    xs.sort();
    xs[xs.len() / 2]
}

fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// Learn and clean the site at `root` once, timed, in this (fresh) process, with the
/// build's parallelism (one publisher per learning task, one article per cleaning task,
/// on rayon's pool). Prints `cold: LEARN CLEAN REMOVED` for `clean_share`.
fn clean_cold(root: &Path) {
    let config = briefing::Config::load(root).unwrap_or_else(|e| panic!("{e}"));
    let rules = CleanRules::compile(&config.cleaning).expect("rules compile");
    let files = content::load_all(root).files;
    let t = Instant::now();
    let learned: HashMap<String, Learned> = briefing::process::learn_all(&files);
    let learn = t.elapsed();
    let t = Instant::now();
    let nothing = Learned::default();
    let removed = files
        .par_iter()
        .filter(|f| f.front.clean)
        .map(|f| {
            let l = briefing::process::learn_key(f)
                .and_then(|k| learned.get(&k))
                .unwrap_or(&nothing);
            clean::clean(&f.body, &ctx(f), &rules, l).removals.len()
        })
        .sum::<usize>();
    let clean = t.elapsed();
    println!("cold: {} {} {removed}", secs(learn), secs(clean));
}

/// Time, on the site at `root`, what a build spends in the cleaner with the build's own
/// parallelism, each run in a fresh process (`clean_cold`), against a whole build of the
/// same site in this process. Prints one `clean-share:` line that bench/run.sh reads.
fn clean_share(root: &Path, runs: usize) {
    let mut learn_t = Vec::new();
    let mut clean_t = Vec::new();
    let mut build_t = Vec::new();
    let mut removed = String::new();
    // Each build writes a fresh folder, all removed at the end: deleting tens of thousands
    // of files right before a build slows the next build's file creation on ext4.
    let out_of = |run: usize| {
        root.with_file_name(format!(
            "{}-share-out-{run}",
            root.file_name().and_then(|n| n.to_str()).unwrap_or("site")
        ))
    };
    let exe = std::env::current_exe().expect("the bench knows its own path");
    for run in 0..runs {
        let out = std::process::Command::new(&exe)
            .env("BRIEFING_CLEAN_COLD", root)
            .env_remove("BRIEFING_CLEAN_SHARE")
            .output()
            .expect("the bench runs itself");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let Some(cold) = stdout.lines().find_map(|l| l.strip_prefix("cold: ")) else {
            panic!(
                "cold run failed: {stdout}{}",
                String::from_utf8_lossy(&out.stderr)
            );
        };
        let fields: Vec<&str> = cold.split_whitespace().collect();
        let parse = |s: &str| Duration::from_secs_f64(s.parse().expect("seconds"));
        learn_t.push(parse(fields[0]));
        clean_t.push(parse(fields[1]));
        removed = fields[2].to_string();

        let out = out_of(run);
        let _ = std::fs::remove_dir_all(&out);
        let t = Instant::now();
        let report = briefing::build(&briefing::BuildOptions {
            root: root.to_path_buf(),
            output: Some(out.clone()),
            ..Default::default()
        })
        .unwrap_or_else(|e| panic!("build: {e}"));
        build_t.push(t.elapsed());
        black_box(report);
    }
    for run in 0..runs {
        let _ = std::fs::remove_dir_all(out_of(run));
    }
    let (learn, clean, build) = (median(learn_t), median(clean_t), median(build_t));
    println!(
        "clean-share: {:.1}% (learn {:.3}s + clean {:.3}s, each in a fresh process, of a {:.3}s in-process build; {} lines removed; median of {runs}; {} threads)",
        100.0 * (secs(learn) + secs(clean)) / secs(build),
        secs(learn),
        secs(clean),
        secs(build),
        removed,
        rayon::current_num_threads(),
    );
}

fn main() {
    // As the `briefing` binary does.
    briefing::use_small_pages();
    if let Some(root) = std::env::var_os("BRIEFING_CLEAN_COLD") {
        clean_cold(Path::new(&root));
        return;
    }
    if let Some(root) = std::env::var_os("BRIEFING_CLEAN_SHARE") {
        let runs = std::env::var("RUNS")
            .ok()
            .and_then(|r| r.parse().ok())
            .unwrap_or(3usize)
            .max(1);
        clean_share(Path::new(&root), runs);
        return;
    }
    let mut c = Criterion::default().configure_from_args();
    bench_clean(&mut c);
    bench_render(&mut c);
    c.final_summary();
}

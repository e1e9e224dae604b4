//! Time learning and cleaning alone on a site, and print a digest of every removal.
//!
//! ```sh
//! cargo run --release --example clean_profile -- bench/corpus-10000/briefing
//! RUNS=7 SINGLE=1 cargo run --release --example clean_profile -- DIR  # one thread
//! LEARN_ONLY=1 cargo run --release --example clean_profile -- DIR    # learning alone
//! HUGE_PAGES=1 cargo run --release --example clean_profile -- DIR    # with mimalloc's huge pages
//! ```
//!
//! Each run prints `learn S clean S removed N digest D`. The digest covers every
//! article's cleaned body and removals (lines and reasons), so a change meant only to
//! make the cleaner faster must leave it unchanged. Run it under `perf record` to see
//! where the cleaner's time goes without the rest of a build.

#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::PathBuf;
use std::time::Instant;

use briefing::clean::{self, CleanRules, Cleaned, Learned};
use briefing::content::{self, SourceFile};
use briefing::process;
use rayon::prelude::*;

fn main() {
    // As the `briefing` binary does, unless HUGE_PAGES=1 asks to compare.
    if std::env::var_os("HUGE_PAGES").is_none() {
        briefing::use_small_pages();
    }
    let Some(root) = std::env::args().nth(1).map(PathBuf::from) else {
        eprintln!("usage: clean_profile SITE_DIR");
        std::process::exit(2);
    };
    let config = briefing::Config::load(&root).unwrap_or_else(|e| panic!("{e}"));
    let rules = CleanRules::compile(&config.cleaning).expect("cleaning rules compile");
    let files = content::load_all(&root).files;
    let runs: usize = std::env::var("RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5);
    let single_thread = std::env::var_os("SINGLE").is_some();
    let learn_only = std::env::var_os("LEARN_ONLY").is_some();

    if std::env::var_os("PREPARE").is_some() {
        let t = Instant::now();
        clean::compile_patterns();
        println!("compile {:.3}", t.elapsed().as_secs_f64());
    }
    for _ in 0..runs {
        // Every run starts as a fresh process does, with no line's evidence remembered.
        clean::forget_seen_lines();
        let started = Instant::now();
        let learned: HashMap<String, Learned> = process::learn_all(&files);
        let learn_secs = started.elapsed().as_secs_f64();
        if learn_only {
            println!("learn {learn_secs:.3} ({} publishers)", learned.len());
            continue;
        }

        let nothing = Learned::default();
        let clean_one = |f| clean_file(f, &rules, &learned, &nothing);
        let started = Instant::now();
        let cleaned: Vec<Cleaned> = if single_thread {
            files.iter().map(clean_one).collect()
        } else {
            files.par_iter().map(clean_one).collect()
        };
        let clean_secs = started.elapsed().as_secs_f64();

        let removed: usize = cleaned.iter().map(|c| c.removals.len()).sum();
        let digest = cleaned.iter().fold(0u64, |acc, c| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            c.body.hash(&mut h);
            format!("{:?}", c.removals).hash(&mut h);
            acc.rotate_left(7) ^ h.finish()
        });
        println!(
            "learn {learn_secs:.3} clean {clean_secs:.3} removed {removed} digest {digest:016x}"
        );
    }
}

/// Clean one article as a build does: with its publisher's learned table.
fn clean_file<'f>(
    f: &'f SourceFile,
    rules: &CleanRules,
    learned: &HashMap<String, Learned>,
    nothing: &Learned,
) -> Cleaned<'f> {
    let publisher = process::learn_key(f).and_then(|k| learned.get(&k));
    let ctx = process::source_context(f);
    clean::clean(&f.body, &ctx, rules, publisher.unwrap_or(nothing))
}

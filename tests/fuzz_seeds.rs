//! The fuzz targets' properties, replayed on the seed corpus (`fuzz/corpus/<target>/`)
//! and on every crash reproducer kept (`fuzz/regressions/<target>/`): fuzzing needs a
//! nightly toolchain, this runs with every `cargo test`.

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

/// Every input file of a target: seeds and reproducers.
fn inputs(target: &str) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut found = Vec::new();
    for dir in ["corpus", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            if path.is_file() && path.file_name().is_some_and(|n| n != ".gitkeep") {
                found.push((path.display().to_string(), std::fs::read(&path).unwrap()));
            }
        }
    }
    found.sort();
    found
}

fn replay(target: &str, check: fn(&[u8])) {
    let inputs = inputs(target);
    assert!(!inputs.is_empty(), "no seeds for {target}");
    for (name, data) in &inputs {
        let outcome = std::panic::catch_unwind(|| check(data));
        assert!(outcome.is_ok(), "{target}: {name} fails");
    }
}

#[test]
fn front_matter_seeds_and_reproducers() {
    replay("front_matter", checks::front_matter);
}

#[test]
fn cleaner_seeds_and_reproducers() {
    replay("cleaner", checks::cleaner);
}

#[test]
fn pipeline_seeds_and_reproducers() {
    replay("pipeline", checks::pipeline);
}

/// The replay would notice a broken property: a seed that renders a script fails it.
#[test]
#[should_panic]
fn the_pipeline_check_catches_a_script() {
    checks::safe_html("<p>x</p><script>alert(1)</script>");
}

//! Output you can trust: a killed build leaves the previous output exactly as it was, the
//! next build cleans up after it, removed articles disappear, and a build is a pure
//! function of its input (byte for byte, whatever the thread count or file times).

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{article, walk, TestSite};

const CONFIG: &str = "title: Guarantees\nbase_url: https://example.org/brief/\npaginate: 5\n";

type Snapshot = BTreeMap<String, Vec<u8>>;

/// Every file under `dir` with its bytes (empty when `dir` does not exist).
fn snapshot(dir: &Path) -> Snapshot {
    if !dir.exists() {
        return Snapshot::new();
    }
    walk(dir)
        .into_iter()
        .map(|f| {
            let bytes = std::fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

/// Where two snapshots differ, for a readable failure.
fn diff(a: &Snapshot, b: &Snapshot) -> String {
    let mut out = Vec::new();
    for (k, v) in a {
        match b.get(k) {
            None => out.push(format!("only in first: {k}")),
            Some(w) if w != v => out.push(format!("differs: {k}")),
            _ => {}
        }
    }
    for k in b.keys().filter(|k| !a.contains_key(*k)) {
        out.push(format!("only in second: {k}"));
    }
    out.truncate(20);
    out.join("\n")
}

fn staging_leftovers(root: &Path) -> Vec<String> {
    std::fs::read_dir(root)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".staging-") || n.ends_with(".old"))
        .collect()
}

fn briefing(root: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_briefing"));
    cmd.args(["build", "--root"])
        .arg(root)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    cmd
}

fn build_ok(root: &Path) -> Duration {
    let started = Instant::now();
    let out = briefing(root).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    started.elapsed()
}

/// A biggish site of `n` small articles over many days, tags and sources.
fn generated_site(n: usize) -> TestSite {
    let site =
        TestSite::new("title: Guarantees\nbase_url: https://example.org/brief/\npaginate: 20\n");
    for i in 0..n {
        site.article(
            &format!("d{}/a{i:05}.md", i % 20),
            &article(
                &format!("Story number {i}"),
                &format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28),
                &format!(
                    "tags: [t{}, t{}]\nsource: Wire {}\nsource_url: https://wire{}.example/{i}\n",
                    i % 37,
                    i % 11,
                    i % 9,
                    i % 9
                ),
                &format!("First line of story {i}.\nSecond line of it.\n\nFollow us for more.\n"),
            ),
        );
    }
    site
}

/// SIGKILL at any moment leaves the previous output complete and byte-identical (or,
/// killed after the atomic swap, the complete new output); the next build succeeds and
/// removes the leftover staging folder.
#[test]
fn a_killed_build_leaves_the_previous_output_intact() {
    let site = generated_site(2000);
    let full = build_ok(site.root());
    let mut previous = snapshot(&site.out());
    assert!(previous.len() > 2000, "{} files", previous.len());

    // Where each kill lands: after a fixed delay (while loading and cleaning), or once
    // the build has created its staging folder (while writing, plus a few fixed delays
    // into the writing). Aiming by phase, not by fractions of a timed build, keeps the
    // test independent of how fast this machine builds.
    enum Aim {
        After(Duration),
        Writing(Duration),
    }
    let aims = [
        Aim::After(Duration::from_millis(1)),
        Aim::After(Duration::from_millis(10)),
        Aim::After(Duration::from_millis(30)),
        Aim::Writing(Duration::ZERO),
        Aim::Writing(Duration::from_millis(2)),
        Aim::Writing(Duration::from_millis(10)),
        Aim::Writing(Duration::from_millis(40)),
        Aim::Writing(Duration::from_millis(150)),
    ];

    let mut kept_previous = 0;
    let mut leftovers_seen = 0;
    for (round, aim) in aims.iter().enumerate() {
        // Change the content so a build that completed would differ.
        site.article(
            &format!("new/r{round}.md"),
            &article(
                &format!("Added in round {round}"),
                "2025-01-01",
                "tags: [fresh]\n",
                "New.\n",
            ),
        );
        let mut child = briefing(site.root()).spawn().unwrap();
        match aim {
            Aim::After(delay) => std::thread::sleep(*delay),
            Aim::Writing(delay) => {
                // Wait for the staging folder (or for the build to end first).
                let started = Instant::now();
                while staging_leftovers(site.root()).is_empty()
                    && child.try_wait().unwrap().is_none()
                    && started.elapsed() < Duration::from_secs(60)
                {
                    std::thread::sleep(Duration::from_micros(200));
                }
                std::thread::sleep(*delay);
            }
        }
        let _ = child.kill(); // SIGKILL
        let status = child.wait().unwrap();
        let after_kill = snapshot(&site.out());
        let leftovers = staging_leftovers(site.root());
        leftovers_seen += usize::from(!leftovers.is_empty());

        // The next build succeeds and cleans up whatever the killed one left.
        build_ok(site.root());
        let next = snapshot(&site.out());
        assert!(
            staging_leftovers(site.root()).is_empty(),
            "round {round}: staging left after a good build: {:?}",
            staging_leftovers(site.root())
        );
        assert!(next.contains_key(&format!("articles/added-in-round-{round}/index.html")));

        if after_kill == previous {
            kept_previous += 1;
        } else {
            // Only a build that got past its atomic swap may have changed the output,
            // and then the output is the complete new one.
            assert!(
                after_kill == next,
                "round {round} ({status}): output is neither the previous build nor the next one:\nvs previous:\n{}\nvs next:\n{}",
                diff(&previous, &after_kill),
                diff(&next, &after_kill)
            );
        }
        previous = next;
    }
    // The early kills land mid-build (a build of this site takes far longer than
    // 30 ms), and some kills hit a build while it was writing its staging folder.
    assert!(
        leftovers_seen >= 1,
        "no kill hit the writing phase (full build: {full:?})"
    );
    assert!(
        kept_previous >= 4,
        "only {kept_previous} kills hit a build in progress (full build: {full:?})"
    );
    eprintln!(
        "full build {full:?}; {kept_previous}/{} kills left the previous output; {leftovers_seen} left a staging folder",
        aims.len()
    );
}

/// Builds running at the same time (a cron job and a curator, two terminals) all
/// succeed, none deletes another's staging folder, and the output is one complete build.
#[test]
fn concurrent_builds_all_succeed_and_leave_one_complete_output() {
    let site = generated_site(300);
    let reference = tempfile::tempdir().unwrap();
    briefing::build(&briefing::BuildOptions {
        root: site.root().to_path_buf(),
        output: Some(reference.path().join("output")),
        ..Default::default()
    })
    .unwrap();
    let expected = snapshot(&reference.path().join("output"));
    // Twice: first with no output yet (all race to create it), then replacing one.
    for round in 0..2 {
        let children: Vec<_> = (0..4)
            .map(|_| briefing(site.root()).spawn().unwrap())
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            assert!(
                out.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let got = snapshot(&site.out());
        assert!(got == expected, "round {round}:\n{}", diff(&expected, &got));
        assert!(
            staging_leftovers(site.root()).is_empty(),
            "{:?}",
            staging_leftovers(site.root())
        );
    }
}

#[test]
fn removed_articles_and_their_tags_sources_and_entries_disappear() {
    let site = TestSite::new(CONFIG);
    site.article(
        "keep.md",
        &article(
            "Kept story",
            "2025-11-18",
            "tags: [common]\nsource: Stays\n",
            "x\n",
        ),
    );
    site.article(
        "gone.md",
        &article(
            "Vanishing story",
            "2025-11-19",
            "tags: [common, only-here]\nsource: Leaves Soon\n",
            "y\n",
        ),
    );
    site.build().unwrap();
    for p in [
        "articles/vanishing-story/index.html",
        "tags/only-here/index.html",
        "sources/leaves-soon/index.html",
        "editions/2025-11-19/index.html",
    ] {
        assert!(site.out().join(p).is_file(), "{p}");
    }
    std::fs::remove_file(site.root().join("content/gone.md")).unwrap();
    site.build().unwrap();
    let all: String = walk(&site.out())
        .iter()
        .map(|f| std::fs::read_to_string(site.out().join(f)).unwrap_or_default())
        .collect();
    for gone in [
        "Vanishing story",
        "vanishing-story",
        "only-here",
        "Leaves Soon",
        "leaves-soon",
        "2025-11-19",
    ] {
        assert!(!all.contains(gone), "{gone:?} still in the output");
    }
    // The rebuilt output is exactly what a fresh build of the same content gives.
    let fresh = tempfile::tempdir().unwrap();
    briefing::build(&briefing::BuildOptions {
        root: site.root().to_path_buf(),
        output: Some(fresh.path().join("output")),
        ..Default::default()
    })
    .unwrap();
    let a = snapshot(&site.out());
    let b = snapshot(&fresh.path().join("output"));
    assert!(a == b, "{}", diff(&a, &b));
}

/// A site that exercises ordering: equal dates and titles, many tags and sources,
/// related articles, learned boilerplate, links between articles, pasted text.
fn determinism_site() -> TestSite {
    let site = TestSite::new(CONFIG);
    for i in 0..150 {
        let date = if i % 3 == 0 {
            "2024-05-05".to_string()
        } else {
            format!("2024-05-{:02}T{:02}:00:00+02:00", 1 + i % 9, i % 24)
        };
        let link = if i > 0 {
            format!(" See [the earlier one](a{:03}.md).", i - 1)
        } else {
            String::new()
        };
        site.article(
            &format!("a{i:03}.md"),
            &article(
                &format!("Story {} of the day", i % 40),
                &date,
                &format!(
                    "slug: s{i}\ntags: [T{}, t{}, Économie, 東京]\nsource: Wire {}\nauthor: Writer {}\n",
                    i % 7,
                    i % 5,
                    i % 4,
                    i % 6
                ),
                &format!("The council met on day {i} and voted on the budget.{link}\nThe mayor said the plan would pass.\n\n## Details\n\n- one\n- two\n\nFollow Wire {} on Twitter\n© 2024 Wire {}. All rights reserved.\n", i % 4, i % 4),
            ),
        );
    }
    site
}

/// Two builds of the same input are byte-identical: with 1 thread or many, and after
/// every source file's modification time changed. Nothing carries the build time.
#[test]
fn builds_are_deterministic_across_threads_and_mtimes() {
    let site = determinism_site();
    let run = |threads: Option<&str>, out: &str| {
        let mut cmd = briefing(site.root());
        cmd.arg("--output").arg(site.root().join(out));
        if let Some(t) = threads {
            cmd.env("RAYON_NUM_THREADS", t);
        }
        let o = cmd.output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
        snapshot(&site.root().join(out))
    };
    let one = run(Some("1"), "out-1");
    // More than a second apart, so any timestamp with seconds would differ.
    std::thread::sleep(Duration::from_millis(1100));
    let default = run(None, "out-default");
    assert!(
        one == default,
        "1 thread vs default:\n{}",
        diff(&one, &default)
    );

    // Touch every source file (new mtimes, and rewritten in reverse order).
    let mut files = walk(&site.root().join("content"));
    files.reverse();
    for f in &files {
        let path = site.root().join("content").join(f);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, bytes).unwrap();
        let file = std::fs::File::options().write(true).open(&path).unwrap();
        file.set_modified(std::time::SystemTime::now() + Duration::from_secs(3600))
            .unwrap();
    }
    let touched = run(Some("7"), "out-7");
    assert!(
        one == touched,
        "after touching, 7 threads:\n{}",
        diff(&one, &touched)
    );
    let again = run(Some("2"), "out-2");
    assert!(one == again, "{}", diff(&one, &again));

    // No trace of the build's date or time: today's date in any common spelling.
    let now = jiff::Timestamp::now();
    let spellings = [
        now.strftime("%Y-%m-%d").to_string(),
        now.strftime("%d %b %Y").to_string(),
        now.strftime("%-d %B %Y").to_string(),
        now.strftime("%Y%m%d").to_string(),
        now.strftime("%Y-%m-%dT%H").to_string(),
    ];
    for (file, bytes) in &one {
        let text = String::from_utf8_lossy(bytes);
        for s in &spellings {
            assert!(
                !text.contains(s.as_str()),
                "{file} carries the build date {s:?}"
            );
        }
    }
    assert!(one.len() > 150);
}

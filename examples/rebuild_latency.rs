//! Save-to-updated-page latency of `briefing serve` on a site (e.g. the 10,000-article
//! benchmark corpus):
//!
//!     cargo run --release --example rebuild_latency -- --root DIR [--edits 20]
//!
//! Two measurements:
//! 1. the one-article rebuild alone: `Preview::apply` after a body edit, a title edit and
//!    a new article, in memory (median of `--edits` runs each);
//! 2. end to end, as a browser sees it: a real `briefing serve` on the site; the file is
//!    saved, the live-reload event arrives on the event stream, and the page is fetched
//!    again with the new text (median). A browser adds only its own repaint.
//!
//! It edits files under DIR/content and puts them back afterwards.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use briefing::preview::{Change, Preview};

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    v[v.len() / 2]
}

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    // As the `briefing` binary does.
    briefing::use_small_pages();
    let root = PathBuf::from(arg("--root").expect("--root DIR"));
    let edits: usize = arg("--edits").and_then(|s| s.parse().ok()).unwrap_or(20);
    let (files, _) = briefing::content::discover(&root);
    assert!(!files.is_empty(), "no articles under {}", root.display());

    let started = Instant::now();
    let mut preview = Preview::load(&root, None, false).expect("the site builds");
    let n = preview.site().articles.len();
    println!(
        "loaded {n} articles, {} files in memory in {:.2} s",
        preview.paths().len(),
        started.elapsed().as_secs_f64()
    );

    // 1. In memory.
    let pick = |k: usize| files[(k * 7919) % files.len()].clone();
    let mut body_ms = Vec::new();
    let mut title_ms = Vec::new();
    for k in 0..edits {
        let path = pick(k);
        let original = std::fs::read_to_string(&path).unwrap();
        let rel = path.strip_prefix(&root).unwrap().to_path_buf();
        // A body edit: a sentence added after the first paragraph (not at the end, where
        // it would follow the pasted footer and be cleaned away with it).
        let edited = add_paragraph(&original, &format!("An added sentence, edit {k}."));
        std::fs::write(&path, &edited).unwrap();
        let t = Instant::now();
        preview.apply(&Change::Content(vec![rel.clone()])).unwrap();
        body_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        // A title edit: the article's card changes on every listing that shows it.
        let retitled = edited.replacen("title: \"", &format!("title: \"Edited {k}: "), 1);
        std::fs::write(&path, &retitled).unwrap();
        let t = Instant::now();
        preview.apply(&Change::Content(vec![rel.clone()])).unwrap();
        title_ms.push(t.elapsed().as_secs_f64() * 1000.0);
        std::fs::write(&path, &original).unwrap();
        preview.apply(&Change::Content(vec![rel])).unwrap();
    }
    // A new article (listings shift) and its removal.
    let new_path = root.join("content/zz-latency-probe.md");
    let probe =
        "---\ntitle: \"Latency probe\"\ndate: 2020-01-01\ntags: [probe]\n---\nA new article.\n";
    std::fs::write(&new_path, probe).unwrap();
    let t = Instant::now();
    preview
        .apply(&Change::Content(vec![PathBuf::from(
            "content/zz-latency-probe.md",
        )]))
        .unwrap();
    let add_ms = t.elapsed().as_secs_f64() * 1000.0;
    std::fs::remove_file(&new_path).unwrap();
    preview
        .apply(&Change::Content(vec![PathBuf::from(
            "content/zz-latency-probe.md",
        )]))
        .unwrap();
    println!(
        "in-memory rebuild at {n} articles: body edit median {:.1} ms, title edit median {:.1} ms, new old-dated article {:.1} ms",
        median(body_ms.clone()),
        median(title_ms),
        add_ms
    );
    drop(preview);

    // 2. End to end through a real server.
    let bin = std::env::var("BRIEFING_BIN").unwrap_or_else(|_| "target/release/briefing".into());
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(&bin)
        .args(["serve", "--port", &port.to_string(), "--root"])
        .arg(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("run briefing serve (build with cargo build --release)");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    for line in lines.by_ref() {
        if line.unwrap().starts_with("Serving") {
            break;
        }
    }
    std::thread::spawn(move || for _ in lines {});
    let mut e2e = Vec::new();
    for k in 0..edits.min(10) {
        let path = pick(k + 100);
        let original = std::fs::read_to_string(&path).unwrap();
        let slug = page_slug(&root, &path);
        let marker = format!("Live edit number {k}.");
        let mut events = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(events, "GET /__briefing/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        events
            .set_read_timeout(Some(Duration::from_secs(10)))
            .unwrap();
        std::thread::sleep(Duration::from_millis(100));
        let t = Instant::now();
        std::fs::write(&path, add_paragraph(&original, &marker)).unwrap();
        wait_for_reload(&mut events);
        let page = get(port, &format!("/articles/{slug}/"));
        e2e.push(t.elapsed().as_secs_f64() * 1000.0);
        // Restore the article before checking, so a failure leaves the corpus as it was.
        std::fs::write(&path, &original).unwrap();
        assert!(page.contains(&marker), "the page does not show the edit");
        std::thread::sleep(Duration::from_millis(300));
    }
    let _ = child.kill();
    let _ = child.wait();
    println!(
        "save to updated page over HTTP at {n} articles (watch, debounce {} ms, rebuild, reload event, fetch): median {:.1} ms",
        briefing::serve::watch::DEBOUNCE.as_millis(),
        median(e2e)
    );
}

/// The article with `sentence` as a new second paragraph of its body: the first, which
/// listings show as the summary, stays as it is.
fn add_paragraph(article: &str, sentence: &str) -> String {
    let body = article.find("\n---\n").map_or(0, |i| i + 5);
    let first = body + article[body..].len() - article[body..].trim_start().len();
    match article[first..].find("\n\n") {
        Some(end) => {
            let at = first + end;
            format!("{}\n\n{sentence}{}", &article[..at], &article[at..])
        }
        None => format!("{}\n\n{sentence}\n", article.trim_end()),
    }
}

fn page_slug(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap().to_path_buf();
    let text = std::fs::read_to_string(path).unwrap();
    let mut w = Vec::new();
    briefing::content::article::parse(rel, &text, &mut w)
        .unwrap()
        .slug
}

fn wait_for_reload(events: &mut TcpStream) {
    let mut buf = [0u8; 4096];
    let mut seen = String::new();
    loop {
        let n = events.read(&mut buf).expect("the reload event");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        if seen.contains("event: reload") {
            return;
        }
    }
}

fn get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

//! A tiny builder for throwaway sites, and helpers to read what they publish.
#![allow(dead_code)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use scraper::{Html, Selector};

pub struct TestSite {
    pub dir: tempfile::TempDir,
}

impl TestSite {
    pub fn new(config: &str) -> TestSite {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("briefing.yaml"), config).unwrap();
        std::fs::create_dir_all(dir.path().join("content")).unwrap();
        TestSite { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("output")
    }

    /// Write `content/<name>`.
    pub fn article(&self, name: &str, text: &str) -> &Self {
        self.file(&format!("content/{name}"), text)
    }

    pub fn file(&self, rel: &str, text: &str) -> &Self {
        let path = self.dir.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    pub fn build(&self) -> briefing::Result<briefing::Report> {
        self.build_with(|_| {})
    }

    pub fn build_with(
        &self,
        tweak: impl FnOnce(&mut briefing::BuildOptions),
    ) -> briefing::Result<briefing::Report> {
        let mut opts = briefing::BuildOptions {
            root: self.root().to_path_buf(),
            ..Default::default()
        };
        tweak(&mut opts);
        briefing::build(&opts)
    }

    pub fn page(&self, rel: &str) -> Html {
        let path = self.out().join(rel);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Html::parse_document(&text)
    }
}

/// A minimal article with the given extra front matter lines and body.
pub fn article(title: &str, date: &str, extra: &str, body: &str) -> String {
    format!("---\ntitle: \"{title}\"\ndate: {date}\n{extra}---\n{body}")
}

pub fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    let sel = Selector::parse(css).unwrap();
    doc.select(&sel).collect()
}

pub fn texts(doc: &Html, css: &str) -> Vec<String> {
    select(doc, css)
        .iter()
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// Every `.html` file under `out`, relative, `/`-separated.
pub fn html_files(out: &Path) -> BTreeSet<String> {
    walk(out)
        .into_iter()
        .filter(|p| p.ends_with(".html"))
        .collect()
}

pub fn walk(out: &Path) -> Vec<String> {
    let mut files = Vec::new();
    let mut stack = vec![out.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let p = entry.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                files.push(
                    p.strip_prefix(out)
                        .unwrap()
                        .to_string_lossy()
                        .replace('\\', "/"),
                );
            }
        }
    }
    files.sort();
    files
}

/// Follow every internal `href`/`src` from the home page; returns (pages reached, broken).
/// `base_path` is the path the site is published under (`/` or `/brief/`).
pub fn crawl(out: &Path, base_path: &str) -> (BTreeSet<String>, Vec<String>) {
    let mut seen = BTreeSet::new();
    let mut broken = Vec::new();
    let mut todo = vec!["index.html".to_string(), "404.html".to_string()];
    while let Some(page) = todo.pop() {
        if !seen.insert(page.clone()) {
            continue;
        }
        let text = std::fs::read_to_string(out.join(&page)).unwrap();
        let doc = Html::parse_document(&text);
        for el in select(&doc, "[href], [src]") {
            let link = el.value().attr("href").or(el.value().attr("src")).unwrap();
            if link.starts_with("http://")
                || link.starts_with("https://")
                || link.starts_with("mailto:")
            {
                continue;
            }
            let (path, frag) = link.split_once('#').unwrap_or((link, ""));
            let target = if path.is_empty() {
                page.clone()
            } else {
                let Some(rest) = path.strip_prefix(base_path) else {
                    broken.push(format!("{page}: {link} (outside {base_path})"));
                    continue;
                };
                if rest.is_empty() || rest.ends_with('/') {
                    format!("{rest}index.html")
                } else {
                    rest.to_string()
                }
            };
            let file = out.join(&target);
            if !file.is_file() {
                broken.push(format!("{page}: {link}"));
                continue;
            }
            if !frag.is_empty() {
                let t = Html::parse_document(&std::fs::read_to_string(&file).unwrap());
                if select(&t, &format!("[id=\"{frag}\"]")).is_empty() {
                    broken.push(format!("{page}: {link} (no anchor)"));
                }
            }
            if target.ends_with(".html") {
                todo.push(target);
            }
        }
    }
    (seen, broken)
}

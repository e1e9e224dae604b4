//! The preview's incremental updates equal a full build, byte for byte, across a long
//! sequence of random edits of every kind; and they re-render only what an edit touches.

mod common;

use std::path::PathBuf;

use briefing::preview::{Change, Preview};
use common::TestSite;

const CONFIG: &str = "title: Preview test\nbase_url: https://example.org/p/\npaginate: 3\n";
const TAGS: [&str; 7] = [
    "energy", "Energy", "grid", "trade", "health", "europe", "ports",
];
const SOURCES: [(&str, &str); 3] = [
    (
        "Tidewater Wire",
        "© 2025 Tidewater Wire Ltd. All rights reserved.",
    ),
    (
        "Northgate Ledger",
        "Follow the Northgate Ledger for more updates: https://northgate.example/",
    ),
    (
        "Fieldwork News",
        "Sign up for the Fieldwork newsletter at https://fieldwork.example/newsletter",
    ),
];

/// A tiny deterministic generator (xorshift).
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

struct Doc {
    title: String,
    day: usize,
    tags: Vec<&'static str>,
    source: usize,
    draft: bool,
    body: String,
    slug: Option<String>,
    footer: bool,
}

impl Doc {
    fn text(&self) -> String {
        let (source, footer) = SOURCES[self.source];
        let mut s = format!(
            "---\ntitle: \"{}\"\ndate: 2025-11-{:02}\ntags: [{}]\nsource: \"{source}\"\nsource_url: https://{}.example/{}\n",
            self.title,
            self.day,
            self.tags.join(", "),
            source.split(' ').next().unwrap().to_lowercase(),
            self.title.len()
        );
        if self.draft {
            s.push_str("draft: true\n");
        }
        if let Some(slug) = &self.slug {
            s.push_str(&format!("slug: {slug}\n"));
        }
        s.push_str("---\n");
        s.push_str(&self.body);
        if self.footer {
            s.push_str(&format!("\n{footer}\n"));
        }
        s
    }
}

fn body(rng: &mut Rng, n: usize) -> String {
    const WORDS: [&str; 12] = [
        "port", "strike", "grid", "tariff", "vote", "council", "price", "winter", "ships", "levy",
        "clinic", "rail",
    ];
    let mut out = String::new();
    for p in 0..n {
        let words: Vec<&str> = (0..12).map(|_| WORDS[rng.below(WORDS.len())]).collect();
        out.push_str(&format!("Paragraph {p} about the {}.\n\n", words.join(" ")));
    }
    out
}

fn assert_same_as_full_build(site: &TestSite, preview: &Preview, step: &str) {
    let full = Preview::load(site.root(), None, false)
        .unwrap_or_else(|e| panic!("{step}: full build failed: {e}"));
    let (a, b) = (preview.paths(), full.paths());
    if a != b {
        let only_inc: Vec<_> = a.iter().filter(|p| !b.contains(p)).collect();
        let only_full: Vec<_> = b.iter().filter(|p| !a.contains(p)).collect();
        panic!(
            "{step}: file sets differ\n only incremental: {only_inc:?}\n only full: {only_full:?}"
        );
    }
    for path in &a {
        let (x, y) = (preview.get(path).unwrap(), full.get(path).unwrap());
        if x != y {
            panic!(
                "{step}: {path} differs\n--- incremental\n{}\n--- full\n{}",
                String::from_utf8_lossy(&x),
                String::from_utf8_lossy(&y)
            );
        }
    }
}

#[test]
fn incremental_updates_equal_a_full_build() {
    for seed in [0x9e3779b97f4a7c15, 0x2545f4914f6cdd1d, 42] {
        edit_sequence(seed);
    }
}

/// 80 random edits of every kind from one seed, checked against a full build after each.
fn edit_sequence(seed: u64) {
    let site = TestSite::new(CONFIG);
    let mut rng = Rng(seed);
    let mut docs: Vec<Option<Doc>> = Vec::new();
    let path = |i: usize| PathBuf::from(format!("content/a{i:03}.md"));
    for i in 0..24 {
        let tags = (0..1 + rng.below(3))
            .map(|_| TAGS[rng.below(TAGS.len())])
            .collect();
        let d = Doc {
            title: format!("Story {i}"),
            day: 1 + rng.below(6),
            tags,
            source: rng.below(3),
            draft: false,
            body: body(&mut rng, 2),
            slug: None,
            footer: rng.below(3) > 0,
        };
        site.article(&format!("a{i:03}.md"), &d.text());
        docs.push(Some(d));
    }
    // One article links to another by file name.
    if let Some(d) = docs[1].as_mut() {
        d.body.push_str("See [the earlier story](a000.md).\n");
        site.article("a001.md", &d.text());
    }
    let mut preview = Preview::load(site.root(), None, false).unwrap();
    assert_same_as_full_build(&site, &preview, "initial");

    for step in 0..80 {
        let i = rng.below(docs.len());
        let kind = rng.below(12);
        let label;
        match (kind, docs[i].as_mut()) {
            (_, None) | (0, _) => {
                // Add a new article (or bring a deleted one back).
                let tags = (0..1 + rng.below(3))
                    .map(|_| TAGS[rng.below(TAGS.len())])
                    .collect();
                let n = docs.len();
                let d = Doc {
                    title: format!("New story {n}"),
                    day: 1 + rng.below(6),
                    tags,
                    source: rng.below(3),
                    draft: false,
                    body: body(&mut rng, 1),
                    slug: None,
                    footer: true,
                };
                site.article(&format!("a{n:03}.md"), &d.text());
                docs.push(Some(d));
                label = format!("step {step}: add a{n:03}");
                let r = preview.apply(&Change::Content(vec![path(n)]));
                assert!(r.is_ok(), "{label}: {r:?}");
                assert_same_as_full_build(&site, &preview, &label);
                continue;
            }
            (1, Some(d)) => {
                d.body = body(&mut rng, 2);
                label = format!("step {step}: edit body of a{i:03}");
            }
            (2, Some(d)) => {
                d.title = format!("{} revised {step}", d.title);
                label = format!("step {step}: retitle a{i:03}");
            }
            (3, Some(d)) => {
                d.day = 1 + rng.below(6);
                label = format!("step {step}: redate a{i:03}");
            }
            (4, Some(d)) => {
                d.tags = (0..rng.below(4))
                    .map(|_| TAGS[rng.below(TAGS.len())])
                    .collect();
                label = format!("step {step}: retag a{i:03} {:?}", d.tags);
            }
            (5 | 6, Some(d)) if i == 0 => {
                // a001 links to a000: removing a000 is an error naming the link's line,
                // which clears once a000 is back.
                let text = d.text();
                std::fs::remove_file(site.root().join(path(0))).unwrap();
                let err = preview
                    .apply(&Change::Content(vec![path(0)]))
                    .unwrap_err()
                    .to_string();
                assert!(
                    err.contains("content/a001.md:") && err.contains("a000.md"),
                    "{err}"
                );
                site.article("a000.md", &text);
                let r = preview.apply(&Change::Content(vec![path(0)]));
                assert!(r.is_ok(), "step {step}: restore a000: {r:?}");
                assert_same_as_full_build(
                    &site,
                    &preview,
                    &format!("step {step}: remove and restore a000"),
                );
                continue;
            }
            (5, Some(_)) => {
                std::fs::remove_file(site.root().join(path(i))).unwrap();
                docs[i] = None;
                label = format!("step {step}: delete a{i:03}");
                let r = preview.apply(&Change::Content(vec![path(i)]));
                assert!(r.is_ok(), "{label}: {r:?}");
                assert_same_as_full_build(&site, &preview, &label);
                continue;
            }
            (6, Some(d)) => {
                d.draft = !d.draft;
                label = format!("step {step}: draft={} a{i:03}", d.draft);
            }
            (7, Some(d)) => {
                d.source = (d.source + 1) % 3;
                label = format!("step {step}: new source for a{i:03}");
            }
            (8, Some(d)) => {
                d.footer = !d.footer;
                label = format!("step {step}: footer={} a{i:03}", d.footer);
            }
            (9, Some(d)) => {
                d.slug = if d.slug.is_some() {
                    None
                } else {
                    Some(format!("custom-{i}-{step}"))
                };
                label = format!("step {step}: slug {:?} for a{i:03}", d.slug);
            }
            (10, Some(d)) => {
                // Break the file, then fix it: the preview keeps its last good state meanwhile.
                let before = preview.paths();
                site.article(
                    &format!("a{i:03}.md"),
                    "---\ntitle: broken\ndate: 2025-13-45\n---\n",
                );
                let err = preview
                    .apply(&Change::Content(vec![path(i)]))
                    .unwrap_err()
                    .to_string();
                assert!(
                    err.contains(&format!("content/a{i:03}.md:3: invalid date")),
                    "{err}"
                );
                assert_eq!(preview.paths(), before);
                assert_eq!(preview.errors().len(), 1);
                site.article(&format!("a{i:03}.md"), &d.text());
                let r = preview.apply(&Change::Content(vec![path(i)]));
                assert!(r.is_ok(), "fixing a{i:03}: {r:?}");
                assert!(preview.errors().is_empty());
                assert_same_as_full_build(
                    &site,
                    &preview,
                    &format!("step {step}: break and fix a{i:03}"),
                );
                continue;
            }
            (_, Some(d)) => {
                // Several files at once: this one and a neighbour, as one debounced batch.
                d.body.push_str("An added paragraph.\n");
                site.article(&format!("a{i:03}.md"), &d.text());
                let j = (i + 1) % docs.len();
                let mut paths = vec![path(i)];
                if let Some(e) = docs[j].as_mut() {
                    e.title = format!("{} (batch {step})", e.title);
                    site.article(&format!("a{j:03}.md"), &e.text());
                    paths.push(path(j));
                }
                let r = preview.apply(&Change::Content(paths));
                assert!(r.is_ok(), "step {step}: batch: {r:?}");
                assert_same_as_full_build(
                    &site,
                    &preview,
                    &format!("step {step}: batch a{i:03}+a{j:03}"),
                );
                continue;
            }
        }
        let d = docs[i].as_ref().unwrap();
        site.article(&format!("a{i:03}.md"), &d.text());
        let r = preview.apply(&Change::Content(vec![path(i)]));
        match r {
            Ok(_) => {}
            // A slug edit can collide with another article's title slug: the error is
            // reported and the file keeps its last good version; put it back.
            Err(e) if e.to_string().contains("duplicate slug") => {
                let d = docs[i].as_mut().unwrap();
                d.slug = None;
                site.article(&format!("a{i:03}.md"), &d.text());
                preview.apply(&Change::Content(vec![path(i)])).unwrap();
            }
            Err(e) => panic!("{label}: {e}"),
        }
        assert_same_as_full_build(&site, &preview, &label);
    }
}

#[test]
fn a_body_edit_renders_only_what_shows_it() {
    let site = TestSite::new(CONFIG);
    let mut rng = Rng(7);
    for i in 0..30 {
        let d = Doc {
            title: format!("Story {i}"),
            day: 1 + i % 5,
            tags: vec![TAGS[i % 7]],
            source: i % 3,
            draft: false,
            body: body(&mut rng, 2),
            slug: None,
            footer: true,
        };
        site.article(&format!("a{i:03}.md"), &d.text());
    }
    let mut preview = Preview::load(site.root(), None, false).unwrap();
    let total = preview.paths().len();
    let text = std::fs::read_to_string(site.root().join("content/a010.md")).unwrap();
    site.article(
        "a010.md",
        &text.replace("Paragraph 1 about", "Paragraph 1, corrected, about"),
    );
    let update = preview
        .apply(&Change::Content(vec![PathBuf::from("content/a010.md")]))
        .unwrap();
    // The article page and the feeds that carry its body; nothing else.
    assert!(
        update
            .changed
            .contains(&"articles/story-10/index.html".to_string()),
        "{:?}",
        update.changed
    );
    assert!(
        update
            .changed
            .iter()
            .all(|p| p.starts_with("articles/story-10/") || p.ends_with(".xml")),
        "{:?}",
        update.changed
    );
    assert!(
        update.rendered < total / 5,
        "rendered {} of {total}",
        update.rendered
    );
    assert_same_as_full_build(&site, &preview, "body edit");

    // Saving the same bytes again changes nothing.
    let update = preview
        .apply(&Change::Content(vec![PathBuf::from("content/a010.md")]))
        .unwrap();
    assert!(
        update.changed.is_empty() && update.rendered == 0,
        "{update:?}"
    );
}

#[test]
fn template_and_config_changes_rebuild() {
    let site = TestSite::new(CONFIG);
    site.article("a.md", "---\ntitle: A\ndate: 2025-11-01\n---\nBody.\n");
    let mut preview = Preview::load(site.root(), None, false).unwrap();
    site.file("templates/404.html", "{% extends \"base.html\" %}{% block content %}<p id=\"gone\">Gone fishing</p>{% endblock content %}");
    let update = preview.apply(&Change::Templates).unwrap();
    assert_eq!(update.changed, vec!["404.html".to_string()]);
    site.file("briefing.yaml", &CONFIG.replace("Preview test", "Renamed"));
    let update = preview.apply(&Change::Config).unwrap();
    assert!(update.changed.len() > 5);
    assert!(String::from_utf8_lossy(&preview.get("index.html").unwrap()).contains("Renamed"));
    // A broken config keeps the last good site and reports the line.
    site.file("briefing.yaml", "title: x\npaginat: 3\n");
    let err = preview.apply(&Change::Config).unwrap_err().to_string();
    assert!(err.contains("briefing.yaml:2"), "{err}");
    assert!(String::from_utf8_lossy(&preview.get("index.html").unwrap()).contains("Renamed"));
}

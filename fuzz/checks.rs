//! What each fuzz target asserts, shared by the targets (`fuzz_targets/`) and by the
//! test suite, which replays the seed corpus and every crash reproducer through them
//! (`tests/fuzz_seeds.rs`). Each function panics when the property fails.
//
// Each fuzz target uses one of these; the others are unused there.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use briefing::clean::{self, CleanRules, CleaningConfig, SourceContext};
use briefing::render::markdown::{self, LinkContext};

/// Front matter splitting and parsing: any bytes in, a SourceFile or diagnostics out,
/// never a panic; what parses is consistent.
pub fn front_matter(data: &[u8]) {
    let text = match briefing::content::article::decode(data.to_vec()) {
        Ok(text) => text,
        Err((line, _)) => {
            assert!(line >= 1 && line <= data.len() + 1);
            return;
        }
    };
    let lines = text.lines().count().max(1);
    if let Ok(split) = briefing::content::front_matter::split(&text) {
        assert!(split.body_line >= 3 && split.body_line <= lines + 2);
        assert!(text.ends_with(split.body));
    }
    let mut warnings = Vec::new();
    match briefing::content::article::parse(PathBuf::from("content/x.md"), &text, &mut warnings) {
        Ok(file) => {
            // The slug is one safe path segment.
            assert!(!file.slug.is_empty());
            assert!(
                file.slug
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{:?}",
                file.slug
            );
            assert!(text.ends_with(&file.body));
            assert!(!file.front.title.trim().is_empty());
            if let Some(url) = &file.front.source_url {
                // What a browser makes of the href: the WHATWG parser, as the url crate.
                let parsed = url::Url::parse(url).expect("source_url parses");
                assert!(matches!(parsed.scheme(), "http" | "https"), "{url:?}");
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in &errors {
                assert_eq!(e.path, PathBuf::from("content/x.md"));
                if let Some(line) = e.line {
                    assert!(line >= 1 && line <= lines + 1, "{e} (of {lines} lines)");
                }
            }
        }
    }
    for w in &warnings {
        assert!(w.line.is_some());
    }
}

/// The cleaner with the default rules and boilerplate learned from the input itself
/// (split into two articles of one publisher at the first NUL): it never grows a body,
/// keeps lines in order, and is idempotent.
pub fn cleaner(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (a, b) = text.split_once('\0').unwrap_or((text, ""));
    let ctx = SourceContext {
        source: Some("Fuzz Wire"),
        source_url: Some("https://www.fuzzwire.example/news/1"),
        title: a.lines().next(),
        author: a.lines().nth(1),
    };
    let rules = CleanRules::compile(&CleaningConfig::default()).expect("default rules compile");
    let learned = clean::learn([(ctx, a), (ctx, b)]);
    for body in [a, b] {
        let once = clean::clean(body, &ctx, &rules, &learned);
        assert!(
            once.body.len() <= body.len(),
            "grew:\n{body:?}\n->\n{:?}",
            once.body
        );
        // Kept lines are the body's lines, in order.
        let mut original = body.split('\n');
        for kept in once.body.split('\n').filter(|l| !l.is_empty()) {
            assert!(
                original.any(|l| l == kept),
                "line not from the body: {kept:?}"
            );
        }
        let twice = clean::clean(&once.body, &ctx, &rules, &learned);
        assert_eq!(twice.body, once.body, "not idempotent for {body:?}");
    }
}

/// One whole article through the pipeline: decode, front matter, clean, render,
/// sanitise. No panic, and the HTML has no script, no event handler, no unsafe URL.
pub fn pipeline(data: &[u8]) {
    let Ok(text) = briefing::content::article::decode(data.to_vec()) else {
        return;
    };
    let permalinks: HashMap<PathBuf, String> = [(
        PathBuf::from("content/other.md"),
        "/articles/other/".to_string(),
    )]
    .into();
    let links = LinkContext {
        dir: Path::new("content"),
        permalinks: &permalinks,
    };
    let rules = CleanRules::compile(&CleaningConfig::default()).expect("default rules compile");
    match briefing::content::article::parse(PathBuf::from("content/x.md"), &text, &mut Vec::new()) {
        Ok(file) => {
            let ctx = SourceContext {
                source: file.front.source.as_deref(),
                source_url: file.front.source_url.as_deref(),
                title: Some(&file.front.title),
                author: file.front.author.as_deref(),
            };
            let learned = clean::learn([(ctx, file.body.as_str())]);
            let cleaned = clean::clean(&file.body, &ctx, &rules, &learned);
            safe_html(&markdown::render(&cleaned.body, &links).html);
        }
        // Not an article: render the text as a body anyway, so the renderer sees it all.
        Err(_) => safe_html(&markdown::render(&text, &links).html),
    }
}

/// The rendered HTML is safe: no active elements, handlers or unsafe URLs.
pub fn safe_html(html: &str) {
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{html}");
    let doc = scraper::Html::parse_fragment(html);
    for node in doc.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        assert!(
            !matches!(
                el.name(),
                "script" | "style" | "iframe" | "object" | "embed" | "form" | "svg" | "math"
            ),
            "<{}> in {html}",
            el.name()
        );
        for (name, value) in el.attrs() {
            assert!(!name.starts_with("on"), "{name} in {html}");
            assert!(
                name != "style" || matches!(el.name(), "td" | "th"),
                "{name} in {html}"
            );
            if matches!(name, "href" | "src") {
                let v = url_as_browsers_read(value);
                for bad in ["javascript:", "vbscript:", "data:"] {
                    assert!(!v.starts_with(bad), "{name}={value:?} in {html}");
                }
            }
        }
    }
}

/// A URL attribute as a browser reads its scheme (WHATWG URL parsing): C0 controls and
/// spaces trimmed, tabs and newlines removed anywhere, any case.
pub fn url_as_browsers_read(value: &str) -> String {
    value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect::<String>()
        .to_ascii_lowercase()
}

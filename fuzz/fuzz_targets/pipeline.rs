//! One whole article through the pipeline: decode, front matter, clean, render, sanitise.
//! No panic, and the HTML has no script, no event handler and no unsafe URL.
#![no_main]

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use libfuzzer_sys::fuzz_target;

use briefing::clean::{self, CleanRules, CleaningConfig, SourceContext};
use briefing::render::markdown::{self, LinkContext};

fn check(html: &str) {
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
                // The scheme as a browser reads it (WHATWG URL parsing): C0 controls
                // and spaces trimmed, tabs and newlines removed anywhere, any case.
                let v: String = value
                    .trim_matches(|c: char| c <= ' ')
                    .chars()
                    .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
                    .collect::<String>()
                    .to_ascii_lowercase();
                for bad in ["javascript:", "vbscript:", "data:"] {
                    assert!(!v.starts_with(bad), "{name}={value:?} in {html}");
                }
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
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
            };
            let learned = clean::learn([(ctx, file.body.as_str())]);
            let cleaned = clean::clean(&file.body, &ctx, &rules, &learned);
            check(&markdown::render(&cleaned.body, &links).html);
        }
        // Not an article: render the text as a body anyway, so the renderer sees it all.
        Err(_) => check(&markdown::render(&text, &links).html),
    }
});

//! The cleaner with the default rules and boilerplate learned from the input itself
//! (split into two articles of one publisher at the first NUL): it never grows a body,
//! keeps lines in order, and is idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;

use briefing::clean::{self, CleanRules, CleaningConfig, SourceContext};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (a, b) = text.split_once('\0').unwrap_or((text, ""));
    let ctx = SourceContext {
        source: Some("Fuzz Wire"),
        source_url: Some("https://www.fuzzwire.example/news/1"),
        title: a.lines().next(),
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
});

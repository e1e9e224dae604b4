//! Front matter splitting and parsing: any bytes in, a SourceFile or diagnostics out,
//! never a panic; what parses is consistent.
#![no_main]

use std::path::PathBuf;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
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
});

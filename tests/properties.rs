//! Properties, checked on generated input (a short bounded run: `PROPTEST_CASES=N` runs
//! more). Each property names what it checks and why that is meaningful.

// The fuzz targets' checks: the scheme of a URL as browsers read it.
#[path = "../fuzz/checks.rs"]
mod checks;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use proptest::prelude::*;

use briefing::clean::{self, CleanRules, CleaningConfig, SourceContext};
use briefing::content::article;
use briefing::render::markdown::{self, LinkContext};

fn config(default_cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default_cases);
    ProptestConfig {
        cases,
        // Failures are reported with their minimal input; no files are written.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

// ---- front matter ---------------------------------------------------------------

/// Lines that look like front matter, with awkward values.
fn fm_line() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("title".to_string()),
        Just("date".to_string()),
        Just("tags".to_string()),
        Just("slug".to_string()),
        Just("source_url".to_string()),
        Just("draft".to_string()),
        Just("summary".to_string()),
        "[a-z_ \"']{0,8}",
    ];
    let value = prop_oneof![
        Just("2025-11-18".to_string()),
        Just("2025-13-45T25:61:00+99:00".to_string()),
        Just("[a, b, [c], {d: e}]".to_string()),
        Just("{a: 1}".to_string()),
        Just("\"unterminated".to_string()),
        Just("'quoted ''value'''".to_string()),
        Just("&anchor x".to_string()),
        Just("*alias".to_string()),
        Just("!!binary aGk=".to_string()),
        Just("|\n  block\n  text".to_string()),
        Just("../../etc/passwd".to_string()),
        Just(" JAVASCRIPT:alert(1)".to_string()),
        Just("~".to_string()),
        Just("yes".to_string()),
        any::<String>(),
    ];
    (
        "[ \t]{0,3}",
        key,
        prop_oneof![Just(":"), Just(": "), Just(" :"), Just("")],
        value,
    )
        .prop_map(|(indent, k, sep, v)| format!("{indent}{k}{sep}{v}"))
}

fn fm_document() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            Just("---\n"),
            Just("\u{feff}---\r\n"),
            Just("--- \n"),
            Just("")
        ],
        prop::collection::vec(fm_line(), 0..10),
        prop_oneof![Just("\n---\n"), Just("\n---"), Just("\n--\n"), Just("")],
        any::<String>(),
    )
        .prop_map(|(open, lines, close, body)| format!("{open}{}{close}{body}", lines.join("\n")))
}

/// Every diagnostic names this file and, when it names a line, one that exists.
fn check_parse(text: &str) {
    let lines = text.lines().count().max(1);
    let mut warnings = Vec::new();
    match article::parse(PathBuf::from("content/x.md"), text, &mut warnings) {
        Ok(f) => {
            assert!(!f.slug.is_empty());
            assert!(f
                .slug
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            assert!(text.ends_with(&f.body));
        }
        Err(errors) => {
            assert!(!errors.is_empty());
            for e in errors.iter().chain(&warnings) {
                assert_eq!(e.path, Path::new("content/x.md"));
                let line = e.line.expect("every front matter diagnostic has a line");
                assert!((1..=lines + 1).contains(&line), "{e} ({lines} lines)");
            }
        }
    }
}

proptest! {
    #![proptest_config(config(256))]

    /// The front matter parser never panics, on any text or any bytes, and its answers
    /// are consistent (a safe slug, or diagnostics with real lines).
    #[test]
    fn front_matter_parser_never_panics(text in any::<String>()) {
        check_parse(&text);
    }

    #[test]
    fn front_matter_like_documents_never_panic(text in fm_document()) {
        if let Ok(decoded) = article::decode(text.into_bytes()) {
            check_parse(&decoded);
        }
    }

    #[test]
    fn any_bytes_decode_or_name_a_line(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let lines = bytes.iter().filter(|&&b| b == b'\n').count() + 1;
        match article::decode(bytes) {
            Ok(text) => {
                prop_assert!(!text.contains('\r'));
                check_parse(&text);
            }
            Err((line, _)) => prop_assert!((1..=lines).contains(&line)),
        }
    }
}

// ---- rendering ------------------------------------------------------------------

/// Markdown and HTML fragments, hostile and ordinary, to be glued together at random.
fn fragment() -> impl Strategy<Value = String> {
    let pieces: Vec<&'static str> = vec![
        "\n",
        "\n\n",
        " ",
        "text",
        "Ünïcödé 東京",
        "# ",
        "## Heading {onclick=x() #id .c}",
        "- ",
        "1. ",
        "> ",
        "```\n",
        "    code",
        "|a|b|\n|:-|-:|\n|1|2|",
        "*",
        "**",
        "_",
        "~~",
        "`",
        "[",
        "]",
        "(",
        ")",
        "![",
        "[x](javascript:alert(1))",
        "[x](jav&#x09;ascript:x)",
        "<https://ok.example/>",
        "<javascript:x>",
        "[r]: data:text/html,x",
        "[r]",
        "[^1]",
        "[^1]: note",
        "<!-- more -->",
        "<!--",
        "-->",
        "<script>alert(1)</script>",
        "<script>",
        "</script>",
        "<style>*{}</style>",
        "<iframe src=x>",
        "<object>",
        "<embed>",
        "<form>",
        "<input>",
        "<svg><script>x</script>",
        "<math>",
        "<mglyph>",
        "<noscript>",
        "</noscript>",
        "<template>",
        "<textarea>",
        "<title>",
        "<plaintext>",
        "<xmp>",
        "<div>",
        "</div>",
        "<p>",
        "</p>",
        "<b>",
        "</b>",
        "<i>",
        "</i>",
        "<table>",
        "<tr>",
        "<td>",
        "</table>",
        "<pre>",
        "</pre>",
        "<a href=\"javascript:x\">",
        "<a href=\" JAVASCRIPT:x\">",
        "</a>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"https://t.example/p.gif\" width=1 height=1>",
        "<img src=\"https://x.example/a.jpg\" width=600>",
        "<p style=\"color:red\" onmouseover=x>",
        "<a href=\"&#1;javascript:x\">",
        "&lt;script&gt;",
        "&amp;",
        "&#0;",
        "&#x1F600;",
        "\"",
        "'",
        "<",
        ">",
        "&",
        "\u{0}",
        "\u{feff}",
        "\r\n",
        "\t",
    ];
    prop_oneof![
        9 => prop::sample::select(pieces).prop_map(str::to_string),
        1 => "[a-zA-Z0-9 <>&\"'=/:;!#\\[\\]()*_`~\n-]{0,12}",
    ]
}

fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(fragment(), 0..40).prop_map(|v| v.concat())
}

static PERMALINKS: LazyLock<HashMap<PathBuf, String>> = LazyLock::new(|| {
    [(
        PathBuf::from("content/other.md"),
        "/articles/other/".to_string(),
    )]
    .into()
});

fn render(body: &str) -> String {
    markdown::render(
        body,
        &LinkContext {
            dir: Path::new("content"),
            permalinks: &PERMALINKS,
        },
    )
    .html
}

/// Elements that have no end tag.
const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param",
];

/// Undo the escapes html5ever's serialiser writes (`&amp; &lt; &gt; &quot; &nbsp;`).
fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The tree the markup literally describes, as a canonical dump (attributes sorted,
/// adjacent text merged), read by a strict scanner: every end tag must close the element
/// opened last. `Err` says where the markup is unbalanced.
fn literal_tree(html: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut stack: Vec<String> = Vec::new();
    let mut text = String::new();
    let flush = |text: &mut String, out: &mut String| {
        if !text.is_empty() {
            out.push_str(&format!("{:?}", unescape(text)));
            text.clear();
        }
    };
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        text.push_str(&rest[..lt]);
        rest = &rest[lt..];
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").ok_or("unclosed comment")?;
            rest = &after[end + 3..];
            continue;
        }
        flush(&mut text, &mut out);
        let closing = rest.starts_with("</");
        let body = &rest[if closing { 2 } else { 1 }..];
        let name_end = body
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .ok_or("unterminated tag")?;
        let name = body[..name_end].to_string();
        let mut attrs: Vec<(String, String)> = Vec::new();
        let mut a = &body[name_end..];
        loop {
            a = a.trim_start();
            if let Some(r) = a.strip_prefix('>') {
                a = r;
                break;
            }
            if let Some(r) = a.strip_prefix("/>") {
                a = r;
                break;
            }
            let eq = a
                .find(|c: char| c == '=' || c == '>' || c.is_whitespace())
                .ok_or("unterminated attribute")?;
            let attr = a[..eq].to_string();
            a = &a[eq..];
            if let Some(r) = a.strip_prefix("=\"") {
                let close = r.find('"').ok_or("unterminated attribute value")?;
                attrs.push((attr, unescape(&r[..close])));
                a = &r[close + 1..];
            } else {
                attrs.push((attr, String::new()));
            }
        }
        rest = a;
        if closing {
            match stack.pop() {
                Some(open) if open == name => out.push_str(&format!("</{name}>")),
                other => return Err(format!("</{name}> closes {other:?}")),
            }
        } else {
            attrs.sort();
            out.push_str(&format!("<{name}{attrs:?}>"));
            // A parser drops a newline right after `<pre>` or `<listing>` (HTML5 "in
            // body" rules) and the serialiser does not double it: one blank line less.
            if matches!(name.as_str(), "pre" | "listing") {
                rest = rest.strip_prefix('\n').unwrap_or(rest);
            }
            if VOID.contains(&name.as_str()) {
                out.push_str(&format!("</{name}>"));
            } else {
                stack.push(name);
            }
        }
    }
    text.push_str(rest);
    flush(&mut text, &mut out);
    match stack.last() {
        Some(open) => Err(format!("<{open}> never closed")),
        None => Ok(out),
    }
}

/// A tree dump reduced to what it holds, whatever the nesting: the distinct elements
/// (name and sorted attributes), and its text characters sorted.
fn contents(dump: &str) -> (Vec<String>, Vec<char>) {
    let mut elements = Vec::new();
    let mut chars = Vec::new();
    let mut rest = dump;
    while !rest.is_empty() {
        if rest.starts_with('"') {
            // A text node, written with {:?}: find its closing quote.
            let mut escaped = false;
            let mut end = 1;
            for (i, c) in rest.char_indices().skip(1) {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == '"' {
                    end = i;
                    break;
                }
            }
            let lit = &rest[..=end];
            let text: String = lit[1..lit.len() - 1]
                .replace("\\n", "\n")
                .replace("\\\"", "\"");
            chars.extend(text.chars());
            rest = &rest[end + 1..];
        } else {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            if !rest.starts_with("</") {
                elements.push(rest[..end].to_string());
            }
            rest = &rest[end..];
        }
    }
    elements.sort();
    elements.dedup();
    chars.sort_unstable();
    (elements, chars)
}

/// The tree html5ever (the HTML5 parsing algorithm browsers use) builds from `html`
/// inside a `<div>`, as a page embeds an article body, dumped like [`literal_tree`].
fn parsed_tree(html: &str) -> String {
    fn dump(el: scraper::ElementRef<'_>, out: &mut String) {
        for child in el.children() {
            match child.value() {
                scraper::Node::Text(t) => out.push_str(&format!("{:?}", &**t)),
                scraper::Node::Element(e) => {
                    let mut attrs: Vec<(String, String)> = e
                        .attrs()
                        .map(|(k, v)| (k.to_string(), v.to_string()))
                        .collect();
                    attrs.sort();
                    out.push_str(&format!("<{}{attrs:?}>", e.name()));
                    if let Some(child) = scraper::ElementRef::wrap(child) {
                        dump(child, out);
                    }
                    out.push_str(&format!("</{}>", e.name()));
                }
                _ => {}
            }
        }
    }
    let doc = scraper::Html::parse_fragment(&format!("<div>{html}</div>"));
    let mut out = String::new();
    dump(doc.root_element(), &mut out);
    // Our wrapper, as the literal tree would write it.
    out.strip_prefix("<div[]>")
        .and_then(|s| s.strip_suffix("</div>"))
        .map(str::to_string)
        .unwrap_or(out)
}

proptest! {
    #![proptest_config(config(96))]

    /// Whatever a body holds, its HTML is safe and well-formed.
    ///
    /// Safe: no element that runs code, embeds, styles or takes input; no event handler;
    /// no `style` but table-cell alignment; no URL attribute a browser would read as
    /// `javascript:`, `vbscript:` or `data:`.
    ///
    /// Well-formed: every tag is closed, in order (a strict scanner reads the tree the
    /// markup literally describes and rejects any stray or unclosed tag), and the tree
    /// html5ever (the HTML5 algorithm browsers use) builds from the same text inside a
    /// `<div>` holds the same kinds of elements with the same attributes, and exactly the
    /// same text. Sanitised HTML is not always a fixed point of parsing (foster parenting
    /// around a `<table>` can leave a link inside a link, which a browser splits, cloning
    /// formatting elements like `<b>` as it does), so reparsing may move or clone what is
    /// there, but never introduce an element or attribute, nor add, drop or change a
    /// character of text: no text can turn into markup (no mutation XSS).
    #[test]
    fn rendered_html_is_safe_and_well_formed(body in body()) {
        let html = render(&body);
        let doc = scraper::Html::parse_fragment(&html);
        for node in doc.tree.nodes() {
            let Some(el) = node.value().as_element() else { continue };
            let name = el.name();
            prop_assert!(
                !matches!(name, "script" | "style" | "iframe" | "object" | "embed" | "form"
                    | "input" | "textarea" | "select" | "button" | "svg" | "math" | "noscript"
                    | "template" | "base" | "link" | "meta" | "title"),
                "<{}> in {:?} from {:?}", name, html, body
            );
            for (attr, value) in el.attrs() {
                prop_assert!(!attr.starts_with("on"), "{}= in {:?}", attr, html);
                prop_assert!(attr != "style" || matches!(name, "td" | "th"), "style in {:?}", html);
                if matches!(attr, "href" | "src") {
                    let v = checks::url_as_browsers_read(value);
                    for bad in ["javascript:", "vbscript:", "data:"] {
                        prop_assert!(!v.starts_with(bad), "{}={:?} in {:?}", attr, value, html);
                    }
                }
            }
        }
        let literal = literal_tree(&html);
        prop_assert!(literal.is_ok(), "{:?}: unbalanced {:?} from {:?}", literal, html, body);
        let literal = literal.unwrap();
        let parsed = parsed_tree(&html);
        prop_assert_eq!(
            contents(&literal),
            contents(&parsed),
            "a browser's tree holds other elements or text than the markup: {:?} from {:?}",
            html,
            body
        );
    }

    /// Rendering is a function: the same body gives the same HTML.
    #[test]
    fn rendering_is_deterministic(body in body()) {
        prop_assert_eq!(render(&body), render(&body));
    }
}

// ---- cleaner --------------------------------------------------------------------

static RULES: LazyLock<CleanRules> =
    LazyLock::new(|| CleanRules::compile(&CleaningConfig::default()).unwrap());

/// Article lines and boilerplate-like lines, mixed.
fn clean_line() -> impl Strategy<Value = String> {
    let boilerplate: Vec<&'static str> = vec![
        "Follow us on Twitter for more updates.",
        "Subscribe to our newsletter",
        "© 2025 Fuzz Wire. All rights reserved.",
        "Copyright 2025 Fuzz Wire",
        "Advertisement",
        "ADVERTISEMENT",
        "Read more: Ferry fares to rise",
        "Share this article",
        "12 Quay Street, Harbourtown 4021",
        "https://fuzzwire.example/newsletter",
        "Listen to this article",
        "5 min read",
        "Related stories",
        "Photo: Jane Doe/Fuzz Wire",
        "Sign up for our daily briefing.",
        "\"All rights reserved,\" the notice said.",
        "## Read more",
        "- Follow us on Facebook",
        "```",
        "",
        "   ",
        "---",
    ];
    prop_oneof![
        3 => prop::sample::select(boilerplate).prop_map(str::to_string),
        3 => "[A-Z][a-z]{2,9}( [a-z]{1,9}){3,18}[.!?]",
        1 => "[A-Za-z0-9 ,.:;!?'\"()#*_>|-]{0,70}",
        1 => any::<String>().prop_map(|s| s.replace('\n', " ")),
    ]
}

fn clean_body() -> impl Strategy<Value = String> {
    (prop::collection::vec(clean_line(), 0..30), any::<bool>()).prop_map(|(lines, trailing)| {
        let mut b = lines.join("\n");
        if trailing {
            b.push('\n');
        }
        b
    })
}

proptest! {
    #![proptest_config(config(128))]

    /// The cleaner only takes lines away (never grows a body, keeps lines in order) and
    /// is idempotent: a cleaned body, with the same learned boilerplate, cleans to itself.
    #[test]
    fn cleaner_never_grows_and_is_idempotent(a in clean_body(), b in clean_body()) {
        let ctx = SourceContext {
            source: Some("Fuzz Wire"),
            source_url: Some("https://www.fuzzwire.example/news/1"),
            title: a.lines().next(),
            author: None,
        };
        // Two articles of one publisher, so repeated lines are learned.
        let learned = clean::learn([(ctx, a.as_str()), (ctx, b.as_str())]);
        for body in [&a, &b] {
            let once = clean::clean(body, &ctx, &RULES, &learned);
            prop_assert!(once.body.len() <= body.len(), "grew: {:?} -> {:?}", body, once.body);
            let mut original = body.split('\n');
            for kept in once.body.split('\n').filter(|l| !l.trim().is_empty()) {
                prop_assert!(original.any(|l| l == kept), "{:?} is not a line of {:?}", kept, body);
            }
            let twice = clean::clean(&once.body, &ctx, &RULES, &learned);
            prop_assert_eq!(&twice.body, &once.body, "not idempotent on {:?}", body);
        }
    }
}

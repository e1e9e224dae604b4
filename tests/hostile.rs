//! Hostile content: articles are pasted from the open web, so every byte of them is
//! treated as an attack. Each test builds a site and *parses* what it wrote (scraper for
//! HTML, roxmltree for XML, serde_json for JSON) instead of searching strings, so an
//! escape that looks right but parses wrong is caught.

mod common;

use std::path::Path;

use common::{article, select, texts, walk, TestSite};
use scraper::Html;

const CONFIG: &str = "title: Hostile Brief\nbase_url: https://example.org/\n";

/// The URL scheme of an attribute value as a browser reads it (WHATWG URL parsing):
/// C0 controls and spaces trimmed, tabs and newlines removed anywhere, any case.
fn scheme_of(value: &str) -> Option<String> {
    let v: String = value
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let head = v.split(['/', '?', '#']).next().unwrap_or("");
    let (scheme, _) = head.split_once(':')?;
    let valid = scheme
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Every check a page of the site must pass, whatever its articles hold: the only script
/// is the theme's own external `search.js`; no inline style, frame, plugin; no event
/// handler or inline style attribute outside table cells; every URL attribute is
/// relative or http(s)/mailto/tel.
fn assert_safe_page(doc: &Html, what: &str) {
    for el in select(doc, "*") {
        let name = el.value().name();
        match name {
            "script" => {
                let src = el.value().attr("src").unwrap_or("");
                assert!(
                    src.ends_with("/search.js") && el.text().collect::<String>().is_empty(),
                    "{what}: a script that is not the theme's: {}",
                    el.html()
                );
            }
            "style" | "iframe" | "frame" | "object" | "embed" | "applet" | "base" | "svg"
            | "math" => panic!("{what}: <{name}> element: {}", el.html()),
            _ => {}
        }
        for (attr, value) in el.value().attrs() {
            assert!(
                !attr.to_ascii_lowercase().starts_with("on"),
                "{what}: event handler {attr}={value:?} on <{name}>"
            );
            if attr == "style" {
                assert!(
                    matches!(name, "td" | "th") && value.starts_with("text-align"),
                    "{what}: style={value:?} on <{name}>"
                );
            }
            if matches!(
                attr,
                "href" | "src" | "action" | "formaction" | "data" | "poster" | "srcset" | "ping"
            ) {
                if let Some(scheme) = scheme_of(value) {
                    assert!(
                        matches!(scheme.as_str(), "http" | "https" | "mailto" | "tel"),
                        "{what}: {attr}={value:?} on <{name}>"
                    );
                }
            }
        }
    }
}

/// The article body as it appears on its page: no forms or inputs either (the theme's
/// search form lives elsewhere).
fn assert_safe_body(doc: &Html, what: &str) {
    for el in select(doc, ".story .body *") {
        let name = el.value().name();
        assert!(
            !matches!(
                name,
                "form" | "input" | "button" | "select" | "textarea" | "noscript" | "template"
            ),
            "{what}: <{name}> in the article body"
        );
    }
}

/// Every file of the output, checked by kind; returns the parsed HTML pages. RSS
/// `<description>` holds entity-encoded HTML by the RSS 2.0 spec and is checked as HTML
/// only when `rss_description_is_html` (see the ignored test below).
fn check_every_output_file(out: &Path) -> Vec<(String, Html)> {
    check_output(out, false)
}

fn check_output(out: &Path, rss_description_is_html: bool) -> Vec<(String, Html)> {
    let mut pages = Vec::new();
    for rel in walk(out) {
        let path = out.join(&rel);
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8(bytes).unwrap_or_default();
        if rel.ends_with(".html") {
            let doc = Html::parse_document(&text);
            assert_safe_page(&doc, &rel);
            pages.push((rel, doc));
        } else if rel.ends_with(".xml") {
            let xml = roxmltree::Document::parse(&text)
                .unwrap_or_else(|e| panic!("{rel} is not well-formed XML: {e}"));
            for node in xml.descendants().filter(|n| n.is_element()) {
                let tag = node.tag_name().name();
                assert_ne!(tag, "script", "{rel}: <script> element");
                // Atom `content type="html"` is HTML inside XML: check it as a page.
                if tag == "content" || (tag == "description" && rss_description_is_html) {
                    let html = node.text().unwrap_or("");
                    assert_safe_page(&Html::parse_fragment(html), &format!("{rel} <{tag}>"));
                }
            }
        } else if rel.ends_with(".json") {
            serde_json::from_str::<serde_json::Value>(&text)
                .unwrap_or_else(|e| panic!("{rel} is not JSON: {e}"));
            assert!(
                !text.contains('<') && !text.contains('>'),
                "{rel}: raw < or > in JSON"
            );
        }
    }
    pages
}

const HOSTILE_BODY: &str = r##"Story text survives.

<script>alert('s1')</script>
<SCRIPT SRC="https://evil.example/x.js"></SCRIPT>
<style>body{display:none}</style>
<iframe src="https://evil.example/frame"></iframe>
<object data="https://evil.example/x.swf"></object>
<embed src="https://evil.example/x.swf">
<form action="https://evil.example/post"><input name="q"><button>Go</button></form>
<img src="x" onerror="alert('s2')">
<p onclick="alert('s3')" style="position:fixed">Paragraph kept.</p>
<a href="javascript:alert('s4')">raw js</a>
<a href="jav&#x09;ascript:alert('s5')">tab js</a>
<a href="&#x20;JaVaScRiPt:alert('s6')">spaced js</a>
<a href="&#1;javascript:alert('s7')">control js</a>
<a href="data:text/html;base64,PHNjcmlwdD4=">data link</a>
<a href="vbscript:msgbox('s8')">vb link</a>
<img src="data:image/svg+xml,<svg onload=alert('s9')>">
<svg><script>alert('s10')</script></svg>
<math><mi xlink:href="javascript:alert('s11')">m</mi></math>
<noscript><p title="</noscript><img src=x onerror=alert('s12')>"></noscript>
<img src="https://track.example/pixel.gif" width="1" height="1">
<img src="https://track.example/zero.gif" width="0" height="0" alt="">
<IMG SRC="https://track.example/upper.gif" WIDTH="1px" HEIGHT="1px">
<img src="https://track.example/styled.gif" style="width:1px;height:1px">
<img src="https://track.example/hidden.gif" style="display:none">
<img src="https://photos.example/harbour.jpg" width="640" height="480" alt="Harbour">

## Heading kept {onmouseover=alert('s13') style="position:fixed"}

[md js](javascript:alert('s14')) [md tab](jav&#x09;ascript:alert('s15')) [md upper](JAVASCRIPT:alert('s16')) [md data](data:text/html,x) [md vb](vbscript:x) [md web](https://safe.example/page)

<javascript:void(0)> <https://safe.example/auto>

[ref link][evil] ![md img](javascript:alert('s17')) ![md data img](data:image/png;base64,AA) ![photo](https://photos.example/p.jpg)

[evil]: javascript:alert('s18')

| left | centre |
|:-----|:------:|
| a    | b      |

Final paragraph kept.
"##;

#[test]
fn raw_html_and_markdown_are_sanitised_in_pages_and_feeds() {
    let site = TestSite::new(CONFIG);
    site.article(
        "hostile.md",
        &article(
            "Hostile paste",
            "2025-11-18",
            "clean: false\ntags: [harbour]\n",
            HOSTILE_BODY,
        ),
    );
    site.build().unwrap();
    let pages = check_every_output_file(&site.out());
    let (_, doc) = pages
        .iter()
        .find(|(rel, _)| rel == "articles/hostile-paste/index.html")
        .expect("article page");
    assert_safe_body(doc, "article");

    // Nothing of the attacks is left anywhere, in any file: not the payloads, not the
    // tracking pixels, not the hosts of removed embeds.
    let all: String = walk(&site.out())
        .iter()
        .map(|f| std::fs::read_to_string(site.out().join(f)).unwrap_or_default())
        .collect();
    for gone in [
        "alert(",
        "msgbox",
        "evil.example",
        "track.example",
        "position:fixed",
        "display:none",
    ] {
        assert!(!all.contains(gone), "{gone:?} is in the output");
    }

    // The article's own text and safe content all stay.
    let body = texts(doc, ".story .body").join(" ");
    for kept in [
        "Story text survives.",
        "Paragraph kept.",
        "raw js",
        "tab js",
        "data link",
        "Heading kept",
        "md js",
        "md web",
        "ref link",
        "md img",
        "Final paragraph kept.",
    ] {
        assert!(body.contains(kept), "{kept:?} lost: {body}");
    }
    let srcs: Vec<&str> = select(doc, ".story .body img")
        .iter()
        .filter_map(|e| e.value().attr("src"))
        .collect();
    // `<img src=x onerror=…>` keeps a harmless relative `src="x"` (the noscript one
    // too: ammonia parses `<noscript>` content as text, as browsers with script do).
    assert_eq!(
        srcs,
        vec![
            "x",
            "x",
            "https://photos.example/harbour.jpg",
            "https://photos.example/p.jpg"
        ]
    );
    let hrefs: Vec<&str> = select(doc, ".story .body a[href]")
        .iter()
        .filter_map(|e| e.value().attr("href"))
        .collect();
    assert_eq!(
        hrefs,
        vec!["https://safe.example/page", "https://safe.example/auto"]
    );
    // Links that stay get rel=noopener noreferrer; table alignment survives.
    for a in select(doc, ".story .body a[href]") {
        assert_eq!(a.value().attr("rel"), Some("noopener noreferrer"));
    }
    assert_eq!(
        select(doc, ".story .body th")[1].value().attr("style"),
        Some("text-align:center")
    );
}

/// Values that try to break out of text, attributes, XML and JSON.
const T: &str = r#""><script>alert(1)</script>"#;
const AUTHOR: &str = "'onmouseover='alert(2)";
const SOURCE: &str = "</title><script>alert(3)</script>";
const TAGS: [&str; 3] = [
    r#""><img src=x onerror=alert(4)>"#,
    "'onmouseover='alert(5)",
    "</script><script>alert(6)</script>",
];
const SUMMARY: &str = r#"<b onmouseover=alert(7)>sum</b> & "quotes" 'apos' ]]> --> \u2028"#;
const SOURCE_URL: &str = r#"https://x.example/a?q="onmouseover="alert(9)"#;

/// YAML single-quoted scalar (the only escape is `''`).
fn yq(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn hostile_front_matter_site() -> TestSite {
    let site = TestSite::new(CONFIG);
    let fm = format!(
        "---\ntitle: {}\ndate: 2025-11-18\nauthor: {}\nsource: {}\nsource_url: {}\ntags: [{}]\nsummary: {}\nnote: {}\n---\nBody text.\n",
        yq(T),
        yq(AUTHOR),
        yq(SOURCE),
        yq(SOURCE_URL),
        TAGS.map(yq).join(", "),
        yq(SUMMARY),
        yq(T),
    );
    site.article("x.md", &fm);
    // A second article so listings, related links and previous/next show the first.
    site.article(
        "y.md",
        &format!(
            "---\ntitle: Neighbour\ndate: 2025-11-19\ntags: [{}]\nsource: {}\nnote: {}\n---\nOther.\n",
            TAGS.map(yq).join(", "),
            yq(SOURCE),
            yq(T)
        ),
    );
    site
}

#[test]
fn front_matter_values_are_escaped_in_every_output_file_and_round_trip() {
    let site = hostile_front_matter_site();
    site.build().unwrap();
    let pages = check_every_output_file(&site.out());
    assert!(pages.len() >= 10, "{}", pages.len());
    let slug = briefing::content::article::slugify(T);
    let (_, doc) = pages
        .iter()
        .find(|(rel, _)| *rel == format!("articles/{slug}/index.html"))
        .expect("article page");

    // HTML text and attributes: the values read back exactly as written.
    assert_eq!(texts(doc, ".story h1"), vec![T]);
    assert!(texts(doc, "title")[0].starts_with(T));
    let meta = |css: &str| {
        select(doc, css)
            .first()
            .and_then(|e| e.value().attr("content"))
            .map(str::to_string)
    };
    assert_eq!(meta("meta[name=author]").as_deref(), Some(AUTHOR));
    assert_eq!(meta("meta[property='og:title']").as_deref(), Some(T));
    assert_eq!(meta("meta[name=description]").as_deref(), Some(SUMMARY));
    assert_eq!(texts(doc, ".story .source"), vec![SOURCE]);
    assert_eq!(
        select(doc, ".story a.source")[0].value().attr("href"),
        Some(SOURCE_URL)
    );
    let mut tags = texts(doc, ".story .tags a");
    tags.sort();
    let mut want = TAGS.map(String::from).to_vec();
    want.sort();
    assert_eq!(tags, want);
    // Listings show the title as text too.
    let home = &pages.iter().find(|(r, _)| r == "index.html").unwrap().1;
    assert!(texts(home, "a").iter().any(|t| t == T), "title not on home");

    // Atom: title, author, categories read back exactly.
    let atom = std::fs::read_to_string(site.out().join("atom.xml")).unwrap();
    let xml = roxmltree::Document::parse(&atom).unwrap();
    let entry = xml
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .find(|e| {
            e.children()
                .any(|c| c.has_tag_name("title") && c.text() == Some(T))
        })
        .expect("atom entry with the title");
    let names: Vec<&str> = entry
        .descendants()
        .filter(|n| n.has_tag_name("name"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(names, vec![AUTHOR]);
    let mut labels: Vec<&str> = entry
        .descendants()
        .filter(|n| n.has_tag_name("category"))
        .filter_map(|n| n.attribute("label"))
        .collect();
    labels.sort();
    assert_eq!(labels, TAGS.to_vec().tap_sort());
    let summary = entry
        .children()
        .find(|c| c.has_tag_name("summary"))
        .and_then(|c| c.text());
    assert_eq!(summary, Some(SUMMARY));
    // RSS.
    let rss = std::fs::read_to_string(site.out().join("rss.xml")).unwrap();
    let xml = roxmltree::Document::parse(&rss).unwrap();
    let titles: Vec<&str> = xml
        .descendants()
        .filter(|n| n.has_tag_name("item"))
        .flat_map(|i| i.children().filter(|c| c.has_tag_name("title")))
        .filter_map(|t| t.text())
        .collect();
    assert!(titles.contains(&T), "{titles:?}");

    // search-index.json: parses, values read back exactly.
    let json: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(site.out().join("search-index.json")).unwrap(),
    )
    .unwrap();
    let entry = json
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["title"] == T)
        .expect("search entry");
    assert_eq!(entry["source"], SOURCE);
    let mut tags: Vec<&str> = entry["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t.as_str().unwrap())
        .collect();
    tags.sort();
    assert_eq!(tags, TAGS.to_vec().tap_sort());
}

/// RSS 2.0 `<description>` is HTML (entity-encoded in XML): feed readers render it.
/// The summary is plain text, so it must be HTML-escaped before it goes in there; it is
/// only XML-escaped, and a summary `<b onmouseover=…>` (or body text `&lt;script&gt;`,
/// which the derived summary holds as `<script>`) reaches readers as markup.
#[test]
fn rss_descriptions_are_html_escaped_text() {
    let site = hostile_front_matter_site();
    site.article(
        "z.md",
        &article(
            "Escaped body",
            "2025-11-20",
            "",
            "Text &lt;script&gt;alert(10)&lt;/script&gt; shown as text.\n",
        ),
    );
    site.build().unwrap();
    check_output(&site.out(), true);
}

#[test]
fn extra_front_matter_is_escaped_in_templates() {
    let site = hostile_front_matter_site();
    site.file(
        "templates/article.html",
        "{% extends \"base.html\" %}{% block content %}<p id=\"note\" data-note=\"{{ article.extra.note }}\" title='{{ article.extra.note }}'>{{ article.extra.note }}</p>{% endblock content %}",
    );
    site.build().unwrap();
    check_every_output_file(&site.out());
    let slug = briefing::content::article::slugify(T);
    let doc = site.page(&format!("articles/{slug}/index.html"));
    let p = select(&doc, "#note");
    assert_eq!(p.len(), 1);
    assert_eq!(p[0].value().attr("data-note"), Some(T));
    assert_eq!(p[0].value().attr("title"), Some(T));
    assert_eq!(texts(&doc, "#note"), vec![T]);
}

trait TapSort {
    fn tap_sort(self) -> Self;
}
impl<T: Ord> TapSort for Vec<T> {
    fn tap_sort(mut self) -> Self {
        self.sort();
        self
    }
}

#[test]
fn source_url_accepts_http_and_https_only() {
    for bad in [
        "javascript:alert(1)",
        " JAVASCRIPT:alert(1)",
        "\tjavascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://files.example/a",
        "//evil.example/x",
        "/relative/path",
        "evil.example",
    ] {
        let site = TestSite::new(CONFIG);
        site.article(
            "a.md",
            &format!(
                "---\ntitle: A\ndate: 2025-11-18\nsource_url: {}\n---\nx\n",
                yq(bad)
            ),
        );
        let err = site.build().unwrap_err().to_string();
        assert!(
            err.contains("content/a.md:4: source_url:"),
            "{bad:?} accepted or unnamed: {err}"
        );
        assert!(!site.out().exists(), "{bad:?}: output written");
    }
    // An empty web link (`https://`, `https:///`: a placeholder) is dropped with a
    // warning naming the line: the article builds, with no source link.
    for empty in ["https://", "https:///", "HTTP://"] {
        let site = TestSite::new(CONFIG);
        site.article(
            "a.md",
            &format!(
                "---\ntitle: A\ndate: 2025-11-18\nsource: S\nsource_url: {}\n---\nx\n",
                yq(empty)
            ),
        );
        let report = site.build().unwrap_or_else(|e| panic!("{empty:?}: {e}"));
        assert!(
            report
                .warnings
                .iter()
                .any(|w| w.to_string().starts_with("content/a.md:5: source_url:")),
            "{empty:?}: {:?}",
            report.warnings
        );
        let doc = site.page("articles/a/index.html");
        assert!(
            select(&doc, "a.source").is_empty(),
            "{empty:?} still linked"
        );
    }
    // Web links are kept as written, in every spelling a browser reads as http(s)
    // (fuzzing found `https:/host`, which WHATWG URL parsing reads as `https://host`).
    for good in [
        "https://news.example/a?b=c#d",
        "http://news.example/",
        "HTTPS://NEWS.EXAMPLE/A",
        "https:/news.example/a",
    ] {
        let site = TestSite::new(CONFIG);
        site.article(
            "a.md",
            &format!(
                "---\ntitle: A\ndate: 2025-11-18\nsource: S\nsource_url: {}\n---\nx\n",
                yq(good)
            ),
        );
        site.build()
            .unwrap_or_else(|e| panic!("{good:?} rejected: {e}"));
        let doc = site.page("articles/a/index.html");
        assert_eq!(select(&doc, "a.source")[0].value().attr("href"), Some(good));
    }
}

#[test]
fn unsafe_slugs_are_errors_naming_file_and_line() {
    for bad in [
        "../../etc/passwd",
        "/etc/passwd",
        "a/b",
        "a\\b",
        "..",
        ".",
        ".hidden",
        "c:evil",
        "CON",
        "nul.txt",
        "Aux",
        "tab\there",
    ] {
        let site = TestSite::new(CONFIG);
        site.article("ok.md", &article("Fine", "2025-11-18", "", "x\n"));
        site.article(
            "sub/bad.md",
            &format!(
                "---\ntitle: Bad\ndate: 2025-11-18\nslug: \"{}\"\n---\nx\n",
                bad.replace('\\', "\\\\").replace('\t', "\\t")
            ),
        );
        let err = site.build().unwrap_err();
        let diags = err.diagnostics();
        assert_eq!(diags.len(), 1, "{bad:?}: {err}");
        assert!(
            diags[0]
                .to_string()
                .starts_with("content/sub/bad.md:4: slug "),
            "{bad:?}: {err}"
        );
        assert!(!site.out().exists());
    }
}

/// Every file the build wrote is under `output/`, and nothing else changed in the site.
fn assert_only_output_written(site: &TestSite, before: &[String]) {
    let now = walk(site.root());
    let outside: Vec<&String> = now
        .iter()
        .filter(|p| !p.starts_with("output/") && !before.contains(p))
        .collect();
    assert!(outside.is_empty(), "written outside output/: {outside:?}");
}

#[test]
fn odd_tags_sources_and_titles_stay_inside_output() {
    let site = TestSite::new(CONFIG);
    let odd = [
        "..",
        ".",
        "/etc",
        "/etc/passwd",
        "../../../tmp/briefing-escape",
        "C:\\Windows",
        "%2e%2e%2f",
        "CON",
        "~",
        "\u{202e}evil",
        "",
    ];
    for (i, value) in odd.iter().enumerate() {
        site.article(
            &format!("t{i}.md"),
            &format!(
                "---\ntitle: {}\ndate: 2025-11-18\nsource: {}\ntags: [{}, ok]\n---\nx\n",
                yq(&format!("Story {i} {value}")),
                yq(value),
                yq(value)
            ),
        );
    }
    // Titles with no letters or digits take the file's name.
    for (name, title) in [("dots", ".."), ("slash", "/"), ("puncts", "?!*:|<>\"")] {
        site.article(&format!("{name}.md"), &article_yq(title));
    }
    // Even a file name with none falls back to a fixed name.
    site.article("_.md", &article_yq("..."));
    let before = walk(site.root());
    site.build().unwrap();
    assert_only_output_written(&site, &before);
    assert!(!Path::new("/tmp/briefing-escape").exists());
    for page in ["dots", "slash", "puncts", "article"] {
        assert!(
            site.out()
                .join(format!("articles/{page}/index.html"))
                .is_file(),
            "{page}"
        );
    }
    // Every folder name in the output is a plain slug (or a date).
    for rel in walk(&site.out()) {
        for seg in rel.split('/') {
            assert!(
                !seg.is_empty()
                    && !seg.starts_with('.')
                    && seg
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_')),
                "odd path segment {seg:?} in {rel}"
            );
        }
    }
    // `..` and `.` and the empty tag have no letters: they share the fallback tag.
    let tags = site.page("tags/index.html");
    let names = texts(&tags, ".tag-cloud li a");
    assert!(names.contains(&"ok".to_string()), "{names:?}");
}

fn article_yq(title: &str) -> String {
    format!("---\ntitle: {}\ndate: 2025-11-18\n---\nx\n", yq(title))
}

/// Fuzzing regression: a control character inside a scheme makes a browser read the URL
/// as relative (only tab, LF and CR are removed inside URLs), so it may stay, harmlessly;
/// but tab, LF, CR and leading controls never hide a `javascript:`.
#[test]
fn control_characters_in_schemes_are_read_as_browsers_do() {
    let site = TestSite::new(CONFIG);
    site.article(
        "a.md",
        &article(
            "A",
            "2025-11-18",
            "clean: false\n",
            "<a href=\"jav\u{18}ascript:alert(1)\">c</a> <a href=\"jav&#x0A;ascript:alert(1)\">n</a> <a href=\"&#x0D;javascript:alert(1)\">r</a> <a href=\"\u{1}javascript:alert(1)\">s</a>\n",
        ),
    );
    site.build().unwrap();
    let doc = site.page("articles/a/index.html");
    assert_safe_page(&doc, "article");
    let hrefs: Vec<&str> = select(&doc, ".story .body a[href]")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    for h in &hrefs {
        assert_eq!(scheme_of(h), None, "{h:?}");
    }
}

/// `sanitize:` in briefing.yaml reaches rendering: extra tags and attributes allowed,
/// a scheme taken away, tracking pixels kept on request, and the fixed limits hold.
#[test]
fn sanitize_settings_in_briefing_yaml_apply() {
    let site = TestSite::new(&format!(
        "{CONFIG}sanitize:\n  allow_tags: [video]\n  allow_attributes:\n    video: [src, controls]\n  url_schemes: [https]\n  drop_tracking_pixels: false\n"
    ));
    site.article(
        "a.md",
        &article(
            "A",
            "2025-11-18",
            "clean: false\n",
            "<video src=\"https://v.example/a.mp4\" controls onplay=\"x()\"></video>\n\n[mail](mailto:a@x.example) [web](https://x.example/)\n\n<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\">\n\n<script>alert(1)</script>\n",
        ),
    );
    site.build().unwrap();
    let doc = site.page("articles/a/index.html");
    assert_safe_page(&doc, "article");
    let video = select(&doc, ".story .body video");
    assert_eq!(video.len(), 1);
    assert_eq!(
        video[0].value().attr("src"),
        Some("https://v.example/a.mp4")
    );
    assert!(video[0].value().attr("controls").is_some());
    let hrefs: Vec<&str> = select(&doc, ".story .body a[href]")
        .iter()
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(hrefs, vec!["https://x.example/"]);
    assert_eq!(select(&doc, ".story .body img").len(), 1);
}

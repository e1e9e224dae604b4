//! The build pipeline end to end: fixture sites in a temp folder, output parsed as HTML.

mod common;

use common::{article, crawl, html_files, select, texts, TestSite};

const CONFIG: &str = "title: Test Brief\nbase_url: https://example.org/\npaginate: 2\n";

/// Five published articles over three days, one draft, tags in two spellings.
fn sample_site() -> TestSite {
    let site = TestSite::new(CONFIG);
    site.article(
        "a.md",
        &article(
            "Alpha report",
            "2025-11-17",
            "tags: [Economy, trade]\nsource: Wire\nsource_url: https://wire.example/a\n",
            "Alpha body.\n",
        ),
    );
    site.article(
        "b.md",
        &article(
            "Bravo report",
            "2025-11-18",
            "tags: [economy]\n",
            "Bravo body with a [link to alpha](a.md).\n",
        ),
    );
    site.article(
        "c.md",
        &article(
            "Charlie report",
            "2025-11-18T09:00:00Z",
            "tags: [economy, energy]\n",
            "## Section one\n\nCharlie body.\n",
        ),
    );
    site.article(
        "nested/d.md",
        &article(
            "Delta report",
            "2025-11-19",
            "tags: [energy]\n",
            "Delta body.\n",
        ),
    );
    site.article(
        "e.md",
        &article("Echo report", "2025-11-19", "", "Echo body.\n"),
    );
    site.article(
        "draft.md",
        &article(
            "Secret draft",
            "2025-11-20",
            "draft: true\ntags: [economy]\n",
            "Not yet.\n",
        ),
    );
    site
}

#[test]
fn every_internal_link_resolves() {
    let site = sample_site();
    site.build().unwrap();
    let (reached, broken) = crawl(&site.out(), "/");
    assert!(broken.is_empty(), "broken links: {broken:?}");
    // Every page written is reachable by following links.
    let written = html_files(&site.out());
    let unreached: Vec<_> = written.difference(&reached).collect();
    assert!(unreached.is_empty(), "pages no link reaches: {unreached:?}");
}

#[test]
fn drafts_are_left_out_unless_asked_for() {
    let site = sample_site();
    let report = site.build().unwrap();
    assert_eq!(report.articles, 5);
    let all: String = html_files(&site.out())
        .iter()
        .map(|f| std::fs::read_to_string(site.out().join(f)).unwrap())
        .collect();
    assert!(!all.contains("Secret draft"));
    assert!(!site.out().join("articles/secret-draft").exists());

    let report = site.build_with(|o| o.drafts = true).unwrap();
    assert_eq!(report.articles, 6);
    assert!(site
        .out()
        .join("articles/secret-draft/index.html")
        .is_file());
}

#[test]
fn tags_merge_case_insensitively_in_most_used_spelling() {
    let site = sample_site();
    site.build().unwrap();
    let tags = site.page("tags/index.html");
    let names = texts(&tags, ".tag-cloud li a");
    assert_eq!(names, vec!["economy", "energy", "trade"]);
    let counts = texts(&tags, ".tag-cloud .count");
    assert_eq!(counts, vec!["3", "2", "1"]);
    // One tag page lists the articles of both spellings, across its pages.
    let mut titles = texts(&site.page("tags/economy/index.html"), ".card h3");
    titles.extend(texts(
        &site.page("tags/economy/page/2/index.html"),
        ".card h3",
    ));
    assert_eq!(
        titles,
        vec!["Charlie report", "Bravo report", "Alpha report"]
    );
}

#[test]
fn pagination_reaches_every_article_newest_first() {
    let site = sample_site();
    site.build().unwrap();
    let mut titles = Vec::new();
    let mut page = "index.html".to_string();
    loop {
        let doc = site.page(&page);
        titles.extend(texts(&doc, ".card h3"));
        match select(&doc, "a[rel=next]").first() {
            Some(a) => {
                page = format!(
                    "{}index.html",
                    a.value().attr("href").unwrap().trim_start_matches('/')
                )
            }
            None => break,
        }
    }
    // Same day: the later instant first, then by slug.
    assert_eq!(
        titles,
        vec![
            "Delta report",
            "Echo report",
            "Charlie report",
            "Bravo report",
            "Alpha report"
        ]
    );
    assert!(site.out().join("page/3/index.html").is_file());
    assert!(!site.out().join("page/4").exists());
}

#[test]
fn home_groups_entries_under_date_headings() {
    let site = sample_site();
    site.build().unwrap();
    let doc = site.page("index.html");
    assert_eq!(texts(&doc, ".day-heading"), vec!["19 November 2025"]);
    let doc = site.page("page/2/index.html");
    assert_eq!(texts(&doc, ".day-heading"), vec!["18 November 2025"]);
}

#[test]
fn article_page_has_metadata_body_and_neighbours() {
    let site = sample_site();
    site.build().unwrap();
    let doc = site.page("articles/bravo-report/index.html");
    assert_eq!(texts(&doc, "h1"), vec!["Bravo report"]);
    // Links between content files become article URLs.
    let link = select(&doc, ".body a")[0]
        .value()
        .attr("href")
        .unwrap()
        .to_string();
    assert_eq!(link, "/articles/alpha-report/");
    assert_eq!(
        select(&doc, "a[rel=prev]")[0].value().attr("href"),
        Some("/articles/alpha-report/")
    );
    assert_eq!(
        select(&doc, "a[rel=next]")[0].value().attr("href"),
        Some("/articles/charlie-report/")
    );
    let doc = site.page("articles/charlie-report/index.html");
    assert_eq!(select(&doc, "h2#section-one").len(), 1, "heading ids");
    let doc = site.page("articles/alpha-report/index.html");
    let source = select(&doc, "a.source")[0];
    assert_eq!(source.value().attr("href"), Some("https://wire.example/a"));
    assert_eq!(source.text().collect::<String>(), "Wire");
}

#[test]
fn works_under_a_subpath() {
    let site = sample_site();
    site.build_with(|o| o.base_url = Some("https://example.org/brief/".into()))
        .unwrap();
    let (reached, broken) = crawl(&site.out(), "/brief/");
    assert!(broken.is_empty(), "{broken:?}");
    assert!(reached.len() > 10);
    let doc = site.page("index.html");
    let canonical = select(&doc, "link[rel=canonical]")[0]
        .value()
        .attr("href")
        .unwrap()
        .to_string();
    assert_eq!(canonical, "https://example.org/brief/");
}

#[test]
fn pasted_text_renders_one_paragraph_per_line_and_markdown_as_markdown() {
    let site = TestSite::new(CONFIG);
    let line = |n: u32| {
        format!("Paragraph {n} of a pasted article runs long, as a paragraph does when it is copied from a web page as one line.")
    };
    let pasted = format!("{}\n{}\n{}\n", line(1), line(2), line(3));
    site.article("pasted.md", &article("Pasted", "2025-11-17", "", &pasted));
    site.article(
        "markdown.md",
        &article("Markdown", "2025-11-17", "", "A paragraph wrapped\nby hand at a narrow width\nstays one paragraph.\n\n- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"),
    );
    site.build().unwrap();
    let doc = site.page("articles/pasted/index.html");
    assert_eq!(texts(&doc, ".body > p"), vec![line(1), line(2), line(3)]);
    let doc = site.page("articles/markdown/index.html");
    assert_eq!(texts(&doc, ".body > p").len(), 1);
    assert_eq!(select(&doc, ".body li").len(), 2);
    assert_eq!(select(&doc, ".body blockquote").len(), 1);
    assert_eq!(select(&doc, ".body table td").len(), 2);
}

#[test]
fn summary_falls_back_to_first_paragraph() {
    let site = TestSite::new(CONFIG);
    site.article(
        "a.md",
        &article(
            "A",
            "2025-11-17",
            "summary: \"Given summary.\"\n",
            "First para.\n",
        ),
    );
    site.article(
        "b.md",
        &article(
            "B",
            "2025-11-17",
            "",
            "## Heading\n\nFirst *paragraph* here.\n\nSecond.\n",
        ),
    );
    site.build().unwrap();
    let doc = site.page("index.html");
    assert_eq!(
        texts(&doc, ".summary"),
        vec!["Given summary.", "First paragraph here."]
    );
}

#[test]
fn errors_name_file_and_line_all_at_once() {
    let site = sample_site();
    site.article("bad-date.md", "---\ntitle: Bad\ndate: 2025-13-45\n---\nx\n");
    site.article(
        "bad-yaml.md",
        "---\ntitle: [unclosed\ndate: 2025-01-01\n---\nx\n",
    );
    site.article(
        "dup.md",
        &article("Alpha report", "2025-11-17", "", "dup\n"),
    );
    let err = site.build().unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("content/bad-date.md:3: invalid date \"2025-13-45\""),
        "{msg}"
    );
    assert!(
        msg.contains("content/bad-yaml.md:3: front matter: did not find expected"),
        "{msg}"
    );
    assert!(!msg.contains("column"), "{msg}");
    assert!(
        msg.contains("duplicate slug `alpha-report`")
            && msg.contains("content/a.md")
            && msg.contains("content/dup.md"),
        "{msg}"
    );
    assert_eq!(err.diagnostics().len(), 3, "{msg}");
}

#[test]
fn failed_build_leaves_previous_output_untouched() {
    let site = sample_site();
    site.build().unwrap();
    let before: Vec<(String, Vec<u8>)> = common::walk(&site.out())
        .into_iter()
        .map(|f| {
            let b = std::fs::read(site.out().join(&f)).unwrap();
            (f, b)
        })
        .collect();
    site.article("a.md", "---\ntitle: Broken\n---\n");
    assert!(site.build().is_err());
    let after: Vec<(String, Vec<u8>)> = common::walk(&site.out())
        .into_iter()
        .map(|f| {
            let b = std::fs::read(site.out().join(&f)).unwrap();
            (f, b)
        })
        .collect();
    assert_eq!(before, after);
    // No staging folder is left behind either.
    let siblings: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert!(
        !siblings
            .iter()
            .any(|n| n.to_string_lossy().contains("staging")),
        "{siblings:?}"
    );
}

#[test]
fn removed_articles_disappear_from_output() {
    let site = sample_site();
    site.build().unwrap();
    assert!(site.out().join("articles/echo-report/index.html").is_file());
    std::fs::remove_file(site.root().join("content/e.md")).unwrap();
    site.build().unwrap();
    assert!(!site.out().join("articles/echo-report").exists());
}

#[test]
fn unknown_front_matter_key_warns_and_reaches_templates() {
    let site = TestSite::new(CONFIG);
    site.article("a.md", &article("A", "2025-11-17", "mood: calm\n", "x\n"));
    site.file("templates/article.html", "{% extends \"base.html\" %}{% block content %}<p id=\"mood\">{{ article.extra.mood }}</p>{% endblock content %}");
    let report = site.build().unwrap();
    assert_eq!(report.warnings.len(), 1);
    assert_eq!(
        report.warnings[0].to_string(),
        "content/a.md:4: unknown front matter key `mood` (kept as page.extra.mood)"
    );
    let doc = site.page("articles/a/index.html");
    assert_eq!(
        texts(&doc, "#mood"),
        vec!["calm"],
        "a site template overrides the theme's"
    );
}

#[test]
fn theme_and_site_static_files_are_copied() {
    let site = TestSite::new(CONFIG);
    site.article("a.md", &article("A", "2025-11-17", "", "x\n"));
    site.file("static/logo.svg", "<svg/>");
    site.build().unwrap();
    assert!(std::fs::read_to_string(site.out().join("style.css"))
        .unwrap()
        .contains("prefers-color-scheme"));
    assert_eq!(
        std::fs::read_to_string(site.out().join("logo.svg")).unwrap(),
        "<svg/>"
    );
}

#[test]
fn a_theme_folder_is_chosen_by_config() {
    let site = TestSite::new(&format!("{CONFIG}theme: plain\n"));
    site.article("a.md", &article("A", "2025-11-17", "", "x\n"));
    for t in [
        "base", "index", "article", "tags", "tag", "editions", "edition", "sources", "source",
        "search", "404",
    ] {
        site.file(
            &format!("themes/plain/templates/{t}.html"),
            &format!("<p class=\"plain\">{t}</p>"),
        );
    }
    site.build().unwrap();
    assert_eq!(
        texts(&site.page("articles/a/index.html"), "p.plain"),
        vec!["article"]
    );
    // Bundled themes need no folder: switching is one config line and changes every page.
    let bundled = TestSite::new(&format!("{CONFIG}theme: newsletter\n"));
    bundled.article(
        "a.md",
        &article("A", "2025-11-17", "tags: [x]\nsource: S\n", "x\n"),
    );
    bundled.build().unwrap();
    let html = common::html_files(&bundled.out());
    assert!(html.len() >= 10);
    for page in &html {
        let doc = bundled.page(page);
        let class = select(&doc, "body")[0]
            .value()
            .attr("class")
            .unwrap_or("")
            .to_string();
        assert!(
            class.contains("newsletter"),
            "{page} is not in the newsletter theme"
        );
    }
    assert!(bundled.out().join("newsletter.css").is_file());
    let missing = TestSite::new(&format!("{CONFIG}theme: nosuch\n"));
    assert!(missing
        .build()
        .unwrap_err()
        .to_string()
        .contains("theme `nosuch` not found"));
}

#[test]
fn output_folder_cannot_swallow_the_site() {
    let site = sample_site();
    let err = site
        .build_with(|o| o.output = Some(site.root().to_path_buf()))
        .unwrap_err();
    assert!(err.to_string().contains("refusing"), "{err}");
    assert!(site.root().join("content/a.md").is_file());
}

#[test]
fn init_scaffolds_a_site_that_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("new-site");
    briefing::init::init(&dir).unwrap();
    let report = briefing::build(&briefing::BuildOptions {
        root: dir.clone(),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(report.articles, 1);
    assert!(dir.join("output/index.html").is_file());
    assert!(briefing::init::init(&dir).is_err(), "refuses to overwrite");
}

#[test]
fn binary_exits_non_zero_with_file_and_line() {
    let site = TestSite::new(CONFIG);
    site.article("x.md", "---\ntitle: X\ndate: 2025-02-30\n---\n");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_briefing"))
        .args(["build", "--root"])
        .arg(site.root())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("content/x.md:3: invalid date \"2025-02-30\""),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
}

//! What a briefing reader expects: editions, sources, related, feeds, sitemap, search,
//! head metadata, and `briefing check`. HTML and XML are parsed, not grepped.

mod common;

use common::{article, crawl, select, texts, TestSite};

const CONFIG: &str = "title: Test Brief\ndescription: Daily test news\nbase_url: https://example.org/brief/\npaginate: 3\n";

fn site() -> TestSite {
    let s = TestSite::new(CONFIG);
    let src = |name: &str, host: &str, slug: &str| {
        format!("source: \"{name}\"\nsource_url: https://{host}/{slug}\n")
    };
    s.article(
        "a.md",
        &article(
            "Alpha",
            "2025-11-17",
            &format!(
                "tags: [energy, grid]\n{}",
                src("Tidewater Wire", "tidewater.example", "a")
            ),
            "Alpha body. Second sentence.\n",
        ),
    );
    s.article(
        "b.md",
        &article(
            "Bravo",
            "2025-11-18",
            &format!(
                "tags: [energy]\n{}",
                src("tidewater wire", "tidewater.example", "b")
            ),
            "Bravo body.\n",
        ),
    );
    s.article(
        "c.md",
        &article(
            "Charlie",
            "2025-11-18",
            &format!(
                "tags: [grid, energy]\n{}",
                src("Ledger", "ledger.example", "c")
            ),
            "Charlie body.\n",
        ),
    );
    s.article(
        "d.md",
        &article(
            "Delta",
            "2025-11-19",
            "tags: [health]\n",
            "Delta body.\n\n<!-- more -->\n\nHidden from summary.\n",
        ),
    );
    s.article("e.md", &format!("---\ntitle: 'Echo <b>&</b> \"quotes\"'\ndate: 2025-11-20T08:00:00+01:00\ntags: [grid]\n{}---\nEcho body.\n", src("Ledger", "ledger.example", "e")));
    s
}

fn xml(path: &std::path::Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn daily_editions_link_previous_and_next() {
    let s = site();
    s.build().unwrap();
    let list = s.page("editions/index.html");
    let dates = texts(&list, ".editions a");
    assert_eq!(dates.len(), 4, "{dates:?}");
    let day = s.page("editions/2025-11-18/index.html");
    let titles: Vec<String> = select(&day, "article a")
        .iter()
        .filter(|a| a.value().attr("href").unwrap().contains("/articles/"))
        .map(|a| a.text().collect())
        .collect();
    assert!(
        titles.contains(&"Bravo".to_string()) && titles.contains(&"Charlie".to_string()),
        "{titles:?}"
    );
    assert_eq!(
        select(&day, "a[rel=prev]")[0].value().attr("href"),
        Some("/brief/editions/2025-11-17/")
    );
    assert_eq!(
        select(&day, "a[rel=next]")[0].value().attr("href"),
        Some("/brief/editions/2025-11-19/")
    );
    // The written offset's calendar day decides the edition.
    assert!(s.out().join("editions/2025-11-20/index.html").is_file());
}

#[test]
fn sources_pages_merge_spellings_and_count() {
    let s = site();
    s.build().unwrap();
    let list = s.page("sources/index.html");
    let links: Vec<String> = select(&list, "main a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(String::from))
        .filter(|h| h.contains("/sources/"))
        .collect();
    assert_eq!(
        links,
        vec!["/brief/sources/ledger/", "/brief/sources/tidewater-wire/"]
    );
    let page = s.page("sources/tidewater-wire/index.html");
    assert_eq!(
        texts(&page, ".card h3").len() + texts(&page, ".card h2").len(),
        2
    );
    let home: Vec<_> = select(&page, "a[rel~=noopener]")
        .iter()
        .filter_map(|a| a.value().attr("href").map(String::from))
        .collect();
    assert!(
        home.contains(&"https://tidewater.example".to_string()),
        "{home:?}"
    );
}

#[test]
fn article_page_reading_time_original_link_and_related() {
    let s = site();
    s.build().unwrap();
    let doc = s.page("articles/alpha/index.html");
    let original = select(&doc, ".original a")[0];
    assert_eq!(
        original.value().attr("href"),
        Some("https://tidewater.example/a")
    );
    assert_eq!(original.value().attr("rel"), Some("noopener noreferrer"));
    assert!(texts(&doc, ".story .meta")[0].contains("1 min read"));
    let related: Vec<String> = texts(&doc, ".related li a");
    assert!((3..=5).contains(&related.len()), "{related:?}");
    // Charlie shares both tags (grid is rarer than energy): it comes first.
    assert_eq!(related[0], "Charlie");
}

#[test]
fn summaries_cut_at_more_marker() {
    let s = site();
    s.build().unwrap();
    let doc = s.page("tags/health/index.html");
    assert_eq!(texts(&doc, ".summary"), vec!["Delta body."]);
}

#[test]
fn head_has_title_description_canonical_og_feeds_and_lang() {
    let s = site();
    s.build().unwrap();
    let doc = s.page("articles/alpha/index.html");
    assert_eq!(texts(&doc, "title"), vec!["Alpha · Test Brief"]);
    let attr = |css: &str, a: &str| select(&doc, css)[0].value().attr(a).unwrap().to_string();
    assert_eq!(attr("html", "lang"), "en");
    assert_eq!(
        attr("meta[name=description]", "content"),
        "Alpha body. Second sentence."
    );
    assert_eq!(
        attr("link[rel=canonical]", "href"),
        "https://example.org/brief/articles/alpha/"
    );
    assert_eq!(
        attr("meta[property='og:url']", "content"),
        "https://example.org/brief/articles/alpha/"
    );
    assert_eq!(
        attr("link[type='application/atom+xml']", "href"),
        "https://example.org/brief/atom.xml"
    );
    assert_eq!(
        attr("link[type='application/rss+xml']", "href"),
        "https://example.org/brief/rss.xml"
    );
    // Front matter is escaped, never markup.
    let doc = s.page("articles/echo-b-b-quotes/index.html");
    assert_eq!(texts(&doc, "h1"), vec!["Echo <b>&</b> \"quotes\""]);
    assert!(select(&doc, "h1 b").is_empty());
}

#[test]
fn atom_and_rss_feeds_parse_with_absolute_urls_and_content_dates() {
    let s = site();
    s.build().unwrap();
    let feed: atom_syndication::Feed = xml(&s.out().join("atom.xml")).parse().unwrap();
    assert_eq!(feed.entries().len(), 5);
    let first = &feed.entries()[0];
    assert_eq!(
        first.id(),
        "https://example.org/brief/articles/echo-b-b-quotes/"
    );
    assert_eq!(first.title().as_str(), "Echo <b>&</b> \"quotes\"");
    // Updated comes from the newest article, never the build time.
    assert_eq!(feed.updated().to_rfc3339(), "2025-11-20T07:00:00+00:00");
    let tag_feed: atom_syndication::Feed =
        xml(&s.out().join("tags/grid/atom.xml")).parse().unwrap();
    assert_eq!(tag_feed.entries().len(), 3);
    let channel: rss::Channel = xml(&s.out().join("rss.xml")).parse().unwrap();
    assert_eq!(channel.items().len(), 5);
    assert!(channel.items().iter().all(|i| i
        .link()
        .unwrap()
        .starts_with("https://example.org/brief/articles/")));
}

#[test]
fn sitemap_lists_every_page_with_absolute_urls_and_robots_names_it() {
    let s = site();
    s.build().unwrap();
    let text = xml(&s.out().join("sitemap.xml"));
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let urls: Vec<&str> = root
        .descendants()
        .filter(|n| n.has_tag_name("loc"))
        .filter_map(|n| n.text())
        .collect();
    assert!(
        urls.iter()
            .all(|u| u.starts_with("https://example.org/brief/")),
        "{urls:?}"
    );
    assert!(urls.contains(&"https://example.org/brief/articles/alpha/"));
    assert!(!urls.iter().any(|u| u.contains("404")));
    let lastmods = root
        .descendants()
        .filter(|n| n.has_tag_name("lastmod"))
        .count();
    assert!(lastmods >= 5);
    let robots = xml(&s.out().join("robots.txt"));
    assert!(robots
        .lines()
        .any(|l| l == "Sitemap: https://example.org/brief/sitemap.xml"));
}

#[test]
fn search_index_lists_every_published_article() {
    let s = site();
    s.article(
        "draft.md",
        &article("Draft", "2025-11-20", "draft: true\n", "x\n"),
    );
    s.build().unwrap();
    let text = xml(&s.out().join("search-index.json"));
    assert!(!text.contains('<'), "markup characters are escaped");
    let index: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    assert_eq!(index.len(), 5);
    let echo = &index[0];
    assert_eq!(echo["title"], "Echo <b>&</b> \"quotes\"");
    assert_eq!(echo["url"], "/brief/articles/echo-b-b-quotes/");
    assert_eq!(echo["date"], "2025-11-20");
    assert_eq!(echo["source"], "Ledger");
    assert_eq!(echo["tags"], serde_json::json!(["grid"]));
    // The search page loads it under the base path.
    let page = s.page("search/index.html");
    let refs: Vec<String> = select(&page, "[data-index]")
        .iter()
        .map(|e| e.value().attr("data-index").unwrap().to_string())
        .collect();
    assert_eq!(refs, vec!["/brief/search-index.json"]);
    // …with the script the engine ships, which renders results as text.
    let scripts: Vec<String> = select(&page, "script[src]")
        .iter()
        .map(|e| e.value().attr("src").unwrap().to_string())
        .collect();
    assert_eq!(scripts, vec!["/brief/search.js"]);
    let script = std::fs::read_to_string(s.out().join("search.js")).unwrap();
    assert!(script.contains("data-index") || script.contains("dataset.index"));
    assert!(script.contains("textContent") && !script.contains(".innerHTML"));
}

#[test]
fn every_page_is_reachable_under_the_subpath() {
    let s = site();
    s.build().unwrap();
    let (reached, broken) = crawl(&s.out(), "/brief/");
    assert!(broken.is_empty(), "{broken:?}");
    for page in [
        "editions/index.html",
        "sources/index.html",
        "search/index.html",
        "tags/grid/index.html",
    ] {
        assert!(reached.contains(page), "{page} not reached");
    }
}

#[test]
fn link_to_missing_article_is_an_error_with_line() {
    let s = site();
    s.article(
        "f.md",
        "---\ntitle: F\ndate: 2025-11-20\n---\nIntro.\n\nSee [gone](gone.md).\n",
    );
    let err = s.build().unwrap_err().to_string();
    assert!(
        err.contains("content/f.md:7: link to a missing article: gone.md"),
        "{err}"
    );
}

#[test]
fn check_passes_a_good_site_and_names_broken_links() {
    let s = site();
    let report = briefing::check::check(s.root(), false).unwrap();
    assert!(report.broken.is_empty(), "{:?}", report.broken);
    assert!(report.links > 50);
    assert!(!s.out().exists(), "check writes nothing");

    s.article("g.md", "---\ntitle: G\ndate: 2025-11-20\n---\nIntro.\n\nA [bad anchor](/brief/articles/alpha/#nope) and [a bad page](/brief/articles/nope/).\n");
    let report = briefing::check::check(s.root(), false).unwrap();
    let msgs: Vec<String> = report.broken.iter().map(|d| d.to_string()).collect();
    assert_eq!(msgs.len(), 2, "{msgs:?}");
    assert!(
        msgs.iter()
            .all(|m| m.starts_with("content/g.md:7: broken link")),
        "{msgs:?}"
    );
    assert!(
        msgs.iter().any(|m| m.contains("no element with id `nope`")),
        "{msgs:?}"
    );
}

//! Atom and RSS feeds, the sitemap, robots.txt and the search index: the machine-read
//! files of a site. Feeds use the atom_syndication and rss crates; ids and dates come
//! from the content (never the build time), so a rebuild gives identical bytes.

use std::collections::HashMap;
use std::path::PathBuf;

use serde::Serialize;

use crate::config::BaseUrl;
use crate::site::{paths, Site};

/// Articles a feed carries at most.
pub const FEED_ENTRIES: usize = 50;

/// What a feed is about.
pub struct FeedInfo<'a> {
    pub title: String,
    pub description: &'a str,
    pub language: &'a str,
    /// Site path of the feed itself (`atom.xml`, `tags/x/atom.xml`).
    pub self_path: String,
    /// Site path of the HTML page the feed mirrors.
    pub page_path: String,
    /// Whether entries carry the whole article (the main feed) or only the summary (per
    /// tag feeds: 200 tags × 50 full articles would be most of a site's bytes).
    pub full_content: bool,
}

fn fixed(rfc3339: &str) -> atom_syndication::FixedDateTime {
    atom_syndication::FixedDateTime::parse_from_rfc3339(rfc3339)
        .unwrap_or_else(|_| atom_syndication::FixedDateTime::default())
}

/// An Atom 1.0 feed of `articles` (indices into `site.articles`, newest first).
pub fn atom(site: &Site, base: &BaseUrl, info: &FeedInfo<'_>, articles: &[usize]) -> String {
    use atom_syndication::{Category, Content, Entry, Feed, Link, Person, Text};
    let link = |href: String, rel: &str, mime: Option<&str>| Link {
        href,
        rel: rel.into(),
        mime_type: mime.map(Into::into),
        ..Default::default()
    };
    let entries: Vec<Entry> = articles
        .iter()
        .take(FEED_ENTRIES)
        .map(|&i| {
            let a = &site.articles[i];
            let url = base.absolute(&paths::article(&a.slug));
            let mut links = vec![link(url.clone(), "alternate", Some("text/html"))];
            if let Some(original) = &a.source_url {
                links.push(link(original.clone(), "via", None));
            }
            Entry {
                id: url,
                title: Text::plain(a.title.clone()),
                updated: fixed(&a.date.rfc3339()),
                published: Some(fixed(&a.date.rfc3339())),
                authors: a
                    .author
                    .iter()
                    .chain(a.source.iter())
                    .take(1)
                    .map(|name| Person {
                        name: name.clone(),
                        ..Default::default()
                    })
                    .collect(),
                categories: site.article_tags[i]
                    .iter()
                    .map(|&t| Category {
                        term: site.tags[t].slug.clone(),
                        label: Some(site.tags[t].name.clone()),
                        ..Default::default()
                    })
                    .collect(),
                links,
                summary: Some(Text::plain(a.summary.clone())),
                content: info.full_content.then(|| Content {
                    value: Some(a.html.clone()),
                    content_type: Some("html".into()),
                    ..Default::default()
                }),
                ..Default::default()
            }
        })
        .collect();
    let updated = articles
        .iter()
        .map(|&i| site.articles[i].date.instant)
        .max()
        .map(|t| t.strftime("%Y-%m-%dT%H:%M:%SZ").to_string())
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into());
    let feed = Feed {
        title: Text::plain(info.title.clone()),
        id: base.absolute(&info.self_path),
        updated: fixed(&updated),
        subtitle: (!info.description.is_empty()).then(|| Text::plain(info.description.to_string())),
        links: vec![
            link(
                base.absolute(&info.self_path),
                "self",
                Some("application/atom+xml"),
            ),
            link(
                base.absolute(&info.page_path),
                "alternate",
                Some("text/html"),
            ),
        ],
        lang: Some(info.language.to_string()),
        entries,
        ..Default::default()
    };
    feed.to_string()
}

/// An RSS 2.0 feed of `articles`.
pub fn rss(site: &Site, base: &BaseUrl, info: &FeedInfo<'_>, articles: &[usize]) -> String {
    let items: Vec<rss::Item> = articles
        .iter()
        .take(FEED_ENTRIES)
        .map(|&i| {
            let a = &site.articles[i];
            let url = base.absolute(&paths::article(&a.slug));
            let pub_date = jiff::fmt::rfc2822::DateTimePrinter::new()
                .timestamp_to_string(&a.date.instant)
                .ok();
            rss::Item {
                title: Some(a.title.clone()),
                link: Some(url.clone()),
                description: Some(html_text(&a.summary)),
                author: None,
                categories: site.article_tags[i]
                    .iter()
                    .map(|&t| rss::Category {
                        name: site.tags[t].name.clone(),
                        domain: None,
                    })
                    .collect(),
                guid: Some(rss::Guid {
                    value: url,
                    permalink: true,
                }),
                pub_date,
                source: None,
                content: None,
                ..Default::default()
            }
        })
        .collect();
    let channel = rss::Channel {
        title: info.title.clone(),
        link: base.absolute(&info.page_path),
        description: if info.description.is_empty() {
            info.title.clone()
        } else {
            info.description.to_string()
        },
        language: Some(info.language.to_string()),
        last_build_date: None,
        items,
        ..Default::default()
    };
    channel.to_string()
}

/// One sitemap file: `urls` as (absolute URL, lastmod date).
pub fn sitemap(urls: &[(String, Option<String>)]) -> String {
    let mut out = String::with_capacity(urls.len() * 100 + 200);
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (loc, lastmod) in urls {
        out.push_str("<url><loc>");
        out.push_str(&xml_escape(loc));
        out.push_str("</loc>");
        if let Some(d) = lastmod {
            out.push_str("<lastmod>");
            out.push_str(d);
            out.push_str("</lastmod>");
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// A sitemap index pointing at the sitemap files.
pub fn sitemap_index(files: &[(String, Option<String>)]) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (loc, lastmod) in files {
        out.push_str("<sitemap><loc>");
        out.push_str(&xml_escape(loc));
        out.push_str("</loc>");
        if let Some(d) = lastmod {
            out.push_str(&format!("<lastmod>{d}</lastmod>"));
        }
        out.push_str("</sitemap>\n");
    }
    out.push_str("</sitemapindex>\n");
    out
}

pub fn robots(base: &BaseUrl) -> String {
    format!(
        "User-agent: *\nAllow: /\n\nSitemap: {}\n",
        base.absolute(paths::SITEMAP)
    )
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

/// One entry of `search-index.json`.
#[derive(Serialize)]
struct SearchEntry<'a> {
    title: &'a str,
    summary: String,
    tags: Vec<&'a str>,
    source: Option<&'a str>,
    date: String,
    url: String,
}

/// Summaries in the search index are cut here to keep the index small.
const SEARCH_SUMMARY_CHARS: usize = 160;

/// `search-index.json`: every published article. `<`, `>` and `&` are written as
/// `\u003c`-style escapes, so the JSON is safe even if a page ever embeds it.
pub fn search_index(site: &Site, base: &BaseUrl) -> String {
    let entries: Vec<String> = (0..site.articles.len())
        .map(|i| search_entry(site, base, i))
        .collect();
    join_entries(entries.iter().map(String::as_str))
}

/// One article's entry of the search index, as JSON.
fn search_entry(site: &Site, base: &BaseUrl, i: usize) -> String {
    let a = &site.articles[i];
    let entry = SearchEntry {
        title: &a.title,
        summary: crate::render::markdown::cut_summary(&a.summary, SEARCH_SUMMARY_CHARS),
        tags: site.article_tags[i]
            .iter()
            .map(|&t| site.tags[t].name.as_str())
            .collect(),
        source: a.source.as_deref(),
        date: a.date.ymd(),
        url: base.link(&paths::article(&a.slug)),
    };
    let json = serde_json::to_string(&entry).unwrap_or_else(|_| "{}".into());
    // Escaping character by character, so an entry escaped alone is as in the whole.
    if json.contains(['<', '>', '&']) {
        json.replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
    } else {
        json
    }
}

fn join_entries<'a>(entries: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::from("[");
    for (k, e) in entries.enumerate() {
        if k > 0 {
            out.push(',');
        }
        out.push_str(e);
    }
    out.push(']');
    out
}

/// The search index kept between updates of the preview: each article's entry is
/// made again only when what it shows changed (rendering all 10,000 entries anew takes
/// ~40 ms, most of a one-article update).
#[derive(Default)]
pub struct SearchIndexCache {
    entries: HashMap<PathBuf, Cached>,
    /// Counts calls, to tell entries of articles gone since.
    generation: u64,
}

struct Cached {
    inputs: SearchInputs,
    json: String,
    generation: u64,
}

/// Everything an entry is made of (the URL comes from the slug).
#[derive(PartialEq)]
struct SearchInputs {
    title: String,
    summary: String,
    tags: Vec<String>,
    source: Option<String>,
    date: jiff::civil::Date,
    slug: String,
}

impl SearchInputs {
    fn of(site: &Site, i: usize) -> SearchInputs {
        let a = &site.articles[i];
        SearchInputs {
            title: a.title.clone(),
            summary: a.summary.clone(),
            tags: site.article_tags[i]
                .iter()
                .map(|&t| site.tags[t].name.clone())
                .collect(),
            source: a.source.clone(),
            date: a.date.date,
            slug: a.slug.clone(),
        }
    }

    /// Whether article `i` still has these inputs (compared without allocating).
    fn hold_for(&self, site: &Site, i: usize) -> bool {
        let a = &site.articles[i];
        self.title == a.title
            && self.summary == a.summary
            && self.slug == a.slug
            && self.source.as_deref() == a.source.as_deref()
            && self.tags.len() == site.article_tags[i].len()
            && self
                .tags
                .iter()
                .zip(&site.article_tags[i])
                .all(|(name, &t)| *name == site.tags[t].name)
            && a.date.date == self.date
    }
}

impl SearchIndexCache {
    /// `search-index.json` for `site`, equal to [`search_index`]. `base` must be the
    /// same on every call.
    pub fn render(&mut self, site: &Site, base: &BaseUrl) -> String {
        self.generation += 1;
        let generation = self.generation;
        for (i, a) in site.articles.iter().enumerate() {
            match self.entries.get_mut(&a.rel_path) {
                Some(c) if c.inputs.hold_for(site, i) => c.generation = generation,
                Some(c) => {
                    *c = Cached {
                        inputs: SearchInputs::of(site, i),
                        json: search_entry(site, base, i),
                        generation,
                    }
                }
                None => {
                    let fresh = Cached {
                        inputs: SearchInputs::of(site, i),
                        json: search_entry(site, base, i),
                        generation,
                    };
                    self.entries.insert(a.rel_path.clone(), fresh);
                }
            }
        }
        if self.entries.len() > site.articles.len() {
            self.entries.retain(|_, c| c.generation == generation);
        }
        join_entries(
            site.articles
                .iter()
                .map(|a| self.entries[&a.rel_path].json.as_str()),
        )
    }
}

/// RSS `<description>` holds HTML, which readers render; a summary is plain text, so it
/// goes in HTML-escaped (and the rss crate then XML-escapes that).
fn html_text(text: &str) -> String {
    let mut buf = Vec::with_capacity(text.len() + 16);
    tera::escape_html(text, &mut buf).expect("writing to a Vec cannot fail");
    String::from_utf8(buf).expect("escaping keeps UTF-8")
}

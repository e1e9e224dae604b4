//! What templates see: small serialisable views, not the model, so the model can change
//! without breaking themes. The README lists every variable.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::{BaseUrl, Config};
use crate::site::{paths, Site};

/// `site`: the same on every page.
#[derive(Debug, Serialize)]
pub struct SiteView<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub language: &'a str,
    /// Absolute URL of the home page (root-relative when `base_url` is a bare path).
    pub url: String,
    /// The base path every internal link starts with: `/` or `/briefing/`.
    pub base_path: &'a str,
    /// Links to the theme's and site's static files start with this (`/briefing/`).
    pub static_url: &'a str,
    pub tags_url: String,
    pub editions_url: String,
    pub sources_url: String,
    pub search_url: String,
    pub search_index_url: String,
    /// Absolute feed URLs.
    pub atom_url: String,
    pub rss_url: String,
    pub extra: &'a BTreeMap<String, serde_json::Value>,
}

impl<'a> SiteView<'a> {
    pub fn new(config: &'a Config, base: &'a BaseUrl) -> Self {
        SiteView {
            title: &config.title,
            description: &config.description,
            language: &config.language,
            url: base.absolute(""),
            base_path: &base.path,
            static_url: &base.path,
            tags_url: base.link(&paths::tags()),
            editions_url: base.link(&paths::editions()),
            sources_url: base.link(&paths::sources()),
            search_url: base.link(paths::SEARCH),
            search_index_url: base.link(paths::SEARCH_INDEX),
            atom_url: base.absolute(paths::ATOM),
            rss_url: base.absolute(paths::RSS),
            extra: &config.extra,
        }
    }
}

/// `page`: what every page says about itself, for the head.
#[derive(Debug, Serialize)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
    /// Link to this page (under the base path).
    pub url: String,
    /// Absolute URL for `<link rel="canonical">` and Open Graph.
    pub canonical: String,
    /// `index`, `article`, `tags`, `tag`, `404`.
    pub kind: &'static str,
}

#[derive(Debug, Serialize)]
pub struct TagLink {
    pub name: String,
    pub slug: String,
    pub url: String,
}

/// An article as listings show it.
#[derive(Debug, Serialize)]
pub struct Card<'a> {
    pub title: &'a str,
    pub url: String,
    /// `2025-11-18`
    pub date: String,
    /// `18 November 2025`
    pub date_human: String,
    /// RFC 3339, for `<time datetime>`.
    pub datetime: String,
    pub source: Option<&'a str>,
    pub source_url: Option<&'a str>,
    /// This publisher's page on our site.
    pub source_page: Option<String>,
    pub author: Option<&'a str>,
    pub tags: Vec<TagLink>,
    pub summary: &'a str,
    pub reading_minutes: usize,
    pub extra: &'a BTreeMap<String, serde_json::Value>,
}

impl<'a> Card<'a> {
    /// The card of `site.articles[i]`.
    pub fn new(site: &'a Site, base: &BaseUrl, i: usize) -> Self {
        let a = &site.articles[i];
        let tags = site.article_tags[i]
            .iter()
            .map(|&t| {
                let tag = &site.tags[t];
                TagLink {
                    name: tag.name.clone(),
                    slug: tag.slug.clone(),
                    url: base.link(&paths::tag(&tag.slug, 1)),
                }
            })
            .collect();
        Card {
            title: &a.title,
            url: base.link(&paths::article(&a.slug)),
            date: a.date.ymd(),
            date_human: human_date(&a.date.date),
            datetime: a.date.rfc3339(),
            source: a.source.as_deref(),
            source_url: a.source_url.as_deref(),
            source_page: site.article_source[i]
                .map(|s| base.link(&paths::source(&site.sources[s].slug, 1))),
            author: a.author.as_deref(),
            tags,
            summary: &a.summary,
            reading_minutes: a.reading_minutes(),
            extra: &a.extra,
        }
    }
}

/// `18 November 2025`.
pub fn human_date(date: &jiff::civil::Date) -> String {
    date.strftime("%-d %B %Y").to_string()
}

/// Articles of one listing page grouped under date headings: a briefing is read by day.
#[derive(Debug, Serialize)]
pub struct Day {
    pub date: String,
    pub date_human: String,
    pub articles: Vec<tera::Value>,
}

/// Group the cards of `site.articles[indices]` (newest first) by day.
pub fn group_by_day(site: &Site, indices: &[usize], cards: Vec<tera::Value>) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::new();
    let mut current = None;
    for (&i, card) in indices.iter().zip(cards) {
        let date = site.articles[i].date.date;
        match days.last_mut() {
            Some(day) if current == Some(date) => day.articles.push(card),
            _ => {
                current = Some(date);
                days.push(Day {
                    date: site.articles[i].date.ymd(),
                    date_human: human_date(&date),
                    articles: vec![card],
                })
            }
        }
    }
    days
}

/// `tags` on the tag list page.
#[derive(Debug, Serialize)]
pub struct TagCount {
    pub name: String,
    pub slug: String,
    pub url: String,
    pub count: usize,
}

/// A link to one daily edition.
#[derive(Debug, Serialize)]
pub struct EditionLink {
    pub date: String,
    pub date_human: String,
    pub url: String,
    pub count: usize,
}

/// A publisher, on the sources pages.
#[derive(Debug, Serialize)]
pub struct SourceView {
    pub name: String,
    pub slug: String,
    pub url: String,
    pub count: usize,
    pub homepage: Option<String>,
}

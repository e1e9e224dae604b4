//! What templates see: small serialisable views, not the model, so the model can change
//! without breaking themes. The README lists every variable.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::{BaseUrl, Config};
use crate::site::{paths, Article, Site};

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
    pub author: Option<&'a str>,
    pub tags: Vec<TagLink>,
    pub summary: &'a str,
    pub reading_minutes: usize,
    pub extra: &'a BTreeMap<String, serde_json::Value>,
}

impl<'a> Card<'a> {
    pub fn new(site: &Site, base: &BaseUrl, a: &'a Article) -> Self {
        let mut tags: Vec<TagLink> = Vec::with_capacity(a.tags.len());
        for written in &a.tags {
            if let Some(t) = site.tag_of(written) {
                let tag = &site.tags[t];
                if !tags.iter().any(|x| x.slug == tag.slug) {
                    tags.push(TagLink {
                        name: tag.name.clone(),
                        slug: tag.slug.clone(),
                        url: base.link(&paths::tag(&tag.slug, 1)),
                    });
                }
            }
        }
        Card {
            title: &a.title,
            url: base.link(&paths::article(&a.slug)),
            date: a.date.ymd(),
            date_human: human_date(a),
            datetime: a.date.rfc3339(),
            source: a.source.as_deref(),
            source_url: a.source_url.as_deref(),
            author: a.author.as_deref(),
            tags,
            summary: &a.summary,
            reading_minutes: a.reading_minutes(),
            extra: &a.extra,
        }
    }
}

fn human_date(a: &Article) -> String {
    a.date.date.strftime("%-d %B %Y").to_string()
}

/// Articles of one listing page grouped under date headings: a briefing is read by day.
#[derive(Debug, Serialize)]
pub struct Day<'a> {
    pub date: String,
    pub date_human: String,
    pub articles: Vec<Card<'a>>,
}

pub fn group_by_day(cards: Vec<Card<'_>>) -> Vec<Day<'_>> {
    let mut days: Vec<Day<'_>> = Vec::new();
    for card in cards {
        match days.last_mut() {
            Some(day) if day.date == card.date => day.articles.push(card),
            _ => days.push(Day {
                date: card.date.clone(),
                date_human: card.date_human.clone(),
                articles: vec![card],
            }),
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

//! Rendering: Markdown bodies to HTML, and site pages through the theme's templates.

pub mod feeds;
pub mod markdown;
pub mod templates;
pub mod views;

use std::sync::OnceLock;

use serde::Serialize;
use tera::Value;

use crate::config::BaseUrl;
use crate::error::{Error, Result};
use crate::site::{paginate, paths, Page, Site};
use views::{Card, EditionLink, PageMeta, SourceView, TagCount};

/// Everything page rendering needs, shared read-only by all threads.
pub struct Renderer<'a> {
    pub site: &'a Site,
    pub tera: &'a tera::Tera,
    pub base: &'a BaseUrl,
    pub site_title: &'a str,
    pub site_description: &'a str,
    pub language: &'a str,
    /// Each article's card, made the first time a page of this pass shows it: one
    /// article is on a dozen pages (listings, neighbours, related), and cloning a made
    /// value is cheap (tera shares it).
    cards: Vec<OnceLock<Value>>,
}

#[derive(Serialize)]
struct ArticleView<'a> {
    #[serde(flatten)]
    card: Value,
    /// The cleaned body as HTML (use `| safe`).
    content: &'a str,
    /// Older article.
    previous: Option<Value>,
    /// Newer article.
    next: Option<Value>,
    related: Vec<Value>,
}

#[derive(Serialize)]
struct TagView {
    name: String,
    slug: String,
    url: String,
    feed_url: String,
}

impl<'a> Renderer<'a> {
    pub fn new(
        site: &'a Site,
        tera: &'a tera::Tera,
        base: &'a BaseUrl,
        config: &'a crate::config::Config,
    ) -> Self {
        Renderer {
            site,
            tera,
            base,
            site_title: &config.title,
            site_description: &config.description,
            language: &config.language,
            cards: (0..site.articles.len()).map(|_| OnceLock::new()).collect(),
        }
    }

    /// The card of article `i` (see [`Card`]).
    fn card(&self, i: usize) -> Value {
        self.cards[i]
            .get_or_init(|| Value::from_serializable(&Card::new(self.site, self.base, i)))
            .clone()
    }

    fn cards(&self, indices: &[usize]) -> Vec<Value> {
        indices.iter().map(|&i| self.card(i)).collect()
    }

    fn meta(&self, page: Page, title: String, description: String, kind: &'static str) -> PageMeta {
        let path = self.site.path(page);
        PageMeta {
            title,
            description,
            url: self.base.link(&path),
            canonical: self.base.absolute(&path),
            kind,
        }
    }

    fn edition_link(&self, e: usize) -> EditionLink {
        let ed = &self.site.editions[e];
        EditionLink {
            date: ed.date.to_string(),
            date_human: views::human_date(&ed.date),
            url: self.base.link(&paths::edition(&ed.date)),
            count: ed.articles.len(),
        }
    }

    fn source_view(&self, s: usize) -> SourceView {
        let src = &self.site.sources[s];
        SourceView {
            name: src.name.clone(),
            slug: src.slug.clone(),
            url: self.base.link(&paths::source(&src.slug, 1)),
            count: src.articles.len(),
            homepage: src.homepage.clone(),
        }
    }

    /// A paginated listing: `days` and `pager` for page `n` of `articles`.
    fn listing(
        &self,
        ctx: &mut tera::Context,
        articles: &[usize],
        n: usize,
        url_of: impl Fn(usize) -> String,
    ) {
        let per = self.site.paginate;
        let slice = paginate::page_slice(articles, n, per);
        let pager = paginate::Pager::new(n, paginate::page_count(articles.len(), per), url_of);
        ctx.insert(
            "days",
            &views::group_by_day(self.site, slice, self.cards(slice)),
        );
        ctx.insert("pager", &pager);
    }

    /// Render one output file.
    pub fn render(&self, page: Page) -> Result<String> {
        let site = self.site;
        let base = self.base;
        let paged = |title: &str, n: usize| {
            if n > 1 {
                format!("{title} (page {n})")
            } else {
                title.to_string()
            }
        };
        let mut ctx = tera::Context::new();
        let template = match page {
            Page::Index(n) => {
                let all: Vec<usize> = (0..site.articles.len()).collect();
                ctx.insert(
                    "page",
                    &self.meta(
                        page,
                        paged(self.site_title, n),
                        self.site_description.to_string(),
                        "index",
                    ),
                );
                self.listing(&mut ctx, &all, n, |p| base.link(&paths::index(p)));
                "index.html"
            }
            Page::Article(i) => {
                let a = &site.articles[i];
                let view = ArticleView {
                    card: self.card(i),
                    content: &a.html,
                    previous: (i + 1 < site.articles.len()).then(|| self.card(i + 1)),
                    next: i.checked_sub(1).map(|p| self.card(p)),
                    related: self.cards(&site.related[i]),
                };
                ctx.insert(
                    "page",
                    &self.meta(page, a.title.clone(), a.summary.clone(), "article"),
                );
                ctx.insert("article", &view);
                "article.html"
            }
            Page::Tags => {
                let tags: Vec<TagCount> = site
                    .tags
                    .iter()
                    .map(|t| TagCount {
                        name: t.name.clone(),
                        slug: t.slug.clone(),
                        url: base.link(&paths::tag(&t.slug, 1)),
                        count: t.articles.len(),
                    })
                    .collect();
                ctx.insert(
                    "page",
                    &self.meta(
                        page,
                        "Tags".into(),
                        format!("All tags of {}", self.site_title),
                        "tags",
                    ),
                );
                ctx.insert("tags", &tags);
                "tags.html"
            }
            Page::Tag(t, n) => {
                let tag = &site.tags[t];
                let description = format!("Articles tagged {} in {}", tag.name, self.site_title);
                ctx.insert(
                    "page",
                    &self.meta(page, paged(&tag.name, n), description, "tag"),
                );
                ctx.insert(
                    "tag",
                    &TagView {
                        name: tag.name.clone(),
                        slug: tag.slug.clone(),
                        url: base.link(&paths::tag(&tag.slug, 1)),
                        feed_url: base.absolute(&paths::tag_feed(&tag.slug)),
                    },
                );
                ctx.insert("count", &tag.articles.len());
                self.listing(&mut ctx, &tag.articles, n, |p| {
                    base.link(&paths::tag(&tag.slug, p))
                });
                "tag.html"
            }
            Page::Editions => {
                let editions: Vec<EditionLink> = (0..site.editions.len())
                    .map(|e| self.edition_link(e))
                    .collect();
                ctx.insert(
                    "page",
                    &self.meta(
                        page,
                        "Editions".into(),
                        format!("Every daily edition of {}", self.site_title),
                        "editions",
                    ),
                );
                ctx.insert("editions", &editions);
                "editions.html"
            }
            Page::Edition(e) => {
                let edition = self.edition_link(e);
                let title = format!("Edition of {}", edition.date_human);
                let description = format!("{} articles from {}", edition.count, edition.date_human);
                ctx.insert("page", &self.meta(page, title, description, "edition"));
                ctx.insert("articles", &self.cards(&site.editions[e].articles));
                // Editions are newest first: the previous (older) day is the next index.
                let previous = (e + 1 < site.editions.len()).then(|| self.edition_link(e + 1));
                let next = e.checked_sub(1).map(|n| self.edition_link(n));
                ctx.insert("edition", &edition);
                ctx.insert("previous_edition", &previous);
                ctx.insert("next_edition", &next);
                "edition.html"
            }
            Page::Sources => {
                let sources: Vec<SourceView> = (0..site.sources.len())
                    .map(|s| self.source_view(s))
                    .collect();
                ctx.insert(
                    "page",
                    &self.meta(
                        page,
                        "Sources".into(),
                        format!("The publishers in {}", self.site_title),
                        "sources",
                    ),
                );
                ctx.insert("sources", &sources);
                "sources.html"
            }
            Page::Source(s, n) => {
                let source = self.source_view(s);
                let description = format!("Articles from {} in {}", source.name, self.site_title);
                ctx.insert(
                    "page",
                    &self.meta(page, paged(&source.name, n), description, "source"),
                );
                let slug = &site.sources[s].slug;
                self.listing(&mut ctx, &site.sources[s].articles, n, |p| {
                    base.link(&paths::source(slug, p))
                });
                ctx.insert("source", &source);
                "source.html"
            }
            Page::Search => {
                ctx.insert(
                    "page",
                    &self.meta(
                        page,
                        "Search".into(),
                        format!("Search {}", self.site_title),
                        "search",
                    ),
                );
                "search.html"
            }
            Page::NotFound => {
                ctx.insert(
                    "page",
                    &self.meta(page, "Page not found".into(), String::new(), "404"),
                );
                "404.html"
            }
            Page::Atom | Page::Rss => {
                let all: Vec<usize> = (0..site.articles.len().min(feeds::FEED_ENTRIES)).collect();
                let info = feeds::FeedInfo {
                    title: self.site_title.to_string(),
                    description: self.site_description,
                    language: self.language,
                    self_path: site.path(page),
                    page_path: String::new(),
                    full_content: true,
                };
                return Ok(if page == Page::Atom {
                    feeds::atom(site, base, &info, &all)
                } else {
                    feeds::rss(site, base, &info, &all)
                });
            }
            Page::TagFeed(t) => {
                let tag = &site.tags[t];
                let info = feeds::FeedInfo {
                    title: format!("{} · {}", tag.name, self.site_title),
                    description: self.site_description,
                    language: self.language,
                    self_path: site.path(page),
                    page_path: paths::tag(&tag.slug, 1),
                    full_content: false,
                };
                return Ok(feeds::atom(site, base, &info, &tag.articles));
            }
            Page::Sitemap(n) => return Ok(self.sitemap(n)),
            Page::Robots => return Ok(feeds::robots(base)),
            Page::SearchIndex => return Ok(feeds::search_index(site, base)),
        };
        self.tera
            .render(template, &ctx)
            .map_err(|e| Error::Template(format!("{template}: {}", templates::error_chain(&e))))
    }

    /// The newest article date shown on a page, for the sitemap's `lastmod`.
    fn lastmod(&self, page: Page) -> Option<String> {
        let site = self.site;
        let newest = |list: &[usize]| list.first().map(|&i| site.articles[i].date.ymd());
        let per = site.paginate;
        match page {
            Page::Article(i) => Some(site.articles[i].date.ymd()),
            Page::Index(n) => {
                let start = (n - 1) * per;
                site.articles.get(start).map(|a| a.date.ymd())
            }
            Page::Tag(t, n) => newest(paginate::page_slice(&site.tags[t].articles, n, per)),
            Page::Source(s, n) => newest(paginate::page_slice(&site.sources[s].articles, n, per)),
            Page::Edition(e) => newest(&site.editions[e].articles),
            Page::Tags | Page::Editions | Page::Sources => {
                site.articles.first().map(|a| a.date.ymd())
            }
            _ => None,
        }
    }

    /// Sitemap file `n`: the only one, or with several, 0 is the index of files 1….
    fn sitemap(&self, n: usize) -> String {
        let files = self.site.sitemap_files();
        let urls: Vec<(String, Option<String>)> = self
            .site
            .sitemap_pages()
            .into_iter()
            .map(|p| (self.base.absolute(&self.site.path(p)), self.lastmod(p)))
            .collect();
        if files == 1 {
            return feeds::sitemap(&urls);
        }
        let chunks: Vec<&[(String, Option<String>)]> =
            urls.chunks(crate::site::SITEMAP_MAX_URLS).collect();
        if n == 0 {
            let index: Vec<(String, Option<String>)> = (1..files)
                .map(|k| {
                    let newest = chunks
                        .get(k - 1)
                        .and_then(|c| c.iter().filter_map(|u| u.1.clone()).max());
                    (
                        self.base.absolute(&self.site.path(Page::Sitemap(k))),
                        newest,
                    )
                })
                .collect();
            feeds::sitemap_index(&index)
        } else {
            feeds::sitemap(chunks.get(n - 1).copied().unwrap_or(&[]))
        }
    }
}

//! Rendering: Markdown bodies to HTML, and site pages through the theme's templates.

pub mod markdown;
pub mod templates;
pub mod views;

use serde::Serialize;

use crate::config::BaseUrl;
use crate::error::{Error, Result};
use crate::site::{paginate, paths, Page, Site};
use views::{Card, PageMeta, TagCount, TagLink};

/// Everything page rendering needs, shared read-only by all threads.
pub struct Renderer<'a> {
    pub site: &'a Site,
    pub tera: &'a tera::Tera,
    pub base: &'a BaseUrl,
    pub site_title: &'a str,
    pub site_description: &'a str,
}

#[derive(Serialize)]
struct ArticleView<'a> {
    #[serde(flatten)]
    card: Card<'a>,
    /// The cleaned body as HTML (use `| safe`).
    content: &'a str,
    /// Older article.
    previous: Option<Card<'a>>,
    /// Newer article.
    next: Option<Card<'a>>,
}

impl Renderer<'_> {
    fn cards(&self, indices: &[usize]) -> Vec<Card<'_>> {
        indices
            .iter()
            .map(|&i| Card::new(self.site, self.base, &self.site.articles[i]))
            .collect()
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

    /// Render one page to HTML.
    pub fn render(&self, page: Page) -> Result<String> {
        let site = self.site;
        let mut ctx = tera::Context::new();
        let template = match page {
            Page::Index(n) => {
                let all: Vec<usize> = (0..site.articles.len()).collect();
                let slice = paginate::page_slice(&all, n, site.paginate);
                let pager = paginate::Pager::new(n, site.index_pages(), |p| {
                    self.base.link(&paths::index(p))
                });
                let title = if n > 1 {
                    format!("{} (page {n})", self.site_title)
                } else {
                    self.site_title.to_string()
                };
                ctx.insert(
                    "page",
                    &self.meta(page, title, self.site_description.to_string(), "index"),
                );
                ctx.insert("days", &views::group_by_day(self.cards(slice)));
                ctx.insert("pager", &pager);
                "index.html"
            }
            Page::Article(i) => {
                let a = &site.articles[i];
                let view = ArticleView {
                    card: Card::new(site, self.base, a),
                    content: &a.html,
                    previous: site
                        .articles
                        .get(i + 1)
                        .map(|p| Card::new(site, self.base, p)),
                    next: i
                        .checked_sub(1)
                        .map(|p| Card::new(site, self.base, &site.articles[p])),
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
                        url: self.base.link(&paths::tag(&t.slug, 1)),
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
                let slice = paginate::page_slice(&tag.articles, n, site.paginate);
                let total = paginate::page_count(tag.articles.len(), site.paginate);
                let pager =
                    paginate::Pager::new(n, total, |p| self.base.link(&paths::tag(&tag.slug, p)));
                let title = if n > 1 {
                    format!("{} (page {n})", tag.name)
                } else {
                    tag.name.clone()
                };
                ctx.insert(
                    "page",
                    &self.meta(
                        page,
                        title,
                        format!("Articles tagged {} in {}", tag.name, self.site_title),
                        "tag",
                    ),
                );
                ctx.insert(
                    "tag",
                    &TagLink {
                        name: tag.name.clone(),
                        slug: tag.slug.clone(),
                        url: self.base.link(&paths::tag(&tag.slug, 1)),
                    },
                );
                ctx.insert("count", &tag.articles.len());
                ctx.insert("days", &views::group_by_day(self.cards(slice)));
                ctx.insert("pager", &pager);
                "tag.html"
            }
            Page::NotFound => {
                ctx.insert(
                    "page",
                    &self.meta(page, "Page not found".into(), String::new(), "404"),
                );
                "404.html"
            }
        };
        self.tera
            .render(template, &ctx)
            .map_err(|e| Error::Template(format!("{template}: {}", templates::error_chain(&e))))
    }
}

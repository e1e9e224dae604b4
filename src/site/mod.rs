//! The site model: articles in publishing order, their tags, and the pages to write.
//!
//! Everything here is plain data computed from the articles; nothing renders. Knowing
//! which page shows which article is what lets `serve` re-render only what an edit
//! touches.

pub mod paginate;
pub mod tags;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::clean::Removal;
use crate::content::PublishDate;
use crate::error::Diagnostic;

pub use paginate::Pager;
pub use tags::Tag;

/// An article ready to publish: metadata for listings, plus its rendered body.
#[derive(Debug, Clone)]
pub struct Article {
    pub slug: String,
    pub title: String,
    pub date: PublishDate,
    pub source: Option<String>,
    pub source_url: Option<String>,
    pub author: Option<String>,
    /// Tags as written in this article (display spelling is the site-wide one).
    pub tags: Vec<String>,
    /// Plain text for listings and meta descriptions.
    pub summary: String,
    pub words: usize,
    pub rel_path: PathBuf,
    pub extra: BTreeMap<String, serde_json::Value>,
    pub draft: bool,
    /// The cleaned body as HTML.
    pub html: String,
    /// What the cleaner took out, with its reasons.
    pub removals: Vec<Removal>,
}

impl Article {
    /// Minutes to read at 200 words a minute, at least one.
    pub fn reading_minutes(&self) -> usize {
        self.words.div_ceil(200).max(1)
    }
}

/// Where each kind of page lives, as site paths (relative to the base URL).
pub mod paths {
    pub fn article(slug: &str) -> String {
        format!("articles/{slug}/")
    }
    pub fn index(page: usize) -> String {
        if page <= 1 {
            String::new()
        } else {
            format!("page/{page}/")
        }
    }
    pub fn tags() -> String {
        "tags/".into()
    }
    pub fn tag(slug: &str, page: usize) -> String {
        if page <= 1 {
            format!("tags/{slug}/")
        } else {
            format!("tags/{slug}/page/{page}/")
        }
    }
    pub const NOT_FOUND: &str = "404.html";

    /// The file a site path is written to: folders get `index.html`.
    pub fn file(site_path: &str) -> String {
        if site_path.is_empty() || site_path.ends_with('/') {
            format!("{site_path}index.html")
        } else {
            site_path.to_string()
        }
    }
}

/// One page of output, named by what it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    /// Page `n` (1-based) of the home listing.
    Index(usize),
    /// The article at this index of `Site::articles`.
    Article(usize),
    Tags,
    /// Page `n` of the tag at this index of `Site::tags`.
    Tag(usize, usize),
    NotFound,
}

/// Articles sorted newest first, tags, and the page plan.
#[derive(Debug, Default)]
pub struct Site {
    pub articles: Vec<Article>,
    pub tags: Vec<Tag>,
    pub paginate: usize,
}

impl Site {
    /// Order the articles, reject duplicate slugs, and index the tags.
    pub fn assemble(mut articles: Vec<Article>, paginate: usize) -> Result<Site, Vec<Diagnostic>> {
        // Newest first; ties by slug, so every listing has one defined order.
        articles.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        let mut errors = Vec::new();
        let mut seen: BTreeMap<&str, &Article> = BTreeMap::new();
        for a in &articles {
            if let Some(first) = seen.insert(&a.slug, a) {
                let (x, y) = if first.rel_path < a.rel_path {
                    (first, a)
                } else {
                    (a, first)
                };
                errors.push(Diagnostic::file(
                    &y.rel_path,
                    format!(
                        "duplicate slug `{}`: also used by {} (set a different `slug:`)",
                        a.slug,
                        x.rel_path.display()
                    ),
                ));
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let tags = tags::index(&articles);
        Ok(Site {
            articles,
            tags,
            paginate: paginate.max(1),
        })
    }

    pub fn index_pages(&self) -> usize {
        paginate::page_count(self.articles.len(), self.paginate)
    }

    /// Every page of the site, in a stable order.
    pub fn pages(&self) -> Vec<Page> {
        let mut pages = Vec::with_capacity(self.articles.len() + self.tags.len() + 8);
        pages.extend((1..=self.index_pages()).map(Page::Index));
        pages.extend((0..self.articles.len()).map(Page::Article));
        pages.push(Page::Tags);
        for (t, tag) in self.tags.iter().enumerate() {
            let n = paginate::page_count(tag.articles.len(), self.paginate);
            pages.extend((1..=n).map(|p| Page::Tag(t, p)));
        }
        pages.push(Page::NotFound);
        pages
    }

    /// The site path of a page (`articles/x/`, `tags/economy/page/2/`, `404.html`).
    pub fn path(&self, page: Page) -> String {
        match page {
            Page::Index(n) => paths::index(n),
            Page::Article(i) => paths::article(&self.articles[i].slug),
            Page::Tags => paths::tags(),
            Page::Tag(t, n) => paths::tag(&self.tags[t].slug, n),
            Page::NotFound => paths::NOT_FOUND.into(),
        }
    }

    /// The tag index of a tag as written in an article.
    pub fn tag_of(&self, written: &str) -> Option<usize> {
        let slug = tags::tag_slug(written);
        self.tags
            .binary_search_by(|t| t.slug.as_str().cmp(&slug))
            .ok()
    }
}

//! The site model: articles in publishing order, their tags, and the pages to write.
//!
//! Everything here is plain data computed from the articles; nothing renders. Knowing
//! which page shows which article is what lets `serve` re-render only what an edit
//! touches.

pub mod groups;
pub mod paginate;
pub mod tags;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::clean::Removal;
use crate::content::PublishDate;
use crate::error::Diagnostic;

pub use groups::{Edition, Source};
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
    /// The URL slug of each tag in `tags` (filled by [`Article::index_keys`]).
    pub tag_slugs: Vec<String>,
    /// The URL slug of `source` (filled by [`Article::index_keys`]).
    pub source_slug: Option<String>,
    /// The publisher's site (`https://host`) from `source_url` (filled by
    /// [`Article::index_keys`]).
    pub source_home: Option<String>,
    /// Plain text for listings and meta descriptions.
    pub summary: String,
    pub words: usize,
    pub rel_path: PathBuf,
    /// The front matter line the slug comes from (`slug:`, else `title:`), for errors.
    pub slug_line: Option<usize>,
    pub extra: BTreeMap<String, serde_json::Value>,
    pub draft: bool,
    /// The cleaned body as HTML.
    pub html: String,
    /// What the cleaner took out, with its reasons.
    pub removals: Vec<Removal>,
}

impl Article {
    /// Compute the slugs that group this article into tags and sources. Done once per
    /// article (in parallel) so assembling the site needs no slugging.
    pub fn index_keys(&mut self) {
        self.tag_slugs = self.tags.iter().map(|t| tags::tag_slug(t)).collect();
        self.source_slug = self.source.as_deref().map(groups::source_slug);
        self.source_home = self.source_url.as_deref().and_then(groups::origin);
    }

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
    pub fn editions() -> String {
        "editions/".into()
    }
    pub fn edition(date: &jiff::civil::Date) -> String {
        format!("editions/{date}/")
    }
    pub fn sources() -> String {
        "sources/".into()
    }
    pub fn source(slug: &str, page: usize) -> String {
        if page <= 1 {
            format!("sources/{slug}/")
        } else {
            format!("sources/{slug}/page/{page}/")
        }
    }
    pub fn tag_feed(slug: &str) -> String {
        format!("tags/{slug}/atom.xml")
    }
    pub const SEARCH: &str = "search/";
    pub const NOT_FOUND: &str = "404.html";
    pub const ATOM: &str = "atom.xml";
    pub const RSS: &str = "rss.xml";
    pub const SITEMAP: &str = "sitemap.xml";
    pub const ROBOTS: &str = "robots.txt";
    pub const SEARCH_INDEX: &str = "search-index.json";

    /// The file a site path is written to: folders get `index.html`.
    pub fn file(site_path: &str) -> String {
        if site_path.is_empty() || site_path.ends_with('/') {
            format!("{site_path}index.html")
        } else {
            site_path.to_string()
        }
    }
}

/// One file of output, named by what it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Page {
    /// Page `n` (1-based) of the home listing.
    Index(usize),
    /// The article at this index of `Site::articles`.
    Article(usize),
    Tags,
    /// Page `n` of the tag at this index of `Site::tags`.
    Tag(usize, usize),
    /// The Atom feed of the tag at this index.
    TagFeed(usize),
    Editions,
    /// The edition at this index of `Site::editions`.
    Edition(usize),
    Sources,
    /// Page `n` of the source at this index of `Site::sources`.
    Source(usize, usize),
    Search,
    NotFound,
    Atom,
    Rss,
    /// Sitemap file `n`: 0 is `sitemap.xml` (the index when there are several).
    Sitemap(usize),
    Robots,
    SearchIndex,
}

/// At most this many URLs in one sitemap file (the sitemaps.org limit).
pub const SITEMAP_MAX_URLS: usize = 50_000;

/// Articles sorted newest first, tags, and the page plan.
#[derive(Debug, Default)]
pub struct Site {
    pub articles: Vec<Article>,
    pub tags: Vec<Tag>,
    pub editions: Vec<Edition>,
    pub sources: Vec<Source>,
    /// Per article: the indices of its related articles, best first.
    pub related: Vec<Vec<usize>>,
    /// Per article: the indices of its tags in `tags`, in the article's order, deduplicated.
    pub article_tags: Vec<Vec<usize>>,
    /// Per article: the index of its source in `sources`.
    pub article_source: Vec<Option<usize>>,
    pub paginate: usize,
}

impl Site {
    /// Order the articles, reject duplicate slugs, index tags, sources and editions.
    /// Related articles are computed separately ([`Site::compute_related`]).
    pub fn assemble(mut articles: Vec<Article>, paginate: usize) -> Result<Site, Vec<Diagnostic>> {
        // Newest first; ties by slug, so every listing has one defined order.
        articles.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        let mut errors = Vec::new();
        let mut seen: std::collections::HashMap<&str, &Article> =
            std::collections::HashMap::with_capacity(articles.len());
        for a in &articles {
            if let Some(first) = seen.insert(&a.slug, a) {
                let (x, y) = if first.rel_path < a.rel_path {
                    (first, a)
                } else {
                    (a, first)
                };
                let place = |art: &Article| match art.slug_line {
                    Some(line) => format!("{}:{line}", art.rel_path.display()),
                    None => art.rel_path.display().to_string(),
                };
                let message = format!(
                    "duplicate slug `{}`: also used by {} (set a different `slug:`)",
                    a.slug,
                    place(x)
                );
                errors.push(match y.slug_line {
                    Some(line) => Diagnostic::at(&y.rel_path, line, message),
                    None => Diagnostic::file(&y.rel_path, message),
                });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let tags = tags::index(&articles);
        let article_tags: Vec<Vec<usize>> = articles
            .iter()
            .map(|a| {
                let mut ts: Vec<usize> = Vec::with_capacity(a.tags.len());
                for t in a
                    .tag_slugs
                    .iter()
                    .filter_map(|slug| tags::find_slug(&tags, slug))
                {
                    if !ts.contains(&t) {
                        ts.push(t);
                    }
                }
                ts
            })
            .collect();
        let sources = groups::sources(&articles);
        let article_source = articles
            .iter()
            .map(|a| {
                let slug = a.source_slug.as_deref()?;
                sources.binary_search_by(|s| s.slug.as_str().cmp(slug)).ok()
            })
            .collect();
        Ok(Site {
            editions: groups::editions(&articles),
            sources,
            related: Vec::new(),
            article_tags,
            article_source,
            articles,
            tags,
            paginate: paginate.max(1),
        })
    }

    /// Related articles of every article, in parallel.
    pub fn compute_related(&mut self) {
        use rayon::prelude::*;
        let related: Vec<Vec<usize>> = (0..self.articles.len())
            .into_par_iter()
            .map(|i| self.related_of(i))
            .collect();
        self.related = related;
    }

    /// Related articles of article `i`: see [`groups::related`].
    pub fn related_of(&self, i: usize) -> Vec<usize> {
        groups::related(&self.articles, &self.tags, &self.article_tags[i], i)
    }

    pub fn index_pages(&self) -> usize {
        paginate::page_count(self.articles.len(), self.paginate)
    }

    /// Every file of the site, in a stable order.
    pub fn pages(&self) -> Vec<Page> {
        let per = self.paginate;
        let mut pages = Vec::with_capacity(
            self.articles.len() + 2 * self.tags.len() + self.editions.len() + 16,
        );
        pages.extend((1..=self.index_pages()).map(Page::Index));
        pages.extend((0..self.articles.len()).map(Page::Article));
        pages.push(Page::Tags);
        for (t, tag) in self.tags.iter().enumerate() {
            pages.extend(
                (1..=paginate::page_count(tag.articles.len(), per)).map(|p| Page::Tag(t, p)),
            );
            pages.push(Page::TagFeed(t));
        }
        pages.push(Page::Editions);
        pages.extend((0..self.editions.len()).map(Page::Edition));
        pages.push(Page::Sources);
        for (s, source) in self.sources.iter().enumerate() {
            pages.extend(
                (1..=paginate::page_count(source.articles.len(), per)).map(|p| Page::Source(s, p)),
            );
        }
        pages.extend([
            Page::Search,
            Page::NotFound,
            Page::Atom,
            Page::Rss,
            Page::Robots,
            Page::SearchIndex,
        ]);
        pages.extend((0..self.sitemap_files()).map(Page::Sitemap));
        pages
    }

    /// The HTML pages a sitemap lists (everything a reader lands on, not 404 or search).
    pub fn sitemap_pages(&self) -> Vec<Page> {
        self.pages()
            .into_iter()
            .filter(|p| {
                matches!(
                    p,
                    Page::Index(_)
                        | Page::Article(_)
                        | Page::Tags
                        | Page::Tag(..)
                        | Page::Editions
                        | Page::Edition(_)
                        | Page::Sources
                        | Page::Source(..)
                )
            })
            .collect()
    }

    /// `sitemap.xml` alone, or an index plus one file per 50,000 URLs.
    pub fn sitemap_files(&self) -> usize {
        let urls = self.index_pages()
            + self.articles.len()
            + 1
            + self
                .tags
                .iter()
                .map(|t| paginate::page_count(t.articles.len(), self.paginate))
                .sum::<usize>()
            + 1
            + self.editions.len()
            + 1
            + self
                .sources
                .iter()
                .map(|s| paginate::page_count(s.articles.len(), self.paginate))
                .sum::<usize>();
        if urls <= SITEMAP_MAX_URLS {
            1
        } else {
            1 + urls.div_ceil(SITEMAP_MAX_URLS)
        }
    }

    /// The site path of a page (`articles/x/`, `tags/economy/page/2/`, `atom.xml`).
    pub fn path(&self, page: Page) -> String {
        match page {
            Page::Index(n) => paths::index(n),
            Page::Article(i) => paths::article(&self.articles[i].slug),
            Page::Tags => paths::tags(),
            Page::Tag(t, n) => paths::tag(&self.tags[t].slug, n),
            Page::TagFeed(t) => paths::tag_feed(&self.tags[t].slug),
            Page::Editions => paths::editions(),
            Page::Edition(e) => paths::edition(&self.editions[e].date),
            Page::Sources => paths::sources(),
            Page::Source(s, n) => paths::source(&self.sources[s].slug, n),
            Page::Search => paths::SEARCH.into(),
            Page::NotFound => paths::NOT_FOUND.into(),
            Page::Atom => paths::ATOM.into(),
            Page::Rss => paths::RSS.into(),
            Page::Sitemap(0) => paths::SITEMAP.into(),
            Page::Sitemap(n) => format!("sitemap-{n}.xml"),
            Page::Robots => paths::ROBOTS.into(),
            Page::SearchIndex => paths::SEARCH_INDEX.into(),
        }
    }

    /// The edition index of an article's day.
    pub fn edition_of(&self, article: usize) -> Option<usize> {
        let date = self.articles[article].date.date;
        self.editions.binary_search_by(|e| date.cmp(&e.date)).ok()
    }
}

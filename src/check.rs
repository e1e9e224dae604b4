//! `briefing check`: build the site in memory, write nothing, and verify that every
//! internal link and `#anchor` on every page resolves. No network.

use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::sync::Mutex;

use rayon::prelude::*;

use crate::config::BaseUrl;
use crate::error::{Diagnostic, Error, Result};
use crate::site::Page;
use crate::Prepared;

/// What a check found.
#[derive(Debug, Default)]
pub struct CheckReport {
    pub pages: usize,
    pub links: usize,
    /// One per broken link, naming the article file and line it comes from when known.
    pub broken: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// Links and ids found on one HTML page.
struct Scan {
    ids: HashSet<String>,
    links: Vec<String>,
}

fn scan(html: &str) -> Scan {
    static ANY: std::sync::LazyLock<scraper::Selector> = std::sync::LazyLock::new(|| {
        scraper::Selector::parse("[id], [href], [src]").expect("valid selector")
    });
    let doc = scraper::Html::parse_document(html);
    let mut ids = HashSet::new();
    let mut links = Vec::new();
    for el in doc.select(&ANY) {
        let v = el.value();
        if let Some(id) = v.attr("id") {
            ids.insert(id.to_string());
        }
        for attr in ["href", "src"] {
            if let Some(link) = v.attr(attr) {
                links.push(link.to_string());
            }
        }
    }
    Scan { ids, links }
}

/// The output file an internal link points at, with its fragment; `None` for links that
/// leave the site (other hosts, mailto:, …).
fn resolve(
    base: &BaseUrl,
    page_file: &str,
    link: &str,
) -> Option<std::result::Result<(String, String), String>> {
    let link = link.trim();
    let site_root = url::Url::parse("http://site.invalid").ok()?;
    let origin = if base.origin.is_empty() {
        site_root.clone()
    } else {
        url::Url::parse(&base.origin).ok()?
    };
    let page_url = origin.join(&base.link(page_file)).ok()?;
    let target = page_url.join(link).ok()?;
    if target.origin() != origin.origin() {
        return None;
    }
    let path = percent_decode(target.path());
    let Some(rest) = path.strip_prefix(&base.path) else {
        return Some(Err(format!("leaves the site's base path {}", base.path)));
    };
    let file = if rest.is_empty() || rest.ends_with('/') {
        format!("{rest}index.html")
    } else {
        rest.to_string()
    };
    Some(Ok((file, target.fragment().unwrap_or("").to_string())))
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("a={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| s.to_string())
}

/// Check the site at `root`.
pub fn check(root: &Path, drafts: bool) -> Result<CheckReport> {
    let prepared = Prepared::load(root, None, drafts)?;
    let files: Mutex<HashMap<String, Vec<u8>>> = Mutex::new(HashMap::new());
    let pages = prepared.render_all(|path, bytes| {
        files
            .lock()
            .map_err(|_| Error::Other("check: lock poisoned".into()))?
            .insert(path.to_string(), bytes.to_vec());
        Ok(())
    })?;
    let files = files
        .into_inner()
        .map_err(|_| Error::Other("check: lock poisoned".into()))?;

    // Which article each article page shows, to blame its source file.
    let site = &prepared.site;
    let article_of: HashMap<String, usize> = (0..site.articles.len())
        .map(|i| (crate::site::paths::file(&site.path(Page::Article(i))), i))
        .collect();

    let html: Vec<(&String, &Vec<u8>)> =
        files.iter().filter(|(p, _)| p.ends_with(".html")).collect();
    let scans: HashMap<&str, Scan> = html
        .par_iter()
        .map(|(p, bytes)| (p.as_str(), scan(&String::from_utf8_lossy(bytes))))
        .collect();

    let mut report = CheckReport {
        pages,
        warnings: prepared.warnings.clone(),
        ..Default::default()
    };
    let mut sorted: Vec<&&str> = scans.keys().collect();
    sorted.sort();
    for page in sorted {
        let s = &scans[*page];
        for link in &s.links {
            report.links += 1;
            let problem = match resolve(&prepared.base, page, link) {
                None => None,
                Some(Err(why)) => Some(why),
                Some(Ok((file, frag))) => {
                    if !files.contains_key(&file) {
                        Some("no such page".to_string())
                    } else if !frag.is_empty()
                        && scans
                            .get(file.as_str())
                            .is_some_and(|t| !t.ids.contains(&frag))
                    {
                        Some(format!("no element with id `{frag}`"))
                    } else {
                        None
                    }
                }
            };
            if let Some(why) = problem {
                report.broken.push(blame(
                    &prepared,
                    root,
                    article_of.get(*page).copied(),
                    page,
                    link,
                    &why,
                ));
            }
        }
    }
    report.broken.sort();
    report.broken.dedup();
    Ok(report)
}

/// A broken link, named by the article it comes from (file and line) when it is in one.
fn blame(
    prepared: &Prepared,
    root: &Path,
    article: Option<usize>,
    page: &str,
    link: &str,
    why: &str,
) -> Diagnostic {
    let message = format!("broken link `{link}` on {page}: {why}");
    match article {
        Some(i) => {
            let rel = &prepared.site.articles[i].rel_path;
            let line = std::fs::read_to_string(root.join(rel))
                .ok()
                .and_then(|text| text.lines().position(|l| l.contains(link)).map(|n| n + 1));
            Diagnostic::new(rel, line, message)
        }
        None => Diagnostic::new(Path::new("templates"), None, message),
    }
}

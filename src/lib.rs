//! # briefing
//!
//! A static-site generator for curated news briefings. A build is a short pipeline:
//!
//! ```text
//! content/*.md ─ content::load_all ─▶ SourceFile (front matter + raw body)
//!   └─ clean::clean ─▶ render::markdown ─▶ site::Article
//! Vec<Article> ─ Site::assemble ─▶ Site (ordered, tags, page plan)
//! Site + theme (render::templates) ─ Renderer, in parallel ─▶ pages
//!   └─ output::Staging ─▶ output/ (swapped in atomically)
//! ```
//!
//! The cleaner ([`clean`]) is pure: a body and its source in, the kept body and the
//! removed lines with reasons out. Source files are never modified.

pub mod check;
pub mod clean;
pub mod cli;
pub mod config;
pub mod content;
pub mod error;
pub mod init;
pub mod output;
pub mod preview;
pub mod process;
pub mod render;
pub mod serve;
pub mod site;

/// Small pages for this process's memory (Linux; elsewhere nothing). mimalloc asks the
/// kernel for transparent huge pages, and then every first touch of a 2 MiB region
/// zeroes all of it: a build, which fills memory once and exits, spent up to a third of
/// its cleaning time there and held 40 MiB more (README.md, Performance, run 17). Call it
/// first thing in `main`; memory already touched keeps its pages. The setting is
/// inherited by child processes (a browser `serve` opens, say), which lose nothing
/// but huge pages by it.
pub fn use_small_pages() {
    #[cfg(target_os = "linux")]
    {
        // Refused only by kernels without the setting, where there is nothing to undo.
        let _ = rustix::thread::disable_transparent_huge_pages(true);
    }
}

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;

pub use config::Config;
pub use error::{Diagnostic, Error, Result};
use site::{Article, Site};

/// What `briefing build` was asked to do.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// Site root (holds `briefing.yaml` and `content/`).
    pub root: PathBuf,
    /// Output folder; default: `output_dir` from the config, under the root.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` from the config.
    pub base_url: Option<String>,
    /// Publish drafts too.
    pub drafts: bool,
}

/// What a build did.
#[derive(Debug, Default)]
pub struct Report {
    pub articles: usize,
    pub pages: usize,
    pub seconds: f64,
    pub output: PathBuf,
    pub warnings: Vec<Diagnostic>,
    pub cleaning: CleaningReport,
    /// Named steps and their seconds (wall time, except where the name says CPU).
    pub timings: Vec<(&'static str, f64)>,
}

/// What the cleaner removed across the site.
#[derive(Debug, Default)]
pub struct CleaningReport {
    pub lines_removed: usize,
    pub articles_touched: usize,
    /// Per touched article: its file, the line its body starts on, and the removals.
    pub details: Vec<(PathBuf, usize, Vec<clean::Removal>)>,
}

/// The site in memory, ready to render.
pub struct Assembled {
    pub config: Config,
    pub site: Site,
    pub warnings: Vec<Diagnostic>,
    pub cleaning: CleaningReport,
}

/// Read the config, applying command-line overrides.
pub fn load_config(root: &Path, base_url: Option<&str>) -> Result<Config> {
    let mut config = Config::load(root)?;
    if let Some(url) = base_url {
        config::BaseUrl::parse(url).map_err(|e| Error::Other(format!("--base-url: {e}")))?;
        config.base_url = url.to_string();
    }
    Ok(config)
}

/// Load, clean and render every article, and assemble the site. Reports every input
/// error of the site at once.
pub fn assemble(root: &Path, config: Config, drafts: bool) -> Result<Assembled> {
    let rules = clean::CleanRules::compile(&config.cleaning).map_err(|errs| {
        Error::Other(
            errs.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        )
    })?;
    let loaded = content::load_all(root);
    let mut errors = loaded.errors;
    let warnings = loaded.warnings;
    let files: Vec<_> = loaded
        .files
        .into_iter()
        .filter(|f| drafts || !f.front.draft)
        .collect();

    let permalinks: HashMap<PathBuf, String> = {
        let base = config.base();
        files
            .iter()
            .map(|f| {
                (
                    f.rel_path.clone(),
                    base.link(&site::paths::article(&f.slug)),
                )
            })
            .collect()
    };

    // Boilerplate repeated across a publisher's articles is learned from the site itself
    // (not at all when cleaning is switched off: nothing would use it).
    let learned = if config.cleaning.enabled {
        process::learn_all(&files)
    } else {
        HashMap::new()
    };
    let env = process::Env {
        rules: &rules,
        permalinks: &permalinks,
        sanitizer: render::markdown::Sanitizer::for_config(&config.sanitize),
    };
    // Each source file is let go once processed: its body and its rendered HTML are
    // never both held for the whole site.
    let results: Vec<(Article, Vec<Diagnostic>, usize)> = files
        .into_par_iter()
        .map(|f| {
            let learned = process::learn_key(&f).and_then(|k| learned.get(&k));
            let (article, errs) = process::process(&f, &env, learned);
            (article, errs, f.body_line)
        })
        .collect();

    let mut articles = Vec::with_capacity(results.len());
    let mut cleaning = CleaningReport::default();
    for (mut article, errs, body_line) in results {
        errors.extend(errs);
        if !article.removals.is_empty() {
            cleaning.articles_touched += 1;
            cleaning.lines_removed += article.removals.len();
            cleaning.details.push((
                article.rel_path.clone(),
                body_line,
                std::mem::take(&mut article.removals),
            ));
        }
        articles.push(article);
    }
    let site = match Site::assemble(articles, config.paginate) {
        Ok(mut site) => {
            site.compute_related();
            site
        }
        Err(errs) => {
            errors.extend(errs);
            Site::default()
        }
    };
    if !errors.is_empty() {
        errors.sort();
        errors.dedup();
        return Err(Error::Input(errors));
    }
    Ok(Assembled {
        config,
        site,
        warnings,
        cleaning,
    })
}

/// A site assembled and its theme loaded: everything needed to render any page.
pub struct Prepared {
    pub config: Config,
    pub base: config::BaseUrl,
    pub site: Site,
    pub tera: tera::Tera,
    pub statics: Vec<(String, Vec<u8>)>,
    pub warnings: Vec<Diagnostic>,
    pub cleaning: CleaningReport,
}

impl Prepared {
    /// Load the config, theme and content of the site at `root`.
    pub fn load(root: &Path, base_url: Option<&str>, drafts: bool) -> Result<Prepared> {
        let config = load_config(root, base_url)?;
        let theme = render::templates::locate(root, &config.theme)?;
        let mut tera = render::templates::load(root, &theme)?;
        let statics = render::templates::static_files(root, &theme)?;
        let Assembled {
            config,
            site,
            warnings,
            cleaning,
        } = assemble(root, config, drafts)?;
        let base = config.base();
        tera.global_context()
            .insert("site", &render::views::SiteView::new(&config, &base));
        Ok(Prepared {
            config,
            base,
            site,
            tera,
            statics,
            warnings,
            cleaning,
        })
    }

    pub fn renderer(&self) -> render::Renderer<'_> {
        render::Renderer::new(&self.site, &self.tera, &self.base, &self.config)
    }

    /// Render every page in parallel and hand each file (relative path, bytes) to `sink`,
    /// then the static files. Returns the number of pages.
    pub fn render_all(&self, sink: impl Fn(&str, &[u8]) -> Result<()> + Sync) -> Result<usize> {
        let renderer = self.renderer();
        let pages = self.site.pages();
        pages.par_iter().try_for_each(|&page| {
            let text = renderer.render(page)?;
            sink(&site::paths::file(&self.site.path(page)), text.as_bytes())
        })?;
        for (name, bytes) in &self.statics {
            sink(name, bytes)?;
        }
        Ok(pages.len())
    }
}

/// `briefing build`: assemble the site and publish it to the output folder.
pub fn build(opts: &BuildOptions) -> Result<Report> {
    let started = Instant::now();
    let prepared = Prepared::load(&opts.root, opts.base_url.as_deref(), opts.drafts)?;
    let output = opts
        .output
        .clone()
        .unwrap_or_else(|| opts.root.join(&prepared.config.output_dir));
    output::check_target(&opts.root, &output)?;
    let loaded = started.elapsed().as_secs_f64();
    let staging = output::Staging::create(&output)?;
    let pages = prepared.render_all(|path, bytes| staging.write(path, bytes))?;
    let rendered = started.elapsed().as_secs_f64();
    staging.commit()?;
    let total = started.elapsed().as_secs_f64();
    Ok(Report {
        timings: vec![
            ("load, clean and render articles", loaded),
            ("render and write pages", rendered - loaded),
            ("swap the output in", total - rendered),
            ("cleaning (CPU, all threads)", process::clean_seconds()),
        ],
        articles: prepared.site.articles.len(),
        pages,
        seconds: started.elapsed().as_secs_f64(),
        output,
        warnings: prepared.warnings,
        cleaning: prepared.cleaning,
    })
}

/// One article as `briefing clean` prints it.
#[derive(Debug)]
pub struct CleanedFile {
    pub path: PathBuf,
    /// Line of the file the body starts on (to turn body lines into file lines).
    pub body_line: usize,
    /// The file with its body cleaned: front matter as written, then the kept lines.
    pub cleaned_markdown: String,
    pub removals: Vec<clean::Removal>,
}

/// `briefing clean`: clean the given files with the site's rules, learning repeated
/// boilerplate from the site's content as well. Nothing is written.
pub fn clean_files(root: &Path, files: &[PathBuf]) -> Result<Vec<CleanedFile>> {
    let config = Config::load(root)?;
    let rules = clean::CleanRules::compile(&config.cleaning).map_err(|errs| {
        Error::Other(
            errs.iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join("\n"),
        )
    })?;
    let mut errors = Vec::new();
    let mut targets = Vec::new();
    for path in files {
        let text = std::fs::read(path)
            .map_err(|e| vec![Diagnostic::file(path, format!("cannot read: {e}"))])
            .and_then(|b| {
                content::article::decode(b).map_err(|(l, m)| vec![Diagnostic::at(path, l, m)])
            });
        let parsed = text.and_then(|t| {
            content::article::parse(path.clone(), &t, &mut Vec::new()).map(|f| (t, f))
        });
        match parsed {
            Ok(pair) => targets.push(pair),
            Err(e) => errors.extend(e),
        }
    }
    if !errors.is_empty() {
        return Err(Error::Input(errors));
    }
    // Learn from the whole site plus the files given (a file inside the site counts once).
    let site_files = content::load_all(root).files;
    let canonical = |p: &Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let given: Vec<PathBuf> = files.iter().map(|p| canonical(p)).collect();
    let others: Vec<&content::SourceFile> = site_files
        .iter()
        .filter(|f| !given.contains(&canonical(&root.join(&f.rel_path))))
        .collect();
    let learned = clean::learn(
        others
            .iter()
            .copied()
            .chain(targets.iter().map(|(_, f)| f))
            .filter(|f| f.front.clean)
            .map(|f| (process::source_context(f), f.body.as_str())),
    );
    let mut failed = Vec::new();
    let cleaned: Vec<CleanedFile> = targets
        .iter()
        .filter_map(|(text, f)| {
            let cleaned = if f.front.clean && config.cleaning.enabled {
                // A bug in the cleaner is this file's error, not a crash.
                match clean::guarded(|| {
                    clean::clean(&f.body, &process::source_context(f), &rules, &learned)
                }) {
                    Ok(c) => c,
                    Err(message) => {
                        failed.push(Diagnostic::at(
                            &f.rel_path,
                            f.body_line,
                            format!("the cleaner failed on this article ({message}); this is a bug in briefing: please report it"),
                        ));
                        return None;
                    }
                }
            } else {
                clean::Cleaned::untouched(&f.body)
            };
            let head_len = text.len() - f.body.len();
            Some(CleanedFile {
                path: f.rel_path.clone(),
                body_line: f.body_line,
                cleaned_markdown: format!("{}{}", &text[..head_len], cleaned.body),
                removals: cleaned.removals,
            })
        })
        .collect();
    if !failed.is_empty() {
        return Err(Error::Input(failed));
    }
    Ok(cleaned)
}

//! The per-article stages between loading and assembling the site: clean the body of
//! its boilerplate, then render it, into a [`crate::site::Article`]. Shared by full builds and
//! by the preview, which re-runs them for the articles an edit touches.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use rayon::prelude::*;

use crate::clean::{self, CleanRules, Learned, SourceContext};
use crate::content::SourceFile;
use crate::error::Diagnostic;
use crate::render::markdown;
use crate::site::Article;

/// Time spent cleaning, summed over all threads, since the process started: how the
/// cleaner's share of a build is measured (`briefing build --verbose`).
static CLEAN_NANOS: AtomicU64 = AtomicU64::new(0);

/// Count time spent on cleaning outside this module (the preview's incremental learning).
pub fn add_clean_time(d: std::time::Duration) {
    CLEAN_NANOS.fetch_add(d.as_nanos() as u64, Ordering::Relaxed);
}

/// CPU seconds spent in the cleaner so far (all threads).
pub fn clean_seconds() -> f64 {
    CLEAN_NANOS.load(Ordering::Relaxed) as f64 / 1e9
}

/// Everything the per-article stages read besides the article itself.
pub struct Env<'a> {
    pub rules: &'a CleanRules,
    /// Every article's path relative to the site root → its URL, for links between them.
    pub permalinks: &'a HashMap<PathBuf, String>,
    /// The HTML allowlist from `sanitize:` in `briefing.yaml`.
    pub sanitizer: &'a markdown::Sanitizer,
}

pub fn source_context(f: &SourceFile) -> SourceContext<'_> {
    SourceContext {
        source: f.front.source.as_deref(),
        source_url: f.front.source_url.as_deref(),
        title: Some(f.front.title.as_str()),
        author: f.front.author.as_deref(),
    }
}

/// The publisher key an article learns and cleans under (none: nothing to learn from).
pub fn learn_key(f: &SourceFile) -> Option<String> {
    if f.front.clean {
        clean::source_key(&source_context(f))
    } else {
        None
    }
}

/// Learn one publisher's repeated boilerplate from its articles.
pub fn learn_source<'a>(files: impl IntoIterator<Item = &'a SourceFile>) -> Learned {
    let started = std::time::Instant::now();
    let learned = clean::learn(
        files
            .into_iter()
            .map(|f| (source_context(f), f.body.as_str())),
    );
    CLEAN_NANOS.fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
    learned
}

/// Learn every publisher's boilerplate, one publisher per task. Learning is keyed by
/// publisher, so this equals learning over the whole site at once.
pub fn learn_all(files: &[SourceFile]) -> HashMap<String, Learned> {
    let mut groups: HashMap<String, Vec<&SourceFile>> = HashMap::new();
    for f in files {
        if let Some(key) = learn_key(f) {
            groups.entry(key).or_default().push(f);
        }
    }
    // The cleaner's pattern sets compile beside learning, which does not need them.
    let (_, learned) = rayon::join(
        || {
            let started = std::time::Instant::now();
            clean::prepare();
            CLEAN_NANOS.fetch_add(started.elapsed().as_nanos() as u64, Ordering::Relaxed);
        },
        || {
            groups
                .into_par_iter()
                .map(|(key, group)| (key, learn_source(group)))
                .collect()
        },
    );
    learned
}

/// Clean and render one article. `learned` is its publisher's learned boilerplate.
pub fn process(
    f: &SourceFile,
    env: &Env<'_>,
    learned: Option<&Learned>,
) -> (Article, Vec<Diagnostic>) {
    static NOTHING_LEARNED: std::sync::LazyLock<Learned> =
        std::sync::LazyLock::new(Learned::default);
    let clean_started = std::time::Instant::now();
    // A bug in the cleaner is this article's error, not a crash of the build.
    let mut cleaner_failed = None;
    let cleaned = if f.front.clean {
        clean::guarded(|| {
            clean::clean(
                &f.body,
                &source_context(f),
                env.rules,
                learned.unwrap_or(&NOTHING_LEARNED),
            )
        })
        .unwrap_or_else(|message| {
            cleaner_failed = Some(Diagnostic::new(
                &f.rel_path,
                Some(f.body_line),
                format!(
                    "the cleaner failed on this article ({message}); this is a bug in briefing: please report it. `clean: false` in its front matter publishes it uncleaned"
                ),
            ));
            clean::Cleaned::untouched(&f.body)
        })
    } else {
        clean::Cleaned::untouched(&f.body)
    };
    CLEAN_NANOS.fetch_add(clean_started.elapsed().as_nanos() as u64, Ordering::Relaxed);
    let dir = f.rel_path.parent().unwrap_or(Path::new(""));
    let rendered = markdown::render_with(
        &cleaned.body,
        &markdown::LinkContext {
            dir,
            permalinks: env.permalinks,
        },
        env.sanitizer,
    );
    let errors = cleaner_failed
        .into_iter()
        .chain(rendered.broken_links.iter().map(|dest| {
            let line = f
                .body
                .lines()
                .position(|l| l.contains(&format!("]({dest}")))
                .map(|i| i + f.body_line);
            Diagnostic::new(
                &f.rel_path,
                line,
                format!("link to a missing article: {dest}"),
            )
        }))
        .collect();
    let fm = &f.front;
    let mut article = Article {
        slug: f.slug.clone(),
        title: fm.title.clone(),
        date: fm.date,
        source: fm.source.clone(),
        source_url: fm.source_url.clone(),
        author: fm.author.clone(),
        tags: fm.tags.clone(),
        tag_slugs: Vec::new(),
        source_slug: None,
        source_home: None,
        summary: fm.summary.clone().unwrap_or(rendered.summary),
        words: rendered.words,
        rel_path: f.rel_path.clone(),
        slug_line: f.slug_line(),
        extra: fm.extra.clone(),
        draft: fm.draft,
        html: rendered.html,
        removals: cleaned.removals,
    };
    article.index_keys();
    (article, errors)
}

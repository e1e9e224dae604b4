//! A site kept in memory and updated in place by edits: what `briefing serve` shows.
//!
//! [`Preview::load`] builds everything once. [`Preview::apply`] takes the files an
//! edit touched and re-runs only what depends on them:
//!
//! 1. reload the changed articles (a file that fails keeps its last good version and
//!    is reported until fixed);
//! 2. re-learn boilerplate for the publishers involved, and re-clean their other
//!    articles only if what was learned changed;
//! 3. re-assemble the site (cheap: sorting and grouping precomputed keys), recompute
//!    related articles only near the edit (see [`crate::site::groups::related`]);
//! 4. re-render the pages that show an edited article, or whose listing shifted, and
//!    keep a page's new bytes only if they differ.
//!
//! A template or config change rebuilds everything. The result always equals a full
//! build of the same files (tests/preview.rs checks this byte for byte).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;

use crate::clean::{LearnCounts, Learned};
use crate::content::{self, SourceFile};
use crate::error::{Diagnostic, Error, Result};
use crate::site::{self, groups, paginate, paths, Article, Page, Site};
use crate::{process, Prepared};

/// What kind of file an edit touched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    /// Article files (paths relative to the root or absolute), added, edited or deleted.
    Content(Vec<PathBuf>),
    /// Templates or theme files: every page re-renders.
    Templates,
    /// Static files: copied again.
    Static,
    /// `briefing.yaml`: everything is rebuilt.
    Config,
}

/// What an update did.
#[derive(Debug, Default, Clone)]
pub struct Update {
    /// Output files whose bytes changed or that are new.
    pub changed: Vec<String>,
    /// Output files that no longer exist.
    pub removed: Vec<String>,
    /// Pages rendered (changed or not).
    pub rendered: usize,
    pub seconds: f64,
}

/// The in-memory site.
pub struct Preview {
    root: PathBuf,
    base_url: Option<String>,
    drafts: bool,
    prepared: Prepared,
    rules: crate::clean::CleanRules,
    /// Every loaded article file, by path relative to the root (drafts too).
    files: BTreeMap<PathBuf, SourceFile>,
    /// Files that currently fail, with their errors; they keep their last good version.
    broken: BTreeMap<PathBuf, Vec<Diagnostic>>,
    /// Articles that link to a missing article (recomputed whenever they are rendered).
    link_errors: BTreeMap<PathBuf, Vec<Diagnostic>>,
    learned: HashMap<String, Learned>,
    /// Per publisher, the line counts behind `learned`, updated one article at a time.
    learn_counts: HashMap<String, LearnCounts>,
    permalinks: HashMap<PathBuf, String>,
    outputs: HashMap<String, Arc<Vec<u8>>>,
    /// Search index entries kept between updates (the index is most of an update's work).
    search_cache: crate::render::feeds::SearchIndexCache,
}

impl Preview {
    /// Build the whole site in memory.
    pub fn load(root: &Path, base_url: Option<String>, drafts: bool) -> Result<Preview> {
        let prepared = Prepared::load(root, base_url.as_deref(), drafts)?;
        let rules =
            crate::clean::CleanRules::compile(&prepared.config.cleaning).map_err(|errs| {
                Error::Other(
                    errs.iter()
                        .map(|e| e.to_string())
                        .collect::<Vec<_>>()
                        .join("\n"),
                )
            })?;
        // Prepared does not keep the raw files; load them once more for later edits.
        let loaded = content::load_all(root);
        let files: BTreeMap<PathBuf, SourceFile> = loaded
            .files
            .into_iter()
            .map(|f| (f.rel_path.clone(), f))
            .collect();
        let published: Vec<&SourceFile> = files
            .values()
            .filter(|f| drafts || !f.front.draft)
            .collect();
        let base = prepared.config.base();
        let permalinks = published
            .iter()
            .map(|f| (f.rel_path.clone(), base.link(&paths::article(&f.slug))))
            .collect();
        let mut groups: HashMap<String, Vec<&SourceFile>> = HashMap::new();
        for f in &published {
            if let Some(key) = process::learn_key(f) {
                groups.entry(key).or_default().push(f);
            }
        }
        // Line counts per publisher, kept so edits can update learning one article at a time.
        let learn_counts: HashMap<String, LearnCounts> = groups
            .into_par_iter()
            .map(|(k, group)| {
                let mut counts = LearnCounts::default();
                for f in group {
                    counts.add(&process::source_context(f), &f.body);
                }
                (k, counts)
            })
            .collect();
        let learned = learn_counts
            .iter()
            .map(|(k, c)| (k.clone(), c.learned()))
            .collect();
        let mut preview = Preview {
            root: root.to_path_buf(),
            base_url,
            drafts,
            prepared,
            rules,
            files,
            broken: BTreeMap::new(),
            link_errors: BTreeMap::new(),
            learned,
            learn_counts,
            permalinks,
            outputs: HashMap::new(),
            search_cache: Default::default(),
        };
        let outputs = Arc::new(std::sync::Mutex::new(HashMap::new()));
        preview.prepared.render_all(|path, bytes| {
            outputs
                .lock()
                .map_err(|_| Error::Other("lock".into()))?
                .insert(path.to_string(), Arc::new(bytes.to_vec()));
            Ok(())
        })?;
        preview.outputs =
            std::mem::take(&mut *outputs.lock().map_err(|_| Error::Other("lock".into()))?);
        // Fill the search index cache now rather than on the first edit.
        preview
            .search_cache
            .render(&preview.prepared.site, &preview.prepared.base);
        Ok(preview)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// A rendered file by its output path (`articles/x/index.html`).
    pub fn get(&self, path: &str) -> Option<Arc<Vec<u8>>> {
        self.outputs.get(path).cloned()
    }

    /// Every output path, sorted (for tests and tools).
    pub fn paths(&self) -> Vec<String> {
        let mut v: Vec<String> = self.outputs.keys().cloned().collect();
        v.sort();
        v
    }

    pub fn site(&self) -> &Site {
        &self.prepared.site
    }

    /// Errors of files that currently fail to load (empty when all is well).
    pub fn errors(&self) -> Vec<Diagnostic> {
        let mut all: Vec<Diagnostic> = self
            .broken
            .values()
            .chain(self.link_errors.values())
            .flatten()
            .cloned()
            .collect();
        all.sort();
        all
    }

    /// Apply one change. On error the site keeps its last good state; the error is also
    /// kept (see [`Preview::errors`]) until the file is fixed.
    pub fn apply(&mut self, change: &Change) -> Result<Update> {
        let started = Instant::now();
        let mut update = match change {
            Change::Config | Change::Templates | Change::Static => self.reload()?,
            Change::Content(paths) => self.apply_content(paths)?,
        };
        update.seconds = started.elapsed().as_secs_f64();
        if self.broken.is_empty() && self.link_errors.is_empty() {
            Ok(update)
        } else {
            Err(Error::Input(self.errors()))
        }
    }

    /// Rebuild everything from disk, then diff against what was shown.
    fn reload(&mut self) -> Result<Update> {
        let fresh = match Preview::load(&self.root, self.base_url.clone(), self.drafts) {
            Ok(p) => p,
            Err(e) => {
                // Keep serving the last good site; remember the errors by file.
                self.broken.clear();
                for d in e.diagnostics() {
                    self.broken
                        .entry(d.path.clone())
                        .or_default()
                        .push(d.clone());
                }
                if self.broken.is_empty() {
                    self.broken.insert(
                        PathBuf::from(crate::config::CONFIG_FILE),
                        vec![Diagnostic::file(
                            Path::new(crate::config::CONFIG_FILE),
                            e.to_string(),
                        )],
                    );
                }
                return Err(e);
            }
        };
        let mut update = Update {
            rendered: fresh.outputs.len(),
            ..Default::default()
        };
        for (path, bytes) in &fresh.outputs {
            if self.outputs.get(path).is_none_or(|old| old != bytes) {
                update.changed.push(path.clone());
            }
        }
        update.removed = self
            .outputs
            .keys()
            .filter(|p| !fresh.outputs.contains_key(*p))
            .cloned()
            .collect();
        update.changed.sort();
        update.removed.sort();
        *self = fresh;
        Ok(update)
    }

    fn is_published(&self, f: &SourceFile) -> bool {
        self.drafts || !f.front.draft
    }

    fn apply_content(&mut self, paths: &[PathBuf]) -> Result<Update> {
        let mut trace = Trace::new();
        // 1. Reload the touched files.
        let mut touched: BTreeMap<PathBuf, Option<SourceFile>> = BTreeMap::new();
        for p in paths {
            let abs = if p.is_absolute() {
                p.clone()
            } else {
                self.root.join(p)
            };
            let rel = content::relative(&self.root, &abs);
            if !rel.starts_with(content::CONTENT_DIR) {
                continue;
            }
            if abs.is_dir() {
                // A new or renamed folder: pick up everything in it.
                let (found, _) = content::discover(&self.root);
                for f in found.into_iter().filter(|f| f.starts_with(&abs)) {
                    touched
                        .entry(content::relative(&self.root, &f))
                        .or_insert(None);
                }
                // Files of this folder we knew may be gone (handled below by existence).
                for known in self.files.keys().filter(|k| k.starts_with(&rel)) {
                    touched.entry(known.clone()).or_insert(None);
                }
                continue;
            }
            touched.insert(rel, None);
        }
        let mut changed: Vec<PathBuf> = Vec::new();
        for (rel, slot) in touched.iter_mut() {
            let abs = self.root.join(rel);
            if abs.is_file() && content::is_article(&abs) {
                let mut warnings = Vec::new();
                match content::article::load(&self.root, &abs, &mut warnings) {
                    Ok(f) => {
                        self.broken.remove(rel);
                        *slot = Some(f);
                    }
                    Err(errs) => {
                        self.broken.insert(rel.clone(), errs);
                        continue;
                    }
                }
            } else {
                self.broken.remove(rel);
            }
            let old = self.files.get(rel);
            let same = match (old, slot.as_ref()) {
                (Some(a), Some(b)) => a.front == b.front && a.body == b.body,
                (None, None) => true,
                _ => false,
            };
            if !same {
                changed.push(rel.clone());
            }
        }
        // Duplicate slugs: the newcomer is the broken one; it keeps its last good state.
        // An article that keeps the slug it had (the common edit) cannot clash.
        let new_slug = |rel: &PathBuf| match touched.get(rel) {
            Some(Some(f)) if self.is_published(f) => self
                .files
                .get(rel)
                .is_none_or(|old| old.slug != f.slug || !self.is_published(old)),
            _ => false,
        };
        if changed.iter().any(new_slug) {
            self.check_duplicate_slugs(&touched, &mut changed);
        }
        if changed.is_empty() {
            return Ok(Update::default());
        }
        trace.mark("reloaded");
        self.apply_changed(touched, changed, trace)
    }

    /// Drop from `changed` (and report) the touched articles whose slug another has.
    fn check_duplicate_slugs(
        &mut self,
        touched: &BTreeMap<PathBuf, Option<SourceFile>>,
        changed: &mut Vec<PathBuf>,
    ) {
        let mut slug_owner: HashMap<&str, &Path> = self
            .files
            .iter()
            .filter(|(p, f)| !touched.contains_key(*p) && self.is_published(f))
            .map(|(p, f)| (f.slug.as_str(), p.as_path()))
            .collect();
        let mut duplicates = Vec::new();
        for rel in changed.iter() {
            if let Some(Some(f)) = touched.get(rel) {
                if !self.is_published(f) {
                    continue;
                }
                match slug_owner.get(f.slug.as_str()) {
                    Some(other) if *other != rel.as_path() => duplicates.push((
                        rel.clone(),
                        Diagnostic::file(
                            rel,
                            format!(
                                "duplicate slug `{}`: also used by {}",
                                f.slug,
                                other.display()
                            ),
                        ),
                    )),
                    _ => {
                        slug_owner.insert(f.slug.as_str(), rel.as_path());
                    }
                }
            }
        }
        for (rel, d) in duplicates {
            changed.retain(|c| *c != rel);
            self.broken.insert(rel, vec![d]);
        }
    }

    /// Steps 2 to 6 for the articles whose files changed.
    fn apply_changed(
        &mut self,
        mut touched: BTreeMap<PathBuf, Option<SourceFile>>,
        changed: Vec<PathBuf>,
        mut trace: Trace,
    ) -> Result<Update> {
        // 2. Old and new versions of what changed, as the site sees them (drafts are absent).
        let mut relink = false;
        let mut keys: HashSet<String> = HashSet::new();
        for rel in &changed {
            let old_file = self.files.get(rel);
            let new_file = touched.get(rel).and_then(Option::as_ref);
            let old_slug = old_file
                .filter(|f| self.is_published(f))
                .map(|f| f.slug.clone());
            let new_slug = new_file
                .filter(|f| self.is_published(f))
                .map(|f| f.slug.clone());
            relink |= old_slug != new_slug;
            for f in [old_file, new_file].into_iter().flatten() {
                if let Some(k) = process::learn_key(f) {
                    keys.insert(k);
                }
            }
        }
        let clock = std::time::Instant::now();
        for rel in &changed {
            let new = touched.remove(rel).flatten();
            // Count the old version out of its publisher's learning and the new one in.
            let old = match &new {
                Some(f) => self.files.insert(rel.clone(), f.clone()),
                None => self.files.remove(rel),
            };
            for (f, adding) in [(old.as_ref(), false), (new.as_ref(), true)] {
                let Some(f) = f.filter(|f| self.is_published(f)) else {
                    continue;
                };
                let Some(key) = process::learn_key(f) else {
                    continue;
                };
                let counts = self.learn_counts.entry(key).or_default();
                if adding {
                    counts.add(&process::source_context(f), &f.body);
                } else {
                    counts.remove(&process::source_context(f), &f.body);
                }
            }
        }
        crate::process::add_clean_time(clock.elapsed());
        let base = self.prepared.config.base();
        if relink {
            self.permalinks = self
                .files
                .values()
                .filter(|f| self.is_published(f))
                .map(|f| (f.rel_path.clone(), base.link(&paths::article(&f.slug))))
                .collect();
        }

        trace.mark("versions");
        // 3. Which articles to clean and render again.
        let mut redo: BTreeSet<PathBuf> = changed.iter().cloned().collect();
        for key in keys {
            let learned = self
                .learn_counts
                .get(&key)
                .map(LearnCounts::learned)
                .unwrap_or_default();
            let same = match self.learned.get(&key) {
                Some(old) => old.same_lines(&learned),
                None => learned.is_empty(),
            };
            if !same {
                // What is learned changed: every article of this publisher may clean differently.
                redo.extend(
                    self.files
                        .values()
                        .filter(|f| {
                            self.is_published(f)
                                && process::learn_key(f).as_deref() == Some(key.as_str())
                        })
                        .map(|f| f.rel_path.clone()),
                );
            }
            if learned.is_empty() {
                self.learned.remove(&key);
            } else {
                self.learned.insert(key, learned);
            }
        }
        if relink {
            // Articles that link to a renamed, added or removed article by its file name.
            let names: Vec<String> = changed
                .iter()
                .filter_map(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .map(|n| n.to_string())
                })
                .collect();
            for f in self.files.values() {
                if names.iter().any(|n| f.body.contains(n.as_str())) {
                    redo.insert(f.rel_path.clone());
                }
            }
        }
        let env = process::Env {
            rules: &self.rules,
            permalinks: &self.permalinks,
            sanitizer: crate::render::markdown::Sanitizer::for_config(
                &self.prepared.config.sanitize,
            ),
        };
        let redone: Vec<(Article, Vec<Diagnostic>)> = redo
            .par_iter()
            .filter_map(|rel| self.files.get(rel))
            .filter(|f| self.is_published(f))
            .map(|f| {
                process::process(
                    f,
                    &env,
                    process::learn_key(f).and_then(|k| self.learned.get(&k)),
                )
            })
            .collect();
        let mut fresh: HashMap<PathBuf, Article> = HashMap::new();
        for rel in &redo {
            self.link_errors.remove(rel);
        }
        for (a, errs) in redone {
            if !errs.is_empty() {
                self.link_errors.insert(a.rel_path.clone(), errs);
            }
            fresh.insert(a.rel_path.clone(), a);
        }

        trace.mark("relearned+reprocessed");
        if !relink {
            if let Some(update) = self.replace_in_place(&redo, &mut fresh)? {
                trace.mark("in place");
                return Ok(update);
            }
        }
        // 4. The new article list: untouched articles move over, redone ones replace.
        let mut old_versions: HashMap<PathBuf, Article> = HashMap::new();
        let mut old_site = std::mem::take(&mut self.prepared.site);
        // Identities of the old articles, owned: the articles themselves move to the new site.
        let old_paths: Vec<PathBuf> = old_site
            .articles
            .iter()
            .map(|a| a.rel_path.clone())
            .collect();
        let old_index: HashMap<&Path, usize> = old_paths
            .iter()
            .enumerate()
            .map(|(i, p)| (p.as_path(), i))
            .collect();
        let old_len = old_site.articles.len();
        let old_names = names_of(&old_site);
        let mut old_articles = std::mem::take(&mut old_site.articles);
        let mut articles: Vec<Article> = Vec::with_capacity(old_articles.len() + 1);
        for a in old_articles.drain(..) {
            if redo.contains(&a.rel_path) {
                old_versions.insert(a.rel_path.clone(), a);
            } else {
                articles.push(a);
            }
        }
        articles.extend(fresh.into_values());
        let mut site = match Site::assemble(articles, self.prepared.config.paginate) {
            Ok(s) => s,
            Err(errs) => {
                // Cannot happen after the duplicate check above; rebuild to be safe.
                for d in errs {
                    self.broken.entry(d.path.clone()).or_default().push(d);
                }
                return self.reload();
            }
        };

        trace.mark("assembled");
        // 5. Related lists: carried over by identity, recomputed near the edit.
        let new_index: HashMap<&Path, usize> = site
            .articles
            .iter()
            .enumerate()
            .map(|(i, a)| (a.rel_path.as_path(), i))
            .collect();
        // Old index → new index (and back), computed once: path hashing is not cheap.
        let old_to_new: Vec<Option<usize>> = old_paths
            .iter()
            .map(|p| new_index.get(p.as_path()).copied())
            .collect();
        let mut new_to_old: Vec<Option<usize>> = vec![None; site.articles.len()];
        for (o, n) in old_to_new.iter().enumerate() {
            if let Some(n) = n {
                new_to_old[*n] = Some(o);
            }
        }
        let mut related: Vec<Vec<usize>> = vec![Vec::new(); site.articles.len()];
        for (i_new, slot) in related.iter_mut().enumerate() {
            if let Some(i_old) = new_to_old[i_new] {
                *slot = old_site.related[i_old]
                    .iter()
                    .filter_map(|&j| old_to_new[j])
                    .collect();
            }
        }
        let mut recompute: BTreeSet<usize> = BTreeSet::new();
        let redone_new: Vec<usize> = redo
            .iter()
            .filter_map(|p| new_index.get(p.as_path()).copied())
            .collect();
        recompute.extend(&redone_new);
        let window = groups::RELATED_WINDOW;
        let mut touched_tags: BTreeSet<String> = BTreeSet::new();
        for rel in &redo {
            if let Some(old) = old_versions.get(rel) {
                touched_tags.extend(old.tag_slugs.iter().cloned());
            }
            if let Some(&i) = new_index.get(rel.as_path()) {
                touched_tags.extend(site.articles[i].tag_slugs.iter().cloned());
            }
        }
        let old_tag_size: HashMap<&str, usize> = old_site
            .tags
            .iter()
            .map(|t| (t.slug.as_str(), t.articles.len()))
            .collect();
        for slug in &touched_tags {
            let Some(t) = site::tags::find_slug(&site.tags, slug) else {
                continue;
            };
            let list = &site.tags[t].articles;
            let old_size = old_tag_size.get(slug.as_str()).copied().unwrap_or(0);
            if groups::tag_bucket(old_size) != groups::tag_bucket(list.len()) {
                // The tag's weight changed: every article with it may rank differently.
                recompute.extend(list.iter().copied());
                continue;
            }
            // Articles whose window in this tag may include an edited article.
            for &i in &redone_new {
                if let Ok(pos) = list.binary_search(&i) {
                    recompute.extend(
                        list[pos.saturating_sub(window)..(pos + window + 1).min(list.len())]
                            .iter()
                            .copied(),
                    );
                }
            }
            // …or an article that left this tag: around where it used to be.
            for rel in &redo {
                let was_here = old_versions
                    .get(rel)
                    .is_some_and(|a| a.tag_slugs.contains(slug));
                if was_here {
                    if let Some(old_pos) = old_index.get(rel.as_path()) {
                        let neighbours = old_site
                            .tags
                            .iter()
                            .find(|x| x.slug == *slug)
                            .map(|x| &x.articles);
                        if let Some(old_list) = neighbours {
                            if let Ok(pos) = old_list.binary_search(old_pos) {
                                let lo = pos.saturating_sub(window);
                                let hi = (pos + window + 1).min(old_list.len());
                                recompute
                                    .extend(old_list[lo..hi].iter().filter_map(|&j| old_to_new[j]));
                            }
                        }
                    }
                }
            }
        }
        // The fill-by-time fallback looks at neighbours in site order.
        let span = 2 * groups::RELATED_MIN + 2;
        for rel in &redo {
            let positions = [
                new_index.get(rel.as_path()).copied(),
                old_index.get(rel.as_path()).copied(),
            ];
            for pos in positions.into_iter().flatten() {
                let lo = pos.saturating_sub(span);
                let hi = (pos + span + 1).min(site.articles.len());
                recompute.extend(lo..hi);
            }
        }
        if old_len != site.articles.len() {
            // Fewer than RELATED_MIN + 1 articles: every list is a fill; recompute all.
            if site.articles.len() <= groups::RELATED_MIN + 1 || old_len <= groups::RELATED_MIN + 1
            {
                recompute.extend(0..site.articles.len());
            }
        }
        let recomputed: Vec<(usize, Vec<usize>)> = recompute
            .par_iter()
            .map(|&i| (i, site.related_of(i)))
            .collect();
        for (i, r) in recomputed {
            related[i] = r;
        }
        site.related = related;

        trace.mark("related");
        // 6. Pages to render again. A tag or source shown under a new spelling (the most
        // used one changed) touches every page that names it: render everything.
        let renamed = renamed(&old_names, &names_of(&site));
        let mut dirty = dirty_pages(
            &OldSite {
                site: &old_site,
                index: &old_index,
                moves: Some(Moves {
                    paths: &old_paths,
                    old_to_new: &old_to_new,
                    new_to_old: &new_to_old,
                }),
            },
            &site,
            &old_versions,
            &redo,
            &new_index,
        );
        if renamed {
            dirty.pages.extend(site.pages());
        }
        self.prepared.site = site;
        let mut update = self.render_pages(&dirty)?;
        trace.mark("dirty+render");

        // Pages that appeared or vanished (new slugs, new tag pages, shorter listings).
        let structural = dirty.structural;
        if structural {
            let wanted: HashSet<String> = self
                .prepared
                .site
                .pages()
                .into_iter()
                .map(|p| paths::file(&self.prepared.site.path(p)))
                .chain(self.prepared.statics.iter().map(|(n, _)| n.clone()))
                .collect();
            let missing: Vec<Page> = self
                .prepared
                .site
                .pages()
                .into_iter()
                .filter(|p| {
                    !self
                        .outputs
                        .contains_key(&paths::file(&self.prepared.site.path(*p)))
                })
                .collect();
            let more = self.render_pages(&Dirty {
                pages: missing.into_iter().collect(),
                structural: true,
            })?;
            update.changed.extend(more.changed);
            update.rendered += more.rendered;
            let gone: Vec<String> = self
                .outputs
                .keys()
                .filter(|p| !wanted.contains(*p))
                .cloned()
                .collect();
            for p in &gone {
                self.outputs.remove(p);
            }
            update.removed = gone;
        }
        trace.mark("structural");
        update.changed.sort();
        update.changed.dedup();
        update.removed.sort();
        Ok(update)
    }

    /// The common edit: every redone article keeps its place (same slug, date, tags
    /// and source), so the site's order, tags, sources, editions and related lists all
    /// stand. The new versions replace the old in place and only the pages showing them
    /// render again. `None` (nothing done) when some article moved, came or went.
    fn replace_in_place(
        &mut self,
        redo: &BTreeSet<PathBuf>,
        fresh: &mut HashMap<PathBuf, Article>,
    ) -> Result<Option<Update>> {
        // Articles are sorted newest first, then by slug: an unmoved one is found by those.
        let position = |site: &Site, a: &Article| {
            site.articles
                .binary_search_by(|x| a.date.cmp(&x.date).then_with(|| x.slug.cmp(&a.slug)))
                .ok()
                .filter(|&i| site.articles[i].rel_path == a.rel_path)
        };
        let mut places = Vec::with_capacity(redo.len());
        for rel in redo {
            let Some(new) = fresh.get(rel) else {
                return Ok(None);
            };
            let site = &self.prepared.site;
            match position(site, new) {
                Some(i) if same_place(&site.articles[i], new) => places.push((i, rel)),
                _ => return Ok(None),
            }
        }
        let mut old_versions: HashMap<PathBuf, Article> = HashMap::with_capacity(places.len());
        for &(i, rel) in &places {
            let new = fresh.remove(rel).expect("checked above");
            let old = std::mem::replace(&mut self.prepared.site.articles[i], new);
            old_versions.insert(rel.clone(), old);
        }
        let site = &self.prepared.site;
        // Positions of the redone articles and their neighbours: all `dirty_pages` asks.
        let mut index: HashMap<&Path, usize> = HashMap::with_capacity(3 * places.len());
        for &(i, _) in &places {
            for j in i.saturating_sub(1)..(i + 2).min(site.articles.len()) {
                index.insert(site.articles[j].rel_path.as_path(), j);
            }
        }
        let dirty = dirty_pages(
            &OldSite {
                site,
                index: &index,
                moves: None,
            },
            site,
            &old_versions,
            redo,
            &index,
        );
        debug_assert!(!dirty.structural);
        self.render_pages(&dirty).map(Some)
    }

    /// Render `pages` and keep those whose bytes changed.
    fn render_pages(&mut self, dirty: &Dirty) -> Result<Update> {
        let renderer = self.prepared.renderer();
        let site = &self.prepared.site;
        let mut rendered: Vec<(String, String)> = dirty
            .pages
            .par_iter()
            .filter(|&&page| page != Page::SearchIndex)
            .map(|&page| {
                let started = TRACE.then(Instant::now);
                let text = renderer.render(page)?;
                if let Some(started) = started {
                    let ms = started.elapsed().as_secs_f64() * 1e3;
                    eprintln!("  {page:?}: {ms:.2} ms");
                }
                Ok((paths::file(&site.path(page)), text))
            })
            .collect::<Result<_>>()?;
        if dirty.pages.contains(&Page::SearchIndex) {
            let json = self.search_cache.render(site, &self.prepared.base);
            rendered.push((paths::file(&site.path(Page::SearchIndex)), json));
        }
        let mut update = Update {
            rendered: rendered.len(),
            ..Default::default()
        };
        for (path, text) in rendered {
            let bytes = text.into_bytes();
            if self.outputs.get(&path).is_none_or(|old| **old != bytes) {
                self.outputs.insert(path.clone(), Arc::new(bytes));
                update.changed.push(path);
            }
        }
        Ok(update)
    }
}

/// Whether `BRIEFING_TRACE` is set: phase timings and each page's render time go to stderr.
static TRACE: std::sync::LazyLock<bool> =
    std::sync::LazyLock::new(|| std::env::var_os("BRIEFING_TRACE").is_some());

/// Phase timings of one update, printed when `BRIEFING_TRACE` is set.
struct Trace {
    on: bool,
    last: Instant,
    marks: Vec<(&'static str, f64)>,
}

impl Trace {
    fn new() -> Trace {
        Trace {
            on: *TRACE,
            last: Instant::now(),
            marks: Vec::new(),
        }
    }
    fn mark(&mut self, name: &'static str) {
        if self.on {
            self.marks
                .push((name, self.last.elapsed().as_secs_f64() * 1000.0));
            self.last = Instant::now();
        }
    }
}

impl Drop for Trace {
    fn drop(&mut self) {
        if self.on {
            let parts: Vec<String> = self
                .marks
                .iter()
                .map(|(n, ms)| format!("{n} {ms:.1}"))
                .collect();
            eprintln!("trace (ms): {}", parts.join(", "));
        }
    }
}

/// Pages of the new site to render again.
struct Dirty {
    pages: BTreeSet<Page>,
    /// Whether pages may have appeared or vanished.
    structural: bool,
}

/// What `dirty_pages` needs of the old site.
struct OldSite<'a> {
    site: &'a Site,
    /// Old position of each article, by path.
    index: &'a HashMap<&'a Path, usize>,
    /// How positions moved; `None`: no article moved (`site` is the new site).
    moves: Option<Moves<'a>>,
}

struct Moves<'a> {
    /// Old paths by old position.
    paths: &'a [PathBuf],
    old_to_new: &'a [Option<usize>],
    new_to_old: &'a [Option<usize>],
}

impl OldSite<'_> {
    fn path(&self, i: usize) -> Option<&Path> {
        match &self.moves {
            Some(m) => m.paths.get(i).map(PathBuf::as_path),
            None => self.site.articles.get(i).map(|a| a.rel_path.as_path()),
        }
    }

    fn len(&self) -> usize {
        self.moves
            .as_ref()
            .map_or(self.site.articles.len(), |m| m.paths.len())
    }

    fn to_new(&self, old: usize) -> Option<usize> {
        self.moves.as_ref().map_or(Some(old), |m| m.old_to_new[old])
    }

    fn to_old(&self, new: usize) -> Option<usize> {
        self.moves.as_ref().map_or(Some(new), |m| m.new_to_old[new])
    }
}

/// Whether a tag or source present before and after is now shown differently (a new
/// or vanished one is a structural change, handled with the listings).
fn renamed(
    old: &[(String, String, Option<String>)],
    new: &[(String, String, Option<String>)],
) -> bool {
    let before: HashMap<&str, (&str, Option<&str>)> = old
        .iter()
        .map(|(slug, name, home)| (slug.as_str(), (name.as_str(), home.as_deref())))
        .collect();
    new.iter().any(|(slug, name, home)| {
        before
            .get(slug.as_str())
            .is_some_and(|&(n, h)| n != name || h != home.as_deref())
    })
}

/// Display names of tags and sources, and publishers' home pages: what a rename changes.
fn names_of(site: &Site) -> Vec<(String, String, Option<String>)> {
    site.tags
        .iter()
        .map(|t| (format!("tag:{}", t.slug), t.name.clone(), None))
        .chain(site.sources.iter().map(|s| {
            (
                format!("source:{}", s.slug),
                s.name.clone(),
                s.homepage.clone(),
            )
        }))
        .collect()
}

/// Whether an article sits where it did in every listing, tag, source and edition,
/// and in related lists (which are computed from tags and dates).
fn same_place(old: &Article, new: &Article) -> bool {
    old.slug == new.slug
        && old.date == new.date
        && old.tags == new.tags
        && old.tag_slugs == new.tag_slugs
        && old.source == new.source
        && old.source_slug == new.source_slug
        && old.source_home == new.source_home
        && old.draft == new.draft
}

/// What listings show of an article: if this differs, every page listing it changes.
fn card_key(a: &Article) -> impl PartialEq + '_ {
    (
        &a.slug,
        &a.title,
        a.date,
        &a.source,
        &a.source_url,
        &a.author,
        &a.tags,
        &a.summary,
        a.reading_minutes(),
        &a.extra,
    )
}

/// What the search index shows of an article.
fn search_key(a: &Article) -> impl PartialEq + '_ {
    (&a.slug, &a.title, a.date, &a.source, &a.tags, &a.summary)
}

/// Where an article sits: if this differs, listings shift.
fn place_key(a: &Article) -> impl PartialEq + '_ {
    (&a.slug, a.date, &a.tag_slugs, &a.source_slug)
}

/// The pages of the new site that may differ because the `redo` articles changed.
fn dirty_pages(
    old: &OldSite<'_>,
    new: &Site,
    old_versions: &HashMap<PathBuf, Article>,
    redo: &BTreeSet<PathBuf>,
    new_index: &HashMap<&Path, usize>,
) -> Dirty {
    let per = new.paginate;
    let mut pages: BTreeSet<Page> = BTreeSet::new();
    let mut structural = false;
    let mut card_changed: BTreeSet<usize> = BTreeSet::new();
    let old_index = old.index;

    // Listing pages from a position on (a shift) or just the one holding it.
    let mut index_from: Option<usize> = None;
    let mut tag_from: BTreeMap<&str, usize> = BTreeMap::new();
    let mut source_from: BTreeMap<&str, usize> = BTreeMap::new();
    let mut editions: BTreeSet<jiff::civil::Date> = BTreeSet::new();
    let mut feeds = false;
    let mut search = false;
    let mut tag_feeds: BTreeSet<&str> = BTreeSet::new();
    let page_of = |pos: usize| pos / per + 1;
    let min_into = |slot: &mut Option<usize>, v: usize| *slot = Some(slot.map_or(v, |s| s.min(v)));

    for rel in redo {
        let old_i = old_index.get(rel.as_path()).copied();
        let new_i = new_index.get(rel.as_path()).copied();
        let old_a = old_versions.get(rel);
        let new_a = new_i.map(|i| &new.articles[i]);
        let moved = match (old_a, new_a) {
            (Some(o), Some(n)) => place_key(o) != place_key(n) || old_i != new_i,
            (None, None) => continue,
            _ => true,
        };
        let card = match (old_a, new_a) {
            (Some(o), Some(n)) => card_key(o) != card_key(n),
            _ => true,
        };
        let body = match (old_a, new_a) {
            (Some(o), Some(n)) => o.html != n.html,
            _ => true,
        };
        if !moved && !card && !body {
            continue;
        }
        if let Some(i) = new_i {
            pages.insert(Page::Article(i));
        }
        // Feeds carry the body (Atom) and the card.
        let in_top = |i: Option<usize>| i.is_some_and(|i| i < crate::render::feeds::FEED_ENTRIES);
        if in_top(old_i) || in_top(new_i) {
            feeds = true;
        }
        for a in [old_a, new_a].into_iter().flatten() {
            tag_feeds.extend(a.tag_slugs.iter().map(String::as_str));
        }
        if !moved && !card {
            continue;
        }
        // The search index shows title, summary, tags, source, date and URL.
        search |= match (old_a, new_a) {
            (Some(o), Some(n)) => search_key(o) != search_key(n),
            _ => true,
        };
        if let Some(i) = new_i {
            card_changed.insert(i);
        }
        structural |= moved;
        // The home listing.
        for pos in [old_i, new_i].into_iter().flatten() {
            if moved {
                min_into(&mut index_from, page_of(pos));
            } else {
                pages.insert(Page::Index(page_of(pos)));
            }
        }
        // Neighbours show this article as previous/next.
        // (The old site's articles have moved on; its paths remain.)
        let mut neighbours: Vec<&Path> = Vec::new();
        if let Some(i) = old_i {
            let around = [i.checked_sub(1), Some(i + 1)];
            neighbours.extend(around.into_iter().flatten().filter_map(|j| old.path(j)));
        }
        if let Some(i) = new_i {
            let around = [i.checked_sub(1), Some(i + 1)];
            neighbours.extend(
                around
                    .into_iter()
                    .flatten()
                    .filter_map(|j| new.articles.get(j))
                    .map(|a| a.rel_path.as_path()),
            );
        }
        pages.extend(
            neighbours
                .into_iter()
                .filter_map(|p| new_index.get(p))
                .map(|&k| Page::Article(k)),
        );
        // Tag, source and edition listings, in the old site and the new.
        for (site, i, a) in [(old.site, old_i, old_a), (new, new_i, new_a)] {
            let (Some(i), Some(a)) = (i, a) else { continue };
            for slug in &a.tag_slugs {
                let Some(t) = site::tags::find_slug(&site.tags, slug) else {
                    continue;
                };
                let pos = site.tags[t].articles.binary_search(&i).unwrap_or(0);
                let from = tag_from.entry(slug.as_str()).or_insert(usize::MAX);
                *from = (*from).min(page_of(pos));
            }
            if let Some(slug) = &a.source_slug {
                if let Ok(s) = site.sources.binary_search_by(|x| x.slug.as_str().cmp(slug)) {
                    let pos = site.sources[s].articles.binary_search(&i).unwrap_or(0);
                    let from = source_from.entry(slug.as_str()).or_insert(usize::MAX);
                    *from = (*from).min(page_of(pos));
                }
            }
            editions.insert(a.date.date);
        }
    }

    // Tag/source listings: from the first touched page on when things moved, else that page.
    // Which pages of one listing to render: the one holding the article when nothing
    // moved; from the first touched page on when things shifted; all of them when the
    // listing grew or shrank (pages show its count and number of pages).
    let range = |old_len: usize, new_len: usize, from: usize| {
        let new_total = paginate::page_count(new_len, per);
        if !structural {
            from.min(new_total)..=from.min(new_total)
        } else if old_len != new_len {
            1..=new_total
        } else {
            from.min(new_total)..=new_total
        }
    };
    for (slug, from) in &tag_from {
        if let Some(t) = site::tags::find_slug(&new.tags, slug) {
            let old_len = site::tags::find_slug(&old.site.tags, slug)
                .map_or(0, |o| old.site.tags[o].articles.len());
            pages
                .extend(range(old_len, new.tags[t].articles.len(), *from).map(|n| Page::Tag(t, n)));
            pages.insert(Page::TagFeed(t));
        }
    }
    for slug in &tag_feeds {
        if let Some(t) = site::tags::find_slug(&new.tags, slug) {
            pages.insert(Page::TagFeed(t));
        }
    }
    let find_source = |site: &Site, slug: &str| {
        site.sources
            .binary_search_by(|x| x.slug.as_str().cmp(slug))
            .ok()
    };
    for (slug, from) in &source_from {
        if let Some(s) = find_source(new, slug) {
            let old_len =
                find_source(old.site, slug).map_or(0, |o| old.site.sources[o].articles.len());
            pages.extend(
                range(old_len, new.sources[s].articles.len(), *from).map(|n| Page::Source(s, n)),
            );
        }
    }
    if let Some(from) = index_from {
        pages.extend(range(old.len(), new.articles.len(), from).map(Page::Index));
    }
    for date in &editions {
        if let Ok(e) = new.editions.binary_search_by(|x| date.cmp(&x.date)) {
            pages.insert(Page::Edition(e));
            if structural {
                // Its neighbours link to it; a new or vanished day changes them.
                pages.extend(
                    [e.checked_sub(1), Some(e + 1)]
                        .into_iter()
                        .flatten()
                        .filter(|&n| n < new.editions.len())
                        .map(Page::Edition),
                );
            }
        } else if structural {
            // The day vanished: its neighbours' links change.
            let pos = new.editions.partition_point(|x| x.date > *date);
            pages.extend(
                [pos.checked_sub(1), Some(pos)]
                    .into_iter()
                    .flatten()
                    .filter(|&n| n < new.editions.len())
                    .map(Page::Edition),
            );
        }
    }
    // Article pages whose related list changed, or that show a changed card as related.
    for (i, rel) in new.related.iter().enumerate() {
        // Compare as new indices: the old list mapped through `old_to_new`.
        let same = old.to_old(i).is_some_and(|o| {
            let before = &old.site.related[o];
            before.len() == rel.len()
                && before
                    .iter()
                    .zip(rel)
                    .all(|(&b, &r)| old.to_new(b) == Some(r))
        });
        if !same || rel.iter().any(|j| card_changed.contains(j)) {
            pages.insert(Page::Article(i));
        }
    }
    if structural {
        pages.extend([Page::Tags, Page::Sources, Page::Editions, Page::Sitemap(0)]);
        pages.extend((1..new.sitemap_files()).map(Page::Sitemap));
        feeds = true;
    }
    if feeds {
        pages.extend([Page::Atom, Page::Rss]);
    }
    if search {
        pages.insert(Page::SearchIndex);
    }
    Dirty { pages, structural }
}

//! Loading: find `content/**/*.md` and read each into a [`SourceFile`], in parallel.
//!
//! Nothing here cleans or renders; errors carry the file and line they are about.

pub mod article;
pub mod front_matter;

use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use article::SourceFile;
pub use front_matter::{FrontMatter, PublishDate};

use crate::error::Diagnostic;

/// The content folder under a site root.
pub const CONTENT_DIR: &str = "content";

/// What loading produced: files that parsed, and every problem found.
#[derive(Debug, Default)]
pub struct Loaded {
    pub files: Vec<SourceFile>,
    pub errors: Vec<Diagnostic>,
    pub warnings: Vec<Diagnostic>,
}

/// Every article file under `root/content`, sorted, with discovery problems (a symlink
/// loop, an unreadable folder, a dangling link, a `*.md` that is a FIFO, socket or device:
/// never opened, since reading a FIFO would block the build) as diagnostics. Hidden and
/// editor temp files are skipped.
pub fn discover(root: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let dir = root.join(CONTENT_DIR);
    let mut files = Vec::new();
    let mut errors = Vec::new();
    if !dir.is_dir() {
        return (files, errors);
    }
    // follow_links lets a curator symlink a folder in; walkdir detects loops for us.
    let walker = walkdir::WalkDir::new(&dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() && is_article(e.path()) => files.push(e.into_path()),
            Ok(e) if !e.file_type().is_dir() && is_article(e.path()) => {
                errors.push(Diagnostic::file(
                    &relative(root, e.path()),
                    "cannot read: not a regular file (a FIFO, socket or device)",
                ))
            }
            Ok(_) => {}
            Err(e) => {
                let path = e
                    .path()
                    .map(|p| relative(root, p))
                    .unwrap_or_else(|| dir.clone());
                let msg = if e.loop_ancestor().is_some() {
                    "symlink loop: skipped".to_string()
                } else {
                    format!(
                        "cannot read: {}",
                        e.io_error().map_or(e.to_string(), |io| io.to_string())
                    )
                };
                errors.push(Diagnostic::file(&path, msg));
            }
        }
    }
    (files, errors)
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

/// `*.md`, not an editor's temp or backup file.
pub fn is_article(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    name.ends_with(".md")
        && !name.starts_with('.')
        && !name.starts_with('#')
        && !name.starts_with('~')
}

/// `path` relative to `root` for messages (`content/x.md`), or as it is.
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// Read and parse every article under `root/content`.
pub fn load_all(root: &Path) -> Loaded {
    let (paths, mut errors) = discover(root);
    let results: Vec<_> = paths
        .par_iter()
        .map(|path| {
            let mut warnings = Vec::new();
            let result = article::load(root, path, &mut warnings);
            (result, warnings)
        })
        .collect();
    let mut loaded = Loaded::default();
    for (result, warnings) in results {
        loaded.warnings.extend(warnings);
        match result {
            Ok(file) => loaded.files.push(file),
            Err(errs) => errors.extend(errs),
        }
    }
    loaded.errors = errors;
    loaded
}

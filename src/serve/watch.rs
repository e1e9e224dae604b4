//! Watching the site's files: notify through a debouncer, mapped to [`Change`]s.
//!
//! Editors save in many ways: write in place, write a temp file and rename it over,
//! keep swap and backup files next to the real one. We watch folders (never single
//! files, which a rename-over replaces), ignore editor droppings, and let the debouncer
//! fold a burst of events from one save into one batch.

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use notify::event::ModifyKind;
use notify::{EventKind, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};

use crate::preview::Change;

/// How long a burst of events may take before it is handled as one change.
pub const DEBOUNCE: Duration = Duration::from_millis(15);

/// Folders under the root that are watched recursively.
pub const WATCHED: [&str; 4] = ["content", "templates", "themes", "static"];

/// Temp, swap and backup files of common editors, and hidden files.
pub fn is_noise(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return true;
    };
    name.starts_with('.')
        || name.starts_with('#')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name.ends_with(".kate-swp")
        || name == "4913" // vim's probe file
        || name.contains(".sb-") // Sublime's atomic-save temp files
}

/// Whether an event changes a file (creation, new contents, rename, removal).
fn is_edit(kind: &EventKind) -> bool {
    match kind {
        EventKind::Create(_) | EventKind::Remove(_) => true,
        EventKind::Modify(m) => !matches!(m, ModifyKind::Metadata(_)),
        EventKind::Access(_) | EventKind::Any | EventKind::Other => false,
    }
}

/// Sort touched paths into the changes they mean. `root` must be absolute.
pub fn classify(root: &Path, paths: &[PathBuf]) -> Vec<Change> {
    let mut content = Vec::new();
    let (mut templates, mut statics, mut config) = (false, false, false);
    for path in paths {
        let Ok(rel) = path.strip_prefix(root) else {
            continue;
        };
        let top = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .unwrap_or("");
        match top {
            "content" => {
                // A deleted or renamed folder has no extension; articles end in .md.
                let is_md = rel.extension().is_some_and(|e| e == "md");
                if (is_md || rel.extension().is_none()) && !is_noise(rel) {
                    content.push(rel.to_path_buf());
                }
            }
            "templates" | "themes" if !is_noise(rel) => {
                // A stylesheet under themes/…/static is a static change, not a template one.
                if rel.components().any(|c| c.as_os_str() == "static") {
                    statics = true;
                } else {
                    templates = true;
                }
            }
            "static" if !is_noise(rel) => statics = true,
            _ if rel == Path::new(crate::config::CONFIG_FILE) => config = true,
            _ => {}
        }
    }
    if config {
        return vec![Change::Config];
    }
    let mut changes = Vec::new();
    if templates {
        changes.push(Change::Templates);
    } else if statics {
        changes.push(Change::Static);
    }
    if !content.is_empty() && !templates && !statics {
        content.sort();
        content.dedup();
        changes.push(Change::Content(content));
    } else if !content.is_empty() {
        // Templates or static files are reloaded with everything; content comes along.
        changes.clear();
        changes.push(Change::Config);
    }
    changes
}

/// The watcher: batches of touched paths arrive on `batches`; dropping it stops it.
pub struct Watch {
    debouncer: Debouncer<RecommendedWatcher, RecommendedCache>,
    pub batches: mpsc::Receiver<Vec<PathBuf>>,
}

impl Watch {
    /// Start watching the site at `root` (absolute).
    pub fn start(root: &Path) -> notify::Result<Watch> {
        let (tx, batches) = mpsc::channel();
        let debouncer = new_debouncer(DEBOUNCE, None, move |result: DebounceEventResult| {
            if let Ok(events) = result {
                // Only what changes files: reads (our own rebuilds read them) are not edits.
                let mut paths: Vec<PathBuf> = events
                    .iter()
                    .filter(|e| is_edit(&e.kind))
                    .flat_map(|e| e.paths.iter().cloned())
                    .collect();
                paths.sort();
                paths.dedup();
                if !paths.is_empty() {
                    let _ = tx.send(paths);
                }
            }
        })?;
        let mut watch = Watch { debouncer, batches };
        // The root itself, not recursively: briefing.yaml, and folders created later.
        watch.debouncer.watch(root, RecursiveMode::NonRecursive)?;
        for dir in WATCHED {
            watch.add(&root.join(dir))?;
        }
        Ok(watch)
    }

    /// Watch one of the [`WATCHED`] folders, if it exists.
    pub fn add(&mut self, dir: &Path) -> notify::Result<()> {
        if dir.is_dir() {
            self.debouncer.watch(dir, RecursiveMode::Recursive)?;
        }
        Ok(())
    }
}

/// Watched folders that a batch shows were just created at the root.
pub fn newly_created(root: &Path, paths: &[PathBuf]) -> Vec<PathBuf> {
    paths
        .iter()
        .filter(|p| p.parent() == Some(root) && p.is_dir())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| WATCHED.contains(&n))
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_droppings_are_noise() {
        for n in [".a.md.swp", "a.md~", "#a.md#", "4913", ".#a.md", "a.md.tmp"] {
            assert!(is_noise(Path::new(n)), "{n}");
        }
        assert!(!is_noise(Path::new("a.md")));
    }

    #[test]
    fn paths_map_to_changes() {
        let root = Path::new("/site");
        let p = |s: &str| root.join(s);
        assert_eq!(
            classify(
                root,
                &[
                    p("content/a.md"),
                    p("content/.a.md.swp"),
                    p("content/b.md~")
                ]
            ),
            vec![Change::Content(vec![PathBuf::from("content/a.md")])]
        );
        assert_eq!(
            classify(root, &[p("templates/base.html")]),
            vec![Change::Templates]
        );
        assert_eq!(
            classify(root, &[p("themes/default/static/style.css")]),
            vec![Change::Static]
        );
        assert_eq!(
            classify(root, &[p("briefing.yaml"), p("content/a.md")]),
            vec![Change::Config]
        );
        assert_eq!(classify(root, &[p("output/index.html")]), vec![]);
    }
}

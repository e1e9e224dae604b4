//! Writing the site: into a staging folder beside `output/`, swapped in at the end.
//!
//! A build that fails, or is killed at any moment, leaves the previous `output/` as it
//! was: nothing touches it until the staging folder is complete, and the swap itself is
//! one atomic `renameat2(RENAME_EXCHANGE)` on Linux.
//!
//! The output swapped out is kept as `.output.previous/` and is the next build's staging
//! folder: files whose bytes are the same stay as they are (same inode, same mtime, so
//! sync tools see no change), only changed files are written, and files no longer
//! produced are deleted. Creating and deleting tens of thousands of files per build is
//! what a rebuild costs most otherwise (on ext4 without a journal, allocating inodes
//! right after freeing as many is many times slower still).

use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Result};

/// A folder being filled with the next version of the output.
pub struct Staging {
    dir: PathBuf,
    target: PathBuf,
    committed: bool,
    /// Whether `dir` started as an earlier build (its files are compared, not assumed).
    reused: bool,
    /// Relative paths written (or found identical), when `reused`.
    produced: Mutex<HashSet<PathBuf>>,
}

/// The folder the previous output is kept in, beside `target`.
fn spare_of(parent: &Path, name: &str) -> PathBuf {
    parent.join(format!(".{name}.previous"))
}

impl Staging {
    /// A fresh staging folder next to `target`; leftovers of killed builds are removed
    /// (never the folder of a build still running: it may be about to swap it in).
    pub fn create(target: &Path) -> Result<Staging> {
        let parent = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = target
            .file_name()
            .and_then(|n| n.to_str())
            .ok_or_else(|| Error::Other(format!("invalid output folder `{}`", target.display())))?;
        std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
        let prefix = format!(".{name}.staging-");
        let spare = spare_of(parent, name);
        if let Ok(entries) = std::fs::read_dir(parent) {
            for entry in entries.flatten() {
                let name = entry.file_name();
                let Some(rest) = name.to_str().and_then(|n| n.strip_prefix(&prefix)) else {
                    continue;
                };
                // `<pid>` or `<pid>.old`: leave it to its owner while that build runs.
                let owner = rest.split('.').next().and_then(|p| p.parse::<u32>().ok());
                if owner.is_some_and(|pid| pid != std::process::id() && process_alive(pid)) {
                    continue;
                }
                // A killed build's folder is as good a start as any earlier output.
                if spare.exists() || std::fs::rename(entry.path(), &spare).is_err() {
                    let _ = std::fs::remove_dir_all(entry.path());
                }
            }
        }
        let dir = parent.join(format!("{prefix}{}", std::process::id()));
        // Another build may take the spare first: then start from nothing.
        let reused = spare.is_dir() && std::fs::rename(&spare, &dir).is_ok();
        if !reused {
            std::fs::create_dir_all(&dir).map_err(|e| Error::io("create", &dir, e))?;
        }
        Ok(Staging {
            dir,
            target: target.to_path_buf(),
            committed: false,
            reused,
            produced: Mutex::new(HashSet::new()),
        })
    }

    /// Write one file at a relative `/`-separated path inside the staging folder.
    pub fn write(&self, rel: &str, bytes: &[u8]) -> Result<()> {
        let rel = safe_relative(rel)?;
        let path = self.dir.join(&rel);
        if self.reused {
            self.produced
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert(rel);
            match std::fs::symlink_metadata(&path) {
                Ok(m) if m.is_file() => {
                    if m.len() == bytes.len() as u64
                        && std::fs::read(&path).is_ok_and(|old| old == bytes)
                    {
                        return Ok(());
                    }
                }
                // Anything but a plain file (a folder where a page now goes, a link) goes.
                Ok(m) if m.is_dir() => {
                    let _ = std::fs::remove_dir_all(&path);
                }
                Ok(_) => {
                    let _ = std::fs::remove_file(&path);
                }
                Err(_) => {}
            }
        }
        if let Some(parent) = path.parent() {
            if std::fs::create_dir_all(parent).is_err() && self.reused {
                // An earlier build had a file where this build needs a folder
                // (`img` then `img/logo.png`): it goes.
                for at in path.ancestors().skip(1).take_while(|a| *a != self.dir) {
                    if std::fs::symlink_metadata(at).is_ok_and(|m| !m.is_dir()) {
                        let _ = std::fs::remove_file(at);
                    }
                }
            }
            std::fs::create_dir_all(parent).map_err(|e| Error::io("create", parent, e))?;
        }
        std::fs::write(&path, bytes).map_err(|e| Error::io("write", &path, e))
    }

    /// In a reused folder, delete what this build did not produce.
    fn prune(&self) -> Result<()> {
        let produced = self.produced.lock().unwrap_or_else(|e| e.into_inner());
        // Deepest first, so folders are emptied before they are looked at.
        let entries: Vec<walkdir::DirEntry> = walkdir::WalkDir::new(&self.dir)
            .min_depth(1)
            .contents_first(true)
            .into_iter()
            .filter_map(|e| e.ok())
            .collect();
        for entry in entries {
            let rel = entry.path().strip_prefix(&self.dir).unwrap_or(entry.path());
            if entry.file_type().is_dir() {
                // Empty now: it held nothing this build produced.
                let _ = std::fs::remove_dir(entry.path());
            } else if !produced.contains(rel) {
                std::fs::remove_file(entry.path())
                    .map_err(|e| Error::io("remove", entry.path(), e))?;
            }
        }
        Ok(())
    }

    /// Swap the staging folder in as the new output.
    pub fn commit(mut self) -> Result<()> {
        if self.reused {
            self.prune()?;
        }
        let renamed = if self.target.exists() {
            false
        } else {
            match std::fs::rename(&self.dir, &self.target) {
                Ok(()) => true,
                // Another build put an output there since we looked: swap with it.
                Err(_) if self.target.is_dir() => false,
                Err(e) => return Err(Error::io("rename into place", &self.target, e)),
            }
        };
        if !renamed {
            swap(&self.dir, &self.target)?;
            // `dir` now holds the previous output: keep it for the next build.
            self.keep_as_spare();
        }
        self.committed = true;
        Ok(())
    }

    /// Keep `dir` as the next build's starting point (the next build compares every
    /// file, so any earlier state will do), unless there is one already.
    fn keep_as_spare(&self) {
        let parent = self.dir.parent().unwrap_or(Path::new("."));
        let name = self
            .target
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("");
        let spare = spare_of(parent, name);
        if spare.exists() || std::fs::rename(&self.dir, &spare).is_err() {
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.committed {
            self.keep_as_spare();
        }
    }
}

/// Whether a process is running (Linux: it has a `/proc` entry). Elsewhere we cannot
/// tell cheaply and say no, so leftovers are always removed there.
fn process_alive(pid: u32) -> bool {
    cfg!(target_os = "linux") && Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(target_os = "linux")]
fn swap(a: &Path, b: &Path) -> Result<()> {
    use rustix::fs::{renameat_with, RenameFlags, CWD};
    match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
        Ok(()) => Ok(()),
        // Filesystems without RENAME_EXCHANGE: two renames (a short window without output).
        Err(_) => swap_by_renames(a, b),
    }
}

#[cfg(not(target_os = "linux"))]
fn swap(a: &Path, b: &Path) -> Result<()> {
    swap_by_renames(a, b)
}

fn swap_by_renames(staging: &Path, target: &Path) -> Result<()> {
    let old = staging.with_extension("old");
    std::fs::rename(target, &old).map_err(|e| Error::io("move aside", target, e))?;
    std::fs::rename(staging, target).map_err(|e| Error::io("rename into place", target, e))?;
    std::fs::rename(&old, staging).map_err(|e| Error::io("rename", &old, e))
}

/// A relative path with only normal components: nothing can land outside the output.
pub fn safe_relative(rel: &str) -> Result<PathBuf> {
    let path = Path::new(rel);
    if rel.is_empty() || !path.components().all(|c| matches!(c, Component::Normal(_))) {
        return Err(Error::Other(format!(
            "refusing to write outside the output folder: {rel:?}"
        )));
    }
    Ok(path.to_path_buf())
}

/// Refuse an output folder that would swallow the site: the root itself, a folder
/// above it, or one of its source folders.
pub fn check_target(root: &Path, output: &Path) -> Result<()> {
    let root_abs = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let Ok(out_abs) = std::fs::canonicalize(output) else {
        return Ok(()); // does not exist yet: nothing to lose
    };
    let sources = ["content", "themes", "templates", "static"];
    if root_abs.starts_with(&out_abs)
        || sources
            .iter()
            .any(|s| out_abs.starts_with(root_abs.join(s)))
    {
        return Err(Error::Other(format!(
            "refusing to use `{}` as the output folder: it holds the site's own files",
            output.display()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names in a folder, sorted.
    fn names_in(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn paths_cannot_escape() {
        assert!(safe_relative("../x").is_err());
        assert!(safe_relative("/etc/passwd").is_err());
        assert!(safe_relative("a/../../x").is_err());
        assert!(safe_relative("articles/x/index.html").is_ok());
    }

    #[test]
    fn staging_swaps_in_and_drops_old() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("output");
        std::fs::create_dir_all(&target).unwrap();
        std::fs::write(target.join("old.html"), "old").unwrap();
        let s = Staging::create(&target).unwrap();
        s.write("new/index.html", b"new").unwrap();
        s.commit().unwrap();
        assert!(!target.join("old.html").exists());
        assert_eq!(
            std::fs::read_to_string(target.join("new/index.html")).unwrap(),
            "new"
        );
        // The old output is kept beside it, for the next build to start from.
        assert_eq!(names_in(tmp.path()), [".output.previous", "output"]);
        assert!(tmp.path().join(".output.previous/old.html").exists());
    }

    /// A build that starts from the previous output rewrites only changed files and
    /// deletes what it no longer produces; the result is exactly what it wrote.
    #[test]
    fn reused_staging_writes_only_changes_and_prunes() {
        use std::os::unix::fs::MetadataExt;
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("output");
        let files = |dir: &Path| -> Vec<(String, String)> {
            let mut v: Vec<(String, String)> = walkdir::WalkDir::new(dir)
                .into_iter()
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_file())
                .map(|e| {
                    let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
                    (rel, std::fs::read_to_string(e.path()).unwrap())
                })
                .collect();
            v.sort();
            v
        };
        let build = |pages: &[(&str, &str)]| {
            let s = Staging::create(&target).unwrap();
            for (p, text) in pages {
                s.write(p, text.as_bytes()).unwrap();
            }
            s.commit().unwrap();
        };
        build(&[
            ("a/index.html", "a1"),
            ("b/index.html", "b1"),
            ("gone/x/index.html", "g"),
        ]);
        build(&[
            ("a/index.html", "a1"),
            ("b/index.html", "b2"),
            ("gone/x/index.html", "g"),
        ]);
        // Third build: starts from the first's output (the spare), two builds behind.
        let inode = |p: &str| std::fs::metadata(target.join(p)).unwrap().ino();
        let spare_a = std::fs::metadata(tmp.path().join(".output.previous/a/index.html"))
            .unwrap()
            .ino();
        build(&[
            ("a/index.html", "a1"),
            ("b/index.html", "b3"),
            ("c/index.html", "c"),
        ]);
        assert_eq!(
            files(&target),
            [
                ("a/index.html".to_string(), "a1".to_string()),
                ("b/index.html".to_string(), "b3".to_string()),
                ("c/index.html".to_string(), "c".to_string()),
            ]
        );
        assert_eq!(
            inode("a/index.html"),
            spare_a,
            "an unchanged page was rewritten"
        );
        assert!(!target.join("gone").exists(), "an emptied folder stays");
    }

    /// A file of an earlier build where a folder is needed now, and the reverse.
    #[test]
    fn reused_staging_swaps_files_and_folders() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("output");
        let build = |pages: &[(&str, &str)]| {
            let s = Staging::create(&target).unwrap();
            for (p, text) in pages {
                s.write(p, text.as_bytes()).unwrap();
            }
            s.commit().unwrap();
        };
        build(&[("img", "a file"), ("x/index.html", "x")]);
        build(&[("img", "a file"), ("x/index.html", "x")]);
        // The spare now holds `img` as a file and `x/` as a folder.
        build(&[("img/logo.png", "logo"), ("x", "now a file")]);
        assert_eq!(
            std::fs::read_to_string(target.join("img/logo.png")).unwrap(),
            "logo"
        );
        assert_eq!(
            std::fs::read_to_string(target.join("x")).unwrap(),
            "now a file"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn leftovers_of_running_builds_are_left_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("output");
        // A build that is still running (a live process) and one that was killed.
        let mut running = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .unwrap();
        let live = tmp.path().join(format!(".output.staging-{}", running.id()));
        let dead = tmp.path().join(".output.staging-999999999");
        let dead_old = tmp.path().join(".output.staging-999999999.old");
        for d in [&live, &dead, &dead_old] {
            std::fs::create_dir_all(d.join("articles")).unwrap();
        }
        let s = Staging::create(&target).unwrap();
        assert!(
            live.is_dir(),
            "a running build's staging folder was removed"
        );
        assert!(!dead.exists() && !dead_old.exists(), "leftovers stay");
        drop(s);
        running.kill().unwrap();
        running.wait().unwrap();
        let _s = Staging::create(&target).unwrap();
        assert!(!live.exists(), "a finished build's leftover stays");
    }

    #[test]
    fn abandoned_staging_leaves_output_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let target = tmp.path().join("output");
        std::fs::create_dir_all(&target).unwrap();
        std::fs::write(target.join("keep.html"), "keep").unwrap();
        {
            let s = Staging::create(&target).unwrap();
            s.write("x.html", b"x").unwrap();
        }
        assert_eq!(
            std::fs::read_to_string(target.join("keep.html")).unwrap(),
            "keep"
        );
        // Only the output and the spare (the abandoned folder, kept to start from).
        assert_eq!(names_in(tmp.path()), [".output.previous", "output"]);
    }
}

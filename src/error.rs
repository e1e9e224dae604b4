//! Errors and diagnostics.
//!
//! A build never stops at the first problem: every bad file becomes a [`Diagnostic`]
//! (`content/x.md:4: invalid date "2025-13-45"`) and the build fails with all of them at once.

use std::fmt;
use std::path::{Path, PathBuf};

/// One problem in one input file, with the line it is on when we know it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// Path as the user should see it, usually relative to the site root.
    pub path: PathBuf,
    /// 1-based line number in that file.
    pub line: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    pub fn new(path: impl Into<PathBuf>, line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            message: message.into(),
        }
    }

    pub fn at(path: &Path, line: usize, message: impl Into<String>) -> Self {
        Self::new(path, Some(line), message)
    }

    pub fn file(path: &Path, message: impl Into<String>) -> Self {
        Self::new(path, None, message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Paths use forward slashes so messages read the same on every platform.
        let path = self.path.to_string_lossy().replace('\\', "/");
        match self.line {
            Some(line) => write!(f, "{path}:{line}: {}", self.message),
            None => write!(f, "{path}: {}", self.message),
        }
    }
}

/// Everything that can make a command fail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Input problems, all of them, sorted by file and line.
    #[error("{}", format_diagnostics(.0))]
    Input(Vec<Diagnostic>),

    /// A filesystem operation failed; `path` says on what.
    #[error("failed to {action} `{}`: {source}", .path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A theme template failed to parse or render.
    #[error("{0}")]
    Template(String),

    #[error("{0}")]
    Other(String),
}

fn format_diagnostics(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for (i, d) in diags.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&format!("error: {d}"));
    }
    let n = diags.len();
    out.push_str(&format!(
        "\n{n} error{} found; nothing was written",
        if n == 1 { "" } else { "s" }
    ));
    out
}

impl Error {
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// The diagnostics of an input error (empty for other kinds).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Input(d) => d,
            _ => &[],
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

//! The command line: `briefing build | clean | init`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// A static-site generator for curated news briefings that cleans pasted articles of
/// publisher boilerplate.
#[derive(Debug, Parser)]
#[command(name = "briefing", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Build the site into the output folder.
    Build {
        /// Site root: the folder with briefing.yaml and content/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Output folder (default: `output_dir` from briefing.yaml, under the root).
        #[arg(long)]
        output: Option<PathBuf>,
        /// Base URL the site is published at; overrides `base_url`.
        #[arg(long)]
        base_url: Option<String>,
        /// Publish drafts too.
        #[arg(long)]
        drafts: bool,
        /// List every line the cleaner removed, with its reason.
        #[arg(long, short)]
        verbose: bool,
    },
    /// Print articles with their boilerplate removed (source files are never changed).
    Clean {
        /// Article files to clean.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Site root, for its cleaning settings and to learn repeated boilerplate.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Also list every removed line with its line number and the evidence (on stderr).
        #[arg(long)]
        explain: bool,
    },
    /// Preview the site: build in memory, serve it, rebuild on changes, reload the browser.
    Serve {
        /// Site root.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on (default: 1111, or the next free one).
        #[arg(long, short)]
        port: Option<u16>,
        /// Address to listen on; anything but loopback exposes the preview to the network.
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the preview in a browser.
        #[arg(long)]
        open: bool,
        /// Show drafts too.
        #[arg(long)]
        drafts: bool,
    },
    /// Build in memory and check every internal link and anchor; writes nothing.
    Check {
        /// Site root.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Check drafts too.
        #[arg(long)]
        drafts: bool,
    },
    /// Create a new site that builds at once.
    Init {
        /// Folder to create the site in.
        dir: PathBuf,
    },
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn cli_is_consistent() {
        Cli::command().debug_assert();
    }
}

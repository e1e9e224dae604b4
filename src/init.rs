//! `briefing init DIR`: a new site that builds at once.

use std::path::Path;

use crate::error::{Error, Result};

const CONFIG: &str = r#"# Site settings; see the README for every key.
title: "My Briefing"
description: "The day's essential reading, cleaned of clutter."
base_url: "https://example.org/"
language: en
paginate: 20
"#;

const EXAMPLE: &str = r#"---
title: "Welcome to your briefing"
date: 2025-01-01
source: "Briefing"
source_url: https://example.org/
author: "The editors"
tags: [meta]
---
Paste an article below its front matter, as it comes from the publisher's page.
briefing removes the publisher's boilerplate when it builds the site, and `briefing clean --explain FILE` shows what it removed and why.
Follow us for more updates: https://example.org/
© 2025 Example Publisher. All rights reserved.
"#;

/// Create `dir` with a config and one example article. Refuses to overwrite a site.
pub fn init(dir: &Path) -> Result<()> {
    let config = dir.join(crate::config::CONFIG_FILE);
    if config.exists() {
        return Err(Error::Other(format!(
            "{} already exists: not overwriting a site",
            config.display()
        )));
    }
    let content = dir.join(crate::content::CONTENT_DIR);
    std::fs::create_dir_all(&content).map_err(|e| Error::io("create", &content, e))?;
    std::fs::write(&config, CONFIG).map_err(|e| Error::io("write", &config, e))?;
    let example = content.join("welcome.md");
    std::fs::write(&example, EXAMPLE).map_err(|e| Error::io("write", &example, e))?;
    // The build and the previous build kept to start the next one from (see output.rs).
    let ignore = dir.join(".gitignore");
    if !ignore.exists() {
        std::fs::write(&ignore, "/output/\n/.output.previous/\n")
            .map_err(|e| Error::io("write", &ignore, e))?;
    }
    Ok(())
}

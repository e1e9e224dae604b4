//! `briefing.yaml`: the site configuration.
//!
//! Every key has a default, documented on its field. An unknown key is an error naming
//! the key and its line, so a typo never passes silently.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::clean::CleaningConfig;
use crate::error::{Diagnostic, Error, Result};

/// The name of the config file at the site root.
pub const CONFIG_FILE: &str = "briefing.yaml";

/// Site settings as written in `briefing.yaml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Site title. Default: `"Briefing"`.
    pub title: String,
    /// One-line description, used in the head and feeds. Default: empty.
    pub description: String,
    /// Where the site is published, e.g. `https://example.org/briefing/`. It may carry a
    /// path; every internal link is prefixed with it. Default: `/` (links work from the
    /// host root; feeds and sitemap then carry root-relative URLs).
    pub base_url: String,
    /// Language of the site, for `<html lang>`. Default: `en`.
    pub language: String,
    /// Theme folder under `themes/`; `default` is built in. Default: `default`.
    pub theme: String,
    /// Entries per listing page (index, tags). Default: 20.
    pub paginate: usize,
    /// Output folder, relative to the site root. Default: `output`.
    pub output_dir: PathBuf,
    /// Anything else, handed to templates as `site.extra`.
    pub extra: BTreeMap<String, serde_json::Value>,
    /// Boilerplate cleaning settings (see the README).
    pub cleaning: CleaningConfig,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            title: "Briefing".into(),
            description: String::new(),
            base_url: "/".into(),
            language: "en".into(),
            theme: "default".into(),
            paginate: 20,
            output_dir: PathBuf::from("output"),
            extra: BTreeMap::new(),
            cleaning: CleaningConfig::default(),
        }
    }
}

/// `base_url` split into what links need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl {
    /// `https://example.org` (no trailing slash), or empty when the base is a bare path.
    pub origin: String,
    /// Always starts and ends with `/`: `/` or `/briefing/`.
    pub path: String,
}

impl BaseUrl {
    /// Parse `https://host[:port][/path]` or a bare `/path`.
    pub fn parse(raw: &str) -> std::result::Result<BaseUrl, String> {
        let raw = raw.trim();
        let (origin, path) = if raw.starts_with('/') {
            (String::new(), raw.to_string())
        } else {
            let url = url::Url::parse(raw).map_err(|e| format!("invalid base_url {raw:?}: {e}"))?;
            if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
                return Err(format!(
                    "invalid base_url {raw:?}: expected http(s)://host/… or a path starting with /"
                ));
            }
            if url.query().is_some() || url.fragment().is_some() {
                return Err(format!(
                    "invalid base_url {raw:?}: no query or fragment allowed"
                ));
            }
            let origin = url.origin().ascii_serialization();
            (origin, url.path().to_string())
        };
        let mut path = path;
        if !path.ends_with('/') {
            path.push('/');
        }
        if path.contains("//") || path.split('/').any(|seg| seg == "..") {
            return Err(format!("invalid base_url {raw:?}: malformed path"));
        }
        Ok(BaseUrl { origin, path })
    }

    /// A site path (`articles/x/`) as a link that works under the base path.
    pub fn link(&self, site_path: &str) -> String {
        format!("{}{}", self.path, site_path.trim_start_matches('/'))
    }

    /// A site path as an absolute URL (root-relative when the base has no origin).
    pub fn absolute(&self, site_path: &str) -> String {
        format!("{}{}", self.origin, self.link(site_path))
    }
}

impl Config {
    /// Read `briefing.yaml` from `root`. A missing file gives the defaults.
    pub fn load(root: &Path) -> Result<Config> {
        let path = root.join(CONFIG_FILE);
        let text = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(Error::io("read", &path, e)),
        };
        let display = Path::new(CONFIG_FILE);
        let text = String::from_utf8(text).map_err(|e| {
            Error::Input(vec![Diagnostic::file(
                display,
                format!("not valid UTF-8 (byte {})", e.utf8_error().valid_up_to()),
            )])
        })?;
        Config::parse(&text, display)
    }

    /// Parse and validate config text; `display` names the file in errors.
    pub fn parse(text: &str, display: &Path) -> Result<Config> {
        let text = text.trim_start_matches('\u{feff}');
        let config: Config = if text.trim().is_empty() {
            Config::default()
        } else {
            serde_yaml::from_str(text).map_err(|e| {
                let (line, message) = crate::content::front_matter::yaml_error(&e, 1);
                Error::Input(vec![Diagnostic::new(display, line, message)])
            })?
        };
        let mut errors = Vec::new();
        let line_of = |key: &str| key_line(text, key);
        if config.paginate == 0 {
            errors.push(Diagnostic::new(
                display,
                line_of("paginate"),
                "paginate: must be at least 1",
            ));
        }
        if let Err(e) = BaseUrl::parse(&config.base_url) {
            errors.push(Diagnostic::new(display, line_of("base_url"), e));
        }
        if config.theme.is_empty()
            || !config
                .theme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        {
            errors.push(Diagnostic::new(
                display,
                line_of("theme"),
                format!(
                    "theme: {:?} is not a theme folder name (letters, digits, - and _)",
                    config.theme
                ),
            ));
        }
        if !is_language_tag(&config.language) {
            errors.push(Diagnostic::new(
                display,
                line_of("language"),
                format!(
                    "language: {:?} is not a language tag like `en` or `pt-BR`",
                    config.language
                ),
            ));
        }
        if let Err(rule_errors) = crate::clean::CleanRules::compile(&config.cleaning) {
            for e in rule_errors {
                let line = e
                    .pattern_hint()
                    .and_then(|p| text.lines().position(|l| l.contains(p)).map(|i| i + 1))
                    .or_else(|| line_of("cleaning"));
                errors.push(Diagnostic::new(display, line, e.to_string()));
            }
        }
        if errors.is_empty() {
            Ok(config)
        } else {
            Err(Error::Input(errors))
        }
    }

    pub fn base(&self) -> BaseUrl {
        // Validated in `parse`; fall back to the host root for a hand-built Config.
        BaseUrl::parse(&self.base_url).unwrap_or(BaseUrl {
            origin: String::new(),
            path: "/".into(),
        })
    }
}

/// The line of a top-level `key:` in YAML text, for errors about its value.
pub(crate) fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .position(|l| {
            l.strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
        .map(|i| i + 1)
}

fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config> {
        Config::parse(text, Path::new("briefing.yaml"))
    }

    #[test]
    fn defaults_apply() {
        let c = parse("title: Daily\n").unwrap();
        assert_eq!(c.title, "Daily");
        assert_eq!(c.paginate, 20);
        assert_eq!(c.language, "en");
        assert_eq!(c.theme, "default");
    }

    #[test]
    fn unknown_key_names_key_and_line() {
        let err = parse("title: Daily\npaginat: 5\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("briefing.yaml:2:"), "{msg}");
        assert!(msg.contains("paginat"), "{msg}");
    }

    #[test]
    fn wrong_type_names_line() {
        let err = parse("title: Daily\n\npaginate: many\n").unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("briefing.yaml:3:"), "{msg}");
    }

    #[test]
    fn base_url_with_path() {
        let b = BaseUrl::parse("https://example.org/briefing").unwrap();
        assert_eq!(b.origin, "https://example.org");
        assert_eq!(b.path, "/briefing/");
        assert_eq!(b.link("articles/x/"), "/briefing/articles/x/");
        assert_eq!(
            b.absolute("atom.xml"),
            "https://example.org/briefing/atom.xml"
        );
        assert!(BaseUrl::parse("ftp://x/").is_err());
    }

    #[test]
    fn bad_values_report_their_lines() {
        let err = parse("title: x\npaginate: 0\nlanguage: \"english!\"\n").unwrap_err();
        let lines: Vec<_> = err.diagnostics().iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![Some(2), Some(3)]);
    }
}

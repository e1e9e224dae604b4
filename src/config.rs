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
    /// What raw HTML in articles may keep (see [`SanitizeConfig`]). Default: the
    /// built-in allowlist.
    pub sanitize: SanitizeConfig,
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
            sanitize: SanitizeConfig::default(),
        }
    }
}

/// The `sanitize:` section of `briefing.yaml`: what HTML an article body may keep.
///
/// Every article body goes through ammonia's allowlist after Markdown rendering. The
/// built-in allowlist is ammonia's (text formatting, lists, tables, quotes, figures,
/// images, links: see [`crate::render::markdown::Sanitizer`]) plus `id` and `class`;
/// this section extends or narrows it:
///
/// ```yaml
/// sanitize:
///   allow_tags: [video, source]           # added to the built-in tags
///   deny_tags: [img]                      # built-in tags to remove (their text stays)
///   allow_attributes:                     # added to the built-in attributes
///     video: [src, controls, poster]
///     "*": [dir]                          # "*": on every allowed tag
///   url_schemes: [http, https, mailto]    # replaces the default list
///   drop_tracking_pixels: true
/// ```
///
/// Some things are never allowed, whatever is listed: tags that run code, load other
/// documents or take input (`script`, `style`, `iframe`, `object`, `embed`, `form`, …),
/// event handlers (`on*`), `style` and the other attributes in
/// [`crate::render::markdown::never_allowed_attribute`], and the schemes `javascript:`,
/// `vbscript:`, `data:`, `file:`, `blob:`. Listing one is an **error** naming the key
/// and its line, not a silent drop: a setting that cannot take effect should not look
/// as if it did.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SanitizeConfig {
    /// Tags allowed on top of the built-in allowlist, lower case. Default: none.
    pub allow_tags: Vec<String>,
    /// Built-in tags to remove; the text inside them is kept. Default: none.
    pub deny_tags: Vec<String>,
    /// Attributes allowed on top of the built-in ones, per tag; the key `"*"` allows
    /// them on every allowed tag. Default: none.
    pub allow_attributes: BTreeMap<String, Vec<String>>,
    /// URL schemes that links and images may use; relative links are always allowed.
    /// Replaces the default list. Default: `[http, https, mailto, tel]`.
    pub url_schemes: Vec<String>,
    /// Remove tracking pixels: images 0 or 1 pixel wide or high (by their `width` or
    /// `height` attribute or their inline style), or hidden (`hidden`,
    /// `display: none`, `visibility: hidden`). Default: `true`.
    pub drop_tracking_pixels: bool,
}

impl Default for SanitizeConfig {
    fn default() -> Self {
        SanitizeConfig {
            allow_tags: Vec::new(),
            deny_tags: Vec::new(),
            allow_attributes: BTreeMap::new(),
            url_schemes: ["http", "https", "mailto", "tel"]
                .map(String::from)
                .to_vec(),
            drop_tracking_pixels: true,
        }
    }
}

impl SanitizeConfig {
    /// Every problem with this section as (the entry to look for, message).
    pub fn problems(&self) -> Vec<(String, String)> {
        use crate::render::markdown::{never_allowed_attribute, never_allowed_tag, NEVER_SCHEMES};
        let mut out = Vec::new();
        let name_ok = |s: &str| {
            !s.is_empty()
                && s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        };
        for tag in &self.allow_tags {
            if !name_ok(tag) {
                out.push((
                    tag.clone(),
                    format!("sanitize.allow_tags: {tag:?} is not a tag name (lower-case letters, digits and -)"),
                ));
            } else if let Some(why) = never_allowed_tag(tag) {
                out.push((
                    tag.clone(),
                    format!("sanitize.allow_tags: `{tag}` can never be allowed: {why}"),
                ));
            }
        }
        for tag in &self.deny_tags {
            if !name_ok(tag) {
                out.push((
                    tag.clone(),
                    format!("sanitize.deny_tags: {tag:?} is not a tag name (lower-case letters, digits and -)"),
                ));
            }
        }
        let allowed = crate::render::markdown::Sanitizer::allowed_tags(self);
        for (tag, attrs) in &self.allow_attributes {
            if tag != "*" && !name_ok(tag) {
                out.push((
                    tag.clone(),
                    format!("sanitize.allow_attributes: {tag:?} is not a tag name or \"*\""),
                ));
                continue;
            }
            if tag != "*" && !allowed.contains(tag.as_str()) {
                out.push((
                    tag.clone(),
                    format!("sanitize.allow_attributes: `{tag}` is not an allowed tag (add it to allow_tags)"),
                ));
            }
            for attr in attrs {
                let ok = !attr.is_empty()
                    && attr
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                if !ok {
                    out.push((
                        attr.clone(),
                        format!("sanitize.allow_attributes.{tag}: {attr:?} is not an attribute name (lower-case letters, digits and -)"),
                    ));
                } else if let Some(why) = never_allowed_attribute(attr) {
                    out.push((
                        attr.clone(),
                        format!(
                            "sanitize.allow_attributes.{tag}: `{attr}` can never be allowed: {why}"
                        ),
                    ));
                }
            }
        }
        for scheme in &self.url_schemes {
            let ok = scheme
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_lowercase())
                && scheme.chars().all(|c| {
                    c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '+' | '-' | '.')
                });
            if !ok {
                out.push((
                    scheme.clone(),
                    format!("sanitize.url_schemes: {scheme:?} is not a URL scheme (lower case, without `:`)"),
                ));
            } else if NEVER_SCHEMES.contains(&scheme.as_str()) {
                out.push((
                    scheme.clone(),
                    format!("sanitize.url_schemes: `{scheme}:` can never be allowed: it can run code or embed content"),
                ));
            }
        }
        out
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
                let (line, message) = crate::content::front_matter::yaml_error(&e, text, 1);
                Error::Input(vec![Diagnostic::new(display, line.or(Some(1)), message)])
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
        for (needle, message) in config.sanitize.problems() {
            errors.push(Diagnostic::new(
                display,
                nested_line(text, "sanitize", &needle).or_else(|| line_of("sanitize")),
                message,
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

/// The line of a top-level `key:` in YAML text, for errors about its value. Top-level
/// keys sit at the indentation of the first key (a whole block may be indented); the key
/// may be quoted (`"title":`, `'title':`).
pub(crate) fn key_line(text: &str, key: &str) -> Option<usize> {
    let content = |l: &&str| {
        let t = l.trim_start();
        !t.is_empty() && !t.starts_with('#') && !t.starts_with("---")
    };
    let indent_of = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    let indent = text.lines().find(content).map_or(0, indent_of);
    text.lines()
        .position(|l| {
            if indent_of(l) != indent {
                return false;
            }
            let t = &l[indent..];
            [key.to_string(), format!("\"{key}\""), format!("'{key}'")]
                .iter()
                .any(|k| {
                    t.strip_prefix(k.as_str())
                        .is_some_and(|rest| rest.trim_start().starts_with(':'))
                })
        })
        .map(|i| i + 1)
}

/// The line of `needle` (as a whole word) inside the top-level `section:` of YAML text:
/// on the section's own line (flow style) or in the indented lines under it.
pub(crate) fn nested_line(text: &str, section: &str, needle: &str) -> Option<usize> {
    let start = key_line(text, section)? - 1;
    let is_word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    let has_word = |line: &str| {
        line.match_indices(needle).any(|(i, _)| {
            let before = line[..i].chars().next_back();
            let after = line[i + needle.len()..].chars().next();
            !before.is_some_and(is_word) && !after.is_some_and(is_word)
        })
    };
    for (i, line) in text.lines().enumerate().skip(start) {
        // The section ends at the next line that starts a top-level key.
        if i > start && !line.is_empty() && !line.starts_with([' ', '\t', '#', '-']) {
            break;
        }
        let code = line.split(" #").next().unwrap_or(line);
        if !needle.is_empty() && has_word(code) {
            return Some(i + 1);
        }
    }
    None
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
    fn sanitize_defaults_and_extensions() {
        let c = parse("title: x\n").unwrap();
        assert_eq!(c.sanitize, SanitizeConfig::default());
        assert_eq!(c.sanitize.url_schemes, ["http", "https", "mailto", "tel"]);
        assert!(c.sanitize.drop_tracking_pixels);
        let c = parse(
            "title: x\nsanitize:\n  allow_tags: [video, source]\n  allow_attributes:\n    video: [src, controls]\n    \"*\": [dir]\n  deny_tags: [img]\n  url_schemes: [https]\n  drop_tracking_pixels: false\n",
        )
        .unwrap();
        assert_eq!(c.sanitize.allow_tags, ["video", "source"]);
        assert_eq!(c.sanitize.allow_attributes["*"], ["dir"]);
        assert!(!c.sanitize.drop_tracking_pixels);
    }

    #[test]
    fn sanitize_never_allows_code_and_names_the_line() {
        let err = parse(
            "title: x\nsanitize:\n  allow_tags:\n    - video\n    - script   # no\n  allow_attributes:\n    \"*\": [onclick]\n    a: [rel, style]\n    blink: [x]\n  url_schemes: [https, javascript, \"data:\"]\npaginate: 3\n",
        )
        .unwrap_err();
        let msgs: Vec<String> = err.diagnostics().iter().map(|d| d.to_string()).collect();
        let expect = [
            "briefing.yaml:5: sanitize.allow_tags: `script` can never be allowed",
            "briefing.yaml:7: sanitize.allow_attributes.*: `onclick` can never be allowed",
            "briefing.yaml:8: sanitize.allow_attributes.a: `rel` can never be allowed",
            "briefing.yaml:8: sanitize.allow_attributes.a: `style` can never be allowed",
            "briefing.yaml:9: sanitize.allow_attributes: `blink` is not an allowed tag",
            "briefing.yaml:10: sanitize.url_schemes: `javascript:` can never be allowed",
            "briefing.yaml:10: sanitize.url_schemes: \"data:\" is not a URL scheme",
        ];
        for e in expect {
            assert!(msgs.iter().any(|m| m.starts_with(e)), "{e}\n{msgs:#?}");
        }
        assert_eq!(msgs.len(), expect.len(), "{msgs:#?}");
        // Flow style: the error is on the section's own line.
        let err = parse("title: x\nsanitize: {allow_tags: [iframe]}\n").unwrap_err();
        assert!(
            err.to_string().starts_with(
                "error: briefing.yaml:2: sanitize.allow_tags: `iframe` can never be allowed"
            ),
            "{err}"
        );
    }

    #[test]
    fn sanitize_unknown_keys_and_wrong_types_name_the_line() {
        let err = parse("title: x\nsanitize:\n  allow_tag: [video]\n").unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains("briefing.yaml:3:") && msg.contains("allow_tag"),
            "{msg}"
        );
        let err = parse("title: x\nsanitize:\n  drop_tracking_pixels: sometimes\n").unwrap_err();
        assert!(err.to_string().contains("briefing.yaml:3:"), "{err}");
        let err = parse("title: x\nsanitize:\n  allow_tags: 5\n").unwrap_err();
        assert!(err.to_string().contains("briefing.yaml:3:"), "{err}");
    }

    #[test]
    fn key_lines_of_indented_and_quoted_keys() {
        assert_eq!(key_line("a: 1\ntitle: x\n", "title"), Some(2));
        assert_eq!(key_line("# c\n  a: 1\n  \"title\": x\n", "title"), Some(3));
        assert_eq!(
            key_line("extra:\n  title: nested\ntitle: top\n", "title"),
            Some(3)
        );
        assert_eq!(key_line("a: 1\n'b' : 2\n", "b"), Some(2));
        assert_eq!(key_line("a: 1\n", "b"), None);
    }

    #[test]
    fn bad_values_report_their_lines() {
        let err = parse("title: x\npaginate: 0\nlanguage: \"english!\"\n").unwrap_err();
        let lines: Vec<_> = err.diagnostics().iter().map(|d| d.line).collect();
        assert_eq!(lines, vec![Some(2), Some(3)]);
    }
}

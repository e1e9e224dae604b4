//! The `cleaning:` section of `briefing.yaml` and its compiled form.

use std::collections::BTreeMap;
use std::fmt;

use regex::{Regex, RegexBuilder};
use serde::Deserialize;

/// Per-site cleaning settings: the `cleaning:` section of `briefing.yaml`.
///
/// ```yaml
/// cleaning:
///   enabled: true
///   drop: ['^Sponsored by ']          # lines matching any of these are removed
///   keep: ['^Advertisement feature:'] # lines matching any of these are always kept
///   cut_after: ['^Related stories$']  # this line and everything after it is removed
///   sources:
///     The Harbour Courier:            # matched against `source` or the URL's host
///       drop: ['^Morning Tide:']
/// ```
///
/// Patterns are regular expressions (Rust `regex` syntax), case-insensitive, matched
/// against each line as written and against its plain text (Markdown markers and link
/// syntax removed), so `^Sponsored` matches `## Sponsored` too.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CleaningConfig {
    /// Clean article bodies at all. Default: `true`.
    pub enabled: bool,
    /// Extra patterns whose lines are removed, for every source. Default: none.
    pub drop: Vec<String>,
    /// Patterns whose lines are always kept; beats every other rule. Default: none.
    pub keep: Vec<String>,
    /// Markers: the first matching line and everything after it is removed. Default: none.
    pub cut_after: Vec<String>,
    /// Rules for one source, keyed by source name or host (case-insensitive);
    /// applied in addition to the global ones. Default: none.
    pub sources: BTreeMap<String, SourceRules>,
}

impl Default for CleaningConfig {
    fn default() -> Self {
        CleaningConfig {
            enabled: true,
            drop: Vec::new(),
            keep: Vec::new(),
            cut_after: Vec::new(),
            sources: BTreeMap::new(),
        }
    }
}

/// `drop` / `keep` / `cut_after` for one source.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct SourceRules {
    pub drop: Vec<String>,
    pub keep: Vec<String>,
    pub cut_after: Vec<String>,
}

/// A configured pattern that does not compile.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{key}: invalid regex `{pattern}`: {message}")]
pub struct RuleError {
    /// Path of the offending entry, e.g. `cleaning.sources.Foo.drop[2]`.
    pub key: String,
    pub pattern: String,
    /// The regex compiler's explanation.
    pub message: String,
}

impl RuleError {
    /// The pattern as written, to locate it in the YAML file.
    pub fn pattern_hint(&self) -> Option<&str> {
        (!self.pattern.is_empty()).then_some(self.pattern.as_str())
    }
}

/// One compiled user pattern with the config path it came from.
#[derive(Clone)]
pub(crate) struct UserRule {
    pub key: String,
    pub pattern: String,
    pub re: Regex,
}

impl fmt::Debug for UserRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} `{}`", self.key, self.pattern)
    }
}

impl UserRule {
    /// Matches the raw line or its plain text.
    pub fn matches(&self, raw: &str, text: &str) -> bool {
        self.re.is_match(raw) || (!text.is_empty() && self.re.is_match(text))
    }
}

#[derive(Debug, Clone, Default)]
pub(crate) struct RuleSet {
    pub drop: Vec<UserRule>,
    pub keep: Vec<UserRule>,
    pub cut_after: Vec<UserRule>,
}

impl RuleSet {
    pub fn is_empty(&self) -> bool {
        self.drop.is_empty() && self.keep.is_empty() && self.cut_after.is_empty()
    }
}

/// Compiled cleaning settings; build once per site with [`CleanRules::compile`].
#[derive(Debug, Clone)]
pub struct CleanRules {
    pub(crate) enabled: bool,
    pub(crate) global: RuleSet,
    /// Lower-cased source key → its rules.
    pub(crate) sources: Vec<(String, RuleSet)>,
}

impl Default for CleanRules {
    /// Built-in heuristics only, no configured patterns.
    fn default() -> Self {
        CleanRules {
            enabled: true,
            global: RuleSet::default(),
            sources: Vec::new(),
        }
    }
}

impl CleanRules {
    /// Compile every configured pattern; reports all bad ones at once.
    pub fn compile(config: &CleaningConfig) -> Result<CleanRules, Vec<RuleError>> {
        let mut errors = Vec::new();
        let global = compile_set(
            "cleaning",
            &config.drop,
            &config.keep,
            &config.cut_after,
            &mut errors,
        );
        let sources = config
            .sources
            .iter()
            .map(|(name, r)| {
                let prefix = format!("cleaning.sources.{name}");
                let set = compile_set(&prefix, &r.drop, &r.keep, &r.cut_after, &mut errors);
                (name.trim().to_lowercase(), set)
            })
            .collect();
        if errors.is_empty() {
            Ok(CleanRules {
                enabled: config.enabled,
                global,
                sources,
            })
        } else {
            Err(errors)
        }
    }

    /// Whether cleaning is switched on (`cleaning.enabled`).
    pub fn enabled(&self) -> bool {
        self.enabled
    }

    /// The rule sets that apply to an article: global, then every matching source.
    pub(crate) fn applicable<'r>(
        &'r self,
        source: Option<&str>,
        host: Option<&str>,
    ) -> Vec<&'r RuleSet> {
        let source = source.map(|s| s.trim().to_lowercase());
        let mut out = vec![&self.global];
        for (name, set) in &self.sources {
            let by_source = source.as_deref() == Some(name.as_str());
            let by_host = host.is_some_and(|h| h == name || h.ends_with(&format!(".{name}")));
            if by_source || by_host {
                out.push(set);
            }
        }
        out.retain(|s| !s.is_empty());
        out
    }
}

fn compile_set(
    prefix: &str,
    drop: &[String],
    keep: &[String],
    cut: &[String],
    errors: &mut Vec<RuleError>,
) -> RuleSet {
    let mut one = |field: &str, pats: &[String]| -> Vec<UserRule> {
        pats.iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let key = format!("{prefix}.{field}[{i}]");
                match RegexBuilder::new(p)
                    .case_insensitive(true)
                    .size_limit(1 << 20)
                    .build()
                {
                    Ok(re) => Some(UserRule {
                        key,
                        pattern: p.clone(),
                        re,
                    }),
                    Err(e) => {
                        errors.push(RuleError {
                            key,
                            pattern: p.clone(),
                            message: first_line(&e.to_string()),
                        });
                        None
                    }
                }
            })
            .collect()
    };
    RuleSet {
        drop: one("drop", drop),
        keep: one("keep", keep),
        cut_after: one("cut_after", cut),
    }
}

/// The regex crate's messages are multi-line with a caret diagram; the last line is
/// the explanation.
fn first_line(msg: &str) -> String {
    msg.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(msg)
        .trim()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults() {
        let c = CleaningConfig::default();
        assert!(c.enabled);
        let rules = CleanRules::compile(&c).map_err(|_| ()).unwrap_or_default();
        assert!(rules.enabled());
    }

    #[test]
    fn errors_name_the_key() {
        let mut c = CleaningConfig {
            drop: vec!["ok".into(), "(".into()],
            ..Default::default()
        };
        c.sources.insert(
            "Foo".into(),
            SourceRules {
                cut_after: vec!["[".into()],
                ..Default::default()
            },
        );
        let errs = CleanRules::compile(&c).err().unwrap_or_default();
        let keys: Vec<_> = errs.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(
            keys,
            ["cleaning.drop[1]", "cleaning.sources.Foo.cut_after[0]"]
        );
        assert!(errs[0]
            .to_string()
            .starts_with("cleaning.drop[1]: invalid regex `(`: "));
        assert_eq!(errs[0].pattern_hint(), Some("("));
    }

    #[test]
    fn deserialises_and_rejects_unknown_keys() {
        let c: CleaningConfig =
            serde_json::from_str(r#"{"drop":["x"],"sources":{"A":{"keep":["y"]}}}"#)
                .unwrap_or_else(|e| panic!("{e}"));
        assert!(c.enabled);
        assert_eq!(c.sources["A"].keep, ["y"]);
        assert!(serde_json::from_str::<CleaningConfig>(r#"{"dorp":[]}"#).is_err());
    }

    #[test]
    fn sources_match_name_or_host() {
        let mut c = CleaningConfig::default();
        c.sources.insert(
            "Harbour Courier".into(),
            SourceRules {
                drop: vec!["x".into()],
                ..Default::default()
            },
        );
        c.sources.insert(
            "example.org".into(),
            SourceRules {
                drop: vec!["y".into()],
                ..Default::default()
            },
        );
        let r = CleanRules::compile(&c).unwrap_or_default();
        assert_eq!(r.applicable(Some("harbour courier"), None).len(), 1);
        assert_eq!(r.applicable(None, Some("news.example.org")).len(), 1);
        assert_eq!(r.applicable(Some("Other"), Some("other.org")).len(), 0);
    }
}

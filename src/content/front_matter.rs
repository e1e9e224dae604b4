//! Front matter: split the `---` block from the body, parse its YAML, validate each field.
//!
//! Fields are checked one by one (not through one big `Deserialize`) so that every
//! problem names the line of the key it is about, and so unknown keys can be kept
//! as `extra` with a warning instead of failing the build.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::Diagnostic;

/// Front matter fields, validated.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FrontMatter {
    pub title: String,
    pub date: PublishDate,
    pub source: Option<String>,
    pub source_url: Option<String>,
    pub author: Option<String>,
    pub tags: Vec<String>,
    pub summary: Option<String>,
    /// The `slug` field as written (validated later with the other slugs).
    pub slug: Option<String>,
    /// Line of the `slug` key, for errors about it.
    pub slug_line: Option<usize>,
    /// Line of the `title` key (the slug comes from it when there is no `slug`).
    pub title_line: Option<usize>,
    pub draft: bool,
    /// `clean: false` opts the article out of boilerplate cleaning.
    pub clean: bool,
    /// Unknown keys, handed to templates as `page.extra`.
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// When an article was published: a calendar date, and the instant when given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct PublishDate {
    /// Instant used for ordering and feeds; midnight UTC for a bare date.
    pub instant: jiff::Timestamp,
    /// The calendar date as written (in the writer's own offset).
    pub date: jiff::civil::Date,
}

impl Default for PublishDate {
    fn default() -> Self {
        PublishDate {
            instant: jiff::Timestamp::UNIX_EPOCH,
            date: jiff::civil::date(1970, 1, 1),
        }
    }
}

impl PublishDate {
    /// `YYYY-MM-DD` or an RFC 3339 date-time (`2025-11-18T07:30:00Z`, `…+02:00`).
    pub fn parse(raw: &str) -> Option<PublishDate> {
        let raw = raw.trim();
        if raw.len() == 10 {
            let date: jiff::civil::Date = raw.parse().ok()?;
            let instant = date
                .to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .ok()?
                .timestamp();
            return Some(PublishDate { instant, date });
        }
        let instant: jiff::Timestamp = raw.parse().ok()?;
        // The calendar date as the writer saw it: the first ten characters.
        let date: jiff::civil::Date = raw.get(..10)?.parse().ok()?;
        Some(PublishDate { instant, date })
    }

    /// RFC 3339, for feeds and `<time datetime>`.
    pub fn rfc3339(&self) -> String {
        self.instant.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
    }

    /// `2025-11-18`.
    pub fn ymd(&self) -> String {
        self.date.to_string()
    }
}

/// The pieces of an article file.
#[derive(Debug, PartialEq, Eq)]
pub struct Split<'a> {
    pub yaml: &'a str,
    /// 1-based line of the first YAML line in the file.
    pub yaml_line: usize,
    pub body: &'a str,
    /// 1-based line of the first body line in the file.
    pub body_line: usize,
}

/// Split `---\nYAML\n---\nbody`. `text` has LF line endings and no BOM.
pub fn split(text: &str) -> Result<Split<'_>, (usize, String)> {
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        let msg = if text.trim().is_empty() {
            "empty file: an article starts with front matter between `---` lines"
        } else {
            "missing front matter: an article must start with a `---` line"
        };
        return Err((1, msg.to_string()));
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for (i, line) in lines.enumerate() {
        if line.trim_end() == "---" {
            let yaml = &text[yaml_start..offset];
            let body = &text[offset + line.len()..];
            return Ok(Split {
                yaml,
                yaml_line: 2,
                body,
                body_line: i + 3,
            });
        }
        offset += line.len();
    }
    Err((
        1,
        "front matter opened here is never closed with a `---` line".to_string(),
    ))
}

/// Turn a YAML error in `yaml` into (line, message) with the line counted from
/// `first_line`, so an error inside front matter points at the line of the article file.
/// When the parser names where an unclosed construct began ("while scanning a quoted
/// scalar at line 1"), the message says on which file line; a duplicate key points at
/// its second occurrence.
pub(crate) fn yaml_error(
    err: &serde_yaml::Error,
    yaml: &str,
    first_line: usize,
) -> (Option<usize>, String) {
    use std::sync::LazyLock;
    let mut line = err.location().map(|l| l.line() + first_line - 1);
    // The message repeats locations in YAML-relative terms ("… at line 3 column 7");
    // we print our own, counted in the article file.
    static CONTEXT: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"(while (?:scanning|parsing) [a-z ]+?) at line (\d+) column \d+")
            .expect("valid regex")
    });
    static LOCATION: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r",? (at )?line:? \d+,? column:? \d+").expect("valid regex")
    });
    static DUPLICATE: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r#"^duplicate entry with key "([^"]*)""#).expect("valid regex")
    });
    let raw = err.to_string();
    let raw = CONTEXT.replace_all(&raw, |c: &regex::Captures<'_>| {
        let start: usize = c[2].parse().unwrap_or(1);
        format!("{} that starts on line {}", &c[1], start + first_line - 1)
    });
    let message = LOCATION.replace_all(&raw, "").into_owned();
    if let Some(key) = DUPLICATE.captures(&message).map(|c| c[1].to_string()) {
        let second = yaml
            .lines()
            .enumerate()
            .filter(|(_, l)| {
                l.strip_prefix(key.as_str())
                    .is_some_and(|rest| rest.trim_start().starts_with(':'))
            })
            .nth(1);
        if let Some((i, _)) = second {
            line = Some(i + first_line);
        }
    }
    (line, message)
}

/// Parse and validate the YAML of a front matter block. Returns the fields, or every
/// error found; warnings (unknown keys) are pushed to `warnings` either way.
pub fn parse(
    split: &Split<'_>,
    path: &Path,
    warnings: &mut Vec<Diagnostic>,
) -> Result<FrontMatter, Vec<Diagnostic>> {
    let at = |line: Option<usize>, msg: String| Diagnostic::new(path, line, msg);
    let value: serde_yaml::Value = if split.yaml.trim().is_empty() {
        serde_yaml::Value::Null
    } else {
        serde_yaml::from_str(split.yaml).map_err(|e| {
            let (line, msg) = yaml_error(&e, split.yaml, split.yaml_line);
            // Some YAML errors carry no location: point at the front matter.
            vec![at(
                line.or(Some(split.yaml_line)),
                format!("front matter: {msg}"),
            )]
        })?
    };
    let map = match value {
        serde_yaml::Value::Mapping(m) => m,
        serde_yaml::Value::Null => serde_yaml::Mapping::new(),
        _ => {
            return Err(vec![at(
                Some(split.yaml_line),
                "front matter must be a map of `key: value` lines".into(),
            )])
        }
    };
    // Every diagnostic names a line: the key's, else the first line of the front matter.
    let line_of = |key: &str| {
        crate::config::key_line(split.yaml, key)
            .map(|l| l + split.yaml_line - 1)
            .or(Some(split.yaml_line))
    };

    let mut fm = FrontMatter {
        clean: true,
        ..FrontMatter::default()
    };
    let mut errors = Vec::new();
    let mut have_title = false;
    let mut have_date = false;
    for (key, value) in &map {
        let Some(key) = key.as_str() else {
            errors.push(at(
                Some(split.yaml_line),
                "front matter keys must be text".into(),
            ));
            continue;
        };
        let line = line_of(key);
        let mut bad = |what: &str| {
            errors.push(at(
                line,
                format!("{key}: expected {what}, found {}", describe(value)),
            ))
        };
        match key {
            "title" => {
                have_title = true;
                fm.title_line = line;
                match scalar(value) {
                    Some(t) if !t.trim().is_empty() => fm.title = t.trim().to_string(),
                    Some(_) => errors.push(at(line, "title: must not be empty".into())),
                    None => bad("text"),
                }
            }
            "date" => {
                have_date = true;
                match scalar(value) {
                    Some(raw) => match PublishDate::parse(&raw) {
                        Some(d) => fm.date = d,
                        None => errors.push(at(
                            line,
                            format!(
                                "invalid date {raw:?}: expected YYYY-MM-DD or an RFC 3339 date-time"
                            ),
                        )),
                    },
                    None => bad("a date like 2025-11-18"),
                }
            }
            "source" => opt_text(value, &mut fm.source, &mut bad),
            "author" => opt_text(value, &mut fm.author, &mut bad),
            "summary" => opt_text(value, &mut fm.summary, &mut bad),
            "slug" => {
                opt_text(value, &mut fm.slug, &mut bad);
                fm.slug_line = line;
            }
            "source_url" => {
                let mut url = None;
                opt_text(value, &mut url, &mut bad);
                if let Some(u) = url {
                    match check_source_url(&u) {
                        Ok(()) => fm.source_url = Some(u),
                        // A web link with nothing after the scheme (`https:///`, a
                        // placeholder pasted tools leave) links nowhere: warn and drop it
                        // rather than fail the whole site. Other schemes are refused.
                        Err(msg) if is_empty_web_link(&u) => warnings.push(at(
                            line,
                            format!("{msg} (ignored: the article gets no source link)"),
                        )),
                        Err(msg) => errors.push(at(line, msg)),
                    }
                }
            }
            "tags" => match value {
                serde_yaml::Value::Null => {}
                serde_yaml::Value::String(s) => fm.tags = vec![s.trim().to_string()],
                serde_yaml::Value::Sequence(items) => {
                    for item in items {
                        match scalar(item) {
                            Some(t) if !t.trim().is_empty() => fm.tags.push(t.trim().to_string()),
                            Some(_) => {}
                            None => {
                                errors.push(at(
                                    line,
                                    format!(
                                        "tags: expected a list of text, found an item that is {}",
                                        describe(item)
                                    ),
                                ));
                                break;
                            }
                        }
                    }
                }
                _ => bad("a list of text like [economy, energy]"),
            },
            "draft" | "clean" => match value {
                serde_yaml::Value::Bool(b) => {
                    if key == "draft" {
                        fm.draft = *b
                    } else {
                        fm.clean = *b
                    }
                }
                serde_yaml::Value::Null => {}
                _ => bad("true or false"),
            },
            _ => {
                warnings.push(at(
                    line,
                    format!("unknown front matter key `{key}` (kept as page.extra.{key})"),
                ));
                if let Ok(v) = serde_json::to_value(value) {
                    fm.extra.insert(key.to_string(), v);
                }
            }
        }
    }
    if !have_title {
        errors.push(at(
            Some(split.yaml_line),
            "missing required field `title`".into(),
        ));
    }
    if !have_date {
        errors.push(at(
            Some(split.yaml_line),
            "missing required field `date`".into(),
        ));
    }
    if errors.is_empty() {
        Ok(fm)
    } else {
        Err(errors)
    }
}

/// Only web links may leave the site from an article's "original" link.
fn check_source_url(url: &str) -> Result<(), String> {
    match url::Url::parse(url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(()),
        Ok(u) => Err(format!(
            "source_url: only http and https links are allowed, not {:?}",
            u.scheme()
        )),
        Err(e) => Err(format!("source_url: invalid URL {url:?}: {e}")),
    }
}

/// `http://` or `https://` with no host at all.
fn is_empty_web_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://"].iter().any(|scheme| {
        lower
            .strip_prefix(scheme)
            .is_some_and(|rest| rest.trim_matches('/').is_empty())
    })
}

/// A scalar as text: strings as they are, numbers and booleans written out.
fn scalar(value: &serde_yaml::Value) -> Option<String> {
    match value {
        serde_yaml::Value::String(s) => Some(s.clone()),
        serde_yaml::Value::Number(n) => Some(n.to_string()),
        serde_yaml::Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

fn opt_text(value: &serde_yaml::Value, slot: &mut Option<String>, bad: &mut impl FnMut(&str)) {
    match value {
        serde_yaml::Value::Null => {}
        v => match scalar(v) {
            Some(s) if !s.trim().is_empty() => *slot = Some(s.trim().to_string()),
            Some(_) => {}
            None => bad("text"),
        },
    }
}

fn describe(value: &serde_yaml::Value) -> &'static str {
    match value {
        serde_yaml::Value::Null => "nothing",
        serde_yaml::Value::Bool(_) => "a boolean",
        serde_yaml::Value::Number(_) => "a number",
        serde_yaml::Value::String(_) => "text",
        serde_yaml::Value::Sequence(_) => "a list",
        serde_yaml::Value::Mapping(_) => "a map",
        serde_yaml::Value::Tagged(_) => "a tagged value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> Result<FrontMatter, Vec<Diagnostic>> {
        let s = split(text).map_err(|(l, m)| vec![Diagnostic::at(Path::new("x.md"), l, m)])?;
        parse(&s, Path::new("x.md"), &mut Vec::new())
    }

    #[test]
    fn split_cases() {
        let s = split("---\ntitle: a\n---\nbody\n").unwrap();
        assert_eq!(s.yaml, "title: a\n");
        assert_eq!(s.body, "body\n");
        assert_eq!(s.body_line, 4);
        assert_eq!(split("---\ntitle: a\n").unwrap_err().0, 1);
        assert!(split("").unwrap_err().1.contains("empty"));
        assert!(split("title: a\n")
            .unwrap_err()
            .1
            .contains("missing front matter"));
        // No body at all is fine.
        assert_eq!(split("---\ntitle: a\n---").unwrap().body, "");
    }

    #[test]
    fn fields_parse() {
        let fm = parse_text(
            "---\ntitle: \"Zürich votes\"\ndate: 2025-11-18\ntags: [Economy, energy]\nsource_url: https://x.org/a\ndraft: true\nmood: calm\n---\n",
        )
        .unwrap();
        assert_eq!(fm.title, "Zürich votes");
        assert_eq!(fm.date.ymd(), "2025-11-18");
        assert_eq!(fm.tags, vec!["Economy", "energy"]);
        assert!(fm.draft);
        assert_eq!(fm.extra["mood"], serde_json::json!("calm"));
    }

    #[test]
    fn rfc3339_dates() {
        let d = PublishDate::parse("2025-11-18T23:30:00-02:00").unwrap();
        assert_eq!(d.ymd(), "2025-11-18");
        assert_eq!(d.rfc3339(), "2025-11-19T01:30:00Z");
        assert!(PublishDate::parse("2025-13-45").is_none());
        assert!(PublishDate::parse("yesterday").is_none());
    }

    /// Fuzzing regression (front_matter target): an indented front matter block is valid
    /// YAML; its unknown key's warning had no line.
    #[test]
    fn indented_and_quoted_keys_have_lines() {
        let text = crate::content::article::decode(
            b"\xef\xbb\xbf---\r\n 2t: false\r\n\n---\r\nBody line.\r\n".to_vec(),
        )
        .unwrap();
        let s = split(&text).unwrap();
        let mut warnings = Vec::new();
        let errs = parse(&s, Path::new("x.md"), &mut warnings).unwrap_err();
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, Some(2), "{warnings:?}");
        assert!(errs.iter().all(|e| e.line.is_some()), "{errs:?}");
        let errs = parse_text("---\n  \"title\": a\n  date: 2025-02-30\n---\n").unwrap_err();
        assert_eq!(errs[0].line, Some(3), "{errs:?}");
        let errs =
            parse_text("---\ntitle: a\ndate: 2025-01-01\n? [complex]\n: key\n---\n").unwrap_err();
        assert!(errs.iter().all(|e| e.line.is_some()), "{errs:?}");
    }

    #[test]
    fn errors_name_lines() {
        let errs = parse_text("---\ntitle: a\ndate: 2025-13-45\ntags: {a: 1}\n---\n").unwrap_err();
        let msgs: Vec<String> = errs.iter().map(|d| d.to_string()).collect();
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("x.md:3: invalid date \"2025-13-45\"")),
            "{msgs:?}"
        );
        assert!(
            msgs.iter()
                .any(|m| m.starts_with("x.md:4: tags: expected a list")),
            "{msgs:?}"
        );
    }

    #[test]
    fn yaml_errors_name_where_the_construct_began() {
        let errs = parse_text("---\ntitle: \"unterminated\ndate: 2025-01-01\n---\n").unwrap_err();
        assert_eq!(
            errs[0].to_string(),
            "x.md:4: front matter: found unexpected end of stream, while scanning a quoted scalar that starts on line 2"
        );
        let errs =
            parse_text("---\ndate: 2025-01-01\ntitle: a\ntags: [x]\ntitle: b\n---\n").unwrap_err();
        assert_eq!(
            errs[0].to_string(),
            "x.md:5: front matter: duplicate entry with key \"title\""
        );
    }

    #[test]
    fn missing_required_fields() {
        let errs = parse_text("---\nsource: a\n---\n").unwrap_err();
        assert_eq!(errs.len(), 2);
        let errs = parse_text("---\ntitle: [a\n---\n").unwrap_err();
        assert!(errs[0].to_string().starts_with("x.md:"), "{errs:?}");
        assert!(errs[0].line.is_some());
        // Property-test regression: a YAML error with no location still names a line.
        let errs = parse_text("---\n title: !!binary aGk=\ntitle:2025-11-18\n---\n").unwrap_err();
        assert_eq!(errs[0].line, Some(2), "{errs:?}");
    }

    #[test]
    fn source_url_must_be_web() {
        let errs =
            parse_text("---\ntitle: a\ndate: 2025-01-01\nsource_url: javascript:alert(1)\n---\n")
                .unwrap_err();
        assert_eq!(errs[0].line, Some(4));
    }
}

//! Themes: Tera templates from `themes/<name>/templates/`, the default theme built in,
//! and single-template overrides from the site's own `templates/`.

use std::path::{Path, PathBuf};

use crate::error::{Diagnostic, Error, Result};

/// The templates every theme provides.
pub const REQUIRED: [&str; 11] = [
    "base.html",
    "index.html",
    "article.html",
    "tags.html",
    "tag.html",
    "editions.html",
    "edition.html",
    "sources.html",
    "source.html",
    "search.html",
    "404.html",
];

/// Files of a bundled theme, embedded: `(name, contents)`.
macro_rules! bundled {
    ($theme:literal, $kind:literal, $include:ident, $($name:literal),+ $(,)?) => {
        &[$(($name, $include!(concat!("../../themes/", $theme, "/", $kind, "/", $name)))),+]
    };
}

/// A theme compiled into the binary, so a site without a `themes/` folder can use it.
pub struct BundledTheme {
    pub name: &'static str,
    pub templates: &'static [(&'static str, &'static str)],
    pub statics: &'static [(&'static str, &'static [u8])],
}

/// The bundled themes: `default`, and `newsletter` (a compact digest for email readers).
pub const BUNDLED: &[BundledTheme] = &[
    BundledTheme {
        name: "default",
        templates: bundled!(
            "default",
            "templates",
            include_str,
            "base.html",
            "index.html",
            "article.html",
            "tags.html",
            "tag.html",
            "editions.html",
            "edition.html",
            "sources.html",
            "source.html",
            "search.html",
            "404.html",
            "partials/listing.html",
        ),
        statics: bundled!("default", "static", include_bytes, "style.css"),
    },
    BundledTheme {
        name: "newsletter",
        templates: bundled!(
            "newsletter",
            "templates",
            include_str,
            "base.html",
            "index.html",
            "article.html",
            "tags.html",
            "tag.html",
            "editions.html",
            "edition.html",
            "sources.html",
            "source.html",
            "search.html",
            "404.html",
            "partials/digest.html",
            "partials/item.html",
        ),
        statics: bundled!("newsletter", "static", include_bytes, "newsletter.css"),
    },
];

/// Where a theme comes from.
#[derive(Debug, Clone)]
pub enum ThemeSource {
    /// `themes/<name>/` on disk: it wins over a bundled theme of the same name.
    Folder(PathBuf),
    /// A theme compiled into the binary (an index into [`BUNDLED`]).
    Bundled(usize),
}

/// Find the theme named in the config.
pub fn locate(root: &Path, name: &str) -> Result<ThemeSource> {
    let dir = root.join("themes").join(name);
    if dir.join("templates").is_dir() {
        Ok(ThemeSource::Folder(dir))
    } else if let Some(i) = BUNDLED.iter().position(|t| t.name == name) {
        Ok(ThemeSource::Bundled(i))
    } else {
        let bundled: Vec<&str> = BUNDLED.iter().map(|t| t.name).collect();
        Err(Error::Input(vec![Diagnostic::new(
            Path::new(crate::config::CONFIG_FILE),
            crate::config::key_line(&std::fs::read_to_string(root.join(crate::config::CONFIG_FILE)).unwrap_or_default(), "theme"),
            format!(
                "theme `{name}` not found: no folder themes/{name}/templates/, and the bundled themes are {}",
                bundled.join(", ")
            ),
        )]))
    }
}

/// Every `*.html` under `dir`, as (name relative to `dir`, text).
fn read_templates(dir: &Path, root: &Path) -> Result<Vec<(String, String)>> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::Other(format!("cannot read templates: {e}")))?;
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().and_then(|e| e.to_str()) != Some("html")
        {
            continue;
        }
        let name = path
            .strip_prefix(dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::io("read", crate::content::relative(root, path), e))?;
        out.push((name, text));
    }
    Ok(out)
}

/// One Tera for the whole build, shared by all threads. Autoescape stays on for HTML.
pub fn load(root: &Path, theme: &ThemeSource) -> Result<tera::Tera> {
    let mut templates: Vec<(String, String)> = match theme {
        ThemeSource::Bundled(i) => BUNDLED[*i]
            .templates
            .iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect(),
        ThemeSource::Folder(dir) => read_templates(&dir.join("templates"), root)?,
    };
    // The site's own templates/ override theme templates of the same name.
    for (name, text) in read_templates(&root.join("templates"), root)? {
        match templates.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = text,
            None => templates.push((name, text)),
        }
    }
    for required in REQUIRED {
        if !templates.iter().any(|(n, _)| n == required) {
            return Err(Error::Template(format!(
                "the theme has no template `{required}`"
            )));
        }
    }
    let mut tera = tera::Tera::new();
    tera.set_escape_fn(escape_html);
    tera.add_raw_templates(templates.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .map_err(|e| Error::Template(format!("template error: {}", error_chain(&e))))?;
    Ok(tera)
}

/// Autoescaping, with the output of `tera::escape_html` (`&`, `<`, `>`, `"` and `'` as
/// entities), written a run of plain bytes at a time: tera's own writes byte by byte
/// through `dyn Write`, and was about 7% of a build (every listing escapes every card).
fn escape_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let bytes = input.as_bytes();
    let mut plain = 0;
    for (i, b) in bytes.iter().enumerate() {
        let entity: &[u8] = match b {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            b'\'' => b"&#39;",
            _ => continue,
        };
        out.write_all(&bytes[plain..i])?;
        out.write_all(entity)?;
        plain = i + 1;
    }
    out.write_all(&bytes[plain..])
}

/// A Tera error with its causes, on one line each.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut s = e.to_string();
    let mut cause = e.source();
    while let Some(c) = cause {
        s.push_str(&format!("\n  caused by: {c}"));
        cause = c.source();
    }
    s
}

/// Static files every site gets, whatever its theme: the search page's script reads
/// `search-index.json`, whose format is ours. A theme or site file of the same name wins.
const ENGINE_STATICS: [(&str, &[u8]); 1] = [("search.js", include_bytes!("search.js"))];

/// The theme's static files as (relative path, bytes).
pub fn static_files(root: &Path, theme: &ThemeSource) -> Result<Vec<(String, Vec<u8>)>> {
    let mut files: Vec<(String, Vec<u8>)> = match theme {
        ThemeSource::Bundled(i) => BUNDLED[*i]
            .statics
            .iter()
            .map(|(n, b)| (n.to_string(), b.to_vec()))
            .collect(),
        ThemeSource::Folder(dir) => read_tree(&dir.join("static"), root)?,
    };
    for (name, bytes) in ENGINE_STATICS {
        if !files.iter().any(|(n, _)| n == name) {
            files.push((name.to_string(), bytes.to_vec()));
        }
    }
    // The site's static/ wins over the theme's.
    for (name, bytes) in read_tree(&root.join("static"), root)? {
        match files.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = bytes,
            None => files.push((name, bytes)),
        }
    }
    Ok(files)
}

fn read_tree(dir: &Path, root: &Path) -> Result<Vec<(String, Vec<u8>)>> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(|e| Error::Other(format!("cannot read static files: {e}")))?;
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let name = path
            .strip_prefix(dir)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        if name.split('/').any(|seg| seg.starts_with('.')) {
            continue;
        }
        let bytes = std::fs::read(path)
            .map_err(|e| Error::io("read", crate::content::relative(root, path), e))?;
        out.push((name, bytes));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Our escaping writes exactly what tera's does, for every special character in
    /// every position, multi-byte text included.
    #[test]
    fn escaping_matches_teras() {
        let pieces = [
            "",
            "a",
            "&",
            "<",
            ">",
            "\"",
            "'",
            "é",
            "—",
            "😀",
            "plain text",
            "&amp;",
        ];
        let mut inputs = Vec::new();
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    inputs.push(format!("{a}{b}{c}"));
                }
            }
        }
        inputs.push("<script>alert('x & \"y\"')</script> tail".into());
        for input in &inputs {
            let (mut ours, mut theirs) = (Vec::new(), Vec::new());
            escape_html(input, &mut ours).unwrap();
            tera::escape_html(input, &mut theirs).unwrap();
            assert_eq!(ours, theirs, "{input:?}");
        }
    }
}

//! One article file: its front matter, raw body, and the slug it will be published under.

use std::path::{Path, PathBuf};

use super::front_matter::{self, FrontMatter};
use crate::error::Diagnostic;

/// An article as read from disk, before cleaning and rendering.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// Path relative to the site root, e.g. `content/2025-11-18-port.md`.
    pub rel_path: PathBuf,
    pub front: FrontMatter,
    /// The body with LF line endings, exactly as written otherwise.
    pub body: String,
    /// 1-based line of the body's first line in the file.
    pub body_line: usize,
    /// The URL-safe name of the article's page.
    pub slug: String,
}

/// Longest slug we derive from a title; longer titles are cut at a word.
const MAX_SLUG: usize = 80;

impl SourceFile {
    /// The line the slug comes from: the `slug` key, else the `title` key (for errors
    /// about the slug, such as a duplicate).
    pub fn slug_line(&self) -> Option<usize> {
        self.front.slug_line.or(self.front.title_line)
    }
}

/// Read, split and parse one article file.
pub fn load(
    root: &Path,
    path: &Path,
    warnings: &mut Vec<Diagnostic>,
) -> Result<SourceFile, Vec<Diagnostic>> {
    let rel_path = super::relative(root, path);
    let bytes = std::fs::read(path)
        .map_err(|e| vec![Diagnostic::file(&rel_path, format!("cannot read: {e}"))])?;
    let text = decode(bytes).map_err(|(line, msg)| vec![Diagnostic::at(&rel_path, line, msg)])?;
    parse(rel_path, &text, warnings)
}

/// Parse article text (already decoded) that lives at `rel_path`.
pub fn parse(
    rel_path: PathBuf,
    text: &str,
    warnings: &mut Vec<Diagnostic>,
) -> Result<SourceFile, Vec<Diagnostic>> {
    let split = front_matter::split(text)
        .map_err(|(line, msg)| vec![Diagnostic::at(&rel_path, line, msg)])?;
    let front = front_matter::parse(&split, &rel_path, warnings)?;
    let slug = article_slug(&front, &rel_path)?;
    Ok(SourceFile {
        body: split.body.to_string(),
        body_line: split.body_line,
        front,
        rel_path,
        slug,
    })
}

/// Bytes to text: UTF-8 only (naming the line of the first bad byte), without a BOM,
/// with CRLF and lone CR turned into LF.
pub fn decode(bytes: Vec<u8>) -> Result<String, (usize, String)> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let good = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..good].iter().filter(|&&b| b == b'\n').count() + 1;
        (line, "not valid UTF-8: save the file as UTF-8".to_string())
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    })
}

/// The slug field if it is a safe path segment, else one derived from the title.
fn article_slug(front: &FrontMatter, rel_path: &Path) -> Result<String, Vec<Diagnostic>> {
    if let Some(raw) = &front.slug {
        let err = |msg: String| vec![Diagnostic::new(rel_path, front.slug_line, msg)];
        if let Some(problem) = unsafe_segment(raw) {
            return Err(err(format!("slug {raw:?}: {problem}")));
        }
        let slug = slugify(raw);
        if slug.is_empty() {
            return Err(err(format!("slug {raw:?}: has no letters or digits")));
        }
        return Ok(slug);
    }
    let mut slug = slugify(&front.title);
    if slug.len() > MAX_SLUG {
        let cut = slug[..MAX_SLUG].rfind('-').unwrap_or(MAX_SLUG);
        slug.truncate(cut);
    }
    if slug.is_empty() {
        let stem = rel_path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        slug = slugify(stem);
    }
    if slug.is_empty() {
        slug = "article".into();
    }
    // A title like "Con" or "NUL" must not make a folder some platforms cannot create.
    if is_reserved(&slug) {
        slug.push_str("-article");
    }
    Ok(slug)
}

/// Names Windows reserves for devices, in any case and with any extension.
pub fn is_reserved(name: &str) -> bool {
    const RESERVED: [&str; 22] = [
        "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
        "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
    ];
    let stem = name.split('.').next().unwrap_or(name).trim();
    RESERVED.contains(&stem.to_ascii_lowercase().as_str())
}

/// ASCII, lower-case, hyphenated: `Zürich voters back…` → `zurich-voters-back`.
pub fn slugify(text: &str) -> String {
    slug::slugify(text)
}

/// Why a user-written slug could escape its folder or clash with the platform, if it could.
fn unsafe_segment(raw: &str) -> Option<&'static str> {
    let t = raw.trim();
    if t.contains('/') || t.contains('\\') {
        Some("must not contain `/` or `\\`")
    } else if t == "." || t == ".." || t.starts_with('.') {
        Some("must not start with `.`")
    } else if t.contains(':') {
        Some("must not contain `:`")
    } else if t.chars().any(char::is_control) {
        Some("must not contain control characters")
    } else if is_reserved(t) || is_reserved(&slugify(t)) {
        Some("is a reserved file name")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slug_of(fm: &str) -> Result<String, Vec<Diagnostic>> {
        let text = format!("---\n{fm}\n---\nbody\n");
        parse(PathBuf::from("content/x.md"), &text, &mut Vec::new()).map(|s| s.slug)
    }

    #[test]
    fn slug_from_title_transliterates() {
        assert_eq!(
            slug_of("title: \"Zürich voters back transit levy\"\ndate: 2025-01-01").unwrap(),
            "zurich-voters-back-transit-levy"
        );
    }

    #[test]
    fn slug_field_wins_and_is_checked() {
        assert_eq!(
            slug_of("title: a\ndate: 2025-01-01\nslug: My Story").unwrap(),
            "my-story"
        );
        for bad in ["../etc", "/abs", "a/b", "..", "CON", ".hidden"] {
            let errs =
                slug_of(&format!("title: a\ndate: 2025-01-01\nslug: \"{bad}\"")).unwrap_err();
            assert_eq!(errs[0].line, Some(4), "{bad}: {errs:?}");
        }
    }

    #[test]
    fn derived_slugs_avoid_reserved_names() {
        assert_eq!(
            slug_of("title: \"Con\"\ndate: 2025-01-01").unwrap(),
            "con-article"
        );
        assert_eq!(
            slug_of("title: \"LPT1!\"\ndate: 2025-01-01").unwrap(),
            "lpt1-article"
        );
        assert_eq!(
            slug_of("title: \"Con men jailed\"\ndate: 2025-01-01").unwrap(),
            "con-men-jailed"
        );
        for bad in ["nul.txt", "Aux!"] {
            let errs =
                slug_of(&format!("title: a\ndate: 2025-01-01\nslug: \"{bad}\"")).unwrap_err();
            assert!(errs[0].message.contains("reserved"), "{bad}: {errs:?}");
        }
    }

    #[test]
    fn slug_line_is_the_slug_or_title_key() {
        let text = "---\ndate: 2025-01-01\ntitle: a\n---\n";
        let f = parse(PathBuf::from("x.md"), text, &mut Vec::new()).unwrap();
        assert_eq!(f.slug_line(), Some(3));
        let text = "---\ndate: 2025-01-01\ntitle: a\nslug: b\n---\n";
        let f = parse(PathBuf::from("x.md"), text, &mut Vec::new()).unwrap();
        assert_eq!(f.slug_line(), Some(4));
    }

    #[test]
    fn long_titles_cut_at_a_word() {
        let title = "word ".repeat(40);
        let s = slug_of(&format!("title: {title}\ndate: 2025-01-01")).unwrap();
        assert!(s.len() <= MAX_SLUG && !s.ends_with('-'), "{s}");
    }

    #[test]
    fn decode_handles_bom_crlf_and_bad_bytes() {
        assert_eq!(decode(b"\xef\xbb\xbfa\r\nb".to_vec()).unwrap(), "a\nb");
        let (line, _) = decode(b"a\nb\n\xff".to_vec()).unwrap_err();
        assert_eq!(line, 3);
    }
}

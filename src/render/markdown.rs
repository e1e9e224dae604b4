//! Markdown to HTML: pulldown-cmark with our event filters.
//!
//! Filters, in one pass over the events:
//! - **pasted text**: a paragraph whose lines are themselves paragraphs (see
//!   [`is_pasted_block`]) becomes one `<p>` per line instead of one run-on paragraph;
//! - **heading ids**: every heading gets a unique id from its text, for `#anchor` links;
//! - **links**: a link to another content file (`other.md`) becomes that article's URL,
//!   and a link with a scheme other than http(s), mailto or tel loses its link;
//! - **summary**: the text of the first paragraph, or everything before `<!-- more -->`.
//!
//! Raw HTML in an article is untrusted: when there is any, the whole body goes through
//! ammonia's allowlist (no script, style, iframe, event handlers or `javascript:` URLs).

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Lines longer than this are paragraphs, not hand-wrapped Markdown (which stays under ~80).
const PASTED_LINE_CHARS: usize = 100;

/// The summary cut, in characters, when no `summary` field or `<!-- more -->` is given.
pub const SUMMARY_CHARS: usize = 300;

/// What rendering one body yields.
#[derive(Debug, Default, Clone)]
pub struct RenderedBody {
    pub html: String,
    /// Plain text for listings: the first paragraph, or all text before `<!-- more -->`.
    pub summary: String,
    pub words: usize,
    /// Links to `.md` files that are not articles of this site, as written.
    pub broken_links: Vec<String>,
}

/// Where an article sits, to resolve its links to other content files.
pub struct LinkContext<'a> {
    /// Folder of the article, relative to the site root (`content/europe`).
    pub dir: &'a Path,
    /// Every article's path relative to the site root → its URL.
    pub permalinks: &'a HashMap<PathBuf, String>,
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_SMART_PUNCTUATION
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The documented rule for pasted text: a paragraph block of two or more lines is pasted
/// text (one paragraph per line) when any line is longer than 100 characters, or when
/// every line but the last ends a sentence (`.`, `!`, `?`, or a closing quote after one).
/// Hand-wrapped Markdown paragraphs have short lines that break mid-sentence.
pub fn is_pasted_block(src: &str) -> bool {
    let lines: Vec<&str> = src
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if lines.len() < 2 {
        return false;
    }
    if lines.iter().any(|l| l.chars().count() > PASTED_LINE_CHARS) {
        return true;
    }
    lines[..lines.len() - 1].iter().all(|l| ends_sentence(l))
}

fn ends_sentence(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', '”', '’', ')', '»']);
    t.ends_with(['.', '!', '?', '…'])
}

/// Render a (cleaned) body.
pub fn render(body: &str, links: &LinkContext<'_>) -> RenderedBody {
    let mut out = RenderedBody::default();
    let parser = Parser::new_ext(body, options()).into_offset_iter();

    let mut events: Vec<Event<'_>> = Vec::with_capacity(256);
    let mut has_raw_html = false;
    // Nesting of containers that own their paragraphs (lists, quotes, footnotes).
    let mut container_depth = 0usize;
    let mut pasted_stack: Vec<bool> = Vec::new();
    let mut dropped_links: Vec<bool> = Vec::new();
    let mut heading_start: Option<usize> = None;
    let mut used_ids: HashSet<String> = HashSet::new();

    // Summary state.
    let mut first_para_done = false;
    let mut in_para = false;
    let mut first_para = String::new();
    let mut before_more = String::new();
    let mut more_seen = false;

    for (event, range) in parser {
        match event {
            Event::Start(Tag::Paragraph) => {
                let pasted = container_depth == 0 && is_pasted_block(&body[range.clone()]);
                pasted_stack.push(pasted);
                in_para = true;
                events.push(Event::Start(Tag::Paragraph));
            }
            Event::End(TagEnd::Paragraph) => {
                pasted_stack.pop();
                in_para = false;
                if !first_para.trim().is_empty() {
                    first_para_done = true;
                }
                if !more_seen {
                    before_more.push(' ');
                }
                events.push(Event::End(TagEnd::Paragraph));
            }
            Event::SoftBreak if pasted_stack.last() == Some(&true) => {
                // Close this paragraph and open the next, one per pasted line.
                if !first_para.trim().is_empty() {
                    first_para_done = true;
                }
                if !more_seen {
                    before_more.push(' ');
                }
                events.push(Event::End(TagEnd::Paragraph));
                events.push(Event::Start(Tag::Paragraph));
            }
            Event::Start(
                tag @ (Tag::List(_) | Tag::BlockQuote(_) | Tag::FootnoteDefinition(_) | Tag::Item),
            ) => {
                container_depth += 1;
                events.push(Event::Start(tag));
            }
            Event::End(
                tag @ (TagEnd::List(_)
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition
                | TagEnd::Item),
            ) => {
                container_depth = container_depth.saturating_sub(1);
                events.push(Event::End(tag));
            }
            Event::Start(Tag::Heading {
                level,
                id,
                classes,
                attrs,
            }) => {
                heading_start = Some(events.len());
                events.push(Event::Start(Tag::Heading {
                    level,
                    id,
                    classes,
                    attrs,
                }));
            }
            Event::End(TagEnd::Heading(level)) => {
                if let Some(start) = heading_start.take() {
                    assign_heading_id(&mut events, start, level, &mut used_ids);
                }
                events.push(Event::End(TagEnd::Heading(level)));
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => match rewrite_link(&dest_url, links) {
                LinkFate::Keep => {
                    dropped_links.push(false);
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
                LinkFate::Rewrite(url) => {
                    dropped_links.push(false);
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url: url.into(),
                        title,
                        id,
                    }));
                }
                LinkFate::Broken => {
                    out.broken_links.push(dest_url.to_string());
                    dropped_links.push(false);
                    events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
                LinkFate::Drop => dropped_links.push(true),
            },
            Event::End(TagEnd::Link) => {
                if !dropped_links.pop().unwrap_or(false) {
                    events.push(Event::End(TagEnd::Link));
                }
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest_url = if safe_scheme(&dest_url, false) {
                    dest_url
                } else {
                    CowStr::from("")
                };
                events.push(Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                }));
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                if html.trim() == "<!-- more -->" {
                    more_seen = true;
                } else {
                    has_raw_html = true;
                    events.push(Event::Html(html));
                }
            }
            Event::Text(text) => {
                out.words += text.split_whitespace().count();
                if in_para && !first_para_done && container_depth == 0 {
                    first_para.push_str(&text);
                }
                if !more_seen {
                    before_more.push_str(&text);
                }
                events.push(Event::Text(text));
            }
            Event::Code(code) => {
                out.words += code.split_whitespace().count();
                if in_para && !first_para_done && container_depth == 0 {
                    first_para.push_str(&code);
                }
                if !more_seen {
                    before_more.push_str(&code);
                }
                events.push(Event::Code(code));
            }
            Event::SoftBreak | Event::HardBreak => {
                if in_para && !first_para_done {
                    first_para.push(' ');
                }
                if !more_seen {
                    before_more.push(' ');
                }
                events.push(event);
            }
            other => events.push(other),
        }
    }

    let mut html = String::with_capacity(body.len() + body.len() / 4);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    out.html = if has_raw_html { sanitize(&html) } else { html };
    out.summary = if more_seen {
        collapse_ws(&before_more)
    } else {
        cut_summary(&collapse_ws(&first_para), SUMMARY_CHARS)
    };
    out
}

/// Give the heading that starts at `events[start]` an id from its text, unique in the page.
fn assign_heading_id(
    events: &mut [Event<'_>],
    start: usize,
    level: HeadingLevel,
    used: &mut HashSet<String>,
) {
    let text: String = events[start + 1..]
        .iter()
        .filter_map(|e| match e {
            Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
            _ => None,
        })
        .collect();
    if let Event::Start(Tag::Heading {
        id, classes, attrs, ..
    }) = &events[start]
    {
        let base = match id {
            Some(id) => id.to_string(),
            None => {
                let s = crate::content::article::slugify(&text);
                if s.is_empty() {
                    "section".to_string()
                } else {
                    s
                }
            }
        };
        let mut unique = base.clone();
        let mut n = 1;
        while !used.insert(unique.clone()) {
            unique = format!("{base}-{n}");
            n += 1;
        }
        events[start] = Event::Start(Tag::Heading {
            level,
            id: Some(unique.into()),
            classes: classes.clone(),
            attrs: attrs.clone(),
        });
    }
}

enum LinkFate {
    Keep,
    Rewrite(String),
    Broken,
    Drop,
}

/// Links to other content files become their article's URL; unsafe schemes lose the link.
fn rewrite_link(dest: &str, links: &LinkContext<'_>) -> LinkFate {
    if !safe_scheme(dest, true) {
        return LinkFate::Drop;
    }
    if has_scheme(dest) || dest.starts_with('/') || dest.starts_with('#') {
        return LinkFate::Keep;
    }
    let (path_part, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    if !path_part.ends_with(".md") {
        return LinkFate::Keep;
    }
    let decoded = percent_decode(path_part);
    let target = normalize(&links.dir.join(decoded));
    match links.permalinks.get(&target) {
        Some(url) => LinkFate::Rewrite(match fragment {
            Some(f) => format!("{url}#{f}"),
            None => url.clone(),
        }),
        None => LinkFate::Broken,
    }
}

fn has_scheme(url: &str) -> bool {
    let head = url.split(['/', '?', '#']).next().unwrap_or("");
    head.contains(':')
}

/// http(s), mailto and tel (links only) or a relative URL; never `javascript:` or `data:`.
fn safe_scheme(url: &str, is_link: bool) -> bool {
    if !has_scheme(url) {
        return true;
    }
    let scheme: String = url
        .split(':')
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    matches!(scheme.as_str(), "http" | "https")
        || (is_link && matches!(scheme.as_str(), "mailto" | "tel"))
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("a={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| s.to_string())
}

/// Resolve `.` and `..` without touching the disk.
fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cut `text` at the last sentence end within `max` characters; failing that, at a word,
/// with an ellipsis.
pub fn cut_summary(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let limit = text.char_indices().nth(max).map_or(text.len(), |(i, _)| i);
    let head = &text[..limit];
    let sentence_end = head
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?')
                && head[i + c.len_utf8()..].starts_with([' ', '"', '”', '’'])
        })
        .map(|(i, c)| i + c.len_utf8())
        .next_back();
    match sentence_end {
        Some(end) if end > max / 3 => head[..end].trim_end().to_string(),
        _ => {
            let cut = head.rfind(' ').unwrap_or(limit);
            format!("{}…", head[..cut].trim_end_matches([',', ';', ':', ' ']))
        }
    }
}

/// Ammonia's allowlist, plus the ids and classes our own Markdown output uses.
fn sanitize(html: &str) -> String {
    static CLEANER: std::sync::LazyLock<ammonia::Builder<'static>> =
        std::sync::LazyLock::new(|| {
            let mut b = ammonia::Builder::default();
            b.add_generic_attributes(["id", "class"]);
            b
        });
    CLEANER.clean(html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(body: &str) -> RenderedBody {
        let permalinks: HashMap<PathBuf, String> = [(
            PathBuf::from("content/other.md"),
            "/articles/other/".to_string(),
        )]
        .into();
        render(
            body,
            &LinkContext {
                dir: Path::new("content"),
                permalinks: &permalinks,
            },
        )
    }

    #[test]
    fn pasted_lines_become_paragraphs() {
        let long = "word ".repeat(30);
        let body = format!("{long}one.\n{long}two.\n{long}three\n");
        let html = md(&body).html;
        assert_eq!(html.matches("<p>").count(), 3, "{html}");
    }

    #[test]
    fn short_sentence_lines_are_pasted_too() {
        let html = md("The vote passed.\nThe mayor spoke after it.\n").html;
        assert_eq!(html.matches("<p>").count(), 2, "{html}");
    }

    #[test]
    fn hand_wrapped_markdown_stays_one_paragraph() {
        let html = md("This paragraph is wrapped by hand\nat a short width, as editors do,\nand is one paragraph.\n").html;
        assert_eq!(html.matches("<p>").count(), 1, "{html}");
        let html = md("First para.\n\nSecond para.\n\n- a\n- b\n\n> quote\n").html;
        assert_eq!(html.matches("<p>").count(), 3, "{html}");
        assert!(html.contains("<ul>") && html.contains("<blockquote>"));
    }

    #[test]
    fn headings_get_unique_ids() {
        let html = md("## What changes\n\ntext\n\n## What changes\n").html;
        assert!(html.contains("<h2 id=\"what-changes\">"), "{html}");
        assert!(html.contains("<h2 id=\"what-changes-1\">"), "{html}");
    }

    #[test]
    fn extensions_are_on() {
        let html =
            md("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ \"quoted\"[^1]\n\n[^1]: note\n").html;
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("<del>old</del>"), "{html}");
        assert!(html.contains("“quoted”"), "{html}");
        assert!(html.contains("footnote"), "{html}");
    }

    #[test]
    fn content_links_are_rewritten_or_reported() {
        let r = md("See [this](other.md#part) and [that](missing.md).\n");
        assert!(
            r.html.contains("href=\"/articles/other/#part\""),
            "{}",
            r.html
        );
        assert_eq!(r.broken_links, vec!["missing.md"]);
    }

    #[test]
    fn script_never_survives() {
        let r = md("Hi <script>alert(1)</script> <img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) ![i](data:image/png;base64,AA)\n");
        assert!(!r.html.contains("<script"), "{}", r.html);
        assert!(!r.html.contains("onerror"), "{}", r.html);
        assert!(!r.html.contains("javascript:"), "{}", r.html);
        assert!(!r.html.contains("data:"), "{}", r.html);
    }

    #[test]
    fn summary_is_first_paragraph_or_before_more() {
        assert_eq!(
            md("# T\n\nFirst *para*.\n\nSecond.\n").summary,
            "First para."
        );
        assert_eq!(
            md("One.\n\nTwo.\n\n<!-- more -->\n\nThree.\n").summary,
            "One. Two."
        );
        let long = "A sentence that goes on. ".repeat(20);
        let s = md(&long).summary;
        assert!(s.len() <= SUMMARY_CHARS && s.ends_with('.'), "{s}");
    }
}

//! Markdown to HTML: pulldown-cmark with our event filters, then ammonia.
//!
//! Filters, in one pass over the events:
//! - **pasted text**: a paragraph whose lines are themselves paragraphs (see
//!   [`is_pasted_block`]) becomes one `<p>` per line instead of one run-on paragraph;
//! - **heading ids**: every heading gets a unique id from its text, for `#anchor` links;
//! - **links**: a link to another content file (`other.md`) becomes that article's URL,
//!   and a link or image whose URL scheme is not allowed (`javascript:`, `data:`, …, also
//!   obfuscated with entities, controls or case) loses its link and keeps its text;
//! - **summary**: the text of the first paragraph, or everything before `<!-- more -->`.
//!
//! Every body is untrusted: the HTML of every article, raw HTML or not, goes through
//! the [`Sanitizer`] (ammonia with an allowlist, configurable in `briefing.yaml`), after
//! tracking pixels are removed from its raw HTML on a parsed tree (html5ever).

use std::collections::{HashMap, HashSet};
use std::path::{Component, Path, PathBuf};
use std::sync::LazyLock;

use crate::config::SanitizeConfig;

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

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

/// Render a (cleaned) body with the built-in sanitizer settings.
pub fn render(body: &str, links: &LinkContext<'_>) -> RenderedBody {
    render_with(body, links, Sanitizer::builtin())
}

/// Render a (cleaned) body, sanitising its HTML with `sanitizer`.
pub fn render_with(body: &str, links: &LinkContext<'_>, sanitizer: &Sanitizer) -> RenderedBody {
    let mut out = RenderedBody::default();
    let parser = Parser::new_ext(body, options()).into_offset_iter();

    let mut events: Vec<Event<'_>> = Vec::with_capacity(256);
    let mut has_raw_html = false;
    // Markup the article chose itself (raw HTML, heading classes or attributes): only
    // then does the HTML need the full sanitiser pass.
    let mut authored_markup = false;
    // Nesting of containers that own their paragraphs (lists, quotes, footnotes).
    let mut container_depth = 0usize;
    let mut pasted_stack: Vec<bool> = Vec::new();
    let mut dropped_links: Vec<bool> = Vec::new();
    let mut dropped_images: Vec<bool> = Vec::new();
    let mut heading_start: Option<usize> = None;
    let mut used_ids: HashSet<String> = HashSet::new();
    // Inside inline raw `<script>…</script>` (or another tag removed with its content):
    // its text is no article text, for the summary or the word count.
    let mut hidden_until: Option<&'static str> = None;

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
                authored_markup |= !classes.is_empty() || !attrs.is_empty();
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
            }) => match rewrite_link(&dest_url, links, sanitizer) {
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
                // An image with an unsafe URL is left out; its alt text stays as text.
                let keep = sanitizer.url_allowed(&dest_url);
                dropped_images.push(!keep);
                if keep {
                    events.push(Event::Start(Tag::Image {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            }
            Event::End(TagEnd::Image) => {
                if !dropped_images.pop().unwrap_or(false) {
                    events.push(Event::End(TagEnd::Image));
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                hidden_until = hidden_text(&html, hidden_until);
                if html.trim() == "<!-- more -->" {
                    more_seen = true;
                } else {
                    has_raw_html = true;
                    events.push(Event::Html(html));
                }
            }
            Event::Text(text) if hidden_until.is_some() => events.push(Event::Text(text)),
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
    out.html = sanitizer.clean(&html, has_raw_html || authored_markup);
    out.summary = if more_seen {
        collapse_ws(&before_more)
    } else {
        cut_summary(&collapse_ws(&first_para), SUMMARY_CHARS)
    };
    out
}

/// After a piece of raw HTML: the end tag whose text is hidden until it comes, if any.
fn hidden_text(html: &str, until: Option<&'static str>) -> Option<&'static str> {
    let lower = html.trim_start().to_ascii_lowercase();
    if let Some(end) = until {
        return if lower.starts_with(&format!("</{end}")) {
            None
        } else {
            Some(end)
        };
    }
    let name: String = lower
        .strip_prefix('<')
        .unwrap_or("")
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    let closed = lower.contains(&format!("</{name}"));
    DROP_WITH_CONTENT
        .iter()
        .find(|t| **t == name)
        .copied()
        .filter(|_| !closed)
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
fn rewrite_link(dest: &str, links: &LinkContext<'_>, sanitizer: &Sanitizer) -> LinkFate {
    if !sanitizer.url_allowed(dest) {
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

/// Tags no configuration can allow, and why.
pub fn never_allowed_tag(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "script" | "noscript" | "template" => "it runs or hides script",
        "style" | "link" => "it restyles the whole page or loads resources",
        "iframe" | "frame" | "frameset" | "object" | "embed" | "applet" | "param" | "portal"
        | "fencedframe" => "it embeds another document or a plugin",
        "form" | "input" | "button" | "select" | "option" | "optgroup" | "textarea"
        | "datalist" | "keygen" => "it takes input or submits data",
        "base" | "meta" => "it changes how the page loads or where its links go",
        "svg" | "math" => "foreign content is parsed by other rules (a sanitiser bypass risk)",
        "html" | "head" | "body" | "title" => "it is document structure, not article content",
        "xmp" | "plaintext" | "noembed" | "noframes" => "obsolete raw-text element",
        _ => return None,
    })
}

/// Attributes no configuration can allow, and why.
pub fn never_allowed_attribute(attr: &str) -> Option<&'static str> {
    if attr.starts_with("on") {
        return Some("event handlers run script");
    }
    Some(match attr {
        "style" => "inline CSS can load resources and overlay the page",
        "srcdoc" => "it embeds a whole document",
        "srcset" | "background" | "lowsrc" | "dynsrc" | "ping" => {
            "it loads URLs the scheme check does not see"
        }
        "action" | "formaction" => "it submits data",
        "http-equiv" => "it changes how the page loads",
        "rel" => "briefing sets `rel` on links itself",
        "is" | "xmlns" | "nonce" => "it changes how the element is interpreted",
        _ => return None,
    })
}

/// URL schemes no configuration can allow: they run code or carry a document inline.
pub const NEVER_SCHEMES: [&str; 6] = [
    "javascript",
    "vbscript",
    "data",
    "file",
    "blob",
    "filesystem",
];

/// Tags whose whole content goes with them (not just the tag): code, embeds, forms.
const DROP_WITH_CONTENT: [&str; 20] = [
    "script",
    "style",
    "noscript",
    "template",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "form",
    "select",
    "textarea",
    "svg",
    "math",
    "noembed",
    "noframes",
    "title",
    "xmp",
    "plaintext",
];

/// The HTML sanitiser every article body goes through: ammonia with our allowlist.
///
/// Built-in allowlist: ammonia's default tags (`a`, `abbr`, `b`, `blockquote`, `br`,
/// `code`, `dd`, `del`, `details`, `div`, `dl`, `dt`, `em`, `figcaption`, `figure`,
/// `h1`–`h6`, `hr`, `i`, `img`, `ins`, `kbd`, `li`, `mark`, `ol`, `p`, `pre`, `q`, `s`,
/// `small`, `span`, `strong`, `sub`, `summary`, `sup`, `table` and its parts, `time`,
/// `u`, `ul`, …) and their default attributes (`href`, `src`, `alt`, `width`, `height`,
/// `title`, `lang`, `cite`, `colspan`, …), plus `id` and `class` on every tag and
/// `style` on `td`/`th` reduced to `text-align` (Markdown table alignment). Links get
/// `rel="noopener noreferrer"`. Comments are removed. `href`/`src` must be relative or use
/// an allowed scheme (default `http`, `https`, `mailto`, `tel`). Scripts, styles, embeds
/// and forms are removed with their content. `sanitize:` in `briefing.yaml` adjusts
/// this ([`crate::config::SanitizeConfig`]) within the limits of [`never_allowed_tag`],
/// [`never_allowed_attribute`] and [`NEVER_SCHEMES`], which hold even for a config
/// that was never validated.
pub struct Sanitizer {
    ammonia: ammonia::Builder<'static>,
    schemes: HashSet<&'static str>,
    drop_tracking_pixels: bool,
    /// Whether every tag the Markdown renderer writes is allowed (`deny_tags` can take
    /// some away): then HTML the renderer wrote itself needs no sanitiser pass.
    generated_html_allowed: bool,
}

impl Sanitizer {
    /// The sanitiser for a site's `sanitize:` settings. Each distinct setting is built
    /// once per process and kept (ammonia borrows its names for as long as it lives), so
    /// `serve` reloading the same config costs nothing.
    pub fn for_config(config: &SanitizeConfig) -> &'static Sanitizer {
        // Both stay reachable from this static for the life of the process (so leak
        // checkers see no leak): the config whose names ammonia borrows, and its sanitiser.
        type Cache = Vec<(&'static SanitizeConfig, &'static Sanitizer)>;
        static CACHE: std::sync::Mutex<Cache> = std::sync::Mutex::new(Vec::new());
        let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
        if let Some((_, s)) = cache.iter().find(|(c, _)| *c == config) {
            return s;
        }
        let kept: &'static SanitizeConfig = Box::leak(Box::new(config.clone()));
        let sanitizer: &'static Sanitizer = Box::leak(Box::new(Sanitizer::build(kept)));
        cache.push((kept, sanitizer));
        sanitizer
    }

    fn build(config: &'static SanitizeConfig) -> Sanitizer {
        let mut b = ammonia::Builder::default();
        let tags = Self::allowed_tags(config);
        let generated_html_allowed = MARKDOWN_TAGS.iter().all(|t| tags.contains(t));
        let drop_with_content: HashSet<&'static str> = DROP_WITH_CONTENT
            .into_iter()
            .filter(|t| !tags.contains(t))
            .collect();
        let mut tag_attributes = b.clone_tag_attributes();
        let mut generic: HashSet<&'static str> = b.clone_generic_attributes();
        generic.extend(["id", "class"]);
        for (tag, attrs) in &config.allow_attributes {
            let attrs = attrs
                .iter()
                .map(String::as_str)
                .filter(|a| valid_attribute(a));
            if tag == "*" {
                generic.extend(attrs);
            } else if tags.contains(tag.as_str()) {
                tag_attributes
                    .entry(tag.as_str())
                    .or_default()
                    .extend(attrs);
            }
        }
        // Markdown table alignment; the style filter below keeps only `text-align`.
        for cell in ["td", "th"] {
            tag_attributes.entry(cell).or_default().insert("style");
        }
        tag_attributes.retain(|t, _| !drop_with_content.contains(t));
        let schemes: HashSet<&'static str> = config
            .url_schemes
            .iter()
            .map(String::as_str)
            .filter(|s| !NEVER_SCHEMES.contains(s) && !s.is_empty())
            .collect();
        b.tags(tags)
            .clean_content_tags(drop_with_content)
            .tag_attributes(tag_attributes)
            .generic_attributes(generic)
            .filter_style_properties(["text-align"].into())
            .url_schemes(schemes.clone())
            .link_rel(Some("noopener noreferrer"))
            .strip_comments(true);
        Sanitizer {
            generated_html_allowed,
            ammonia: b,
            schemes,
            drop_tracking_pixels: config.drop_tracking_pixels,
        }
    }

    /// The sanitiser for the built-in settings.
    pub fn builtin() -> &'static Sanitizer {
        static BUILTIN: LazyLock<&'static Sanitizer> =
            LazyLock::new(|| Sanitizer::for_config(&SanitizeConfig::default()));
        &BUILTIN
    }

    /// The tags `config` allows: the built-in ones, less `deny_tags`, plus `allow_tags`,
    /// never one of [`never_allowed_tag`].
    pub fn allowed_tags(config: &SanitizeConfig) -> HashSet<&str> {
        let mut tags = ammonia::Builder::default().clone_tags();
        for t in &config.deny_tags {
            tags.remove(t.as_str());
        }
        tags.extend(
            config
                .allow_tags
                .iter()
                .map(String::as_str)
                .filter(|t| never_allowed_tag(t).is_none() && !t.is_empty()),
        );
        tags
    }

    /// Whether a link or image URL may stay: relative, or with an allowed scheme. The
    /// scheme is read the way browsers do, ignoring case, spaces and control characters
    /// (`jav&#x09;ascript:` is `javascript:`).
    pub fn url_allowed(&self, url: &str) -> bool {
        let url = url.trim_start_matches(|c: char| c.is_whitespace() || c.is_control());
        let head = url.split(['/', '?', '#']).next().unwrap_or("");
        let Some((scheme, _)) = head.split_once(':') else {
            return true;
        };
        let scheme: String = scheme
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_control())
            .collect::<String>()
            .to_ascii_lowercase();
        self.schemes.contains(scheme.as_str())
    }

    /// Sanitise rendered HTML. `has_raw_html`: whether the article wrote HTML itself
    /// (only then can it hold a tracking pixel: Markdown images carry no size).
    pub fn clean(&self, html: &str, has_raw_html: bool) -> String {
        // A NUL is dropped or replaced by parsers (in text and attributes differently):
        // such rare input takes the full pass.
        if !has_raw_html && self.generated_html_allowed && !html.contains('\0') {
            return as_sanitised(html);
        }
        let without_pixels = if has_raw_html && self.drop_tracking_pixels && may_hold_img(html) {
            drop_tracking_pixels(html)
        } else {
            None
        };
        self.ammonia
            .clean(without_pixels.as_deref().unwrap_or(html))
            .to_string()
    }
}

/// Every element pulldown-cmark writes with the options of [`options`]. Their
/// attributes are ones it escapes itself (URLs were checked by [`Sanitizer::url_allowed`]
/// before rendering, heading ids are ours): class, id, href, src, alt, title, start,
/// and `style="text-align: …"` on table cells.
const MARKDOWN_TAGS: [&str; 28] = [
    "div",
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "code",
    "ol",
    "ul",
    "li",
    "em",
    "strong",
    "del",
    "a",
    "img",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "hr",
    "br",
    "sup",
];

/// HTML written by pulldown-cmark as the sanitiser would write it: links get its
/// `rel`, table cells its `text-align:` spelling. There `<a href="` and `style="` only
/// ever start an attribute the renderer wrote (text and attribute values are escaped),
/// and a tag's first `>` ends it.
fn as_sanitised(html: &str) -> String {
    const START: &str = "<a href=\"";
    let html = if html.contains("style=\"text-align: ") {
        html.replace("style=\"text-align: ", "style=\"text-align:")
    } else {
        html.to_string()
    };
    if !html.contains(START) {
        return html;
    }
    let mut out = String::with_capacity(html.len() + 256);
    let mut rest = html.as_str();
    while let Some(at) = rest.find(START) {
        let Some(close) = rest[at..].find('>') else {
            break;
        };
        let end = at + close;
        out.push_str(&rest[..end]);
        out.push_str(" rel=\"noopener noreferrer\"");
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn valid_attribute(a: &str) -> bool {
    !a.is_empty()
        && a.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && never_allowed_attribute(a).is_none()
}

/// Whether HTML can contain an `img` element: html5ever makes one only of an `<img` or
/// `<image` start tag (any case). A cheap test that spares parsing twice.
fn may_hold_img(html: &str) -> bool {
    html.as_bytes().windows(3).any(|w| {
        w[0] == b'<' && w[1].eq_ignore_ascii_case(&b'i') && w[2].eq_ignore_ascii_case(&b'm')
    })
}

/// Remove tracking pixels from HTML, on its parsed tree. `None`: there were none.
fn drop_tracking_pixels(html: &str) -> Option<String> {
    let mut doc = scraper::Html::parse_fragment(html);
    let pixels: Vec<_> = doc
        .tree
        .nodes()
        .filter(|n| {
            n.value()
                .as_element()
                .is_some_and(|e| e.name() == "img" && is_tracking_pixel(e))
        })
        .map(|n| n.id())
        .collect();
    if pixels.is_empty() {
        return None;
    }
    for id in pixels {
        if let Some(mut node) = doc.tree.get_mut(id) {
            node.detach();
        }
    }
    Some(doc.root_element().inner_html())
}

/// An image nobody is meant to see: 0 or 1 pixel wide or high, or hidden.
fn is_tracking_pixel(img: &scraper::node::Element) -> bool {
    let tiny = |name: &str| {
        img.attr(name)
            .and_then(html_dimension)
            .is_some_and(|px| px <= 1.0)
    };
    img.attr("hidden").is_some()
        || tiny("width")
        || tiny("height")
        || img.attr("style").is_some_and(style_hides)
}

/// An HTML `width`/`height` value in pixels, parsed as browsers do: leading spaces, a
/// number, anything after it ignored (`1px` is 1); a percentage counts only when 0.
fn html_dimension(raw: &str) -> Option<f64> {
    let s = raw.trim_start_matches([' ', '\t', '\n', '\r', '\x0c']);
    let end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.'))
        .map_or(s.len(), |(i, _)| i);
    let value: f64 = s[..end].trim_end_matches('.').parse().ok()?;
    if s[end..].starts_with('%') && value > 0.0 {
        return None;
    }
    Some(value)
}

/// Whether an inline style makes an element (nearly) invisible: `width`/`height` (or
/// their `max-`) at most 1px, 0 in any unit, `display: none`, `visibility: hidden`,
/// `opacity: 0`.
fn style_hides(style: &str) -> bool {
    let mut css = String::with_capacity(style.len());
    let mut rest = style;
    // Comments separate tokens: `wid/**/th` is no property, `width:/**/1px` is 1px.
    while let Some(start) = rest.find("/*") {
        css.push_str(&rest[..start]);
        css.push(' ');
        rest = rest[start + 2..]
            .split_once("*/")
            .map_or("", |(_, after)| after);
    }
    css.push_str(rest);
    let css = css.to_ascii_lowercase();
    css.split(';').any(|decl| {
        let Some((prop, value)) = decl.split_once(':') else {
            return false;
        };
        let value = value.trim().trim_end_matches("!important").trim();
        match prop.trim() {
            "width" | "height" | "max-width" | "max-height" => {
                let num_end = value
                    .char_indices()
                    .find(|&(i, c)| !(c.is_ascii_digit() || c == '.' || (i == 0 && c == '+')))
                    .map_or(value.len(), |(i, _)| i);
                let Ok(n) = value[..num_end].trim_start_matches('+').parse::<f64>() else {
                    return false;
                };
                let unit = value[num_end..].trim();
                n == 0.0 || (n <= 1.0 && matches!(unit, "" | "px"))
            }
            "display" => value == "none",
            "visibility" => matches!(value, "hidden" | "collapse"),
            "opacity" => value.parse::<f64>().is_ok_and(|o| o <= 0.01),
            _ => false,
        }
    })
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

    fn md_with(body: &str, config: &SanitizeConfig) -> String {
        let permalinks = HashMap::new();
        render_with(
            body,
            &LinkContext {
                dir: Path::new("content"),
                permalinks: &permalinks,
            },
            Sanitizer::for_config(config),
        )
        .html
    }

    #[test]
    fn heading_attributes_cannot_add_handlers() {
        // No raw HTML at all: `{…}` heading attributes used to reach the page unsanitised.
        let html = md("## Hello {onmouseover=alert(1) style=\"position:fixed\" #top .big}\n").html;
        assert!(!html.contains("onmouseover"), "{html}");
        assert!(!html.contains("position"), "{html}");
        assert!(
            html.contains("id=\"top\"") && html.contains("class=\"big\""),
            "{html}"
        );
    }

    #[test]
    fn table_alignment_survives_sanitising() {
        let html = md("| a | b |\n|:-:|---|\n| 1 | 2 |\n").html;
        assert!(html.contains("style=\"text-align:center\""), "{html}");
    }

    #[test]
    fn tracking_pixels_are_dropped_other_images_kept() {
        for pixel in [
            r#"<img src="https://t.example/p.gif" width="1" height="1">"#,
            r#"<img src="https://t.example/p.gif" width="0">"#,
            r#"<IMG SRC="https://t.example/p.gif" HEIGHT=" 1px">"#,
            r#"<image src="https://t.example/p.gif" width=1 height=1>"#,
            r#"<img src="https://t.example/p.gif" style="width:1px;height:1px">"#,
            r#"<img src="https://t.example/p.gif" style="WIDTH: 0 !important">"#,
            r#"<img src="https://t.example/p.gif" style="display:none">"#,
            r#"<img src="https://t.example/p.gif" style="visibility: hidden">"#,
            r#"<img src="https://t.example/p.gif" style="opacity:0">"#,
            r#"<img src="https://t.example/p.gif" hidden>"#,
            r#"<a href="https://t.example/"><img src="https://t.example/p.gif" width="1" height="1"></a>"#,
        ] {
            let html = md(&format!("Story text.\n\n{pixel}\n\nMore text.\n")).html;
            assert!(!html.contains("<img"), "{pixel} -> {html}");
            assert!(!html.contains("t.example/p.gif"), "{pixel} -> {html}");
            assert!(
                html.contains("Story text.") && html.contains("More text."),
                "{html}"
            );
        }
        for photo in [
            r#"<img src="https://x.example/a.jpg" width="600" height="400" alt="a">"#,
            r#"<img src="https://x.example/a.jpg" width="100%" alt="a">"#,
            r#"<img src="https://x.example/a.jpg" alt="a">"#,
        ] {
            let html = md(&format!("Text.\n\n{photo}\n")).html;
            assert!(html.contains("x.example/a.jpg"), "{photo} -> {html}");
        }
        // A Markdown image carries no size: kept.
        let html = md("![chart](https://x.example/c.png)\n").html;
        assert!(html.contains("<img"), "{html}");
    }

    #[test]
    fn tracking_pixels_can_be_kept_by_config() {
        let config = SanitizeConfig {
            drop_tracking_pixels: false,
            ..Default::default()
        };
        let html = md_with(
            "<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\">\n",
            &config,
        );
        assert!(html.contains("t.example/p.gif"), "{html}");
    }

    #[test]
    fn dimensions_parse_like_browsers() {
        assert_eq!(html_dimension("1"), Some(1.0));
        assert_eq!(html_dimension("  1px"), Some(1.0));
        assert_eq!(html_dimension("0%"), Some(0.0));
        assert_eq!(html_dimension("50%"), None);
        assert_eq!(html_dimension("1.5"), Some(1.5));
        assert_eq!(html_dimension("auto"), None);
        assert_eq!(html_dimension(""), None);
        assert!(style_hides("width:/**/1px"));
        assert!(style_hides("height : 0em"));
        assert!(!style_hides("width: 1em"));
        assert!(!style_hides("width: 300px; height: 200px"));
        assert!(!style_hides("wid/**/th: 1px"));
    }

    #[test]
    fn unsafe_urls_lose_their_link_in_every_spelling() {
        let s = Sanitizer::builtin();
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "jav\tascript:alert(1)",
            "java\nscript:alert(1)",
            "vbscript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "DATA:image/png;base64,AA",
            "file:///etc/passwd",
        ] {
            assert!(!s.url_allowed(bad), "{bad:?}");
        }
        for good in [
            "https://x.example/a",
            "HTTP://x.example/a",
            "mailto:a@x.example",
            "/articles/x/",
            "#part",
            "other.md",
            "../a/b?c=d:e",
        ] {
            assert!(s.url_allowed(good), "{good:?}");
        }
        let r = md("[a](jav&#x09;ascript:alert(1)) [b](JAVASCRIPT:alert(1)) <javascript:alert(1)>\n\n[c][r] ![d](javascript:alert(1)) ![e](data:image/gif;base64,AA)\n\n[r]: vbscript:x\n");
        // No link or image is left (the autolink's text stays as harmless text)...
        for needle in ["<a", "<img", "href", "src=", "vbscript:", "data:"] {
            assert!(!r.html.contains(needle), "{needle}: {}", r.html);
        }
        // ...and every text does.
        assert_eq!(r.html, "<p>a b javascript:alert(1)</p>\n<p>c d e</p>\n");
    }

    #[test]
    fn one_sanitiser_per_distinct_config() {
        let a = SanitizeConfig::default();
        let b = SanitizeConfig {
            drop_tracking_pixels: false,
            ..Default::default()
        };
        assert!(std::ptr::eq(
            Sanitizer::for_config(&a),
            Sanitizer::builtin()
        ));
        assert!(std::ptr::eq(
            Sanitizer::for_config(&b),
            Sanitizer::for_config(&b.clone())
        ));
        assert!(!std::ptr::eq(
            Sanitizer::for_config(&a),
            Sanitizer::for_config(&b)
        ));
    }

    #[test]
    fn configured_allowlist_applies() {
        let config = SanitizeConfig {
            allow_tags: vec!["video".into()],
            deny_tags: vec!["img".into()],
            allow_attributes: [
                (
                    "video".to_string(),
                    vec!["src".to_string(), "controls".to_string()],
                ),
                ("*".to_string(), vec!["dir".to_string()]),
            ]
            .into(),
            url_schemes: vec!["https".into()],
            drop_tracking_pixels: true,
        };
        let html = md_with(
            "<video src=\"https://v.example/a.mp4\" controls onplay=\"x()\"></video>\n\n<p dir=\"rtl\">\u{5e9}\u{5dc}\u{5d5}\u{5dd}</p>\n\n<img src=\"https://x.example/a.jpg\" alt=\"a\">\n\n[mail](mailto:a@x.example) [web](https://x.example/)\n",
            &config,
        );
        assert!(
            html.contains("<video src=\"https://v.example/a.mp4\" controls"),
            "{html}"
        );
        assert!(!html.contains("onplay"), "{html}");
        assert!(html.contains("dir=\"rtl\""), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(!html.contains("mailto:"), "{html}");
        assert!(html.contains("href=\"https://x.example/\""), "{html}");
    }

    #[test]
    fn never_allowed_holds_for_an_unvalidated_config() {
        // A hand-built config that skipped `Config::parse` validation: no panic (ammonia
        // asserts on some combinations), and the fixed limits still hold.
        let config = SanitizeConfig {
            allow_tags: [
                "script", "style", "iframe", "object", "embed", "form", "svg", "",
            ]
            .map(String::from)
            .to_vec(),
            deny_tags: vec![],
            allow_attributes: [
                (
                    "*".to_string(),
                    ["onclick", "style", "rel", "srcdoc"]
                        .map(String::from)
                        .to_vec(),
                ),
                ("a".to_string(), vec!["rel".to_string(), "ping".to_string()]),
                ("script".to_string(), vec!["src".to_string()]),
            ]
            .into(),
            url_schemes: ["javascript", "data", "https", ""]
                .map(String::from)
                .to_vec(),
            drop_tracking_pixels: true,
        };
        let html = md_with(
            "<script>alert(1)</script><style>*{}</style><iframe src=\"https://e.example\"></iframe>\n<object data=\"x\"></object><embed src=\"x\"><form action=\"https://e.example\"><input name=q></form>\n<svg><script>alert(1)</script></svg><a href=\"javascript:alert(1)\" onclick=\"x()\" style=\"x\" ping=\"https://t.example\">a</a>\n<img src=\"data:image/png;base64,AA\">\n",
            &config,
        );
        let lower = html.to_ascii_lowercase();
        for needle in [
            "<script",
            "<style",
            "<iframe",
            "<object",
            "<embed",
            "<form",
            "<input",
            "<svg",
            "onclick",
            "style=",
            "javascript:",
            "data:",
            "ping=",
            "alert(1)",
        ] {
            assert!(!lower.contains(needle), "{needle}: {html}");
        }
    }

    #[test]
    fn script_text_is_no_summary() {
        let r = md("Hi <script>alert(1)</script> there <style>p{}</style>friend.\n");
        assert_eq!(r.summary, "Hi there friend.");
        assert_eq!(r.words, 3);
        assert_eq!(r.html, "<p>Hi  there friend.</p>\n");
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

    /// A canonical form of an HTML fragment: elements with sorted attributes, and text.
    fn canonical(html: &str) -> String {
        fn walk(node: scraper::ElementRef<'_>, out: &mut String) {
            // `text-align: left` and `text-align:left` are the same style.
            let mut attrs: Vec<_> = node
                .value()
                .attrs()
                .map(|(k, v)| (k, v.replace(": ", ":")))
                .collect();
            attrs.sort();
            out.push_str(&format!("<{}{:?}>", node.value().name(), attrs));
            for child in node.children() {
                if let Some(e) = scraper::ElementRef::wrap(child) {
                    walk(e, out);
                } else if let scraper::Node::Text(t) = child.value() {
                    out.push_str(&t.text);
                }
            }
            out.push_str(&format!("</{}>", node.value().name()));
        }
        let mut out = String::new();
        walk(scraper::Html::parse_fragment(html).root_element(), &mut out);
        out
    }

    /// HTML the renderer wrote itself skips the sanitiser pass: it must come out as the
    /// sanitiser would have made it, for every construct Markdown has.
    #[test]
    fn generated_html_skips_the_sanitiser_unchanged() {
        let mut bodies: Vec<String> = vec![
            "# Title\n\nText with *em*, **strong**, ~~del~~, `code` & \"quotes\" 'single' <tag> &amp; &copy; 5 > 3.\n".into(),
            "[link](https://example.com/a?b=1&c=\"2\" \"a title\") [rel](../other.md) <https://auto.example/x> [mail](mailto:a@b.c) [frag](#x)\n".into(),
            "![alt *text*](/img/a.png \"title\") ![](https://x.example/p.gif)\n".into(),
            "1. one\n2. two\n\n3) three\n   - nested\n   - list\n\n7. seven\n".into(),
            "> quote\n> > nested [a](https://q.example)\n\n---\n\n```rust\nfn main() { println!(\"<b>\"); }\n```\n\n    indented <code>\n".into(),
            "| left | centre | right |\n|:-----|:------:|------:|\n| a | *b* | [c](https://c.example) |\n".into(),
            "Text with a note.[^1] And another.[^n]\n\n[^1]: The note, with [a link](https://n.example).\n[^n]: Second.\n".into(),
            "Line one  \nhard break\\\nand more\n\nPasted line one that is long enough to be treated as a pasted line of text by rule.\nSecond pasted line.\n".into(),
            "## Same\n\n## Same\n\n### Ünïcode heading ✓\n\n#### `code` heading\n".into(),
            "[bad](javascript:alert(1)) ![bad](data:image/png;base64,xx) [ok](http://ok.example/\"><script>)\n".into(),
            "&lt;script&gt;\0 and [a\0link](https://x.example/\0 \"t\0\")\n".into(),
        ];
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/content")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "md") {
                let text = std::fs::read_to_string(&path).unwrap();
                bodies.push(text.splitn(3, "---").nth(2).unwrap_or("").to_string());
            }
        }
        let sanitizer = Sanitizer::builtin();
        let permalinks: HashMap<PathBuf, String> =
            [(PathBuf::from("other.md"), "/articles/other/".to_string())].into();
        let links = LinkContext {
            dir: Path::new("sub"),
            permalinks: &permalinks,
        };
        for body in &bodies {
            let fast = render_with(body, &links, sanitizer).html;
            assert!(!fast.contains("<script"), "{fast}");
            // Through ammonia, as articles with raw HTML go, it would not change.
            let full = sanitizer.ammonia.clean(&fast).to_string();
            assert_eq!(
                canonical(&fast),
                canonical(&full),
                "body:\n{body}\nfast: {fast}\nfull: {full}"
            );
        }
    }
}

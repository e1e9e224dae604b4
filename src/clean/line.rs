//! One line of a body, as the cleaner sees it: its Markdown role, its plain text
//! (markers and link syntax stripped), and its shape.
//!
//! Shape matters as much as wording: boilerplate is mostly short, unpunctuated and
//! link-heavy, while article text is made of sentences. The cleaner only ever looks at
//! `text`; `raw` is what gets kept or removed, byte for byte.

/// The Markdown role of a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Blank,
    /// A paragraph line (plain pasted text or Markdown prose), blockquotes included.
    Text,
    Heading,
    ListItem,
    TableRow,
    /// `---`, `***`, `* * *`: a separator with no content.
    Rule,
    /// Inside a fenced code block, or a fence line itself: never touched.
    Code,
}

use std::borrow::Cow;
use std::sync::LazyLock;

use memchr::memmem::Finder;

// Substring searches that run on every line, built once (building one per call
// costs more than the search on a short line).
static DOUBLE_SPACE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("  "));
static HTTP: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("http"));
static WWW: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("www."));
static SCHEME_SEP: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("://"));

fn contains(needle: &Finder, haystack: &[u8]) -> bool {
    needle.find(haystack).is_some()
}

/// A line with the features the rules and the run logic need.
#[derive(Debug, Clone)]
pub(crate) struct Line<'a> {
    /// The line as written, without its trailing `\r`.
    pub raw: &'a str,
    pub kind: Kind,
    /// Plain text: Markdown markers, emphasis and link syntax removed, trimmed.
    /// Borrowed from `raw` when nothing had to be removed (most lines).
    pub text: Cow<'a, str>,
    pub words: usize,
    /// A sentence (ends like one, has lower-case words) or long enough to be prose anyway.
    pub prose: bool,
    /// The line is nothing but one or more links / URLs.
    pub linkish: bool,
}

/// What [`analyse`] finds on a line, apart from the line itself: kept to rebuild
/// the same [`Line`] for the same text without analysing it again.
pub(crate) struct Shape {
    kind: Kind,
    text: ShapeText,
    words: usize,
    prose: bool,
    linkish: bool,
}

enum ShapeText {
    /// A stretch of the line, as a byte range.
    Within(usize, usize),
    /// Markdown removed from within the line.
    Owned(Box<str>),
}

impl Shape {
    pub fn of(l: &Line) -> Shape {
        let text = match &l.text {
            Cow::Borrowed(t) => {
                let start = (t.as_ptr() as usize).wrapping_sub(l.raw.as_ptr() as usize);
                if start <= l.raw.len() && t.len() <= l.raw.len() - start {
                    ShapeText::Within(start, start + t.len())
                } else {
                    ShapeText::Owned((*t).into())
                }
            }
            Cow::Owned(t) => ShapeText::Owned(t.as_str().into()),
        };
        Shape {
            kind: l.kind,
            text,
            words: l.words,
            prose: l.prose,
            linkish: l.linkish,
        }
    }

    /// The line `raw` is, `raw` being the text this shape was taken from.
    pub fn line<'a>(&self, raw: &'a str) -> Line<'a> {
        Line {
            raw,
            kind: self.kind,
            text: match &self.text {
                ShapeText::Within(s, e) => Cow::Borrowed(&raw[*s..*e]),
                ShapeText::Owned(t) => Cow::Owned(t.to_string()),
            },
            words: self.words,
            prose: self.prose,
            linkish: self.linkish,
        }
    }
}

impl Line<'_> {
    /// Not prose and not blank: labels, menus, addresses, headlines, credits.
    pub fn fragment(&self) -> bool {
        !self.prose && !matches!(self.kind, Kind::Blank | Kind::Code)
    }

    /// Headings, list items and table rows belong to the article unless a line has
    /// strong evidence of its own (or sits in a list under a "Related" heading).
    pub fn structural(&self) -> bool {
        matches!(self.kind, Kind::Heading | Kind::ListItem | Kind::TableRow)
    }
}

/// Lines longer than this are prose whatever their punctuation.
pub(crate) const LONG_LINE_WORDS: usize = 25;

/// Split a body into analysed lines, tracking fenced code blocks. (Cleaning does
/// this through `rules::split_and_detect`, which remembers lines it has seen.)
#[cfg(test)]
pub(crate) fn split(body: &str) -> Vec<Line<'_>> {
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', body.as_bytes()).count() + 1);
    for_each_line(body, |raw, code| {
        out.push(if code { code_line(raw) } else { analyse(raw) })
    });
    out
}

/// The plain text of every line that learning remembers (not blank, code or a
/// separator), exactly as [`analyse`] would give it up to whitespace, which
/// [`normalise`] folds anyway. Cheaper than [`split`]: no shape is measured.
pub(crate) fn for_each_text(body: &str, mut f: impl FnMut(&str)) {
    for_each_line(body, |raw, code| {
        if code {
            return;
        }
        if let Some(block) = block_text(raw) {
            let (stripped, _, _) = strip_inline(block.text);
            f(stripped.trim());
        }
    });
}

/// Call `f` with each line (without its `\r`) and whether it is inside, or is, a
/// fence of a fenced code block.
pub(crate) fn for_each_line<'a>(body: &'a str, mut f: impl FnMut(&'a str, bool)) {
    let mut fence: Option<(char, usize)> = None;
    // `split('\n')` yields a final empty piece for a body ending in a newline; it is
    // not a line of its own.
    let body = body.strip_suffix('\n').unwrap_or(body);
    let ends = memchr::memchr_iter(b'\n', body.as_bytes()).chain([body.len()]);
    let mut start = 0;
    for end in ends {
        let raw = &body[start..end];
        start = end + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = raw.trim_start();
        let indent = raw.len() - trimmed.len();
        let opener = if indent <= 3 {
            fence_marker(trimmed)
        } else {
            None
        };
        if let Some((ch, len)) = fence {
            // Closing fence: same character, at least as long, nothing after it.
            if let Some((c, l)) = opener {
                if c == ch && l >= len && trimmed[l..].trim().is_empty() {
                    fence = None;
                }
            }
            f(raw, true);
            continue;
        }
        if let Some(marker) = opener {
            fence = Some(marker);
            f(raw, true);
            continue;
        }
        f(raw, false);
    }
}

pub(crate) fn code_line(raw: &str) -> Line<'_> {
    Line {
        raw,
        kind: Kind::Code,
        text: Cow::Borrowed(""),
        words: 0,
        prose: false,
        linkish: false,
    }
}

fn fence_marker(s: &str) -> Option<(char, usize)> {
    let ch = s.chars().next()?;
    if ch != '`' && ch != '~' {
        return None;
    }
    let len = s.chars().take_while(|&c| c == ch).count();
    (len >= 3).then_some((ch, len))
}

/// A line's Markdown role and its inline content (block markers removed).
struct Block<'a> {
    kind: Kind,
    text: &'a str,
}

/// The role of a line outside code fences; `None` for a blank line or a separator.
fn block_text(raw: &str) -> Option<Block<'_>> {
    let mut s = raw.trim();
    if s.is_empty() || is_rule(s) {
        return None;
    }
    // Blockquote markers: the quoted text is judged like any other line.
    while let Some(rest) = s.strip_prefix('>') {
        s = rest.trim_start();
    }
    let mut kind = Kind::Text;
    if let Some(rest) = strip_heading(s) {
        kind = Kind::Heading;
        s = rest;
    } else if let Some(rest) = strip_list_marker(s) {
        kind = Kind::ListItem;
        s = rest;
    } else if s.starts_with('|') {
        kind = Kind::TableRow;
    }
    Some(Block { kind, text: s })
}

/// Analyse one line outside code fences.
pub(crate) fn analyse(raw: &str) -> Line<'_> {
    let Some(block) = block_text(raw) else {
        let kind = if raw.trim().is_empty() {
            Kind::Blank
        } else {
            Kind::Rule
        };
        return Line {
            raw,
            kind,
            text: Cow::Borrowed(""),
            words: 0,
            prose: false,
            linkish: false,
        };
    };
    let (text, linkish, words) = inline_text(block.text);
    let prose = is_prose(&text, words);
    Line {
        raw,
        kind: block.kind,
        text,
        words,
        prose,
        linkish,
    }
}

fn is_rule(s: &str) -> bool {
    let mut chars = s.chars().filter(|c| !c.is_whitespace());
    let Some(first) = chars.next() else {
        return false;
    };
    if !matches!(first, '-' | '*' | '_' | '•' | '·' | '=' | '~') {
        return false;
    }
    let mut n = 1;
    for c in chars {
        if c != first {
            return false;
        }
        n += 1;
    }
    n >= 3
}

fn strip_heading(s: &str) -> Option<&str> {
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&hashes) {
        return None;
    }
    let rest = &s[hashes..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    Some(rest.trim().trim_end_matches('#').trim_end())
}

fn strip_list_marker(s: &str) -> Option<&str> {
    let rest = if let Some(r) = s.strip_prefix(['-', '*', '+', '•']) {
        r
    } else {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || digits > 3 {
            return None;
        }
        s[digits..].strip_prefix(['.', ')'])?
    };
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim_start();
    let rest = ["[ ] ", "[x] ", "[X] "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))
        .unwrap_or(rest);
    Some(rest)
}

/// Inline Markdown to plain text: `[text](url)` → `text`, `![alt](url)` → `alt`,
/// `<https://…>` → the URL, emphasis and code markers dropped. Also reports whether
/// the line is nothing but links.
pub(crate) fn inline_text(s: &str) -> (Cow<'_, str>, bool, usize) {
    let (stripped, link_chars, links) = strip_inline(s);
    // Collapse whitespace only when there is something to collapse.
    let t_start = stripped.len() - stripped.trim_start().len();
    let t_len = stripped.trim().len();
    // The line is messy with doubled spaces, tabs, line breaks or 0xC2 (the lead byte
    // of a no-break space). Otherwise its words are its spaces plus one: it is trimmed.
    let t = &stripped.as_bytes()[t_start..t_start + t_len];
    let messy = contains(&DOUBLE_SPACE, t)
        || memchr::memchr3(b'\t', b'\r', b'\n', t).is_some()
        || memchr::memchr(0xC2, t).is_some();
    let mut words = if t.is_empty() {
        0
    } else {
        1 + memchr::memchr_iter(b' ', t).count()
    };
    let text: Cow<str> = if messy {
        let t = stripped.trim();
        words = t.split_whitespace().count();
        t.split_whitespace().collect::<Vec<_>>().join(" ").into()
    } else {
        match stripped {
            Cow::Borrowed(b) => Cow::Borrowed(&b[t_start..t_start + t_len]),
            Cow::Owned(mut o) => {
                o.truncate(t_start + t_len);
                o.drain(..t_start);
                Cow::Owned(o)
            }
        }
    };
    // Bare URLs count as link text too. A word that may be a URL starts with `h`,
    // `w`, or an opening bracket or quote.
    let url_start = |b: u8| matches!(b, b'h' | b'w' | b'(' | b'<' | b'"' | b'\'');
    let has_url = |t: &[u8]| {
        (contains(&HTTP, t) || contains(&WWW, t))
            && (messy
                || t.first().is_some_and(|&b| url_start(b))
                || t.windows(2).any(|w| w[0] == b' ' && url_start(w[1])))
    };
    let url_chars: usize = if has_url(text.as_bytes()) {
        text.split_whitespace()
            .filter(|w| is_url(w))
            .map(str::len)
            .sum()
    } else {
        0
    };
    let total = text.len();
    let linked = link_chars + url_chars;
    let linkish = total > 0 && (links > 0 || url_chars > 0) && linked * 10 >= total * 8;
    (text, linkish, words)
}

/// Inline Markdown markers removed: `[text](url)` → `text`, `![alt](url)` → `alt`,
/// `<https://…>` → the URL, emphasis and code markers dropped. Also counts the links
/// and the bytes of their text. Borrows when there is nothing to remove.
fn strip_inline(s: &str) -> (Cow<'_, str>, usize, usize) {
    let mut link_chars = 0usize;
    let mut links = 0usize;
    let mut markers = Markers::new(s.as_bytes());
    let Some(first) = markers.next(0) else {
        return (s.into(), 0, 0);
    };
    let mut out = String::with_capacity(s.len());
    // `done`: the bytes of `s` before it are handled; `at`: the next marker.
    let mut done = 0;
    let mut at = first;
    loop {
        out.push_str(&s[done..at]);
        let tail = &s[at..];
        done = match tail.as_bytes()[0] {
            b'[' => match md_link(tail) {
                Some((label, used)) => {
                    let label = label.trim();
                    out.push_str(label);
                    link_chars += label.len().max(1);
                    links += 1;
                    at + used
                }
                None => {
                    out.push('[');
                    at + 1
                }
            },
            b'<' => match autolink(tail) {
                Some((inner, used)) => {
                    out.push_str(inner);
                    link_chars += inner.len();
                    links += 1;
                    at + used
                }
                None => {
                    out.push('<');
                    at + 1
                }
            },
            // Only `__` is emphasis worth removing; single underscores live in
            // handles and URLs.
            b'_' if tail.starts_with("__") => at + 2,
            b'_' => {
                out.push('_');
                at + 1
            }
            // `*` and backticks are emphasis / code markers.
            _ => at + 1,
        };
        match markers.next(done) {
            Some(next) => at = next,
            None => break,
        }
    }
    out.push_str(&s[done..]);
    (out.into(), link_chars, links)
}

/// `<https://…>`, `<http://…>` or `<mailto:…>` at the start of `s`: the address and
/// the number of bytes consumed.
fn autolink(s: &str) -> Option<(&str, usize)> {
    let end = s.find('>')?;
    let inner = &s[1..end];
    (inner.starts_with("http://") || inner.starts_with("https://") || inner.starts_with("mailto:"))
        .then_some((inner, end + 1))
}

/// Finds the inline Markdown markers `[ < * _` and backtick, with memchr's vectorised
/// searches; each search's next hit is kept, so a line is scanned once per search.
struct Markers<'a> {
    bytes: &'a [u8],
    /// Next `[`, `*` or `_` at or after the last position asked (`usize::MAX`: none).
    next3: usize,
    /// Next `<` or backtick.
    next2: usize,
}

impl<'a> Markers<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Markers {
            bytes,
            next3: memchr::memchr3(b'[', b'*', b'_', bytes).unwrap_or(usize::MAX),
            next2: memchr::memchr2(b'<', b'`', bytes).unwrap_or(usize::MAX),
        }
    }

    /// The first marker at or after `from`.
    fn next(&mut self, from: usize) -> Option<usize> {
        let tail = self.bytes.get(from..).unwrap_or_default();
        if self.next3 < from {
            self.next3 = memchr::memchr3(b'[', b'*', b'_', tail).map_or(usize::MAX, |p| p + from);
        }
        if self.next2 < from {
            self.next2 = memchr::memchr2(b'<', b'`', tail).map_or(usize::MAX, |p| p + from);
        }
        let next = self.next3.min(self.next2);
        (next != usize::MAX).then_some(next)
    }
}

/// `[label](dest)` or `![alt](dest)` at the start of `s`; returns the label and the
/// number of bytes consumed.
fn md_link(s: &str) -> Option<(&str, usize)> {
    let close = s.find("](")?;
    let label = &s[1..close];
    if label.contains(['[', ']']) && !label.starts_with('!') {
        // Nested brackets: an image inside a link, e.g. `[![alt](img)](url)`.
        let inner = label
            .strip_prefix("![")
            .and_then(|l| l.split(']').next())
            .unwrap_or(label);
        let end = s[close + 2..].find(')')? + close + 3;
        return Some((inner, end));
    }
    let end = s[close + 2..].find(')')? + close + 3;
    Some((label.trim_start_matches('!'), end))
}

pub(crate) fn is_url(w: &str) -> bool {
    let w = w.trim_matches(|c: char| matches!(c, '(' | ')' | '<' | '>' | ',' | '.' | '"' | '\''));
    w.starts_with("http://") || w.starts_with("https://") || w.starts_with("www.")
}

/// A sentence ends like one and has lower-case words; long lines are prose anyway.
fn is_prose(text: &str, words: usize) -> bool {
    if words >= LONG_LINE_WORDS {
        return true;
    }
    if words < 4 {
        return false;
    }
    let end = text.trim_end_matches(|c: char| {
        matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '*' | '_')
    });
    // A colon ends a sentence that introduces a list ("The measures include:"), but
    // also labels ("Share this article:"), which are shorter.
    let terminal = end.ends_with(['.', '!', '?', '…', '。']) || (words >= 5 && end.ends_with(':'));
    if !terminal {
        return false;
    }
    text.split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .nth(1)
        .is_some()
}

/// Positions (byte ranges) of quotations in `text`, so that a boilerplate formula
/// quoted inside an article sentence is not mistaken for the real thing.
pub(crate) fn quoted_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    if !text.contains(['"', '\'', '“', '«', '„', '‘']) {
        return spans;
    }
    let mut open: Option<(usize, char)> = None;
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        match open {
            None => {
                let opens = match c {
                    '"' | '“' | '«' | '„' => true,
                    '‘' => true,
                    '\'' => {
                        prev.is_none_or(|p| p.is_whitespace() || p == '(')
                            && next.is_some_and(char::is_alphanumeric)
                    }
                    _ => false,
                };
                if opens {
                    open = Some((i, c));
                }
            }
            Some((start, o)) => {
                let closes = match o {
                    '"' => c == '"' || c == '”',
                    '“' => c == '”' || c == '"',
                    '„' => c == '“' || c == '”',
                    '«' => c == '»',
                    '‘' => c == '’' && !next.is_some_and(char::is_alphanumeric),
                    '\'' => c == '\'' && !next.is_some_and(char::is_alphanumeric),
                    _ => false,
                };
                if closes {
                    spans.push((start, i + c.len_utf8()));
                    open = None;
                }
            }
        }
        prev = Some(c);
    }
    if let Some((start, _)) = open {
        // An unclosed quote runs to the end of the line.
        spans.push((start, text.len()));
    }
    spans
}

pub(crate) fn in_spans(spans: &[(usize, usize)], pos: usize) -> bool {
    spans.iter().any(|&(s, e)| pos > s && pos < e)
}

/// The whole line is one quotation (a promo blurb pasted in quotes, for instance).
pub(crate) fn wholly_quoted(text: &str) -> bool {
    let first = text.chars().next();
    let last = text.trim_end_matches(['.', ',', '!', '?']).chars().last();
    matches!(first, Some('"' | '“' | '«' | '„')) && matches!(last, Some('"' | '”' | '»' | '“')) && {
        let spans = quoted_spans(text);
        spans.len() == 1 && spans[0].0 == 0 && spans[0].1 + 3 >= text.len()
    }
}

/// A quotation followed by nothing but its source, in brackets or after a dash:
/// `«Iscriviti alla newsletter, è gratis!» (libreria Tomasoni, 2003)`, `"Follow us for
/// more" — campaign poster, 2019`. Someone's words, as an article lists them.
pub(crate) fn quotation_with_source(text: &str) -> bool {
    if !text.starts_with(['"', '“', '«', '„']) {
        return false;
    }
    let spans = quoted_spans(text);
    let Some(&(0, end)) = spans.first() else {
        return false;
    };
    let after = text[end..]
        .trim_start_matches([',', ' '])
        .trim_end_matches(['.', ' ']);
    let source = match after.strip_prefix('(') {
        Some(s) => s.strip_suffix(')'),
        None => after.strip_prefix(['—', '–', '-']),
    };
    source.is_some_and(|s| {
        (1..=10).contains(&s.split_whitespace().count()) && !s.contains(['.', '!', '?', ':'])
    })
}

/// How many sentences `text` holds: ends of sentences (`.`, `!`, `?`, `…`, maybe
/// followed by a closing quote or bracket) followed by a space and a word that starts
/// like a sentence (a capital or an opening quote), plus one. "Feb. 9" and "e.g. the"
/// do not split; "U.S. Senate" does, which only errs towards prose.
pub(crate) fn sentence_count(text: &str) -> usize {
    let b = text.as_bytes();
    let mut n = 1;
    let mut i = 0;
    while let Some(p) = b[i..]
        .iter()
        .position(|&c| matches!(c, b'.' | b'!' | b'?' | 0xE2))
    {
        let mut j = i + p;
        i = j + 1;
        if b[j] == 0xE2 {
            // '…' is E2 80 A6; other E2 sequences are quotes and dashes.
            if b.get(j + 1..j + 3) != Some(&[0x80, 0xA6][..]) {
                continue;
            }
            j += 2;
        }
        let rest = &text[j + 1..];
        let rest = rest.trim_start_matches(['"', '\'', '”', '’', ')', ']', '»', '*', '_']);
        let Some(after) = rest.strip_prefix(' ') else {
            continue;
        };
        if after
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || matches!(c, '"' | '“' | '‘' | '«'))
        {
            n += 1;
        }
    }
    n
}

/// Byte offsets where a sentence or a menu segment starts (always includes 0),
/// appended to `starts`.
pub(crate) fn segment_starts(text: &str, starts: &mut Vec<usize>) {
    let first = starts.len();
    starts.push(0);
    let b = text.as_bytes();
    for i in 0..b.len() {
        // A sentence or segment end: `. ! ? | :`, `·` (C2 B7), `»` (C2 BB), `•` (E2 80
        // A2), `…` (E2 80 A6), `›` (E2 80 BA) or `▸` (E2 96 B8), or a slash between spaces (the two languages of a bilingual
        // label: "DARLLENWCH HEFYD / READ MORE: …"); byte by byte, so no character is
        // decoded.
        let end = match b[i] {
            b'.' | b'!' | b'?' | b'|' | b':' => 1,
            b'/' if i > 0 && b[i - 1] == b' ' => 1,
            0xC2 if matches!(b.get(i + 1), Some(0xB7 | 0xBB)) => 2,
            0xE2 if b.get(i + 1) == Some(&0x80)
                && matches!(b.get(i + 2), Some(0xA2 | 0xA6 | 0xBA)) =>
            {
                3
            }
            0xE2 if b.get(i + 1) == Some(&0x96) && b.get(i + 2) == Some(&0xB8) => 3,
            _ => continue,
        };
        // Followed by whitespace: the next segment starts at the next word.
        let rest = &text[i + end..];
        if !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let j = i + end + rest.len() - rest.trim_start().len();
        if j < b.len() && starts[first..].last() != Some(&j) {
            starts.push(j);
        }
    }
}

/// The line reduced to a bare label: surrounding punctuation, bullets and brackets
/// trimmed, for whole-line matches like "Advertisement" or "— Related —".
pub(crate) fn label(text: &str) -> &str {
    text.trim_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                ':' | ';'
                    | ','
                    | '.'
                    | '!'
                    | '|'
                    | '·'
                    | '•'
                    | '*'
                    | '_'
                    | '#'
                    | '>'
                    | '<'
                    | '-'
                    | '–'
                    | '—'
                    | '['
                    | ']'
                    | '('
                    | ')'
                    | '{'
                    | '}'
                    | '"'
                    | '\''
                    | '“'
                    | '”'
                    | '‘'
                    | '’'
                    | '«'
                    | '»'
                    | '›'
                    | '‹'
                    | '/'
                    | '\\'
                    | '='
                    | '~'
                    | '+'
                    | '▶'
                    | '►'
                    | '⟩'
            )
            || is_pictograph(c)
    })
}

/// Emoji and pictographs that decorate labels ("💬 23 comments", "📌 Pin it", "⏱ 3
/// min"): the arrows, technical symbols, dingbats and symbol blocks, and the emoji
/// planes.
pub(crate) fn is_pictograph(c: char) -> bool {
    matches!(c, '\u{2190}'..='\u{21FF}' | '\u{2300}'..='\u{23FF}' | '\u{2600}'..='\u{27BF}' | '\u{27F0}'..='\u{27FF}' | '\u{2900}'..='\u{297F}' | '\u{2B00}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{FE0F}')
}

/// An ASCII whitespace byte (vertical tab included). Like Unicode whitespace, each
/// breaks words in [`normalise`], so a line normalises the same with its whitespace
/// collapsed.
fn word_break(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r')
}

/// Normalised form for repetition across articles: case, whitespace, digits, URLs,
/// quotes and dashes folded, so "© 2024 X" and "© 2025 X" count as one line.
/// One pass over the bytes; this runs for every line of every article.
pub(crate) fn normalise(text: &str, out: &mut String) {
    out.clear();
    // The normalised line is rarely longer than the line: one allocation at most.
    out.reserve(text.len() + 8);
    // Fast path (most lines): ASCII, single spaces, no URL. Copy the stretches between
    // digit runs, then lower-case the whole buffer at once.
    let bytes = text.as_bytes();
    // Non-ASCII bytes or whitespace other than single spaces take the slow path: one
    // branch-free pass, which the compiler vectorises.
    let unusual = bytes.iter().fold(false, |acc, &b| {
        acc | (b >= 0x80) | (b != b' ' && word_break(b))
    });
    if !unusual
        && !contains(&DOUBLE_SPACE, bytes)
        && !contains(&SCHEME_SEP, bytes)
        && !contains(&WWW, bytes)
    {
        if !bytes.iter().fold(false, |acc, b| acc | b.is_ascii_digit()) {
            out.push_str(text.trim_matches(' '));
            out.make_ascii_lowercase();
            return;
        }
        let mut i = 0;
        while i < bytes.len() {
            let next_digit = bytes[i..]
                .iter()
                .position(u8::is_ascii_digit)
                .map_or(bytes.len(), |p| i + p);
            out.push_str(&text[i..next_digit]);
            if next_digit == bytes.len() {
                break;
            }
            out.push('0');
            i = next_digit
                + bytes[next_digit..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        while out.starts_with(' ') {
            out.remove(0);
        }
        out.make_ascii_lowercase();
        return;
    }
    let mut i = 0;
    let mut in_digits = false;
    let mut word_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if word_break(b) {
            if !word_start && !out.is_empty() {
                out.push(' ');
            }
            word_start = true;
            in_digits = false;
            i += 1;
            continue;
        }
        if word_start {
            word_start = false;
            let rest = &bytes[i..];
            let rest = rest
                .strip_prefix(b"(")
                .or_else(|| rest.strip_prefix(b"<"))
                .unwrap_or(rest);
            if rest.starts_with(b"http://")
                || rest.starts_with(b"https://")
                || rest.starts_with(b"www.")
            {
                out.push_str("<url>");
                // The URL runs to the next whitespace, Unicode included.
                i += text[i..]
                    .find(char::is_whitespace)
                    .unwrap_or(text.len() - i);
                continue;
            }
        }
        if b.is_ascii_digit() {
            if !in_digits {
                out.push('0');
            }
            in_digits = true;
            i += 1;
            continue;
        }
        in_digits = false;
        if b.is_ascii() {
            out.push(b.to_ascii_lowercase() as char);
            i += 1;
            continue;
        }
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        match c {
            '‘' | '’' | '′' | '´' => out.push('\''),
            '“' | '”' | '„' | '«' | '»' => out.push('"'),
            '‐' | '‑' | '‒' | '–' | '—' | '―' | '−' => out.push('-'),
            c if c.is_whitespace() => {
                if !out.is_empty() && !out.ends_with(' ') {
                    out.push(' ');
                }
                word_start = true;
            }
            _ => out.extend(c.to_lowercase()),
        }
    }
    if out.ends_with(' ') {
        out.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_roles() {
        let cases = [
            ("", Kind::Blank),
            ("## What changes", Kind::Heading),
            ("- item", Kind::ListItem),
            ("12. item", Kind::ListItem),
            ("| a | b |", Kind::TableRow),
            ("---", Kind::Rule),
            ("* * *", Kind::Rule),
            ("> quoted text", Kind::Text),
            ("#hashtag", Kind::Text),
            ("-5 degrees overnight", Kind::Text),
        ];
        for (raw, kind) in cases {
            assert_eq!(analyse(raw).kind, kind, "{raw:?}");
        }
    }

    #[test]
    fn fences_are_code() {
        let lines = split("a\n```\n© 2025 x\n```\nb\n");
        let kinds: Vec<_> = lines.iter().map(|l| l.kind).collect();
        assert_eq!(
            kinds,
            [Kind::Text, Kind::Code, Kind::Code, Kind::Code, Kind::Text]
        );
    }

    #[test]
    fn inline_links_become_text() {
        let l = analyse("- [Grid operators brace](https://x.example/a)");
        assert_eq!(l.text, "Grid operators brace");
        assert!(l.linkish);
        let l = analyse("See **this** and [that](u) today.");
        assert_eq!(l.text, "See this and that today.");
        assert!(!l.linkish);
        assert!(analyse("https://example.org/").linkish);
    }

    #[test]
    fn prose_shape() {
        assert!(analyse("The race takes place on the first Sunday of May.").prose);
        assert!(!analyse("DE 19901, USA").prose);
        assert!(!analyse("Markets & Policy · Storage").prose);
        assert!(!analyse("By Perry Bacon Jr.").prose);
    }

    #[test]
    fn sentences() {
        assert_eq!(sentence_count("One. Two! Three? \"Four.\" Five… Six"), 6);
        assert_eq!(sentence_count("On Feb. 9 the board met. It agreed."), 2);
        assert_eq!(sentence_count("Prices rose, e.g. for bread."), 1);
        assert_eq!(sentence_count("No end here"), 1);
        assert_eq!(sentence_count("He said “no.” Then left."), 2);
    }

    #[test]
    fn quotes() {
        let t = r#"a notice reading "All rights reserved. No part" was"#;
        let pos = t.find("All").unwrap_or(0);
        assert!(in_spans(&quoted_spans(t), pos));
        assert!(wholly_quoted(
            "\"We bring stories to the page. Our magazine inspires.\""
        ));
        assert!(!wholly_quoted("\"We will,\" she said."));
        let t = "People don't read 'all rights reserved' as";
        assert!(in_spans(&quoted_spans(t), t.find("all").unwrap_or(0)));
    }

    /// Learning reads lines through `for_each_text`, cleaning through `split`: both
    /// must normalise to the same key, or repetition would never be found.
    #[test]
    fn learning_and_cleaning_see_the_same_text() {
        const PIECES: &[&str] = &[
            "Follow",
            "us",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\r",
            "\u{b}",
            "\u{c}",
            "**",
            "*",
            "__",
            "_",
            "`",
            "[",
            "]",
            "(",
            ")",
            "](",
            "[link](https://x.example/a)",
            "![img](i.png)",
            "<https://x.example>",
            "<b>",
            "https://y.example/1",
            "www.z.example",
            "©",
            "2025",
            "–",
            "—",
            "“",
            "”",
            "’",
            "É",
            "ß",
            "#",
            "## ",
            "- ",
            "> ",
            "1. ",
            "|",
            ".",
            ":",
        ];
        let mut next = crate::clean::xorshift(0x2545_f491_4f6c_dd1du64);
        let (mut a, mut b) = (String::new(), String::new());
        for _ in 0..20_000 {
            let len = next() % 12;
            let line: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let mut learned = Vec::new();
            for_each_text(&line, |t| {
                normalise(t, &mut a);
                learned.push(a.clone());
            });
            let cleaned: Vec<String> = split(&line)
                .iter()
                .filter(|l| !matches!(l.kind, Kind::Blank | Kind::Code | Kind::Rule))
                .map(|l| {
                    normalise(&l.text, &mut b);
                    b.clone()
                })
                .collect();
            assert_eq!(learned, cleaned, "{line:?}");
        }
    }

    #[test]
    fn normalisation() {
        let mut a = String::new();
        let mut b = String::new();
        normalise("Copyright Ⓒ 2022 – 2025 X. See https://x.example/1", &mut a);
        normalise(
            "copyright Ⓒ 2021 — 2024   x. See https://x.example/2",
            &mut b,
        );
        assert_eq!(a, b);
    }
}

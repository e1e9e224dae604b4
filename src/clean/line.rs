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

/// Split a body into analysed lines, tracking fenced code blocks.
pub(crate) fn split(body: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut fence: Option<(char, usize)> = None;
    for raw in body.split('\n') {
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
            out.push(code_line(raw));
            continue;
        }
        if let Some(f) = opener {
            fence = Some(f);
            out.push(code_line(raw));
            continue;
        }
        out.push(analyse(raw));
    }
    // `split('\n')` yields a final empty piece for a body ending in a newline; it is
    // not a line of its own.
    if body.ends_with('\n') {
        out.pop();
    }
    out
}

fn code_line(raw: &str) -> Line<'_> {
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

/// Analyse one line outside code fences.
pub(crate) fn analyse(raw: &str) -> Line<'_> {
    let mut s = raw.trim();
    if s.is_empty() {
        return Line {
            raw,
            kind: Kind::Blank,
            text: Cow::Borrowed(""),
            words: 0,
            prose: false,
            linkish: false,
        };
    }
    if is_rule(s) {
        return Line {
            raw,
            kind: Kind::Rule,
            text: Cow::Borrowed(""),
            words: 0,
            prose: false,
            linkish: false,
        };
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
    let (text, linkish, words) = inline_text(s);
    let prose = is_prose(&text, words);
    Line {
        raw,
        kind,
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
    let mut link_chars = 0usize;
    let mut links = 0usize;
    // No early exit: a branch-free scan of the whole line is faster than stopping early.
    let marked = s.bytes().fold(false, |acc, b| {
        acc | matches!(b, b'[' | b'<' | b'*' | b'`' | b'_')
    });
    let stripped: Cow<str> = if marked {
        let mut out = String::with_capacity(s.len());
        let mut rest = s;
        while let Some(i) = rest
            .bytes()
            .position(|b| matches!(b, b'[' | b'<' | b'*' | b'`' | b'_'))
        {
            out.push_str(&rest[..i]);
            let tail = &rest[i..];
            match tail.as_bytes()[0] {
                b'[' => {
                    if let Some((label, used)) = md_link(tail) {
                        let label = label.trim();
                        out.push_str(label);
                        link_chars += label.len().max(1);
                        links += 1;
                        rest = &tail[used..];
                        continue;
                    }
                    out.push('[');
                    rest = &tail[1..];
                }
                b'<' => {
                    if let Some(end) = tail.find('>') {
                        let inner = &tail[1..end];
                        if inner.starts_with("http://")
                            || inner.starts_with("https://")
                            || inner.starts_with("mailto:")
                        {
                            out.push_str(inner);
                            link_chars += inner.len();
                            links += 1;
                            rest = &tail[end + 1..];
                            continue;
                        }
                    }
                    out.push('<');
                    rest = &tail[1..];
                }
                b'_' => {
                    // Only `__` is emphasis worth removing; single underscores live in
                    // handles and URLs.
                    if let Some(after) = tail.strip_prefix("__") {
                        rest = after;
                    } else {
                        out.push('_');
                        rest = &tail[1..];
                    }
                }
                // `*` and backticks are emphasis / code markers.
                _ => rest = &tail[1..],
            }
        }
        out.push_str(rest);
        out.into()
    } else {
        s.into()
    };
    // Collapse whitespace only when there is something to collapse.
    let t_start = stripped.len() - stripped.trim_start().len();
    let t_len = stripped.trim().len();
    // Words are runs of non-spaces; the line is messy with doubled spaces, tabs or
    // 0xC2 (the lead byte of a no-break space); a word starting with `h`, `w`, or an
    // opening bracket or quote may be a URL. Each is a separate branch-free pass over
    // (previous byte, byte) pairs, which the compiler vectorises.
    let t = &stripped.as_bytes()[t_start..t_start + t_len];
    let pairs = || t.iter().zip(t.get(1..).unwrap_or_default());
    let first_word = t.first().is_some_and(|&b| b != b' ');
    let mut words = usize::from(first_word)
        + pairs()
            .map(|(&p, &c)| usize::from((p == b' ') & (c != b' ')))
            .sum::<usize>();
    let messy = pairs().fold(false, |acc, (&p, &c)| acc | ((p == b' ') & (c == b' ')))
        || t.iter().fold(false, |acc, &b| {
            acc | matches!(b, b'\t' | b'\r' | b'\n' | 0xC2)
        });
    let url_start = |b: u8| matches!(b, b'h' | b'w' | b'(' | b'<' | b'"' | b'\'');
    let maybe_url = t.first().is_some_and(|&b| url_start(b))
        || pairs().fold(false, |acc, (&p, &c)| acc | ((p == b' ') & url_start(c)));
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
    // Bare URLs count as link text too.
    let url_chars: usize =
        if (messy || maybe_url) && (text.contains("http") || text.contains("www.")) {
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

/// Byte offsets where a sentence or a menu segment starts (always includes 0).
pub(crate) fn segment_starts(text: &str) -> Vec<usize> {
    let mut starts = vec![0];
    let b = text.as_bytes();
    let mut prev_end = false;
    for (i, c) in text.char_indices() {
        if prev_end && c.is_whitespace() {
            // Skip the whitespace to the next word.
            let j = i + text[i..].len() - text[i..].trim_start().len();
            if j < b.len() && *starts.last().unwrap_or(&0) != j {
                starts.push(j);
            }
        }
        prev_end = matches!(c, '.' | '!' | '?' | '|' | '·' | '•' | '…' | ':');
    }
    starts
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
                    | '→'
                    | '⟩'
            )
    })
}

/// Normalised form for repetition across articles: case, whitespace, digits, URLs,
/// quotes and dashes folded, so "© 2024 X" and "© 2025 X" count as one line.
/// One pass over the bytes; this runs for every line of every article.
pub(crate) fn normalise(text: &str, out: &mut String) {
    out.clear();
    // Fast path (most lines): ASCII, single spaces, no URL. Copy the stretches between
    // digit runs, then lower-case the whole buffer at once.
    if text.is_ascii()
        && !text.contains("  ")
        && !text.contains('\t')
        && !text.contains("://")
        && !text.contains("www.")
    {
        let bytes = text.as_bytes();
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
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut in_digits = false;
    let mut word_start = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b' ' || b == b'\t' {
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
                while i < bytes.len() && bytes[i] != b' ' && bytes[i] != b'\t' {
                    i += 1;
                }
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

//! The cleaner: removes publisher boilerplate that curators paste along with articles.
//!
//! Pure functions: a body and where it came from in, the kept body and the removed
//! lines (each with a [`Reason`]) out. Only whole lines are removed; kept lines are
//! returned byte for byte, in order.
//!
//! # Approach: evidence, not a phrase list
//!
//! Each line is judged on combined evidence, and *retention comes first*: losing a
//! sentence of the article is far worse than keeping a footer, so weak evidence never
//! removes a sentence on its own, and a sentence with no evidence is never removed.
//!
//! 1. **Pattern families** (`rules/`: the table in `patterns.rs`): rights lines, calls to action (follow,
//!    subscribe, download, "send tips", in English, German, French, Spanish, Italian,
//!    Portuguese and Dutch), newsletter pitches, share prompts, menus of site or social
//!    links, postal addresses, contact details, lone URLs, ad and sponsor markers,
//!    embed placeholders, read-more and related headings, "listen to this article" and
//!    reading times, image credits, republication notes, bylines, date lines, cookie
//!    notices, comment forms, disclaimers, tag lines, author bios, truncated teasers,
//!    section labels, the publisher talking about itself, appeals for money, a paywall's
//!    notices about access, a repeat of the title, and the author (from the front
//!    matter) alone on a line or opening a sentence about them (a bio).
//!    Several families also judge shape and vocabulary rather than wording, so that
//!    publishers never seen are covered: embed and media placeholders (a bracketed
//!    line naming a medium or platform that tells how to see it, a play sign or a
//!    running time), poll answers, arrows to more stories, newsletter offers (delivery
//!    by e-mail with a rhythm, signing up or no cost, strong only when the reader is
//!    addressed), paywall notices, appeals, premium tier marks and a share bar after
//!    its label. Their words come from one Aho-Corasick pass per short line.
//!    A family matches only where boilerplate sits: the whole line, the start of the
//!    line, or the start of a sentence; never inside quotation marks; and (except for
//!    the clearest openers such as "Copyright ©") only in short lines. So
//!    `…a notice reading "All rights reserved"…` stays. A call to action needs its
//!    object close by ("Follow *us*", "Subscribe to *our newsletter*"), so "Follow the
//!    guidance…" stays. Matches are *strong* (weight 3, enough anywhere) or *weak*.
//! 2. **Shape** (`line.rs`): prose (a sentence, or any long line) versus fragments
//!    (short, unpunctuated, link-dense). Markdown-aware: fenced code is never touched,
//!    and headings, list items and table rows count as article text unless they carry
//!    strong evidence themselves or sit in a list under a "Related" heading.
//! 3. **Position** (`decide.rs`): the *leading run* (before the first article line)
//!    and the *trailing run* (after the last one). A strong footer line in the trailing
//!    run is an anchor: it pulls the rest of the footer (short promo and contact lines,
//!    the address, the copyright line) and the bio or contact lines just above it. In
//!    the leading run the last anchor pulls the labels above it (kickers, dates, share
//!    bars). Boxes (a sign-up box between paragraphs, with its one-line description
//!    when blank lines separate its parts) and lists under a "Related" heading are
//!    removed as blocks, so are teaser cards for other articles after the story
//!    (headline, description, "Read more", card after card), and so is a footer
//!    pasted as one block of lines
//!    under an article of blank-line paragraphs, when that block is mostly evidence.
//!    What the article itself introduces or quotes stays, whatever it looks like:
//!    the block after a sentence that announces a quotation ("They read:"), the
//!    lines an article's sentence ending in a colon introduces when only their
//!    shape is evidence (a phone number, an address), a slogan the next sentence
//!    names ("Con ese lema …"), a heading over two sentences of the story, and
//!    boilerplate words that are the subject of a sentence reporting or naming them
//!    ("Forward-looking statements in the update were misleading, the regulator
//!    said").
//! 4. **Repetition** ([`Learned`]): a line that recurs in ≥ 2 distinct articles of the
//!    same source (key: lower-cased `source`, else the URL host without `www.`), after
//!    normalising case, whitespace, digits, URLs, quotes and dashes, gains one point of
//!    evidence. *Guard*: a repeated sentence with no other evidence is never removed on
//!    that alone, since a publisher's articles quote each other and reuse stock
//!    sentences; it goes only inside a leading or trailing run that an anchor removes.
//!    A repeated line with other evidence at the very end goes without an anchor. An
//!    article whose prose repeats wholesale (pasted twice) gets no repetition evidence
//!    for its prose.
//!
//! Scores add up per family (strong = 3): a line scoring 3 goes anywhere; a fragment
//! scoring 2 goes anywhere; everything weaker goes only as part of a block or run.
//!
//! # Control
//!
//! [`CleaningConfig`] adds `drop`, `keep` and `cut_after` patterns, globally and per
//! source; `keep` beats everything. `cut_after` removes its line and all after it.
//!
//! # Output
//!
//! Removing lines can leave blank lines next to each other; those runs collapse to
//! one, and leading and trailing blank lines are trimmed. A body with nothing to remove
//! comes back unchanged. Cleaning is idempotent: a cleaned body cleans to itself.
//!
//! # Cost
//!
//! Patterns are compiled once (`LazyLock`); most lines are screened by a few anchored
//! regex sets and substring gates. Learning hashes each line once, in parallel.
//! A line's evidence is remembered per publication (each thread keeps a bounded memo),
//! so a footer repeated in a thousand articles is judged once per thread; a repeat of
//! the title or the author's name, the evidence that depends on the article, is
//! checked anew.

mod config;
mod decide;
mod learn;
mod line;
mod reason;
mod rules;

pub use config::{CleanRules, CleaningConfig, RuleError, SourceRules};
pub use learn::{LearnCounts, Learned};
pub use reason::{Evidence, Family, Position, Reason};

use std::borrow::Cow;

/// What the cleaner knows about where a body came from.
#[derive(Debug, Clone, Copy, Default)]
pub struct SourceContext<'a> {
    /// Publication name from the front matter (`source`).
    pub source: Option<&'a str>,
    /// Article URL from the front matter (`source_url`).
    pub source_url: Option<&'a str>,
    /// Article title, to spot a pasted copy of the headline.
    pub title: Option<&'a str>,
    /// Article author from the front matter, to spot a pasted byline.
    pub author: Option<&'a str>,
}

/// A cleaned body and what was taken out of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned<'a> {
    /// The kept lines. Borrowed from the input when they are one piece of it (nothing
    /// removed, or only a header and a footer), which is most articles.
    pub body: Cow<'a, str>,
    pub removals: Vec<Removal>,
}

impl Cleaned<'_> {
    /// The same, owning its body.
    pub fn into_owned(self) -> Cleaned<'static> {
        Cleaned {
            body: Cow::Owned(self.body.into_owned()),
            removals: self.removals,
        }
    }

    /// A body left as it is.
    pub fn untouched(body: &str) -> Cleaned<'_> {
        Cleaned {
            body: Cow::Borrowed(body),
            removals: Vec::new(),
        }
    }
}

/// One removed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removal {
    /// 1-based line number within the body that was cleaned.
    pub line: usize,
    /// The line as written (without its line ending).
    pub text: String,
    pub reason: Reason,
}

/// Learn boilerplate from repetition across a site's articles. Cheap: one hash per
/// line; only lines seen in at least two articles of a source are kept.
pub fn learn<'a>(bodies: impl IntoIterator<Item = (SourceContext<'a>, &'a str)>) -> Learned {
    Learned::build(bodies)
}

/// The key that groups articles of one publisher for learning: the lower-cased
/// `source`, else the `source_url` host without `www.`. Learning per key gives the same
/// result as learning over the whole site, so sites can learn one publisher at a time.
pub fn source_key(ctx: &SourceContext) -> Option<String> {
    learn::source_key(ctx)
}

/// Compile the patterns every line is checked against, so that cleaning does not
/// start by waiting for them: call it beside other work (a build calls it while it
/// learns). The rest compile on first use.
pub fn prepare() {
    rules::prepare();
}

/// Compile every one of the cleaner's patterns now, in parallel on rayon's pool
/// (otherwise each is compiled on first use). For profiling.
pub fn compile_patterns() {
    rules::compile_all();
}

/// Forget the evidence remembered for lines already seen, on the calling thread and
/// on every thread of rayon's pool. Cleaning remembers each short line's evidence per
/// publication and thread (a publisher repeats its footer in every article); this
/// only matters to a benchmark that must time cleaning as a fresh process does it.
pub fn forget_seen_lines() {
    rules::forget_seen_lines();
    rayon::broadcast(|_| rules::forget_seen_lines());
}

thread_local! {
    /// Set while `guarded` runs the cleaner: its panic is reported as an error for the
    /// article, so the panic hook stays quiet.
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Run `f` (the cleaner on one article), turning a panic into an error message
/// instead of taking the whole build down: a bug in one rule then costs that article
/// an error naming its file, and the build its non-zero exit, not a crash. The
/// default panic message is not printed for it (the error says what happened).
pub fn guarded<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static QUIET_HOOK: std::sync::Once = std::sync::Once::new();
    QUIET_HOOK.call_once(|| {
        let default = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(std::cell::Cell::get) {
                default(info);
            }
        }));
    });
    GUARDED.with(|g| g.set(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(false));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown error".to_string())
    })
}

/// Clean one body. See the module docs for how lines are judged.
pub fn clean<'a>(
    body: &'a str,
    ctx: &SourceContext,
    rules: &CleanRules,
    learned: &Learned,
) -> Cleaned<'a> {
    if !rules.enabled {
        return Cleaned::untouched(body);
    }
    let host = learn::host(ctx.source_url);
    let key = learn::source_key(ctx);
    let context =
        rules::Context::new(ctx.source, host.as_deref(), ctx.title).with_author(ctx.author);
    let (lines, hits) = rules::split_and_detect(body, &context);
    let rule_sets = rules.applicable(ctx.source, host.as_deref());
    let inputs = decide::Inputs {
        ctx: &context,
        rule_sets: &rule_sets,
        learned,
        source: key.as_deref().map(|k| (k, learned.name(k))),
    };
    let decisions = decide::decide(&lines, hits, &inputs);

    let mut removals = Vec::new();
    for (n, (l, d)) in lines.iter().zip(decisions).enumerate() {
        if let Some(reason) = d {
            removals.push(Removal {
                line: n + 1,
                text: l.raw.to_string(),
                reason,
            });
        }
    }
    if removals.is_empty() {
        return Cleaned::untouched(body);
    }
    Cleaned {
        body: assemble(body, &lines, &removals),
        removals,
    }
}

/// Join the kept lines: original bytes, blank runs left by a removal collapsed,
/// leading and trailing blank lines trimmed. A run of adjacent kept lines is one piece
/// of the body; when all kept lines are one run, the result borrows it.
fn assemble<'a>(body: &'a str, lines: &[line::Line], removals: &[Removal]) -> Cow<'a, str> {
    // Where each line starts in `body`; it ends before the next one's `\n` (its `\r`
    // included), the last one at the end of the body or before its final `\n`.
    let start_of = |i: usize| lines[i].raw.as_ptr() as usize - body.as_ptr() as usize;
    let body_end = body.strip_suffix('\n').map_or(body.len(), str::len);
    let end_of = |i: usize| {
        if i + 1 < lines.len() {
            start_of(i + 1) - 1
        } else {
            body_end
        }
    };
    let mut removed = removals.iter().map(|r| r.line - 1).peekable();
    // Kept lines: (index, blank).
    let mut kept: Vec<(usize, bool)> = Vec::with_capacity(lines.len());
    let mut removed_since_kept = false;
    for (i, l) in lines.iter().enumerate() {
        if removed.peek() == Some(&i) {
            removed.next();
            removed_since_kept = true;
            continue;
        }
        let blank = l.raw.trim().is_empty();
        let last_blank = kept.last().is_none_or(|k| k.1);
        if blank && last_blank && removed_since_kept {
            continue;
        }
        kept.push((i, blank));
        removed_since_kept = false;
    }
    while kept.last().is_some_and(|k| k.1) {
        kept.pop();
    }
    let first = kept.iter().position(|k| !k.1).unwrap_or(kept.len());
    let kept = &kept[first..];
    // Runs of lines adjacent in the body, as byte ranges.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for k in 0..kept.len() {
        let i = kept[k].0;
        match runs.last_mut() {
            Some(run) if k > 0 && kept[k - 1].0 + 1 == i => run.1 = end_of(i),
            _ => runs.push((start_of(i), end_of(i))),
        }
    }
    let newline = body.ends_with('\n');
    match runs[..] {
        [] => Cow::Borrowed(""),
        // One run: the body's own bytes, with the newline that follows it if the body
        // ends in one (every line but the last is followed by one).
        [(s, e)] => Cow::Borrowed(&body[s..if newline { e + 1 } else { e }]),
        _ => {
            let mut out = String::with_capacity(body.len());
            for (n, &(s, e)) in runs.iter().enumerate() {
                if n > 0 {
                    out.push('\n');
                }
                out.push_str(&body[s..e]);
            }
            if newline {
                out.push('\n');
            }
            Cow::Owned(out)
        }
    }
}

/// Deterministic pseudo-random numbers (xorshift64) for generated test input.
#[cfg(test)]
pub(crate) fn xorshift(mut seed: u64) -> impl FnMut() -> u64 {
    move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod guard_tests {
    #[test]
    fn a_panic_becomes_an_error_and_the_next_call_runs() {
        let err = super::guarded(|| -> u32 { panic!("index out of range in a rule") });
        assert_eq!(err, Err("index out of range in a rule".to_string()));
        let owned = super::guarded(|| -> u32 { panic!("{} rules", 2) });
        assert_eq!(owned, Err("2 rules".to_string()));
        assert_eq!(super::guarded(|| 7), Ok(7));
    }
}

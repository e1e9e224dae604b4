//! Combining evidence into decisions: per line, then per block and run.
//!
//! Every line gets a *class* from its evidence:
//!
//! * **Body**: prose with no evidence, headings / list items / table rows with no
//!   evidence, code, lines matched by `keep`, and paragraphs (two sentences and 20
//!   words, or 40 words) whose only evidence is incidental: they name the publication
//!   but not as their subject (a wire dateline, "…, the Gazette reported"), or are one
//!   long quotation. Never removed by the heuristics;
//!   they delimit the leading and trailing runs.
//! * **Strong**: a weight-3 pattern hit, or evidence (plus repetition) adding up to 3,
//!   or a weak *fragment* scoring 2. Removed anywhere; these are the *anchors*.
//! * **Weak**: some evidence (score 1–2). Removed only by position, below.
//! * **Repeated prose**: a sentence whose only evidence is that it recurs in other
//!   articles of the source. It does not end a run, but goes only when a run engulfs it.
//! * **Neutral**: a fragment without evidence (a name, a country). Goes only inside a
//!   run.
//!
//! Blocks and runs, in this order:
//!
//! 1. `cut_after`, `drop`, then strong lines.
//! 2. **Lists under an intro** ("Related coverage:", "## More from us") lose their
//!    short items, links and teasers, wherever they are.
//! 3. **Boxes**: weak lines of box families (newsletter, share, contact, menu…) touching
//!    a removed line with no blank line between ("Sign up for …" / "Our best stories,
//!    in your inbox" / "Enter your email").
//! 4. **Leading run** = lines before the first Body line. Above its last
//!    anchor go the header labels (weak lines, and evidence-free fragments of at most
//!    five words, so a standfirst without a full stop stays; not a sentence whose only
//!    evidence is incidental, such as a lead crediting the publication); below it,
//!    weak fragments.
//! 5. **Trailing run** = lines after the last Body line. The footer starts at the first
//!    anchor of a *footer* family (not an ad marker, photo credit or byline, which also
//!    sit between paragraphs); everything after it goes ("Follow us…" pulls the promo
//!    blurb, the address and the copyright line). Walking back from it, weak fragments
//!    go, and sentences scoring 2 that are about the publication or its staff (an
//!    author bio, a contact line). Without an anchor, only repeated lines scoring 2 go.
//!    Below a notice that closes the page (cookies, comments, a rights notice in
//!    words), one or two short sentences without evidence are footer text too (a
//!    consent text, an imprint), when an article of some length is above it.
//! 6. **Footer block**: a footer pasted as one block of lines, with no blank line
//!    between them, below an article of blank-line paragraphs. If the last block holds
//!    two footer anchors and is mostly evidence, the short sentences below its first
//!    line of footer evidence go with it ("Spotted a mistake? Write to …").

use super::config::{RuleSet, UserRule};
use super::learn::Learned;
use super::line::{self, Kind, Line};
use super::reason::{Evidence, Family, Position, Reason};
use super::rules::{self, Context, Hit, STRONG};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Blank,
    Body,
    Neutral,
    Weak,
    RepeatedProse,
    Strong,
}

struct Info {
    hits: Vec<Hit>,
    repeated: u32,
    score: u8,
    class: Class,
    keep: bool,
    removed: Option<Reason>,
}

/// Everything `decide` needs besides the lines.
pub(crate) struct Inputs<'a> {
    pub ctx: &'a Context,
    pub rule_sets: &'a [&'a RuleSet],
    pub learned: &'a Learned,
    /// Source key for repetition lookups, and the source's display name.
    pub source: Option<(&'a str, &'a str)>,
}

/// Decide which lines go; returns one `Option<Reason>` per line.
/// `hits`: the evidence found on each line.
pub(crate) fn decide(lines: &[Line], hits: Vec<Vec<Hit>>, inp: &Inputs) -> Vec<Option<Reason>> {
    let mut info: Vec<Info> = lines
        .iter()
        .zip(hits)
        .map(|(l, hits)| analyse(l, hits, inp))
        .collect();
    repetition(lines, &mut info, inp);
    for (l, i) in lines.iter().zip(info.iter_mut()) {
        i.class = classify(l, i, inp.ctx);
    }
    keep_what_the_article_introduces(lines, &mut info);
    keep_what_the_article_names(lines, &mut info);
    keep_headings_of_sections(lines, &mut info);
    keep_block_quotes_in_the_story(lines, &mut info);
    keep_answers_in_an_interview(lines, &mut info);
    keep_details_between_paragraphs(lines, &mut info);

    // 1. Configured cut marker: that line and everything after it.
    let mut end = lines.len();
    if let Some((idx, rule)) = lines.iter().enumerate().find_map(|(idx, l)| {
        let i = &info[idx];
        if i.keep || l.kind == Kind::Code {
            return None;
        }
        find_rule(inp.rule_sets, |s| &s.cut_after, l).map(|r| (idx, r))
    }) {
        let reason = Reason::CutAfter {
            key: rule.key.clone(),
            pattern: rule.pattern.clone(),
        };
        for i in info.iter_mut().skip(idx).filter(|i| !i.keep) {
            i.removed = Some(reason.clone());
        }
        end = idx;
    }

    // 2. Configured drops, then strong lines.
    for (l, i) in lines.iter().zip(info.iter_mut()).take(end) {
        if i.keep || l.kind == Kind::Code {
            continue;
        }
        if let Some(rule) = find_rule(inp.rule_sets, |s| &s.drop, l) {
            i.removed = Some(Reason::Drop {
                key: rule.key.clone(),
                pattern: rule.pattern.clone(),
            });
            i.class = Class::Strong;
        } else if i.class == Class::Strong
            || (i.class == Class::Weak && i.score >= 2 && l.fragment() && !l.structural())
        {
            i.removed = Some(Reason::Line {
                evidence: evidence(i, inp),
                position: Position::Middle,
            });
            i.class = Class::Strong;
        }
    }

    // 3. Lists under an intro anchor ("Related coverage:").
    for a in 0..end {
        if info[a].removed.is_none() || !introduces_list(&lines[a], &info[a]) {
            continue;
        }
        pull_list(lines, &mut info, a, end, inp);
    }

    // 4. Boxes: lines directly next to a removed line (no blank line between) that
    //    score 2, or are weak fragments, belong to the same box ("Sign up for …" /
    //    "Our best stories, in your inbox" / "Enter your email").
    pull_boxes(lines, &mut info, end, inp);
    pull_sign_up_blurbs(lines, &mut info, end);
    pull_ad_copy(lines, &mut info, end, inp);
    pull_teaser_cards(lines, &mut info, end);

    // 5. Leading and trailing runs, delimited by the first and last Body lines; a
    //    sentence or two after a page-closing notice belong to the footer.
    absorb_tail(lines, &mut info, end);
    let body: Vec<usize> = (0..end).filter(|&i| is_body(&info[i])).collect();
    let (Some(&first), Some(&last)) = (body.first(), body.last()) else {
        return finish(info, None);
    };
    leading_run(lines, &mut info, first, inp);
    trailing_run(lines, &mut info, last, end, inp);
    let last = footer_block(lines, &mut info, end, inp).unwrap_or(last);
    let last = pull_sentences_inside_the_footer(lines, &mut info, end).unwrap_or(last);
    finish(info, Some((first, last)))
}

fn analyse(l: &Line, hits: Vec<Hit>, inp: &Inputs) -> Info {
    // A line the curator keeps has no evidence.
    let keep = l.kind != Kind::Code && find_rule(inp.rule_sets, |s| &s.keep, l).is_some();
    let hits = if keep { Vec::new() } else { hits };
    Info {
        hits,
        repeated: 0,
        score: 0,
        class: Class::Blank,
        keep,
        removed: None,
    }
}

/// Boilerplate that also appears between paragraphs; it does not start a footer.
const INLINE_FAMILIES: &[Family] = &[
    Family::Advert,
    Family::ReadMore,
    Family::ImageCredit,
    Family::Byline,
    Family::Listen,
    Family::Dateline,
    Family::Kicker,
    Family::Embed,
    Family::TitleRepeat,
    Family::Separator,
];

/// Evidence that says little on a prose line: articles name their publication ("…, the
/// Gazette reported", a wire dateline) and quote people at length.
const INCIDENTAL_FAMILIES: &[Family] = &[Family::SelfReference, Family::WholeQuote];

/// A prose line this long in words, or with at least two sentences and
/// `PARAGRAPH_WORDS` words, is a paragraph: incidental evidence does not make it
/// boilerplate.
const LONG_PROSE_WORDS: usize = 40;
const PARAGRAPH_WORDS: usize = 20;

/// Evidence that a sentence is about the publication or its staff, rather than a
/// quotation that happens to say "we" or "our".
const BIO_FAMILIES: &[Family] = &[Family::SelfReference, Family::AuthorBio, Family::Contact];

/// A pitch this short just above a footer is the footer's, on weak evidence.
const SHORT_PITCH_WORDS: usize = 12;

/// Calls to the reader to sign up, join, pay or subscribe.
const PITCH_FAMILIES: &[Family] = &[
    Family::CallToAction,
    Family::Newsletter,
    Family::Appeal,
    Family::Access,
];

/// Weak fragments of these families join a neighbouring removed line's box; others
/// (a section label, a date) could be an article's own subheading.
const BOX_FAMILIES: &[Family] = &[
    Family::Newsletter,
    Family::Social,
    Family::Menu,
    Family::Contact,
    Family::BareLink,
    Family::CallToAction,
    Family::Share,
    Family::Comments,
    Family::Cookie,
    Family::Address,
    Family::Appeal,
    Family::Access,
];

/// A sign-up box's description is a line of at most this many words.
const MAX_SIGN_UP_BLURB_WORDS: usize = 25;

/// Evidence-free fragments above a header anchor go only if they are this short
/// (a section label, not a standfirst).
const MAX_HEADER_LABEL_WORDS: usize = 5;
/// … or this short when it dates the page.
const MAX_DATED_HEADER_WORDS: usize = 20;

/// At most this many repeated sentences at either end of an article are treated as
/// boilerplate candidates; more means the article itself was pasted twice.
const MAX_REPEATED_PROSE: usize = 4;

/// Look up repetition. Lines with evidence or fragments: always (cheap, and it adds
/// to their score). Sentences without evidence only matter inside the leading and
/// trailing runs, so they are looked up walking in from each end, stopping at the
/// first one that is not repeated (article text). An article whose prose repeats
/// wholesale (the same story pasted twice) gets no repetition evidence for prose.
fn repetition(lines: &[Line], info: &mut [Info], inp: &Inputs) {
    let Some((key, _)) = inp.source else { return };
    if inp.learned.is_empty() {
        return;
    }
    let mut buf = String::with_capacity(256);
    let mut count = |l: &Line| inp.learned.count(key, &l.text, &mut buf);
    let candidate = |l: &Line, i: &Info| {
        !i.keep
            && matches!(
                l.kind,
                Kind::Text | Kind::Heading | Kind::ListItem | Kind::TableRow
            )
    };
    let bare_prose = |l: &Line, i: &Info| i.hits.is_empty() && (l.prose || l.structural());
    for (l, i) in lines.iter().zip(info.iter_mut()) {
        // Strong lines go anyway; repetition would add nothing.
        if candidate(l, i) && !bare_prose(l, i) && !i.hits.iter().any(|h| h.weight >= STRONG) {
            i.repeated = count(l);
        }
    }
    let mut found = Vec::new();
    for order in [true, false] {
        let idx: Box<dyn Iterator<Item = usize>> = if order {
            Box::new(0..lines.len())
        } else {
            Box::new((0..lines.len()).rev())
        };
        let mut n = 0;
        for j in idx {
            let (l, i) = (&lines[j], &info[j]);
            if !candidate(l, i) || !bare_prose(l, i) {
                continue;
            }
            let c = count(l);
            if c < 2 {
                break;
            }
            found.push((j, c));
            n += 1;
            if n > MAX_REPEATED_PROSE {
                return;
            }
        }
    }
    for (j, c) in found {
        info[j].repeated = c;
    }
}

fn classify(l: &Line, i: &mut Info, ctx: &Context) -> Class {
    if l.kind == Kind::Blank {
        return Class::Blank;
    }
    if i.keep || l.kind == Kind::Code {
        return Class::Body;
    }
    let weak_sum: u8 = i
        .hits
        .iter()
        .map(|h| h.weight)
        .fold(0u8, u8::saturating_add);
    let rep = u8::from(i.repeated >= 2);
    i.score = weak_sum.saturating_add(rep).min(9);
    let strong_hit = i.hits.iter().any(|h| h.weight >= STRONG);
    if strong_hit || (!l.structural() && i.score >= STRONG) {
        return Class::Strong;
    }
    // A quotation that recurs is still a quotation: a publisher's articles quote the
    // same people. Being wholly quoted adds nothing to the repetition guard.
    let quote_only = i.hits.iter().all(|h| h.family == Family::WholeQuote);
    if quote_only && rep == 1 && (l.prose || l.structural()) {
        return Class::RepeatedProse;
    }
    if incidental_only(i) && paragraph(l) && !rules::opens_with_publication(&l.text, ctx) {
        return Class::Body;
    }
    if i.score > 0 {
        return Class::Weak;
    }
    if l.prose || l.structural() {
        Class::Body
    } else {
        Class::Neutral
    }
}

/// Evidence, all of it incidental, and no repetition.
fn incidental_only(i: &Info) -> bool {
    i.repeated < 2
        && !i.hits.is_empty()
        && i.hits
            .iter()
            .all(|h| h.weight < STRONG && INCIDENTAL_FAMILIES.contains(&h.family))
}

/// A paragraph of prose: long, or several sentences.
fn paragraph(l: &Line) -> bool {
    l.prose
        && (l.words >= LONG_PROSE_WORDS
            || (l.words >= PARAGRAPH_WORDS && line::sentence_count(&l.text) >= 2))
}

fn find_rule<'r>(
    sets: &[&'r RuleSet],
    field: impl Fn(&'r RuleSet) -> &'r Vec<UserRule>,
    l: &Line,
) -> Option<&'r UserRule> {
    sets.iter()
        .flat_map(|s| field(s).iter())
        .find(|r| r.matches(l.raw, &l.text))
}

fn evidence(i: &Info, inp: &Inputs) -> Vec<Evidence> {
    let mut ev: Vec<Evidence> = i
        .hits
        .iter()
        .map(|h| Evidence::Pattern {
            family: h.family,
            matched: h.matched.clone(),
        })
        .collect();
    if i.repeated >= 2 {
        let source = inp.source.map_or("", |(_, name)| name);
        ev.push(Evidence::Repeated {
            articles: i.repeated,
            source: source.to_string(),
        });
    }
    if ev.is_empty() {
        ev.push(Evidence::ShortLine);
    }
    ev
}

fn removable(l: &Line, i: &Info) -> bool {
    i.removed.is_none()
        && !i.keep
        && l.kind != Kind::Code
        && !matches!(i.class, Class::Body | Class::Blank)
}

fn pull(info: &mut [Info], j: usize, anchor: &Line, inp: &Inputs) {
    let ev = evidence(&info[j], inp);
    info[j].removed = Some(Reason::Pulled {
        evidence: ev,
        position: Position::Middle,
        anchor: anchor.raw.trim().to_string(),
    });
}

/// Removed on its own evidence (position is filled in by `finish`).
fn mark(info: &mut [Info], j: usize, inp: &Inputs) {
    let ev = evidence(&info[j], inp);
    info[j].removed = Some(Reason::Line {
        evidence: ev,
        position: Position::Middle,
    });
}

/// Families of a page's labels that an article may also use as a section heading
/// ("## Most read", "## Related", "## Advertising" over the story's own paragraphs).
const LABEL_FAMILIES: &[Family] = &[
    Family::Related,
    Family::ReadMore,
    Family::Advert,
    Family::Listen,
    Family::Share,
    Family::Social,
];

/// A heading whose only evidence is a page label's wording, followed by a sentence of
/// the article (five words or more, ending like a sentence, no evidence), heads a
/// section of the story: it stays. A label over a list of links or teasers is
/// followed by headlines, which do not end like sentences. A heading worded like a
/// comment section's ("## Have your say") or a call to action ("## Envie-nos as suas
/// fotos", a campaign the story reports) may head readers' comments or a sign-up
/// blurb, which are sentences too: it stays only when two such sentences follow it,
/// the second with no more than a blank line before it (the story goes on).
fn keep_headings_of_sections(lines: &[Line], info: &mut [Info]) {
    let is_sentence = |k: usize, info: &[Info]| {
        let (n, ni) = (&lines[k], &info[k]);
        n.kind == Kind::Text
            && n.prose
            && n.text.trim_end().ends_with(['.', '!', '?', ':'])
            && n.words >= 5
            && ni.hits.is_empty()
            && ni.repeated < 2
    };
    // The next non-blank line after `k`, at most one blank line away.
    let next_line = |k: usize| {
        let mut n = k + 1;
        if n < lines.len() && lines[n].kind == Kind::Blank {
            n += 1;
        }
        (n < lines.len() && lines[n].kind != Kind::Blank).then_some(n)
    };
    for j in 0..lines.len() {
        if lines[j].kind != Kind::Heading
            || info[j].keep
            || info[j].repeated >= 2
            || info[j].hits.is_empty()
        {
            continue;
        }
        let label = info[j]
            .hits
            .iter()
            .all(|h| LABEL_FAMILIES.contains(&h.family));
        // A label, or a prompt that may head the story's own section.
        let label_or_prompt = info[j].hits.iter().all(|h| {
            LABEL_FAMILIES.contains(&h.family)
                || matches!(h.family, Family::Comments | Family::CallToAction)
        });
        if !label_or_prompt {
            continue;
        }
        let Some(next) = (j + 1..lines.len()).find(|&k| lines[k].kind != Kind::Blank) else {
            continue;
        };
        if !is_sentence(next, info) {
            continue;
        }
        let story_goes_on = next_line(next).is_some_and(|k| is_sentence(k, info));
        if label || story_goes_on {
            take_for_the_article(&mut info[j]);
        }
    }
}

/// A Markdown block quote inside the story: its lines (blank lines between them
/// allowed) sit below a sentence of the article that introduces them (ending in a
/// colon), or between sentences of the article (then only lines without strong
/// evidence). The paste marks them as quoted: an "About us" page, a cookie banner or a
/// donation letter the story reproduces.
fn keep_block_quotes_in_the_story(lines: &[Line], info: &mut [Info]) {
    let prose = |k: usize, info: &[Info]| {
        let l = &lines[k];
        info[k].class == Class::Body && l.kind == Kind::Text && l.prose && !is_block_quote(l)
    };
    let mut j = 0;
    while j < lines.len() {
        if !is_block_quote(&lines[j]) {
            j += 1;
            continue;
        }
        // The run of quoted lines, across blank lines.
        let start = j;
        let mut end = j;
        let mut k = j + 1;
        while k < lines.len() {
            if lines[k].kind == Kind::Blank {
                k += 1;
            } else if is_block_quote(&lines[k]) {
                end = k;
                k += 1;
            } else {
                break;
            }
        }
        j = end + 1;
        let before = (0..start).rev().find(|&k| lines[k].kind != Kind::Blank);
        let after = (end + 1..lines.len()).find(|&k| lines[k].kind != Kind::Blank);
        let introduced =
            before.is_some_and(|b| prose(b, info) && lines[b].text.trim_end().ends_with(':'));
        let inside =
            before.is_some_and(|b| prose(b, info)) && after.is_some_and(|a| prose(a, info));
        let quoted = (start..=end).filter(|&k| is_block_quote(&lines[k])).count();
        if !(introduced || inside) || quoted > MAX_BLOCK_QUOTE_LINES {
            continue;
        }
        for k in start..=end {
            let i = &mut info[k];
            // Between paragraphs without an introduction, a quote with strong evidence
            // may be a pitch set in a box ("> **Sponsored:** …"): only an introduced
            // quotation keeps it.
            let strong_unannounced = !introduced && i.class == Class::Strong;
            if is_block_quote(&lines[k]) && i.repeated < 2 && !i.keep && !strong_unannounced {
                take_for_the_article(i);
            }
        }
    }
}

/// An interview set out as questions and answers: lines of the article (bold, or
/// headings) that ask a question, two or more of them. The answer below each question
/// is the interviewee's, whatever it says ("**Any last words for passengers?**" /
/// "Thanks for reading the notices. Nobody ever did.").
fn keep_answers_in_an_interview(lines: &[Line], info: &mut [Info]) {
    let asks = |l: &Line, i: &Info| {
        let raw = l.raw.trim();
        let bold = raw.starts_with("**") || raw.starts_with("__");
        i.class == Class::Body
            && (l.kind == Kind::Heading || (l.kind == Kind::Text && bold))
            && l.words >= 2
            && l.text.trim_end().ends_with('?')
    };
    let questions: Vec<usize> = (0..lines.len())
        .filter(|&j| asks(&lines[j], &info[j]))
        .collect();
    if questions.len() < 2 {
        return;
    }
    for q in questions {
        let Some(a) = (q + 1..lines.len()).find(|&k| lines[k].kind != Kind::Blank) else {
            continue;
        };
        let (l, i) = (&lines[a], &mut info[a]);
        if l.kind == Kind::Text && l.prose && !i.keep && i.repeated < 2 {
            take_for_the_article(i);
        }
    }
}

/// A line of contact details or an address between parts of the article (a heading or
/// a sentence above, one below, with only such details, dates and fragments between):
/// the story gives them ("## Pflegestützpunkt" / "Am Wall 3, 24917 Ostholm" /
/// "Telefon: 04561 80 55 10 (Mo–Do 8–16 Uhr)" / "Hausbesuche sind möglich."). A
/// publisher's contact block sits at the end, below the article.
fn keep_details_between_paragraphs(lines: &[Line], info: &mut [Info]) {
    let detail = |i: &Info| {
        !i.hits.is_empty()
            && i.hits.iter().all(|h| DETAIL_FAMILIES.contains(&h.family))
            && i.hits
                .iter()
                .any(|h| matches!(h.family, Family::Contact | Family::Address))
    };
    // Lines a run of details may hold besides them: blanks, fragments, dates.
    let passable = |l: &Line, i: &Info| {
        l.kind == Kind::Blank
            || detail(i)
            || (i.class != Class::Body || !l.prose)
                && i.hits.iter().all(|h| DETAIL_FAMILIES.contains(&h.family))
    };
    let article = |l: &Line, i: &Info| {
        i.class == Class::Body
            && (l.kind == Kind::Heading || (l.kind == Kind::Text && l.prose && l.words >= 5))
    };
    let mut j = 0;
    while j < lines.len() {
        if !detail(&info[j]) || info[j].keep || info[j].repeated >= 2 {
            j += 1;
            continue;
        }
        let mut top = j;
        while top > 0
            && passable(&lines[top - 1], &info[top - 1])
            && !article(&lines[top - 1], &info[top - 1])
        {
            top -= 1;
        }
        let mut bottom = j;
        while bottom + 1 < lines.len()
            && passable(&lines[bottom + 1], &info[bottom + 1])
            && !article(&lines[bottom + 1], &info[bottom + 1])
        {
            bottom += 1;
        }
        let above = top
            .checked_sub(1)
            .is_some_and(|k| article(&lines[k], &info[k]));
        let below = lines
            .get(bottom + 1)
            .is_some_and(|l| article(l, &info[bottom + 1]));
        if above && below {
            for i in &mut info[top..=bottom] {
                if detail(i) && i.repeated < 2 && !i.keep {
                    take_for_the_article(i);
                }
            }
        }
        j = bottom + 1;
    }
}

/// Families of a line of details: contact, address, date, segments.
const DETAIL_FAMILIES: &[Family] = &[
    Family::Contact,
    Family::Address,
    Family::Dateline,
    Family::Menu,
];

/// The line is the article's after all: its evidence no longer counts.
fn take_for_the_article(i: &mut Info) {
    i.hits.clear();
    i.score = 0;
    i.class = Class::Body;
}

/// Families whose evidence is only the shape of a line (a phone number, an address,
/// segments, a date), which an article's own details share.
const SHAPE_FAMILIES: &[Family] = &[
    Family::Contact,
    Family::Address,
    Family::Menu,
    Family::Social,
    Family::Dateline,
    Family::BareLink,
    Family::SelfReference,
];

/// A sentence of the article that ends in a colon introduces what follows: "Der
/// Notfallschalter befindet sich im Erdgeschoss des Neuen Rathauses:" above the
/// address, "Los lectores pueden llamar al servicio de atención:" above a phone number
/// and an e-mail address. The lines of the block below it (after at most one blank
/// line) whose only evidence is their shape are the article's. When the sentence
/// announces a quotation ("They read:", "Auf den Plakaten steht:"), the block is
/// quoted, and its lines are the article's whatever they say (up to
/// `MAX_QUOTED_LINES`; when it opens with `>`, only its `>` lines, which
/// `keep_block_quotes_in_the_story` keeps too).
fn keep_what_the_article_introduces(lines: &[Line], info: &mut [Info]) {
    for j in 0..lines.len() {
        let l = &lines[j];
        let introduces = info[j].class == Class::Body
            && l.prose
            && l.kind == Kind::Text
            && l.words >= 5
            && l.text.trim_end().ends_with(':');
        if !introduces {
            continue;
        }
        let announced = rules::announces_quotation(&l.text);
        let mut k = j + 1;
        if k < lines.len() && lines[k].kind == Kind::Blank {
            k += 1;
        }
        let block_start = k;
        // A quotation marked as a Markdown block quote ends with its `>` lines: a
        // footer pasted right below it ("© 2026 …") is not quoted.
        let marked = block_start < lines.len() && is_block_quote(&lines[block_start]);
        while k < lines.len() && lines[k].kind != Kind::Blank {
            let quoted = announced
                && k - block_start < MAX_QUOTED_LINES
                && (!marked || is_block_quote(&lines[k]));
            let i = &mut info[k];
            // A line without evidence is the article's already; the block goes on.
            if i.hits.is_empty() && i.repeated < 2 {
                k += 1;
                continue;
            }
            let shape_only = i.hits.iter().all(|h| SHAPE_FAMILIES.contains(&h.family));
            if i.repeated >= 2 || i.keep || !(quoted || shape_only) {
                break;
            }
            take_for_the_article(i);
            k += 1;
        }
    }
}

/// Lines of a quotation a sentence announces: a slogan, a caption, a notice.
const MAX_QUOTED_LINES: usize = 4;
/// Lines of a block quote the story sets out: a letter, a page.
const MAX_BLOCK_QUOTE_LINES: usize = 12;

/// A line of a Markdown block quote (`> …`).
fn is_block_quote(l: &Line) -> bool {
    l.kind == Kind::Text && l.raw.trim_start().starts_with('>')
}

/// A short line that the sentence below it names as a slogan or message ("«Suscríbete
/// y no te pierdas nada de lo que pasa en tu pueblo»." above "Con ese lema, el
/// Ayuntamiento presentó …"): the article quotes it, then talks about it.
fn keep_what_the_article_names(lines: &[Line], info: &mut [Info]) {
    for j in 0..lines.len() {
        let (l, i) = (&lines[j], &info[j]);
        if l.kind != Kind::Text
            || i.keep
            || i.class == Class::Body
            || i.repeated >= 2
            || l.words > 25
            || i.hits.is_empty()
        {
            continue;
        }
        let mut k = j + 1;
        if k < lines.len() && lines[k].kind == Kind::Blank {
            k += 1;
        }
        let Some(n) = lines.get(k) else { continue };
        let names_it = n.kind == Kind::Text
            && n.prose
            && n.words >= 8
            && info[k].class == Class::Body
            && rules::names_a_quotation(&n.text);
        if names_it {
            take_for_the_article(&mut info[j]);
        }
    }
}

/// An intro of a list of links: a related/more heading, or a read-more lead-in with
/// nothing after its colon ("Read more:" above two headlines).
fn introduces_list(l: &Line, i: &Info) -> bool {
    i.hits.iter().any(|h| {
        h.intro
            || (matches!(h.family, Family::ReadMore | Family::Related)
                && h.weight >= STRONG
                && l.text.trim_end().ends_with(':'))
    })
}

/// Items of a list introduced by a related/more heading: list items, short lines,
/// teasers and links, until article text resumes.
fn pull_list(lines: &[Line], info: &mut [Info], a: usize, end: usize, inp: &Inputs) {
    let mut item_kind: Option<Kind> = None;
    for j in a + 1..end {
        let (l, i) = (&lines[j], &info[j]);
        if l.kind == Kind::Blank {
            continue;
        }
        if i.keep
            || l.kind == Kind::Code
            || l.kind == Kind::Heading && i.removed.is_none() && i.class == Class::Body
        {
            break;
        }
        if i.removed.is_some() {
            // A byline right under the label starts the article's header: the label
            // ("More sport" / "By Gareth Lowe …") heads no list, and the score lines
            // below are the story's. (Under a headline, a byline is the item's own.)
            if item_kind.is_none()
                && l.kind != Kind::ListItem
                && i.hits.iter().any(|h| h.family == Family::Byline)
            {
                break;
            }
            continue;
        }
        let item = match l.kind {
            Kind::ListItem | Kind::TableRow => l.words <= 30 || i.class != Class::Body,
            _ => {
                (l.fragment() && l.words <= 20)
                    || matches!(i.class, Class::Weak | Class::RepeatedProse)
            }
        };
        // Items are all of one kind: a list, or a run of short plain lines.
        let same_kind = item_kind.is_none_or(|k| k == l.kind);
        if !item || !same_kind {
            break;
        }
        item_kind = Some(l.kind);
        pull(info, j, &lines[a], inp);
    }
}

fn pull_boxes(lines: &[Line], info: &mut [Info], end: usize, inp: &Inputs) {
    let in_box = |l: &Line, i: &Info| {
        removable(l, i)
            && i.class == Class::Weak
            && l.words <= 20
            && !l.structural()
            && (i.score >= 2 || l.fragment())
            && i.hits.iter().any(|h| BOX_FAMILIES.contains(&h.family))
    };
    let anchors: Vec<usize> = (0..end)
        .filter(|&j| info[j].removed.is_some() && info[j].class == Class::Strong)
        .collect();
    for a in anchors {
        for j in a + 1..end {
            if info[j].removed.is_some() && info[j].class == Class::Strong {
                continue;
            }
            if !in_box(&lines[j], &info[j]) {
                break;
            }
            pull(info, j, &lines[a], inp);
        }
        for j in (0..a).rev() {
            if info[j].removed.is_some() && info[j].class == Class::Strong {
                continue;
            }
            if !in_box(&lines[j], &info[j]) {
                break;
            }
            pull(info, j, &lines[a], inp);
        }
    }
}

/// The copy of an ad pasted right below its label (no blank line between): "Sponsored ·
/// Ledgerly" / "Closing your books before 31 March? Ledgerly reconciles …", "Anzeige" /
/// "Bergsport Wegscheider: … Mitglieder erhalten 10 % Rabatt." The line goes when it
/// names the advertiser the label names after a separator ("Sponsored · Ledgerly",
/// "Anzeige: Bergsport"), or when it is one sentence or a fragment offering a price;
/// and it stands alone (a blank line or the end below it). A paragraph of
/// the story pasted against a label names neither.
fn pull_ad_copy(lines: &[Line], info: &mut [Info], end: usize, inp: &Inputs) {
    for a in 0..end.saturating_sub(1) {
        let label = &lines[a];
        let is_label = info[a].removed.is_some()
            && label.words <= 6
            && info[a]
                .hits
                .iter()
                .any(|h| h.family == Family::Advert && h.weight >= STRONG);
        let b = a + 1;
        let (l, i) = (&lines[b], &info[b]);
        // Still in place and not kept for the article: body text or weak evidence.
        let open = i.removed.is_none() && !i.keep && l.kind == Kind::Text;
        if !is_label
            || !open
            || l.words > 60
            || lines.get(b + 1).is_some_and(|n| n.kind != Kind::Blank)
        {
            continue;
        }
        let advertiser = label
            .text
            .split_once(['·', ':', '|', '–', '—'])
            .map(|(_, name)| name.trim())
            .filter(|name| name.chars().count() >= 3)
            .is_some_and(|name| l.text.contains(name));
        let offer = line::sentence_count(&l.text) <= 1 && rules::offers_a_price(&l.text);
        if advertiser || offer {
            pull(info, b, label, inp);
        }
    }
}

/// A sign-up box pasted with blank lines between its parts: its heading ("Get our
/// Essential Politics newsletter"), a one-line description ("The latest news and
/// analysis from our bureau chiefs"), then its form ("Sign me up"). The description
/// goes when it is a paragraph of its own that describes a newsletter (its rhythm
/// or its contents), under a removed newsletter pitch and above another removed line.
/// A paragraph of the article is longer, or is not framed so, or is about something
/// else.
fn pull_sign_up_blurbs(lines: &[Line], info: &mut [Info], end: usize) {
    // The nearest non-blank line in a direction, at most one blank line away.
    let neighbour = |j: usize, up: bool| {
        let step = |k: usize| if up { k.checked_sub(1) } else { Some(k + 1) };
        let mut k = step(j)?;
        if k < end && lines[k].kind == Kind::Blank {
            k = step(k)?;
        }
        (k < end && lines[k].kind != Kind::Blank).then_some(k)
    };
    for j in 0..end {
        let (l, i) = (&lines[j], &info[j]);
        let candidate = i.removed.is_none()
            && !i.keep
            && matches!(l.kind, Kind::Text)
            && (1..=MAX_SIGN_UP_BLURB_WORDS).contains(&l.words)
            && !i.hits.iter().any(|h| h.weight >= STRONG)
            && j > 0
            && lines[j - 1].kind == Kind::Blank;
        if !candidate {
            continue;
        }
        let heading = neighbour(j, true).filter(|&a| {
            info[a].removed.is_some()
                && info[a].class == Class::Strong
                // A pitch, not a form's field or a share bar's "Email".
                && lines[a].words >= 3
                && info[a].hits.iter().any(|h| h.family == Family::Newsletter)
        });
        let form_below = neighbour(j, false).is_some_and(|b| info[b].removed.is_some());
        // The line's words are looked at last, between a pitch and a form only.
        if let (Some(a), true) = (heading, form_below) {
            if !rules::describes_a_newsletter(&l.text) {
                continue;
            }
            info[j].removed = Some(Reason::Pulled {
                evidence: vec![Evidence::SignUpBlurb],
                position: Position::Middle,
                anchor: lines[a].raw.trim().to_string(),
            });
        }
    }
}

/// A teaser card's description is a line of at most this many words; its headline
/// (and byline or date) at most `MAX_TEASER_HEAD_WORDS`.
const MAX_TEASER_WORDS: usize = 120;
const MAX_TEASER_HEAD_WORDS: usize = 16;

/// A list of teasers for other articles after the story ("Keep reading" / "The
/// Curious Case of …" / "I maintain an internal service …" / "Read More", card after
/// card): each card is a headline (perhaps with a byline or a date), a one-line
/// description and a bare "Read more" link that is already removed. The headlines
/// and descriptions go when the list has two cards or more, sits right under a
/// removed line (its "Keep reading" label, a sign-up box), the story comes before it
/// (three paragraphs of its own) and no paragraph of the story follows it. A digest
/// whose items are the article itself introduces them ("Here is what else you need
/// to know"), or has no three paragraphs before them, and keeps them.
fn pull_teaser_cards(lines: &[Line], info: &mut [Info], end: usize) {
    let is_button = |j: usize| {
        let i = &info[j];
        i.removed.is_some()
            && lines[j].words <= 4
            && i.hits.iter().any(|h| h.family == Family::ReadMore)
    };
    let buttons: Vec<usize> = (0..end).filter(|&j| is_button(j)).collect();
    // A paragraph of the story: a sentence of some length that nothing removed.
    let paragraph_at = |k: usize| {
        let (l, i) = (&lines[k], &info[k]);
        l.kind == Kind::Text && l.prose && l.words >= 15 && i.removed.is_none()
    };
    // The card above button `b`, whose top is below `floor`: its lines (headline,
    // byline, description), or None when they are not a card's.
    let card_above = |b: usize, floor: usize, first: bool| -> Option<Vec<usize>> {
        let mut above = (floor..b).rev().filter(|&k| lines[k].kind != Kind::Blank);
        let d = above.next()?;
        let (dl, di) = (&lines[d], &info[d]);
        let description = dl.kind == Kind::Text
            && dl.prose
            && (5..=MAX_TEASER_WORDS).contains(&dl.words)
            && di.removed.is_none()
            && !di.keep;
        if !description {
            return None;
        }
        let mut card = vec![d];
        for k in above.take(2) {
            let (l, i) = (&lines[k], &info[k]);
            let head = matches!(l.kind, Kind::Text | Kind::Heading)
                && l.words <= MAX_TEASER_HEAD_WORDS
                && !i.keep
                && !paragraph_at(k)
                && !is_button(k)
                // The list's label ("More from the blog") is above the cards.
                && !i
                    .hits
                    .iter()
                    .any(|h| matches!(h.family, Family::Related | Family::ReadMore));
            // Above the first card, a short sentence may end the story: a headline
            // there is a fragment or a question, or is already removed (a date).
            let headline_shape =
                !first || i.removed.is_some() || !l.prose || l.raw.trim_end().ends_with('?');
            if !head || !headline_shape {
                break;
            }
            card.push(k);
        }
        Some(card)
    };
    // (line, its card's button)
    let mut pulled: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < buttons.len() {
        // A run of cards: the first above its button, each next one between the
        // previous button and its own, with nothing else between.
        let Some(first_card) = card_above(buttons[k], 0, true) else {
            k += 1;
            continue;
        };
        let mut run = vec![first_card];
        let mut n = k + 1;
        while n < buttons.len() {
            let Some(card) = card_above(buttons[n], buttons[n - 1] + 1, false) else {
                break;
            };
            let top = *card.iter().min().expect("a card has its description");
            let between_is_card = (buttons[n - 1] + 1..top)
                .all(|j| lines[j].kind == Kind::Blank || info[j].removed.is_some());
            if !between_is_card {
                break;
            }
            run.push(card);
            n += 1;
        }
        let top = *run[0].iter().min().expect("a card has its description");
        let bottom = buttons[n - 1];
        k = n;
        // Under a removed line or a related-stories label ("Keep reading", "More
        // from the blog", a sign-up box), not introduced by the article ("Here is
        // what else you need to know").
        let under_removed = (0..top)
            .rev()
            .find(|&j| lines[j].kind != Kind::Blank)
            .is_some_and(|j| {
                info[j].removed.is_some()
                    || info[j].hits.iter().any(|h| {
                        h.weight >= 2 && matches!(h.family, Family::Related | Family::ReadMore)
                    })
            });
        let story_before = under_removed && (0..top).filter(|&j| paragraph_at(j)).count() >= 3;
        let story_after = (bottom + 1..end).any(&paragraph_at);
        if run.len() < 2 || !story_before || story_after {
            continue;
        }
        for (card, &b) in run.iter().zip(&buttons[n - run.len()..n]) {
            pulled.extend(card.iter().map(|&j| (j, b)));
        }
    }
    for (j, b) in pulled {
        if info[j].removed.is_none() {
            info[j].removed = Some(Reason::Pulled {
                evidence: vec![Evidence::TeaserCard],
                position: Position::Middle,
                anchor: lines[b].raw.trim().to_string(),
            });
        }
    }
}

fn leading_run(lines: &[Line], info: &mut [Info], first: usize, inp: &Inputs) {
    let anchor = (0..first)
        .rev()
        .find(|&j| info[j].removed.is_some() && info[j].class == Class::Strong);
    for j in 0..first {
        let (l, i) = (&lines[j], &info[j]);
        if !removable(l, i) {
            continue;
        }
        // Above the last anchor: the header block (kickers, dates, share labels), but
        // not a longer fragment such as a standfirst without a full stop.
        // Nor a sentence whose only evidence is incidental: a lead crediting the
        // publication ("…, the Gazette has learned.") above a read-more line.
        // A longer one that dates the page ("Press release · Committee · Issued 25
        // November 2026, 14:00") is the header's too.
        let header = anchor.is_some_and(|a| j < a)
            && (i.class != Class::Neutral
                || l.words <= MAX_HEADER_LABEL_WORDS
                || (l.words <= MAX_DATED_HEADER_WORDS && rules::dates_the_page(&l.text)))
            && !(l.prose && incidental_only(i));
        let weak_fragment = i.class == Class::Weak && l.fragment();
        match anchor {
            Some(a) if header => pull(info, j, &lines[a], inp),
            _ if weak_fragment => mark(info, j, inp),
            _ => {}
        }
    }
    // Between two removed lines of the header, a line that dates the page is the
    // header's too ("Update #7 · Posted by Imogen Varga · 3 days ago" between the
    // breadcrumb and the share bar).
    let non_blank: Vec<usize> = (0..first)
        .filter(|&j| lines[j].kind != Kind::Blank)
        .collect();
    for n in 1..non_blank.len().saturating_sub(1) {
        let (above, j, below) = (non_blank[n - 1], non_blank[n], non_blank[n + 1]);
        let (l, i) = (&lines[j], &info[j]);
        if removable(l, i)
            && l.fragment()
            && l.words <= MAX_DATED_HEADER_WORDS
            && info[above].removed.is_some()
            && info[below].removed.is_some()
            && rules::dates_the_page(&l.text)
        {
            pull(info, j, &lines[below], inp);
        }
    }
}

/// Article text still in place: it delimits the leading and trailing runs.
fn is_body(i: &Info) -> bool {
    i.class == Class::Body && i.removed.is_none()
}

/// Notices that close a web page: a cookie banner, a comment section, a rights notice
/// in words ("All rights reserved", "Alle Rechte vorbehalten"; a bare © can be a photo
/// credit between paragraphs).
fn closes_page(i: &Info) -> bool {
    i.removed.is_some()
        && i.class == Class::Strong
        && i.hits.iter().any(|h| {
            h.weight >= STRONG
                && match h.family {
                    Family::Cookie | Family::Comments => true,
                    Family::Rights => h.matched.chars().any(char::is_alphabetic),
                    _ => false,
                }
        })
}

/// At most this many unrecognised sentences after a page-closing notice are taken for
/// the rest of the footer (a consent text, an imprint, a house-rules line).
const MAX_TAIL_SENTENCES: usize = 2;
/// … each of at most this many words.
const MAX_TAIL_WORDS: usize = 60;
/// … and only below an article of at least this many words.
const MIN_ARTICLE_WORDS_ABOVE: usize = 80;

/// Sentences without evidence normally end the trailing run: the article goes on. After
/// a notice that closes the page, one or two short ones, and nothing longer, a heading
/// or a list, are the footer's own text: they become neutral, so the run takes them.
fn absorb_tail(lines: &[Line], info: &mut [Info], end: usize) {
    // A heading is never taken for the notice ("## Discussion" in a paper).
    for a in (0..end).filter(|&a| closes_page(&info[a]) && !lines[a].structural()) {
        // The article is above the notice: a banner pasted above a short article
        // does not swallow it.
        let before: usize = (0..a)
            .filter(|&j| is_body(&info[j]))
            .map(|j| lines[j].words)
            .sum();
        if before < MIN_ARTICLE_WORDS_ABOVE {
            continue;
        }
        let after: Vec<usize> = (a + 1..end).filter(|&j| is_body(&info[j])).collect();
        let short = after.iter().all(|&j| {
            let (l, i) = (&lines[j], &info[j]);
            !i.keep && l.kind == Kind::Text && l.words <= MAX_TAIL_WORDS
        });
        if after.len() <= MAX_TAIL_SENTENCES && short {
            for j in after {
                info[j].class = Class::Neutral;
            }
            return;
        }
    }
}

/// A sentence inside the footer has at most this many words…
const MAX_FOOTER_SENTENCE_WORDS: usize = 30;
/// … and at most this many such sentences are taken from one footer.
const MAX_FOOTER_SENTENCES: usize = 3;
/// Between two footer lines, at most this many kept lines in a row are the footer's…
const MAX_SANDWICHED_LINES: usize = 2;
/// … each of at most this many words.
const MAX_SANDWICHED_WORDS: usize = 40;

/// Families of lines that end a page and are not set between an article's
/// paragraphs, as a newsletter box or a call to follow may be.
const END_OF_PAGE_FAMILIES: &[Family] = &[
    Family::Rights,
    Family::Address,
    Family::Contact,
    Family::Taxonomy,
    Family::AuthorBio,
    Family::OrgVoice,
    Family::FirstAppeared,
    Family::Cookie,
    Family::Comments,
    Family::Disclaimer,
];

/// A footer line of a page's end: repeated across the publisher's articles, or with
/// strong-enough evidence of an end-of-page family.
fn ends_a_page(i: &Info) -> bool {
    // A photo credit ("© AFP", "Foto: © dpa") sits between paragraphs.
    let credit = i.hits.iter().any(|h| h.family == Family::ImageCredit);
    // A © line ends the page when it says what is reserved ("All rights reserved"),
    // not when it only credits someone with a year ("© Historical Society, 1953").
    let rights_line = |h: &Hit| {
        h.family != Family::Rights || h.matched.chars().filter(|c| c.is_alphabetic()).count() >= 6
    };
    !credit
        && (i.repeated >= 2
            || i.hits.iter().any(|h| {
                h.weight >= 2 && END_OF_PAGE_FAMILIES.contains(&h.family) && rights_line(h)
            }))
}

/// Removed for footer evidence, as a trailing run's anchor is.
fn footer_line(i: &Info) -> bool {
    i.removed.is_some()
        && i.class == Class::Strong
        && (matches!(i.removed, Some(Reason::Drop { .. }))
            || i.repeated >= 2
            || i.hits
                .iter()
                .any(|h| h.weight >= 2 && !INLINE_FAMILIES.contains(&h.family)))
}

/// Short sentences to the reader set between the footer's lines, where the page ends
/// (the bio / "Know something we should look into? …" / "X is an independent
/// newsletter …"; "Filed under: …" / "What's your goal? Tell me in the comments" /
/// "Join 18,000+ readers …"): each has a footer line of a page's end right above it
/// (`ends_a_page`: not a newsletter box, which may sit between paragraphs) and, below it,
/// nothing but footer lines and other such sentences, with a footer line at the end
/// or a page-closing notice above. They speak to the reader or as the publication
/// (`speaks_to_the_reader`); the article's own last sentence, which reports, stays,
/// and so does everything when the article above is shorter than three paragraphs.
///
/// Also one or two short lines of any wording set between two footer lines, the one
/// above of a page's end ("Media contact: …" / "About the museum: founded in 1987, …"
/// / "Museum address …"; "© … Student newspaper since 1968" / "Editorial office:
/// Room 214" / "Corrections: …" / "© …"): the article does not resume between its
/// contact lines and its copyright line.
/// Returns the new last article line.
fn pull_sentences_inside_the_footer(
    lines: &[Line],
    info: &mut [Info],
    end: usize,
) -> Option<usize> {
    // A short plain line still in place.
    let short_text = |info: &[Info], j: usize| {
        let (l, i) = (&lines[j], &info[j]);
        i.removed.is_none()
            && !i.keep
            && l.kind == Kind::Text
            && (1..=MAX_SANDWICHED_WORDS).contains(&l.words)
    };
    let speaks = |j: usize| {
        lines[j].words <= MAX_FOOTER_SENTENCE_WORDS && rules::speaks_to_the_reader(&lines[j].text)
    };
    // Most articles end with a kept line that is no such line: nothing to walk.
    let last_kept = (0..end)
        .rev()
        .find(|&j| lines[j].kind != Kind::Blank && info[j].removed.is_none());
    if !last_kept.is_some_and(|j| short_text(info, j)) {
        return None;
    }
    let non_blank: Vec<usize> = (0..end).filter(|&j| lines[j].kind != Kind::Blank).collect();
    let end_of_page = |info: &[Info], n: usize| {
        let a = non_blank[n];
        footer_line(&info[a]) && ends_a_page(&info[a])
    };
    // Walk up from the end over removed lines and such lines: the footer zone.
    let mut taken: Vec<(usize, Evidence)> = Vec::new();
    let mut footer_below = false;
    let mut top = non_blank.len();
    for (n, &j) in non_blank.iter().enumerate().rev() {
        if info[j].removed.is_some() {
            top = n;
            continue;
        }
        if !short_text(info, j) || taken.len() == MAX_FOOTER_SENTENCES {
            break;
        }
        // The kept lines around this one, and the footer lines around them.
        let kept = |m: &usize| info[non_blank[*m]].removed.is_none();
        let run_top = (0..=n).rev().take_while(kept).last().unwrap_or(n);
        let run_bottom = (n..non_blank.len()).take_while(kept).last().unwrap_or(n);
        let between = run_bottom - run_top < MAX_SANDWICHED_LINES
            && run_top > 0
            && end_of_page(info, run_top - 1)
            && non_blank
                .get(run_bottom + 1)
                .is_some_and(|&b| footer_line(&info[b]))
            && (run_top..=run_bottom).all(|m| {
                // A fragment (a name, opening hours), a line to the reader or one
                // with some evidence; a plain sentence of news ("The council meets
                // again on 14 January.") may be the article's last, pasted late.
                let (l, i) = (&lines[non_blank[m]], &info[non_blank[m]]);
                short_text(info, non_blank[m])
                    && !rules::reports_or_quotes(&l.text)
                    && (!l.prose || !i.hits.is_empty() || rules::speaks_to_the_reader(&l.text))
            });
        // Right under a footer line, and the footer goes on below or the page was
        // closed above.
        let above = n.checked_sub(1);
        let under_footer = above.is_some_and(|a| end_of_page(info, a));
        let closed = above.is_some_and(|a| closes_page(&info[non_blank[a]]));
        footer_below |= non_blank[n + 1..].iter().any(|&k| footer_line(&info[k]));
        if speaks(j) && under_footer && (footer_below || closed) {
            taken.push((j, Evidence::InsideFooter));
        } else if between {
            taken.push((j, Evidence::BetweenFooterLines));
        } else {
            break;
        }
        top = n;
    }
    if taken.is_empty() {
        return None;
    }
    let first_in_zone = non_blank[top];
    let paragraphs_above = (0..first_in_zone)
        .filter(|&j| is_body(&info[j]) && lines[j].prose && lines[j].words >= 15)
        .count();
    if paragraphs_above < 3 {
        return None;
    }
    for (j, evidence) in taken {
        let anchor = non_blank
            .iter()
            .rev()
            .find(|&&k| k < j && info[k].removed.is_some())
            .map_or(String::new(), |&k| lines[k].raw.trim().to_string());
        info[j].removed = Some(Reason::Pulled {
            evidence: vec![evidence],
            position: Position::Trailing,
            anchor,
        });
    }
    (0..first_in_zone).rev().find(|&j| is_body(&info[j]))
}

/// A footer block needs at least this many lines removed for footer evidence.
const MIN_BLOCK_ANCHORS: usize = 2;
/// … and the article above it at least this many blank-line-separated paragraphs.
const MIN_PARAGRAPHS_ABOVE: usize = 3;
/// Sentences without evidence in a footer block are taken up to this many words.
const MAX_BLOCK_SENTENCE_WORDS: usize = 40;

/// A footer pasted as one block (lines with no blank line between them) at the end of
/// an article whose paragraphs are separated by blank lines: when two or more of its
/// lines are removed for footer evidence (one of them strong) and at least half of
/// the rest, from its first line of footer evidence, have evidence too, the
/// unrecognised sentences below its first line of footer evidence ("Spotted a mistake?
/// Write to …", a pitch for membership) are footer text too. The article's last
/// paragraph is often pasted right above the footer: lines above that first footer line
/// stay, and only short plain sentences are taken, never a heading, a list or a long
/// paragraph. Returns the new last article line.
fn footer_block(lines: &[Line], info: &mut [Info], end: usize, inp: &Inputs) -> Option<usize> {
    let is_blank = |j: usize| lines[j].kind == Kind::Blank;
    let footer_evidence = |i: &Info| {
        i.hits.iter().any(|h| {
            !INLINE_FAMILIES.contains(&h.family) && !INCIDENTAL_FAMILIES.contains(&h.family)
        })
    };
    // The last block that still has a line in place.
    let last_kept = (0..end)
        .rev()
        .find(|&j| !is_blank(j) && info[j].removed.is_none())?;
    let start = (0..last_kept)
        .rev()
        .find(|&j| is_blank(j))
        .map_or(0, |j| j + 1);
    let stop = (last_kept..end).find(|&j| is_blank(j)).unwrap_or(end);
    // Lines already removed for footer evidence, one of them strong.
    let anchors: Vec<usize> = (start..stop)
        .filter(|&j| info[j].removed.is_some() && footer_evidence(&info[j]))
        .collect();
    let &strong = anchors.iter().find(|&&j| info[j].class == Class::Strong)?;
    let first_footer = (start..stop).find(|&j| footer_evidence(&info[j]))?;
    let taken: Vec<usize> = (first_footer..stop)
        .filter(|&j| info[j].removed.is_none())
        .collect();
    let bare = taken
        .iter()
        .filter(|&&j| info[j].hits.is_empty() && info[j].repeated < 2)
        .count();
    let plain = taken.iter().all(|&j| {
        let (l, i) = (&lines[j], &info[j]);
        !i.keep && l.kind == Kind::Text && l.words <= MAX_BLOCK_SENTENCE_WORDS
    });
    // Paragraphs above: blank lines after article lines, before the block.
    let paragraphs = (1..start)
        .filter(|&j| is_blank(j) && is_body(&info[j - 1]))
        .count();
    let words_above: usize = (0..first_footer)
        .filter(|&j| is_body(&info[j]))
        .map(|j| lines[j].words)
        .sum();
    if anchors.len() < MIN_BLOCK_ANCHORS
        || stop - first_footer < 2 * bare
        || !plain
        || paragraphs < MIN_PARAGRAPHS_ABOVE
        || words_above < MIN_ARTICLE_WORDS_ABOVE
    {
        return None;
    }
    for &j in &taken {
        pull(info, j, &lines[strong], inp);
    }
    (0..first_footer).rev().find(|&j| is_body(&info[j]))
}

fn trailing_run(lines: &[Line], info: &mut [Info], last: usize, end: usize, inp: &Inputs) {
    // Only a footer kind of line starts the footer: an ad marker or a photo credit
    // can sit between the last paragraphs, with article text still to come.
    let anchor = (last + 1..end).find(|&j| footer_line(&info[j]));
    // A repeated line with other evidence at the end of the article is a footer even
    // without an anchor ("X is an independent newsletter for …" in every article).
    for j in last + 1..end {
        let (l, i) = (&lines[j], &info[j]);
        if removable(l, i) && i.class == Class::Weak && i.score >= 2 && i.repeated >= 2 {
            mark(info, j, inp);
        }
    }
    let Some(a) = anchor else { return };
    // After the first anchor: the footer, all of it.
    for j in a + 1..end {
        if removable(&lines[j], &info[j]) {
            pull(info, j, &lines[a], inp);
        }
    }
    // Before it: contiguous weak fragments.
    for j in (last + 1..a).rev() {
        let (l, i) = (&lines[j], &info[j]);
        if l.kind == Kind::Blank || i.removed.is_some() {
            continue;
        }
        // An item of a list whose item above is the article's is the article's too
        // ("## Agenda" / "- 12 december: beleggersdag" / "- 20 februari: jaarcijfers").
        if l.kind == Kind::ListItem
            && j > 0
            && lines[j - 1].kind == Kind::ListItem
            && info[j - 1].class == Class::Body
            && info[j - 1].removed.is_none()
        {
            break;
        }
        // Weak fragments, sentences with two kinds of evidence ("Jane Doe covers
        // energy for the Courier") and pitches to the reader ("Noch kein Mitglied?
        // Jetzt online eintreten.") just above the footer belong to it.
        let about_us = i.repeated >= 2 || i.hits.iter().any(|h| BIO_FAMILIES.contains(&h.family));
        // The publication's own voice (not quoted: "\"We are proud of our community
        // …\"") and pitches need more: two kinds of evidence, a score of 3
        // ("Schulterschluss erscheint zehnmal im Jahr" names the paper; "Das Magazin
        // erscheint viermal im Jahr und kostet acht Euro" stays).
        let quoted = i.hits.iter().any(|h| h.family == Family::WholeQuote);
        let own_voice = i.hits.iter().any(|h| h.family == Family::OrgVoice) && !quoted;
        let pitch = i
            .hits
            .iter()
            .any(|h| h.weight >= 2 && PITCH_FAMILIES.contains(&h.family));
        // A short pitch alone will do ("Noch kein Mitglied? Jetzt online eintreten.");
        // a longer sentence may report one ("Not yet a member? The club holds an open
        // day …, its chairman said").
        let short_pitch = pitch && l.words <= SHORT_PITCH_WORDS;
        if removable(l, i)
            && i.class == Class::Weak
            && (l.fragment()
                || (i.score >= 2 && (about_us || (short_pitch && !l.structural())))
                || (i.score >= 3 && (own_voice || pitch) && !l.structural()))
        {
            pull(info, j, &lines[a], inp);
        } else {
            break;
        }
    }
}

/// Fix up positions now that the runs are known.
fn finish(info: Vec<Info>, body: Option<(usize, usize)>) -> Vec<Option<Reason>> {
    info.into_iter()
        .enumerate()
        .map(|(j, i)| {
            let position = match body {
                Some((first, _)) if j < first => Position::Leading,
                Some((_, last)) if j > last => Position::Trailing,
                _ => Position::Middle,
            };
            i.removed.map(|r| match r {
                Reason::Line { evidence, .. } => Reason::Line { evidence, position },
                Reason::Pulled {
                    evidence, anchor, ..
                } => Reason::Pulled {
                    evidence,
                    position,
                    anchor,
                },
                other => other,
            })
        })
        .collect()
}

//! Why a line was removed: the evidence, where it sat, and what pulled it.

use std::fmt;

/// A family of boilerplate patterns (see `rules/patterns.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Family {
    /// ©, "All rights reserved", "Tous droits réservés", company registration.
    Rights,
    /// "Follow us", "Subscribe to …", "Download the app", "Send tips to".
    CallToAction,
    /// Newsletter pitches and sign-up form text.
    Newsletter,
    /// "Share on X", "Share this article".
    Share,
    /// A menu of social networks or site links; a lone "@handle".
    Social,
    /// Menus and breadcrumbs: short segments joined by `|`, `·`, `›`.
    Menu,
    /// Street, suite, postcode or country lines.
    Address,
    /// E-mail addresses, phone numbers, "Contact us".
    Contact,
    /// A URL or link alone on a line.
    BareLink,
    /// "Advertisement", "Story continues below".
    Advert,
    /// "Read more: …", "See also: …".
    ReadMore,
    /// "Related coverage", "Most popular", "You may also like".
    Related,
    /// "Listen to this article", "5 min read".
    Listen,
    /// "Photo: …", "(Getty Images)", "Image credit".
    ImageCredit,
    /// "This article originally appeared on …".
    FirstAppeared,
    /// "By Jane Doe, Correspondent | 4 March".
    Byline,
    /// A line that is only a date or time.
    Dateline,
    /// Cookie banners.
    Cookie,
    /// Comment sections and forms.
    Comments,
    /// Disclaimers and affiliate notices.
    Disclaimer,
    /// "Filed under", "Tags:", "Category:".
    Taxonomy,
    /// An author blurb: "Jane Doe covers energy for …".
    AuthorBio,
    /// A teaser cut off with "…".
    Teaser,
    /// The publisher speaking about itself ("Our magazine …", "at X, we …").
    OrgVoice,
    /// The whole line is one quotation.
    WholeQuote,
    /// Mentions the publication itself.
    SelfReference,
    /// Repeats the article's title.
    TitleRepeat,
    /// A separator line (`---`).
    Separator,
    /// Placeholders left by embeds and galleries ("View this post on Instagram").
    Embed,
    /// A section label ("Analysis", "World").
    Kicker,
    /// An appeal for money or membership on behalf of the journalism ("Support local
    /// reporting: become a member for $5 a month").
    Appeal,
    /// A notice about the reader's access to the article, from a paywall or a
    /// subscription ("This story is free to read thanks to our members", "Gift this
    /// article: you have 5 gifts left", "Plus-Artikel").
    Access,
}

impl Family {
    fn describe(self) -> &'static str {
        match self {
            Family::Rights => "rights line",
            Family::CallToAction => "call to action",
            Family::Newsletter => "newsletter pitch",
            Family::Share => "share prompt",
            Family::Social => "social/site links",
            Family::Menu => "menu or breadcrumb",
            Family::Address => "postal address",
            Family::Contact => "contact details",
            Family::BareLink => "link alone on a line",
            Family::Advert => "ad marker",
            Family::ReadMore => "read-more link",
            Family::Related => "related-articles heading",
            Family::Listen => "listen/reading-time label",
            Family::ImageCredit => "image credit",
            Family::FirstAppeared => "republication note",
            Family::Byline => "byline",
            Family::Dateline => "date line",
            Family::Cookie => "cookie notice",
            Family::Comments => "comment section",
            Family::Disclaimer => "disclaimer",
            Family::Taxonomy => "tag/category line",
            Family::AuthorBio => "author bio",
            Family::Teaser => "truncated teaser",
            Family::OrgVoice => "publisher self-promotion",
            Family::WholeQuote => "quoted blurb",
            Family::SelfReference => "mentions the publication",
            Family::TitleRepeat => "repeats the title",
            Family::Separator => "separator",
            Family::Embed => "embed placeholder",
            Family::Kicker => "section label",
            Family::Appeal => "appeal for support",
            Family::Access => "subscriber access notice",
        }
    }
}

impl fmt::Display for Family {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.describe())
    }
}

/// One piece of evidence against a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Evidence {
    /// A pattern family matched; `matched` is the text it matched.
    Pattern { family: Family, matched: String },
    /// The line (normalised) appears in several articles of the same source.
    Repeated { articles: u32, source: String },
    /// Short, unpunctuated line (no family matched) inside a boilerplate run.
    ShortLine,
    /// The one-line description of a sign-up box, between its heading and its form.
    SignUpBlurb,
    /// A card in a list of teasers for other articles: a headline and its one-line
    /// description above a bare "Read more".
    TeaserCard,
    /// A sentence to the reader between the lines of the page's footer.
    InsideFooter,
    /// A short line set between two lines of the page's footer.
    BetweenFooterLines,
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Evidence::Pattern { family, matched } if matched.is_empty() => write!(f, "{family}"),
            Evidence::Pattern { family, matched } => {
                write!(f, "{family} ({})", excerpt(matched, 40))
            }
            Evidence::Repeated { articles, source } => {
                write!(f, "repeats in {articles} articles of {source}")
            }
            Evidence::ShortLine => f.write_str("short line"),
            Evidence::SignUpBlurb => f.write_str("describes the sign-up box around it"),
            Evidence::InsideFooter => f.write_str("speaks to the reader between footer lines"),
            Evidence::BetweenFooterLines => f.write_str("set between footer lines"),
            Evidence::TeaserCard => {
                f.write_str("teases another article above its \"read more\" link")
            }
        }
    }
}

/// Where in the body a removed line sat.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    /// Before the first line of article text.
    Leading,
    /// Between article paragraphs.
    Middle,
    /// After the last line of article text.
    Trailing,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Position::Leading => "leading run",
            Position::Middle => "mid-article",
            Position::Trailing => "trailing run",
        })
    }
}

/// Why a line was removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reason {
    /// The line's own evidence is strong enough anywhere.
    Line {
        evidence: Vec<Evidence>,
        position: Position,
    },
    /// Weaker evidence, removed because a strong boilerplate line (`anchor`) next to it
    /// shows this is a boilerplate block (a footer, a header, a related-links list).
    Pulled {
        evidence: Vec<Evidence>,
        position: Position,
        anchor: String,
    },
    /// Matched a `drop` pattern from the configuration (`key` is its path).
    Drop { key: String, pattern: String },
    /// At or after a `cut_after` marker from the configuration.
    CutAfter { key: String, pattern: String },
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Line { evidence, position } => {
                write_evidence(f, evidence)?;
                match position {
                    Position::Middle => write!(f, " mid-article"),
                    p => write!(f, " in {p}"),
                }
            }
            Reason::Pulled {
                evidence,
                position,
                anchor,
            } => {
                write_evidence(f, evidence)?;
                let run = match position {
                    Position::Leading => "leading run",
                    Position::Middle => "block",
                    Position::Trailing => "trailing run",
                };
                write!(f, " pulled by {run} with '{}'", excerpt(anchor, 40))
            }
            Reason::Drop { key, pattern } => write!(f, "{key} pattern `{pattern}`"),
            Reason::CutAfter { key, pattern } => write!(f, "after cut marker `{pattern}` ({key})"),
        }
    }
}

fn write_evidence(f: &mut fmt::Formatter<'_>, evidence: &[Evidence]) -> fmt::Result {
    if evidence.is_empty() {
        return f.write_str("short line");
    }
    for (i, e) in evidence.iter().enumerate() {
        if i > 0 {
            f.write_str(" + ")?;
        }
        write!(f, "{e}")?;
    }
    Ok(())
}

/// At most `max` characters of `s`, with an ellipsis when cut.
pub(crate) fn excerpt(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out: String = s.chars().take(max).collect();
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_read_like_explanations() {
        let r = Reason::Line {
            evidence: vec![Evidence::Pattern {
                family: Family::Rights,
                matched: "©".into(),
            }],
            position: Position::Trailing,
        };
        assert_eq!(r.to_string(), "rights line (©) in trailing run");
        let r = Reason::Pulled {
            evidence: vec![Evidence::Pattern {
                family: Family::Address,
                matched: String::new(),
            }],
            position: Position::Trailing,
            anchor: "Follow for more updates on : https://example.org/".into(),
        };
        assert_eq!(
            r.to_string(),
            "postal address pulled by trailing run with 'Follow for more updates on : https://exa…'"
        );
        let r = Reason::Line {
            evidence: vec![Evidence::Repeated {
                articles: 3,
                source: "The Harbour Courier".into(),
            }],
            position: Position::Middle,
        };
        assert_eq!(
            r.to_string(),
            "repeats in 3 articles of The Harbour Courier mid-article"
        );
    }
}

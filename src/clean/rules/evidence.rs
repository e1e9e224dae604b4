//! The checks beyond the pattern table: a line's shape (menus, date lines, counters,
//! polls, media placeholders), combined vocabulary (appeals, paywall notices,
//! newsletter offers), the article's own title and author on a line, and the rules
//! that take evidence away from what the article quotes or reports.

use super::*;

/// A dash-delimited aside of at most six words that ends by naming a heading, slogan,
/// banner or message (`QUOTED_THING_WORDS`): "… — the pop-up's heading — …".
pub(super) fn aside_names_a_quotation(text: &str) -> bool {
    [" — ", " – "].iter().any(|dash| {
        text.split(dash).skip(1).any(|aside| {
            // The aside ends in the noun: "the pop-up's heading", not "the daily
            // headline digest".
            let words: Vec<&str> = aside.split_whitespace().take(7).collect();
            words.len() <= 6
                && words.last().is_some_and(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                    is_one_of(w, QUOTED_THING_WORDS)
                })
        })
    })
}

/// A long sentence that reports who said it: twenty words or more, with a reporting
/// verb or "according to" (boilerplate speaks for itself).
pub(super) fn reports_speech(l: &Line, lower: &str) -> bool {
    l.prose
        && l.words >= 20
        && (has_word_from(&l.text, &[SPEECH_VERBS])
            || [
                "according to",
                "selon ",
                "según ",
                "secondo ",
                "segundo ",
                "laut ",
                "volgens ",
            ]
            .iter()
            .any(|w| lower.contains(w)))
}

/// The words after a call to action say that it is a name: "… é o nome do novo
/// programa", "… is the title of", "… ist der Name".
pub(super) fn is_named(after: &str) -> bool {
    static NAMED: LazyLock<Regex> = LazyLock::new(|| {
        build(
            r"^[^.!?]{0,40}?(?:^|\s)(?:is|was|é|foi|è|era|es|fue|est|était|ist|war)\s+(?:the|o|il|el|le|la|der|die|das|de|het)\s+(?:name|title|slogan|motto|nome|titolo|nombre|t[íi]tulo|nom|titre|titel|naam|lema|lemma)\b",
            true,
        )
    });
    NAMED.is_match(after)
}

/// A rights formula that opens a long sentence which then goes on to say who said or
/// wrote it is quoted or discussed, not declared: "All rights reserved, the brewery's lawyers argued, was boilerplate …",
/// "Alle Rechte vorbehalten habe sich Sänger Jonas Brandt …". Its evidence is weak.
/// A footer's formula ends the line or its sentence ("… All rights reserved."), and a ©
/// keeps it strong.
pub(super) fn rights_formula_in_a_sentence(l: &Line, hits: &mut [Hit]) {
    if !l.prose || l.words < 12 {
        return;
    }
    let text: &str = &l.text;
    for h in hits
        .iter_mut()
        .filter(|h| h.family == F::Rights && h.weight >= STRONG)
    {
        // The formula opens the sentence and the sentence goes on.
        if !(worded_formula(&h.matched) && opens_with(text, &h.matched)) {
            continue;
        }
        let rest = text[h.matched.len()..].trim_start();
        let goes_on = rest.starts_with(',') || rest.starts_with(char::is_lowercase);
        // Reported, or the line goes on to quote someone ("Alle rechten voorbehouden,
        // staat onder het stencil. Verhulst lacht: „Die rechten zijn nu van ons.”").
        let reported = has_word_from(rest, &[REPORTING_VERBS]) || has_speech(rest);
        if goes_on && reported {
            h.weight = 1;
        }
    }
}

/// A rights formula that asks ("## Tous droits réservés ?") heads a section about
/// rights; one inside a paragraph of the article, not opening it ("… Volgens haar is
/// het kunstwerk auteursrechtelijk beschermd en mag …"), is the story's subject. A
/// notice states its rights and opens with them.
pub(super) fn rights_asked_or_discussed(l: &Line, hits: &mut [Hit]) {
    if !hits.iter().any(|h| h.family == F::Rights) {
        return;
    }
    let text = l.text.trim_end();
    let asks = text.ends_with('?');
    // A © or a year makes a notice of it whatever surrounds it.
    let no_symbol = !text.contains(RIGHTS_SYMBOLS);
    for h in hits.iter_mut().filter(|h| h.family == F::Rights) {
        let discussed = no_symbol
            && worded_formula(&h.matched)
            && is_paragraph(l)
            && !opens_with(text, &h.matched);
        if asks || discussed {
            h.weight = h.weight.min(1);
        }
    }
}

const RIGHTS_SYMBOLS: [char; 4] = ['©', 'Ⓒ', 'ⓒ', '℗'];

/// A rights formula in words ("All rights reserved"), without a © or a year.
fn worded_formula(matched: &str) -> bool {
    !matched.is_empty()
        && !matched.contains(RIGHTS_SYMBOLS)
        && !matched.bytes().any(|b| b.is_ascii_digit())
}

/// Whether `text` opens with `matched`, whatever the ASCII case.
fn opens_with(text: &str, matched: &str) -> bool {
    text.get(..matched.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(matched))
}

/// Appeals are short: a longer line is article text about money.
pub(super) const MAX_APPEAL_WORDS: usize = 45;

/// The house rules of a comment section: a word for comments or commenting and a word
/// for their moderation or rules, in the seven languages ("Comments are moderated by
/// volunteers", "Reageren kan tot middernacht. We modereren …").
pub(super) fn comment_rules(vocabulary: u32) -> bool {
    vocabulary & COMMENT_WORD != 0 && vocabulary & MODERATION_WORD != 0
}

/// An appeal for money or membership on behalf of the journalism: weight 3 when a
/// sentence opens with an appeal verb ("Support …", "Hazte socio …", "Word abonnee …")
/// and the line names both the cause (journalism, the publication, us) and the means
/// (membership, a subscription, a donation, a price); weight 2 for cause, means and a
/// price without the verb. A story about prices ("Subscribers will pay $17.99 a
/// month") names no cause and no appeal verb.
/// A price: "$5", "£1.60", "4,99 €", "12 euros".
pub(super) static PRICE: LazyLock<Regex> = LazyLock::new(|| {
    build(
        r"[$€£]\s?\d|\d(?:[.,]\d{1,2})?\s?(?:€|\$|£|euros?\b|eur\b|dollars?\b)",
        true,
    )
});

/// Whether the line may hold a price: a digit and a currency (cheap checks first).
pub(super) fn may_have_price(text: &str, lower: &str) -> bool {
    text.bytes().any(|b| b.is_ascii_digit())
        && (text.contains(['$', '€', '£']) || lower.contains("eur") || lower.contains("dollar"))
}

/// A price in the line ("€4,99", "12 euros"). A percentage alone is not an offer:
/// "Die Inflation lag bei 2,2 %", "Households could save 10% on energy bills".
pub(crate) fn offers_a_price(text: &str) -> bool {
    has_price(text, &text.to_lowercase())
}

pub(super) fn has_price(text: &str, lower: &str) -> bool {
    may_have_price(text, lower) && PRICE.is_match(text)
}

pub(super) fn appeal(text: &str, lower: &str, vocabulary: u32, ctx: &Context) -> Option<u8> {
    let means = vocabulary & APPEAL_MEANS_WORD != 0;
    let may_price = may_have_price(text, lower);
    if !means && !may_price {
        return None;
    }
    let cause = vocabulary & APPEAL_CAUSE_WORD != 0
        || ctx
            .publication
            .names
            .iter()
            .any(|f| f.find(lower.as_bytes()).is_some());
    // Without a cause named, only an appeal verb with both the means and a price
    // counts (below): "hazte socia o socio desde 4 euros al mes".
    if !(cause || (means && may_price)) {
        return None;
    }
    // The price's pattern runs last, on the few lines that may still be an appeal.
    let price = may_price && PRICE.is_match(text);
    if !means && !price {
        return None;
    }
    let verbs = clause_verbs(text);
    // A first-person button's verb counts only from the first-person list.
    let opens_with = |list: &[&str]| {
        verbs.iter().any(|(w, first_person)| {
            if *first_person {
                FIRST_PERSON_APPEAL_VERBS.contains(&w.as_str())
            } else {
                list.contains(&w.as_str())
            }
        })
    };
    if !cause {
        // Only an unmistakable imperative: "Support for the deal rose after the £1,500
        // payment" opens with a noun, "…, werden mit 20 Euro belohnt" with a verb
        // that is not a call.
        // Some calls are calls only with their object: Dutch "Word abonnee" (not
        // "Word of the year"), "Werde Mitglied" (not "…, werde der Beitrag steigen"),
        // "Doe agora".
        let call_phrase = NO_CAUSE_APPEAL_PHRASES.iter().any(|p| {
            let verb = p.split(' ').next().unwrap_or(p);
            lower.contains(p) && verbs.iter().any(|(w, fp)| !fp && w == verb)
        });
        ((opens_with(NO_CAUSE_APPEAL_VERBS) || call_phrase) && means && price).then_some(STRONG)
    } else if opens_with(APPEAL_VERBS) && (means || price) {
        Some(STRONG)
    } else if means && price {
        Some(2)
    } else {
        None
    }
}

/// The word that may be a call in each clause of `text`: the first word of the line
/// and of each sentence or clause (after . ! ? : , or a dash); the word after a
/// "please"; a first-person button after a colon ("…: je soutiens Le Sillon"); the
/// infinitive that ends a short German clause opening with "Jetzt" ("Jetzt drei
/// Ausgaben für 9,90 € testen"), lower-cased; `true` marks the first-person one.
fn clause_verbs(text: &str) -> Vec<(String, bool)> {
    let word = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
            .to_lowercase()
    };
    std::iter::once((None, text))
        .chain(
            text.match_indices(['.', '!', '?', ':', '—', '–', ','])
                .map(|(i, m)| (m.chars().next(), &text[i + m.len()..])),
        )
        .filter_map(|(after, rest)| {
            let mut words = rest.split_whitespace().map(word);
            let first = words.next()?;
            let verb = match first.as_str() {
                "please" | "bitte" | "kindly" => words.next(),
                "je" | "ich" | "yo" | "io" | "eu" | "ik" if after == Some(':') => {
                    return words.next().map(|w| (w, true));
                }
                "je" | "ich" | "yo" | "io" | "eu" | "ik" => None,
                "jetzt" => {
                    let mut last = None;
                    for w in rest.split_whitespace().skip(1).take(8) {
                        last = Some(w);
                        if w.ends_with(['.', '!', '?', ':']) {
                            break;
                        }
                    }
                    last.map(word)
                        .filter(|w| !matches!(w.as_str(), "werden" | "werde" | "sein" | "haben"))
                }
                _ => Some(first),
            };
            verb.map(|w| (w, false))
        })
        .collect()
}

/// A paywall's notice in any wording: it speaks of the articles (or reading) and of
/// at least two of accounts, subscriptions, free reads or limits, access, and prices.
/// Strong when it addresses the reader or speaks as the publication ("Je leest nu een
/// gratis artikel. Log in en krijg onbeperkt toegang"); a fragment otherwise, or a
/// sentence naming three of them, is weak evidence, another sentence barely any (a
/// story about a streaming service's prices). A short fragment naming the tier alone
/// ("Article réservé à nos abonnés") is weak evidence too. Without a word for what is
/// read, three of them and the reader addressed are strong ("Unlock the full picture:
/// $10 for your first month … Cancel anytime").
pub(super) fn access_notice(vocabulary: u32, fragment: bool, words: usize) -> Option<u8> {
    let content = vocabulary & CONTENT_WORD != 0;
    let concepts = [
        ACCOUNT_WORD,
        PREMIUM_WORD,
        FREE_WORD,
        ACCESS_WORD,
        PERIOD_WORD,
    ]
    .iter()
    .filter(|&&bit| vocabulary & bit != 0)
    .count();
    // Without a word for what is read, the reader addressed and three concepts: "Unlock
    // the full picture: Digital is HK$10 for your first month … Cancel anytime."
    if !content {
        return (concepts >= 3 && vocabulary & READER_WORD != 0).then_some(STRONG);
    }
    // A short label naming the tier alone: "Article réservé à nos abonnés".
    let tier_label = concepts == 1 && vocabulary & PREMIUM_WORD != 0 && fragment && words <= 8;
    if concepts < 2 && !tier_label {
        return None;
    }
    Some(if tier_label {
        2
    } else if vocabulary & READER_WORD != 0 {
        STRONG
    } else if fragment || concepts >= 3 {
        2
    } else {
        1
    })
}

/// The words in capitals that open a line, when a capitalised word of ordinary case
/// follows them: "LEGGI ANCHE" of "LEGGI ANCHE Tolmezzo, riapre il reparto".
pub(super) fn capital_lead_in(text: &str) -> Option<&str> {
    let mut end = 0;
    let mut count = 0;
    for (i, w) in text.split_whitespace().enumerate() {
        // Letters with case, all upper ("東京" has no case: not a lead-in).
        let capitals = w.chars().any(char::is_uppercase) && !w.chars().any(char::is_lowercase);
        if capitals && i < 4 {
            count += 1;
            end = w.as_ptr() as usize - text.as_ptr() as usize + w.len();
            continue;
        }
        let ordinary = w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase);
        return (count >= 1 && ordinary).then(|| &text[..end]);
    }
    None
}

/// A premium tier's mark opening the line: a short name in capitals ending in "+"
/// ("HMA+ Exklusiv für Abonnenten – jetzt 4 Wochen für 0,99 € testen", "ML+ | …").
/// Strong with a word for subscribers or a price; weak alone.
pub(super) fn premium_mark(text: &str, vocabulary: u32) -> Option<u8> {
    let mark = text.split_whitespace().next()?;
    let name = mark.strip_suffix('+')?;
    let is_mark = (1..=6).contains(&name.chars().count())
        && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
        && name.chars().any(char::is_uppercase);
    if !is_mark {
        return None;
    }
    Some(if vocabulary & (PREMIUM_WORD | PERIOD_WORD) != 0 {
        STRONG
    } else {
        2
    })
}

/// "Funding for … is provided by", "Support for … comes from": group 1 is what is funded.
pub(super) static FUNDING: LazyLock<Regex> = LazyLock::new(|| {
    build(
        r"^(?:funding|support|underwriting)\s+for\s+(.{1,80}?)\s+(?:is|was|comes|come)\s+(?:provided\s+)?(?:in\s+part\s+)?(?:by|from)\b",
        true,
    )
});

/// An entry of a timeline: a year, then a dash or colon ("2024 – Trennung", "2026:
/// Klage vor dem Landgericht").
pub(super) fn is_timeline_entry(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() > 6
        && b[..4].iter().all(u8::is_ascii_digit)
        && (b.starts_with(b"19") || b.starts_with(b"20"))
        && text[4..].trim_start().starts_with(['–', '—', '-', ':'])
}

/// A result: two sides, each ending in its score, around a dash ("Pennington Vale 2 –
/// Hollins Cross 1", "Ajax 3 - 1 PSV" is not one: its dash is inside the score).
pub(super) fn is_scoreline(text: &str) -> bool {
    // A score ends the line (checked first: most lines end otherwise).
    if !text.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some((home, away)) = [" – ", " — ", " - "]
        .iter()
        .find_map(|d| text.split_once(d))
    else {
        return false;
    };
    let scored = |side: &str| {
        let mut words = side.split_whitespace();
        let score = words.next_back().unwrap_or("");
        (1..=3).contains(&score.len())
            && score.bytes().all(|b| b.is_ascii_digit())
            && words.any(|w| w.chars().any(char::is_alphabetic))
    };
    scored(home) && scored(away)
}

/// Signs that start a media player or an embed: play buttons, cameras, headphones.
pub(super) fn is_play_sign(c: char) -> bool {
    matches!(
        c,
        '▶' | '►'
            | '▷'
            | '⏵'
            | '🎬'
            | '🎥'
            | '📺'
            | '🎧'
            | '📹'
            | '🎙'
            | '🎞'
            | '📽'
            | '🔊'
    )
}

/// A running time in brackets at the end: "(0:58)", "(1:02:10)", "(4 min 18 sec)",
/// "(6'40")".
pub(super) static RUNNING_TIME: LazyLock<Regex> = LazyLock::new(|| {
    build(
        r#"\((?:\d{1,2}:)?\d{1,2}:\d{2}\)$|\(\d{1,3}\s*(?:min|m)\b[^)]{0,16}\)$|\(\d{1,3}\s*['’′]\s*(?:\d{1,2}\s*(?:["”″]|['’′]{2})?)?\)$"#,
        true,
    )
});

/// A heading that opens like a list of more stories but goes on in the article's own
/// words ("## More on the price rise", "## Also in the plan"): it may head a section
/// of the story, so its evidence is weak unless it names stories or coverage.
pub(super) fn free_text_heading(label: &str) -> bool {
    let lower = label.to_lowercase();
    let free = ["more on ", "more from ", "more in ", "also in ", "also on "]
        .iter()
        .any(|p| lower.starts_with(p));
    const CONTENT: &[&str] = &[
        "stories",
        "story",
        "articles",
        "news",
        "coverage",
        "reading",
        "videos",
        "links",
        "posts",
        "headlines",
        "this topic",
    ];
    free && !CONTENT.iter().any(|w| lower.contains(w))
}

/// Words that tell the reader how to see an embed: open it, click, load, allow cookies.
pub(super) fn asks_to_show(text: &str) -> bool {
    const SHOW_WORDS: &[&str] = &[
        "open",
        "click",
        "tap",
        "load",
        "view",
        "show",
        "watch",
        "play",
        "accept",
        "allow",
        "enable",
        "switch",
        "fullscreen",
        "desktop",
        "consent",
        "cookies",
        "klik",
        "laden",
        "bekijken",
        "accepteer",
        "anzeigen",
        "akzeptieren",
        "erlauben",
        "zustimmen",
        "cliquez",
        "afficher",
        "accepter",
        "autoriser",
        "clic",
        "cargar",
        "aceptar",
        "ver",
        "clicca",
        "visualizza",
        "carica",
        "accetta",
        "clique",
        "carregar",
        "aceitar",
        "abrir",
        "aprire",
        "ouvrir",
        "öffnen",
        "openen",
        "screen",
    ];
    has_word_from(text, &[SHOW_WORDS]) || text.contains('@')
}

/// Whether `text` has a word (a run of letters and digits, lower-cased) from one of
/// `lists`: "Instagram-bericht" has "instagram" and "bericht".
pub(super) fn has_word_from(text: &str, lists: &[&[&str]]) -> bool {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .any(|w| lists.iter().any(|list| is_one_of(w, list)))
}

/// Cheap conditions one of which `media_placeholder` needs.
pub(super) fn may_be_media(text: &str, vocabulary: u32) -> bool {
    let (Some(first), Some(last)) = (text.chars().next(), text.chars().next_back()) else {
        return false;
    };
    first == '['
        || (first == '(' && last == ')')
        || is_play_sign(first)
        || is_play_sign(last)
        || (last == ')' && text.bytes().any(|b| b.is_ascii_digit()))
        || vocabulary & EMBED_HINT_WORD != 0
        || has_clock_time(text.as_bytes())
}

/// Whether the bytes hold a time like "1:52" (a digit, a colon, two digits).
pub(super) fn has_clock_time(b: &[u8]) -> bool {
    memchr::memchr_iter(b':', b).any(|i| {
        i > 0
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1).is_some_and(u8::is_ascii_digit)
            && b.get(i + 2).is_some_and(u8::is_ascii_digit)
    })
}

/// A placeholder left where an embed or a media player was, in any wording:
/// - a line wholly in brackets, not ending like a sentence, that names a medium or a
///   platform and is short or tells the reader how to see it ("[Embedded content: X
///   post by @KenyaRedCross]", "(Facebook post — switch on social cookies to see this
///   content)"); an editor's note in brackets is longer and tells nothing of the kind;
/// - a short bracketed tag naming a medium ("[Video] Así quedó la vía (1:47)");
/// - a running time with a medium ("Hear this story as it aired on Morning Edition (4
///   min 18 sec)"), or a play sign with a listening or watching verb ("▶ Reproducir
///   video: … (0:58)");
/// - the noun "embed" with a platform, a platform's post behind a cookie prompt, a
///   medium beside a running time in a fragment ("Video afspelen · 01:52 · …").
pub(super) fn media_placeholder(text: &str) -> bool {
    // Media and platforms, matched as whole words ("Instagram-bericht" is two).
    const MEDIA_WORDS: &[&str] = &[
        "video",
        "videos",
        "vídeo",
        "vídeos",
        "vidéo",
        "vidéos",
        "map",
        "maps",
        "mapa",
        "mapas",
        "carte",
        "karte",
        "kaart",
        "mappa",
        "embed",
        "embedded",
        "eingebettet",
        "eingebetteter",
        "eingebettete",
        "incrustado",
        "ingesloten",
        "post",
        "bericht",
        "beitrag",
        "photo",
        "photos",
        "foto",
        "fotos",
        "image",
        "images",
        "bild",
        "bilder",
        "imagen",
        "imágenes",
        "immagine",
        "imagem",
        "afbeelding",
        "gallery",
        "galerie",
        "galería",
        "galleria",
        "audio",
        "podcast",
        "tweet",
        "chart",
        "graphic",
        "grafik",
        "gráfico",
        "graphique",
        "grafico",
        "grafiek",
        "infographic",
        "infografik",
        "infografía",
        "infografica",
        "widget",
        "player",
        "interactive",
        "interaktiv",
        "interaktive",
        "interactivo",
        "interactiva",
        "interattiva",
        "interattivo",
        "interativo",
        "interactief",
        "content",
        "inhalt",
        "contenido",
        "contenu",
        "contenuto",
        "conteúdo",
        "inhoud",
        "instagram",
        "facebook",
        "youtube",
        "tiktok",
        "twitter",
        "x",
        "mastodon",
        "bluesky",
        "threads",
        "linkedin",
        "vimeo",
        "soundcloud",
        "spotify",
        "telegram",
        "reel",
        "livestream",
        "slideshow",
        "diaporama",
        "umfrage",
        "poll",
        "encuesta",
        "sondaggio",
        "sondage",
        "peiling",
        "sondagem",
    ];

    let names = |s: &str, also_consuming: bool| {
        if also_consuming {
            has_word_from(s, &[MEDIA_WORDS, CONSUME_WORDS])
        } else {
            has_word_from(s, &[MEDIA_WORDS])
        }
    };
    let first = text.chars().next().unwrap_or(' ');
    let last = text.chars().next_back().unwrap_or(' ');
    let inner = &text[first.len_utf8()..];
    let bracketed = match (first, last) {
        ('[', ']') => !inner[..inner.len() - 1].contains([']', '[']),
        ('(', ')') => !inner[..inner.len() - 1].contains(['(', ')']),
        _ => false,
    };
    // A sentence of the article in brackets ends like one: "(The watchdog declined to
    // comment.)"; a placeholder does not. An editor's note in brackets names media too
    // ("[Editor's note: the video was removed from YouTube on Tuesday]"): a placeholder
    // is short, or tells the reader what to do to see it (open, click, allow cookies).
    if bracketed {
        let sentence = inner[..inner.len() - 1]
            .trim_end()
            .ends_with(['.', '!', '?']);
        let short = inner.split_whitespace().nth(8).is_none();
        return !sentence && names(inner, false) && (short || asks_to_show(inner));
    }
    // "[Video] …": a short tag in brackets that names a medium.
    if first == '[' {
        if let Some(end) = inner.find(']').filter(|&e| e <= 24) {
            return names(&inner[..end], false);
        }
    }
    // A play sign alone with a medium may mark a price list ("🎧 Audio-only tier:
    // £4.99 a month"): a listening or watching verb, or a running time, too.
    if (RUNNING_TIME.is_match(text) && names(text, true))
        || ((is_play_sign(first) || is_play_sign(last)) && has_word_from(text, &[CONSUME_WORDS]))
    {
        return true;
    }
    // "Post from Mastodon · This embed loads content from fosstodon.org. Show it anyway?":
    // the noun "embed" (not an embedded reporter) with a platform or content.
    const EMBED_WORDS: &[&str] = &[
        "embed",
        "eingebettete",
        "eingebetteter",
        "eingebettetes",
        "ingesloten",
        "incrustado",
        "incrustada",
        "incorporato",
    ];
    let short = text.split_whitespace().nth(25).is_none();
    if short && has_word_from(text, &[EMBED_WORDS]) && names(text, false) {
        return true;
    }
    // A fragment that asks for cookies to show a platform's post ("Instagram-bericht –
    // accepteer sociale-mediacookies om deze inhoud te bekijken"), or that names a
    // medium beside a running time ("Video afspelen · 01:52 · Eilanders reageren").
    let fragment = !text.trim_end().ends_with(['.', '!', '?']);
    let cookies = || text.to_lowercase().contains("cookie");
    let timed = || {
        text.split_whitespace().nth(15).is_none()
            && RUNNING_TIME_ANYWHERE.is_match(text)
            && names(text, true)
    };
    short && fragment && ((cookies() && names(text, false)) || timed())
}

/// A running time anywhere in a line: "01:52", "1:02:10".
pub(super) static RUNNING_TIME_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    build(
        r"(?:^|[\s·|(])(?:\d{1,2}:)?\d{1,2}:\d{2}(?:$|[\s·|)])",
        true,
    )
});

/// A poll's answers pasted as text: boxes to tick ("◻ Ja ◻ Nein"), or a question
/// followed by short answers between separators, one of them a yes or a no ("Voi cosa
/// ne pensate? Sì · No · Dipende dalla cifra"), or three or more.
pub(super) fn is_poll(text: &str) -> bool {
    const BOXES: &[char] = &[
        '◻', '☐', '□', '◯', '○', '⬜', '▢', '◽', '⚪', '🔘', '◼', '☑',
    ];
    if !text.is_ascii() && text.chars().filter(|c| BOXES.contains(c)).nth(1).is_some() {
        return true;
    }
    let Some(q) = memchr::memrchr(b'?', text.as_bytes()) else {
        return false;
    };
    let answers: Vec<&str> = text[q + 1..]
        .split(['·', '|', '/', '•'])
        .map(str::trim)
        .collect();
    const YES_NO: &[&str] = &[
        "yes", "no", "ja", "nein", "oui", "non", "sí", "si", "sim", "não", "nee",
    ];
    // Answers with numbers are a poll's results, reported in a story ("Yes 31% · No
    // 52%"), not its buttons.
    answers.len() >= 2
        && answers.iter().all(|a| {
            !a.is_empty()
                && !a.bytes().any(|b| b.is_ascii_digit())
                && a.split_whitespace().nth(3).is_none()
                && !a.contains(['.', '!', '?', ':', ';'])
        })
        && (answers.len() >= 3
            || answers
                .iter()
                .any(|a| YES_NO.contains(&a.to_lowercase().as_str())))
}

/// A link to more articles behind an arrow: "More coastal stories → Amlwch port: …",
/// "Meer sport uit de regio ▸ Harmelen verliest derby". Strong when the words before
/// the arrow ask for more, related or other stories; weak for another short lead-in
/// of two words or more (or in a list item or heading, an article's own).
pub(super) fn arrow_lead_in(text: &str, structural: bool) -> Option<u8> {
    const ARROWS: &[char] = &['→', '⟶', '▸', '►', '➜', '➔', '⇒', '▶', '➤', '⮕', '↗'];
    const MORE_WORDS: &[&str] = &[
        "more", "mehr", "meer", "plus", "más", "mas", "mais", "più", "altri", "altre", "altro",
        "related", "also", "auch", "aussi", "también", "anche", "também", "ook", "read", "lees",
        "lire", "lesen", "leer", "leggi", "leia", "see", "voir", "siehe", "ver", "vedi", "zie",
        "other", "weitere", "autres", "otras", "otros", "outras", "andere", "latest", "recent",
        "coverage", "stories",
    ];
    // Every arrow's UTF-8 encoding starts with 0xE2: most lines have no such byte.
    let from = memchr::memchr(0xE2, text.as_bytes())?;
    let (at, arrow) = text[from..]
        .char_indices()
        .find(|(_, c)| ARROWS.contains(c))
        .map(|(i, c)| (from + i, c))?;
    let lead = text[..at].trim();
    let rest = text[at + arrow.len_utf8()..].trim();
    let words: Vec<&str> = lead.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 6
        || lead.contains(['.', '!', '?', ':', ';', ','])
        || !rest.starts_with(char::is_uppercase)
    {
        return None;
    }
    let asks_for_more = words
        .iter()
        .any(|w| MORE_WORDS.contains(&w.to_lowercase().as_str()));
    match (asks_for_more, structural) {
        (true, false) => Some(STRONG),
        (true, true) => Some(2),
        (false, _) if words.len() >= 2 => Some(1),
        _ => None,
    }
}

/// A quotation of six words or more: someone's speech, or a banner quoted in a story.
pub(super) fn has_speech(text: &str) -> bool {
    // `quoted_spans` returns at once for a line without quotation marks.
    line::quoted_spans(text)
        .iter()
        .any(|&(a, b)| text[a..b].split_whitespace().nth(5).is_some())
}

/// A newsletter's offer in any wording: delivery by e-mail (or a newsletter, a
/// bulletin) with at least two of a rhythm, a way to sign up and no cost ("La Broye en
/// bref arrive dans votre messagerie chaque samedi. C'est gratuit"). Strong when it
/// addresses the reader or speaks as the publication. A fragment with less is weak
/// ("Kinzigtal am Abend – montags, gratis, per E-Mail"); a sentence with less is no
/// evidence: a story's lead may well say that residents got an e-mail on Monday.
/// Nor is an offer from someone else ("You can sign up for the agency's free weekly
/// alerts by email"); the caller skips lines that quote six words or more (speech).
pub(super) fn newsletter_offer(
    text: &str,
    lower: &str,
    vocabulary: u32,
    fragment: bool,
    ctx: &Context,
) -> Option<u8> {
    let delivery = vocabulary & DELIVERY_WORD != 0;
    // A price counts as an extra: the paper "delivered to your door every Thursday
    // from £1.60 a week".
    let price = delivery && has_price(text, lower);
    let extras = [RHYTHM_WORD, SIGN_UP_WORD, NO_COST_WORD]
        .iter()
        .filter(|&&bit| vocabulary & bit != 0)
        .count()
        + usize::from(price);
    let reader = vocabulary & READER_WORD != 0;
    let weight = match (delivery, reader, extras) {
        (true, true, 2..) => STRONG,
        (true, _, 1..) | (false, _, 3) if fragment => 2,
        _ => return None,
    };
    // "from" a source, not "from £1.60 a week".
    let from_someone = lower.match_indices(" from ").any(|(i, m)| {
        !lower[i + m.len()..].starts_with(|c: char| c.is_ascii_digit() || "$€£".contains(c))
    });
    let someone_elses = (lower.contains("'s ") || lower.contains("’s ") || from_someone)
        && !mentions_publication(lower, ctx);
    (!someone_elses).then_some(weight)
}

/// The credit at the end of a caption (see `may_end_in_credit`).
pub(super) static CAPTION_CREDIT: LazyLock<Regex> = LazyLock::new(|| {
    build(
        concat!(
            // "… Los Chacayes. Foto: gentileza Ramiro Funes", "… par jour. © EdlS – L. P."
            r"[.!?]\s+(?i:foto|photo|fotograf[íi]a|imagen|image|bild|immagine|imagem)\s*:\s*(?i:gentileza|cortes[íi]a|courtesy|cortesia)\s+(?:(?i:de|of|di)\s+)?\p{Lu}[^.!?]{1,60}$|",
            r"[.!?]\s+©\s*\p{Lu}[\p{Latin}\d .&'’–-]{1,40}$|",
            // "… Monday. (Blanca Aldaz)", "… (Foto: Ana Ruiz / Archivo)"
            r"[.!?]\s*\((?:(?i:photo|foto|ph|image|bild|imagen|immagine|imagem|beeld)\.?:?\s*)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}(?:\s*/\s*[\p{Latin}\d .&'’-]{2,40})?\)$",
            // "… Tuesday. Ph. Marco Rossi"
            r"|[.!?]\s+(?i:ph|fot|foto|photo)\.?:?\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$",
            // "… meeting. Jordan Pike / WUCR", "… | Archives La Vigie / Erwan Guillou"
            r"|(?:[.!?]|\s\|)\s+(?:(?i:archives?|archiv|archivo|archivio|arquivo|archief)\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,4}\s*/\s*\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+\p{Lu}[\p{L}\p{N}'’.&-]*){0,4}$",
            // "… split. Picture by Kenny Elrick", "… Friday. PHOTO | JOSEPH KORIR", "… wing.
            // Image: WACHS, supplied", "… in August. | Saskatchewan Ministry of Agriculture
            // photo", "… in 1967. DWIGHT ALBERTSON | TCW"
            r"|[.!?]\s+(?i:picture|photo|photograph|image|foto|bild|immagine|imagem)\s+(?i:by|de|von|di|door|par)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$",
            // An initial may sit in the name: "… cet été. Photo : Solène G. pour La Marmite".
            r"|[.!?]\s+(?i:photo|picture|image|foto|bild)\s*[|:]\s*\p{Lu}(?:[^.!?]|\b\p{Lu}\.)+$",
            // "… Montevescia. Courtesy Archivio Arlotti", "… jueves. / Marcos Iturbe (El
            // Claustro)", "… desaladora. / Carlos de Saá"
            r"|[.!?]\s+(?i:courtesy|cortes[íi]a|cortesia|gentileza)\s+(?:(?i:of|de|di|da)\s+)?\p{Lu}[^.!?]{1,60}$",
            r"|[.!?]\s+/\s+\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:de|da|del|dos|das|di|van|von|du|le|la)\s+)?\p{Lu}[\p{L}'’.-]+){0,3}(?:\s*\([^)]{2,40}\))?$",
            r"|[.!?]\s*\|\s*[^|.!?]+\s+(?i:photo|picture|image|foto)$",
            r"|[.!?]\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}\s*[|/]\s*\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,3}$",
            // "… (Source: WTSV)", "… — Crescent file photo", "… Beeld: Bas Verweij",
            // "… Photo / Kiri Ngata, The Tauranga Tide"
            r"|[.!?]\s*\((?i:source|bron|quelle|fuente|fonte|source)\s*:\s*[^)]+\)$",
            r"|[.!?]\s+[—–-]\s+[^.!?]+\s+(?i:file\s+)?(?i:photo|picture|image)$",
            r"|[.!?]\s+(?i:beeld|foto|bild|photo|picture|illustration|illustrazione|ilustraci[óo]n|ilustra[çc][ãa]o|visualisierung|grafik|infographie|rendering)\s*[:/]\s*\p{Lu}?[^.!?]+$",
            // "… (Lantern file photo)", "… (ANR North West Plains: Tom Barwick)"
            r"|[.!?]\s*\((?:[\p{Latin}'’. -]{1,40}\s+)?(?i:file\s+(?:photo|picture|image))\)$",
            r"|[.!?]\s*\(\p{Lu}[\p{Latin}\d'’. &-]{1,40}:\s*\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\)$",
            // "… Image courtesy of the Timber Buyers' Federation"
            r"|(?i:\b(?:images?|photos?|pictures?|photographs?)\s+courtesy\s+of\s+)[^.!?]{2,60}\.?$",
        ),
        false,
    )
});

/// Whether a line may end in a caption credit: it ends in a bracket, or holds a
/// slash, a photo abbreviation or "courtesy". Cheaper than `CAPTION_CREDIT`.
pub(super) fn may_end_in_credit(text: &str, vocabulary: u32) -> bool {
    text.ends_with(')')
        || (memchr::memchr(b'/', text.as_bytes()).is_some() && !text.contains("://"))
        || vocabulary & CREDIT_WORD != 0
}

/// Nothing but numbers behind pictographs ("💬 186", "♡ 212 💬 38 ⟲ 19", "👍 1.2k").
pub(super) fn is_counter_bar(text: &str) -> bool {
    let mut pictographs = false;
    for token in text.split_whitespace() {
        let count = token.trim_matches(line::is_pictograph);
        pictographs |= count.len() < token.len();
        let number = count.starts_with(|c: char| c.is_ascii_digit())
            && count
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | 'k' | 'K' | 'M'));
        if !count.is_empty() && !number {
            return false;
        }
    }
    pictographs
}

/// A reading or listening time: a duration ("4 min", "4:10", "3'"), with a word for
/// reading or listening in one of the seven languages, or a pictograph ("⏱ 3 min").
pub(super) fn is_reading_time(text: &str, vocabulary: u32) -> bool {
    static DURATION: LazyLock<Regex> = LazyLock::new(|| {
        build(
            r"\b\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutos|minuti|minuut)\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*['’′]",
            true,
        )
    });
    (vocabulary & READING_WORD != 0 || text.chars().any(line::is_pictograph))
        && DURATION.is_match(text)
}

/// How the patterns that start with a name of capitalised words begin.
pub(super) const NAME_OPENING: &str = r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}";

/// Whether `text` may open with a name as `NAME_OPENING` has it: it starts with an
/// upper-case letter, and so does its second word. Cheaper than the regex, and true
/// of every line the regex matches (`\p{Lu}` is upper case; `\s` is Unicode white
/// space, as `split_whitespace` has it).
pub(super) fn opens_with_name(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let capitalised = |w: Option<&str>| {
        w.and_then(|w| w.chars().next())
            .is_some_and(char::is_uppercase)
    };
    text.starts_with(char::is_uppercase) && {
        words.next();
        capitalised(words.next())
    }
}

/// The article's author alone on a line ("Jane Doe", "By Jane Doe", "Jane Doe, Energy
/// Correspondent"): a pasted byline.
pub(super) fn detect_author_line(
    l: &Line,
    ctx: &Context,
    scratch: &mut Scratch,
    hits: &mut Vec<Hit>,
) {
    // Ten words at most, or 25 in a byline with separators ("Jane Doe | Energy · 4 min").
    let separated = |text: &str| {
        let b = text.as_bytes();
        memchr::memchr(b'|', b).is_some() || memchr::memmem::find(b, "·".as_bytes()).is_some()
    };
    if ctx.authors.is_empty()
        || !l.fragment()
        || l.words > 25
        || (l.words > 10 && !separated(&l.text))
        || matches!(l.kind, Kind::Blank | Kind::Code | Kind::Rule)
        || l.text.is_empty()
        || hits
            .iter()
            .any(|h| h.family == F::Byline && h.weight >= STRONG)
    {
        return;
    }
    // The name is what comes before a role or a date ("Jane Doe | Energy").
    let text: &str = &l.text;
    let name = text
        .split(['|', ',', '·', '•', '—', '–', '('])
        .next()
        .unwrap_or(text);
    let normalised = &mut scratch.normalised;
    line::normalise(line::label(name), normalised);
    let mut name: &str = normalised;
    if let Some(rest) = BY_WORDS.iter().find_map(|b| name.strip_prefix(b)) {
        name = rest;
    }
    if ctx.authors.iter().any(|a| a == name) {
        hits.push(Hit {
            family: F::Byline,
            weight: 2,
            matched: text.to_string(),
            intro: false,
        });
    }
}

/// The matched text as shown in a reason: the match extended to the end of its last
/// word, or for a call to action to the end of its sentence.
pub(super) fn shown(rest: &str, end: usize, whole_sentence: bool) -> &str {
    let tail = &rest[end..];
    let stop = if whole_sentence {
        tail.find(['.', '?', '!']).map_or(tail.len(), |i| i + 1)
    } else {
        tail.find(char::is_whitespace).unwrap_or(tail.len())
    };
    &rest[..end + stop]
}

/// The object of a call to action must follow the verb closely, in the same sentence:
/// "Follow us on X", not "Follow the guidance …, officials said, on the website".
pub(super) fn has_object(rest: &str, ctx: &Context) -> bool {
    let mut end = rest.len().min(OBJECT_REACH);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    let mut sentence = &rest[..end];
    if let Some(stop) = sentence.find(". ") {
        sentence = &sentence[..stop];
    }
    if COMPILED.object.is_match(sentence) {
        return true;
    }
    let lower = sentence.to_lowercase();
    // The publication by name or by its domain ("Read the full story at example.co.uk").
    ctx.publication
        .brands
        .iter()
        .chain(&ctx.publication.host_label)
        .any(|b| lower.contains(b.as_str()))
}

/// `needles`: the gate needles of the line when it is short.
pub(super) fn detect_byline(l: &Line, c: &Compiled, needles: NeedleMask, hits: &mut Vec<Hit>) {
    if l.words > 25
        || hits
            .iter()
            .any(|h| h.family == F::Byline && h.weight >= STRONG)
    {
        return;
    }
    // "Jane Doe, Staff Writer" / "Jane Doe | Energy Correspondent": a name and a role,
    // nothing else on the line.
    if l.fragment() && l.words <= 10 && (needles.meets(&c.role_gate) || unicode_folds(&l.text)) {
        if let Some(m) = c.name_role.find(&l.text) {
            hits.retain(|h| h.family != F::Byline);
            hits.push(Hit {
                family: F::Byline,
                weight: STRONG,
                matched: m.as_str().to_string(),
                intro: false,
            });
            return;
        }
    }
    let Some(m) = c.byline.find(&l.text) else {
        return;
    };
    // "By March, prices…", "By Monday the deal…": a time, not a name.
    let first = l
        .text
        .split_whitespace()
        .nth(1)
        .unwrap_or("")
        .trim_matches(|ch: char| !ch.is_alphanumeric());
    if is_dateline_word(first, c)
        || matches!(
            first.to_lowercase().as_str(),
            "then"
                | "now"
                | "contrast"
                | "comparison"
                | "far"
                | "law"
                | "noon"
                | "midnight"
                | "tonight"
                | "christmas"
                | "easter"
                | "design"
                | "definition"
                | "default"
                | "god"
        )
    {
        return;
    }
    hits.retain(|h| h.family != F::Byline);
    hits.push(Hit {
        family: F::Byline,
        weight: STRONG,
        matched: shown(&l.text, m.end(), false).trim_end().to_string(),
        intro: false,
    });
}

/// Evidence from shape and vocabulary rather than fixed wording: menus, addresses,
/// dates, credits, links, quotations, teasers, self-references, counters, reading
/// times, comment rules and appeals.
pub(super) fn detect_shapes(
    l: &Line,
    c: &Compiled,
    ctx: &Context,
    lower: &str,
    found: Needles,
    quoted: bool,
    hits: &mut Vec<Hit>,
) {
    let needles = found.gates;
    let vocabulary = found.vocabulary;
    let text: &str = &l.text;
    let add = |hits: &mut Vec<Hit>, family: Family, weight: u8, matched: &str| {
        if let Some(h) = hits.iter_mut().find(|h| h.family == family) {
            h.weight = h.weight.max(weight);
        } else {
            hits.push(Hit {
                family,
                weight,
                matched: matched.to_string(),
                intro: false,
            });
        }
    };
    let fragment = l.fragment();

    if fragment
        && l.words <= 40
        && !text.contains("://")
        && !is_timeline_entry(text)
        && !is_scoreline(text)
    {
        // Menus and breadcrumbs (a URL's slashes do not make a menu; nor does the
        // dash of a timeline's entry, "2017 – eerste nieuwsbrief").
        let menu = menu_shape(text);
        if menu.segments >= 2 && menu.labels == menu.segments {
            add(hits, F::Social, STRONG, text);
        } else if menu.segments == 1 && menu.labels == 1 {
            add(hits, F::Social, 1, text);
        } else if l.words >= 2 && text.split_whitespace().all(is_social_word) {
            // "Facebook Twitter LinkedIn Email": a share bar pasted without separators.
            add(hits, F::Social, STRONG, text);
        } else if breadcrumb(text) {
            add(hits, F::Menu, 2, text);
        } else if menu.segments >= 2 && menu.short {
            add(hits, F::Menu, 1, text);
        }
    }
    if fragment
        && l.words <= 12
        && text.contains(|ch: char| ch.is_ascii_digit() || ch == ',')
        && c.address.is_match(text)
    {
        add(hits, F::Address, 1, "");
    }
    // A footer line of parts, one of them an address: "Circonscription scolaire du
    // Val-de-Sorne — 3, place de l'Hôtel-de-Ville, 87450 Brémont — Secrétariat : …".
    if fragment
        && (13..=40).contains(&l.words)
        && text.bytes().any(|b| b.is_ascii_digit())
        && text.contains(['·', '|', '—'])
        && text.split(['·', '|', '—']).map(str::trim).any(|part| {
            part.split_whitespace().count() <= 12
                && part.contains(|ch: char| ch.is_ascii_digit())
                && c.address.is_match(part)
        })
    {
        add(hits, F::Address, 2, "");
    }
    // A dateline may follow a place: "Bengaluru, May 01 2025, 08:34 IST".
    let after_place = || {
        // The place ends at the first comma, middle dot or bar.
        let cut = text.find([',', '·', '|'])?;
        let (place, rest) = (&text[..cut], &text[cut..]);
        let rest = rest.trim_start_matches([',', '·', '|']);
        let mut words = place.split_whitespace();
        let capitalised = words
            .by_ref()
            .take(4)
            .all(|w| w.starts_with(char::is_uppercase));
        (capitalised
            && words.next().is_none()
            && !place.trim().is_empty()
            && rest.bytes().any(|b| b.is_ascii_digit()))
        .then_some(rest)
    };
    // A date line may end in "a.m." and so look like a sentence.
    let ends_in_time = || {
        let t = lower.trim_end();
        ["a.m.", "p.m.", "a. m.", "p. m."]
            .iter()
            .any(|e| t.ends_with(e))
    };
    if (fragment || ends_in_time())
        && l.words <= 20
        && (is_dateline(text, c)
            || after_place().is_some_and(|rest| is_dateline(rest, c))
            || mostly_dateline(text, c))
    {
        add(hits, F::Dateline, 1, "");
    }
    if fragment && l.words <= 15 && (needles.meets(&c.agency_gate) || unicode_folds(text)) {
        if let Some(m) = c.agency.find(text) {
            let credit = text.contains(['/', '|', '©']) || text.to_lowercase().contains("via ");
            add(
                hits,
                F::ImageCredit,
                if credit { STRONG } else { 1 },
                m.as_str(),
            );
        }
    }
    // A caption that ends in its credit: "… on Monday. (Blanca Aldaz)", "… meeting.
    // Jordan Pike / WUCR", "… | Archives La Vigie / Erwan Guillou", "… Ph. Marco
    // Rossi", "… Image courtesy of the Timber Buyers' Federation".
    // A credit after a © may close a caption that ends like a sentence ("… J.D.").
    if (fragment || text.contains('©'))
        && (4..=40).contains(&l.words)
        && may_end_in_credit(text, vocabulary)
    {
        if let Some(m) = CAPTION_CREDIT.find(text) {
            // "… in 2024. © Le Sillon – J.D.": a sentence does not end in a © credit.
            let weight = if m.as_str().contains('©') { STRONG } else { 2 };
            add(
                hits,
                F::ImageCredit,
                weight,
                m.as_str().trim_start_matches(['.', '!', '?', '|', ' ']),
            );
        }
    }
    // The house rules of a comment section: "Comments are moderated by volunteers".
    if (6..=MAX_APPEAL_WORDS).contains(&l.words) && comment_rules(vocabulary) {
        add(hits, F::Comments, 2, text);
    }
    // An appeal for money or membership on behalf of the journalism.
    // Combined vocabulary judges the page's own voice: inside a quotation of six words
    // or more it is someone's speech or a quoted banner ("… a message such as 'Please
    // whitelist us or subscribe to keep reading.'"), and counts for nothing.
    if l.words <= MAX_APPEAL_WORDS && !quoted {
        let found = [
            (F::Appeal, appeal(text, lower, vocabulary, ctx)),
            (F::Access, access_notice(vocabulary, fragment, l.words)),
            (
                F::Newsletter,
                newsletter_offer(text, lower, vocabulary, fragment, ctx),
            ),
        ];
        // Quotations are looked for only on the few lines with such evidence.
        // Nor a sentence about a slogan or a banner it quotes: "… the slogan that had run
        // on the paper's adverts for years: "Subscribe to keep us printing."".
        let about_a_quotation = || {
            l.prose
                && l.words >= 15
                && !line::quoted_spans(text).is_empty()
                && has_word_from(text, &[QUOTED_THING_WORDS])
        };
        if found.iter().any(|(_, w)| w.is_some())
            && !has_speech(text)
            && !reports_speech(l, lower)
            && !about_a_quotation()
        {
            // A paywall's vocabulary in a paragraph of the article ("… Kranten en
            // tijdschriften kun je er gratis lezen, ook als je geen lid bent.") is weak.
            let paragraph = is_paragraph(l);
            for (family, weight) in found {
                if let Some(weight) = weight {
                    let weight = if paragraph && family == F::Access {
                        1
                    } else {
                        weight
                    };
                    add(hits, family, weight, text);
                }
            }
        }
    }
    // "About Orchidwing Airlines": the publisher's own section, headed by its name;
    // "About Ridgeline State University: Founded in 1891, RSU is …": its blurb, after
    // its name and a colon.
    if ((fragment && l.words <= 8) || (l.words <= 80 && named_before_a_colon(text)))
        && about_the_publication(text, ctx)
    {
        add(hits, F::OrgVoice, STRONG, text);
    }
    // A label that points elsewhere and nothing but links after its colon: "See also
    // on our blog: [How to photograph waders …](…)", "Weitere Einsatzberichte aus
    // diesem Frühjahr: […](…) · […](…)".
    if l.words <= 40 && links_after_a_label(l.raw, ctx) {
        add(hits, F::ReadMore, STRONG, text);
    }
    // The end of a press release: "– END –", "-ENDS-" (the word alone may be code).
    if l.words <= 4 && is_end_marker(text) {
        add(hits, F::Separator, STRONG, text);
    }
    // A link alone, marked by its arrow: "Basahin sa Filipino →", "Alle Termine ›" (not
    // a closing guillemet: « Dommage pour les étudiants » is someone's words).
    let arrow = text.trim_end().ends_with(['→', '➜', '➔', '▸', '⟶'])
        || (text.trim_end().ends_with('›') && !text.contains('‹'));
    if fragment && l.words <= 6 && arrow {
        add(hits, F::ReadMore, 1, text);
    } else if fragment && l.words <= 15 && arrow && opens_with_link_verb(text) {
        // "Learn more about graduate programs in Civil Engineering →": a link asking
        // to be followed.
        add(hits, F::ReadMore, 2, text);
    }
    // The reply link under a pasted comment: "… quelle émotion ! Répondre".
    if ends_in_reply_link(text) {
        add(hits, F::Comments, STRONG, text);
    }
    // The publication describing itself: "Oostkade Nieuws is gratis en onafhankelijk,
    // …", "El Claustro es el periódico independiente de …". Weak: a story about the
    // paper itself may say as much, so it goes only at either end of the article.
    if vocabulary & SELF_WORD != 0 && opens_with_publication(text, ctx) && describes_itself(lower) {
        add(hits, F::OrgVoice, 1, text);
    }
    // A phone number has at least six digits (a non-ASCII byte may be part of one).
    if fragment
        && l.words <= 8
        && text
            .bytes()
            .filter(|b| b.is_ascii_digit() || *b >= 0x80)
            .count()
            >= 6
        && c.phone.is_match(text)
    {
        add(hits, F::Contact, 1, "");
    }
    // "💬 186", "♡ 212 💬 38 ⟲ 19": counts of reactions and comments.
    if fragment && l.words <= 12 && !text.is_ascii() && is_counter_bar(text) {
        add(hits, F::Social, 1, text);
    }
    // "Lecture : 4 min", "⏱ 3 min", "🎧 Narrated by synthetic voice · 4:10".
    if fragment
        && l.words <= 8
        && text.bytes().any(|b| b.is_ascii_digit())
        && is_reading_time(text, vocabulary)
    {
        add(hits, F::Listen, 1, text);
    }
    // "LEGGI ANCHE Tolmezzo, riapre …": a read-more lead-in in capitals, its colon lost.
    if l.words <= 30 {
        if let Some(lead) = capital_lead_in(text) {
            let with_colon = format!("{lead}:");
            let reads_more = c.first.is_match(&with_colon)
                && c.first
                    .matches(&with_colon)
                    .into_iter()
                    .any(|k| matches!(PATTERNS[c.first_idx[k]].family, F::ReadMore | F::Related));
            if reads_more {
                add(hits, F::ReadMore, STRONG, lead);
            }
        }
    }
    // An invitation to the publication's channel on a platform, in any wording: "Sumate
    // al canal de WhatsApp de Diario Serrano y recibí las noticias en tu celular",
    // "Únase a nuestro canal de WhatsApp …". A council's channel named in a story is
    // not the publication's, and "our channel" in a quotation is someone else's.
    if l.words <= 30
        && vocabulary & PLATFORM_WORD != 0
        && vocabulary & (READER_WORD | SIGN_UP_WORD) != 0
        && (mentions_publication(lower, ctx) || (names_own_channel(lower) && !has_speech(text)))
        && !quoted
    {
        add(hits, F::CallToAction, STRONG, text);
    }
    // Who pays for the reporting: "Funding for lakes reporting at Prairie Lakes Public
    // Media is provided in part by …", "Support for WUCR comes from …". Support for
    // a plan in a story names neither reporting nor the publication.
    let opens_funding = ["funding for", "support for", "underwriting for"]
        .iter()
        .any(|w| lower[1..].starts_with(w));
    if l.words <= 60 && opens_funding {
        if let Some(m) = FUNDING.captures(text) {
            let funded = m.get(1).map_or("", |g| g.as_str()).to_lowercase();
            let reporting = [
                "report",
                "journalis",
                "coverage",
                "programming",
                "this story",
                "newsroom",
                "news",
            ]
            .iter()
            .any(|w| funded.contains(w));
            if reporting || mentions_publication(&format!(" {funded} "), ctx) {
                add(hits, F::Disclaimer, STRONG, text);
            }
        }
    }
    // "Flick it to a mate: Facebook | Messenger | Email": a share bar after its label.
    if fragment && l.words <= 20 {
        if let Some((_, bar)) = text.rsplit_once(':') {
            let names: Vec<&str> = bar
                .split(|c: char| is_menu_separator(c) || c == ',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            if names.len() >= 2 && names.iter().all(|n| is_social_word(n)) {
                add(hits, F::Share, STRONG, text);
            }
        }
    }
    // "⌛ Circa quattro minuti", "⏳ Environ cinq minutes": a reading time behind its
    // pictograph, the number spelled out.
    if fragment
        && l.words <= 5
        && text.starts_with(['⌛', '⏳', '⏱', '⏲', '🕐', '🕒', '🕓', '🕰', '📖', '👓'])
    {
        add(hits, F::Listen, 2, text);
    }
    // "Views: 2,814", "Aufrufe: 1.204": a counter under its label ("Attendance: 612"
    // counts a match's crowd).
    if fragment && l.words <= 3 {
        if let Some((label, count)) = text.split_once(':') {
            let count = count.trim();
            if has_word_from(label, &[COUNTER_WORDS])
                && label.chars().all(|c| c.is_alphabetic() || c == ' ')
                && count.starts_with(|c: char| c.is_ascii_digit())
                && count
                    .chars()
                    .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k' | 'K'))
            {
                // "Abbonati: 38.000" counts subscribers; it asks nothing of the reader.
                hits.retain(|h| h.family != F::CallToAction);
                add(hits, F::Social, 1, text);
            }
        }
    }
    // "HMA+ Exklusiv für Abonnenten", "UR+ Dieser Artikel …": a premium tier's mark.
    if fragment || l.words <= 20 {
        if let Some(weight) = premium_mark(text, vocabulary) {
            add(hits, F::Access, weight, text);
        }
    }
    if l.words <= 40 && may_be_media(text, vocabulary) && media_placeholder(text) {
        add(hits, F::Embed, STRONG, text);
    }
    if fragment && l.words <= 40 && is_poll(text) {
        add(hits, F::Embed, STRONG, text);
    }
    if l.words <= 40 {
        if let Some(weight) = arrow_lead_in(text, l.structural()) {
            add(hits, F::ReadMore, weight, text);
        }
    }
    if l.linkish && l.words <= 20 {
        add(hits, F::BareLink, 1, "");
    }
    if l.words <= 40 && (text.ends_with("...") || text.ends_with('…')) && l.words >= 4 {
        add(hits, F::Teaser, 1, "");
    }
    if l.words >= 12 && quoted {
        add(hits, F::WholeQuote, 1, "");
    }
    // A wire dateline ("BRAMLEY, March 4 (Gazette) - …") names the publication as the
    // origin of the story that follows: that is the article, not the publisher talking.
    let unattributed = &lower[wire_dateline_len(text).map_or(0, |n| n + 1)..];
    if l.words <= 80 && mentions_publication(unattributed, ctx) {
        add(hits, F::SelfReference, 1, "");
    }
}

/// Whether a line describes a newsletter (see `NEWSLETTER_WORDS`).
pub(crate) fn describes_a_newsletter(text: &str) -> bool {
    has_word_from(text, &[NEWSLETTER_WORDS])
}

/// A sentence of the article ending in a colon that announces a quotation: the words
/// after it are quoted, whatever they look like ("Posters have gone up on both sides
/// of the bridge. They read:" above "Follow us on WhatsApp. Know before the water
/// does."). Looks at the last eight words before the colon.
pub(crate) fn announces_quotation(text: &str) -> bool {
    let Some(head) = text.trim_end().strip_suffix(':') else {
        return false;
    };
    head.split_whitespace().rev().take(8).any(|w| {
        is_one_of(
            w.trim_matches(|c: char| !c.is_alphanumeric()),
            QUOTATION_WORDS,
        )
    })
}

/// "About X", "Über X", "À propos de X" … where X is the publication.
pub(super) fn about_the_publication(text: &str, ctx: &Context) -> bool {
    const ABOUT: &[&str] = &[
        "about ",
        "über ",
        "à propos de ",
        "a propos de ",
        "acerca de ",
        "sobre ",
        "informazioni su ",
        "chi è ",
        "over ",
    ];
    let t = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    ABOUT.iter().any(|a| {
        // Only the few non-ASCII openings are lower-cased: this runs on every short line.
        t.get(..a.len()).is_some_and(|head| {
            if a.is_ascii() {
                head.eq_ignore_ascii_case(a)
            } else {
                head.to_lowercase() == *a
            }
        }) && {
            let name = &t[a.len()..];
            // "Sobre o Museu …", "Über die Stadtwerke …": the article before the name.
            let after_article = name.split_once(' ').and_then(|(word, rest)| {
                LEADING_ARTICLES
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(word))
                    .then_some(rest)
            });
            opens_with_publication(name, ctx)
                || after_article.is_some_and(|n| opens_with_publication(n, ctx))
        }
    })
}

/// Appeal verbs that are calls whatever the line names: imperatives that are not
/// also nouns or other verb forms.
const NO_CAUSE_APPEAL_VERBS: &[&str] = &[
    "become",
    "donate",
    "hazte",
    "únete",
    "unete",
    "asóciate",
    "asociate",
    "afíliate",
    "afiliate",
    "junte-se",
    "junta-te",
    "torne-se",
    "associe-se",
    "unisciti",
    "devenez",
    "rejoignez",
    "abonnez-vous",
    "adhérez",
    "doneer",
    "testen",
    "abonnieren",
];

/// Calls that are calls only with their object (the verb opening a clause).
const NO_CAUSE_APPEAL_PHRASES: &[&str] = &[
    "word lid",
    "word abonnee",
    "word donateur",
    "word vriend",
    "werde mitglied",
    "werde fördermitglied",
    "diventa socio",
    "diventa socia",
    "diventa sostenitore",
    "doe agora",
    "doe já",
    "doe hoje",
];

/// Appeal verbs in the first person, as a donation button words them.
const FIRST_PERSON_APPEAL_VERBS: &[&str] = &[
    "soutiens",
    "donne",
    "adhère",
    "unterstütze",
    "spende",
    "abonniere",
    "apoyo",
    "dono",
    "colaboro",
    "sostengo",
    "apoio",
    "contribuo",
    "steun",
    "doneer",
];

/// A colon within the first six words: "About Ridgeline State University: Founded …".
fn named_before_a_colon(text: &str) -> bool {
    text.split_whitespace()
        .take(6)
        .any(|w| w.ends_with(':') || w == ":")
}

/// The verbs that open a link's own words: "Learn more about …", "Entdecken Sie …".
const LINK_VERBS: &[&str] = &[
    "learn",
    "find",
    "discover",
    "explore",
    "see",
    "read",
    "get",
    "book",
    "shop",
    "watch",
    "listen",
    "sign",
    "try",
    "register",
    "view",
    "browse",
    "meet",
    "entdecken",
    "mehr",
    "jetzt",
    "zum",
    "zur",
    "découvrez",
    "découvrir",
    "voir",
    "lire",
    "descubre",
    "descubra",
    "conoce",
    "ver",
    "leer",
    "scopri",
    "leggi",
    "vedi",
    "ontdek",
    "bekijk",
    "lees",
    "meer",
    "saiba",
    "conheça",
    "leia",
];

fn opens_with_link_verb(text: &str) -> bool {
    let first = text
        .split_whitespace()
        .next()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .unwrap_or_default();
    LINK_VERBS.contains(&first.as_str())
}

/// "– END –", "-ENDS-", "— End —", "– 30 –": the word between dashes.
pub(super) fn is_end_marker(text: &str) -> bool {
    let dashes = ['-', '–', '—'];
    let t = text.trim();
    let inner = t.trim_matches(|c: char| dashes.contains(&c) || c.is_whitespace());
    t.starts_with(dashes)
        && t.ends_with(dashes)
        && ["END", "ENDS", "End", "Ends", "30"].contains(&inner)
}

/// A line ending in a comment's reply link, after the end of a sentence: "Merci,
/// quelle émotion ! Répondre", "Great piece. Reply". A sentence never ends that way.
pub(super) fn ends_in_reply_link(text: &str) -> bool {
    let Some((before, last)) = text.trim_end().rsplit_once(' ') else {
        return false;
    };
    REPLY_LINKS.contains(&last) && before.trim_end().ends_with(['.', '!', '?', '…', ')'])
}

/// Whether the first sentence of `lower` says what the publication is: a copula,
/// then within six words a word for a news medium or for being free or independent
/// ("… is a reader-funded newsroom", "… es el periódico independiente", "… ist
/// kostenlos", "… è una testata").
pub(super) fn describes_itself(lower: &str) -> bool {
    let first = lower.split(". ").next().unwrap_or(lower);
    let words: Vec<&str> = first
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take(24)
        .collect();
    one_then_another(&words, COPULAS, 6, SELF_DESCRIPTIONS)
}

/// Whether a word of `first` is followed, within the next `within` words, by a word
/// of `then`.
fn one_then_another(words: &[&str], first: &[&str], within: usize, then: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        is_one_of(w, first)
            && words[k + 1..]
                .iter()
                .take(within)
                .any(|n| is_one_of(n, then))
    })
}

/// Whether `word` is one of `list` (lower-case words), whatever its case; ASCII words
/// are compared without allocating.
pub(super) fn is_one_of(word: &str, list: &[&str]) -> bool {
    if word.is_ascii() {
        list.iter().any(|w| w.eq_ignore_ascii_case(word))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

/// Someone's words: a quotation, or speech reported (", police said").
pub(crate) fn reports_or_quotes(text: &str) -> bool {
    has_speech(text) || line::wholly_quoted(text) || has_word_from(text, &[SPEECH_VERBS])
}

/// A line of a page's header that dates the page: "Update #7 · Posted by Imogen
/// Varga · 3 days ago", "Communiqué de presse — Lyon, le 15 janvier 2026",
/// "Lagebericht herausgegeben am 14.02.2026 um 05:30 Uhr". It names a day (a numeric
/// date, a day of a month, "3 days ago") or a time of day.
pub(crate) fn dates_the_page(text: &str) -> bool {
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        let months = "jan(?:uary|uar|uari|vier|eiro)?|enero|gennaio|feb(?:ruary|ruar|ruari|rero|braio)?|setembro|f[ée]vrier|fevereiro|mar(?:ch|s|zo|ço|co)?|m[äa]rz|maart|apr(?:il|ile)?|avril|abril|may|mai|mayo|maggio|maio|mei|june?|juni|juin|junio|giugno|junho|july?|juli|juillet|julio|luglio|julho|aug(?:ust|ustus)?|ao[ûu]t|agosto|sept?(?:ember|embre|iembre|tembre|tembro)?|settembre|oct(?:ober|obre|ubre)?|okt(?:ober)?|ottobre|outubro|nov(?:ember|embre|iembre|embro)?|dec(?:ember)?|d[ée]cembre|dez(?:ember|embro)?|diciembre|dicembre";
        RegexBuilder::new(&ascii_bounds(&format!(
            r"\b(?:\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[:h]\d{{2}}|\d{{1,2}}\.?\s+(?:de\s+)?(?:{months})\b|(?:{months})\.?\s+\d{{1,2}}\b|\d{{1,3}}\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b)"
        )))
        .case_insensitive(true)
        .build()
        .expect("the date pattern compiles")
    });
    // A page's meta line has parts ("· 3 days ago") or says what dates it ("Issued",
    // "herausgegeben am"); a standfirst with a date ("Council to decide on 12 March
    // whether …") has neither.
    static DATING: LazyLock<Regex> = LazyLock::new(|| {
        build(
            r"[·|•—–]|\b(?:posted|published|updated|issued|ago|press\s+release|herausgegeben|ver[öo]ffentlicht|aktualisiert|vor|pressemitteilung|publi[ée]e?|mis\s+[àa]\s+jour|il\s+y\s+a|communiqu[ée]|publicad[oa]|actualizad[oa]|hace|comunicado|pubblicat[oa]|aggiornat[oa]|fa|comunicato|atualizad[oa]|h[áa]|gepubliceerd|bijgewerkt|geleden|persbericht)\b",
            true,
        )
    });
    text.bytes().any(|b| b.is_ascii_digit()) && DATE.is_match(text) && DATING.is_match(text)
}

/// A sentence that speaks to the reader or as the publication: it says "you" or
/// "your", "we", "us" or "our" in one of the seven languages ("Know something we
/// should look into? …", "Tell me in the comments"). Only words that cannot be
/// someone else's: not German "sie" (she, they) unless written "Sie" inside the
/// sentence, not "sua"/"seu" (his, her), not "je" (French "I"). Not a quotation, and
/// not reported speech (", police said"): those are the story's.
pub(crate) fn speaks_to_the_reader(text: &str) -> bool {
    if reports_or_quotes(text) {
        return false;
    }
    // Not "du" (French "of the"), "nos" (Portuguese "in the"), "onze" (French and
    // Portuguese "eleven"), "US" (the country).
    const YOU_AND_WE: &[&str] = &[
        "you", "your", "yours", "vous", "votre", "vos", "tu", "tus", "usted", "ustedes", "você",
        "vocês", "tuo", "tua", "voi", "vostro", "vostra", "dein", "deine", "deinen", "deinem",
        "jij", "jouw", "uw", "we", "our", "unser", "unsere", "unseren", "unserem", "unserer",
        "notre", "nous", "nuestro", "nuestra", "nuestros", "nuestras", "nostro", "nostra", "noi",
        "nosso", "nossa", "nossos", "nossas", "ons", "wij", "uns",
    ];
    let mut after_sentence_end = true;
    for word in text.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphabetic());
        // German polite forms, capitalised inside a sentence (not opening one).
        let polite = !after_sentence_end && matches!(bare, "Sie" | "Ihr" | "Ihre" | "Ihnen");
        if polite || bare == "us" || (bare != "US" && is_one_of(bare, YOU_AND_WE)) {
            return true;
        }
        after_sentence_end = word.ends_with(['.', '!', '?', ':']);
    }
    false
}

/// Whether a sentence opens by naming something quoted just before it: one of
/// `QUOTED_THING_WORDS` after an article or demonstrative, among its first four words.
pub(crate) fn names_a_quotation(text: &str) -> bool {
    let words: Vec<&str> = text
        .split_whitespace()
        .take(4)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    words
        .windows(2)
        .any(|pair| is_one_of(pair[0], POINTING_WORDS) && is_one_of(pair[1], QUOTED_THING_WORDS))
}

/// How many sentences `text` has: ends of sentences (`.`, `!`, `?`) followed by a
/// space and a capital letter, a digit or a quotation mark, plus one.
pub(super) fn sentences(text: &str) -> usize {
    let b = text.as_bytes();
    1 + memchr::memchr3_iter(b'.', b'!', b'?', b)
        .filter(|&i| {
            b.get(i + 1) == Some(&b' ')
                && text[i + 2..].chars().next().is_some_and(|c| {
                    c.is_uppercase() || c.is_ascii_digit() || "\"“«„'‘".contains(c)
                })
        })
        .count()
}

/// A paragraph of the article: three sentences or more, and at least 30 words.
/// Evidence that rests on its words being near each other (a call to action with an
/// object, vocabulary that adds up to a paywall notice) is weak in it: boilerplate
/// says its piece in a sentence or two.
pub(super) fn is_paragraph(l: &Line) -> bool {
    l.words >= 30 && l.prose && sentences(&l.text) >= 3
}

/// The evidence that depends on the article rather than the publication, so it is not
/// remembered with the rest: a repeat of its title, its author alone on a line.
pub(super) fn detect_article_specific(
    l: &Line,
    ctx: &Context,
    scratch: &mut Scratch,
    hits: &mut Vec<Hit>,
) {
    detect_title_repeat(l, ctx, scratch, hits);
    detect_author_line(l, ctx, scratch, hits);
    detect_author_bio(l, ctx, scratch, hits);
}

/// A sentence about the article's author that opens with their name, perhaps after a
/// role ("Mara Lindqvist reports from the Iowa Great Lakes for …", "Reporter Wouter
/// Clerx woont in Kinrooi", "Chloe Tsang joined the Tribune in 2021"): an author bio,
/// in any language. Weak evidence: it goes at the end of a page, with the footer.
pub(super) fn detect_author_bio(
    l: &Line,
    ctx: &Context,
    scratch: &mut Scratch,
    hits: &mut Vec<Hit>,
) {
    if ctx.authors.is_empty()
        || !l.prose
        || !(5..=70).contains(&l.words)
        || l.kind != Kind::Text
        || hits.iter().any(|h| h.family == F::AuthorBio)
    {
        return;
    }
    // The name is in the first two words: rule most sentences out without normalising.
    let text: &str = &l.text;
    let mut opening = text.split_whitespace().take(2);
    let (first, second) = (opening.next().unwrap_or(""), opening.next().unwrap_or(""));
    let may_open_with = |name: &str| {
        let given = name.split(' ').next().unwrap_or(name);
        [first, second].iter().any(|w| {
            w.len() >= given.len()
                && w.is_char_boundary(given.len())
                && w[..given.len()].eq_ignore_ascii_case(given)
        })
    };
    if !ctx.authors.iter().any(|a| may_open_with(a)) {
        return;
    }
    // The name is in the first few words: normalise no more than their bytes.
    let mut head = text.len().min(96);
    while !text.is_char_boundary(head) {
        head -= 1;
    }
    let normalised = &mut scratch.normalised;
    line::normalise(&text[..head], normalised);
    let words: Vec<&str> = normalised.split(' ').take(8).collect();
    let opens_with = |name: &str| {
        let name: Vec<&str> = name.split(' ').collect();
        // The full name, or its first two words of three or more ("Chloe Tsang" of
        // "Chloe Tsang Hiu-tung"), after at most one word of role.
        let wanted = if name.len() >= 3 {
            &name[..2]
        } else {
            &name[..]
        };
        // An organisation signing as the author ("Caradoc Minerals Investor Relations"
        // at Caradoc Minerals plc): a sentence opening with its name is the story's
        // lead ("Caradoc Minerals plc … today publishes …"), not a bio.
        let organisation = mentions_publication(&format!(" {} ", wanted.join(" ")), ctx);
        wanted.len() >= 2
            && !organisation
            && (0..=1).any(|skip| {
                words.len() > skip + wanted.len() && words[skip..skip + wanted.len()] == *wanted
            })
    };
    if ctx.authors.iter().any(|a| opens_with(a)) {
        hits.push(Hit {
            family: F::AuthorBio,
            weight: 2,
            matched: l.text.to_string(),
            intro: false,
        });
    }
}

/// A copy of the article's title. Only for lines `detect_with` looks into (not blank,
/// code or a rule).
pub(super) fn detect_title_repeat(
    l: &Line,
    ctx: &Context,
    scratch: &mut Scratch,
    hits: &mut Vec<Hit>,
) {
    let Some(title) = &ctx.title else { return };
    if matches!(l.kind, Kind::Blank | Kind::Code | Kind::Rule) || l.text.is_empty() {
        return;
    }
    let text: &str = &l.text;
    let close_in_length = text.len() + 8 >= title.len() && text.len() <= title.len() * 2 + 8;
    if !close_in_length
        || l.words > 40
        || !(l.fragment() || l.kind == Kind::Heading || l.words <= 30)
    {
        return;
    }
    let Scratch {
        lower, normalised, ..
    } = scratch;
    lower.clear();
    lower.push(' ');
    lower.push_str(text);
    lower.make_ascii_lowercase();
    if may_repeat_title(text, lower, ctx) {
        line::normalise(line::label(text), normalised);
        if normalised == title {
            hits.push(Hit {
                family: F::TitleRepeat,
                weight: 1,
                matched: String::new(),
                intro: false,
            });
        }
    }
}

/// A line cut at menu separators (`|`, `·`, `•`, `/`, dashes, tabs, doubled spaces).
pub(super) struct MenuShape {
    /// Non-empty segments.
    segments: usize,
    /// Segments that are UI labels ("Home", "Share", "Privacy Policy").
    labels: usize,
    /// Every segment is short (at most four words and 40 bytes), as menu items are.
    short: bool,
}

pub(super) fn menu_shape(text: &str) -> MenuShape {
    let mut shape = MenuShape {
        segments: 0,
        labels: 0,
        short: true,
    };
    let mut add = |seg: &str| {
        let seg = menu_segment(seg);
        if !seg.is_empty() {
            shape.segments += 1;
            shape.labels += usize::from(is_ui_label(seg) || is_share_target(seg));
            shape.short &= seg.len() <= 40 && seg.split_whitespace().nth(4).is_none();
        }
    };
    if has_menu_separator(text) {
        // A dash between two digits is a range ("Martin-Luther-Ring 4–6"), not a break.
        let bytes = text.as_bytes();
        let mut pieces = Vec::new();
        let mut start = 0;
        for (i, c) in text.char_indices() {
            // A dash with no space on either side joins a range ("4–6", "Mon–Fri",
            // "9am–8pm"); a menu's dash stands between spaces.
            let range = matches!(c, '–' | '—')
                && i > 0
                && !bytes[i - 1].is_ascii_whitespace()
                && bytes
                    .get(i + c.len_utf8())
                    .is_some_and(|b| !b.is_ascii_whitespace());
            if is_menu_separator(c) && !range {
                pieces.push(&text[start..i]);
                start = i + c.len_utf8();
            }
        }
        pieces.push(&text[start..]);
        // Splitting on a string builds a searcher: only when the line holds one.
        if text.contains("  ") || text.contains(" - ") {
            pieces
                .into_iter()
                .flat_map(|s| s.split("  "))
                .flat_map(|s| s.split(" - "))
                .for_each(add);
        } else {
            pieces.into_iter().for_each(add);
        }
    } else {
        // One segment (most lines): no need to split.
        add(text);
    }
    // "Privacy & Cookies", "Reprints and permissions": labels joined by "&" or "and"
    // count as one label.
    if shape.segments == 1
        && shape.labels == 0
        && text.len() <= 60
        && (text.contains(" & ") || text.contains(" and "))
    {
        let mut parts = text
            .split(" & ")
            .flat_map(|p| p.split(" and "))
            .map(menu_segment);
        if parts.all(|p| !p.is_empty() && is_ui_label(p)) {
            shape.labels = 1;
        }
    }
    shape
}

/// Whether the line may normalise to the title. An ASCII line without a URL
/// normalises letter for letter (lower-cased, digits and spaces folded), so a run of
/// letters in the normalised title must be in the lower-cased line for them to match.
pub(super) fn may_repeat_title(text: &str, lower: &str, ctx: &Context) -> bool {
    let Some(word) = &ctx.title_word else {
        return true;
    };
    if !text.is_ascii() || lower.contains("http") || lower.contains("www.") {
        return true;
    }
    word.find(lower.as_bytes()).is_some()
}

/// A share bar's button that names its target: "Partager sur Facebook", "Delen via
/// e-mail", "Compartir en WhatsApp", "Share on X".
fn is_share_target(seg: &str) -> bool {
    const VERBS: &[&str] = &[
        "share",
        "teilen",
        "partager",
        "envoyer",
        "compartir",
        "enviar",
        "condividi",
        "invia",
        "partilhar",
        "compartilhar",
        "delen",
        "versturen",
        "senden",
        "post",
        "send",
        "email",
    ];
    const VIA: &[&str] = &[
        "on", "via", "by", "to", "auf", "per", "über", "sur", "par", "en", "por", "su", "no", "na",
        "pelo", "op",
    ];
    let mut words = seg.split_whitespace();
    let (Some(verb), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    if !VERBS.iter().any(|v| v.eq_ignore_ascii_case(verb)) {
        return false;
    }
    let rest: Vec<&str> = if VIA.iter().any(|v| v.eq_ignore_ascii_case(second)) {
        words.collect()
    } else {
        std::iter::once(second).chain(words).collect()
    };
    // "Share Share" is a bar of two buttons, not one that names its target.
    let target_is_verb = rest
        .first()
        .is_some_and(|w| VERBS.iter().any(|v| v.eq_ignore_ascii_case(w)));
    !rest.is_empty() && rest.len() <= 2 && !target_is_verb && is_ui_label(&rest.join(" "))
}

/// A trail of sections: "Home › Comunicati › Bollettini settimanali", "Gear › News ›
/// Cameras and lenses", "Home > Service updates > Planned work in your area". Parts
/// between `›`, `»` or `>` with a space on each side, each a capitalised name without
/// digits, commas or colons; a home page's name first, or three parts or more with a
/// site label first or second. Not a route ("Madrid > Zaragoza > Barcelona"), a
/// process, a timetable or quotation marks (`»Wir sind bereit«`, `« … »`).
fn breadcrumb(text: &str) -> bool {
    const HOME: &[&str] = &[
        "home",
        "homepage",
        "start",
        "startseite",
        "accueil",
        "inicio",
        "início",
        "hoofdpagina",
    ];
    if !(text.contains(" › ") || text.contains(" » ") || text.contains(" > "))
        || text.contains(['«', '‹', '“', '"', '„'])
        || text.contains("->")
        || text.contains("=>")
    {
        return false;
    }
    let mut parts: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some((at, sep)) = [" › ", " » ", " > "]
        .iter()
        .filter_map(|sep| rest.find(sep).map(|at| (at, sep.len())))
        .min()
    {
        parts.push(rest[..at].trim());
        rest = &rest[at + sep..];
    }
    parts.push(rest.trim());
    let crumb = |p: &&str| {
        !p.is_empty()
            && p.split_whitespace().count() <= 7
            && p.chars().next().is_some_and(char::is_uppercase)
            && !p.contains(|c: char| c.is_ascii_digit() || matches!(c, ',' | ':' | ';'))
            && !p.ends_with(['.', '!', '?'])
    };
    if !parts.iter().all(crumb) {
        return false;
    }
    let home = HOME.iter().any(|h| parts[0].eq_ignore_ascii_case(h));
    let labelled = parts.iter().take(2).any(|p| is_ui_label(p));
    (home && parts.len() >= 2) || (labelled && parts.len() >= 3)
}

pub(super) fn menu_segment(s: &str) -> &str {
    s.trim()
        .trim_matches(|c: char| matches!(c, ':' | ',' | '.' | '*'))
}

/// Whether `menu_shape` could find more than one segment: the line holds one of
/// its separators.
pub(super) fn has_menu_separator(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3(b'|', b'/', b'\t', b).is_some()
        || text.contains(" > ")
        || text.contains(['∕', '⁄'])
        || has_non_ascii_separator(b)
        || text.contains("  ")
        || text.contains(" - ")
        || (!text.is_ascii()
            && text
                .chars()
                .any(|c| line::is_pictograph(c) || is_arrow_bullet(c)))
}

/// Triangles and arrowheads that separate the items of a share bar ("Condividi ▸
/// Facebook ▸ WhatsApp").
pub(super) fn is_arrow_bullet(c: char) -> bool {
    matches!(
        c,
        '▸' | '▹'
            | '▶'
            | '►'
            | '‣'
            | '▷'
            | '∙'
            | '▪'
            | '⟩'
            | '➝'
            | '▼'
            | '▽'
            | '▾'
            | '◆'
            | '■'
    )
}

/// A menu separator: the characters above, and pictographs, which stand in front of
/// the items of a toolbar ("⎙ Print  ✉ Email  🔗 Copy link").
pub(super) fn is_menu_separator(c: char) -> bool {
    matches!(
        c,
        '|' | '·' | '•' | '›' | '»' | '/' | '\t' | '–' | '—' | '>' | '∕' | '⁄'
    ) || line::is_pictograph(c)
        || is_arrow_bullet(c)
}

/// The line holds `·` or `»` (C2 B7, C2 BB), or `•`, `›`, `–` or `—` (E2 80 A2, BA,
/// 93, 94). Curly quotes and other characters sharing those lead bytes are common in
/// prose, so the bytes after each lead byte are checked.
pub(super) fn has_non_ascii_separator(b: &[u8]) -> bool {
    memchr::memchr2_iter(0xC2, 0xE2, b).any(|i| match b[i] {
        0xC2 => matches!(b.get(i + 1), Some(0xB7 | 0xBB)),
        _ => b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA2 | 0xBA | 0x93 | 0x94)),
    })
}

pub(super) fn is_ui_label(s: &str) -> bool {
    static LABELS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| UI_LABELS.iter().copied().collect());
    // Most segments are far longer than any label: no need to compare them.
    if s.len() > MAX_UI_LABEL_LEN {
        return false;
    }
    // The labels are lower-case: an ASCII segment is lower-cased on the stack.
    if s.is_ascii() {
        let mut buf = [0u8; MAX_UI_LABEL_LEN];
        let lower = &mut buf[..s.len()];
        lower.copy_from_slice(s.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).is_ok_and(|l| LABELS.contains(l));
    }
    LABELS.contains(s.to_lowercase().as_str())
}

/// Longer than any UI label could be before lower-casing (which shrinks a few
/// characters, such as the Kelvin sign, to a third of their bytes).
pub(super) const MAX_UI_LABEL_LEN: usize = 150;

/// A share-bar word, surrounding punctuation aside ("Facebook", "Email,").
pub(super) fn is_social_word(w: &str) -> bool {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    if w.is_ascii() {
        return w.len() <= 12 && SOCIAL_WORDS.iter().any(|s| s.eq_ignore_ascii_case(w));
    }
    // Lower-casing can turn a non-ASCII letter into an ASCII one (the Kelvin sign).
    SOCIAL_WORDS.contains(&w.to_lowercase().as_str())
}

/// The line holds a character that case-insensitive regexes match to an ASCII letter
/// but ASCII lower-casing leaves alone (`ſ` for `s`, the Kelvin sign for `k`): gate
/// words searched in the lower-cased line could miss a match there.
pub(super) fn unicode_folds(text: &str) -> bool {
    memchr::memchr2(0xC5, 0xE2, text.as_bytes()).is_some() && text.contains(['ſ', '\u{212A}'])
}

/// A date, a time or a date word ("March", "07:02", "2025-03-19", "Updated").
pub(super) fn is_dateline_word(w: &str, c: &Compiled) -> bool {
    static WORDS: LazyLock<rustc_hash::FxHashSet<&'static str>> =
        LazyLock::new(|| DATELINE_WORDS.iter().copied().collect());
    // Letters only (most words): the pattern matches exactly the listed words, so a
    // lookup of the word lower-cased on the stack does, without running the regex.
    if w.bytes().all(|b| b.is_ascii_alphabetic()) {
        if w.len() > LONGEST_DATELINE_WORD {
            return false;
        }
        let mut buf = [0u8; LONGEST_DATELINE_WORD];
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        return std::str::from_utf8(lower).is_ok_and(|l| WORDS.contains(l));
    }
    c.dateline_word.is_match(w)
}

/// Only dates, times and date words ("Wednesday 19 March 2025 07:02 GMT", "Updated 3h ago").
/// The words of a date line, without the punctuation around them (and, with
/// `dots`, without full stops either); empty pieces are skipped.
pub(super) fn date_tokens(text: &str, dots: bool) -> impl Iterator<Item = &str> {
    text.split_whitespace()
        .map(move |w| {
            w.trim_matches(|ch: char| {
                matches!(
                    ch,
                    ',' | '|' | '·' | '•' | '(' | ')' | ':' | '-' | '–' | '—'
                ) || (dots && ch == '.')
            })
        })
        .filter(|w| !w.is_empty())
}

pub(super) fn is_dateline(text: &str, c: &Compiled) -> bool {
    // A date line has a digit (checked first: most lines have none).
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let mut any_date = false;
    // Bare numbers alone ("963 555 210") are a phone number unless one is a year.
    let (mut bare_numbers, mut words, mut year) = (0, 0, false);
    for w in date_tokens(text, false) {
        if !is_dateline_word(w, c) {
            return false;
        }
        if w.bytes().any(|b| b.is_ascii_digit()) || w.len() > 3 {
            any_date = true;
        }
        words += 1;
        if w.bytes().all(|b| b.is_ascii_digit()) {
            bare_numbers += 1;
            year |= w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
        }
    }
    let phone_like = bare_numbers == words && !year;
    any_date && !phone_like
}

/// A line that is mostly a date line, with a few words the list does not know ("Last
/// refreshed Wednesday, June 11, 2025 · 6:58 p.m.", "Tue 16 Sep 2025 · first
/// broadcast in the 7:30am bulletin"): at most 16 words, at least three of them
/// numbers (a day, a year, a time) and one a date word (a phone number is numbers
/// alone), and at least three in five of them date words or numbers.
pub(super) fn mostly_dateline(text: &str, c: &Compiled) -> bool {
    // Three numbers need three runs of digits: most lines fail this cheaper count.
    if digit_runs(text.as_bytes()) < 3 {
        return false;
    }
    let (mut words, mut known, mut numbers) = (0, 0, 0);
    for w in date_tokens(text, true) {
        words += 1;
        if words > 16 {
            return false;
        }
        if w.bytes().any(|b| b.is_ascii_digit()) {
            numbers += 1;
            known += 1;
        } else if is_dateline_word(w, c) {
            known += 1;
        }
    }
    numbers >= 3 && known > numbers && known * 5 >= words * 3
}

/// How many runs of ASCII digits `b` holds ("May 1, 2025 07:02" has four).
pub(super) fn digit_runs(b: &[u8]) -> usize {
    let mut runs = 0;
    let mut in_run = false;
    for &byte in b {
        let digit = byte.is_ascii_digit();
        runs += usize::from(digit && !in_run);
        in_run = digit;
    }
    runs
}

/// Length in bytes of a wire dateline opening `text`: a place (and date) of at most
/// eight words starting with a capital, an agency or publication in brackets, a dash,
/// then the story ("BRAMLEY, March 4 (Gazette) - The county…", "PARIS (AFP) — …").
pub(super) fn wire_dateline_len(text: &str) -> Option<usize> {
    if !text.starts_with(|c: char| c.is_uppercase()) {
        return None;
    }
    // The bracket opens within the first 80 bytes: no need to look further.
    let head = &text.as_bytes()[..text.len().min(81)];
    let open = memchr::memchr(b'(', head).filter(|&o| o > 0)?;
    let place = &text[..open];
    if place.split_whitespace().count() > 8 || place.contains(['"', '“', ')', ':', '|']) {
        return None;
    }
    let close = open + text[open..].find(')').filter(|&c| c <= 60)?;
    let after = text[close + 1..].trim_start();
    let story = after.strip_prefix(['-', '–', '—'])?;
    let story = story.strip_prefix(' ')?;
    (story.split_whitespace().nth(2).is_some()).then(|| text.len() - story.len())
}

/// The line opens with the publication's name: the publisher describing itself
/// ("The Gazette is an independent…", "Gazette.com participates in…").
pub(crate) fn opens_with_publication(text: &str, ctx: &Context) -> bool {
    let start = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let head = start.get(..start.len().min(80)).unwrap_or(start);
    let mut lower = head.to_lowercase();
    if lower.starts_with("the ") {
        lower.drain(..4);
    }
    ctx.publication
        .brands
        .iter()
        .chain(&ctx.publication.host_label)
        .any(|b| lower.starts_with(b.as_str()))
}

/// Whether `after` (the words after a call to action) opens with a name in quotation
/// marks that is not the publication's: `"Segnala Roccaferrata"`, «Rocca Informa».
pub(super) fn names_someone_elses(after: &str, ctx: &Context) -> bool {
    let after = after.trim_start();
    let Some(open) = after.chars().next().filter(|c| "\"“«„".contains(*c)) else {
        return false;
    };
    let inner = &after[open.len_utf8()..];
    let Some(close) = inner.find(['"', '”', '»', '“']) else {
        return false;
    };
    let name = format!(" {} ", inner[..close].to_lowercase());
    close > 0 && !mentions_publication(&name, ctx)
}

/// A short label with a word that points to more reading ("See also on our blog",
/// "Lees ook op dit blog", "More tenant news"), a colon, then only Markdown links, all
/// to the publication's own site. Links elsewhere ("Read the documents: [the
/// regulator's notice](…) · [the company's reply](…)") are the story's sources.
fn links_after_a_label(raw: &str, ctx: &Context) -> bool {
    // A verb of reading or seeing, or "more"/"related" with a word for stories.
    const READ: &[&str] = &[
        "read", "related", "lees", "leggi", "veja", "leia", "lire", "voir", "lesen", "siehe",
        "zie", "bekijk", "vea", "vedi",
    ];
    const MORE: &[&str] = &[
        "more", "other", "latest", "weitere", "weiterer", "mehr", "andere", "meer", "más", "altre",
        "altri", "mais", "outras", "outros", "autres", "plus",
    ];
    const STORIES: &[&str] = &[
        "news",
        "stories",
        "articles",
        "reports",
        "posts",
        "coverage",
        "berichte",
        "artikel",
        "nachrichten",
        "beiträge",
        "einsatzberichte",
        "actualités",
        "noticias",
        "notizie",
        "artigos",
        "notícias",
        "nieuws",
        "verhalen",
        "artículos",
        "articoli",
    ];
    static LINKS_ONLY: LazyLock<Regex> = LazyLock::new(|| {
        build(
            r"^(?:\s*\[[^\]]+\]\([^)\s]*\)\s*(?:[·|,;/•–—-]|and|und|et|y|e|en|or|o|ou|of)?)+\s*$",
            true,
        )
    });
    if !raw.contains("](") {
        return false;
    }
    let Some(colon) = raw.find(':') else {
        return false;
    };
    let (label, links) = (&raw[..colon], &raw[colon + 1..]);
    let label = label
        .trim_start_matches(['-', '*', '_', '>', ' '])
        .trim_end_matches(['*', '_', ' ']);
    let words: Vec<&str> = label.split_whitespace().collect();
    let links = links.trim_start_matches(['*', '_', ' ']);
    let Some(own) = ctx.publication.host_label.as_deref() else {
        return false;
    };
    let to_own_site = |url: &str| {
        if url.starts_with('/') || url.starts_with('#') {
            return true;
        }
        let host = url.split("://").nth(1).unwrap_or(url);
        let host = host.split(['/', '?', '#']).next().unwrap_or(host);
        let letters: String = host.chars().filter(|c| c.is_alphanumeric()).collect();
        letters.to_lowercase().contains(own)
    };
    let all_own = links
        .split("](")
        .skip(1)
        .map(|rest| rest.split(')').next().unwrap_or(rest))
        .all(to_own_site);
    all_own
        && !words.is_empty()
        && words.len() <= 9
        && !label.contains(['[', '(', '.'])
        && {
            let lower: Vec<String> = words
                .iter()
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .collect();
            let has = |list: &[&str]| lower.iter().any(|w| list.contains(&w.as_str()));
            has(READ)
                || (has(MORE) && has(STORIES))
                || lower.windows(2).any(|p| {
                    matches!(
                        (p[0].as_str(), p[1].as_str()),
                        ("also", "like") | ("see", "also") | ("lee", "también") | ("lies", "auch")
                    )
                })
        }
        && LINKS_ONLY.is_match(links)
}

/// What a call to action names belongs to someone else: it is official ("die
/// offiziellen Lawinenwarnungen des Landes") or comes from a named third party ("text
/// alerts from Kestrel Energy Services", "le bulletin … du réseau de surveillance"),
/// and nothing in the clause says "our" or names the publication: advice in a story.
pub(super) fn someone_elses_object(call: &str, after: &str, ctx: &Context) -> bool {
    // "Folgen Sie uns auf Instagram … aus der Region": the call says "us" itself.
    if has_word_from(call, &[OWN_WORDS, WE_WORDS]) {
        return false;
    }
    static OTHERS: LazyLock<Regex> = LazyLock::new(|| {
        build(
            r"(?i:\b(?:offici(?:al|ell\w*|[ëe]le)|offiziell\w*|oficia(?:l|is|les)|ufficial\w*|amtlich\w*)\b)|(?i:\bfrom\s+)\p{Lu}|(?i:\b(?:from|of\s+the|by\s+the|des|der|du|de|de\s+la|de\s+l['’]|del|della|dello|dei|degli|do|da|dos|das|van|van\s+de|van\s+het)\s+)(?:(?i:polic\w*|polizei|politie|feuerwehr|pompiers|bomberos|vigili\s+del\s+fuoco|bombeiros|brandweer|m[ée]t[ée]o\S*|aemet|wetterdienst\w*|dwd|rijkswaterstaat|knmi|r[ée]seau|council|government|landes|gemeinde|stadtverwaltung|ministry|minist[eè]re|ministerio|ministero|minist[ée]rio|mairie|pr[ée]fecture|ayuntamiento|comune|c[âa]mara|gemeente|agency|agence|agencia|agenzia|ag[êe]ncia|protecci[óo]n\s+civil|protezione\s+civile|prote[çc][ãa]o\s+civil|protection\s+civile|katastrophenschutz\w*)\b)",
            false,
        )
    });
    let end = after.find(['.', '!', '?', ';']).unwrap_or(after.len());
    let mut clause = &after[..end];
    if clause.len() > 160 {
        let mut cut = 160;
        while !clause.is_char_boundary(cut) {
            cut -= 1;
        }
        clause = &clause[..cut];
    }
    OTHERS.is_match(clause)
        && !has_word_from(clause, &[OWN_WORDS, WE_WORDS])
        && !mentions_publication(&format!(" {} ", clause.to_lowercase()), ctx)
}

/// The line names the publication's own channel: "our WhatsApp channel", "nuestro
/// canal de WhatsApp", "unseren Telegram-Kanal" (a possessive, then a channel word
/// within the next three words). `lower` is lower-cased (ASCII).
pub(super) fn names_own_channel(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    one_then_another(&words, OWN_WORDS, 3, CHANNEL_WORDS)
}

/// `lower` is the line lower-cased (ASCII); brands and the host label are lower-case.
pub(super) fn mentions_publication(lower: &str, ctx: &Context) -> bool {
    ctx.publication
        .names
        .iter()
        .any(|f| f.find(lower.as_bytes()).is_some())
}

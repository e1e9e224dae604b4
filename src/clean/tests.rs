//! Behaviour tests for `clean` as a whole, table-driven.
//!
//! Each case is an invented article written as lines prefixed with `+ ` (must be kept),
//! `- ` (must be removed) or `? ` (either is fine); an empty string is a blank line.
//! Publishers and wording deliberately differ from the dev set, to test families and
//! position rather than phrases.

use super::*;

struct Case {
    name: &'static str,
    source: Option<&'static str>,
    url: Option<&'static str>,
    lines: &'static [&'static str],
}

fn body_of(lines: &[&str]) -> String {
    let mut s: String = lines
        .iter()
        .map(|l| l.get(2..).unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    s.push('\n');
    s
}

fn check_with(case: &Case, rules: &CleanRules, learned: &Learned) -> Vec<String> {
    let body = body_of(case.lines);
    let ctx = SourceContext {
        source: case.source,
        source_url: case.url,
        title: Some("An invented headline"),
        author: None,
    };
    let cleaned = clean(&body, &ctx, rules, learned);
    let removed: Vec<usize> = cleaned.removals.iter().map(|r| r.line).collect();
    let mut failures = Vec::new();
    for (i, l) in case.lines.iter().enumerate() {
        let gone = removed.contains(&(i + 1));
        let text = l.get(2..).unwrap_or("");
        match l.get(..2) {
            Some("+ ") if gone => {
                let why = cleaned
                    .removals
                    .iter()
                    .find(|r| r.line == i + 1)
                    .map(|r| r.reason.to_string());
                failures.push(format!(
                    "{}: removed body line {:?} ({})",
                    case.name,
                    text,
                    why.unwrap_or_default()
                ));
            }
            Some("- ") if !gone => {
                failures.push(format!("{}: kept boilerplate {:?}", case.name, text))
            }
            _ => {}
        }
    }
    failures
}

/// A case's lines: a story's paragraphs, then what follows them (leaked: cases hold
/// `'static` lines, and a test's few allocations live as long as it does).
fn story_then(story: &[&'static str], tail: &[&'static str]) -> &'static [&'static str] {
    story.iter().chain(tail).copied().collect::<Vec<_>>().leak()
}

fn check(cases: &[Case]) {
    let failures: Vec<String> = cases
        .iter()
        .flat_map(|c| check_with(c, &CleanRules::default(), &Learned::default()))
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn footers_of_other_publishers() {
    check(&[
        Case {
            name: "plain paste, follow + blurb + address + rights",
            source: Some("Meadowbrook Business Journal"),
            url: Some("https://meadowbrookjournal.example/news/x"),
            lines: &[
                "+ The regional airport will add four daily routes from September, the operator said on Thursday, after passenger numbers recovered faster than expected.",
                "+ The expansion follows two years of negotiations with airlines that had cut services during the downturn and were reluctant to return without guarantees.",
                "+ Local businesses welcomed the news.",
                "- Stay connected with us on LinkedIn: https://meadowbrookjournal.example/linkedin",
                "",
                "- \"Meadowbrook Business Journal celebrates the entrepreneurs who keep our region growing. Every week, our reporters bring you the stories behind the deals, the launches and the people who make them happen.\"",
                "- 210 Kings Road,",
                "- Floor 3, Harbourside,",
                "- Bristol BS1 5QA, United Kingdom",
                "- (c) 2019-2025 Meadowbrook Media Ltd. All rights reserved.",
            ],
        },
        Case {
            name: "markdown, bio + pitch + menu footer",
            source: Some("The Copper Valley Times"),
            url: None,
            lines: &[
                "+ ## Council delays vote on water rates",
                "",
                "+ Councillors postponed a decision on higher water charges until next month, saying they needed more detail on how the extra revenue would be spent.",
                "",
                "+ The utility has asked for an increase of 9 per cent to pay for pipe replacements.",
                "",
                "- *Dana Whitfield is a senior reporter at The Copper Valley Times. Reach her at dana.whitfield@cvtimes.example.*",
                "",
                "- **Want more local news? Get the Morning Brief delivered to your inbox every weekday.**",
                "",
                "- © 2025 Copper Valley Times | Privacy Policy | Terms of Use | Contact Us",
            ],
        },
        Case {
            name: "German footer",
            source: Some("Bergblick Rundschau"),
            url: None,
            lines: &[
                "+ Die Gemeinde will die alte Seilbahn bis zum Winter sanieren und hat dafür Fördermittel des Landes beantragt.",
                "+ Der Gemeinderat stimmte dem Plan am Dienstag einstimmig zu.",
                "- Folgen Sie uns auf Facebook und Instagram!",
                "- Bergblick Verlag GmbH",
                "- Hauptstraße 12",
                "- 80331 München",
                "- © 2025 Bergblick Verlag. Alle Rechte vorbehalten.",
            ],
        },
        Case {
            name: "French, Spanish, Italian, Portuguese, Dutch formulas",
            source: None,
            url: Some("https://www.multi.example/a"),
            lines: &[
                "+ The five newspapers agreed to share a single printing plant from next year, cutting costs for all of them.",
                "+ Unions said they had not been consulted.",
                "- Abonnez-vous à notre newsletter pour recevoir nos articles.",
                "- Suscríbete a nuestro boletín semanal.",
                "- Seguici su Instagram e Facebook",
                "- Siga-nos no Twitter",
                "- Volg ons op LinkedIn",
                "- Tous droits réservés © Le Riverain 2025",
                "- Todos los derechos reservados.",
                "- Tutti i diritti riservati",
                "- Todos os direitos reservados",
                "- Alle rechten voorbehouden",
            ],
        },
        Case {
            name: "republication note and related list with links",
            source: Some("Open Science Digest"),
            url: None,
            lines: &[
                "+ Researchers have mapped the root systems of three alpine grasses in unprecedented detail, using a portable scanner carried up the mountain.",
                "",
                "+ The work shows that the plants invest more in roots during dry summers.",
                "",
                "- This story was originally published by Fieldnotes Magazine and is republished here under a Creative Commons licence.",
                "",
                "- ## More from Open Science Digest",
                "",
                "- - [Why glaciers are losing their dust](https://osd.example/glaciers)",
                "- - [A census of mountain bees](https://osd.example/bees)",
            ],
        },
        Case {
            name: "comment section and cookie banner",
            source: None,
            url: None,
            lines: &[
                "+ The library will open on Sundays from March, following a petition signed by more than four thousand residents.",
                "+ Staff will work the extra hours on a voluntary basis, the council said.",
                "",
                "- 3 Comments",
                "- Leave a Reply",
                "- Your email address will not be published. Required fields are marked *",
                "- Name *",
                "- Email *",
                "- Post Comment",
                "- This site uses cookies to improve your experience. By continuing to use the site you accept our use of cookies.",
                "- Accept all | Reject all | Cookie settings",
            ],
        },
        Case {
            name: "a university's blurb after its name and a colon, a link with an arrow",
            source: Some("Harwick College News"),
            url: None,
            lines: &[
                "+ Engineers at the college have built a paper sensor that detects nitrate in well water within two minutes.",
                "",
                "- Find out more about our postgraduate courses in environmental engineering →",
                "",
                "+ The sensor costs about 30 pence to make, the team said, and could be sold in packs of fifty.",
                "+ About 40 farms in the county will test it over the summer, alongside the usual laboratory checks.",
                "",
                "- About Harwick College: Founded in 1874, Harwick is a public college serving 9,000 students on two campuses.",
                "- Media contact: Ruth Obi, press@harwick.example",
            ],
        },
        Case {
            name: "a membership pitch and the paper's frequency above a union paper's imprint",
            source: Some("Werkbank – Zeitung der Metallgewerkschaft Süd"),
            url: None,
            lines: &[
                "+ Die Beschäftigten des Presswerks in Aalen haben einem neuen Schichtmodell zugestimmt, das die Nachtarbeit auf vier Nächte im Monat begrenzt.",
                "",
                "+ Die Geschäftsführung hatte zunächst sechs Nächte verlangt. Nach drei Verhandlungsrunden einigten sich beide Seiten auf einen Kompromiss.",
                "",
                "+ Das Modell gilt ab April und wird nach einem Jahr gemeinsam überprüft.",
                "",
                "- Noch nicht dabei? Jetzt Mitglied werden und mitbestimmen.",
                "",
                "- Werkbank erscheint sechsmal im Jahr und ist im Beitrag enthalten.",
                "- Herausgeber: Metallgewerkschaft Süd, Vorstand, Schillerstraße 12, 70173 Stuttgart",
                "- V.i.S.d.P.: Jana Roth · redaktion@werkbank.example",
            ],
        },
        Case {
            name: "an ad's copy pasted right below its label",
            source: Some("Fjord Weekly"),
            url: None,
            lines: &[
                "+ The ferry company will add a late-night crossing on Fridays from May, after a petition signed by 3,000 commuters.",
                "",
                "- Sponsored · Harbourline Outfitters",
                "- Heading out on the water this spring? Harbourline Outfitters has waterproofs, boots and charts for every trip.",
                "",
                "+ The extra crossing leaves the north quay at 23:40 and returns at 00:30.",
                "",
                "- Advertisement",
                "- Kayak hire from €15 an hour at the marina kiosk.",
                "",
                "+ The company said the service would be reviewed after six months.",
                "",
                "- Advertisement",
                "+ Fares for the late crossing will match the daytime ones, a spokeswoman said, and season tickets will be valid on it.",
                "",
                "+ Commuters' groups welcomed the decision but asked for a Saturday crossing too.",
            ],
        },
        Case {
            name: "story lines pasted against an ad label, and a magazine's last line",
            source: Some("Alpenpost"),
            url: None,
            lines: &[
                "+ Der Stadtrat hat den Haushalt für das kommende Jahr mit knapper Mehrheit beschlossen.",
                "",
                "- Anzeige",
                "+ Die Inflation lag im März bei 2,2 %, wie das Statistikamt mitteilte.",
                "",
                "- Lesen Sie nach der Anzeige weiter",
                "+ Sie hatte die Stelle erst im Januar angetreten und will nun bleiben.",
                "",
                "+ Not yet a member? The club holds an open day on 12 April for new players, its chairman said.",
                "+ Das Magazin erscheint viermal im Jahr und kostet im Handel acht Euro.",
                "",
                "- © 2026 Alpenpost Verlag. Alle Rechte vorbehalten.",
                "- Folgen Sie uns auf Instagram",
            ],
        },
        Case {
            name: "a press release's numbered notes to editors",
            source: Some("Lakeside Water"),
            url: None,
            lines: &[
                "+ Lakeside Water will replace 40 kilometres of lead pipes in the old town over the next three years, at a cost of £62 million.",
                "",
                "+ Work starts in June on Canal Street, where the pipes date from the 1890s.",
                "",
                "- ENDS",
                "",
                "- Notes to editors",
                "- 1. Lakeside Water supplies 1.2 million customers across four counties and employs 2,300 people.",
                "- 2. Photographs of the pipe replacement trial are available from the press office on request.",
                "- Media enquiries: press@lakeside-water.example, 01632 960 555",
            ],
        },
        Case {
            name: "a footer pasted right below a slogan the story quotes",
            source: Some("Talbote Lindau"),
            url: None,
            lines: &[
                "+ Der Turnverein erhöht die Beiträge zum ersten Mal seit zwölf Jahren, von fünf auf sieben Euro im Monat.",
                "",
                "+ Auf den neuen Plakaten am Vereinsheim steht seit Montag ein anderer Satz:",
                "",
                "+ > „Bewegung für alle – ab 7 € im Monat.“",
                "- Folgen Sie dem Talboten auf Facebook und Instagram.",
                "- © 2026 Talbote Verlags-GmbH. Alle Rechte vorbehalten.",
            ],
        },
        Case {
            name: "a museum's imprint and opening hours under a legal footer",
            source: Some("Lettres du Musée Vauclair"),
            url: None,
            lines: &[
                "+ Le musée a acquis un carnet de dessins inédit du peintre, retrouvé dans une malle chez un particulier de Chambéry.",
                "",
                "+ Le carnet, de quarante pages, sera montré au public à partir du printemps, après restauration par l'atelier régional, qui doit d'abord stabiliser les encres et refaire la reliure abîmée par l'humidité.",
                "",
                "+ Les conservateurs espèrent y trouver les études préparatoires de deux toiles disparues, dont un portrait de sa sœur connu seulement par une lettre de 1911 et une vue du lac peinte l'hiver précédent.",
                "",
                "- Lettres du Musée Vauclair est la revue en ligne du musée. Directrice de la publication : Claire Aubin.",
                "- Musée Vauclair · 3 rue des Tanneurs · 73000 Chambéry · 04 79 00 00 00",
                "- Ouvert du mardi au dimanche, de 10 h à 18 h.",
                "- Mentions légales · Cookies · Plan du site",
                "- © Musée Vauclair 2026. Tous droits réservés.",
            ],
        },
    ]);
}

#[test]
fn headers_and_middles_of_other_publishers() {
    check(&[
        Case {
            name: "header block",
            source: Some("Northern Lights Courier"),
            url: None,
            lines: &[
                "- Listen to this article · 6 min",
                "- By Marta Kowalski and Tom Reyes · Updated 14 March 2025, 09:12 GMT",
                "- Share this story: Facebook · X · WhatsApp · Email",
                "- Photograph: Ivo Brandt/Reuters",
                "",
                "+ The ferry company has ordered two electric vessels for its busiest crossing, the first battery ships in its fleet.",
                "",
                "+ Deliveries are expected in 2027.",
            ],
        },
        Case {
            name: "mid-article ads, read-also, newsletter box",
            source: Some("Riverside Post"),
            url: None,
            lines: &[
                "+ Construction of the new bridge will close the riverside road for six weeks from Monday, the city said.",
                "- Story continues below advertisement",
                "+ Buses will be diverted through the old town, adding about ten minutes to journeys.",
                "- RELATED: Riverside bridge costs rise again",
                "+ Residents have asked for a temporary footbridge.",
                "",
                "- Sign up for The Riverside Briefing",
                "- Our best local stories, in your inbox every weekday.",
                "- Enter your email address",
                "- Subscribe",
                "",
                "+ Work on the bridge deck is due to finish by the end of the year.",
                "",
                "? - - -",
                "+ Officials said they would publish weekly updates.",
            ],
        },
        Case {
            name: "image credits in several forms",
            source: None,
            url: None,
            lines: &[
                "+ The telescope captured the clearest image yet of the comet's tail.",
                "- Image credit: NASA/JPL-Caltech",
                "- The comet photographed from the summit observatory. (Image: Getty Images)",
                "+ Astronomers said the tail stretched for millions of kilometres.",
                "- Photo by Lena Ortiz on Unsplash",
                "+ The next pass is expected in 2061.",
                "- Workers inspect the observatory dome before the launch. Picture: Sam Jones/Alpine Press",
            ],
        },
        Case {
            name: "more header and middle variants",
            source: Some("Harbourside Chronicle"),
            url: Some("https://harbourside.example/x"),
            lines: &[
                "- Home » News » Business",
                "- Analysis",
                "- Updated: March 3, 2025 at 10:14 a.m. ET",
                "- Words by Priya Nair",
                "- Facebook Twitter LinkedIn Email",
                "+ The port authority has approved a plan to electrify its cranes by 2030, at a cost of about 80 million pounds.",
                "- MORE: Port strike talks collapse",
                "+ Dock workers' unions said they supported the plan but wanted guarantees on jobs.",
                "- View this post on Instagram",
                "- A post shared by Harbourside Chronicle (@harbourside)",
                "+ The first electric cranes will arrive next spring.",
                "- If you value our reporting, please consider becoming a member today.",
                "- Join 40,000 readers who get our morning briefing.",
                "- Next: How the tide tables are made",
            ],
        },
    ]);
}

#[test]
fn traps_stay() {
    check(&[
        Case {
            name: "body quoting boilerplate formulas",
            source: Some("Civic Ledger"),
            url: None,
            lines: &[
                "+ The platform's banner, which read \"Follow us on every network\" and \"Share this article with your friends\", was removed after complaints from regulators who said it misled users about data sharing.",
                "+ Lawyers argued that the phrase \"All rights reserved\" printed on the leaflets had no legal force in this case.",
                "+ Protesters gathered outside the offices at 200 Market Street, Suite 4, Springfield, IL 62701, on Saturday morning.",
                "+ \"Subscribe now and save 50 per cent\" was the headline offer, the watchdog found, but most customers paid full price after the first month.",
                "+ Follow the guidance on the council website, officials told residents, and report any flooding immediately.",
                "+ By March, prices had risen by a fifth.",
                "+ Advertisement spending by the ministry doubled last year, auditors said.",
                "+ Copyright reform is expected to be debated in parliament next month.",
                "+ \"Our community has been ignored for years,\" a resident told the Civic Ledger after the meeting.",
                "+ Sign up for the scheme closes on Friday, the council said.",
                "+ Join the queue early, organisers advised, because tickets sell out fast.",
                "+ Read the latest report from the climate panel and the scale of the problem is clear.",
                "+ Support for the measure was strongest among older voters in rural districts.",
                "+ Find out more about the scheme on the council's website, officials said.",
            ],
        },
        Case {
            name: "article sentences opening like newer patterns",
            source: Some("Riverside Courier"),
            url: Some("https://www.riversidecourier.com/news/market-licences"),
            lines: &[
                "+ Traders at Riverside's Saturday market will need a new licence from September, the council said on Monday.",
                "+ Shop now, pay later schemes have become common among stallholders, according to a survey by the traders' association.",
                "+ \"Buy now, or the price goes up,\" one fruit seller joked as he described how customers react to the news.",
                "+ Loved by tourists, the market has operated on the same square since 1862.",
                "+ Found an error in the council's figures? Auditors did, in 2019, when they discovered the market had been undercharged for a decade.",
                "+ The views expressed by traders at Monday's meeting were mixed, with some welcoming clearer rules.",
                "+ Trending now among stallholders: card readers, which most traders say they added during the pandemic.",
                "+ Have your say on the proposals at the consultation meeting on 20 July, the council said.",
                "+ Home and Away, the soap opera, was filmed at the market in 2004, traders recalled.",
                "+ Most read: the council's own report, which runs to 140 pages.",
                "+ Stallholders can read the full report on the council's website, the council said.",
            ],
        },
        Case {
            name: "short items and subheadings near ads and footers",
            source: None,
            url: None,
            lines: &[
                "+ The committee listed the materials it wants to secure:",
                "+ - Lithium",
                "+ - Cobalt",
                "+ - Rare earths",
                "- Advertisement",
                "+ Buildings not designed for heat",
                "+ Many hospitals were designed to retain warmth rather than shed it, and some wards regularly exceed safe temperatures in summer.",
                "- ADVERTISEMENT",
                "+ ## Costs and bills",
                "+ The bill will rise by about 40 pounds a year.",
                "+ The measures include:",
                "+ - Longer opening hours",
                "+ - Free parking on Sundays",
                "",
                "- © 2025 Example Media",
            ],
        },
        Case {
            name: "an ad marker near the end does not start a footer",
            source: None,
            url: None,
            lines: &[
                "+ The festival returns to the park this summer with a smaller stage and fewer food stalls than last year.",
                "- Advertisement",
                "+ Key dates",
                "? March 3",
                "? April 9",
            ],
        },
        Case {
            name: "advice worded like calls to action",
            source: None,
            url: None,
            lines: &[
                "+ Residents in the flood zone were advised to:",
                "+ - Subscribe to the council's flood alerts",
                "+ - Sign up for sandbag deliveries",
                "+ - Follow the river level updates on the agency website",
                "+ Read more widely, the professor advises, and your writing will improve.",
                "+ \"We are proud of our community and of our mission to serve it every day of the year.\"",
                "- Follow us on Facebook",
                "- © 2025 Flood Watch News",
            ],
        },
        Case {
            name: "fenced code is never touched",
            source: None,
            url: None,
            lines: &[
                "+ The configuration file looks like this:",
                "+ ```",
                "+ # © 2025 Example. All rights reserved.",
                "+ Subscribe",
                "+ Advertisement",
                "+ ```",
                "+ Restart the service after editing it.",
            ],
        },
        Case {
            name: "an article that is only prose",
            source: Some("Quiet Gazette"),
            url: None,
            lines: &[
                "+ The orchard will be replanted with older apple varieties that cope better with dry summers.",
                "+ Volunteers will graft the trees in February.",
                "+ The first harvest is expected in four years.",
            ],
        },
        Case {
            name: "standfirst without a full stop above a byline",
            source: None,
            url: None,
            lines: &[
                "+ Three coastal states sign a patrol pact as their neighbours protest a redrawing of practice",
                "- By Jane Doe | 4 March 2025",
                "",
                "+ The pact allows vessels from any of the three navies to stop and inspect ships.",
            ],
        },
    ]);
}

#[test]
fn repetition_across_a_site() {
    let footer = "The Daily Grind is an independent newsletter for coffee traders.";
    let quoted = "\"We will not accept a deal that hurts our members,\" the union's leader said in a statement on Monday evening.";
    let bodies = [
        format!("The price of arabica rose again on Monday.\n{quoted}\nTraders expect volatility.\n{footer}\n"),
        format!("Robusta stocks fell to a five-year low.\n{quoted}\nShipping costs are easing.\n{footer}\n"),
        format!("Brazil's harvest is running late this year.\nRain delayed picking.\n{footer}\n"),
    ];
    let ctx = |_: usize| SourceContext {
        source: Some("The Daily Grind"),
        source_url: None,
        title: None,
        author: None,
    };
    let learned = learn(bodies.iter().enumerate().map(|(i, b)| (ctx(i), b.as_str())));
    assert!(!learned.is_empty());
    let c = clean(&bodies[0], &ctx(0), &CleanRules::default(), &learned);
    let removed: Vec<&str> = c.removals.iter().map(|r| r.text.as_str()).collect();
    // The quoted sentence repeats too, but it is prose in the middle of the article.
    assert_eq!(removed, [footer], "{:#?}", c.removals);
    assert!(
        c.removals[0]
            .reason
            .to_string()
            .contains("repeats in 3 articles of The Daily Grind"),
        "{}",
        c.removals[0].reason
    );
    // The same story pasted twice with different furniture: its sentences repeat, but
    // they are article text, even after a strong line.
    let story = "Prices rose again on Monday.\nTraders blamed the weather.\nRead more: Frost hits growers\nShipping costs are easing.\nSome buyers are waiting.\nAnalysts expect calm.\nThe next auction is on Friday.\n";
    let twice = learn([(ctx(0), story), (ctx(1), "Prices rose again on Monday.\nTraders blamed the weather.\nShipping costs are easing.\nSome buyers are waiting.\nAnalysts expect calm.\nThe next auction is on Friday.\nOther footer here\n")]);
    let c = clean(story, &ctx(0), &CleanRules::default(), &twice);
    let removed: Vec<&str> = c.removals.iter().map(|r| r.text.as_str()).collect();
    assert_eq!(removed, ["Read more: Frost hits growers"]);
}

#[test]
fn config_drop_keep_cut() {
    let cfg = CleaningConfig {
        drop: vec!["^Sponsored by ".into()],
        keep: vec!["^Advertisement feature".into()],
        cut_after: vec!["^Further coverage$".into()],
        sources: [(
            "Harbour Post".to_string(),
            SourceRules {
                drop: vec!["^Tide times".into()],
                ..Default::default()
            },
        )]
        .into_iter()
        .collect(),
        ..Default::default()
    };
    let rules = CleanRules::compile(&cfg).unwrap_or_default();
    let body = "Advertisement feature: the new marina\nThe marina opens in May.\nSponsored by Acme Boats\nTide times for the week\nIt has 200 berths.\nFurther coverage\nThe end of the article is lost here.\n© 2025 Harbour Post\n";
    let ctx = SourceContext {
        source: Some("harbour post"),
        source_url: None,
        title: None,
        author: None,
    };
    let c = clean(body, &ctx, &rules, &Learned::default());
    assert_eq!(
        c.body,
        "Advertisement feature: the new marina\nThe marina opens in May.\nIt has 200 berths.\n"
    );
    let reasons: Vec<String> = c.removals.iter().map(|r| r.reason.to_string()).collect();
    assert_eq!(reasons[0], "cleaning.drop[0] pattern `^Sponsored by `");
    assert_eq!(
        reasons[1],
        "cleaning.sources.Harbour Post.drop[0] pattern `^Tide times`"
    );
    assert!(
        reasons[2].starts_with("after cut marker `^Further coverage$`"),
        "{}",
        reasons[2]
    );
    assert_eq!(c.removals.len(), 5);
    // Other sources do not get the per-source rule.
    let other = SourceContext {
        source: Some("Elsewhere"),
        source_url: None,
        title: None,
        author: None,
    };
    let c = clean(
        "A line.\nTide times for the week\nAnother line.\n",
        &other,
        &rules,
        &Learned::default(),
    );
    assert!(c.removals.is_empty());
}

#[test]
fn output_is_byte_exact_and_tidy() {
    let body = "\r\nFirst paragraph of the story.\r\n\r\nAdvertisement\r\n\r\nSecond paragraph of the story.\r\n\r\n\r\nThird.\r\n\r\n© 2025 X\r\n";
    let c = clean(
        body,
        &SourceContext::default(),
        &CleanRules::default(),
        &Learned::default(),
    );
    assert_eq!(
        c.body,
        "First paragraph of the story.\r\n\r\nSecond paragraph of the story.\r\n\r\n\r\nThird.\r\n"
    );
    assert_eq!(
        c.removals.iter().map(|r| r.line).collect::<Vec<_>>(),
        [4, 11]
    );
    assert_eq!(c.removals[0].text, "Advertisement");
    // Nothing to remove: the body comes back untouched.
    let plain = "\n\nJust prose, kept as it is.\n\n";
    assert_eq!(
        clean(
            plain,
            &SourceContext::default(),
            &CleanRules::default(),
            &Learned::default()
        )
        .body,
        plain
    );
}

/// Ordinary prose is never removed, wherever it sits, even next to boilerplate.
#[test]
fn ordinary_prose_is_never_removed() {
    let sentences = [
        "The committee met for three hours and agreed to publish its findings next week.",
        "Prices for fresh vegetables rose sharply after the storms damaged greenhouses in the south.",
        "She said the decision had been difficult but that the numbers left little choice.",
        "Short sentences also count as article text.",
        "It was over.",
    ];
    let boilerplate = [
        "Advertisement",
        "Follow us on Instagram @example",
        "© 2025 Example Media. All rights reserved.",
        "Share this article",
        "Read more: Another story",
    ];
    for (i, s) in sentences.iter().enumerate() {
        for b in boilerplate {
            for body in [
                format!("{b}\n{s}\n{b}\n"),
                format!("{s}\n{b}\n{s}\n"),
                format!("{b}\n\n{s}\n\n{b}"),
            ] {
                let c = clean(
                    &body,
                    &SourceContext::default(),
                    &CleanRules::default(),
                    &Learned::default(),
                );
                assert!(
                    c.removals.iter().all(|r| r.text != *s),
                    "case {i}: removed {s:?} from {body:?}"
                );
                assert!(c.body.contains(s));
            }
        }
    }
}

/// A tiny deterministic generator (xorshift), so property tests need no extra crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[(self.next() % items.len() as u64) as usize]
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const WORDS: &[&str] = &[
    "council",
    "harbour",
    "prices",
    "engineers",
    "the",
    "a",
    "of",
    "in",
    "said",
    "would",
    "report",
    "growers",
    "winter",
    "budget",
    "trains",
    "survey",
    "rose",
    "fell",
    "plans",
    "local",
    "new",
    "officials",
    "residents",
    "expected",
    "month",
    "year",
    "because",
    "while",
    "after",
    "data",
];

const BOILERPLATE: &[&str] = &[
    "Advertisement",
    "© 2025 Example Media Ltd. All rights reserved.",
    "Follow us on Instagram @example",
    "Share this article",
    "Read more: Another headline here",
    "Sign up for our daily newsletter",
    "By Jane Doe | 4 March 2025",
    "Photo: A harbour at dawn. (Example/Jane Doe)",
    "Related coverage:",
    "- [A related story](https://example.org/a)",
    "1120 Harlow Ave.,",
    "DE 19901, USA",
    "We use cookies to improve your experience.",
    "Listen to this article · 4 min",
    "https://example.org/",
    "---",
    "",
    "",
];

const ODD: &[&str] = &[
    "```",
    "~~~~",
    "# ",
    "#",
    "> ",
    "- ",
    "* * *",
    "| a | b |",
    "[",
    "](",
    "[x](",
    "<http",
    "__",
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "«",
    "»",
    "„",
    "Ⓒ",
    "©",
    "(c)",
    "é",
    "日本語",
    "\u{a0}",
    "\t",
    "\r",
    "…",
    "—",
    "·",
    "|",
    "@",
    "@x",
    "www.",
    "://",
    "1234",
    "Suite",
    "By",
    "By X",
    "0",
    ":",
    ".",
    "?",
];

fn prose(rng: &mut Rng) -> String {
    let n = 8 + rng.below(25);
    let mut s: Vec<String> = (0..n).map(|_| rng.pick(WORDS).to_string()).collect();
    s[0] = format!("Reporters{}", rng.below(1000));
    format!("{}.", s.join(" "))
}

#[test]
fn random_bodies_never_panic_and_clean_idempotently() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let rules = CleanRules::default();
    let ctx = SourceContext {
        source: Some("Example Media"),
        source_url: Some("https://www.example.org/x"),
        title: Some("A title"),
        author: None,
    };
    let mut total = 0;
    for _ in 0..400 {
        let mut lines = Vec::new();
        for _ in 0..rng.below(30) {
            let line = match rng.below(4) {
                0 => prose(&mut rng),
                1 => rng.pick(BOILERPLATE).to_string(),
                _ => (0..1 + rng.below(6))
                    .map(|_| rng.pick(ODD))
                    .collect::<Vec<_>>()
                    .join(if rng.below(2) == 0 { " " } else { "" }),
            };
            lines.push(line);
        }
        let body = lines.join("\n");
        let learned = learn([
            (ctx, body.as_str()),
            (ctx, "Advertisement\nFollow us on Instagram @example\n"),
        ]);
        let once = clean(&body, &ctx, &rules, &learned);
        total += once.removals.len();
        assert!(once.body.len() <= body.len());
        let twice = clean(&once.body, &ctx, &rules, &learned);
        assert!(
            twice.removals.is_empty(),
            "{body:?}\n→ {:?}\n→ {:#?}",
            once.body,
            twice.removals
        );
        for r in &once.removals {
            assert!(!r.reason.to_string().is_empty());
            assert_eq!(
                body.split('\n')
                    .nth(r.line - 1)
                    .map(|l| l.trim_end_matches('\r')),
                Some(r.text.as_str())
            );
        }
    }
    assert!(
        total > 500,
        "the generator should exercise removals: {total}"
    );
}

#[test]
fn random_prose_among_boilerplate_is_kept() {
    let mut rng = Rng(42);
    let rules = CleanRules::default();
    for round in 0..600 {
        let mut lines: Vec<String> = (0..rng.below(12))
            .map(|_| rng.pick(BOILERPLATE).to_string())
            .collect();
        let mut sentences = Vec::new();
        for _ in 0..1 + rng.below(4) {
            let s = prose(&mut rng);
            lines.insert(rng.below(lines.len() + 1), s.clone());
            sentences.push(s);
        }
        // Half the bodies are pasted with a blank line between all lines.
        let body = lines.join(if round % 2 == 0 { "\n" } else { "\n\n" });
        let c = clean(
            &body,
            &SourceContext::default(),
            &rules,
            &Learned::default(),
        );
        for s in &sentences {
            assert!(c.body.contains(s.as_str()), "lost {s:?} from {body:?}");
        }
    }
}

/// One line per evidence family, placed between paragraphs, alone at the end, and
/// inside a footer (after "Follow us…", before "©"): removed (`true`) or kept.
#[test]
fn each_family_by_position() {
    const P1: &str =
        "The committee met for three hours and agreed to publish its findings next week.";
    const P2: &str = "Prices for fresh vegetables rose sharply after storms damaged greenhouses.";
    // (line, between paragraphs, alone at the end, inside a footer)
    let table: &[(&str, bool, bool, bool)] = &[
        (
            "© 2025 Example Media Ltd. All rights reserved.",
            true,
            true,
            true,
        ),
        ("Alle Rechte vorbehalten.", true, true, true),
        ("Follow us on Instagram @example", true, true, true),
        ("Subscribe to our weekly newsletter", true, true, true),
        ("Share this article", true, true, true),
        ("LinkedIn | X | Email", true, true, true),
        ("Advertisement", true, true, true),
        ("Read more: Another headline", true, true, true),
        ("Related coverage:", true, true, true),
        ("Listen to this article · 4 min", true, true, true),
        (
            "Photo: A harbour at dawn. (Example/Jane Doe)",
            true,
            true,
            true,
        ),
        (
            "This article first appeared on Example Wire.",
            true,
            true,
            true,
        ),
        ("By Jane Doe | 4 March 2025", true, true, true),
        ("We use cookies to personalise content.", true, true, true),
        ("Leave a comment", true, true, true),
        ("Tags: energy, storage", true, true, true),
        ("View this post on Instagram", true, true, true),
        // Weak alone: kept between paragraphs, removed as part of a footer.
        ("1120 Harlow Ave.,", false, false, true),
        ("press@example.org", false, false, true),
        ("https://example.org/", false, false, true),
        ("Wednesday 19 March 2025", false, false, true),
        ("+44 20 7946 0000", false, false, true),
        ("Jane Doe, Staff Writer", true, true, true),
        (
            "Maria Garcia, editor of the local paper, said the move was overdue.",
            false,
            false,
            false,
        ),
        (
            "The Morning Brief: Get the day's top stories in your inbox.",
            true,
            true,
            true,
        ),
        (
            "Make a contribution to keep our reporting free.",
            true,
            true,
            true,
        ),
        ("ISSN 1234-5678", true, true, true),
        // A bio naming the publication is strong; one naming another outlet is weak.
        (
            "Jane Doe is a senior reporter at the Daily Planet.",
            false,
            false,
            true,
        ),
        (
            "Jane Doe is a senior reporter at Example Media.",
            true,
            true,
            true,
        ),
        (
            "Several senior footballers are keen on a return to action...",
            false,
            false,
            true,
        ),
        // Article text, wherever it is.
        (
            "The regulator said the banner read \"Follow us\" in large letters.",
            false,
            false,
            false,
        ),
        (
            "Short sentences also count as article text.",
            false,
            false,
            false,
        ),
    ];
    let mut failures = Vec::new();
    for &(line, mid, end, footer) in table {
        let bodies = [
            (format!("{P1}\n{line}\n{P2}\n"), mid, "between paragraphs"),
            (format!("{P1}\n{P2}\n{line}\n"), end, "alone at the end"),
            (
                format!("{P1}\n{P2}\nFollow us on X @example\n{line}\n© 2025 Example\n"),
                footer,
                "in a footer",
            ),
        ];
        for (body, expect, place) in bodies {
            let c = clean(
                &body,
                &SourceContext {
                    source: Some("Example Media"),
                    ..Default::default()
                },
                &CleanRules::default(),
                &Learned::default(),
            );
            let removed = c.removals.iter().any(|r| r.text == line);
            if removed != expect {
                failures.push(format!(
                    "{line:?} {place}: expected {}",
                    if expect { "removed" } else { "kept" }
                ));
            }
            assert!(c.body.contains(P1) && c.body.contains(P2));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn more_header_middle_footer_variants() {
    check(&[Case {
        name: "assorted",
        source: Some("Grand Lake Gazette"),
        url: None,
        lines: &[
            "- Home / News / Environment",
            "- Energy correspondent",
            "- Save article",
            "- Comments (12)",
            "- This article is more than 2 years old",
            "+ The lake's water level fell to its lowest point in forty years last month, exposing old jetties and a sunken barge.",
            "- [Read: Drought plan for the valley approved]",
            "+ Boat clubs have moved their moorings further out.",
            "- Supported by",
            "+ Scientists blame a dry winter and rising demand from farms.",
            "- Was this article helpful? Yes No",
            "- Explore more on these topics",
            "- Reuse this content",
        ],
    }]);
}

/// A sentence or two of unrecognised text after a notice that closes the page (a
/// consent text, an imprint) go with the footer; more text, or text above a short
/// article, stays.
#[test]
fn text_after_a_page_closing_notice() {
    check(&[
        Case {
            name: "consent text after the rights line",
            source: Some("Oberland Bote"),
            url: None,
            lines: &[
                "+ The district council approved the new ferry timetable on Tuesday after a year of complaints from commuters about missed connections.",
                "",
                "+ Boats will leave every 20 minutes at peak times, and the last crossing moves from 22:00 to 23:30, the operator said in a statement.",
                "",
                "+ The changes take effect on 1 June, and the council will review them after six months.",
                "",
                "+ Commuter groups welcomed the later crossing but said the morning boats were still too crowded, and asked for a second vessel on weekdays.",
                "",
                "- Alle Rechte vorbehalten.",
                "- Wir und unsere Partner verarbeiten personenbezogene Daten wie Ihre IP-Adresse, um Inhalte zu personalisieren.",
            ],
        },
        Case {
            name: "three paragraphs after a comment-section line stay",
            source: None,
            url: None,
            lines: &[
                "+ The district council approved the new ferry timetable on Tuesday after a year of complaints from commuters about missed connections.",
                "- Comments (4)",
                "+ Boats will leave every 20 minutes at peak times, the operator said.",
                "+ The last crossing moves from 22:00 to 23:30.",
                "+ The council will review the changes after six months.",
            ],
        },
        Case {
            name: "paragraphs under a heading worded like a comment section stay",
            source: None,
            url: None,
            lines: &[
                "+ The study followed 4,000 commuters for two years and recorded every delay on the three ferry routes that cross the estuary, from the first boat at dawn to the last crossing after midnight, in all weathers and seasons.",
                "+ Delays were longest in winter, when fog closed the estuary on eleven mornings, and shortest in late spring, when the tides were most predictable.",
                "+ Commuters who switched to the early boat saved an average of nine minutes a day, though many said the crowding made the trip less pleasant.",
                "+ ## Discussion",
                "+ The results suggest the timetable, not the weather, drives most delays.",
                "+ A second vessel would halve the longest waits, the authors estimate.",
            ],
        },
        Case {
            name: "a short article below a cookie banner stays",
            source: None,
            url: None,
            lines: &[
                "- We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
                "+ The ferry timetable changes on 1 June.",
                "+ Boats will leave every 20 minutes at peak times, the operator said.",
            ],
        },
    ]);
}

/// A footer pasted as one block below blank-line paragraphs: below its first line of
/// footer evidence, its unrecognised sentences go too; the article's last paragraph,
/// pasted right above it, stays, and so does a block that is not mostly footer.
#[test]
fn footer_pasted_as_one_block() {
    const ARTICLE: [&str; 8] = [
        "+ The harbour board approved the new ferry timetable on Tuesday after a year of complaints from commuters about missed connections.",
        "",
        "+ Boats will leave every 20 minutes at peak times, and the last crossing moves from 22:00 to 23:30, the operator said in a statement.",
        "",
        "+ The changes take effect on 1 June, and the board will review them after six months of operation.",
        "",
        "+ Commuter groups welcomed the later crossing but asked for a second vessel on weekday mornings.",
        "",
    ];
    // The article, then `tail` (leaked: cases hold static lines).
    let with = |tail: &[&'static str]| -> &'static [&'static str] {
        ARTICLE
            .iter()
            .chain(tail)
            .copied()
            .collect::<Vec<_>>()
            .leak()
    };
    let footer = with(&[
        "+ The first boats on the new timetable leave at 05:40 on Monday.",
        "- Spotted a mistake in this story? Write to corrections@harbourcourier.example.",
        "- Independent local news costs money. Members keep it free for everyone else.",
        "- Reporter Mina Okafor has covered the port since 2019.",
        "- Follow us on Mastodon and Bluesky.",
        "- © 2025 Harbour Courier Ltd. All rights reserved.",
    ]);
    let mostly_article = with(&[
        "+ The first boats on the new timetable leave at 05:40 on Monday.",
        "- Follow us on Mastodon and Bluesky.",
        "+ The board meets again in December to look at fares.",
        "+ A fare rise of 5% is on the table, officials said.",
        "+ Commuter groups have promised to oppose it.",
        "- © 2025 Harbour Courier Ltd. All rights reserved.",
    ]);
    let one_anchor = with(&[
        "- Follow us on Mastodon and Bluesky.",
        "+ The board meets again in December to look at fares.",
        "+ Commuter groups have promised to oppose any rise.",
    ]);
    check(&[
        Case {
            name: "sentences of a footer block",
            source: Some("Harbour Courier"),
            url: None,
            lines: footer,
        },
        Case {
            name: "a block that is mostly article stays",
            source: Some("Harbour Courier"),
            url: None,
            lines: mostly_article,
        },
        Case {
            name: "one anchor is not a footer block",
            source: Some("Harbour Courier"),
            url: None,
            lines: one_anchor,
        },
    ]);
}

/// Wording none of the other cases use, at the top, in the middle and at the end.
#[test]
fn other_wording_at_top_middle_and_end() {
    check(&[Case {
        name: "French",
        source: Some("Le Courrier du Val"),
        url: Some("https://www.courrierduval.fr/societe/creches"),
        lines: &[
            "- Société",
            "- Par Claire Moreau",
            "- Publié le 10 septembre 2025 à 07h30, mis à jour à 09h12",
            "+ La mairie a inauguré mercredi trois nouvelles crèches, portant à 420 le nombre de places dans la commune.",
            "- Publicité",
            "+ Les inscriptions sont ouvertes jusqu'au 30 septembre.",
            "- Recevez notre newsletter chaque matin.",
            "- © Le Courrier du Val 2025. Tous droits réservés.",
        ],
    }]);
    check(&[Case {
        name: "Portuguese",
        source: Some("Jornal da Serra"),
        url: Some("https://www.jornaldaserra.com.br/cidade/onibus-noturno"),
        lines: &[
            "- Cidade",
            "- Por Ana Souza",
            "- 05/11/2025 às 09h40",
            "- Atualizado há 2 horas",
            "+ A prefeitura anunciou nesta quarta-feira uma nova linha de ônibus noturno ligando o centro aos bairros da zona norte.",
            "+ A linha começa a operar em janeiro.",
            "- Receba as notícias do Jornal da Serra no seu WhatsApp.",
            "- © 2025 Jornal da Serra. Todos os direitos reservados.",
        ],
    }]);
    check(&[Case {
        name: "other wording",
        source: Some("Northgate Evening Star"),
        url: Some("https://www.northgatestar.co.uk/news/late-night-bus-trial"),
        lines: &[
            "- Home > News > Transport",
            "- Save article",
            "- Reading time: 4 minutes",
            "- Pin",
            "+ The city council on Tuesday approved a six-month trial of late-night bus services on three routes, after a petition signed by more than 8,000 residents.",
            "- Trending now: Why the port authority wants a new bridge",
            "+ Night-shift workers at the hospital and the distribution park had campaigned for the routes for two years.",
            "- Sponsored",
            "- Warm up your winter with NorthFleece jackets. Shop now.",
            "+ The routes will run hourly between midnight and 5am from July.",
            "- Loved this story? Share it with a friend.",
            "- Have your say",
            "- Read the full story at northgatestar.co.uk",
            "- Found an error? Let us know.",
            "- The views expressed in comments are those of the readers.",
            "- Reprints & Permissions",
            "- Northgate Evening Star, Quayside House, 12 Dock Road, Northgate NE1 4AB",
        ],
    }]);
}

/// A paragraph of article prose is not boilerplate because it names the publication
/// (a wire dateline, "…, the Gazette reported") or because it sits next to a strong
/// line: the leading and trailing runs must not pull it.
#[test]
fn prose_naming_the_publication_stays_next_to_boilerplate() {
    check(&[
        Case {
            name: "wire dateline lead, then a read-more line",
            source: Some("Northfield Gazette"),
            url: Some("https://www.northfieldgazette.example/politics/2025/03/x"),
            lines: &[
                "+ BRAMLEY, March 4 (Northfield Gazette) - The county will close two of its five recycling depots next spring, a cut that surprised even the councillors who approved the budget. The waste committee expects to publish a revised timetable before the summer recess.",
                "",
                "- Read more: Ferry fares rise for the third time this year",
                "",
                "+ Residents of the eastern villages will have to drive up to forty minutes to reach the nearest depot, according to the council's own estimates.",
                "+ Opposition members said the savings were small compared with the cost of fly-tipping.",
            ],
        },
        Case {
            name: "single-sentence wire lead, then a read-more line",
            source: Some("Northfield Gazette"),
            url: None,
            lines: &[
                "+ BRAMLEY (Northfield Gazette) — The county will close two of its five recycling depots next spring.",
                "- Read more: Ferry fares rise for the third time this year",
                "+ Residents of the eastern villages will have to drive up to forty minutes to reach the nearest depot, according to the council's own estimates.",
            ],
        },
        Case {
            name: "lead sentence crediting the publication, then a listen label",
            source: Some("Harlow Tribune"),
            url: None,
            lines: &[
                "- Listen to this article · 3 min",
                "+ The harbour board has quietly shelved plans for a second cruise terminal, the Harlow Tribune has learned.",
                "- Read more: Storm damage closes the north pier",
                "+ Board members were told in January that the project no longer made financial sense, minutes seen by reporters show.",
            ],
        },
        Case {
            name: "last paragraph mentions the publication, right above the footer",
            source: Some("Harlow Tribune"),
            url: Some("https://harlowtribune.example/news/y"),
            lines: &[
                "+ The harbour board met on Tuesday to discuss the budget for the coming year.",
                "+ Members agreed to defer the decision on dredging until the autumn. A spokesperson for the board did not respond to questions from the Harlow Tribune before publication, and the minutes have not yet been released.",
                "",
                "- Follow us on Facebook and Instagram for more local news.",
                "- © 2025 Harlow Tribune Media Ltd. All rights reserved.",
            ],
        },
        Case {
            name: "closing quotation naming the publication, right above the footer",
            source: Some("Harlow Tribune"),
            url: None,
            lines: &[
                "+ The harbour board met on Tuesday to discuss the budget for the coming year.",
                "+ \"We warned the Harlow Tribune two years ago that the money would run out. Nobody listened, and now the pier is closed to everyone.\"",
                "",
                "- Follow us on Facebook and Instagram for more local news.",
                "- © 2025 Harlow Tribune Media Ltd. All rights reserved.",
            ],
        },
        Case {
            name: "a short attribution line in the footer still goes",
            source: Some("Harlow Tribune"),
            url: None,
            lines: &[
                "+ The harbour board met on Tuesday to discuss the budget for the coming year.",
                "+ Members agreed to defer the decision on dredging until the autumn.",
                "",
                "- Follow us on Facebook and Instagram for more local news.",
                "- The Harlow Tribune is part of the Estuary Media family.",
                "- © 2025 Harlow Tribune Media Ltd. All rights reserved.",
            ],
        },
    ]);
}

/// A stock quotation that recurs across a publisher's articles, closing an article just
/// above the footer, is article text: being wholly quoted is no evidence of boilerplate.
#[test]
fn repeated_closing_quotation_above_the_footer_stays() {
    let quote = "> \"Nobody on this island asked for a bigger harbour, and nobody will pay for it either.\"";
    let footer =
        "Follow the Island Herald on Facebook for more local news.\n© 2025 Island Herald Ltd";
    let bodies = [
        format!("The ferry operator raised fares again.\n\n{quote}\n>\n> — Ada Brennan, a fisherman\n{footer}\n"),
        format!("The harbour board met on Monday.\n\n{quote}\n>\n> — Tom Riley, a councillor\n{footer}\n"),
        format!("Work on the breakwater starts in May.\n\n{quote}\n{footer}\n"),
    ];
    let ctx = SourceContext {
        source: Some("Island Herald"),
        source_url: None,
        title: None,
        author: None,
    };
    let learned = learn(bodies.iter().map(|b| (ctx, b.as_str())));
    for body in &bodies {
        let c = clean(body, &ctx, &CleanRules::default(), &learned);
        let removed: Vec<&str> = c.removals.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            removed,
            [
                "Follow the Island Herald on Facebook for more local news.",
                "© 2025 Island Herald Ltd"
            ],
            "{body}"
        );
    }
}

/// `assemble` copies runs of kept lines in one piece; it must give exactly what
/// joining the kept lines one by one gives (the simple form it replaced).
#[test]
fn assembling_runs_equals_joining_lines() {
    fn joined(body: &str, n: usize, removed: &[usize]) -> String {
        let mut kept: Vec<&str> = Vec::new();
        let mut removed_since_kept = false;
        for (i, raw) in body.split('\n').take(n).enumerate() {
            if removed.contains(&i) {
                removed_since_kept = true;
                continue;
            }
            let blank = raw.trim().is_empty();
            let last_blank = kept.last().is_none_or(|l| l.trim().is_empty());
            if blank && last_blank && removed_since_kept {
                continue;
            }
            kept.push(raw);
            removed_since_kept = false;
        }
        while kept.last().is_some_and(|l| l.trim().is_empty()) {
            kept.pop();
        }
        let start = kept
            .iter()
            .position(|l| !l.trim().is_empty())
            .unwrap_or(kept.len());
        let mut out = kept[start..].join("\n");
        if body.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
        out
    }
    const PIECES: &[&str] = &["text", "", " ", "\r", "more text\r", "  ", "Follow us"];
    let mut next = crate::clean::xorshift(0x9e37_79b9_7f4a_7c15u64);
    for _ in 0..20_000 {
        let n = (next() % 9) as usize;
        let mut body = (0..n)
            .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
            .collect::<Vec<_>>()
            .join("\n");
        if next().is_multiple_of(2) {
            body.push('\n');
        }
        let lines = line::split(&body);
        let removals: Vec<Removal> = (0..lines.len())
            .filter(|_| next().is_multiple_of(3))
            .map(|i| Removal {
                line: i + 1,
                text: lines[i].raw.to_string(),
                reason: Reason::Drop {
                    key: String::new(),
                    pattern: String::new(),
                },
            })
            .collect();
        let removed: Vec<usize> = removals.iter().map(|r| r.line - 1).collect();
        assert_eq!(
            assemble(&body, &lines, &removals),
            joined(&body, lines.len(), &removed),
            "{body:?} without lines {removed:?}"
        );
    }
}

/// A sign-up box pasted with blank lines between its heading, its one-line
/// description and its form: the description goes with the box; a short paragraph
/// of the article under a newsletter pitch, with article text below it, stays.
#[test]
fn sign_up_box_with_blank_lines() {
    check(&[
        Case {
            name: "description between the pitch and the form",
            source: Some("Tidewater Ledger"),
            url: None,
            lines: &[
                "+ The water board voted on Monday to raise tariffs by 4% from April, citing the cost of replacing pipes laid in the 1950s.",
                "",
                "+ Households on the lowest incomes will be shielded by a rebate, the board said.",
                "",
                "- Get the Ledger's weekday newsletter",
                "",
                "- Five stories worth your morning, picked by our editors.",
                "",
                "- Email address (required)",
                "- By submitting your email, you agree to our terms and privacy notice.",
                "",
                "+ The rebate covers about 9,000 homes, according to the board's own estimate.",
                "",
                "+ Opposition members called the rise unavoidable but badly timed.",
            ],
        },
        Case {
            name: "article text under a pitch stays",
            source: Some("Tidewater Ledger"),
            url: None,
            lines: &[
                "+ The water board voted on Monday to raise tariffs by 4% from April, citing the cost of replacing pipes laid in the 1950s.",
                "",
                "- Sign up for our weekday newsletter.",
                "",
                "+ The rebate covers about 9,000 homes, the board said.",
                "",
                "+ Opposition members called the rise unavoidable but badly timed, and asked for a review in a year.",
                "",
                "+ The board meets again in May.",
            ],
        },
    ]);
}

/// A heading of one word that names comments heads the reactions quoted in the story;
/// at the end of a pasted page, under the comment form's lines, it goes with them.
#[test]
fn a_reactions_heading_stays() {
    check(&[
        Case {
            name: "reactions in the story",
            source: Some("De Maasbode"),
            url: None,
            lines: &[
                "+ De gemeenteraad keurde dinsdag het nieuwe fietspad langs de Maas goed, na een debat van drie uur.",
                "",
                "+ ## Reacties",
                "",
                "+ \"Dit is een goede dag voor iedereen die met de fiets naar school gaat\", zei de burgemeester.",
                "",
                "+ De oppositie noemde het plan te duur en vroeg om een nieuwe raming voor de zomer.",
            ],
        },
        Case {
            name: "a comment section at the end",
            source: Some("Harbour Courier"),
            url: None,
            lines: &[
                "+ The harbour board approved the new ferry timetable on Tuesday after a year of complaints from commuters.",
                "",
                "+ Boats will leave every 20 minutes at peak times, the operator said in a statement.",
                "",
                "- ## Comments",
                "",
                "- Leave a comment",
                "- Your email address will not be published. Required fields are marked *",
                "- © 2025 Harbour Courier Ltd. All rights reserved.",
            ],
        },
    ]);
}

/// "Read more:" alone on its line introduces the headlines below it (no links, no
/// teaser dots); the paragraph after the list is the article again.
#[test]
fn a_read_more_lead_in_takes_the_headlines_below() {
    check(&[Case {
        name: "headlines under a bare lead-in",
        source: Some("Tasman Public Media"),
        url: None,
        lines: &[
            "+ Households in Richmond must stop using sprinklers from Monday, the council said, as river flows fell to their lowest level in a decade.",
            "",
            "- Read more:",
            "- Fire bans extended across the northern districts",
            "- Growers warn of smaller fruit after a dry summer",
            "",
            "+ Commercial irrigators must cut their takes by half until the river recovers, and the council will review the rules each week.",
        ],
    }]);
}

/// A sentence opening with the article's own author, after the article, is their bio;
/// the same name opening a sentence in the middle of the story is not evidence enough.
#[test]
fn an_author_bio_goes_with_the_footer() {
    let body = "The county board approved the septic inspection rule on Tuesday after two hours of debate.\n\
        \n\
        Mara Lindqvist, a shoreline owner who is not the reporter, said the rule was overdue and the lakes could not wait another summer.\n\
        \n\
        Inspectors will visit every property within 1,000 feet of a lake by the end of 2027, the county said.\n\
        \n\
        Mara Lindqvist reports from the Iowa Great Lakes for Prairie Lakes Public Media. Before joining the station she worked at a daily paper.\n\
        © 2026 Prairie Lakes Public Media. All rights reserved.\n";
    let ctx = SourceContext {
        source: Some("Prairie Lakes Public Media"),
        source_url: None,
        title: Some("County adopts septic rule"),
        author: Some("Mara Lindqvist"),
    };
    let cleaned = clean(body, &ctx, &CleanRules::default(), &Learned::default());
    let removed: Vec<usize> = cleaned.removals.iter().map(|r| r.line).collect();
    assert_eq!(removed, vec![7, 8], "{:?}", cleaned.removals);
    assert!(cleaned.removals[0]
        .reason
        .to_string()
        .contains("author bio"));
}

/// A venue's address on a line of its own, after the sentence that introduces it, is
/// the article's: the dash of a house-number range ("4–6") is not a menu's separator.
#[test]
fn an_address_in_the_story_stays() {
    check(&[Case {
        name: "address with a number range",
        source: Some("Tagesblick"),
        url: None,
        lines: &[
            "+ Die Stadt schließt zum Jahresende drei Bürgerämter, weil Personal fehlt und die Mieten steigen, teilte die Verwaltung am Dienstag mit.",
            "",
            "+ Der Notfallschalter befindet sich im Erdgeschoss des Neuen Rathauses:",
            "",
            "+ Martin-Luther-Ring 4–6, 04109 Leipzig",
            "",
            "+ Dort können Bürger weiterhin Ausweise abholen und Meldebescheinigungen beantragen, allerdings nur mit Termin.",
        ],
    }]);
}

/// What an article's own sentence introduces with a colon (a phone number, an e-mail
/// address, opening hours) stays; so do a timeline's entries and a heading over a
/// section of the story that is worded like a page label.
#[test]
fn what_the_article_introduces_stays() {
    check(&[
        Case {
            name: "contact details introduced by the story",
            source: Some("Diario del Turia"),
            url: Some("https://www.diariodelturia.es/valencia/cierre-papel"),
            lines: &[
                "+ The paper will stop printing at the end of the month after 92 years, its owners said on Monday, and move every reader to the website.",
                "",
                "+ Readers with questions can call the subscriber service:",
                "",
                "+ 963 555 210",
                "+ subscriptions@diariodelturia.es",
                "+ Mon–Fri 9am–2pm",
                "",
                "+ The building will be shared with a radio station, which takes the two floors the newsroom leaves empty.",
            ],
        },
        Case {
            name: "a timeline and a section headed like a label",
            source: Some("Hamburger Rundschau"),
            url: None,
            lines: &[
                "+ Die Band streitet seit Jahren um die Rechte an ihren frühen Songs, nun entscheidet das Landgericht über die Klage des Sängers.",
                "",
                "+ ## Most read",
                "",
                "+ The most borrowed titles of the year were:",
                "",
                "+ - The Salt Path",
                "+ - Lessons in Chemistry",
                "",
                "+ Die wichtigsten Daten:",
                "",
                "+ 2018 – Gründung der Band",
                "+ 2024 – Trennung",
                "+ 2026 – Klage vor dem Landgericht",
                "",
                "- © Hamburger Rundschau 2026 – Alle Rechte vorbehalten",
            ],
        },
    ]);
}

/// What the article quotes stays: lines after a sentence that announces a quotation
/// ("The signs say:"), a slogan the next sentence names ("That slogan …"), advice or a
/// paywall's words inside a paragraph of three sentences, a heading worded like a
/// comment section over more of the story, and a match's attendance. The same lines
/// without the article around them go.
#[test]
fn what_the_article_quotes_stays() {
    check(&[
        Case {
            name: "a quotation the article announces",
            source: Some("Kellmore Times"),
            url: None,
            lines: &[
                "+ The ferry company has put new signs on both piers, and the harbour board says it has already had complaints about them. The signs say:",
                "",
                "+ Follow us on Instagram for sailing updates!",
                "+ Subscribe to our alerts and never miss a boat.",
                "",
                "+ Islanders without a phone said the company had stopped printing the paper timetable that used to hang in the waiting room.",
                "",
                "- Follow the Kellmore Times on Instagram for more island news.",
                "- © 2026 Kellmore Times. All rights reserved.",
            ],
        },
        Case {
            name: "the same calls with no sentence announcing them",
            source: Some("Kellmore Times"),
            url: None,
            lines: &[
                "+ The ferry company has put new signs on both piers, and the harbour board says it has already had complaints about them.",
                "",
                "- Follow us on Instagram for sailing updates!",
                "",
                "+ Islanders without a phone said the company had stopped printing the paper timetable that used to hang in the waiting room.",
            ],
        },
        Case {
            name: "a slogan the story names",
            source: Some("Heraldo del Jiloca"),
            url: None,
            lines: &[
                "- Publicado el 3 de marzo de 2026",
                "",
                "+ «Suscríbete y entérate antes que nadie»",
                "",
                "+ Con ese lema la biblioteca municipal estrena un boletín por correo que sustituye a los carteles del tablón de anuncios.",
                "",
                "+ La inscripción es gratuita y se hace en el mostrador de préstamo.",
            ],
        },
        Case {
            name: "advice and a paywall's words inside paragraphs",
            source: Some("Noordkaap Nieuws"),
            url: None,
            lines: &[
                "+ Follow the river path, not the app on your phone. The path floods at the old mill every spring. Locals say the app still sends walkers straight through the water, even after the council complained twice.",
                "",
                "+ Op de eerste verdieping heeft de bibliotheek nu een leeszaal met dertig plaatsen en grote ramen. De koffie komt van de buurtwerking om de hoek. Kranten en tijdschriften kun je er gratis lezen, ook als je geen lid bent.",
                "",
                "- Je leest nu een gratis artikel. Word lid voor onbeperkte toegang.",
            ],
        },
        Case {
            name: "a heading worded like a comment section over the story",
            source: Some("Brennock Star"),
            url: None,
            lines: &[
                "+ The council will close the Market Street stop in May, and buses will run along the bypass instead.",
                "",
                "+ ## Have your say",
                "",
                "+ Residents can send views on the change to the council until 30 April, officials said.",
                "",
                "+ Two drop-in sessions will be held at the library in the same week.",
                "",
                "- ## Have your say",
                "",
                "- Leave a comment below. Comments are moderated.",
            ],
        },
        Case {
            name: "a match report's header: a section label, then the score lines",
            source: Some("Brennock Star"),
            url: None,
            lines: &[
                "- More sport",
                "- By Aoife Kerr, Sports Editor",
                "- Sunday 4 May 2026, 8:40pm",
                "",
                "+ Brennock 3 – Dunmore 1",
                "+ Scorers: Walsh (12, 77), Byrne (60); Quinn (35)",
                "",
                "+ Brennock are into the final for the first time in eleven years after two late goals in the rain.",
            ],
        },
        Case {
            name: "someone else's app, and a campaign heading over the story",
            source: Some("Valfonda Oggi"),
            url: None,
            lines: &[
                "+ Il Comune ha presentato lunedì un servizio per segnalare buche e lampioni guasti dal telefono.",
                "",
                "+ ## Mandateci le vostre foto",
                "",
                "+ «Mandateci le vostre foto» è lo slogan della campagna con cui l'archivio comunale raccoglie immagini del paese.",
                "",
                "+ Le foto saranno esposte in biblioteca da ottobre, ha spiegato l'assessora.",
                "",
                "+ Scarica l'app \"Segnala Valfonda\" gratuitamente da App Store e Google Play, oppure usa la versione web sul sito del Comune.",
                "",
                "+ Il servizio è attivo dal primo luglio.",
                "",
                "- Scarica l'app di Valfonda Oggi per restare aggiornato.",
                "- © Valfonda Oggi – Riproduzione riservata",
            ],
        },
        Case {
            name: "a call to action the sentence names in an aside",
            source: Some("Leeds Ledger"),
            url: None,
            lines: &[
                "+ The regulator fined the agency £40,000 for its sign-up wall.",
                "",
                "+ Subscribe to our alerts to keep reading — the banner's slogan — covered the whole page until visitors gave an e-mail address.",
                "",
                "- Subscribe to our newsletter — it's free.",
            ],
        },
        Case {
            name: "boilerplate words as the subject of a sentence that reports or names them",
            source: Some("Rádio Costa Azul"),
            url: None,
            lines: &[
                "+ Siga-nos no Mercado é o nome do novo programa da Rádio Costa Azul, que passa a ser emitido todas as manhãs a partir de uma feira diferente do concelho.",
                "",
                "+ Download figures for the ferry company's app have doubled since August, according to the operator, although many older islanders do not use smartphones.",
                "",
                "+ Forward-looking statements in the company's March update were misleading, the listings regulator said on Friday, in a sharp rebuke to the biotech firm.",
                "",
                "+ Photo: Getty Images. Photo: Reuters. Photo: Staff. The caption strips run floor to ceiling in the second room, hundreds of them, cut from newspapers that used her pictures without naming her at all.",
                "",
                "- Siga-nos nas redes sociais e descarregue a nossa aplicação.",
            ],
        },
        Case {
            name: "a block quote the article introduces, and a credit line it quotes",
            source: Some("Wexbury Herald"),
            url: None,
            lines: &[
                "+ The last issue of the Marsh Gazette carried one short note from its editor, printed in the box where the weather used to go:",
                "",
                "+ > Thank you for reading.",
                "+ > Eighty years of council meetings, fêtes and floods, and you were there for all of them.",
                "",
                "+ The photographer's lawyers said the catalogue credited the pictures as follows:",
                "",
                "+ > Pictures: in-house studio. All rights reserved.",
                "",
                "+ The judge said the credit had been changed on purpose.",
                "",
                "- Thank you for reading the Wexbury Herald. Subscribe from £1 a week.",
            ],
        },
        Case {
            name: "an agenda list just above the footer",
            source: Some("Beurskoers"),
            url: None,
            lines: &[
                "+ Het bedrijf verwacht volgend jaar weer groei, zei de topman donderdag tegen analisten.",
                "",
                "+ ## Agenda",
                "",
                "+ - 12 december 2024: beleggersdag in Hoogerwaal",
                "+ - 20 februari 2025: publicatie jaarcijfers 2024",
                "",
                "- Volg Beurskoers op LinkedIn voor het laatste beursnieuws.",
                "- © 2024 Beurskoers. Alle rechten voorbehouden.",
            ],
        },
        Case {
            name: "a block quote with blank lines between its lines, and a boxed pitch",
            source: Some("Moorside Today"),
            url: None,
            lines: &[
                "+ The rescue team's winter letter, delivered to every house in the valley, reads:",
                "",
                "+ > Please give what you can. £10 buys a head torch.",
                "",
                "+ > Donate today at moorsiderescue.example/appeal, or text MOOR 10 to give £10.",
                "",
                "+ The letter was written by the team's newest volunteer, who was rescued herself last winter.",
                "",
                "- > **Moorside Today** — the best of the valley's news, every weekday morning. [Subscribe](https://moorside.example/subscribe)",
                "",
                "+ Last year the team was called out 112 times, a record.",
            ],
        },
        Case {
            name: "slogans listed with their sources, and a rights formula a speaker laughs at",
            source: Some("Gazzetta del Lario"),
            url: None,
            lines: &[
                "+ La mostra raccoglie quarant'anni di pubblicità locale. Tra i pezzi più fotografati ci sono:",
                "",
                "+ - «Abbonati subito, il primo mese è gratis!» (cinema Ariston, 1999)",
                "+ - «Seguici su Facebook: il lago ti aspetta.» — Pro Loco di Varenna, 2014",
                "",
                "+ Tous droits réservés, lit-on encore sous le vieux logo de la fanfare. Le président sourit : « Ces droits-là, personne ne les a jamais réclamés. »",
                "",
                "- © Gazzetta del Lario – Riproduzione riservata",
            ],
        },
        Case {
            name: "an interview's last answer, and contact details between the story's sections",
            source: Some("Norrland Post"),
            url: None,
            lines: &[
                "+ **How long have you run the ferry?**",
                "",
                "+ Twenty-two years this spring, and I have never missed a tide.",
                "",
                "+ **Anything to say to your passengers?**",
                "",
                "+ Thanks for reading my timetables. Nobody ever did, but thanks.",
                "",
                "+ ## Harbour office",
                "",
                "+ Quay Road 4, Norrby",
                "",
                "+ Phone: 0911 20 30 40 (Mon–Fri 8–16)",
                "",
                "+ Tickets for the winter crossings can also be bought on board.",
                "",
                "- Norrland Post, Quay Road 9, Norrby · Phone: 0911 55 66 77 · news@norrlandpost.example",
                "- © 2026 Norrland Post",
            ],
        },
        Case {
            name: "a rights formula that asks, and one a paragraph discusses",
            source: Some("Dijkstad Dagblad"),
            url: None,
            lines: &[
                "+ ## Alle rechten voorbehouden?",
                "",
                "+ De kunstenares heeft een advocaat genomen. Volgens haar is de muurschildering auteursrechtelijk beschermd en mag de woningcorporatie die niet zomaar overschilderen. De corporatie wil eerst met haar praten, zegt een woordvoerder, en daarna pas beslissen.",
                "",
                "- © 2026 Dijkstad Dagblad. Alle rechten voorbehouden.",
            ],
        },
        Case {
            name: "a match's attendance",
            source: Some("Brennock Star"),
            url: None,
            lines: &[
                "+ Final score: Brennock 3-1 Dunmore",
                "",
                "+ Attendance: 1,204",
                "",
                "+ Brennock are into the final for the first time in eleven years after two late goals in the rain.",
            ],
        },
    ]);
}

/// A press release's trailer: the end marker, "About <the publisher>" and what follows
/// it, the notes to editors. The release's own sentences above stay, an "About" line
/// naming someone else stays too.
#[test]
fn a_press_release_trailer_goes() {
    check(&[Case {
        name: "press release trailer",
        source: Some("Kestrel Rail Newsroom"),
        url: None,
        lines: &[
            "- FOR IMMEDIATE RELEASE",
            "",
            "+ Kestrel Rail will run a second morning train between Alder and Greyhaven from 3 March, the operator said on Monday.",
            "",
            "+ About the timetable change, the operator said the extra service would use existing rolling stock.",
            "",
            "+ Season tickets bought before 3 March remain valid on the new train.",
            "",
            "- – END –",
            "",
            "- About Kestrel Rail",
            "",
            "- Kestrel Rail operates regional services across the north-west, carrying 4 million passengers a year.",
            "",
            "- Notes to editors: Photographs of the new train are available on request.",
        ],
    }]);
}

/// Teasers for other articles after the story, card after card (headline,
/// description, "Read more"), go; a digest made of such cards is the article and stays.
#[test]
fn teaser_cards_after_the_story() {
    check(&[
        Case {
            name: "cards under the story go",
            source: Some("Kettle Notes"),
            url: None,
            lines: &[
                "+ The county's bus operator will cut twelve rural routes in March, blaming a driver shortage that has lasted two years.",
                "",
                "+ Parish councils in the north of the county say the cuts leave some villages with no service at all on weekdays.",
                "",
                "+ The operator said it was recruiting and would restore routes as drivers qualified, starting with school services.",
                "",
                "- More from the blog",
                "",
                "- Why our ferry timetables never match the buses",
                "",
                "- Every spring the two timetables are published a week apart, and every spring someone misses a connection. We asked why.",
                "",
                "- Read more",
                "",
                "- A winter of cancelled trains, in numbers",
                "- By the data desk, 3 February",
                "",
                "- We counted every cancellation on the coast line since October. The total surprised even the rail union.",
                "",
                "- Read more",
            ],
        },
        Case {
            name: "a digest of summaries stays",
            source: Some("Kettle Notes"),
            url: None,
            lines: &[
                "+ Good morning. Three stories worth your time today, picked by the desk.",
                "",
                "+ Bus routes cut in the north",
                "",
                "+ The county's operator will cut twelve rural routes in March, blaming a driver shortage that has lasted two years.",
                "",
                "- Read more",
                "",
                "+ Ferry fares to rise",
                "",
                "+ Fares on the island ferry rise by 6% in April, the first increase since the crossing was taken into public hands.",
                "",
                "- Read more",
                "",
                "+ Library opening hours restored",
                "",
                "+ Branch libraries will open on Saturdays again from next month after volunteers agreed to staff the counters.",
                "",
                "- Read more",
            ],
        },
        Case {
            name: "a digest's items after its lead story stay",
            source: Some("Kettle Notes"),
            url: None,
            lines: &[
                "+ The county's bus operator will cut twelve rural routes in March, blaming a driver shortage that has lasted two years.",
                "",
                "+ Parish councils in the north of the county say the cuts leave some villages with no service at all on weekdays.",
                "",
                "+ The operator said it was recruiting and would restore routes as drivers qualified, starting with school services.",
                "",
                "+ Here is what else you need to know this morning.",
                "",
                "+ Bus fares capped at £2 until March",
                "",
                "+ The council will keep the single-fare cap on all its subsidised routes for another three months.",
                "",
                "- Read more",
                "",
                "+ Ferry fares to rise",
                "",
                "+ Fares on the island ferry rise by 6% in April, the first increase since the crossing was taken into public hands.",
                "",
                "- Read more",
            ],
        },
        Case {
            name: "cards followed by more of the story stay",
            source: Some("Kettle Notes"),
            url: None,
            lines: &[
                "+ The county's bus operator will cut twelve rural routes in March, blaming a driver shortage that has lasted two years.",
                "",
                "+ Parish councils in the north of the county say the cuts leave some villages with no service at all on weekdays.",
                "",
                "+ The operator said it was recruiting and would restore routes as drivers qualified, starting with school services.",
                "",
                "+ Route 41 to Hallow Cross",
                "",
                "+ The route loses its evening buses, which carried about forty passengers a night according to the operator's figures.",
                "",
                "- Read more",
                "",
                "+ Route 57 to Marden",
                "",
                "+ The Marden route goes entirely; a demand-responsive minibus is promised in its place from the summer.",
                "",
                "- Read more",
                "",
                "+ Councillors will question the operator's managing director at a meeting on 14 March, and residents may send questions in advance.",
            ],
        },
    ]);
}

/// A short sentence to the reader between the lines of the page's footer goes with
/// them; the article's last sentence under a newsletter box, or a quotation, stays.
#[test]
fn sentences_to_the_reader_inside_the_footer() {
    const FLOOD: [&str; 6] = [
        "+ The river rose two metres overnight and is expected to peak on Thursday afternoon, the environment agency said.",
        "",
        "+ Sandbags are available at the fire stations in Marlow Cross and Upper Denby until the warning is lifted.",
        "",
        "+ Three schools will stay closed on Thursday, and the ring road's underpass is shut in both directions.",
        "",
    ];
    check(&[
        Case {
            name: "a tip-line pitch between the bio and the about-us line",
            source: Some("Lantern Desk"),
            url: None,
            lines: &[
                "+ The county jail held people past their release dates at least 140 times last year, according to booking records reviewed by reporters.",
                "",
                "+ In most cases the delay was under a day, but in eleven it ran to a week or more, the records show.",
                "",
                "+ The sheriff's office said a new records system had caused the errors and that it had since hired two more clerks.",
                "",
                "- Priya Nandakumar covers courts and jails for Lantern Desk. Reach her at priya@lanterndesk.org.",
                "",
                "- Know something we should look into? Every message to our tip line is read by a reporter.",
                "",
                "- Lantern Desk is an independent, nonprofit newsroom covering the Upper Valley. All rights reserved.",
            ],
        },
        Case {
            name: "the article's last sentence under a newsletter box stays",
            source: Some("Lantern Desk"),
            url: None,
            lines: story_then(
                &FLOOD,
                &[
                "- Sign up for our newsletter to get flood warnings in your inbox.",
                "",
                "+ If you see water rising in your street, call the flood line before you call us.",
                "",
                "- © 2026 Lantern Desk. All rights reserved.",
            ]),
        },
        Case {
            name: "the last paragraph under a photo credit stays",
            source: Some("Lantern Desk"),
            url: None,
            lines: story_then(
                &FLOOD,
                &[
                "? © Getty Images",
                "",
                "+ Is anyone going to be held responsible? Don't hold your breath.",
                "",
                "- Tags: floods, Marlow Cross, schools",
                "",
                "- © 2026 Lantern Desk. All rights reserved.",
            ]),
        },
        Case {
            name: "reported advice between footer lines stays",
            source: Some("Lantern Desk"),
            url: None,
            lines: story_then(
                &FLOOD,
                &[
                "- Tags: floods, Marlow Cross, schools",
                "",
                "+ If you see him, do not approach him but call 999 immediately, police said.",
                "",
                "- © 2026 Lantern Desk. All rights reserved.",
            ]),
        },
        Case {
            name: "sentences that only look like they address the reader stay",
            source: Some("Lantern Desk"),
            url: None,
            lines: story_then(
                &FLOOD,
                &[
                "- Tags: floods, Marlow Cross, schools",
                "",
                "+ The US embassy in Lisbon will stay closed until Monday.",
                "+ La décrue du fleuve est attendue à partir de vendredi.",
                "+ Onze communes restent privées d'électricité ce mardi soir.",
                "+ Die Bürgermeisterin trat vor die Presse. Sie kündigte Soforthilfen für die Altstadt an.",
                "",
                "- © 2026 Lantern Desk. All rights reserved.",
            ]),
        },
        Case {
            name: "the last line under a dated credit stays",
            source: Some("Lantern Desk"),
            url: None,
            lines: story_then(
                &FLOOD,
                &[
                "? © Marlow Cross Historical Society, 1953",
                "",
                "+ If you walk along the embankment today, you can still see the 1953 flood mark on the church wall.",
                "",
                "- Tags: floods, Marlow Cross, schools",
            ]),
        },
        Case {
            name: "a quotation between footer lines stays",
            source: Some("Lantern Desk"),
            url: None,
            lines: story_then(
                &FLOOD,
                &[
                "- Tags: floods, Marlow Cross, schools",
                "",
                "+ \"We have never seen it this high, and we have lived here forty years,\" said one resident.",
                "",
                "- © 2026 Lantern Desk. All rights reserved.",
            ]),
        },
    ]);
}

/// One or two short lines between two footer lines, the one above of a page's end,
/// go with the footer; the article's last paragraph between a read-more link and the
/// copyright line stays, and so does reported speech between footer lines.
#[test]
fn short_lines_between_footer_lines() {
    const STORY: [&str; 6] = [
        "+ The museum's new exhibition follows the women who mended and sold the fishing nets of the harbour for a century.",
        "",
        "+ Its curator spent three years gathering photographs from families along the coast, many never shown in public.",
        "",
        "+ The opening on Saturday is free, and the exhibition runs until the end of October in the east wing.",
        "",
    ];
    let with_story = |tail: &[&'static str]| story_then(&STORY, tail);
    let about_between_contacts = with_story(&[
        "- Tide Museum · Largo do Cais Velho 5 · 4900-321 Viana do Castelo · Tel. +351 258 555 400",
        "",
        "- Opening hours: Tuesday to Sunday, 10:00–18:00 · Closed on public holidays",
        "",
        "- Press contact: Marta Quintela · press@tidemuseum.org · +351 912 555 874",
        "",
        "- Member of the European Network of Maritime Museums",
        "",
        "- © 2026 Tide Museum. All rights reserved.",
    ]);
    let last_paragraph_under_read_more = with_story(&[
        "- Read more: The harbour's last net-maker retires",
        "",
        "+ Admission to the rest of the museum stays at five euros.",
        "",
        "- © 2026 Tide Museum. All rights reserved.",
    ]);
    let news_after_the_tags = with_story(&[
        "- Tags: museum, harbour, exhibitions",
        "",
        "+ The council meets again on 14 January.",
        "",
        "- © 2026 Tide Museum. All rights reserved.",
    ]);
    let news_after_a_first_published_note = with_story(&[
        "- This article was first published on 3 January 2026.",
        "",
        "+ The museum reopens for one final weekend on 28 February.",
        "",
        "- Share · Facebook · Email",
    ]);
    let three_lines_stay = with_story(&[
        "- Tide Museum · Largo do Cais Velho 5 · 4900-321 Viana do Castelo · Tel. +351 258 555 400",
        "",
        "+ The exhibition travels to Porto next spring.",
        "",
        "+ A catalogue is planned for the autumn.",
        "",
        "+ Schools can book guided visits from September.",
        "",
        "- © 2026 Tide Museum. All rights reserved.",
    ]);
    check(&[
        Case {
            name: "opening hours and a membership line between the address, contact and copyright",
            source: Some("Tide Museum"),
            url: None,
            lines: about_between_contacts,
        },
        Case {
            name: "the last paragraph under a read-more link stays",
            source: Some("Tide Museum"),
            url: None,
            lines: last_paragraph_under_read_more,
        },
        Case {
            name: "a sentence of news after the tags line stays",
            source: Some("Tide Museum"),
            url: None,
            lines: news_after_the_tags,
        },
        Case {
            name: "a sentence of news after a first-published note stays",
            source: Some("Tide Museum"),
            url: None,
            lines: news_after_a_first_published_note,
        },
        Case {
            name: "three kept lines in a row between footer lines stay",
            source: Some("Tide Museum"),
            url: None,
            lines: three_lines_stay,
        },
    ]);
}

/// A line that dates the page, between two removed lines of the header, goes with
/// them; a standfirst there without a date stays.
#[test]
fn dated_lines_between_header_lines() {
    const STORY: [&str; 3] = [
        "+ The first twenty production frames came off the jig last Thursday, two weeks later than planned.",
        "",
        "+ Backers who chose the early-bird reward should receive their trikes before the end of June, the maker said.",
    ];
    let header = |middle: &'static str| -> &'static [&'static str] {
        [
            "- Home › Projects › Design & Tech",
            "",
            middle,
            "",
            "- Share · Facebook · Email",
            "",
        ]
        .iter()
        .chain(STORY.iter())
        .copied()
        .collect::<Vec<_>>()
        .leak()
    };
    let dated = header("- Update #7 · Posted by Imogen Varga, Creator · 3 days ago");
    let issued = header("- Press release · Transport Committee · Issued 25 November 2026, 14:00");
    let standfirst = header("+ A cargo trike built for the last mile and the one after that");
    let dated_standfirst =
        header("+ Council to decide on 12 March whether to close the Mill Street pool for good");
    let score = header("+ Die Füchse gewinnen das Derby 31:28 und bleiben Tabellenführer");
    check(&[
        Case {
            name: "an update's date line",
            source: Some("Stoutwell"),
            url: None,
            lines: dated,
        },
        Case {
            name: "a press release's issue line",
            source: Some("Stoutwell"),
            url: None,
            lines: issued,
        },
        Case {
            name: "a standfirst without a date stays",
            source: Some("Stoutwell"),
            url: None,
            lines: standfirst,
        },
        Case {
            name: "a standfirst with a date stays",
            source: Some("Stoutwell"),
            url: None,
            lines: dated_standfirst,
        },
        Case {
            name: "a standfirst with a score stays",
            source: Some("Stoutwell"),
            url: None,
            lines: score,
        },
    ]);
}

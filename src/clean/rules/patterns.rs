//! The pattern table: every wording family the cleaner knows, with where on a line
//! it may match, its weight and the cheap gates in front of it; and the page labels
//! and social network names that menus and share bars are made of.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Whole,
    LineStart,
    Start,
    Anywhere,
}

pub(super) struct Pat {
    pub(super) family: Family,
    pub(super) mode: Mode,
    pub(super) weight: u8,
    pub(super) max_words: usize,
    /// Only counts when the line also names an object of a call to action
    /// (us, our newsletter, an app, a network, a URL, the publication).
    pub(super) needs_object: bool,
    /// Counts inside quotation marks too (a promo blurb pasted in quotes).
    pub(super) quoted_ok: bool,
    pub(super) intro: bool,
    pub(super) case_sensitive: bool,
    /// Strong only at the start of a sentence-like line (at most one word before it): a
    /// © inside a news sentence ("The picture, © Lena Hartwig 2019, was …") is weak.
    pub(super) lead: bool,
    /// `Anywhere` patterns only run when the lower-cased line contains one of these
    /// (cheap substring tests in front of the regex).
    pub(super) gate: &'static [&'static str],
    pub(super) src: &'static str,
}

pub(super) const fn pat(
    family: Family,
    mode: Mode,
    weight: u8,
    max_words: usize,
    src: &'static str,
) -> Pat {
    Pat {
        family,
        mode,
        weight,
        max_words,
        needs_object: false,
        quoted_ok: false,
        intro: false,
        case_sensitive: false,
        lead: false,
        gate: &[],
        src,
    }
}

pub(super) const fn lead(p: Pat) -> Pat {
    Pat { lead: true, ..p }
}

pub(super) const fn intro(p: Pat) -> Pat {
    Pat { intro: true, ..p }
}

pub(super) const fn with_object(p: Pat) -> Pat {
    Pat {
        needs_object: true,
        ..p
    }
}

pub(super) const fn quoted_ok(p: Pat) -> Pat {
    Pat {
        quoted_ok: true,
        ..p
    }
}

pub(super) const fn gated(gate: &'static [&'static str], p: Pat) -> Pat {
    Pat { gate, ..p }
}

pub(super) const fn case_sensitive(p: Pat) -> Pat {
    Pat {
        case_sensitive: true,
        ..p
    }
}

pub(super) use Mode::{Anywhere, LineStart, Start, Whole};

/// A verb of using or setting, then cookies after at most three words that say which
/// ("maakt gebruik van functionele cookies", "verwendet ausschließlich technisch
/// notwendige Cookies"): a closed list, so "set the cookies on the middle rack" is not
/// one.
macro_rules! COOKIE_USE {
    () => {
        r"(?:uses?|using|sets?|stores?|places?|employs?|verwende[nt]?|nutz(?:t|en)|setz(?:t|en)|utilise|utilisons|d[ée]pose|d[ée]posons|utiliza|utilizamos|usa|usamos|emplea|utilizza|utilizziamo|usiamo|gebruikt|gebruiken|plaatst|plaatsen|maakt\s+gebruik\s+van|maken\s+gebruik\s+van|fait\s+usage\s+de|faisons\s+usage\s+de|hace\s+uso\s+de|fa\s+uso\s+di|faz\s+uso\s+de)\s+(?:(?:only|just|some|a\s+few|its\s+own|nur|ausschlie(?:ß|ss)lich|uniquement|seulement|solo|solamente|[úu]nicamente|soltanto|apenas|alleen|enkel|des|les|i|gli|los|las|os|as|de|die|essential|necessary|strictly|functional|analytics|analytical|third-party|technical|performance|technisch|notwendigen?|funktionale|essentielle|techniques|fonctionnels|t[ée]cnicas|t[ée]cnicos|tecnici|funcionais|functionele|analytische|noodzakelijke|session|tracking|marketing|advertising|google\s+analytics|and|und|et|y|e|en)\s+){0,4}(?:cookies?|traceurs)\b"
    };
}

/// After cookies: the kinds some languages name after the noun, then the notice's end
/// or what the cookies are for ("… cookies to improve …"); a report goes on ("utiliza
/// cookies publicitarias sin pedir permiso", "…, the ministry said").
macro_rules! COOKIE_END {
    () => {
        r"(?:\s+(?:(?:e|y|et|and|und|en)\s+)?(?:tecnici|tecniche|t[ée]cnicas?|t[ée]cnicos|techniques|essentiels|fonctionnels|propri|propi[oa]s|pr[óo]pri[oa]s|analitici|anal[íi]tic[oa]s|analytiques|necesarias|necess[áa]rios|(?:di\s+terze\s+parti|de\s+terceros|de\s+terceiros|de\s+tiers|tiers|third[- ]party|von\s+drittanbietern|van\s+derden)))*(?:\s+(?:only|nur|uniquement|seulement|solamente|soltanto|apenas|alleen))?\s*(?:[.;:!]|$|(?:to|for|so|pour|afin|para|per|om|um|zu|f[üu]r|that|which|que|qui|che|die|dat|con\s+fines|com\s+fins|[àa]\s+des\s+fins|a\s+fini|met\s+als\s+doel)\b)"
    };
}

/// "… in your inbox" in the seven languages.
macro_rules! inbox {
    () => {
        r"\b(?:(?:straight|right|direct(?:ly)?)\s+)?(?:in|into|to)\s+your\s+inbox\b|\bin\s+(?:ihr(?:em)?|dein(?:em)?)\s+(?:e-?mail-?)?postfach\b|\bdans\s+votre\s+(?:bo[îi]te\s+(?:mail|e-?mail|de\s+r[ée]ception|aux\s+lettres)|messagerie)\b|\ben\s+tu\s+(?:correo|bandeja(?:\s+de\s+entrada)?|e-?mail|buz[óo]n)\b|\bnella\s+tua\s+(?:casella(?:\s+(?:di\s+posta|e-?mail))?|e-?mail|posta)\b|\bn[ao]\s+(?:sua|seu)\s+(?:caixa(?:\s+de\s+(?:entrada|e-?mail|correio))?|e-?mail|correio)\b|\bin\s+(?:je|uw)\s+(?:mailbox|inbox|e-?mail|mail)\b"
    };
}
pub(super) const INBOX: &str = inbox!();

/// The publication's own newsletter and, later in the same line, delivery to the
/// reader's inbox ("nuestro boletín agrario, en tu correo"). A story may mention some
/// other newsletter reaching "your inbox"; that is only weak evidence (`INBOX`).
pub(super) const NEWSLETTER_TO_INBOX: &str = concat!(
    r"\b(?:our|unser(?:e[mnrs]?)?|notre|nos|nuestr[oa]s?|nostr[oa]|noss[oa]s?|onze)\s+(?:\S+\s+){0,3}?(?:newsletters?|nieuwsbrief|bolet[íi]n|boletim|bulletin|lettre\s+d'information)\b.*(?:",
    inbox!(),
    r")",
);

/// The pattern table. Order does not matter; a line collects every family it hits.
pub(super) const PATTERNS: &[Pat] = &[
    // --- Ad markers -------------------------------------------------------------------
    pat(
        F::Advert,
        Whole,
        3,
        0,
        r"advertisements?|advertising|advert|ads?|pub|from\s+our\s+(?:advertisers|sponsors)|bezahlter\s+inhalt|contenido\s+pagado|conte[úu]do\s+de\s+marca|contenu\s+promotionnel|contenuto\s+promozionale|reclameblok|ads\s+by(?:\s+\S+){1,3}|messaggio\s+promozionale|aviso\s+comercial|informe\s+publicit[áa]rio|entgeltliche\s+einschaltung(?:\s+\S+){0,4}|publireportage|gesponsord\s+bericht|bezahlte\s+anzeige|(?:video|v[íi]deo)\s+recomendado|inserat|inserzione|annonce|annuncio|aviso|anuncio|advertorial|sponsori[sz]zat[oa]|patrocinad[oa]|gesponsert|(?:ad|anzeige|pub)\s*[·|:–—-]\s*(?:scroll|continue|weiterlesen)[\p{Latin}\d_ ]{0,30}|sponsored(?: (?:content|post|story|stories|links?|message))?|paid (?:content|post|partnership|promotion)|promoted(?: (?:content|stories|links))?|partner content|anzeige|werbung|publicit[ée]|publicidad|pubblicit[àa]|publicidade|advertentie|reclame|(?:the )?(?:story|article|content|text) continues (?:below|after (?:this |the )?(?:ad|advert|advertisement))(?: advertisement)?|continue reading (?:below|the (?:main )?(?:story|article))|(?:scroll|swipe) (?:down )?to (?:continue|read more)(?: (?:reading|with content))?|advertisement (?:scroll|continue|story) .{0,30}|skip (?:advert|ad)(?:vertisement)?|ad feedback|report (?:this )?ad|close ad|sponsored (?:slot|space|spot)|partner content|espace partenaire|contenu (?:sponsoris[ée]|partenaire)|espacio publicitario|contenido patrocinado|espa[çc]o (?:patrocinado|publicit[áa]rio)|conte[úu]do patrocinado|contenuto sponsorizzato|spazio (?:pubblicitario|sponsorizzato)|gesponsorde inhoud|gesponsord|werbeanzeige",
    ),
    pat(
        F::Advert,
        LineStart,
        3,
        40,
        r"(?:advertisement|sponsored|paid (?:post|content)|anzeige|publicit[ée]|publicidad|partner content|contenu (?:sponsoris[ée]|partenaire)|contenido patrocinado|conte[úu]do patrocinado|contenuto sponsorizzato|gesponsorde inhoud|gesponsord)\s*(?:[:|\-–—·]|(?:por|da|par|door|von)\s)|scroll to (?:read|continue)\b",
    ),
    // --- Rights -----------------------------------------------------------------------
    pat(
        F::Rights,
        LineStart,
        3,
        200,
        r"(?:copyright\s*(?:©|Ⓒ|ⓒ|\(c\)|\d{4}|by\b|:)|©|Ⓒ|ⓒ|\(c\)\s*(?:\d{4}|[a-z]))",
    ),
    gated(
        &["©", "ⓒ", "Ⓒ", "℗", "(c)"],
        lead(pat(F::Rights, Anywhere, 3, 40, r"©|Ⓒ|ⓒ|℗|\(c\)\s*\d{4}")),
    ),
    gated(
        &[
            "©",
            "ⓒ",
            "Ⓒ",
            "℗",
            "(c)",
            "copyright",
            "reserv",
            "réserv",
            "riserv",
            "rechte",
            "registered in",
            "company no",
            "company number",
            "company registration",
            "urheberrecht",
            "auteursrecht",
            "reproduc",
            "riproduzion",
            "reprodução",
            "prohibida",
            "proibida",
            "vietata",
            "interdite",
        ],
        pat(
            F::Rights,
            Anywhere,
            3,
            40,
            r"\b(?:urheberrechtlich|auteursrechtelijk)\s+(?:gesch[üu]tzt|beschermd)\b|\b(?:reproduction|reproducci[óo]n|riproduzione|reprodu[çc][ãa]o)\s+(?:(?:total|totale|parcial|partielle|integral|anche\s+parziale)\s+)?(?:interdite|prohibida|vietata|proibida)\b|\bprohibida\s+(?:su|la)\s+reproducci[óo]n\b|\b(?:[ée]\s+)?(?:proibida|vietata|interdite)\s+(?:a|la)\s+(?:sua\s+)?(?:reprodu[çc][ãa]o|riproduzione|reproduction)\b|\bcopyright\s*(?:\d{4}|\(c\))|\ball rights reserved\b|\bsome rights reserved\b|\balle rechte vorbehalten\b|\btous droits r[ée]serv[ée]s\b|\btodos los derechos reservados\b|\bderechos reservados\b|\btutti i diritti riservati\b|\briproduzione riservata\b|\btodos os direitos reservados\b|\balle rechten voorbehouden\b|\bregistered in england(?: (?:and|&) wales)?\s*(?:no\b|number|under|with)|\bcompany (?:registration )?(?:no|number)\.?\s*:?\s*\d{5}",
        ),
    ),
    pat(
        F::Rights,
        Start,
        3,
        80,
        r"no part of this (?:publication|article|site|website|material|content|page)\b|reproduction (?:of (?:this |any )?(?:material|content|articles?)|in whole or in part)\b|(?:unauthori[sz]ed|any) (?:use|reproduction|duplication|copying|distribution) (?:of|is)\b.{0,60}\b(?:prohibited|permission|strictly)|this material may not be (?:published|reproduced|broadcast)|(?:all )?(?:content|material|articles?) (?:on|of) this (?:site|website) (?:may not|is protected|is copyright)",
    ),
    // --- Calls to action ----------------------------------------------------------------
    with_object(pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"(?:please\s+)?(?:(?:don'?t\s+forget\s+to|be\s+sure\s+to|make\s+sure\s+to|remember\s+to)\s+)?(?:follow|like|join|subscribe|sign\s*up|register|download|install|get|grab|listen|watch|visit|check\s+out|find|connect|contact|e-?mail|write|message|support|donate|read|explore|discover|learn|try|keep\s+up|catch\s+up|tune\s+in|stay|click|tap|browse|shop|sign\s+me\s+up)\s+[\p{L}@#“'‘]",
    )),
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"send\s+(?:us\s+)?(?:your\s+)?(?:news\s+)?tips?\b|je\s+m['’](?:inscris|abonne)\b|ich\s+melde\s+mich\s+an\b|me\s+suscribo\b|mi\s+iscrivo\b|quero\s+(?:receber|assinar)\b|ik\s+schrijf\s+me\s+in\b|(?:join|sign\s+up|subscribe)\s+(?:for\s+)?free\s*[.!→]*$|send\s+(?:us\s+)?your\s+(?:photos?|videos?|pictures?|stories)\b|help\s+us\s+(?:report|investigate|cover)\b|tap\s+to\s+(?:follow|join|subscribe)\b|(?:toque|clique)\s+aqui\b|(?:haz\s+clic|toca|pincha|cliquea)\s+aqu[íi]\b|cliquez\s+ici\b|clicca\s+qui\b|(?:hier\s+klicken|klicken\s+sie\s+hier)\b|klik\s+hier\b|(?:got|have)\s+a\s+(?:news\s+)?(?:tip|story(?:\s+idea)?)\s*\?|get\s+in\s+touch\b|(?:enjoy(?:ed|ing)?|lov(?:ed?|ing)|lik(?:ed?|ing))\s+(?:this|reading|our)(?:\s+(?:article|story|post|piece|newsletter|content|column))?\s*[?!]|liked\s+this\s+(?:article|story)|want\s+more\b.{0,40}\?|(?:click|tap)\s+here\b|(?:become|be)\s+a\s+(?:member|subscriber|supporter|patron|paid\s+subscriber)|support\s+(?:our|independent|local|quality|public[- ]interest)\s+journalism|(?:please\s+)?(?:consider\s+)?(?:donate|donating)\s+(?:now|today|to\s+(?:us|support))|(?:we|you)\s+(?:rely|depend)\s+on\s+(?:your|readers|reader)|already\s+(?:a\s+)?(?:subscriber|member|registered|have\s+an\s+account)|(?:log|sign)\s+in\s+to\s+(?:continue|read|comment|access|save|keep)|create\s+(?:a\s+)?(?:free\s+)?account\s+to\b|(?:start|begin)\s+(?:your\s+)?(?:free\s+)?trial|subscribe\s+(?:now|today|here|free|for\s+free)\b|subscribe\s+(?:to|for)\s+(?:our|more|free|unlimited|full|a\s+digital|just|only|as\s+little)\b|(?:to\s+)?(?:continue|keep)\s+reading,?\s+(?:subscribe|sign|log|register|please|become)|this\s+(?:article|story|content)\s+is\s+(?:for|only\s+available\s+to|exclusive\s+to|reserved\s+for)\s+(?:subscribers|members|premium)|you\s+(?:have|'ve)\s+(?:read|reached|used)\s+(?:your\s+|all\s+)?(?:\d+\s+|of\s+your\s+)?(?:free\s+)?(?:articles?|limit|stories)|never\s+miss\s+(?:a|an|another)\s+(?:story|update|post|article|issue|episode|beat|recipe|newsletter|deal|match|podcast|video|headline)|if\s+you(?:'re|\s+are)\s+enjoying\s+(?:this|our|the)\b|(?:pin|save|bookmark)\s+this\s+(?:recipe|article|post|story|guide)\b|did\s+you\s+(?:make|try|cook|bake)\s+this\s+(?:recipe|dish)\s*\?|sign\s*up\s*[.!]?\s*$|don'?t\s+miss\s+(?:a|an|out\s+on\s+(?:our|the\s+latest))\b|(?:get|receive)\s+(?:the\s+)?(?:latest|best|top)\s+(?:news|stories|headlines|updates|articles)\s+(?:delivered|sent|straight|in|to|every|from)|take\s+your\s+favou?rite\s+\w+\s+with\s+you|for\s+the\s+latest\s+(?:news|stories|updates)\b.{0,60}\b(?:download|follow|subscribe|visit|sign\s+up|like)\b",
    ),
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"folgen\s+sie\s+uns|folg(?:e|t)\s+uns|abonnieren\s+sie|jetzt\s+(?:abonnieren|registrieren|anmelden|herunterladen|eintragen)|newsletter\s+abonnieren|melden\s+sie\s+sich\s+(?:jetzt\s+)?(?:f[üu]r|zum|an)|laden\s+sie\s+(?:jetzt\s+)?(?:die|unsere)\s+app|unterst[üu]tzen\s+sie\s+(?:uns|unseren)|suivez[- ]?nous|abonnez[- ]?vous|inscrivez[- ]?vous|t[ée]l[ée]chargez\s+(?:l'|notre|la)|soutenez[- ](?:nous|notre)|s[íi]guenos|suscr[íi]bete|suscr[íi]base|reg[íi]strate|desc[áa]rga(?:te|r)?\s+(?:la|nuestra)\s+app|ap[óo]yanos|seguici|iscriviti|abbonati|scarica\s+(?:l'|la\s+nostra\s+)app|sostienici|siga[- ]?nos|subscreva\s+(?:a\s+|o\s+)?(?:nossa|nosso)|sigam[- ]?nos|segue[- ]?nos|assine\s+(?:já|(?:ja|agora|a|o|nossa|nosso)\b)|inscreva[- ]?se|baixe\s+(?:o|nosso)\s+app|apoie\s+(?:o|nosso)|volg\s+ons|abonneer\s+(?:je|nu|u)\b|schrijf\s+(?:je|u)\s+(?:(?:nu|gratis|vandaag|hier)\s+){0,2}in|meld\s+(?:je|u)\s+aan|download\s+(?:de|onze)\s+app|steun\s+(?:ons|onze)|cet\s+article\s+vous\s+est\s+offert|pour\s+lire\s+la\s+suite|retrouvez\s+(?:toute\s+)?(?:l'actualit[ée]|nos\s|tous\s+nos\s|notre\s)|rejoignez[- ](?:nous|notre)|vous\s+avez\s+une\s+info|r[ée]serv[ée]\s+aux\s+abonn[ée]s|haben\s+sie\s+(?:einen\s+hinweis|hinweise|eine\s+frage|anregungen)|dieser\s+artikel\s+ist\s+(?:exklusiv\s+)?f[üu]r\s+abonnenten|lesen\s+sie\s+jetzt\s+weiter|[úu]nete\s+a\s+(?:nuestro|nuestra)|ap[úu]ntate\s+a|¿?tienes\s+(?:una\s+)?(?:pista|informaci[óo]n|denuncia)|este\s+art[íi]culo\s+es\s+exclusivo\s+para|unisciti\s+al(?:la)?\s+nostr[oa]|hai\s+una\s+segnalazione|articolo\s+riservato\s+agli\s+abbonati|gostou\s+d[aeo]st[ae]\s+(?:mat[ée]ria|not[íi]cia|artigo|reportagem|texto)\s*\?|compartilhe\s+com\s+(?:seus|os\s+seus)\s+amigos|junte-se\s+ao\s+nosso|entre\s+no\s+(?:nosso\s+)?canal|tem\s+uma\s+sugest[ãa]o\s+de\s+pauta|conte[úu]do\s+exclusivo\s+para\s+assinantes|heb\s+(?:je|jij|u)\s+een\s+tip|tips?\s+voor\s+de\s+redactie|word\s+lid\s+van|sluit\s+je\s+aan\s+bij|dit\s+artikel\s+is\s+(?:exclusief\s+)?voor\s+abonnees",
    ),
    gated(
        &[
            "apps for",
            "app for",
            "apps on",
            "app on",
            "app store",
            "google play",
        ],
        pat(
            F::CallToAction,
            Anywhere,
            3,
            30,
            r"\bapps?\s+(?:for|on)\s+(?:ios|android|iphone)\b|\b(?:available|download it)\s+on\s+the\s+app\s+store\b|\bget\s+it\s+on\s+google\s+play\b",
        ),
    ),
    // --- Newsletters ---------------------------------------------------------------
    gated(
        &[
            "newsletter",
            "inbox",
            "spam",
            "unsubscribe",
            "share your",
            "sell your",
            "signing up",
            "subscribing",
            "clicking",
        ],
        pat(
            F::Newsletter,
            Anywhere,
            2,
            40,
            r"\bnewsletters?\b.{0,80}\b(?:sign\s*up|subscribe|inbox|delivered|every\s+(?:morning|day|week|weekday))\b|\b(?:sign\s*up|subscribe)\b.{0,60}\bnewsletters?\b|(?:straight|delivered|direct(?:ly)?|sent)\s+(?:to|into)\s+your\s+inbox|\bin\s+your\s+inbox\b|\bno\s+spam\b|\bunsubscribe\s+(?:at\s+)?any\s*time\b|\bwe\s+(?:will\s+never|won'?t|never|do\s+not)\s+(?:share|sell)\s+your\s+(?:e-?mail|data|information|address|details)|\bby\s+(?:signing\s+up|subscribing|clicking\s+(?:subscribe|sign\s+up)),?\s+you\s+(?:agree|acknowledge|consent)",
        ),
    ),
    pat(
        F::Newsletter,
        Whole,
        3,
        0,
        r"sign up|sign me up|subscribe|subscribe (?:now|today|here|for free)|join now|get (?:the|our) newsletters?|newsletter sign[- ]?up|see all newsletters|(?:get )?e-?mail updates|no spam(?:, we promise)?|unsubscribe at any ?time|subscribe to (?:e-?mail )?updates",
    ),
    pat(
        F::Newsletter,
        Whole,
        2,
        0,
        r"(?:[\w&'’.-]+ ){0,4}newsletters?|enter (?:your )?e-?mail(?: address)?|(?:your )?e-?mail address\s*\*?",
    ),
    // --- Share prompts -------------------------------------------------------------
    pat(
        F::Share,
        Whole,
        3,
        0,
        r"(?:(?:kindly|please)\s+)?(?:share|share (?:this|it|article|story|post|page)|share (?:this|the) (?:article|story|post|page|video))|social share|social sharing|sharing|share via .{1,30}|share on .{1,30}|email this (?:story|article)|print (?:this )?(?:article|story|page)|copy link|link copied|tweet this|pin it|teilen|artikel teilen|partager(?: (?:cet article|l['’]article|sur .{1,20}))?|compartir(?: (?:en .{1,20}|este art[íi]culo))?|condividi(?: (?:su .{1,20}|questo articolo))?|compartilhe|compartilhar|partilhar|partilhe|deel (?:dit|deze) (?:artikel|bericht)|delen",
    ),
    pat(
        F::Share,
        Start,
        3,
        15,
        r"share\s+(?:on|this|it\s+with|via|to|article|story|the\s+(?:article|story)|with\s+(?:friends|your)|your\s+thoughts)\b|email\s+this\s+(?:story|article)|tweet\s+this|copy\s+(?:the\s+)?link\b|share\s*:|(?:partager|teilen|compartir|condividi|compartilhe|compartilhar|partilhar|delen)\s*:|(?:artikel|beitrag|seite)\s+teilen\s*:|(?:partager|partagez)\s+(?:cet(?:te)?\s+\w+|l['’]\w+|la\s+\w+|ce\s+\w+)\s*:|compartir\s+(?:este\s+art[íi]culo|la\s+noticia|esta\s+noticia)\s*:|condividi\s+(?:questo\s+articolo|l['’]articolo|la\s+notizia)\s*:|(?:partilhe|partilhar|compartilhe|compartilhar)\s+(?:este\s+artigo|esta\s+not[íi]cia|a\s+not[íi]cia)\s*:|(?:deel|delen)\s+(?:dit\s+artikel|het\s+artikel|dit\s+bericht)\s*:",
    ),
    // --- Read more / related ---------------------------------------------------------
    // Lead-ins with free text before their colon ("Read more about the Darling-Baaka:",
    // "Earlier on GSR: …"): only a colon ends them, so that "Earlier on Tuesday, the
    // council voted." stays; "Read more about sharing." is a whole line of its own.
    pat(
        F::ReadMore,
        LineStart,
        3,
        30,
        r"(?:previously|(?:read|see)\s+more\s+(?:about|on)\s+[^:.!?]+|earlier\s+on\s+[^:.!?]+|elsewhere\s+on\s+[^:.!?]+|also\s+in\s+[^:.!?]+|further\s+on\s+[^:.!?]+|trending\s+on\s+[^:.!?]+|further\s+reading(?:\s+from\s+[^:.!?]+)?)\s*:|(?:read|see)\s+more\s+(?:about|on)\s+(?:[^:.!?]|\.\S)+[.!]?$",
    ),
    pat(
        F::ReadMore,
        LineStart,
        3,
        30,
        r"(?:read|see|watch|listen)(?:\s+(?:more|also|next|further|too|now|live))?\s*(?::|»|›|>|\||—|–|\s-\s|[→➜➔⇒▶►▸])|(?:also|and)\s+read\s*[:\-–—|→➜➔⇒▶►▸]|related(?:\s+(?:article|story|coverage|content|reading|link|news|video))?s?\s*[:|»›>—–→➜➔⇒▶►▸]|more\s+(?:on\s+this\s+(?:story|topic)|from\s+[^:]{1,40}|on\s+[^:]{1,40}|like\s+this)\s*[:|»›>—–→➜➔⇒▶►▸]|recommended(?:\s+(?:reading|for\s+you))?\s*[:|»›>—–→➜➔⇒▶►▸]|(?:lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|weiterlesen|auch\s+interessant|(?:à\s+)?lire\s+(?:aussi|[ée]galement|la\s+suite)|voir\s+aussi|le(?:[ée]|a)\s+(?:tambi[ée]n|m[áa]s)|mir[áa]\s+tambi[ée]n|leer\s+m[áa]s|(?:te|le)\s+puede\s+interesar|tambi[ée]n\s+(?:te|le)\s+puede\s+interesar|leggi\s+(?:anche|di\s+pi[ùu])|leia\s+(?:tamb[ée]m|mais)|veja\s+tamb[ée]m|lees\s+(?:ook|meer)|bekijk\s+(?:ook|meer)|kijk\s+ook|zie\s+ook|ook\s+interessant|relacionad[oa]s?|noticias\s+relacionadas|art[íi]culos\s+relacionados|not[íi]cias\s+relacionadas|potrebbe\s+interessarti(?:\s+anche)?|ti\s+potrebbe\s+interessare|sur\s+le\s+m[êe]me\s+sujet|dans\s+la\s+m[êe]me\s+rubrique|das\s+k[öo]nnte\s+sie\s+(?:auch\s+)?interessieren|you\s+(?:may|might)\s+have\s+missed|keep\s+(?:listening|reading|watching)|check\s+this|da\s+non\s+perdere|not[íi]cia\s+relacionada|zum\s+thema|m[áa]s\s+sobre\s+el\s+tema|dig\s+deeper|similar\s+stor(?:y|ies)|read\s+this\s+next|mira\s+esto|[àa]\s+d[ée]couvrir(?:\s+[ée]galement|\s+aussi)?|saiba\s+mais|passend\s+dazu|correlat[oi]|gerelateerd|approfondisci|sullo\s+stesso\s+tema|ti\s+consigliamo|notre\s+s[ée]lection|eerder\s+verschenen|basahin\s+din|(?:le|te)\s+recomendamos|sugest[ãa]o\s+de\s+leitura|wir\s+empfehlen|unsere\s+empfehlung|aanbevolen|verwandte[rs]?\s+(?:artikel|beitrag|thema)|(?:ebenfalls|auch)\s+lesenswert|pour\s+aller\s+plus\s+loin|para\s+saber\s+m[áa]s|saiba\s+mais\s+sobre|leia\s+ainda|segu[íi]\s+leyendo|sigue\s+leyendo|continua\s+a\s+ler|also\s+worth\s+(?:reading|a\s+(?:read|look))|v[êe]\s+tamb[ée]m|l[êe]\s+tamb[ée]m|read\s+this\s+(?:release|article|story|page)\s+in|(?:also\s+)?available\s+in|(?:aussi\s+|[ée]galement\s+)?disponible\s+en|auch\s+verf[üu]gbar\s+(?:auf|in)|leggi\s+in|leia\s+em|lees\s+in|(?:articoli|notizie|avvisi|contenuti|post)\s+correlat[oi]|don['’]?t\s+miss|related\s+[a-z]+(?:\s+[a-z]+)?|from\s+(?:the|our)\s+archives?|dall['’]archivio|aus\s+dem\s+archiv|(?:dans\s+)?(?:les|nos)\s+archives|del\s+archivo|do\s+arquivo|uit\s+het\s+archief|more\s+(?:news|sport|sports|stories|business|politics|world\s+news|local\s+news|headlines|opinion|culture|entertainment|features|videos?|podcasts|rally|motorsport|racing|football|soccer|rugby|cricket|golf|tennis|cycling|columns?|recipes|travel|music|film|tv|books|arts|science|health|tech|weather|crime|courts|education|property|farming|reviews))\s*(?:>>|[:|»›>—–.→➜➔⇒▶►▸⟶➤▹▷➝-])",
    ),
    pat(
        F::ReadMore,
        Whole,
        3,
        0,
        r"read more|read next|read also|also read|read the (?:full )?(?:story|article)|continue reading|keep reading|read full (?:story|article)|weiterlesen|mehr lesen|lire la suite|lire plus|leer m[áa]s|seguir leyendo|leggi (?:tutto|di pi[ùu])|continua a leggere|leia mais|continue lendo|lees meer|verder lezen",
    ),
    pat(
        F::ReadMore,
        Whole,
        1,
        0,
        r"more|see more|show more|load more|view more|view all|see all|next|previous|next (?:article|story|post)|previous (?:article|story|post)",
    ),
    intro(pat(
        F::Related,
        Whole,
        3,
        0,
        r"(?:(?:i\s+)?pi[ùu]\s+lett[ie]|l[oa]s?\s+m[áa]s\s+(?:le[íi]d[oa]s?|vist[oa]s?)|meistgelesen|meist\s+gelesen|les\s+plus\s+lus?|mais\s+lid[ao]s|meest\s+gelezen)(?:\s+[^\s.!?]+){1,6}|(?:les\s+plus\s+partag[ée]s|em\s+alta|top-themen|mais\s+compartilhad[ao]s|lo\s+m[áa]s\s+compartido|(?:i\s+)?pi[ùu]\s+condivis[ie]|meest\s+gedeeld|most\s+shared|trending\s+(?:in|on|at))(?:\s+[^\s.!?]+){0,6}|what\s+\S+(?:\s+\S+)?\s+is\s+reading(?:\s+(?:right\s+)?now)?|related|more (?:[\w'&.-]+ ){1,4}(?:coverage|news|stories|articles|videos)|related (?:articles?|stories|story|posts?|coverage|content|reading|news|topics|links|videos?|tutorials?|items|documents?|resources|downloads|files|pages|information|guides|publications|reports)(?: (?:and|&) (?:articles?|stories|story|posts?|coverage|content|reading|news|topics|links|videos?|tutorials?|items|documents?|resources|downloads|files|pages|information|guides|publications|reports))?|(?:you|we think you) (?:may|might|will|could) (?:also )?(?:like|enjoy|be interested(?: in)?)|more (?:stories|articles|news|coverage|reading|to read|from .{1,40}|on .{1,40}|in .{1,40}|like this|for you|stories you may have missed)|most (?:popular|read|viewed|shared|commented|emailed)(?: (?:stories|articles|now|today|this week))?|trending(?: (?:now|stories|posts|articles|nationally|topics|today))?|top (?:stories|articles|news)(?: (?:across|from|in) .{1,40})?|latest (?:news|stories|articles|posts|videos|headlines)|recent (?:posts|articles|stories)|popular (?:posts|articles|stories|now)|editor'?s'? (?:picks?|choice)|editors'? picks?|don'?t miss|recommended(?: (?:for you|reading|stories|articles|videos))?|read next|up next|what to read next|also on .{1,40}|elsewhere on .{1,40}|(?:from )?around the web|sponsored stories|promoted stories|in case you missed it|further reading|see also|lesen sie auch|mehr zum thema|das k[öo]nnte sie auch interessieren|(?:[àa] )?lire aussi|sur le m[êe]me sujet|dans la m[êe]me rubrique|noticias relacionadas|art[íi]culos relacionados|(?:tambi[ée]n )?te puede interesar|articoli correlati|potrebbe interessarti|leggi anche|not[íi]cias relacionadas|leia tamb[ée]m|veja tamb[ée]m|gerelateerde artikelen|lees ook|meer nieuws(?: uit .{1,30})?|meest gelezen|weitere (?:artikel|nachrichten|meldungen)(?: aus .{1,30})?|meistgelesen|meist gelesen|les plus lu(?:e?s)?|(?:[àa] )?lire aussi|mais lid[ao]s|mais not[íi]cias|lo m[áa]s (?:visto|le[íi]do)|m[áa]s noticias(?: de .{1,30})?|(?:i )?pi[ùu] lett[ie]|altre notizie|about the author|more by this author|other articles by .{1,40}",
    )),
    // --- Listen / reading time --------------------------------------------------------
    gated(
        &[
            "listen",
            "min",
            "reading time",
            "lesezeit",
            "lecture",
            "lectura",
            "lettura",
            "leitura",
            "leestijd",
            "audio",
            "play",
        ],
        pat(
            F::Listen,
            Anywhere,
            3,
            12,
            r"\blisten\s+to\s+(?:this|the)\s+(?:article|story)\b|\b\d+\s*(?:-\s*)?(?:min(?:ute)?s?)\.?\s+(?:read|listen|reading)\b|\b(?:estimated\s+)?reading\s+time\b|\blesezeit\b|\btemps\s+de\s+lecture\b|\btiempo\s+de\s+lectura\b|\btempo\s+di\s+lettura\b|\btempo\s+de\s+leitura\b|\bleestijd\b|\b\d+\s*min\.?\s+(?:lesezeit|de\s+lecture|de\s+lectura|di\s+lettura|de\s+leitura|leestijd|leer|lettura|lecture|lesen)\b|\baudio\s+(?:version|available)\b|\bplay(?:ing)?\s+(?:audio|article)\b",
        ),
    ),
    pat(
        F::Listen,
        Whole,
        3,
        0,
        r"listen|listen now|audio|play audio|listen to (?:this|the) (?:article|story|podcast|episode)|listen to (?:an? )?(?:ai[- ]narrated|audio|narrated) (?:version of )?(?:this|the) (?:article|story)|artikel anh[öo]ren|(?:[ée]couter|[ée]coutez) (?:cet )?article|ou[çc]a (?:esta |a )?(?:not[íi]cia|mat[ée]ria|reportagem)|escuchar? (?:este |la )?(?:art[íi]culo|noticia)|ascolta (?:l'|questo )articolo|(?:luister|beluister) (?:naar )?(?:dit )?artikel|(?:artikel |laat )?voorlezen|(?:artikel )?vorlesen|escuch[aá] (?:esta |la )?(?:nota|noticia)",
    ),
    // --- Image credits ---------------------------------------------------------------
    pat(
        F::ImageCredit,
        LineStart,
        3,
        50,
        r"(?:(?:photo\s+illustration|lead\s+image|top\s+image|header\s+image|featured\s+image|cover\s+(?:photo|image))|photo(?:graph)?s?|pictures?|pics?|images?|illustrations?|graphics?|video|foto|fotos|bild|imagen|immagine|imagem|afbeelding)(?:\s+(?:credits?|courtesy|by|source))?\s*(?::|\||/|©)|(?:photo|image|picture|illustration|video)s?\s+(?:by|courtesy(?:\s+of)?|credits?|via)\s+\S|credits?\s*:|cr[ée]dit(?:os?)?\s*:|cr[ée]dit\s+photo|\((?:photo|image|picture|foto|file|credit)\b",
    ),
    gated(
        &[")"],
        case_sensitive(pat(
            F::ImageCredit,
            Anywhere,
            3,
            40,
            r"\((?:\p{Lu}[\w.&'’ -]*/\s*\p{Lu}[\w.&'’ -]*|(?i:file|file\s+photo|photo|photos|photograph|image|images|picture|pictures|credit|foto|getty\s+images|getty|reuters|ap|afp|epa|shutterstock|istock|alamy|handout|supplied|pixabay|unsplash|gp)(?:[ /:,][^()]*)?)\)\s*\.?$",
        )),
    ),
    // --- Republication notes --------------------------------------------------------
    pat(
        F::FirstAppeared,
        Start,
        3,
        60,
        r"(?:this\s+(?:article|story|post|piece|interview|column|essay|content|blog\s+post)\s+(?:was\s+|has\s+been\s+)?(?:first|originally|previously)?\s*|(?:this|the)\s+(?:article|story|post|piece|interview|column|essay|report|content|blog\s+post)\s+(?:was\s+|has\s+been\s+)?(?:first|originally|previously)\s+)(?:appeared|published|posted|ran|was\s+(?:first\s+|originally\s+)?(?:published|posted))\s+(?:first\s+|originally\s+)?(?:on|in|at|by)\b|a\s+version\s+of\s+this\s+(?:article|story|piece|post|report|column)\b|(?:first|originally)\s+(?:published|posted|appeared)\s+(?:on|in|at|by|as)\b|this\s+(?:article|story|piece|feature|interview|column|essay|review|report)\s+(?:appears|appeared|ran|was\s+published)\s+in\s+the\s+(?:[\w-]+\s+){0,4}(?:issue|edition)\b|republished\s+(?:with\s+permission\s+)?(?:from|courtesy|under)\b|reprinted\s+(?:with\s+permission\s+)?(?:from|courtesy)\b|this\s+(?:article|story)\s+is\s+(?:republished|reproduced|syndicated)\b|(?:dieser|der)\s+(?:artikel|beitrag)\s+(?:erschien|ist)\s+(?:zuerst|erstmals|urspr[üu]nglich)|cet\s+article\s+(?:a\s+(?:d'abord|initialement)\s+[ée]t[ée]\s+publi[ée]|est\s+paru)|este\s+art[íi]culo\s+(?:fue\s+publicado|se\s+public[óo])\s+(?:originalmente|por\s+primera\s+vez)|questo\s+articolo\s+(?:[èe]\s+stato\s+)?(?:pubblicato|apparso)\s+(?:originariamente|per\s+la\s+prima\s+volta|su)|este\s+artigo\s+foi\s+(?:publicado|originalmente)|dit\s+artikel\s+verscheen",
    ),
    // --- Bylines and credits ----------------------------------------------------------
    pat(
        F::Byline,
        LineStart,
        3,
        40,
        r"(?:(?:additional|live|extra)\s+)?reporting\s+by\b|(?:editing|edited|written|reported|compiled|produced|interview|words|text)\s+by\s*:?\s*\S|\((?:reporting|writing|editing)\s+by\b|article\s+by\b|(?:author|autor|auteur|autore)\s*:|escrito\s+por\b|scritto\s+da\b|geschreven\s+door\b|(?:ein\s+beitrag|ein\s+artikel|ein\s+kommentar)\s+von\s+\S|(?:articolo\s+)?a\s+cura\s+di\s+\S|texto\s+de\s+\S|(?:words|text|texto|tekst|texte)\s*:\s*\S",
    ),
    // "Medically reviewed by Dr …", "Publicado por Redacción · 9 de febrero",
    // "Geplaatst door Redactie op 01-06-2025": a credit on a short line of its own.
    pat(
        F::Byline,
        LineStart,
        3,
        15,
        r"(?:(?:medically|clinically|legally|expert|peer)[-\s]+)?(?:reviewed|fact[-\s]?checked|checked|verified|tested)\s+by\s*:?\s+\S|(?:article|texte|contenu)\s+(?:v[ée]rifi[ée]e?|relue?|valid[ée]e?)\s+par\s+(?:notre|nos|le\s+dr|la\s+dr|dr)\b|(?:artikel|inhalt|beitrag)\s+(?:fachlich\s+)?(?:gepr[üu]ft|[üu]berpr[üu]ft)\s+von\s+(?:unsere[mr]|dr)\b|(?:art[íi]culo|contenido)\s+(?:revisad[oa]|verificad[oa])\s+por\s+(?:nuestr[oa]|el\s+dr|la\s+dra|dr)\b|articolo\s+(?:verificat[oa]|rivist[oa])\s+da(?:l|lla)?\s+(?:nostr[oa]|dott)|artigo\s+(?:revist[oa]|verificad[oa])\s+p(?:or|el[oa])\s+(?:noss[oa]|dra?)\b|artikel\s+(?:gecontroleerd|nagekeken)\s+door\s+(?:onze|dr)\b|(?:publicad[oa]|postead[oa]|redactad[oa])\s+por\s+\S|(?:geplaatst|gepubliceerd|geschreven)\s+door\s+\S|(?:ver[öo]ffentlicht|gepostet|eingestellt|verfasst)\s+von\s+\S|(?:publi[ée]e?|post[ée]e?|r[ée]dig[ée]e?)\s+par\s+\S|(?:pubblicat[oa]|postat[oa])\s+da\s+\S|(?:posted|published|issued)\s+by\s*:?\s+\S|(?:article|critique|chronique|tribune|billet|entretien|review|story|artikel|beitrag|art[íi]culo|rese[ñn]a|articolo|recensione|artigo|cr[íi]tica|recensie)\s+(?:publi[ée]e?\s+le|ver[öo]ffentlicht\s+am|publicad[oa]\s+(?:el|em)|pubblicat[oa]\s+il|gepubliceerd\s+op|published\s+on)\s+[^!?]{3,30}?\s+(?:par|von|por|da|door|by)\s+\S|(?:ver[öo]ffentlicht|eingestellt)\s+am\s+[^!?]{3,30}?\s+von\s+\S|publi[ée]e?\s+le\s+[^!?]{3,30}?\s+par\s+\S|publicad[oa]\s+(?:el|em)\s+[^!?]{3,30}?\s+por\s+\S|pubblicat[oa]\s+il\s+[^!?]{3,30}?\s+da\s+\S|geplaatst\s+op\s+[^!?]{3,30}?\s+door\s+\S",
    ),
    pat(
        F::Byline,
        Whole,
        1,
        0,
        r"by|article by|posted by|written by|author|authors|staff|staff (?:writer|reporter)|contributor|guest (?:author|post)|editorial (?:staff|team|board)",
    ),
    // WordPress's like button pasted as text: "Like this: Like Loading... Be the first
    // to like this."
    pat(
        F::Share,
        Start,
        3,
        14,
        r"like\s+this\s*:\s*like\b|like\s+loading\s*(?:\.{3}|…)|be\s+the\s+first\s+to\s+like\s+this\s*\.?$",
    ),
    // --- Share bars as a sentence -----------------------------------------------------
    // A share prompt that names two or more platforms and nothing else, in the seven
    // languages: "Diesen Artikel teilen per WhatsApp, Facebook oder E-Mail",
    // "Comparte esta noticia en Facebook, X o WhatsApp", "Condividi su Facebook, X,
    // WhatsApp e Telegram". The line ends with the platforms: an appeal that goes on
    // ("… with older relatives and neighbours") is someone's words.
    pat(
        F::Share,
        Start,
        3,
        14,
        concat!(
            r"(?:(?:share|teilen|partager|partagez|comparte|compartir|condividi|compartilhe|compartilhar|partilhe|partilhar|deel|delen)(?:\s+(?:this|the|dit|deze|het|esta|este|la|questo|questa|l['’]|cet|cette|ce|diesen|dieses|den|die|das|o|a)?\s*(?:article|story|post|page|digest|artikel|beitrag|bericht|noticia|art[íi]culo|notizia|articolo|not[íi]cia|artigo|mat[ée]ria))?|(?:diesen|den)\s+(?:artikel|beitrag)\s+teilen)",
            r"\s*(?:on|via|per|auf|sur|par|en|por|su|em|no|na|op|:)?\s*",
            r"(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|bluesky|threads|reddit|pinterest|mastodon|sms|messenger|signal)(?:\s*(?:,|·|\||/|or|oder|ou|o|e|en|y|und|and|et|of)\s*(?:(?:on|per|via|auf|en|por|su|em|sur|par|op)\s+)?(?:facebook|twitter|x|whatsapp|telegram|linkedin|e-?mail|bluesky|threads|reddit|pinterest|mastodon|sms|messenger|signal))+\s*\.?$",
        ),
    ),
    // --- Cookie notices ----------------------------------------------------------------
    // "Wir verwenden ausschließlich technisch notwendige Cookies", "We only use
    // essential cookies", "Nous utilisons uniquement des cookies techniques": cookies
    // of a kind only a website has, and the notice ends or says what for.
    pat(
        F::Cookie,
        Start,
        3,
        40,
        concat!(
            r"(?:(?:we|wir|nous|wij)\s+(?:only\s+|just\s+)?(?:use|set|place|verwenden|nutzen|setzen|utilisons|d[ée]posons|gebruiken|plaatsen)|(?:noi\s+|nosotros\s+|n[óo]s\s+)?(?:utilizamos|usamos|utilizziamo|usiamo))\s+(?:\S+\s+){0,2}?(?:(?:essential|(?:strictly\s+)?necessary|functional|analytics|technisch\s+notwendige|notwendige|essentielle|funktionale|noodzakelijke|functionele|analytische|third-party)\s+(?:cookies?|traceurs)\b|(?:cookies?|traceurs)\s+(?:techniques|t[ée]cnicas|tecnici|t[ée]cnicos|fonctionnels|essentiels|necesarias|necess[áa]rios|analytiques|anal[íi]ticas)\b)",
            COOKIE_END!(),
        ),
    ),
    // Any wording of "this site uses (only essential) cookies", in the seven languages:
    // the site as the subject, a verb of using or setting, cookies within four words.
    pat(
        F::Cookie,
        Start,
        3,
        40,
        concat!(
            r"(?:this|our|deze|onze|diese|unsere|ce|notre|este|esta|nuestro|nuestra|questo|il\s+nostro|o\s+nosso)\s+(?:web)?(?:site|seite|s[íi]tio|sito|website|webseite|portale?|portaal|pagina|p[áa]gina)(?:\s+web)?\s+",
            COOKIE_USE!(),
            COOKIE_END!(),
        ),
    ),
    // The same with "we" as the subject ("We and our partners use cookies to
    // personalise ads"): only with a policy, consent or advertising named in the same
    // sentence, as a recipe may say "we use cookies, not crackers, for the base" and
    // "we set the cookies on the middle rack".
    pat(
        F::Cookie,
        Start,
        3,
        40,
        concat!(
            r"(?:(?:we|wir|nous|wij|noi)\s+(?:(?:and|und|et|en|e)\s+(?:our|unsere|nos|onze|i\s+nostri)\s+(?:partners?|partenaires|partnern?|partner)\s+)?",
            COOKIE_USE!(),
            // The verb alone says "we" in Spanish, Portuguese and Italian.
            r"|(?:utilizamos|usamos|utilizziamo|usiamo)\s+(?:\S+\s+){0,3}?cookies?\b)",
            r"[^.!?]*\b(?:(?:su|tu|sua|votre|uw|je|ihre?|ihr)\s+(?:\S+\s+)?(?:experi[êe]ncia|experiencia|esperienza|exp[ée]rience|ervaring|erfahrung|navega[çc][ãa]o|navegaci[óo]n|navigazione)|privacy|datenschutz\w*|confidentialit[ée]|privacidad|privacidade|cookiebeleid|cookie-?richtlinie|cookie\s+policy|politique|pol[íi]tica|consent\w*|personali[sz]\w*|advertis\w*|ads|publicit\w*|werbung|reclame|pubblicit\w*|(?:best|better|browsing|user)\s+experience|on\s+(?:our|this)\s+(?:web)?site|audience|statisti\w*|estad[íi]stic\w*|estat[íi]stic\w*|mesurer|measure|trafic|tr[áa]fego|tr[áa]fico|traffico|visit(?:e|or)s?|bezoekers|besucher\w*)\b",
        ),
    ),
    pat(
        F::Cookie,
        Start,
        3,
        60,
        r"we['’]d\s+(?:also\s+)?like\s+to\s+(?:set|use)\s+(?:\w+\s+)?cookies|(?:accept|reject)\s+(?:analytics|optional|additional|non-essential|marketing)\s+cookies|(?:by\s+(?:continuing|using|clicking)|if\s+you\s+continue)\s+(?:to\s+(?:use|browse)|this|our|on)\b[^.!?]*\b(?:you|your|cookies?|consent|privacy|terms|polic(?:y|ies))\b|(?:accept|manage|reject)\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings|preferences|consent|notice)\b|vous\s+pouvez\s+modifier\s+vos\s+choix|this\s+site\s+is\s+protected\s+by\s+recaptcha|(?:en\s+poursuivant\s+(?:votre\s+navigation|sur\s+ce\s+site)|si\s+vous\s+poursuivez|al\s+continuar\s+(?:navegando|en\s+este\s+sitio)|si\s+contin[úu]a[s]?\s+navegando|(?:ao\s+)?continuar\s+a\s+navegar|continuando\s+a\s+navegar|proseguendo\s+(?:la|nella)\s+navigazione|durch\s+die\s+weitere\s+nutzung|wenn\s+sie\s+(?:diese\s+(?:website|seite)|die\s+seite)\s+weiter\s+nutzen|door\s+verder\s+te\s+(?:surfen|gaan|klikken|browsen))[^.!?]*\b(?:cookies?|traceurs|cookiebeleid)\b",
    ),
    pat(
        F::Cookie,
        Whole,
        3,
        0,
        r"accept (?:all )?cookies|reject (?:all )?cookies|manage (?:cookie )?(?:settings|preferences|consent)|cookie (?:settings|preferences|policy)|reject all|accept all",
    ),
    // --- Comment sections ------------------------------------------------------------
    pat(
        F::Comments,
        Whole,
        3,
        0,
        r"(?:leave|post|add|write|submit)\s+(?:a\s+|your\s+)?(?:comment|reply|response)s?|deixe\s+(?:o\s+)?(?:seu\s+)?coment[áa]rio|deja\s+(?:tu|su)\s+comentario|dejanos\s+tu\s+(?:opini[óo]n|comentario)|opin[áa]\s+sobre\s+esta\s+nota|\d*\s*comments?|\d+\s+responses?|\d+\s+repl(?:y|ies)|comments?\s+(?:are\s+)?closed|join\s+the\s+(?:conversation|discussion|debate)|have\s+your\s+say|r[ée]agir(?:\s+[àa]\s+cet\s+article)?|reageer(?:\s+op\s+(?:dit|het)\s+artikel)?|comenta\s+esta\s+noticia|commenta(?:\s+l'articolo)?|(?:show|view|load|see|read)\s+(?:all\s+)?(?:\d+\s+)?comments|cancel\s+reply|comment\s*\*|name\s*\*|e-?mail\s*\*|sign\s+in\s+to\s+comment|log\s+in\s+to\s+(?:comment|reply)|be\s+the\s+first\s+to\s+comment|recent\s+comments|post\s+your\s+comments?|kommentare?|kommentar\s+schreiben|commentaires?|laisser\s+un\s+commentaire|comentarios?|deja\s+un\s+comentario|commenti|lascia\s+un\s+commento(?:\s+all['’]articolo)?|coment[áa]rios|deixe\s+um\s+coment[áa]rio|reacties|laat\s+een\s+reactie\s+achter",
    ),
    pat(
        F::Comments,
        Start,
        3,
        40,
        r"your\s+e-?mail\s+address\s+will\s+not\s+be\s+published|required\s+fields\s+are\s+marked|save\s+my\s+name,?\s+e-?mail|notify\s+me\s+of\s+(?:new|follow-up)|you\s+must\s+be\s+logged\s+in\s+to|comments\s+are\s+moderated|comments\s+(?:are|have\s+been)\s+(?:switched|turned)\s+off|comments\s+are\s+(?:disabled|closed|not\s+(?:available|enabled))\s+(?:on|for)\b|maximum\s+\d+\s+characters|(?:this\s+site\s+uses\s+akismet)|share\s+your\s+thoughts\b|what\s+do\s+you\s+think\s*\?\s*(?:leave|let|share|comment)|(?:commenting|comments)\s+(?:is|are)\s+(?:now\s+)?closed|conversation\s+closed|comments?\s+(?:are\s+)?powered\s+by|(?:sign|log)\s+in\s+(?:with\s+\w+\s+)?to\s+(?:leave|post|add|join)\b|(?:comments?|kommentare?|commentaires?|comentarios?|commenti|coment[áa]rios|reacties)\s*\(\d+\)|les\s+commentaires\s+sont|os\s+coment[áa]rios\s+s[ãa]o|los\s+comentarios\s+(?:son|est[áa]n)|i\s+commenti\s+sono|zum\s+kommentieren\s+(?:bitte\s+)?(?:anmelden|einloggen)",
    ),
    // A bare "Discussion" or "Conversation" also heads a section of a paper or a blog
    // post: weak, so only a trailing run takes it.
    pat(
        F::Comments,
        Whole,
        1,
        0,
        r"discussion|conversation|the\s+conversation",
    ),
    // --- Disclaimers -----------------------------------------------------------------
    pat(
        F::Disclaimer,
        Start,
        3,
        60,
        r"disclaimer\s*:|(?:this|the)\s+(?:content|information|material|advice)\s+(?:in|on)\s+this\s+(?:article|page|post|site|website)\s+(?:is|are)\s+(?:provided\s+)?(?:for|intended\s+for|not\s+intended)\b|(?:(?:advertiser|advertising|affiliate|editorial|partner|sponsorship|financial)\s+)?disclosure\s*:|(?:this|the)\s+(?:content|article|information|material|post|site|website|page)\s+(?:is|are|was)\s+(?:provided\s+)?(?:for|intended\s+for)\s+(?:general\s+)?(?:information(?:al)?|educational)\b|(?:the\s+)?(?:views|opinions)\s+expressed\s+(?:here\s+)?are\s+(?:those\s+of|solely|the\s+author)|the\s+(?:views|opinions)\s+(?:and\s+opinions\s+)?expressed\s+(?:here(?:in)?|in\s+(?:(?:this|these|the|our)\s+)?(?:articles?|posts?|pieces?|columns?|blogs?|comments?|op-eds?|commentar(?:y|ies)|analys[ie]s|essays?|reports?|papers?|publications?|newsletters?|podcasts?|episodes?|videos?|opinion\s+pieces?)|by\s+(?:the\s+)?(?:authors?|writers?|contributors?|columnists?|commenters?|bloggers?))\s+(?:are|do\s+not|don'?t)\b|this\s+(?:post|article|page|story)\s+(?:may\s+)?contains?\s+affiliate\s+links|as\s+an\s+amazon\s+associate|we\s+(?:may\s+)?(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?(?:commission|compensation|share\s+of\s+sales)|\S+\s+may\s+(?:earn|receive)\s+(?:revenue|commissions?|compensation)\s+from\s+(?:\S+\s+){0,2}(?:mentioned|featured|linked|listed)\s+(?:on|in)\s+this\s+(?:page|article|story|post)|\S+\s+is\s+a\s+participant\s+in\s+the\s+amazon\s+services|(?:this\s+(?:article|content|information)\s+)?(?:does\s+not|is\s+not\s+intended\s+to)\s+(?:constitute|provide|replace|be\s+a\s+substitute)\b.{0,40}\badvice|we\s+recommend\s+the\s+best\s+products|(?:products|items)\s+(?:are\s+)?(?:independently\s+)?selected\s+by\s+our\s+editors",
    ),
    gated(
        &["substitut", "constitute", "affiliate"],
        pat(
            F::Disclaimer,
            Anywhere,
            1,
            50,
            r"\bnot\s+(?:a\s+substitute|intended\s+(?:as\s+a\s+substitute|to\s+replace))\s+for\s+(?:professional|medical|legal|(?:personal\s+)?advice|(?:a\s+)?diagnosis|treatment)\b|\bdoes\s+not\s+constitute\s+(?:financial|legal|investment|medical|tax)\s+advice\b|\baffiliate\s+(?:links?|commission)\b",
        ),
    ),
    // --- Prompts after the article, in the seven languages ---------------------------
    // "Enjoyed this article? Share it", "Cet article vous a plu ?", "Ti è piaciuto
    // questo numero? Inoltralo a qualcuno".
    pat(
        F::Share,
        Start,
        3,
        30,
        r"(?:did\s+you\s+)?(?:enjoy(?:ed)?|like[d]?|love[d]?)\s+(?:this|today['’]s)\s+(?:article|story|post|piece|newsletter|issue|edition|episode|read)\s*\?|found\s+this\s+(?:article|story|post|piece)\s+(?:useful|helpful|interesting)\s*\?|cet\s+article\s+vous\s+a\s+plu|(?:vous\s+avez|tu\s+as)\s+aim[ée]\s+cet\s+article|hat\s+(?:ihnen|dir)\s+(?:dieser|der)\s+(?:artikel|beitrag|newsletter)\s+gefallen|¿?\s*te\s+(?:ha\s+)?gust(?:ado|ó)\s+(?:este|esta)\s+(?:art[íi]culo|nota|noticia|newsletter|n[úu]mero)|ti\s+[èe]\s+piaciut[oa]\s+(?:questo|questa)\s+(?:articolo|numero|newsletter|notizia)|(?:gostou|curtiu)\s+(?:deste|desta)\s+(?:artigo|mat[ée]ria|not[íi]cia|newsletter)|vond\s+(?:je|u)\s+(?:dit|het)\s+(?:artikel|stuk)\s+(?:leuk|interessant|goed)",
    ),
    // A sign-up button's words: "… weekdays at 6. Sign me up".
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"sign\s+me\s+up\b|count\s+me\s+in\b|subscribe\s+me\b|(?:inscrivez|abonnez)-moi\b|(?:ap[úu]ntame|suscr[íi]beme)\b|iscrivimi\b|(?:inscreva-me|assine-me)\b|meld\s+me\s+aan\b|schreib\s+mich\s+ein\b",
    ),
    // A newsletter passed on: "Forwarded this email? Sign up", "Se qualcuno ti ha
    // inoltrato questa mail, iscriviti qui".
    pat(
        F::Newsletter,
        Start,
        3,
        40,
        r"(?:was\s+this\s+)?forwarded\s+(?:to\s+you|this\s+(?:e-?mail|newsletter))|(?:did\s+)?(?:someone|somebody)\s+forward(?:ed)?\s+(?:you\s+this|this\s+(?:e-?mail\s+|newsletter\s+)?to\s+you)|forward\s+(?:it|this(?:\s+(?:e-?mail|newsletter|issue))?)\s+to\s+(?:a\s+(?:friend|colleague|co-?worker)|someone|friends|colleagues)|se\s+qualcuno\s+ti\s+ha\s+inoltrato|inoltra(?:lo|la)\s+a\s+(?:un\s+amic[oa]|qualcuno)|(?:si\s+)?(?:quelqu['’]un|on)\s+vous\s+a\s+transf[ée]r[ée]|transf[ée]rez[-\s]l[ea]\s+[àa]|(?:si\s+)?(?:te\s+)?(?:han|ha)\s+reenviado\s+(?:este|esta)|reenv[íi]a(?:lo|la)\s+a|wurde\s+(?:ihnen|dir)\s+(?:dieser\s+newsletter|diese\s+e-?mail)\s+weitergeleitet|leiten\s+sie\s+(?:ihn|sie|diesen\s+newsletter)\s+weiter|(?:heeft\s+)?iemand\s+(?:je|u)\s+(?:deze|dit)\s+(?:mail|nieuwsbrief)\s+doorgestuurd|stuur\s+(?:hem|deze\s+mail|dit)\s+door|(?:algu[ée]m\s+)?(?:te|lhe)\s+encaminhou|encaminhe\s+(?:para|a)\s+(?:um\s+amigo|algu[ée]m)",
    ),
    // A video player's controls, pasted as text.
    gated(
        &["video player", "current time", "modal window", "unmute"],
        pat(
            F::Embed,
            Anywhere,
            3,
            30,
            r"video\s+player\s+is\s+loading|current\s+time\s+\d+:\d\d\s*/?\s*duration|this\s+is\s+a\s+modal\s+window|\bplay\s+video\b.{0,20}\bunmute\b",
        ),
    ),
    // Disclosures and notices that a review or a market story carries: not sponsored,
    // may earn a commission, supplied for review, not investment advice, reproduced
    // under licence.
    gated(
        &[
            "sponsori",
            "sponsored",
            "patrocinado",
            "gesponsert",
            "gesponsord",
            "commission",
            "for review",
            "for testing",
            "this review",
            "financial advice",
            "investment advice",
            "anlageberatung",
            "conseil en",
            "asesoramiento",
            "consulenza",
            "aconselhamento",
            "beleggingsadvies",
            "licen",
        ],
        pat(
            F::Disclaimer,
            Anywhere,
            3,
            45,
            r"\b(?:this|cet|este|questo|dieser|dit)\s+(?:article|post|billet|art[íi]culo|articolo|artikel|beitrag|bericht)\s+(?:is\s+not|n['’]est\s+pas|no\s+est[áa]|non\s+[èe]|ist\s+nicht|is\s+niet)\s+(?:sponsored|sponsoris[ée]|patrocinado|sponsorizzato|gesponsert|gesponsord)|(?:\bthis\s+(?:site|website|publication|newsletter)|(?-i:\b\p{Lu}[\w&'’.-]*(?:\s+\p{Lu}[\w&'’.-]*){0,3}))\s+may\s+(?:earn|receive)\s+(?:a\s+)?(?:small\s+)?(?:affiliate\s+)?commission\b|\b(?:vehicle|car|product|device|phone|bike|book|review\s+unit|sample)s?\s+(?:was\s+|were\s+)?(?:supplied|provided|loaned|lent)\s+(?:by\s+[^.!?]{1,60}\s+)?for\s+(?:review|testing|this\s+review)\b|\bnot\s+(?:financial|investment)\s+advice\b|\bkeine\s+anlageberatung\b|\bpas\s+(?:un\s+)?(?:de\s+)?conseil\s+en\s+investissement\b|\bno\s+constituy(?:e|en)\s+(?:un\s+)?(?:asesoramiento|una\s+recomendaci[óo]n)|\bnon\s+costituisce\s+(?:consulenza|sollecitazione|raccomandazione)|\bn[ãa]o\s+constitui\s+(?:aconselhamento|recomenda[çc][ãa]o)|\bgeen\s+beleggingsadvies\b|\b(?:reproduce|reproduced|republishe[sd]|reproduit|reproduz|riproduce)\s+(?:it\s+)?(?:bajo|under|sous|sotto|sob|onder)\s+licen[cs]",
        ),
    ),
    // A sponsor's line: "Hoofdsponsor: Klaassen Bouw", "Sponsor — Questo numero è
    // offerto da …", "Ce numéro vous est offert par …".
    pat(
        F::Advert,
        Start,
        3,
        40,
        r"(?:hoofd|main\s+|haupt|official\s+|offizieller\s+)?sponsor(?:\s+principal|\s+ufficiale|\s+oficial)?\s*[:—–]|patrocinador(?:a)?(?:\s+principal|\s+oficial)?\s*:|(?:questo|este|esta|ce|cette|diese|deze|dit)\s+(?:numero|n[úu]mero|num[ée]ro|edici[óo]n|edi[çc][ãa]o|[ée]dition|ausgabe|editie|nummer|newsletter|episodio|episode)\s+(?:[èe]\s+|est[áa]\s+|vous\s+est\s+|wird\s+|is\s+|é\s+|wordt\s+)?(?:offert[oa]?|ofrecid[oa]|oferecid[oa]|pr[äa]sentiert|aangeboden|patrocinad[oa]|sponsori[sz]ed?|sponsorizzat[oa]|gesponsert|gesponsord)\s+(?:da|par|por|von|door|by)\b",
    ),
    // A bank account for donations: "Para ajudar a paróquia: IBAN PT50 …".
    gated(
        &["iban"],
        pat(
            F::Appeal,
            Anywhere,
            2,
            40,
            r"\biban\s*:?\s*[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){2,}",
        ),
    ),
    // The end of a press release and its notes.
    pat(
        F::Separator,
        Whole,
        3,
        0,
        r"ends|[-–—]\s*ends?\s*[-–—]|[-–—]\s*30\s*[-–—]|#\s*#\s*#|end\s+of\s+(?:press\s+|news\s+|media\s+)?release|fin\s+du\s+communiqu[ée]|ende\s+der\s+(?:presse)?mitteilung|fin\s+(?:de\s+la\s+nota|del\s+comunicado)|fine\s+del\s+comunicato|fim\s+do\s+comunicado|einde\s+(?:pers)?bericht",
    ),
    // The notes below a press release: the list under this label is the release's.
    intro(pat(
        F::OrgVoice,
        Whole,
        3,
        0,
        r"(?:notes?|information)\s+(?:to|for)\s+(?:editors?|the\s+editor|journalists|the\s+media|media)(?:\s+(?:and|&)\s+(?:editors?|journalists|reporters|the\s+media|broadcasters|producers))?|editors['’]?\s+notes?|hinweis(?:e)?\s+f[üu]r\s+(?:redaktionen|die\s+redaktion)|notes?\s+aux\s+r[ée]dactions?|nota(?:s)?\s+(?:para|a\s+los|ai|aos)\s+(?:editores|redactores|redattori|redazioni|jornalistas)|noot\s+voor\s+de\s+redactie",
    )),
    pat(
        F::OrgVoice,
        LineStart,
        3,
        60,
        r"(?:notes?|note)\s+(?:to|for)\s+editors?\s*:|for\s+immediate\s+release\b|embargoed\s+(?:until|till)\b|pour\s+diffusion\s+imm[ée]diate|para\s+(?:difusi[óo]n|divulga[çc][ãa]o)\s+(?:inmediata|imediata)|zur\s+sofortigen\s+ver[öo]ffentlichung|per\s+la\s+diffusione\s+immediata|voor\s+onmiddellijke\s+publicatie|(?:how\s+to\s+)?cite\s+this\s+(?:article|page|commentary|report|paper|post|piece|analysis|brief)\s*:|cite\s+as\s*:|reportag(?:em|e)\s*:\s*\p{Lu}|reportaje\s*:\s*\p{Lu}|partnercontent\s*[|:·]",
    ),
    // An update note under the headline: "Updated Nov 4, 2024: added our battery
    // results". Weak: a live story's own updates read the same.
    pat(
        F::Dateline,
        LineStart,
        2,
        30,
        r"(?:updated|update|filed|published|posted|aktualisiert|ver[öo]ffentlicht|mis\s+[àa]\s+jour|publi[ée]e?|actualizad[oa]|publicad[oa]|aggiornato|pubblicato|atualizad[oa]|bijgewerkt|gepubliceerd|geplaatst)\s*(?:on\s+|at\s+|am\s+|le\s+|el\s+|il\s+|em\s+|op\s+)?(?:[a-zà-ü]{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:de\s+)?[a-zà-ü]{3,10}\.?\s+(?:de\s+)?\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)\s*(?:[:—–·|-]|$|by\s|par\s|por\s|von\s|da\s|door\s)",
    ),
    // "Blog posts are for general information only".
    pat(
        F::Disclaimer,
        Start,
        3,
        40,
        r"(?:(?:our|these|all|the)\s+)?(?:blog\s+)?(?:posts|articles|columns|contents?)\s+(?:on\s+this\s+(?:site|blog)\s+)?(?:are|is)\s+(?:provided\s+)?(?:for|intended\s+for)\s+(?:general\s+)?(?:information(?:al)?|educational)\s+(?:purposes\s+)?only\b",
    ),
    // Permission to republish: "Reproduction libre … à condition de citer la source",
    // "Free to republish with credit".
    pat(
        F::Rights,
        Start,
        3,
        40,
        r"reproduction\s+(?:libre|autoris[ée]e)|(?:free|feel\s+free)\s+to\s+(?:republish|reproduce)|(?:this\s+(?:article|story|content)\s+)?(?:may|can)\s+be\s+(?:freely\s+)?(?:reproduced|republished)\s+(?:free\s+of\s+charge|for\s+free|provided|with|if|as\s+long|under)|reproducci[óo]n\s+(?:libre|permitida|autorizada)|riproduzione\s+(?:libera|consentita)|reprodu[çc][ãa]o\s+(?:livre|permitida|autorizada)|abdruck\s+(?:frei|honorarfrei|gestattet)|overname\s+(?:toegestaan|vrij)",
    ),
    // "Don't want to miss a thing?": a newsletter's opening question. Weak alone.
    pat(
        F::Newsletter,
        Start,
        2,
        30,
        r"(?:don['’]?t\s+want\s+to\s+)?(?:never\s+)?miss\s+(?:a\s+thing|anything|out)\s*\?|nichts\s+(?:mehr\s+)?verpassen\s*\?|ne\s+(?:rien|plus\s+rien)\s+manquer\s*\?|¿?\s*no\s+(?:quieres\s+)?perderte\s+nada\s*\?|non\s+vuoi\s+perderti\s+nulla\s*\?|(?:n[ãa]o\s+quer\s+)?perder\s+nada\s*\?|ni(?:ks|ets)\s+missen\s*\?",
    ),
    // Joining as a member: a club's, a union's, a museum's friends. Weak: an article
    // may report the call.
    gated(
        &[
            "mitglied",
            "adhér",
            "junte-se",
            "junta-te",
            "juntem-se",
            "hazte miembro",
            "hazte socia",
            "adher",
            "socio",
            "sócio",
            "word lid",
            "become a member",
            "syndiquer",
        ],
        pat(
            F::CallToAction,
            Anywhere,
            2,
            40,
            r"\b(?:werde|werden\s+sie|jetzt)\s+mitglied\b|\bmitglied\s+werden\b|\badh[ée]rez\b|\bpour\s+adh[ée]rer\b|\bse\s+syndiquer\b|\bhazte\s+(?:soci[oa]|miembro)\b|\bjunt(?:e-se|a-te|em-se)\s+(?:[àa]|ao|aos|[àa]s)\s|\bdiventa\s+socio\b|\btorne-se\s+s[óo]cio\b|\bassocie-se\b|\bword\s+(?:nu\s+)?lid\b|\bbecome\s+a\s+member\b",
        ),
    ),
    // A metered paywall's counter: "Te quedan 3 artículos gratuitos este mes", "Il
    // vous reste 2 articles gratuits", "You have one free story left".
    gated(
        &[
            "you have",
            "te queda",
            "le queda",
            "vous reste",
            "ti riman",
            "ti resta",
            "você tem",
            "voce tem",
            "restam",
            "haben noch",
            "hast noch",
            "hebt nog",
            "heeft u nog",
        ],
        pat(
            F::Access,
            Anywhere,
            3,
            30,
            r"(?:you\s+have|te\s+queda[n]?|le\s+queda[n]?|il\s+vous\s+reste|ti\s+rimang(?:ono|e)|ti\s+resta(?:no)?|voc[êe]\s+tem|restam(?:-lhe)?|sie\s+haben\s+noch|du\s+hast\s+noch|je\s+hebt\s+nog|heeft\s+u\s+nog)\s+(?:only\s+|solo\s+|seulement\s+|solo\s+|apenas\s+|nur\s+|nog\s+maar\s+)?(?:\d+|one|two|three|un[ao]?|deux|trois|dos|tres|due|tre|dois|duas|tr[êe]s|eine?n?|zwei|drei|een|twee|drie)\s+(?:(?:free|gratis|gratuit[oae]?s?|kostenlose?n?|gratuiti|gratuite)\s+)?(?:articles?|art[íi]culos?|articoli|artigos?|artikel(?:s|en)?|beitr[äa]ge|stories|story|pieces?|noticias|notizie|not[íi]cias|reads?)\b",
        ),
    ),
    // A newsletter's own frame: "View this email in your browser", "You received this
    // newsletter because …", in the seven languages.
    pat(
        F::Newsletter,
        Start,
        3,
        40,
        r"(?:view|open|read)\s+(?:this\s+)?(?:e-?mail|newsletter|message)\s+in\s+(?:your|a)\s+(?:web\s+)?browser|having\s+trouble\s+viewing\s+this|(?:se\s+)?n[ãa]o\s+consegue\s+ver\s+esta\s+mensagem|(?:si\s+)?vous\s+ne\s+(?:parvenez|pouvez)\s+pas\s+(?:à\s+)?(?:voir|lire)\s+(?:ce|cet)\s+(?:message|courriel|e-?mail)|(?:si\s+)?no\s+(?:puedes\s+ver|ves\s+bien)\s+(?:este|esta)\s+(?:correo|mensaje|newsletter)|(?:se\s+)?non\s+(?:riesci\s+a\s+visualizzare|visualizzi\s+correttamente)\s+questa|(?:falls|wenn)\s+diese\s+(?:e-?mail|nachricht)\s+nicht\s+(?:richtig|korrekt)\s+angezeigt|bekijk\s+(?:deze\s+)?(?:e-?mail|nieuwsbrief)\s+in\s+(?:je|uw)\s+browser|you(?:['’]re|\s+are)?\s+receiv(?:ed|ing)\s+this\s+(?:e-?mail|newsletter|message)|recebeu\s+esta\s+(?:newsletter|mensagem)|vous\s+recevez\s+(?:cette\s+)?(?:lettre|newsletter|ce\s+courriel|cet\s+e-?mail)|recibes\s+(?:este|esta)\s+(?:correo|newsletter|bolet[íi]n)|ricevi\s+questa\s+(?:newsletter|e-?mail)|sie\s+erhalten\s+(?:diesen\s+newsletter|diese\s+e-?mail)|je\s+ontvangt\s+(?:deze|dit)\s+(?:nieuwsbrief|e-?mail|mail)",
    ),
    // Where a piece first ran, in print: "Ricetta tratta dal numero di novembre della
    // Madia", "Extrait du numéro de mars".
    pat(
        F::FirstAppeared,
        LineStart,
        3,
        40,
        r"(?:\w+\s+)?(?:[èe]\s+)?trat(?:to|ta)\s+dal(?:l['’])?\s*(?:numero|edizione)|(?:\w+\s+)?extrait\s+du\s+num[ée]ro|(?:\w+\s+)?(?:extra[íi]d[oa]|tomad[oa])\s+del\s+n[úu]mero|(?:\w+\s+)?retirad[oa]\s+da\s+edi[çc][ãa]o",
    ),
    // "Prices may have changed since publication": weak, a news story may say it.
    pat(
        F::Disclaimer,
        Start,
        2,
        30,
        r"prices?\s+(?:may\s+have\s+changed|(?:were|are)\s+(?:correct|accurate)\s+at\s+(?:the\s+)?time\s+of\s+(?:publication|publishing|writing))|prijzen\s+kunnen\s+(?:sinds\s+publicatie\s+)?(?:gewijzigd|veranderd)|preise\s+k[öo]nnen\s+sich\s+(?:seit\s+\w+\s+)?ge[äa]ndert|les\s+prix\s+peuvent\s+(?:avoir\s+)?chang|los\s+precios\s+pueden\s+(?:haber\s+)?(?:cambiado|variado)|i\s+prezzi\s+(?:possono|potrebbero)\s+(?:essere\s+)?(?:variat|cambiat)|os\s+pre[çc]os\s+podem\s+(?:ter\s+)?(?:sido\s+)?alterad",
    ),
    // Affiliate payments in the six other languages: "Koopklok ontvangt mogelijk een
    // vergoeding als je via links op deze pagina iets koopt".
    gated(
        &[
            "vergoeding",
            "provision",
            "commission",
            "comisi",
            "commissione",
            "comiss",
        ],
        pat(
            F::Disclaimer,
            Anywhere,
            3,
            45,
            r"(?:ontvangt|ontvangen)\s+(?:mogelijk\s+)?een\s+(?:kleine\s+)?(?:vergoeding|commissie)|erh[äa]lt\s+(?:gegebenenfalls\s+|eventuell\s+|m[öo]glicherweise\s+)?eine\s+(?:kleine\s+)?provision|(?:peut|pourrait)\s+percevoir\s+une\s+(?:petite\s+)?commission|(?:puede|podr[íi]a)\s+recibir\s+una\s+(?:peque[ñn]a\s+)?comisi[óo]n|(?:pu[òo]|potrebbe)\s+ricevere\s+una\s+(?:piccola\s+)?commissione|(?:pode|poder[áa])\s+receber\s+uma\s+(?:pequena\s+)?comiss[ãa]o",
        ),
    ),
    // Feedback prompts: "Was this article helpful?", "¿Te ha resultado útil esta noticia?".
    pat(
        F::Share,
        Start,
        3,
        20,
        r"was\s+this\s+(?:article|story|page|post|information|alert|guide|answer|notice|update)\s+(?:helpful|useful)|¿?\s*te\s+ha\s+resultado\s+[úu]til|cet\s+article\s+vous\s+a-t-il\s+[ée]t[ée]\s+utile|war\s+(?:dieser|der)\s+(?:artikel|beitrag)\s+hilfreich|questo\s+articolo\s+ti\s+[èe]\s+stato\s+utile|este\s+artigo\s+foi\s+[úu]til|was\s+dit\s+artikel\s+nuttig|click\s+to\s+tweet\b",
    ),
    // Advertising with the publication, and an ad slot's label.
    pat(
        F::Advert,
        Start,
        3,
        40,
        r"advertise\s+(?:with|on)\s+(?:us|the\s+\S+)|werben\s+sie\s+(?:bei|mit)\s+uns|annoncez\s+(?:chez|avec)\s+nous|an[úu]nciate\s+(?:con|en)\s+nosotros|anuncie\s+(?:conosco|connosco|no\s+nosso)|pubblicizza\s+(?:con\s+noi|la\s+tua)|adverteer\s+(?:bij|met)\s+ons|(?:spazio|espacio|espa[çc]o|espace)\s+pub?blicit\w+\s*[·:|—–-]",
    ),
    // An embed's consent notice or its leftovers, in the seven languages.
    gated(
        &[
            "extern",
            "instagram",
            "post shared",
            "bericht gedeeld",
            "beitrag geteilt",
            "publication partag",
            "publicación compartida",
            "post condiviso",
            "publicação partilhada",
            "publicação compartilhada",
            "contenu",
            "contenido",
            "contenuto",
            "conteúdo",
        ],
        pat(
            F::Embed,
            Anywhere,
            3,
            40,
            r"(?:dieser|der)\s+(?:artikel|beitrag)\s+enth[äa]lt\s+(?:einen\s+)?externe[nr]?\s+inhalt|externer?\s+inhalt\s+(?:von|anzeigen)|inhalt\s+anzeigen\b|(?:bekijk|view|voir|ver|visualizza|veja)\s+(?:dit|this|cette|esta|questo|este)\s+(?:bericht|post|publication|publicaci[óo]n|publica[çc][ãa]o)\s+(?:op|on|sur|en|su|no)\s+instagram|diesen\s+beitrag\s+auf\s+instagram\s+ansehen|(?:a\s+post\s+shared|een\s+bericht\s+gedeeld|ein\s+beitrag\s+geteilt|une\s+publication\s+partag[ée]e|una\s+publicaci[óo]n\s+compartida|un\s+post\s+condiviso|uma\s+publica[çc][ãa]o\s+(?:partilhada|compartilhada))\s+(?:by|door|von|par|por|da)\s+\S|(?:contenu|contenido|contenuto|conte[úu]do)\s+(?:externe|externo|esterno|incorpor[ée]|embebido)\s+(?:de|da|di|d['’])",
        ),
    ),
    // Apps "for Android and iOS": weak, an article may say it of someone's app.
    gated(
        &["android", "app store", "google play"],
        pat(
            F::CallToAction,
            Anywhere,
            2,
            30,
            r"\b(?:f[üu]r|for|pour|para|per|voor|on|en|auf|su|op|no)\s+(?:android\s+(?:und|and|et|y|e|en|&)\s+ios|ios\s+(?:und|and|et|y|e|en|&)\s+android|(?:the\s+)?app\s+store\s+(?:und|and|et|y|e|en|&)\s+google\s+play)\b",
        ),
    ),
    // Files offered for download with their size: "Media release (PDF, 412KB)".
    gated(
        &["kb)", "mb)"],
        pat(
            F::BareLink,
            Anywhere,
            2,
            30,
            r"\((?:pdf|zip|docx?|xlsx?|pptx?|jpe?g|png|mp3|mp4)\s*,?\s*\d+(?:[.,]\d+)?\s*[kmg]b\)",
        ),
    ),
    // Affiliate links declared, in the six other languages.
    gated(
        &["affil", "afil"],
        pat(
            F::Disclaimer,
            Anywhere,
            3,
            45,
            r"contiene\s+(?:link|enlaces|links)\s+(?:di\s+affiliazione|de\s+afiliad[oa]s?|afiliad[oa]s)|contient\s+des\s+liens\s+(?:d['’]affiliation|affili[ée]s)|enth[äa]lt\s+affiliate-?links|cont[ée]m\s+links\s+(?:de\s+afiliad[oa]s?|afiliad[oa]s)|bevat\s+affiliate-?links",
        ),
    ),
    // Not a substitute for professional advice, in the six other languages.
    gated(
        &[
            "sustitu",
            "remplace",
            "substitu",
            "sostituisc",
            "ersetzt",
            "vervangt",
        ],
        pat(
            F::Disclaimer,
            Anywhere,
            3,
            45,
            r"no\s+sustituye\s+(?:al?\s+|el\s+|la\s+)?(?:asesoramiento|consejo|consulta|diagn[óo]stico)|ne\s+(?:se\s+)?(?:remplace|substitue)(?:nt)?\s+pas\s+(?:à\s+)?(?:un\s+|une\s+|l['’]\s*)?(?:avis|conseil|consultation|diagnostic)|non\s+sostituisce\s+(?:il\s+|la\s+|un\s+)?(?:parere|consulenza|consiglio|diagnosi)|n[ãa]o\s+substitui\s+(?:o\s+|a\s+|um\s+)?(?:aconselhamento|consulta|parecer|diagn[óo]stico)|ersetzt\s+(?:keine|nicht\s+die|nicht\s+eine)\s+(?:pers[öo]nliche\s+)?(?:rechts|medizinische\s+|[äa]rztliche\s+|steuer)?(?:beratung|untersuchung|diagnose)|vervangt\s+(?:geen|niet\s+het)\s+(?:persoonlijk\s+)?(?:advies|consult)",
        ),
    ),
    // --- Tags / categories ----------------------------------------------------------
    pat(
        F::Taxonomy,
        LineStart,
        3,
        40,
        r"(?:filed\s+under|tags?|tagged(?:\s+(?:with|as|in))?|cat[ée]gor(?:y|ies|ie|ia|ias|[íi]as|ien|ieën)|kategorien?|[ée]tiquettes?|etichette|schlagworte|topics?|posted\s+in|keywords|palabras\s+clave|parole\s+chiave|palavras[- ]chave|stichw[öo]rter|schlagw[öo]rter|themen|mots[- ]cl[ée]s|etiquetas|argomenti|temas(?:\s+relacionados)?|assuntos|onderwerpen|trefwoorden|sujets)\s*(?::|\s-\s|»)|filed\s+under\b",
    ),
    pat(
        F::Taxonomy,
        Whole,
        1,
        0,
        r"tags?|topics?|categories|category|archives?|blogroll|labels|related topics|filed under|explore more|sections?",
    ),
    // --- Contact ------------------------------------------------------------------------
    gated(
        &["@"],
        pat(
            F::Contact,
            Anywhere,
            1,
            40,
            r"[\w.+-]+@[\w-]+\.[\w.-]*[a-z]{2}\b",
        ),
    ),
    pat(
        F::Contact,
        LineStart,
        1,
        20,
        r"(?:tel|phone|fax|e-?mail|mail|telefon|t[ée]l[ée]phone|tel[ée]fono|telefone|whatsapp)\s*[.:]",
    ),
    pat(
        F::Contact,
        Whole,
        1,
        0,
        r"contact(?: us| the (?:newsroom|editor|webmaster))?|get in touch|mail the editor|letters? to the editor|submit (?:a|your) letter.{0,40}|send (?:us )?(?:a )?(?:news )?tip",
    ),
    // --- Social handles ------------------------------------------------------------------
    gated(
        &["@"],
        pat(
            F::Social,
            Anywhere,
            1,
            20,
            r"(?:^|\s|\()@[A-Za-z0-9_]{2,30}\b",
        ),
    ),
    // --- Author bios ------------------------------------------------------------------
    case_sensitive(pat(
        F::AuthorBio,
        LineStart,
        2,
        80,
        r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},?\s+(?:(?i:covers|writes\s+(?:about|for|on)|reports\s+(?:on|for)|edits|has\s+(?:covered|reported\s+on|written\s+(?:about|for))|has\s+been\s+(?:covering|reporting\s+on|writing\s+(?:about|for)))\b|(?i:is|was|has\s+been)\s+(?i:a|an|the|our)\s+.{0,80}\b(?i:writer|reporter|correspondent|editor|journalist|columnist|contributor|author|freelancer?|producer|analyst|fellow|professor|expert|student|graduate|blogger|founder)\b)",
    )),
    // An author note whose name is on the line above: "Periodista. Escribe sobre
    // economía regional …", "Reporter. Writes about farming and the coast."
    pat(
        F::AuthorBio,
        Start,
        2,
        20,
        r"(?:(?:writes|escribe|escreve|scrive|schreibt|[ée]crit|schrijft)\s+(?:about|on|sobre|su|di|über|sur|over)|covers|cubre|cobre|copre|couvre|berichtet\s+über)\s",
    ),
    // --- Publisher self-promotion -------------------------------------------------------
    gated(
        &[" our ", ", we "],
        quoted_ok(pat(
            F::OrgVoice,
            Anywhere,
            1,
            40,
            r"\b(?:our|we)\s+(?:[a-z]+\s+){0,3}?(?:magazine|newsletter|publication|platform|website|podcast|journalism|readers|subscribers|community|mission|editions?|brand|network|journalists|newsroom)\b|\bat\s+\p{Lu}[\w&'.-]*(?:\s+\p{Lu}[\w&'.-]*){0,4},\s+we\b",
        )),
    ),
    // "Trending now: <headline>", "Most read: <headline>": a label and a headline (which
    // does not end like a sentence).
    pat(
        F::ReadMore,
        LineStart,
        3,
        20,
        r"(?:trending(?:\s+now|\s+in\s+[^:]{1,40})?|most\s+(?:read|popular|viewed|shared)|popular\s+now|don'?t\s+miss|editor'?s'?\s+picks?|top\s+stor(?:y|ies)|also\s+on\s+[^:]{1,40}|in\s+case\s+you\s+missed\s+it|you\s+(?:may|might)\s+also\s+like|watch\s+next|more\s+(?:news|stories|coverage|reading|headlines|videos?)|from\s+(?:the|our)\s+archives?)\s*[:|»›>—–→➜➔⇒▶►▸]\s*\S(?:.*[^.\s])?\s*$",
    ),
    // Ad copy ending in its call to buy: "Bake better bread with KitchenPro. Shop now."
    pat(
        F::Advert,
        Start,
        3,
        25,
        r"(?:shop|buy|order|book)\s+(?:it\s+|yours\s+)?(?:now|today|online|here)\s*[.!]?\s*$",
    ),
    // Notices that close some sections of a site: weak, so they only go in a run.
    pat(
        F::Disclaimer,
        Start,
        2,
        60,
        r"nutrition(?:al)?\s+(?:information|facts|info)\s+(?:is|are)\s+(?:an?\s+)?(?:automatically\s+)?(?:calculated|estimated?|approximate|provided)|(?:please\s+)?(?:bet|gamble)\s+responsibly|if\s+you\s+or\s+someone\s+you\s+know\s+(?:has|is|needs)\b",
    ),
    // A masthead's legal lines: press registration, the editor legally responsible.
    gated(
        &[
            "trib",
            "direttore responsabile",
            "directeur de la publication",
            "directeur de publication",
            "directrice de la publication",
            "directrice de publication",
            "direttrice responsabile",
            "v.i.s.d.p",
            "i.s.d.p",
            "depósito legal",
            "deposito legal",
            "registo erc",
            "registro erc",
            "dnda",
            "propiedad intelectual",
            "propietario:",
        ],
        pat(
            F::Rights,
            Anywhere,
            3,
            40,
            r"\breg(?:istrazione)?\.?\s+(?:(?:al|presso\s+il|del)\s+)?trib(?:unale)?\.?\s+(?:di\s+)?\p{Lu}|\bdirett(?:ore|rice)\s+responsabile\s*:|\bdirect(?:eur|rice)\s+de\s+(?:la\s+)?publication\s*:|\bv\.\s*i\.\s*s\.\s*d\.\s*p\.|\bverantwortlich\s+i\.\s*s\.\s*d\.\s*p\.|\bdep[óo]sito\s+legal\s*:?\s*[a-z]{1,2}[\s-]*\d|\bregist(?:o|ro)\s+(?:na\s+)?erc\b|\bregistro\s+dnda\b|\bpropiedad\s+intelectual\s+n\s*[°º.]|\bpropietario\s*:\s*\p{Lu}",
        ),
    ),
    // "Listen to this article" in the seven languages, with a duration or a symbol.
    gated(
        &[
            // (lower-cased in ASCII only: "Écouter" keeps its capital)
            "listen",
            "luister",
            "ouvir",
            "ouça",
            "escuch",
            "couter",
            "ascolt",
            "anhör",
            "vorles",
            "audio",
            "áudio",
            "voorlees",
            "voorlezen",
            "hear",
            "escute",
            "hörversion",
            "minut",
            "tomará",
        ],
        pat(
            F::Listen,
            Anywhere,
            3,
            8,
            r"(?:\b(?:listen(?:\s+to)?|hear|(?:be)?luister(?:\s+naar)?|ouvir|ou[çc]a|escute|escuch(?:ar|[aá]|e)|ascolta(?:re)?)|(?:^|\s)[ée]cout(?:er|ez))\s+(?:(?:this|the|dit|het|de|a|o|esta|este|la|el|cet|cette|questo|quest['’]|l['’])\s*){0,2}(?:article|artikel|artigo|not[íi]cia|noticia|art[íi]culo|articolo|mat[ée]ria|reportagem|story|beitrag|nota)\b|\b(?:artikel|beitrag)\s+(?:anh[öo]ren|vorlesen)\b|\b(?:versi[óo]n|version|versione|vers[ãa]o)\s+(?:en\s+|em\s+)?[áa]udio\b|\b(?:voorleesversie|vorlesefunktion|audioversion)\b|\blaat\s+(?:dit\s+)?(?:artikel|verhaal)\s+voorlezen\b|\baudio\s+version\b|\bh[öo]rversion\b|\b\d+\s*minut(?:en|os|i|es)?\s+(?:lezen|leer|lesen|lire|leggere|ler|leitura|lectura|lettura|lecture)\b|\bte\s+tomar[áa]\s+\d+\s+minutos?\s+leer\b",
        ),
    ),
    // A sign-up form pasted as text: its field and button in brackets.
    gated(
        &["["],
        pat(
            F::Newsletter,
            Anywhere,
            3,
            40,
            r"\[\s*(?:sign\s+(?:me\s+)?up|subscribe(?:\s+now)?|submit|join\s+[\d,.]+\s+(?:readers|subscribers|others)|(?:your|enter(?:\s+your)?)\s+e-?mail(?:\s+address)?|e-?mail\s+address|anmelden|abonnieren|s['’]inscrire|je\s+m['’]inscris|suscribirme|suscribirse|iscriviti|inscrever|aanmelden|inschrijven)\s*\]",
        ),
    ),
    // The publication describing how it is funded: "X is a reader-supported newsroom".
    gated(
        &["supported", "funded", "powered", "owned"],
        pat(
            F::OrgVoice,
            Anywhere,
            2,
            40,
            r"\b(?:is|are)\s+(?:an?\s+)?(?:independent,?\s+|nonprofit,?\s+|non-profit,?\s+|local,?\s+)*(?:reader|member|listener|viewer|community)[- ](?:supported|funded|powered|owned)\s+(?:newsroom|news\s+(?:site|outlet|organi[sz]ation)|publication|newspaper|magazine|journalism|media)\b",
        ),
    ),
    // Registering for the publication's e-mail bulletin.
    gated(
        &["register", "sign up"],
        pat(
            F::Newsletter,
            Anywhere,
            3,
            40,
            r"\b(?:register|sign\s+up)\s+(?:for|to\s+receive)\s+(?:the\s+|our\s+)?(?:\S+\s+){0,3}?e-?(?:bulletins?|newsletters?)\b",
        ),
    ),
    // The fields of a sign-up form pasted as text: weak, so they go only with the
    // box they belong to ("Email (required)", "Your email address*").
    pat(
        F::Newsletter,
        Whole,
        1,
        0,
        r"(?:your\s+|enter\s+(?:your\s+)?)?(?:e-?mail(?:\s+address)?|first\s+name|last\s+name|full\s+name|name|zip\s*code|post\s*code|e-?mail-?adresse|adresse\s+e-?mail|correo\s+electr[óo]nico|indirizzo\s+e-?mail|e-?mailadres)\s*(?:\*|\((?:required|optional|obligatoire|obligatorio|obbligatorio|obrigat[óo]rio|verplicht|pflichtfeld)\)?|:)?",
    ),
    // The consent line under a sign-up form: "By submitting your email, you agree to
    // our Terms", "You may occasionally receive promotional content from …".
    pat(
        F::Newsletter,
        Start,
        3,
        60,
        r"by\s+(?:signing\s+up|subscribing|registering|submitting\s+(?:your|this|the)\s+(?:e-?mail|form|details)(?:\s+address)?|entering\s+your\s+e-?mail(?:\s+address)?|clicking\s+(?:subscribe|sign\s+up|submit|register)),?\s+you\s+(?:agree|acknowledge|consent|accept)\s+to\s+(?:our|the|receive)\b|you\s+(?:may|will)\s+(?:occasionally\s+)?receive\s+(?:promotional|marketing)\s+(?:content|e-?mails?|offers|messages|communications)\b",
    ),
    // Placeholders of pasted embeds in brackets: "[Chart: …]", "[Audio: …]".
    gated(
        &["["],
        pat(
            F::Embed,
            Anywhere,
            3,
            40,
            r"^\[\s*(?:chart|graph|graphic|map|audio|video|document|gallery|photo\s+gallery|interactive|podcast|embed|table|infographic|grafik|karte|tabelle|graphique|carte|vid[ée]o|gr[áa]fico|mapa|v[íi]deo|documento|grafico|mappa|galleria|kaart|grafiek|afbeelding)\s*:[^\]]*\]$",
        ),
    ),
    // An article's funding or partnership note: "This story was produced by the Local
    // Democracy Reporting service", "Cet article a été produit grâce à l'Initiative de
    // journalisme local", "This article is co-published with …", "Republish this article".
    pat(
        F::FirstAppeared,
        Start,
        3,
        60,
        r"(?:this|the\s+following)\s+(?:article|story|piece|reporting|coverage)\s+(?:is|was)\s+(?:co-?published|produced|made\s+possible|(?:co-?)?funded|supported|underwritten|written)\s+(?:with|by|through|under|thanks\s+to|in\s+(?:collaboration|partnership)\s+with|as\s+part\s+of)\b|(?:cet\s+article|dieser\s+(?:artikel|beitrag)|este\s+art[íi]culo|questo\s+articolo|este\s+artigo|dit\s+artikel)\s+(?:a\s+été|wurde|fue|[èe]\s+stato|foi|is)\s+(?:produit|réalisé|financé|ermöglicht|gefördert|produziert|realizado|producido|financiado|prodotto|realizzato|finanziato|produzido|mogelijk\s+gemaakt|gefinancierd|tot\s+stand\s+gekomen)|republish\s+(?:this|our)\s+(?:article|story)\b",
    ),
    // Leaving an e-mail address, in the seven languages: weak ("enter your email" can
    // be advice in a story), strong beside other newsletter evidence.
    gated(
        &["mail", "correo"],
        pat(
            F::Newsletter,
            Anywhere,
            2,
            40,
            r"\b(?:(?:enter|leave|drop)\s+your\s+e-?mail(?:\s+address)?|(?:lascia|inserisci|inserendo|lasciando)\s+la\s+tua\s+e-?mail|(?:laissez|entrez|indiquez|saisissez|renseignez)\s+votre\s+(?:adresse\s+)?e-?mail|(?:deja|ingresa|introduce)\s+tu\s+(?:correo|e-?mail)|(?:deixe|insira|informe)\s+(?:o\s+)?seu\s+e-?mail|(?:geben\s+sie\s+)?ihre\s+e-?mail-?adresse\s+ein|(?:vul|laat)\s+je\s+e-?mail(?:adres)?)\b",
        ),
    ),
    // Affiliate disclosures: "If you click one and buy something, we may earn a
    // commission", "When you buy through links on our site, X may take a small cut".
    gated(
        &[
            "commission",
            "affiliate",
            "when you buy",
            "a small cut",
            "a small share",
        ],
        pat(
            F::Disclaimer,
            Anywhere,
            3,
            50,
            r"\bwe\s+(?:may|might|could|will|can)\s+(?:earn|receive|get|take|make)\s+(?:a\s+)?(?:small\s+)?(?:affiliate\s+)?(?:commission|fee|cut|share\s+of\s+(?:sales|the\s+sale|revenue))\b|\bwhen\s+you\s+(?:buy|purchase|shop)\s+(?:something\s+|products?\s+)?(?:through|via|using|from)\s+(?:(?:the\s+)?links?|our)\b|\b(?:this\s+(?:article|post|page|story)\s+)?(?:contains|includes?|uses?)\s+affiliate\s+links\b",
        ),
    ),
    // "Tap to follow the Lantern's WhatsApp channel", anywhere in a short line.
    gated(
        &["tap to", "click to", "tap here to", "click here to"],
        pat(
            F::CallToAction,
            Anywhere,
            3,
            30,
            r"\b(?:tap|click)\s+(?:here\s+)?to\s+(?:follow|join|subscribe|sign\s+up|download|listen|read\s+more|get\s+(?:the|our))\b",
        ),
    ),
    // "You are here: Home > News", in the seven languages.
    pat(
        F::Menu,
        LineStart,
        3,
        30,
        r"(?:you\s+are\s+here|you['’]re\s+here|sie\s+sind\s+hier|vous\s+[êe]tes\s+ici|est[áa]s?\s+aqu[íi]|usted\s+est[áa]\s+aqu[íi]|sei\s+qui|voc[êe]\s+est[áa]\s+aqui|je\s+bent\s+hier|u\s+bent\s+hier)\s*[:>»›|]",
    ),
    // An ad slot and the line telling the reader the story goes on below it, in one
    // line: "Annuncio pubblicitario — l'articolo prosegue sotto", "Paid message · keep
    // scrolling", "Weiterlesen nach der Werbeeinblendung", "[ad placeholder — 300x250]".
    gated(
        &[
            "annuncio",
            "anúncio",
            "anuncio",
            "werbe",
            "anzeige",
            "pauta",
            "publicit",
            "pubblicit",
            "publicidad",
            "advert",
            "paid message",
            "[ad",
            "ad ·",
            "ad |",
            "ad -",
            "ad —",
            "ad break",
            "reclameblok",
        ],
        pat(
            F::Advert,
            Anywhere,
            3,
            14,
            r"^[—–~\s-]*(?:annuncio(?:\s+pubblicitario)?|pubblicit[àa]|an[úu]ncio(?:\s+publicit[áa]rio)?|anuncio|pauta|werbung|anzeige|publicit[ée]|publicidad(?:e)?|advertisement|advert|paid\s+message|reclameblok|advertentie|reclame|ad(?:\s+break)?)\s*[·•|:—–-]\s*.{0,60}(?:prosegue|continua|continúa|contin[úu]a|weiter|continues?|resumes?|keep\s+scrolling|scorri|sigue|suite|verder|gaat\s+verder|loopt\s+hieronder\s+door)|^weiterlesen\s+nach\s+der\s+(?:werbung|anzeige|werbeeinblendung)$|^\[\s*(?:ad|advertisement|advert|anzeige|publicit[ée]|publicidad)(?:\s+(?:placeholder|slot|space))?\b[^\]]*\]$",
        ),
    ),
    // Tips and news by text message: "SMS the word NEWS to 22555", "SMS the newsroom on
    // 0400 555 613".
    gated(
        &["sms", "text us", "whatsapp us"],
        pat(
            F::CallToAction,
            Anywhere,
            3,
            30,
            r"\bsms\s+(?:the\s+word\s+)?\S+\s+to\s+\d{3,6}\b|\b(?:sms|text|whatsapp)\s+(?:us|(?:the\s+)?(?:\S+\s+)?newsroom|our\s+(?:newsroom|reporters?|team))\b",
        ),
    ),
    // A poll's buttons pasted as text: "… extended? 🔘 Yes 🔘 No — View results".
    gated(
        &["results"],
        pat(
            F::Embed,
            Anywhere,
            3,
            40,
            r"\?.*\b(?:vote\s+and\s+)?(?:view|see)\s+(?:the\s+)?results\b",
        ),
    ),
    // The app, in the stores: weak ("The app is free on the App Store" can be news).
    gated(
        &["app store", "google play"],
        pat(
            F::CallToAction,
            Anywhere,
            2,
            30,
            r"\bapp\b.*\b(?:app\s+store|google\s+play)\b",
        ),
    ),
    // "By our correspondent", "Door onze verslaggever", "Von unserem Redakteur", in
    // the seven languages, with a name after it or nothing.
    pat(
        F::Byline,
        LineStart,
        3,
        12,
        r"(?:by|from|door|von|par|por|dal|da|do|de)\s+(?:our|onze|unserem|unserer|notre|nos|nuestro|nuestra|nuestros|nostro|nostra|nostri|nosso|nossa|nossos)\s+(?:(?:own|eigen|eigenen|propio|special|speciale|especial|local|lokale|lokalen)\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,2}(?:staff|reporters?|correspondents?|verslaggevers?|redacteur|redactie|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|correspondant(?:e)?s?|envoy[ée]e?\s+sp[ée]ciale?|r[ée]daction|corresponsal(?:es)?|enviad[oa]\s+especial|redacci[óo]n|inviat[oa](?:\s+speciale)?|corrispondente|redazione|correspondente|enviad[oa]|reda[çc][ãa]o)(?:\s*$|\s*[,|·—–-]|\s+\p{Lu})",
    ),
    // A sponsor's message under its label: "Publireportage · Garage de la Broye: …",
    // "Partner message from Prairie Seed Alliance: …".
    pat(
        F::Advert,
        LineStart,
        3,
        60,
        r"(?:publireportage|promoted|bezahlter\s+inhalt|contenido\s+pagado|gesponsord\s+bericht|partner\s+message(?:\s+from\s+[^:.!?]+)?|entgeltliche\s+einschaltung(?:\s+[^:.!?·|]+)?|informe\s+publicit[áa]rio|aviso\s+comercial|messaggio\s+promozionale|bezahlte\s+anzeige|contenido\s+patrocinado|conte[úu]do\s+patrocinado)\s*[:·|—–-]",
    ),
    // Tips in the other languages: "Envoyez photos et informations à …", "Stuur je
    // nieuwstip via WhatsApp".
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"envoyez(?:-nous)?\s+(?:vos\s+)?(?:photos|informations|infos|vid[ée]os|t[ée]moignages)\b|stuur\s+(?:je|uw|ons\s+je|ons\s+uw)\s+(?:nieuws)?tips?\b|schicken\s+sie\s+uns\s+(?:ihre\s+)?(?:hinweise|fotos|tipps)\b|env[íi]anos\s+(?:tus\s+)?(?:fotos|denuncias|datos|videos)\b|mandaci\s+(?:le\s+tue\s+)?(?:foto|segnalazioni)\b|envie-nos\s+(?:as\s+suas\s+|suas\s+)?(?:fotos|den[úu]ncias|informa[çc][õo]es)\b|inschrijven\s+kost\s+niets\b|ihre\s+e-?mail-?adresse\s+gen[üu]gt\b",
    ),
    // A disclosure that the article's audio is synthetic: "The audio version of this
    // article is generated by text-to-speech, a technology based on artificial
    // intelligence". An article about voice cloning does not speak of "this article".
    gated(
        &[
            "text-to-speech",
            "artificial",
            "synthetic",
            "künstlich",
            "artificiel",
            "artificiale",
            "kunstmatig",
            " ai ",
            " ai-",
            " ai.",
            " ai,",
            " ki ",
            " ki-",
            " ia ",
        ],
        pat(
            F::Listen,
            Anywhere,
            3,
            40,
            r"(?:audio|narrat|voice|stimme|voix|voz|voce|stem|vorlese|voorlees)[^.]*\b(?:this|dieses?|cet|este|esta|questo|dit|deze)\s+(?:article|story|artikels?|beitrags?|art[íi]culo|nota|articolo|artigo)\b[^.]*(?:text-to-speech|artificial|synthetic|k[üu]nstlich|artificiel|artificiale|kunstmatig|\bai\b|\bki\b|\bia\b)",
        ),
    ),
    // Text-size buttons: "A-  A  A+", "Text size: A A A".
    pat(
        F::Share,
        Whole,
        3,
        0,
        r"(?:text\s+size\s*:?\s*)?a\s*[-−–]?\s+a\s+a\s*\+?",
    ),
    // Ad labels in words: "Annuncio pubblicitario", "Werbeanzeige".
    pat(
        F::Advert,
        Whole,
        3,
        0,
        r"adv|contenido\s+publicitario|contenuto\s+pubblicitario|conte[úu]do\s+publicit[áa]rio|contenu\s+publicitaire|annuncio\s+pubblicitario|anuncio\s+publicitario|annonce\s+publicitaire|an[úu]ncio\s+publicit[áa]rio|werbeanzeige|advertentie",
    ),
    // An embed held back until allowed: "Externer Inhalt: An dieser Stelle finden Sie
    // eine Karte … Zum Anzeigen bitte … erlauben."
    pat(
        F::Embed,
        LineStart,
        3,
        60,
        r"(?:externer?\s+inhalt|external\s+content|contenu\s+externe|contenido\s+externo|contenuto\s+esterno|conte[úu]do\s+externo|externe\s+inhoud)\s*[:.]",
    ),
    // A live radio player: "🔴 Écouter le direct · En ce moment : Midi Région".
    pat(
        F::Listen,
        LineStart,
        3,
        20,
        r"(?:[ée]couter|[ée]coutez)\s+le\s+direct|listen\s+live\b|escuch[aá](?:r)?\s+en\s+vivo|ascolta\s+la\s+diretta|live\s+h[öo]ren|luister\s+live|ouvir\s+(?:ao\s+vivo|em\s+direto)",
    ),
    // Argentine and Uruguayan calls to follow or join: "Seguinos en Google News",
    // "Sumate a nuestro canal".
    pat(
        F::CallToAction,
        Start,
        3,
        30,
        r"seguinos\b|s[íi]g(?:a|ue)nos\s+en\s+(?:redes|las\s+redes|facebook|instagram|x|twitter|tiktok|youtube)\b|sumate\s+a\s+(?:nuestr[oa]|la|el)\b|suscribite\b",
    ),
    // "Sponsored Content by Embassy Valley Bank: …"
    pat(
        F::Advert,
        LineStart,
        3,
        40,
        r"(?:sponsored|paid|promoted|partner)\s+(?:content|post|story|feature)\s+(?:by|from|with)\b",
    ),
    // "FREE TO READ", "Landbote Plus": labels of a paywall's tiers.
    pat(
        F::Access,
        Whole,
        2,
        0,
        r"free\s+to\s+read|free\s+article|gratis\s+artikel|kostenlos\s+lesen|article\s+gratuit|art[íi]culo\s+gratuito|articolo\s+gratuito|artigo\s+gratuito|gratis\s+te\s+lezen|[\p{L}-]+\s+(?:plus|premium)",
    ),
    // Links to a publication's standards: "Why you can trust KMP", "Our editorial
    // standards", "Ethics policy".
    pat(
        F::Disclaimer,
        Whole,
        3,
        0,
        r"why\s+you\s+can\s+trust\s+.{1,40}|(?:our\s+)?(?:editorial\s+)?(?:standards|principles|ethics)(?:\s+(?:and|&)\s+(?:ethics|standards|practices|policies))?|(?:editorial|ethics|corrections?)\s+(?:policy|policies|guidelines)|how\s+we\s+(?:report|work|fact-check)",
    ),
    // A publication's job ads: "The Lantern is hiring! Paid section editor positions
    // are open …". Someone else hiring in a story names no publication: weak.
    pat(
        F::CallToAction,
        Start,
        2,
        40,
        r"(?:we(?:'re|’re|\s+are)|(?:\S+\s+){1,4}(?:is|are))\s+(?:now\s+)?hiring\b",
    ),
    // A tip line: "Got a news tip or a photo from your neighborhood? Send it to …".
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"(?:got|have|had)\s+a\s+(?:news\s+)?(?:tip|story\s+(?:tip|idea))\b[^.?!]{0,80}\?",
    ),
    // Buttons: "+ FOLLOW Transport", "★ Add to favourites", "Save for later".
    pat(
        F::CallToAction,
        Whole,
        2,
        0,
        r"\+?\s*follow\s+[^\s.!?,]+(?:\s+[^\s.!?,]+)?",
    ),
    pat(
        F::Share,
        Whole,
        3,
        0,
        r"(?:add\s+to|save\s+to)\s+(?:my\s+)?(?:favou?rites|bookmarks|reading\s+list|list)|save\s+(?:for\s+later|(?:this\s+)?(?:article|story))|(?:artikel\s+)?merken|zur\s+merkliste\s+hinzuf[üu]gen|(?:ajouter\s+[àa]\s+)?(?:mes\s+)?favoris|guardar(?:\s+(?:en\s+favoritos|art[íi]culo))?|salva(?:\s+(?:nei\s+preferiti|articolo))?|guardar\s+para\s+depois|(?:artikel\s+)?opslaan|bewaar(?:\s+artikel)?|(?:save|bewaar|salva|guarda|guardar|speichern|merken|enregistrer|sauvegarder|opslaan)\s+(?:(?:this|the|dit|deze|het|questo|questa|nel|nella|nei|il|la|este|esta|en|el|cet|cette|dans|le|les|mes|dieses|diesen|den|im|in|no|na|o|a)\s+){0,2}(?:article|story|recipe|post|artikel|recept|ricetta|ricettario|articolo|receta|recetario|art[íi]culo|recette|carnet\s+de\s+recettes|rezept|rezeptbuch|beitrag|receita|artigo|preferiti|favoritos|favoris|favorieten|leeslijst|merkliste|reading\s+list|bookmarks)",
    ),
    // Sharing asked of the reader with the article as object: "Compártela con tus
    // contactos", "Condividilo con i tuoi amici".
    pat(
        F::Share,
        Start,
        3,
        10,
        r"(?:comp[aá]rte(?:la|lo)|comp[aá]rtanla|condividil[oa]|partagez(?:-le|-la)?|teilen\s+sie\s+(?:diesen|den|ihn)|deel\s+(?:dit|het|deze)|partilhe(?:-a|-o)?|compartilhe(?:-a|-o)?)\b",
    ),
    // An acknowledgement of country at the foot of an Australian page.
    gated(
        &["elders"],
        pat(
            F::Disclaimer,
            Anywhere,
            3,
            60,
            r"acknowledges?\b.{0,160}\b(?:pays?|paying)\s+(?:our\s+|their\s+|its\s+)?respects?\s+to\s+(?:their\s+|its\s+)?elders\s+past",
        ),
    ),
    // A poll's answers pasted with their radio buttons: "○ Ja ○ Nein ○ Weiß nicht".
    gated(
        &["○", "◯", "🔘", "☐"],
        pat(
            F::Embed,
            Anywhere,
            3,
            60,
            r"[○◯🔘☐]\s*\S[^○◯🔘☐]*[○◯🔘☐]\s*\S",
        ),
    ),
    // Who owns what is published: "All materials on this site are the property of …",
    // "Todos los contenidos son propiedad de …", "Textos, fotos e vídeos publicados
    // aqui pertencem ao …".
    gated(
        &[
            "property",
            "propiedad",
            "propriedade",
            "propriet",
            "eigentum",
            "eigendom",
            "pertencem",
            "appartien",
            "pertenecen",
            "appartengono",
            "behoren",
        ],
        pat(
            F::Rights,
            Anywhere,
            3,
            40,
            r"\b(?:all\s+)?(?:materials?|contents?|texts?|articles?|stories|contenidos?|conte[úu]dos?|contenuti|inhalte|contenus?|inhoud|textos|testi|textes|teksten)\b[^.!?]{0,60}\b(?:are|is|son|s[ãa]o|sono|sind|sont|zijn)\s+(?:the\s+)?(?:exclusive\s+)?(?:property|propiedad|propriedade|propriet[àa]|eigentum|propri[ée]t[ée]|eigendom)\s+(?:of|de|da|do|di|des|du|van|von)\b|\b(?:all\s+)?(?:materials?|contents?|texts?|articles?|stories|contenidos?|conte[úu]dos?|contenuti|inhalte|contenus?|inhoud|textos|testi|textes|teksten)\b[^.!?]{0,60}\b(?:pertencem|appartiennent|pertenecen|appartengono|behoren|geh[öo]ren)\s+(?:ao|[àa]|a|al|alla|aan|dem|der)\b",
        ),
    ),
    // The publication naming its owner ("Ashanti Lens is a product of Offinso Digital
    // Media Ltd"): weak, strong beside the publication's own name.
    gated(
        &[
            "product of",
            "publication of",
            "division of",
            "subsidiary of",
            "brand of",
            "title of",
            "publicación de",
            "producto de",
            "marca de",
            "publication de",
            "filiale de",
            "filiale d",
            "publicação d",
            "produto d",
            "pubblicazione d",
            "testata d",
            "prodotto d",
            "produkt d",
            "marke d",
            "titel d",
            "uitgave van",
            "product van",
        ],
        pat(
            F::OrgVoice,
            Anywhere,
            2,
            40,
            r"(?:^|\s)(?:is|es|est|[èé]|ist)\s+(?:a|an|una|un|une|uma|ein|eine|een)\s+(?:product|publication|division|subsidiary|brand|title|publicaci[óo]n|producto|marca|filiale|publica[çc][ãa]o|pubblicazione|testata|produkt|marke|titel|uitgave)\s+(?:of|de|del|da|do|di|della|du|des|von|der|van)\s+\p{Lu}",
        ),
    ),
    // Reporting an error, in the seven languages.
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"(?:sie\s+haben\s+einen\s+fehler|fehler\s+(?:im\s+text\s+)?(?:entdeckt|gefunden))|(?:reportar|comunicar|assinalar)\s+(?:um\s+|un\s+)?erro(?:r)?\b|vous\s+avez\s+(?:rep[ée]r[ée]|trouv[ée]|vu|constat[ée])\s+une\s+erreur|signaler\s+une\s+erreur|(?:encontraste|viste|detectaste)\s+un\s+error|(?:hai\s+trovato|hai\s+notato|segnala(?:ci)?)\s+un\s+errore|(?:fout\s+gezien|zie\s+je\s+een\s+fout|fout\s+melden)|(?:think|believe)\s+we(?:'ve|’ve|\s+have)\s+got\s+(?:a\s+fact|something)\s+wrong",
    ),
    // Turning on notifications, in the seven languages.
    pat(
        F::CallToAction,
        Start,
        3,
        30,
        r"(?:turn\s+on|enable|switch\s+on)\s+(?:push\s+)?notifications|activ(?:a|e|ez)\s+(?:las\s+|as\s+|les\s+)?notifica(?:ciones|[çc][õo]es|tions)|attiva\s+le\s+notifiche|zet\s+(?:je\s+)?meldingen\s+aan|benachrichtigungen\s+(?:aktivieren|einschalten)",
    ),
    // Notices about the reader's access to the article, left by a paywall.
    gated(
        &[
            "free to read",
            "reading one of",
            "gift this",
            "gifts left",
            "gifts remaining",
            "articles left",
            "articles remaining",
            "stories left",
            "abos",
            "abonnement",
            "accès libre",
            "acceso libre",
            "gratuito",
            "gratis te lezen",
            "in chiaro",
            "assinantes",
            "voorbehouden",
            "réservé",
            "reserve",
            "exklusiv",
            "abonné",
            "subscriber",
            "abonnent",
            "suscriptor",
            "abbonat",
            "assinante",
            "abonnee",
        ],
        pat(
            F::Access,
            Anywhere,
            3,
            25,
            concat!(
                r"\b(?:this|the)\s+(?:news\s+|full\s+)?(?:article|story|piece)\s+is\s+free\s+to\s+read\b",
                r"|\byou(?:'re|’re|\s+are)\s+reading\s+(?:one\s+of\s+your|your|a)\s+(?:\d+\s+|last\s+)?(?:free|included|complimentary|gifted|premium)\s+(?:articles?|stories)\b",
                r"|\bgift\s+this\s+(?:article|story)\b",
                // A count of what is left, opening the line or a clause of its own.
                r"|(?:^|[—–:·|]\s*|\byou\s+have\s+)\d+\s+(?:free\s+)?(?:gifts?|articles?|stories)\s+(?:left|remaining)\b",
                r"|\b(?:dieser|der)\s+(?:beitrag|artikel)\s+ist\s+(?:teil\s+(?:ihres|des)\s+[\w-]*abos?|(?:kostenlos|frei)\s+(?:zug[äa]nglich|lesbar))\b",
                r"|\b(?:cet|l')\s*article\s+est\s+en\s+acc[èe]s\s+libre\b",
                r"|\b(?:este|el)\s+(?:art[íi]culo|contenido)\s+es\s+(?:gratuito|de\s+acceso\s+libre)\b",
                r"|\b(?:questo|l')\s*articolo\s+[èe]\s+(?:gratuito|in\s+chiaro)\b",
                r"|\b(?:este|o)\s+(?:artigo|conte[úu]do)\s+[ée]\s+(?:gratuito|exclusivo\s+para\s+assinantes)\b",
                r"|\b(?:dit|het)\s+(?:artikel|stuk)\s+is\s+(?:gratis\s+te\s+lezen|onderdeel\s+van\s+(?:je|uw)\s+abonnement)\b",
                // Reserved for subscribers, and the sign-in prompt beside it.
                // (at the start of the line, perhaps after a brand's mark: seats or
                // tickets "reserved for subscribers" are news)
                r"|^(?:\S+\s+)?(?:(?:dit|het)\s+(?:artikel|verhaal|stuk)\s+is\s+)?voorbehouden\s+(?:voor|aan)\s+(?:abonnees|leden)\b",
                r"|^(?:\S+\s+)?(?:(?:cet\s+)?(?:article|contenu)\s+)?(?:est\s+)?r[ée]serv[ée]e?s?\s+aux\s+(?:abonn[ée]s|membres)\b",
                r"|^(?:\S+\s+)?(?:(?:this\s+)?(?:article|story|content)\s+)?(?:is\s+)?reserved\s+for\s+(?:subscribers|members)\b",
                r"|^(?:exklusiv|nur)\s+f[üu]r\s+(?:\S+\s+)?\S*?(?:leser(?:innen)?|abonnent(?:inn)?en|mitglieder)\b",
                r"|\b(?:d[ée]j[àa]\s+abonn[ée]e?|already\s+a\s+(?:subscriber|member)|bereits\s+abonnent(?:in)?(?:\s+oder\s+abonnent(?:in)?)?|ya\s+(?:eres|soy)\s+suscriptora?|gi[àa]\s+abbonat[oa]|j[áa]\s+(?:[ée]s?|sou)\s+assinante|al\s+abonnee)\s*\?",
            ),
        ),
    ),
    // A premium label alone on a line: "Plus-Artikel", "Abo-artikel", "Premium".
    pat(
        F::Access,
        Whole,
        2,
        0,
        r"(?:plus|abo|premium|abonnenten)[- ]?(?:artikel|inhalt)|article\s+(?:r[ée]serv[ée]\s+aux\s+abonn[ée]s|abonn[ée]s?)|exclusivo\s+(?:para\s+)?(?:suscriptores|assinantes)|(?:premium|subscriber|members?)[- ]only(?:\s+(?:article|story|content))?",
    ),
    // A brand's premium mark alone on a line: "WC+", "HK+".
    case_sensitive(pat(F::Access, LineStart, 1, 1, r"\p{Lu}{1,4}\s?\+$")),
    // Delivery to the reader's inbox, in the seven languages: weak alone ("… in your
    // inbox" may be a story about e-mail), strong beside a word for a newsletter.
    gated(
        &[
            "inbox", "postfach", "boîte", "boite", "correo", "bandeja", "buzón", "casella",
            "posta", "caixa", "correio", "mailbox", "mail",
        ],
        pat(F::Newsletter, Anywhere, 2, 40, INBOX),
    ),
    gated(
        &[
            "newsletter",
            "nieuwsbrief",
            "boletín",
            "boletin",
            "boletim",
            "bulletin",
            "lettre",
        ],
        pat(F::Newsletter, Anywhere, 3, 40, NEWSLETTER_TO_INBOX),
    ),
    gated(
        &["traditional owners", "traditional custodians"],
        pat(
            F::Disclaimer,
            Anywhere,
            2,
            60,
            r"\backnowledges?\s+the\s+traditional\s+(?:owners|custodians)\b",
        ),
    ),
    // Licences and company registration numbers: weak, so they only go in a run.
    gated(
        &[
            "creative commons",
            "cc by",
            "cc-by",
            "cc0",
            "licensed under",
            "licenced under",
        ],
        pat(
            F::Rights,
            Anywhere,
            2,
            40,
            r"\bcreative\s+commons\b|\bcc[- ]by(?:-[a-z]{2})*(?:\s+\d\.\d)?\b|\bcc0\b|\b(?:content|text|articles?|this\s+(?:article|work|post))\s+(?:is\s+)?licen[cs]ed\s+under\b",
        ),
    ),
    gated(
        &[
            "p.iva",
            "p. iva",
            "partita iva",
            "kvk",
            "btw",
            "cnpj",
            "hrb",
            "ust-id",
            "siret",
            "siren",
            "rcs ",
            "au capital de",
        ],
        pat(
            F::Rights,
            Anywhere,
            2,
            40,
            r"\b(?:p\.?\s?iva|partita\s+iva|kvk(?:-nummer)?|cnpj|hrb|ust-?id(?:nr)?\.?|siret|siren|rcs\s+\p{L}+)\b\.?\s*:?\s*(?:[a-z]{2})?\s?\d|\bbtw(?:-?nr\.?)?\s*:?\s*nl\s?\d|\bau\s+capital\s+de\s+\d",
        ),
    ),
    // Calls to follow in other languages, with an object like the English ones.
    with_object(pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"(?:siga|sigam|sigue|seguid|segui|seguite|suivez|folgen\s+sie|folge|volg)\s+[\p{L}@#“'‘]",
    )),
    // Newsletter offers and sign-up calls in other languages: a sign-up verb and a
    // newsletter (or, in German, "jetzt … abonnieren") on one short line.
    gated(
        &[
            "abonnieren",
            "registrieren",
            "herunterladen",
            "bestellen",
            "anmelden",
            "inscri",
            "abonnez",
            "suscr",
            "apúntate",
            "apuntate",
            "recib",
            "iscriviti",
            "inscreva",
            "assine",
            "aanmelden",
            "inschrijven",
            "meld je aan",
            "schrijf je in",
        ],
        pat(
            F::Newsletter,
            Anywhere,
            2,
            40,
            r"\b(?:newsletter|nieuwsbrief|bolet[íi]n|infolettre|lettre\s+d'information)\b.*(?:abonnieren|bestellen|anmelden|inscri(?:vez|re|ption)|abonnez|suscr[íi]b|ap[úu]ntate|iscriviti|inscreva|assine|aanmelden|inschrijven|meld\s+je\s+aan)|(?:abonnieren|abonnez-vous|inscrivez-vous|suscr[íi]bete|ap[úu]ntate|iscriviti|inscreva-se|assine|meld\s+je\s+aan|schrijf\s+je\s+in|recib[ae])\b.*\b(?:newsletter|nieuwsbrief|bolet[íi]n|infolettre)\b",
        ),
    ),
    gated(
        &[
            "abonnieren",
            "registrieren",
            "herunterladen",
            "bestellen",
            "weiterlesen",
        ],
        pat(
            F::CallToAction,
            Anywhere,
            3,
            40,
            r"\bjetzt\b[^.!?]*\b(?:abonnieren|registrieren|herunterladen|bestellen|weiterlesen)\b",
        ),
    ),
    // Author notes in other languages: "Katrin Wendler ist Redakteurin im Lokalressort".
    case_sensitive(pat(
        F::AuthorBio,
        LineStart,
        2,
        80,
        r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:ist|est|es|è|é)\s+(?:(?i:ein|eine|un|une|una|uno|um|uma|de|la|le|el|il|o|a)\s+)?(?:[\p{L}-]+\s+){0,3}(?i:redakteur(?:in)?|reporter(?:in)?|critique|critic|kritiker(?:in)?|cr[íi]tic[oa]|recensent|korrespondent(?:in)?|journalist(?:in|e|a)?|autor(?:in|a)?|auteure?|autore|giornalista|jornalista|periodista|redactora?|rep[óo]rter|correspondente?|corrispondente|chroniqueu(?:r|se)|r[ée]dact(?:eur|rice))\b",
    )),
    pat(
        F::AuthorBio,
        LineStart,
        3,
        80,
        r"(?:zur\s+person|over\s+de\s+auteur|about\s+the\s+author|[àa]\s+propos\s+de\s+l'auteure?|sobre\s+(?:el|la|o|a)\s+autora?|sull'autore|[üu]ber\s+(?:den|die)\s+autor(?:in)?)\s*:",
    ),
    // "Gwenaëlle Le Floch suit l'actualité des transports": a name and what the writer
    // covers, in the other languages (the English form is in the author-bio pattern).
    case_sensitive(pat(
        F::AuthorBio,
        LineStart,
        2,
        60,
        r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:(?:berichtet\s+(?:seit|über|aus|für)|schreibt(?:\s+seit\s+\d{4})?\s+(?:über|für)|[ée]crit\s+sur|escribe\s+sobre|cubre\s+la\s+informaci[óo]n|scrive\s+di|segue\s+la\s+cronaca|escreve\s+sobre|acompanha\s+(?:temas|a\s+atualidade)|volgt\s+voor|schrijft\s+over)\b|(?:suit|couvre)\s+l['’]actualit(?:é|e\b)|segue\s+l['’]attualit(?:à|a\b))",
    )),
    // Polls embedded between paragraphs.
    pat(
        F::Embed,
        LineStart,
        3,
        60,
        r"(?:quick\s+|reader\s+)?(?:poll|umfrage|sondage|encuesta|sondaggio|sondagem|peiling)\s*[:|—–-]",
    ),
    // A caption ending in its credit: "… in 2022. Photo by Jordan Lacey /Gazette".
    gated(
        &["photo", "courtesy", "fotograf"],
        case_sensitive(pat(
            F::ImageCredit,
            Anywhere,
            3,
            60,
            r"\b(?:(?i:photo|image|picture)\s+(?i:by|courtesy\s+of)|(?i:fotograf[íi]a)\s*:)\s*\p{Lu}[\p{Latin}.'’ -]{1,40}(?:/\s*\p{L}[\p{Latin}.'’ -]{1,40})?\s*\.?$",
        )),
    ),
    // --- Added families and variants ---------------------------------------------------
    pat(
        F::Newsletter,
        Start,
        3,
        40,
        r"no\s+spam\b|(?:you\s+can\s+)?unsubscribe\s+(?:at\s+)?any\s*time|we(?:'ll|\s+will)\s+never\s+(?:share|sell)\s+your",
    ),
    pat(
        F::Dateline,
        LineStart,
        1,
        15,
        r"(?:published|updated|posted|date|news\s+date|last\s+updated|modified|first\s+published)\s*(?:on|at)?\s*:",
    ),
    gated(
        &["categor", "tags", "topics", "filed under"],
        pat(
            F::Taxonomy,
            Anywhere,
            3,
            15,
            r"\b(?:categor(?:y|ies)|tags|topics|filed\s+under)\s*:\s*\S",
        ),
    ),
    pat(
        F::ImageCredit,
        Whole,
        3,
        0,
        r"photo credits?|image credits?|picture credits?|credits",
    ),
    // Page widgets, in the seven languages: an obituary's guest book and flowers, a
    // gift link, a live page's refresh prompt, a comment count, an embed's label, a
    // paywall's prompt.
    pat(
        F::CallToAction,
        Start,
        3,
        10,
        r"(?:sign|view)\s+(?:the\s+)?guest\s*book|send\s+flowers\b|share\s+(?:a\s+)?(?:memory|memories|condolences?)\b|light\s+a\s+(?:virtual\s+)?candle\b|leave\s+(?:a\s+)?condolences?\b",
    ),
    pat(
        F::Share,
        Start,
        3,
        12,
        r"(?:gift|give)\s+(?:this\s+)?(?:article|story)\b|offrez(?:-le|\s+cet\s+article)\b|(?:diesen\s+)?artikel\s+verschenken\b|regala\s+(?:este|questo)\s+art[íi]colo\b|ofere[çc]a\s+(?:este\s+artigo|esta\s+mat[ée]ria)\b|(?:geef|schenk)\s+(?:dit|het)\s+artikel\b",
    ),
    pat(
        F::Listen,
        Start,
        3,
        12,
        r"refresh\s+(?:this|the)\s+page\s+(?:for|to\s+see)\b|actualise[zr]\s+(?:cette|la)\s+page\b|actualice\s+(?:esta|la)\s+p[áa]gina\b|aggiorna(?:re)?\s+(?:questa|la)\s+pagina\b|atualize\s+(?:esta|a)\s+p[áa]gina\b|ververs\s+(?:deze|de)\s+pagina\b|seite\s+(?:neu\s+laden|aktualisieren)\b",
    ),
    pat(
        F::Comments,
        Whole,
        3,
        0,
        r"(?:[\p{Latin}\d/' ]{1,30})?\(?\d+\s+(?:comments?|commentaires?|comentarios?|commenti|commento|coment[áa]rios?|reacties|reactie|kommentare?)\)?(?:\s*[—–|·-]\s*[\p{Latin}' ]{1,40})?|(?:comments?|replies|reply|commentaires?|comentarios?|commenti|coment[áa]rios?|reacties|kommentare?)\s*\(\d+\)?",
    ),
    pat(
        F::Embed,
        Start,
        3,
        60,
        r"embedded\s+(?:post|tweet|video|content|media)\s+from\b",
    ),
    pat(
        F::Access,
        Start,
        3,
        20,
        r"subscribe\s+(?:now\s+)?to\s+(?:read|continue\s+reading|keep\s+reading|unlock)\b|subscriber\s+exclusive\b|exclusive\s+(?:to|for)\s+subscribers\b",
    ),
    // More furniture of a page, in the seven languages: reading times written with a
    // hyphen, republication offers, live radio, free-to-read notices, "the story
    // continues below the ad", lead-ins to earlier coverage, push notifications,
    // complaints processes, mastheads, sponsors of a section, login prompts, press
    // releases' closing blocks.
    pat(
        F::Listen,
        Start,
        3,
        20,
        r"\d{1,2}[-\s]min(?:ute)?s?\s+(?:read|listen)\b|on\s+air(?:\s+now)?\s*:|(?:hear|listen\s+to)\s+the\s+full\s+(?:interview|conversation|episode|programme|program)\b",
    ),
    pat(
        F::FirstAppeared,
        Start,
        3,
        25,
        r"(?:this\s+(?:story|article)\s+is\s+)?free\s+to\s+republish\b|republish\s+this\s+(?:story|article)\b",
    ),
    pat(
        F::Access,
        Start,
        3,
        12,
        r"free\s+to\s+read\s+(?:this\s+week|today|for\s+(?:everyone|all))\b|vous\s+lisez\s+un\s+article\s+r[ée]serv[ée]|you(?:'re|’re|\s+are)\s+reading\s+a\s+(?:subscriber|premium|members?)[- ]only\b|weiterlesen\s+mit\s+\S+|log\s+in\s+met\s+je\s+abonnee|log\s+in\s+(?:with|to)\s+your\s+(?:subscriber\s+)?account\b",
    ),
    pat(
        F::Advert,
        Start,
        3,
        12,
        r"la\s+nota\s+sigue\s+(?:debajo|abajo|despu[ée]s)|(?:el\s+art[íi]culo|la\s+noticia)\s+contin[úu]a\s+(?:debajo|abajo|despu[ée]s)|l'article\s+continue\s+(?:ci-dessous|apr[èe]s)|der\s+artikel\s+geht\s+(?:unten|nach\s+der\s+(?:anzeige|werbung))\s+weiter|l'articolo\s+continua\s+(?:sotto|dopo)|a\s+(?:mat[ée]ria|not[íi]cia)\s+continua\s+(?:abaixo|ap[óo]s)|het\s+artikel\s+gaat\s+(?:verder\s+)?(?:hieronder|onder)|het\s+(?:artikel|verhaal|bericht)\s+(?:loopt|gaat)\s+(?:hieronder|onder\s+de\s+advertentie|na\s+de\s+advertentie)\s+verder|continue\s+(?:a\s+)?lendo\s+(?:ap[óo]s|abaixo|depois)|contin[úu]a\s+leyendo\s+(?:despu[ée]s|debajo|abajo)|continua\s+a\s+leggere\s+(?:sotto|dopo)|lesen\s+sie\s+(?:unten|nach\s+der\s+(?:anzeige|werbung))\s+weiter|weiterlesen\s+(?:unter|nach)\s+der\s+(?:anzeige|werbung)|(?:\w+\s+){0,3}(?:coverage|content|section|reports?|forecasts?)\s+(?:is\s+|are\s+)?(?:(?:sponsored|presented|powered|brought\s+to\s+you)\s+by|in\s+(?:association|partnership)\s+with)\b",
    ),
    pat(
        F::ReadMore,
        LineStart,
        3,
        30,
        r"(?:background\s+reading|earlier\s+coverage|previous(?:ly)?\s+(?:coverage|reported)|related\s+reading|eerder\s+over\s+dit\s+onderwerp|eerder\s+verschenen|bisher\s+erschienen|zuvor\s+berichtet)\s*[:→➜▸»›|]",
    ),
    pat(
        F::CallToAction,
        Start,
        3,
        25,
        r"(?:turn\s+on|enable|allow|activate)\s+(?:push\s+)?notifications\b|zet\s+(?:de\s+)?pushmeldingen\s+aan|push-?(?:benachrichtigungen|mitteilungen)\s+aktivieren|activ(?:ez|er)\s+(?:les\s+)?notifications|activa\s+(?:las\s+)?notificaciones|attiva\s+(?:le\s+)?notifiche|ative\s+(?:as\s+)?notifica[çc][õo]es|want\s+your\s+company'?s\s+news\s+featured\b",
    ),
    pat(
        F::Disclaimer,
        Start,
        3,
        50,
        r"complaints?\s+about\s+(?:this|our)\s+(?:article|story|coverage|journalism)\b|(?:this\s+(?:news|press)\s+release\s+contains\s+)?forward-looking\s+statements\b|neither\s+the\s+.{1,40}\s+exchange\s+nor\b",
    ),
    pat(
        F::OrgVoice,
        Start,
        3,
        40,
        r"published\s+(?:every|each)\s+\S+\s+by\b",
    ),
    pat(
        F::Contact,
        Whole,
        3,
        0,
        r"media\s+contacts?|press\s+contacts?|contact\s+presse|pressekontakt|contacto\s+de\s+prensa|contatto\s+stampa|contacto\s+para\s+a\s+imprensa|perscontact",
    ),
    case_sensitive(pat(
        F::FirstAppeared,
        LineStart,
        3,
        12,
        r"SOURCE\s+\p{Lu}[^\n]{1,60}$",
    )),
    // Credits in words: "Foto di Giovanna Pirastu", "Photo by Ana Ruiz" alone.
    pat(
        F::ImageCredit,
        Whole,
        3,
        0,
        r"(?:foto(?:grafia)?|photos?|bild|beeld|imagem|imagen|immagine)\s+(?:di|de|by|von|van|par|door|da)\s+[\p{Latin}.'’ -]{2,40}",
    ),
    // A poll's buttons and label.
    intro(pat(
        F::Embed,
        Whole,
        3,
        0,
        r"vote|abstimmen|voter|votar|vota|stem|submit\s+vote|view\s+results|ergebnis(?:se)?\s+anzeigen|voir\s+les\s+r[ée]sultats|ver\s+resultados|vedi\s+(?:i\s+)?risultati|bekijk\s+(?:de\s+)?resultaten|umfrage|quick\s+poll|sondage|encuesta|sondaggio|enquete|peiling",
    )),
    // Who wrote and photographed it, under a label: "Report: Gareth Hollins, …",
    // "Testo e foto di Nadia Pedrazzini", "Text und Fotos: Anna Roth".
    // (Case-sensitive: the name is capitalised; "Report: the council overspent …"
    // is a story.)
    gated(
        &["words", "report", "text", "testo", "tekst"],
        case_sensitive(pat(
            F::Byline,
            Anywhere,
            3,
            12,
            r"^[^\p{L}\d]{0,6}(?i:words|report|reporting|texte|testo|texto|tekst|text)(?:\s+(?i:and|und|e|y|et|en)\s+(?i:photos?|pictures|fotos?|foto's|bilder))?\s*(?::|(?i:by|von|di|de|par|door)\s)\s*\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+",
        )),
    ),
    // Other versions and editions of the story: "As seen in print, p.34", "Read this
    // story in Traditional Chinese", "Cet article est également disponible en
    // français".
    pat(
        F::FirstAppeared,
        Start,
        3,
        20,
        r"as\s+seen\s+in\s+(?:print|the\s+paper)\b|read\s+this\s+(?:story|article)\s+in\s+\S+|(?:cet\s+article|this\s+(?:story|article)|dieser\s+artikel|este\s+art[íi]culo|questo\s+articolo|este\s+artigo|dit\s+artikel)\s+(?:est\s+(?:[ée]galement\s+)?disponible|is\s+(?:also\s+)?available|ist\s+auch\s+(?:auf|in)|(?:tambi[ée]n\s+)?est[áa]\s+disponible|[èe]\s+(?:anche\s+)?disponibile|(?:tamb[ée]m\s+)?est[áa]\s+dispon[íi]vel|is\s+ook\s+beschikbaar)\s+(?:en|in|auf|em)\b",
    ),
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"send\s+(?:us\s+)?your\s+[^.]{1,60}\bto\s+[\w.+-]+@",
    ),
    pat(
        F::Listen,
        Start,
        3,
        30,
        r"new\s+episode\s+(?:of|from)\b|(?:nouvel|nuevo|nuovo|novo|nieuwe|neue)\s+(?:[ée]pisode|episodio|epis[óo]dio|aflevering|folge)\b",
    ),
    // A gallery's counter alone on a line: "3 / 12", "Photo 2 of 6", "Bild 4 von 9".
    pat(
        F::Embed,
        Whole,
        2,
        0,
        r"(?:(?:photo|image|picture|slide|bild|foto|diapositive|immagine|imagem|afbeelding)\s+)?\d{1,3}\s*(?:/|of|von|de|sur|di|van)\s*\d{1,3}",
    ),
    // The Guardian's marker where a newsletter box was: "after newsletter promotion".
    pat(
        F::Newsletter,
        Whole,
        3,
        0,
        r"(?:skip\s+past\s+)?(?:after\s+)?newsletter\s+promotion",
    ),
    // "Worth reading: …", "Lesenswert: …".
    pat(
        F::ReadMore,
        LineStart,
        3,
        30,
        r"(?:worth\s+(?:reading|a\s+read)|lesenswert|[àa]\s+lire|da\s+leggere|vale\s+a\s+pena\s+ler|de\s+lectura\s+recomendada|het\s+lezen\s+waard)\s*:",
    ),
    // Who paid for the reporting, in the story's own words: "This investigation was
    // produced with support from …", "Esta investigación fue realizada con el apoyo
    // de la beca …". (A project or a plan in the story is funded by someone: its
    // nouns are not here.)
    pat(
        F::Disclaimer,
        Start,
        3,
        45,
        r"(?:this|esta|este|questa|questo|diese[rs]?|cette|ce|dit|deze)\s+(?:story|article|investigation|report|reporting|investigaci[óo]n|reportaje|art[íi]culo|inchiesta|articolo|reportagem|artigo|recherche|artikel|bericht|enqu[êe]te|reportage|onderzoek|verhaal)\s+(?:was|is|fue|es|foi|[ée]|[èe]\s+stat[ao]|wurde|a\s+[ée]t[ée]|werd)\s+(?:\S+\s+){0,2}?(?:made\s+possible|funded|supported|produced\s+with\s+(?:support|funding)|realizad[ao]\s+con\s+(?:el\s+)?apoyo|financiad[ao]|realizzat[ao]\s+con\s+il\s+sostegno|finanziat[ao]|apoiad[ao]|realizad[ao]\s+com\s+(?:o\s+)?apoio|gef[öo]rdert|unterst[üu]tzt|financ[ée]e?|soutenue?|r[ée]alis[ée]e?\s+avec\s+(?:le\s+)?soutien|gefinancierd|mogelijk\s+gemaakt)\b",
    ),
    // A photo credit in brackets: "(Kofi Marchetti for The Tallgrass Ledger)".
    case_sensitive(pat(
        F::ImageCredit,
        LineStart,
        2,
        12,
        r"\(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+(?:for|f[üu]r|pour|para|per|voor)\s+[^()]{2,60}\)$",
    )),
    // A photographer and an outlet alone on a line: "Dolores Achterberg / KCVR",
    // "Jordan Pike / Reuters" (the outlet in capitals, an agency or an archive; "Classic
    // Silver / Black" in a list of options is not a credit). Weak: a fragment with it
    // goes anywhere.
    case_sensitive(pat(
        F::ImageCredit,
        LineStart,
        2,
        8,
        r"\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s+/\s+(?:\p{Lu}{2,}[\p{Lu}\d&.-]*(?:\s+\p{Lu}[\p{Latin}.-]*){0,3}|Reuters|Getty\s+Images|Shutterstock|Alamy|Unsplash|Archives?|Archiv|Archivo|Archivio|Arquivo|Archief)$",
    )),
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"submit\s+(?:a|your)\s+(?:letter|story|tip|news\s+tip|event|photo|question)s?\b|send\s+(?:us\s+)?(?:a\s+)?letter\s+to\s+the\s+editor|sign\s*up\s+(?:here|now|today|for\s+free|free)\b|join\s+(?:the\s+)?(?:over\s+|more\s+than\s+)?(?:[\d,.]+k?\+?|thousands|hundreds|millions)\s+(?:of\s+)?(?:other\s+)?(?:readers|subscribers|people|developers|professionals|members|others|fans)\b|if\s+you\s+(?:value|enjoy(?:ed)?|liked?|appreciated?|found\s+value\s+in)\s+(?:this|our|what\s+we)\b|(?:please\s+)?consider\s+(?:supporting|subscribing|donating|becoming|making\s+a\s+(?:donation|contribution))|want\s+to\s+(?:read|see|know|hear)\s+more\b.{0,40}\?|continue\s+reading\s+(?:on|in|with)\s+(?:our|the)\s+app",
    ),
    pat(
        F::ReadMore,
        Start,
        3,
        20,
        r"read\s+more\s*(?:[:»›>|…]|\.{3}|$)",
    ),
    with_object(pat(
        F::ReadMore,
        Start,
        3,
        30,
        r"read\s+(?:more|the\s+(?:full|rest|original))\s+[\p{L}@#“'‘]",
    )),
    pat(
        F::ReadMore,
        LineStart,
        3,
        15,
        r"(?:next|previous|prev|up\s+next|more)\s*[:»›|]",
    ),
    gated(
        &[
            "photo:",
            "picture:",
            "image:",
            "photograph:",
            "credit:",
            "credits:",
            "foto:",
            "bild:",
            "crédit",
            "grafik:",
            "illustration:",
            "visualisierung:",
            "rendering:",
            "beeld:",
        ],
        case_sensitive(pat(
            F::ImageCredit,
            Anywhere,
            3,
            40,
            r"(?:\b(?i:photo|picture|image|photograph|credit|foto|bild|beeld|grafik|illustration|visualisierung|rendering|infografik)|(?i:cr[ée]dit(?:os?)?))\s*:\s*\p{Lu}[\p{Latin}.'’ &-]{1,40}(?:/\s*\p{L}[\p{Latin}.'’ &-]{1,40})?\s*\.?$",
        )),
    ),
    pat(
        F::Share,
        Whole,
        3,
        0,
        r"like this|like loading\.*|follow us(?: on)?\s*:?",
    ),
    pat(
        F::Social,
        Whole,
        1,
        0,
        r"(?:font|text)\s+size(?:\s+a[+-]?){0,4}|a\+?\s+a-?",
    ),
    intro(pat(
        F::Related,
        Whole,
        3,
        0,
        r"(?:most\s+)?popular\s+(?:on|in)\s+.{1,40}",
    )),
    // A page's section label over its latest headlines: "More sport", "Mehr aus dem
    // Pongau", "Ti potrebbe interessare", "Ultime notizie", "Recent obituaries".
    intro(pat(
        F::Related,
        Whole,
        3,
        0,
        r"(?:more|latest|recent)\s+(?:sport|sports|business|politics|opinion|culture|local|world|national|entertainment|lifestyle|health|science|tech|technology|obituaries|weather|travel|food|motoring|property|crime|education|environment|farming|arts|reviews|letters|columns|interviews)(?:\s+(?:news|stories|headlines))?|mehr\s+aus\s+(?:dem|der|den)\s+[^.!?:]{1,30}|mehr\s+(?:nachrichten|meldungen|artikel|news)(?:\s+aus\s+[^.!?:]{1,30})?|neueste\s+(?:nachrichten|artikel|meldungen)|(?:ti\s+)?potrebbe(?:ro)?\s+(?:interessarti|interessare|piacerti)|ultime\s+notizie(?:\s+[^.!?:]{1,30})?|altre\s+notizie\s+[^.!?:]{1,30}|[úu]ltimas\s+(?:noticias|not[íi]cias)(?:\s+[^.!?:]{1,30})?|derni[èe]res\s+(?:actualit[ée]s|nouvelles|infos)(?:\s+[^.!?:]{1,30})?|laatste\s+nieuws(?:\s+uit\s+[^.!?:]{1,30})?|meer\s+uit\s+[^.!?:]{1,30}|(?:ces\s+articles\s+)?(?:pourrai(?:en)?t|peuvent)\s+vous\s+int[ée]resser|(?:diese\s+artikel\s+)?k[öo]nnten\s+sie\s+(?:auch\s+)?interessieren|(?:estos\s+art[íi]culos\s+)?(?:le|te)\s+pueden\s+interesar|(?:questi\s+articoli\s+)?potrebbero\s+interessarti|(?:estes\s+artigos\s+)?(?:podem|poder[ãa]o)\s+interessar(?:-lhe|-te)?|(?:deze\s+artikels?\s+)?(?:kunnen|zullen)\s+je\s+(?:ook\s+)?interesseren",
    )),
    // Sponsor messages and the "continues after the ad" line, in the seven languages,
    // perhaps after the ad's label ("PUB — o artigo continua abaixo").
    pat(
        F::Advert,
        Start,
        3,
        25,
        concat!(
            r"(?:(?:pub|publicidade|publicidad|publicit[ée]|pubblicit[àa]|advertisement|advert|ad|anzeige|werbung|advertentie|reclame)\s*[—–:|·-]\s*)?(?:",
            r"(?:the\s+)?(?:story|article|report|text)\s+continues\s+(?:below\b|after\s+(?:this|the|a|our)\s+(?:message|ad(?:vert(?:isement)?)?|break|sponsor))",
            r"|(?:a\s+)?(?:word|message)\s+from\s+(?:our|this\s+(?:week|month|issue)['’]?s|today['’]?s)\s+(?:sponsors?|supporters?|partners?)\b",
            r"|(?:this|the\s+following|today['’]?s)\s+(?:content|newsletter|episode|segment|series|podcast|issue|edition|newscast|broadcast|program(?:me)?|show|review|post|blog\s+post)\s+(?:is\s+|was\s+)?(?:brought\s+to\s+you|sponsored|presented|underwritten|made\s+possible)\s+(?:in\s+part\s+)?(?:by|in\s+(?:paid\s+)?partnership\s+with)\b",
            r"|this\s+(?:article|story|post|piece|review|episode|feature)\s+is\s+part\s+of\s+(?:our|the)\s+[^.]*?\b(?:supported|sponsored|presented|brought\s+to\s+you)\s+by\b",
            r"|partner\s+content\s+(?:from|by)\b|(?:supplier|partner|sponsor)\s+showcase\b",
            r"|(?:contenido\s+patrocinado|contenu\s+sponsoris[ée]|contenuto\s+sponsorizzato|conte[úu]do\s+patrocinado|gesponserter\s+inhalt|gesponsorde\s+inhoud)\b",
            r"|la\s+suite\s+(?:de\s+l'article\s+)?(?:apr[èe]s|sous)\s+(?:cette\s+|la\s+)?publicit[ée]|(?:el\s+art[íi]culo|la\s+noticia)\s+contin[úu]a\s+(?:despu[ée]s|tras|debajo)",
            r"|contin[úu]a\s+(?:ap[óo]s|depois\s+d[ao]|despu[ée]s\s+de|tras|dopo)\s+(?:a\s+|la\s+)?(?:publicidade|publicidad|pubblicit[àa]|an[úu]ncio)|weiter\s+nach\s+der\s+(?:anzeige|werbung)|(?:lees\s+)?verder\s+na\s+de\s+advertentie",
            r"|der\s+artikel\s+(?:geht\s+(?:unten\s+)?weiter|wird\s+(?:unten|nach\s+der\s+anzeige)\s+fortgesetzt)|l['’]articolo\s+continua\s+(?:dopo|sotto)|(?:o\s+artigo|a\s+mat[ée]ria)\s+continua\s+(?:ap[óo]s|abaixo)|het\s+artikel\s+gaat\s+(?:verder\s+)?(?:onder|na)",
            r")",
        ),
    ),
    // A sponsor of the event or the page, on a line of its own: "Partenaire officiel de
    // l'édition : Maison Berthier", "Hoofdsponsor eerste elftal: Bouwbedrijf Van Dam".
    // Not a sentence ("Main sponsor Van Dam has extended its deal.").
    pat(
        F::Advert,
        LineStart,
        3,
        15,
        r"(?:(?:official|main|title|presenting|lead)\s+(?:partner|sponsor)s?|partenaires?\s+officiels?|sponsor\s+principal|offizielle[rn]?\s+(?:partner|sponsor)(?:en)?|haupt(?:sponsor|partner)(?:en)?|(?:socio|patrocinador(?:a|es)?|parceiro)\s+(?:oficial|principal)|sponsor\s+principale|(?:partner|sponsor)\s+ufficiale|offici[ëe]le\s+(?:partner|sponsor)|hoofdsponsor)(?:\s+[^:.!?]+?)?\s*:\s+(?-i:[\p{Lu}\d])[^.!?:]*$",
    ),
    // The publication's own content, made possible by a sponsor: "Deze marktrapportage
    // wordt mogelijk gemaakt door …", "Cet article vous est proposé avec le soutien de …".
    // A story's project or clinic "made possible by" a grant is not the page's content.
    pat(
        F::Advert,
        Start,
        3,
        25,
        r"(?:this|these|deze|dit|dieser|diese|dieses|ce|cet|cette|este|esta|questo|questa)\s+(?:\S+\s+)?(?:article|story|report|(?:markt)?rapportage|newsletter|nieuwsbrief|podcast|episode|aflevering|folge|[ée]pisode|episodio|coverage|content|contenu|contenido|contenuto|conte[úu]do|inhoud|inhalt|beitrag|artikel|art[íi]culo|articolo|artigo)\s+(?:\S+\s+)?(?:wordt|is|wird|est|es|[èé]|are|sont|zijn)\s+(?:\S+\s+)?(?:mogelijk\s+gemaakt\s+door|made\s+possible\s+by|erm[öo]glicht\s+(?:durch|von)|rendue?s?\s+possibles?\s+gr[âa]ce\s+[àa]|(?:hech[oa])\s+posible\s+gracias\s+a|res[oa]\s+possibile\s+(?:da|grazie\s+a)|possibilitad[oa]\s+por|propos[ée]e?s?\s+avec\s+le\s+soutien\s+d|(?:sponsored|presented)\s+by|gesponsord\s+door|gesponsert\s+von|sponsoris[ée]e?s?\s+par|patrocinad[oa]s?\s+por|sponsorizzat[oa]\s+da|presentad[oa]\s+por)",
    ),
    // Promotions to the reader: a campaign's pledge button, tickets, a podcast's rating.
    pat(
        F::CallToAction,
        Start,
        3,
        30,
        r"back\s+this\s+(?:project|campaign)\b|pledge\s+now\s*(?:[→»›!]|$)|(?:grab|get|buy|book)\s+your\s+tickets\b[^.!?]*$|(?:leave|give|drop)\s+us\s+(?:a\s+)?(?:\d-star\s+|five-star\s+|quick\s+)?(?:rating|review)\b|rate\s+(?:and|&)\s+review\s+(?:us|the\s+show|this\s+(?:show|podcast|episode)|wherever|on\s+(?:apple|spotify))\b|subscreva(?:[- ]?se)?\s+(?:[ao]s?\s+)?(?:nossa\s+|nosso\s+)?(?:newsletter|boletim|not[íi]cias)\b|sostieni\s+[^.!?:]{1,40}:\s[^.!?]*\b(?:ci|nostr[oaie]|offerta|donazione|contributo|abbonamento|abbonati)\b|sostienici\b",
    ),
    // An offer whose link closes the line: "… save up to 30% — Reserve now", "The home
    // jersey is available now — Shop the drop".
    gated(
        &["shop", "buy", "book", "reserve", "order"],
        pat(
            F::Advert,
            Anywhere,
            2,
            30,
            r"\s[—–|·]\s*(?:shop|buy|book|reserve|order|pre-?order)\s+(?:now|today|here|online|yours|the\s+\w+)\s*[.!→]*$",
        ),
    ),
    // Comment prompts and their rules: "Got thoughts? Leave a comment — I read every
    // one.", "Only backers can comment on this update.", "Réagissez à cet article …".
    pat(
        F::Comments,
        Start,
        3,
        15,
        r"(?:leave|drop|post)\s+(?:a|your)\s+comment\s*(?:below|here|[—–.!:]|$)",
    ),
    pat(
        F::Comments,
        Start,
        3,
        25,
        r"accedi\s+per\s+commentare|(?:inicia|inicie)\s+(?:sesi[óo]n|sess[ãa]o)\s+para\s+comentar|connectez-vous\s+pour\s+commenter|melden\s+sie\s+sich\s+an,?\s+um\s+zu\s+kommentieren|log\s*in\s+om\s+te\s+reageren|fa[çc]a\s+login\s+para\s+comentar|only\s+(?:\w+\s+){1,2}can\s+comment\s+on\s+this\s+(?:update|post|article|story|page|entry)\s*[.!]|r[ée]agissez\s+[àa]\s+cet\s+article|reagieren\s+sie\s+auf\s+diesen\s+artikel|reageer\s+op\s+dit\s+artikel|comenta\s+esta\s+not[íi]cia",
    ),
    // The alcohol warning that French law and brewers' codes require, in the seven
    // languages.
    pat(
        F::Disclaimer,
        Start,
        3,
        25,
        r"(?:l['’]abus\s+d['’]alcool\s+est\s+dangereux\s+pour\s+la\s+sant[ée](?:\s*[,.]?\s*[àa]\s+consommer\s+avec\s+mod[ée]ration)?|[àa]\s+consommer\s+avec\s+mod[ée]ration|(?:please\s+)?(?:drink|enjoy)\s+responsibly|bebe\s+con\s+moderaci[óo]n|beba\s+com\s+modera[çc][ãa]o|bevi\s+responsabilmente|geniet,?\s+maar\s+drink\s+met\s+mate|bitte\s+verantwortungsvoll\s+genie(?:ß|ss)en)\s*[.!]?\s*$",
    ),
    // A page's "About:" section, whatever it names: "À propos : la manifestation est
    // organisée depuis 2011 par …".
    pat(
        F::OrgVoice,
        LineStart,
        3,
        80,
        r"(?:about(?:\s+us)?|[àa]\s+propos(?:\s+de\s+nous)?|[üu]ber\s+uns|acerca\s+de\s+nosotros|sobre\s+n[óo]s(?:otros)?|chi\s+siamo|over\s+ons)\s*:\s+\D[^.!?]*\b(?:founded|established|since|is\s+an?|fond[ée]e?|organis[ée]e?|depuis|est\s+une?|gegr[üu]ndet|seit|ist\s+eine?|fundad[oa]|desde|es\s+una?|fondat[oa]|dal|[èe]\s+una?|[ée]\s+uma?|opgericht|sinds|is\s+een)\b",
    ),
    // The address of the newsroom: "Editorial office: Student Union Building, Room 214".
    pat(
        F::Contact,
        LineStart,
        2,
        20,
        r"(?:editorial|press|head|registered|newsroom|main)\s+offices?\s*:|redaktionsanschrift\s*:|adresse\s+de\s+la\s+r[ée]daction\s*:|redactieadres\s*:",
    ),
    // What stands in for an embed in a paste: "📄 Embedded document: …", "(video opens in
    // a new window)", "… kann in dieser Ansicht nicht angezeigt werden", a file's size.
    pat(
        F::Embed,
        LineStart,
        3,
        20,
        r"embedded\s+(?:document|video|audio|pdf|map|chart|graphic|content|tweet|post|file|form)\s*:[^.!?]*$",
    ),
    gated(
        &[
            "new window",
            "new tab",
            "neuen fenster",
            "neuen tab",
            "nouvelle fen",
            "nouvelle page",
            "nueva ventana",
            "nueva pesta",
            "nuova finestra",
            "nuova scheda",
            "nova janela",
            "nova aba",
            "nova guia",
            "nieuw venster",
            "nieuw tabblad",
            "kb)",
            "mb)",
            "gb)",
            "ko)",
            "mo)",
            "go)",
        ],
        pat(
            F::Embed,
            Anywhere,
            2,
            30,
            r"\((?:[^()]{0,30}\s)?(?:opens?\s+in\s+(?:a\s+)?new\s+(?:window|tab)|[öo]ffnet\s+(?:sich\s+)?in\s+(?:einem\s+)?neuen\s+(?:fenster|tab)|s['’]ouvre\s+dans\s+une\s+nouvelle\s+(?:fen[êe]tre|page)|se\s+abre\s+en\s+una\s+nueva\s+(?:ventana|pesta[ñn]a)|si\s+apre\s+in\s+una\s+nuova\s+(?:finestra|scheda)|abre\s+(?:em|numa)\s+(?:uma\s+)?nova\s+(?:janela|aba|guia)|opent\s+in\s+(?:een\s+)?nieuw\s+(?:venster|tabblad))\)|\(\s*(?:(?:pdf|mp3|mp4|m4a|docx?|xlsx?|pptx?|zip|epub)\s*,\s*)?\d+(?:[.,]\d+)?\s*(?:kb|mb|gb|ko|mo|go)\s*\)\s*$",
        ),
    ),
    gated(
        &[
            "be displayed",
            "be shown",
            "be loaded",
            "angezeigt",
            "dargestellt",
            "geladen",
            "affich",
            "mostrar",
            "visualizar",
            "visualizzat",
            "exibid",
            "apresentad",
            "mostrad",
            "weergegeven",
        ],
        pat(
            F::Embed,
            Anywhere,
            3,
            25,
            r"\b(?:(?:this|the)\s+(?:content|embed|map|chart|graphic|video|element|widget|form|table|interactive)\b[^.!?]{0,40}\b(?:can(?:not|['’]t)|could\s+not)\s+be\s+(?:displayed|shown|loaded)|kann\s+in\s+dieser\s+(?:ansicht|darstellung)\s+(?:leider\s+)?nicht\s+(?:angezeigt|dargestellt|geladen)|ne\s+peut\s+pas\s+[êe]tre\s+affich[ée]e?\s+dans\s+cette\s+vue|no\s+se\s+puede\s+(?:mostrar|visualizar)\s+en\s+esta\s+vista|non\s+pu[òo]\s+essere\s+visualizzat[oa]\s+in\s+questa\s+visualizzazione|n[ãa]o\s+pode\s+ser\s+(?:exibid|apresentad|mostrad)[oa]\s+nesta\s+vista|kan\s+in\s+deze\s+weergave\s+niet\s+worden\s+weergegeven)",
        ),
    ),
    // Round 9: the responsible-gambling line, price disclaimers, "for information
    // only" notices, a medicine's mandatory line, "no rights can be derived".
    pat(
        F::Disclaimer,
        Start,
        3,
        40,
        r"(?:(?:please\s+)?(?:play|gamble|bet)\s+responsibly|(?:you\s+must\s+be|only\s+for|strictly)\s+18\s*(?:\+|or\s+over|and\s+over)\s+to\s+(?:play|bet|gamble)|when\s+the\s+fun\s+stops,?\s+stop|jouez\s+(?:de\s+mani[èe]re\s+)?responsable|juega\s+con\s+responsabilidad|gioca\s+(?:in\s+modo\s+)?responsabil(?:e|mente)|jogue\s+com\s+responsabilidade|speel\s+bewust|spielen\s+sie\s+verantwortungsvoll|lisez\s+attentivement\s+la\s+notice(?:\s+avant\s+(?:toute\s+)?utilisation)?|always\s+read\s+the\s+label|read\s+the\s+(?:label|leaflet|package\s+leaflet)\s+(?:carefully\s+)?before\s+use|zu\s+risiken\s+und\s+nebenwirkungen\s+lesen\s+sie\s+die\s+packungsbeilage[^.!?]*|lesen\s+sie\s+die\s+packungsbeilage[^.!?]*|lea\s+(?:atentamente\s+)?el\s+prospecto(?:\s+antes\s+de\s+(?:su\s+)?uso)?|leggere\s+attentamente\s+il\s+foglietto(?:\s+illustrativo)?|leia\s+atentamente\s+o\s+folheto(?:\s+informativo)?|lees\s+(?:altijd\s+)?de\s+bijsluiter|aan\s+(?:dit|deze)\s+(?:bericht|website|site|nieuwsbrief|pagina|informatie|publicatie|artikel)\s+kunnen\s+geen\s+rechten\s+(?:worden\s+)?ontleend|no\s+rights\s+(?:can|may)\s+be\s+derived\s+from\s+(?:this|the\s+information)[^.!?]*|(?:aus|von)\s+diese[rnm]\s+(?:seite|website|mitteilung|information(?:en)?|newsletter|ver[öo]ffentlichung)\s+k[öo]nnen\s+keine\s+(?:rechte|rechtsanspr[üu]che)\s+abgeleitet(?:\s+werden)?)\s*(?:[.!]|$)|(?:all\s+)?(?:prices|specifications|details|information)\s+(?:and\s+\w+\s+)?(?:are|is)\s+correct\s+at\s+the\s+time\s+of\s+(?:publishing|publication|writing|going\s+to\s+press)|errors\s+and\s+omissions\s+excepted|e\s*&\s*oe\b",
    ),
    gated(
        &[
            "titre informatif",
            "titre indicatif",
            "information purposes",
            "informational purposes",
            "informationszwecken",
            "fines informativos",
            "scopo informativo",
            "titolo informativo",
            "fins informativos",
            "ter informatie",
        ],
        pat(
            F::Disclaimer,
            Anywhere,
            3,
            40,
            r"\b(?:ces|cette|ce|these|this|diese[rs]?|estos|estas|este|esta|questi|queste|questo|questa|estes|deze|dit)\s+(?:conseils|informations?|contenus?|content|information|article|texte|page|advice|tips|informationen|inhalte?|consejos|contenidos?|informaci[óo]n(?:es)?|consigli|contenuti|informazioni|conselhos|conte[úu]dos?|informa[çc][õo]es|adviezen|informatie|inhoud)\b[^.!?]*?\s(?:[àa]\s+titre\s+(?:informatif|indicatif)|for\s+(?:general\s+)?information(?:al)?\s+purposes|zu\s+informationszwecken|con\s+fines\s+informativos|a\s+(?:scopo|titolo)\s+informativo|para\s+fins\s+informativos|ter\s+informatie)\b",
        ),
    ),
    gated(
        &[
            "remplace",
            "replace",
            "substitute",
            "ersetz",
            "sustituye",
            "sostituisc",
            "substitu",
            "vervang",
        ],
        pat(
            F::Disclaimer,
            Anywhere,
            2,
            40,
            r"\b(?:ne\s+remplacen?t\s+pas|do(?:es)?\s+not\s+replace|(?:is|are)\s+not\s+a\s+substitute\s+for|ersetz(?:t|en)\s+nicht|no\s+sustituyen?|non\s+sostituisc(?:e|ono)|n[ãa]o\s+substitu(?:i|em)|vervang(?:t|en)\s+geen)\s+(?:\S+\s+){0,4}?(?:consultation|avis|advice|consult|beratung|[äa]rzt|consulta|parere|consulto|advies|arts\b|m[ée]dic|professionn|professional|pharmac|apothe|farmac)",
        ),
    ),
    // A company's registration in the imprint: "Instituição de crédito registada no
    // Banco de Portugal sob o n.º 5781".
    pat(
        F::Rights,
        Start,
        3,
        40,
        r"(?:institui[çc][ãa]o|entidade|sociedade|empresa|entidad|sociedad|soci[ée]t[ée]|societ[àa]|bank|banco|banca|company|firm)\s+(?:\S+\s+)*?(?:registad[ao]|registrad[ao]|registered|inscrite?|iscritt[ao]|ingeschreven|eingetragen)\s+(?:no|na|em|en|el|in|im|au|[àa]|al|bij|with|at|sous|unter)\s+[^.]*?\s(?:n\.?\s*[ºo°]|number|nummer|num[ée]ro|n[úu]mero)\s*\d",
    ),
    // Press contacts under their label, with an address to write to or call.
    pat(
        F::Contact,
        LineStart,
        3,
        30,
        r"(?:perscontact|persvoorlichting|pressekontakt|contact\s+presse|contacto\s+de\s+prensa|contatt[oi]\s+stampa|contacto\s+(?:para\s+a\s+)?imprensa|press\s+contacts?|media\s+contacts?|media\s+enquiries|press\s+enquiries)\s*:[^\n]*(?:@|\+?\d[\d\s().-]{6,})",
    ),
    // A shop's deal of the day, tickets and apps to buy or get, a store near you.
    pat(
        F::Advert,
        LineStart,
        3,
        30,
        r"(?:deal|price\s+drop|sale)\s+alert\s*:|today['’]s\s+best\s+deals?\s*:",
    ),
    pat(
        F::CallToAction,
        Start,
        3,
        25,
        r"(?:acquista|compra|kaufen\s+sie|achetez|compre|koop|reserva|prenota|buchen\s+sie|r[ée]servez)\s+(?:(?:i|los|las|les|die|os|as|je|uw|tus|vos|ihre)\s+)?(?:biglietti|entradas|billets|places|karten|bilhetes|kaartjes|ingressos)\s+(?:su|en|sur|em|op|auf|on)\s+[a-z0-9-]{3,}\.(?:it|es|fr|pt|de|nl|be|ch|at|com|org|net|eu)\b|(?:tickets|karten|kaartjes)\s+online\s+(?:kaufen|buchen|kopen|reserveren)\s+und\s+[^.!?]*\b(?:sparen|besparen)\b|hol\s+dir\s+(?:die|unsere|jetzt\s+die)\s+\S*app\b|descarregue\s+(?:j[áa]\s+)?(?:a|o)\s+(?:nossa\s+)?app\b|log\s*in\s+to\s+(?:comment|reply|continue\s+reading|read\s+more)\b|(?:acompanhe|siga|sigam|segui|seguite|suivez|folgen\s+sie|volg)\s+[^.!?]*\b(?:n[ao]s\s+nossas\s+redes(?:\s+sociais)?|sur\s+nos\s+r[ée]seaux(?:\s+sociaux)?|auf\s+unseren\s+(?:social-media-)?kan[äa]len|sui\s+nostri\s+(?:canali\s+)?social|op\s+onze\s+(?:sociale\s+media|kanalen)|en\s+nuestras\s+redes(?:\s+sociales)?)|sign\s*up\s+(?:for|to)\s+[^.!?]*\band\s+be\s+the\s+first\s+to\s+(?:hear|know|find\s+out|learn)\b",
    ),
    // What stands for an embed while it loads: "(Einbettung wird geladen …)".
    gated(
        &[
            "geladen",
            "loading",
            "charg",
            "cargando",
            "caricamento",
            "carregando",
            "carregar",
        ],
        pat(
            F::Embed,
            Anywhere,
            3,
            20,
            r"\((?:einbettung|inhalt|video|karte|embed|contenu|contenido|contenuto|conte[úu]do|inhoud|media)\s+(?:wird\s+geladen|is\s+loading|loading|se\s+charge|en\s+cours\s+de\s+chargement|cargando|in\s+caricamento|a\s+carregar|carregando|wordt\s+geladen)\s*(?:…|\.{3})?\s*\)",
        ),
    ),
    // An embed's stand-in that asks for cookies: "[Mappa interattiva – contenuto
    // disponibile solo con cookie di terze parti abilitati]".
    gated(
        &["cookie"],
        pat(
            F::Embed,
            Anywhere,
            3,
            30,
            r"^\[[^\]]*\b(?:only|solo|soltanto|nur|seulement|uniquement|s[óo]lo|apenas|alleen|available|disponibile|disponible|dispon[íi]vel|verf[üu]gbar|beschikbaar)\b[^\]]*\bcookies?\b[^\]]*\b(?:enabled|accept\w*|allow\w*|abilitati|attivat[io]|activ[ée]s|autoris[ée]s|aceptar|aceptad[ao]s|activad[ao]s|akzeptier\w*|aktiviert\w*|zulassen|ativad[ao]s|aceit\w*|ingeschakeld|accepteren|toestaan)\b[^\]]*\]$",
        ),
    ),
    // "This update was first sent to supporters by email."
    pat(
        F::FirstAppeared,
        Start,
        3,
        30,
        r"this\s+(?:update|newsletter|letter|post|article|message|bulletin)\s+was\s+(?:first|originally)\s+(?:sent|e-?mailed|published|delivered)\s+(?:to\s+\S+(?:\s+\S+)?\s+)?(?:by\s+e-?mail|as\s+an?\s+(?:e-?mail|newsletter))|(?:dit|deze)\s+(?:artikel|bericht|update|nieuwsbrief)\s+is\s+(?:eerst|oorspronkelijk)\s+per\s+e-?mail\s+verstuurd|(?:dieser|diese)\s+(?:artikel|beitrag|text)\s+wurde\s+(?:zuerst|urspr[üu]nglich)\s+per\s+e-?mail\s+verschickt|(?:cet|cette)\s+(?:article|lettre)\s+a\s+d'abord\s+[ée]t[ée]\s+envoy[ée]e?\s+par\s+e-?mail|(?:este|esta)\s+(?:art[íi]culo|bolet[íi]n)\s+se\s+envi[óo]\s+primero\s+por\s+correo|(?:questo|questa)\s+(?:articolo|newsletter)\s+[èe]\s+stat[oa]\s+inviat[oa]\s+(?:prima\s+)?via\s+e-?mail|(?:este|esta)\s+(?:artigo|newsletter)\s+foi\s+enviad[oa]\s+primeiro\s+por\s+e-?mail",
    ),
    // "Boletín patrocinado por Caja Rural del Alto Valle": a sponsor's credit to the end
    // of a short line, in the other languages.
    gated(
        &[
            "patrocinad",
            "gesponsert",
            "sponsoris",
            "sponsorizzat",
            "gesponsord",
        ],
        pat(
            F::Advert,
            Anywhere,
            3,
            12,
            r"^(?:\S+\s+){0,2}(?:patrocinad[oa]|gesponsert|sponsoris[ée]e?|sponsorizzat[oa]|gesponsord)\s+(?:por|von|par|da|door)\s+[^,;.:]+$",
        ),
    ),
    // "The programme may be subject to change", as the organiser's notice, not reported.
    pat(
        F::Disclaimer,
        Start,
        3,
        25,
        r"(?:il\s+programma|le\s+programme|el\s+programa|o\s+programa|das\s+programm|het\s+programma|the\s+(?:programme|program|line-?up))\s+(?:potrebbe\s+subire\s+(?:variazioni|modifiche)(?:\s+per\s+cause\s+[^.!?,;]*)?|(?:est|peut\s+[êe]tre)\s+susceptible\s+d['’][êe]tre\s+modifi[ée]|puede\s+(?:sufrir|estar\s+sujeto\s+a)\s+(?:cambios|modificaciones)|pode\s+(?:sofrer|estar\s+sujeito\s+a)\s+altera[çc][õo]es|kann\s+sich\s+(?:kurzfristig\s+)?[äa]ndern|kan\s+(?:nog\s+)?wijzigen|(?:is|may\s+be)\s+subject\s+to\s+change)\s*(?:[.!]|$)",
    ),
    // A credit closing a caption: "… Reproduced by courtesy of the County Record Office."
    gated(
        &["courtesy", "permission"],
        pat(
            F::ImageCredit,
            Anywhere,
            3,
            40,
            r"(?:^|[.!?]\s+)reproduced\s+(?:by|with)\s+(?:the\s+)?(?:kind\s+)?(?:courtesy|permission)\s+of\s+[^.!?,;]+[.]?\s*$",
        ),
    ),
    // An ad's label, a dash and its copy: "Publicidade — Crédito Habitação Jovem com
    // spread desde 0,9%".
    gated(
        &[
            "advert",
            "anzeige",
            "werbung",
            "publicidad",
            "publicit",
            "pubblicit",
            "reclame",
            "annuncio",
            "anúncio",
            "anuncio",
            "sponsored",
            "gesponsert",
            "patrocinado",
            "sponsoris",
            "sponsorizzato",
            "gesponsord",
        ],
        pat(
            F::Advert,
            Anywhere,
            3,
            20,
            r"^[—–~\s-]*(?:advertisement|advert|anzeige|werbung|publicidade|publicidad|publicit[ée]|pubblicit[àa]|advertentie|sponsored|gesponsert|patrocinado|sponsoris[ée]|sponsorizzato|gesponsord)\s*[·•|—–]\s*(?-i:[\p{Lu}\d])[^.!?]{2,}$",
        ),
    ),
    // A link label closing a pitch: "Our money advice team can help — find out more."
    gated(
        &[
            "find out more",
            "learn more",
            "read more",
            "more info",
            "en savoir plus",
            "mehr erfahren",
            "saiba mais",
            "informaci",
            "scopri di",
            "lees meer",
        ],
        pat(
            F::ReadMore,
            Anywhere,
            3,
            30,
            r"\s[—–-]\s*(?:find\s+out\s+more|learn\s+more|read\s+more|more\s+info(?:rmation)?|en\s+savoir\s+plus|mehr\s+erfahren|saiba\s+mais|m[áa]s\s+informaci[óo]n|scopri\s+di\s+pi[ùu]|lees\s+meer)\s*[.!→»›]*$",
        ),
    ),
    pat(
        F::Advert,
        Whole,
        3,
        0,
        r"advertisement\s*[-–—:]?\s*(?:continue\s+reading\s+below|scroll\s+to\s+continue(?:\s+with\s+content)?|story\s+continues\s+below)",
    ),
    pat(
        F::Embed,
        Whole,
        3,
        0,
        r"embedded\s+content|view\s+this\s+post\s+on\s+(?:instagram|facebook|x|twitter|tiktok|threads)|a\s+post\s+shared\s+by\s+.{1,60}|(?:watch|view)\s+on\s+(?:youtube|vimeo|instagram|tiktok)|this\s+content\s+is\s+(?:hosted|provided)\s+by\s+a\s+third\s+party.{0,80}|allow\s+.{1,30}\s+content\?|(?:click|tap)\s+to\s+(?:load|play|view)\s+.{0,30}|loading\.*|image\s+\d+\s+of\s+\d+|\d+\s+of\s+\d+\s+(?:images|photos)",
    ),
    pat(
        F::Byline,
        LineStart,
        3,
        40,
        r"with\s+(?:additional\s+)?reporting\s+(?:by|from)\b|story\s+by\s+\S|contributing\s*:",
    ),
    pat(
        F::Kicker,
        Whole,
        1,
        0,
        r"exclusive|analysis|opinion|comment|explainer|breaking(?: news)?|live|feature|features|interview|review|in[ -]depth|insight|long read|the big read|news analysis|fact check|first person|editorial|op-ed|perspective|commentary|podcast|video|gallery|photos|press release|world|business|politics|sport|sports|technology|tech|science|health|culture|economy|markets|climate|environment|education|lifestyle|travel|entertainment|local|national|international|europe|asia|africa|americas|middle east|finance|energy|property|motoring|food|arts|books|music|film|tv|(?:world|business|local|national|breaking|sports?|tech(?:nology)?|science|health) news",
    ),
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"thanks?\s+(?:you\s+)?(?:so\s+much\s+)?for\s+(?:reading|supporting|subscribing|being\s+a\s+(?:reader|subscriber|member))\b|(?:questions|comments|feedback|thoughts|corrections?|(?:found|spotted|see|noticed?)\s+(?:an?\s+)?(?:error|mistake|typo|inaccuracy))\b[^.?!]{0,30}\?\s*(?:contact|e-?mail|write|get\s+in\s+touch|send|let\s+us|reach|drop|tell)|recib[aeí]\s+(?:nuestro|nuestra|nuestras|el|los|las)\s+(?:bolet[ií]n|newsletter|noticias)|ricevi\s+(?:la\s+|le\s+)?(?:nostra\s+|ultime\s+)?(?:newsletter|notizie)|receba\s+(?:a\s+|as\s+|o\s+|os\s+)?(?:nossa\s+|nosso\s+|[úu]ltimas\s+)?(?:newsletter|not[íi]cias|boletim)|ontvang\s+(?:onze|de|het)\s+(?:nieuwsbrief|laatste\s+nieuws)|recevez\s+(?:notre|nos|la|les|gratuitement\s+notre)\s+(?:newsletter|lettre|actualit[ée]s?|infos?)|(?:erhalten|bestellen)\s+sie\s+(?:jetzt\s+)?(?:unseren|den|die\s+neuesten)\s+(?:newsletter|nachrichten)",
    ),
    // A sponsor's credit: strong when it runs to the end of the line ("Sponsored by
    // Harlow Feeds"), weak when a clause follows a comma ("Powered by cheap solar
    // panels, the pumps now run all day": a weak fragment still goes).
    pat(
        F::Advert,
        LineStart,
        3,
        12,
        r"(?:sponsored|presented|brought\s+to\s+you|supported|powered|underwritten)\s+by\s+[^,;]+$|in\s+(?:paid\s+)?partnership\s+with\s+[^,;]+$",
    ),
    pat(
        F::Advert,
        LineStart,
        2,
        12,
        r"(?:sponsored|presented|brought\s+to\s+you|supported|powered|underwritten)\s+by\s+\S|in\s+(?:paid\s+)?partnership\s+with\s+\S",
    ),
    pat(
        F::Advert,
        Whole,
        3,
        0,
        r"scroll\s+down\s+for\s+(?:video|more)|open\s+this\s+photo\s+in\s+gallery|mehr\s+erfahren|en\s+savoir\s+plus|m[áa]s\s+informaci[óo]n|saiba\s+mais|lees\s+verder",
    ),
    pat(
        F::Share,
        Whole,
        3,
        0,
        r"(?:diesen\s+)?artikel\s+teilen|partager\s+sur\s+.{1,20}|compartir\s+en\s+.{1,20}",
    ),
    pat(
        F::ImageCredit,
        LineStart,
        3,
        40,
        r"(?:pictured|above|below|main\s+image|inset)\s*:",
    ),
    pat(
        F::Rights,
        LineStart,
        3,
        60,
        r"registered\s+(?:office|address)\s*:",
    ),
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"make\s+a\s+(?:one-off\s+|monthly\s+|small\s+)?(?:contribution|donation)\b|support\s+us\b",
    ),
    gated(
        &["registered in", "issn"],
        pat(
            F::Rights,
            Anywhere,
            3,
            40,
            r"\ba\s+company\s+registered\s+in\s[^.;]{0,60}?(?:\b(?:no|number|nr)\b|\d{5}|registered\s+office)|\bissn\s*:?\s*\d{4}-\d{3}[\dx]\b",
        ),
    ),
    pat(
        F::Byline,
        Whole,
        1,
        0,
        r"(?:senior\s+|chief\s+|staff\s+|contributing\s+|deputy\s+|associate\s+)?(?:[a-z]+\s+){0,2}(?:correspondent|reporter|editor|writer|columnist|contributor)",
    ),
    pat(
        F::Comments,
        Whole,
        3,
        0,
        r"comments?\s*\(\d+\)?|\d+\s+comments?\s*\(?|(?:zur\s+kommentarspalte|zu\s+den\s+kommentaren|kommentare\s+(?:anzeigen|lesen)|join\s+the\s+conversation|voir\s+les\s+commentaires|ver\s+(?:los\s+)?comentarios|vai\s+ai\s+commenti|ver\s+(?:os\s+)?coment[áa]rios|bekijk\s+(?:de\s+)?reacties)(?:\s*\(?\s*\d+\s*\)?)?",
    ),
    pat(
        F::Dateline,
        Start,
        3,
        20,
        r"this\s+(?:article|story|page)\s+is\s+more\s+than\s+\d+\s+(?:years?|months?|days?)\s+old",
    ),
    pat(
        F::Advert,
        Whole,
        3,
        0,
        r"supported\s+by|sponsored\s+by|presented\s+by|in\s+partnership\s+with",
    ),
    pat(
        F::Share,
        Start,
        3,
        15,
        r"share\s+(?:full|this|the)\s+(?:article|story|post)",
    ),
    intro(pat(
        F::Related,
        Whole,
        3,
        0,
        r"explore\s+more(?:\s+on\s+(?:these|this)\s+topics?)?|more\s+on\s+(?:these|this)\s+topics?",
    )),
    pat(
        F::CallToAction,
        Start,
        3,
        30,
        r"was\s+this\s+(?:article|story|page|post)\s+(?:helpful|useful)|rate\s+this\s+(?:article|story|post)|send\s+us\s+(?:your\s+)?(?:feedback|a\s+message|an?\s+e-?mail)\b",
    ),
    // A sponsor's message under its name and a colon, in the seven languages:
    // "Sponsored by Voltaris Analytics: real-time forecasts … Book a demo →",
    // "Präsentiert von Stadtwerke Ulm: …" (longer than the bare "Sponsored by …").
    pat(
        F::Advert,
        LineStart,
        3,
        50,
        r"(?:sponsored|presented|brought\s+to\s+you|supported|powered|underwritten)\s+by\s+[^.!?:,;]+:\s|(?:gesponsert|pr[äa]sentiert|unterst[üu]tzt)\s+von\s+[^.!?:,;]+:\s|(?:sponsoris[ée]e?|pr[ée]sent[ée]e?|soutenue?)\s+par\s+[^.!?:,;]+\s?:\s|(?:patrocinad[oa]|presentad[oa]|apoyad[oa]|apoiad[oa]|apresentad[oa])\s+por\s+[^.!?:,;]+:\s|(?:sponsorizzat[oa]|presentat[oa]|offert[oa])\s+da\s+[^.!?:,;]+:\s|(?:gesponsord|gepresenteerd|mogelijk\s+gemaakt)\s+door\s+[^.!?:,;]+:\s",
    ),
    // The writer and photographer credited together: "Tekst en foto's: Sanne de Wolf",
    // "Text und Bilder: …", "Texte et photos : …", "Words and pictures: …".
    pat(
        F::Byline,
        LineStart,
        3,
        15,
        r"(?:text|texte|texto|testo|tekst|words)\s+(?:(?:and|und|et|y|e|en|&)\s+)?(?:photos?|fotos?|foto['’]s|bilder|pictures|images|im[áa]genes|immagini|imagens)\s*:\s*\S|(?:photos?|fotos?|foto['’]s|bilder|pictures)\s+(?:and|und|et|y|e|en|&)\s+(?:text|texte|texto|testo|tekst|words)\s*:\s*\S",
    ),
    // A review credit in the six other languages: "Contenido revisado por el equipo
    // médico de …", "Medizinisch geprüft von …", "Relu par …", "Gecontroleerd door …".
    pat(
        F::Byline,
        LineStart,
        3,
        15,
        r"(?:(?:contenido|art[íi]culo|texto|inhalt|artikel|beitrag|contenu|article|contenuto|articolo|conte[úu]do|artigo|inhoud)\s+|(?:m[ée]dicamente|medizinisch|medicamente|medisch|fachlich)\s+)(?:revisad[oa]|gepr[üu]ft|[üu]berpr[üu]ft|relue?|revisionat[oa]|revist[oa]|gecontroleerd|nagekeken)\s+(?:por|von|par|da|door)\s+\S|(?:revisad[oa]|gepr[üu]ft|[üu]berpr[üu]ft|relue?|revisionat[oa]|revist[oa]|gecontroleerd|nagekeken)\s+(?:por|von|par|da|door)\s+[^,;!?]+[^,;!?.]$",
    ),
    // "Publicado a 8 de março de 2026 | Gabinete de Comunicação", "Actualizado el 3
    // de mayo": a publication date on a line of its own, in Spanish and Portuguese.
    pat(
        F::Dateline,
        LineStart,
        3,
        15,
        r"(?:publicad[oa]|actualizad[oa]|atualizad[oa])\s+(?:a|em|el|en|o|no\s+dia|el\s+d[íi]a)\s+\d{1,2}(?:\s+de\s+\p{L}+|[/.-]\d{1,2})",
    ),
    // A newsletter's contents: "In this issue: Batteries beat peakers · Queue reform",
    // "Dans ce numéro :", "In deze editie:". Weak: a fragment of it is removed.
    pat(
        F::Newsletter,
        LineStart,
        2,
        30,
        r"(?:in\s+(?:this|today['’]s)\s+(?:issue|edition|newsletter|email)|in\s+dieser\s+(?:ausgabe|folge)|heute\s+im\s+newsletter|dans\s+(?:ce\s+num[ée]ro|cette\s+(?:[ée]dition|lettre))|au\s+sommaire(?:\s+de\s+(?:ce|cette)\s+\S+)?|en\s+(?:este\s+n[úu]mero|esta\s+edici[óo]n|este\s+bolet[íi]n)|in\s+questo\s+numero|in\s+questa\s+(?:edizione|newsletter)|nest[ae]\s+(?:edi[çc][ãa]o|n[úu]mero|newsletter)|in\s+deze\s+(?:editie|uitgave|nieuwsbrief))\s*:",
    ),
    // A newsletter's invitation to answer the e-mail itself: "Hit reply and tell us
    // what we missed", "Antworten Sie einfach auf diese E-Mail", "Répondez à cet e-mail".
    gated(
        &[
            "hit reply",
            "reply to this",
            "antworten sie",
            "antworte ",
            "répondez",
            "repondez",
            "responde a este",
            "responde este",
            "rispondi",
            "responda a este",
            "responda este",
            "beantwoord",
            "reageer op deze",
            "reageer op dit",
        ],
        pat(
            F::Newsletter,
            Anywhere,
            3,
            40,
            r"\bhit\s+reply(?:\s|$|[,.;!])|(?:^|[.!?:]\s*|\b(?:just|simply)\s+)reply\s+to\s+this\s+(?:e-?mail|newsletter|message)\b|\bantworte(?:n\s+sie)?\s+(?:einfach\s+|direkt\s+)?auf\s+diese\s+(?:e-?mail|mail|nachricht|ausgabe)\b|\br[ée]pondez\s+(?:simplement\s+|directement\s+)?[àa]\s+(?:cet?\s+(?:e-?mail|courriel|mail|message)|cette\s+lettre)\b|(?:^|[.!?¿:]\s*)responde\s+(?:a\s+)?este\s+(?:correo|e-?mail|bolet[íi]n)\b|\brispondi\s+(?:semplicemente\s+|direttamente\s+)?a\s+questa\s+(?:e-?mail|mail|newsletter)\b|(?:^|[.!?:]\s*)responda\s+(?:a\s+)?este\s+(?:e-?mail|correio|email)\b|\b(?:beantwoord|reageer\s+op)\s+(?:deze|dit)\s+(?:e-?mail|mail|bericht|nieuwsbrief)\b",
        ),
    ),
    // A prompt to the reader to answer in the comments, opening a sentence: "Raccontaci
    // com'è andata nei commenti qui sotto!", "Diskutieren Sie mit in den Kommentaren."
    // ("Readers were asked to share … in the comments" does not open with the verb.)
    pat(
        F::Comments,
        Start,
        3,
        30,
        r"(?:sound\s+off|weigh\s+in|chime\s+in|have\s+your\s+say)\s+(?:below|in\s+the\s+comments?)\b|(?:have\s+your\s+say\s*[–—:,-]\s*)?(?:leave|post|add|drop)\s+(?:a|your)\s+(?:comments?|reply)\s+(?:below|here)\s*[.!]?$|(?:(?:tell|let)\s+us|tell\s+me\b|share\s+your|join\s+the\s+(?:conversation|discussion|debate)|leave\s+(?:a|your)\s+(?:comments?|thoughts?|views?)|drop\s+(?:a|your)\s+(?:comments?|line)|add\s+your\s+(?:voice|thoughts?|comments?|views?))\b[^.!?;:]*\bin\s+the\s+comments?\b|(?:diskutieren|schreiben|sagen|teilen|verraten|erz[äa]hlen)\s+sie\b[^.!?;:]*\bin\s+den\s+kommentaren\b|(?:schreib|sag|teil|verrat|erz[äa]hl)\s+(?:es\s+)?uns\b[^.!?;:]*\bin\s+den\s+kommentaren\b|(?:dites|racontez|partagez|donnez|laissez|[ée]crivez)[-\s](?:nous|le|votre|vos)\b[^.!?;:]*\bdans\s+les\s+commentaires\b|(?:cu[ée]ntanos|d[ée]janos|dinos|comparte\s+tu|comp[áa]rtelo|escr[íi]benos|d[ée]jalo)\b[^.!?;:]*\ben\s+(?:los\s+)?comentarios\b|(?:raccontaci|dicci|scrivici|fateci\s+sapere|facci\s+sapere|lasciaci|lascia\s+un\s+commento|condividi\s+la\s+tua)\b[^.!?;:]*\bnei\s+commenti\b|(?:conte-nos|diga-nos|deixe|partilhe|compartilhe|escreva-nos)\b[^.!?;:]*\bnos\s+coment[áa]rios\b|laat\s+in\s+de\s+(?:reacties|comments)\s+(?:weten|horen)\b|(?:laat\s+(?:het\s+)?(?:ons|weten)|laat\s+een\s+reactie|vertel\s+(?:het\s+)?ons|deel\s+je|schrijf\s+het)\b[^.!?;:]*\bin\s+de\s+(?:reacties|comments)\b",
    ),
    // "You may also like:", "Ti potrebbe interessare anche:", "Das könnte Sie auch
    // interessieren:" before a link: a read-more line in the seven languages.
    pat(
        F::ReadMore,
        LineStart,
        3,
        40,
        r"(?:you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in)|ti\s+potrebbe(?:ro)?\s+(?:anche\s+)?interessare(?:\s+anche)?|potrebbe(?:ro)?\s+interessarti(?:\s+anche)?|das\s+k[öo]nnte\s+(?:sie|dich)\s+(?:auch\s+)?interessieren|(?:cela|[çc]a)\s+pourrait\s+(?:aussi\s+|[ée]galement\s+)?vous\s+int[ée]resser|(?:tambi[ée]n\s+)?(?:te|le)\s+puede\s+(?:tambi[ée]n\s+)?interesar|(?:tamb[ée]m\s+)?(?:te\s+|lhe\s+)?pode\s+(?:tamb[ée]m\s+)?(?:te\s+|lhe\s+)?interessar|dit\s+vind\s+je\s+(?:misschien\s+)?(?:ook\s+)?interessant|misschien\s+ook\s+interessant)\s*[:→»›]",
    ),
    // A notice that the article is general information, not advice: "Important: this
    // article is general information, not personal financial advice."
    pat(
        F::Disclaimer,
        Start,
        3,
        45,
        r"(?:(?:important|note|please\s+note|nb|wichtig|hinweis|attention|importante|nota|let\s+op|belangrijk)\s*:\s*)?(?:this|our)\s+(?:article|content|information|guide|post|page)\s+is\s+(?:only\s+|for\s+)?general\s+information\b",
    ),
    // Donations the publisher's charity status makes tax-deductible: "Vos dons sont
    // déductibles à 66 %", "Spenden sind steuerlich absetzbar". Weak: a story about a
    // charity may say so.
    gated(
        &[
            "deductible",
            "déductible",
            "absetzbar",
            "deducibil",
            "dedutív",
            "dedutiv",
            "deducible",
            "desgrava",
            "aftrekbaar",
        ],
        pat(
            F::Appeal,
            Anywhere,
            2,
            40,
            r"\btax[-\s]deductible\b|\bdons?\s+(?:sont\s+|est\s+)?d[ée]ductibles?\b|\bsteuerlich\s+absetzbar\b|\b(?:donazioni|erogazioni)\s+(?:sono\s+)?deducibili\b|\bdeducibil[ei]\b|\bdonativos?\s+(?:s[ãa]o\s+)?dedut[íi]ve(?:l|is)\b|\b(?:donativos?|donaciones?)\s+(?:son\s+)?(?:deducibles|desgravan)\b|\bdesgrava(?:n|r)?\b|\b(?:fiscaal\s+)?aftrekbaar\b",
        ),
    ),
    // A contact person with a label, for questions: "Ihre Ansprechpartnerin in allen
    // Fragen der Tierhaltung: Sabine Wörner, Tel. …". Weak: with an e-mail or a phone
    // number the line's contact evidence makes it strong.
    pat(
        F::Contact,
        LineStart,
        2,
        30,
        r"(?:ihre?\s+)?ansprechpartner(?:in)?\b[^:.!?]*:|(?:your\s+)?contact\s+person\b[^:.!?]*:|(?:media|press)\s+(?:contact|enquiries|inquiries)\s*:|(?:votre\s+)?(?:interlocut(?:eur|rice)|contact\s+(?:presse|m[ée]dias?))\b[^:.!?]*\s?:|persona\s+de\s+contacto\b[^:.!?]*:|contacto\s+(?:de\s+)?(?:prensa|imprensa)\s*:|(?:il\s+(?:vostro|tuo)\s+)?referente\b[^:.!?]*:|(?:uw\s+|je\s+)?contactpersoon\b[^:.!?]*:|pessoa\s+de\s+contacto\b[^:.!?]*:",
    ),
    // The reader asked whether they are a customer or member already: "¿Eres cliente
    // de Salvia Salud? Pide cita …", "Noch kein Mitglied?". Weak alone (a consumer
    // story may ask it); with the publication named, strong.
    pat(
        F::CallToAction,
        Start,
        2,
        40,
        r"(?:are\s+you\s+(?:already\s+)?(?:a|an)|already\s+(?:a|an)|not\s+(?:yet\s+)?(?:a|an))\s+(?:\S+\s+)?(?:customer|client|member|subscriber|patient|policyholder)\b[^?]*\?|¿?\s*(?:eres|es\s+usted|ya\s+eres|a[úu]n\s+no\s+eres|todav[íi]a\s+no\s+eres)\s+(?:cliente|soci[oa]|suscriptora?|miembro|abonad[oa]|asegurad[oa])\b[^?]*\?|(?:j[áa]\s+)?(?:[ée]s|ainda\s+n[ãa]o\s+[ée]s?)\s+(?:cliente|s[óo]ci[oa]|associad[oa]|assinante|membro|segurad[oa])\b[^?]*\?|(?:sind\s+sie|bist\s+du|noch\s+kein(?:e)?|schon)\s+(?:bereits\s+|schon\s+)?(?:kunde|kundin|mitglied|abonnent(?:in)?|versichert(?:e|er)?)\b[^?]*\?|(?:vous\s+[êe]tes|[êe]tes-vous|pas\s+encore|d[ée]j[àa])\s+(?:d[ée]j[àa]\s+)?(?:client|membre|abonn[ée]|adh[ée]rent|assur[ée])e?s?\b[^?]*\?|(?:sei|non\s+sei\s+ancora|sei\s+gi[àa])\s+(?:cliente|soci[oa]|abbonat[oa]|iscritt[oa]|assicurat[oa])\b[^?]*\?|(?:ben\s+je|bent\s+u|nog\s+geen|al)\s+(?:klant|lid|abonnee|verzekerd)\b[^?]*\?",
    ),
    // "Este conteúdo também está disponível em: English · Español", "This page is
    // also available in: Français": the page's language switch.
    pat(
        F::Menu,
        LineStart,
        3,
        20,
        r"(?:(?:this|the)\s+(?:content|page|article|story|release|post|blog\s+post|news\s+item)\s+is\s+)?also\s+available\s+in\s*:|(?:dieser\s+(?:inhalt|artikel|beitrag)\s+ist\s+)?auch\s+(?:verf[üu]gbar|erh[äa]ltlich)\s+(?:in|auf)\s*:|(?:ce\s+(?:contenu|article)\s+est\s+)?(?:[ée]galement|aussi)\s+disponible\s+en\s*:|(?:este\s+(?:contenido|art[íi]culo)\s+est[áa]\s+)?tambi[ée]n\s+disponible\s+en\s*:|(?:questo\s+(?:contenuto|articolo)\s+[èe]\s+)?disponibile\s+anche\s+in\s*:|(?:este\s+(?:conte[úu]do|artigo)\s+)?tamb[ée]m\s+(?:est[áa]\s+)?dispon[íi]vel\s+em\s*:|(?:deze\s+(?:inhoud|pagina)\s+is\s+)?ook\s+beschikbaar\s+in\s*:",
    ),
    // A download link: "Descarregue o mapa da rota em PDF (2,1 MB)", "Download the
    // full report (PDF)", "Descargar fotografías en alta resolución". Weak: a fragment
    // is removed, a list item of steps stays.
    pat(
        F::ReadMore,
        LineStart,
        2,
        15,
        r"(?:download|descarga|descargar|descargue|descarregue|descarregar|baixe|baixar|herunterladen|t[ée]l[ée]charger|t[ée]l[ée]chargez|scarica|scaricare)\b.{0,80}?\b(?:pdf|fotos?|photos?|fotograf[íi]as?|fotografie|images|im[áa]genes|immagini|imagens|hi-?res|high[-\s]resolution|alta\s+(?:resoluci[óo]n|risoluzione|resolu[çc][ãa]o)|haute\s+(?:r[ée]solution|d[ée]finition)|hoher\s+aufl[öo]sung|hoge\s+resolutie|comunicado|press\s+release|pressemitteilung|communiqu[ée]|persbericht|comunicato|mapa|map|karte|carte|mappa|kaart|brochure|folleto|fact\s*sheet)\b|(?:download|downloaden)\s+(?:de|het)\s+\S+",
    ),
    // A medical or scientific journal's back matter: "Competing interests: none
    // declared.", "Provenance and peer review: commissioned", "Cite this as: …".
    pat(
        F::OrgVoice,
        LineStart,
        3,
        40,
        r"(?:competing|conflicts?\s+of|declarations?\s+of)\s+interests?\s*:|provenance\s+and\s+peer\s+review\s*:|cite\s+this\s+(?:article\s+|page\s+)?as\s*:|(?:rapid\s+)?responses?\s*[·|]\s*submit\s+a\s+(?:rapid\s+)?response|submit\s+a\s+(?:rapid\s+)?response\s+to\s+this\s+article|interessenkonflikte?\s*:|conflits?\s+d['’]int[ée]r[êe]ts?\s*:|liens\s+d['’]int[ée]r[êe]ts?\s*:|conflictos?\s+de\s+inter[ée]s(?:es)?\s*:|conflitt[oi]\s+di\s+interess[ei]\s*:|conflitos?\s+de\s+interesses?\s*:|belangenverstrengeling\s*:",
    ),
    // Free for personal use under the site's terms: a licence line.
    gated(
        &[
            "personal use",
            "non-commercial use",
            "persönlichen gebrauch",
            "privaten gebrauch",
            "usage personnel",
            "uso personal",
            "uso personale",
            "uso pessoal",
            "persoonlijk gebruik",
        ],
        pat(
            F::Rights,
            Anywhere,
            3,
            45,
            r"\b(?:article|content|material|page|text|story|site|website|photos?|images?|inhalte?|texte?|artikel|fotos?|bilder|contenus?|articles?|textes?|contenidos?|art[íi]culos?|textos?|contenuti|articoli|testi|conte[úu]dos?|artigos?|inhoud|artikelen|teksten)\b[^.!?]{0,80}?\b(?:(?:made\s+)?(?:freely\s+)?available\s+for\s+(?:personal|non-commercial)\s+use|for\s+(?:your\s+)?personal(?:,?\s+(?:and\s+)?non-commercial)?\s+use(?:\s+only)?|nur\s+(?:zum|f[üu]r\s+den)\s+(?:pers[öo]nlichen|privaten)\s+gebrauch|(?:r[ée]serv[ée]e?s?\s+[àa]\s+un|pour\s+un)\s+usage\s+personnel|para\s+(?:su\s+)?uso\s+personal|per\s+uso\s+personale|para\s+uso\s+pessoal|voor\s+persoonlijk\s+gebruik)\b|\bfor\s+personal,?\s+non-commercial\s+use\b",
        ),
    ),
    // A press release's embargo: "EMBARGOED UNTIL 00:01 …", "Sperrfrist: …".
    pat(
        F::Dateline,
        LineStart,
        3,
        20,
        r"(?:embargoed|under\s+embargo)\s+(?:until|till|to)\b|embargo\s*:|sperrfrist\b|embargo\s+(?:jusqu['’]|hasta\b|fino\s+(?:a|al|alle)\b|at[ée](?:\s|$)|tot\b)|embargad[oa]\s+hasta\b|sous\s+embargo\b|onder\s+embargo\b",
    ),
    // A wiki's or a docs site's edit link: "✎ Edit this page on GitHub".
    pat(
        F::Share,
        Whole,
        3,
        0,
        r"(?:edit|improve|suggest\s+(?:an\s+)?edits?\s+(?:to|for))\s+this\s+page(?:\s+on\s+(?:github|gitlab|codeberg|bitbucket))?|view\s+(?:the\s+)?(?:page\s+)?source(?:\s+on\s+(?:github|gitlab))?|report\s+an?\s+(?:issue|problem)\s+with\s+this\s+page|diese\s+seite\s+bearbeiten|modifier\s+cette\s+page|editar\s+esta\s+p[áa]gina|modifica\s+questa\s+pagina|deze\s+pagina\s+bewerken",
    ),
    // "Nachdruck, auch auszugsweise, nur mit Genehmigung der Redaktion", "Reproduction
    // interdite", "Riproduzione vietata": reprinting allowed only with permission.
    gated(
        &[
            "nachdruck nur",
            "nachdruck, auch",
            "nachdruck auch",
            "nachdruck ist",
            "nachdruck nicht",
            "nachdruck verboten",
            "nachdruck und",
            "nachdruck untersagt",
            "reproduction interdite",
            "reproduction totale",
            "reproduction partielle",
            "reproduction soumise",
            "reproduction, même",
            "reproduction strictement",
            "reproduction et",
            "reproducción prohibida",
            "reproducción total",
            "reproducción parcial",
            "riproduzione vietata",
            "riproduzione riservata",
            "riproduzione, anche",
            "reprodução proibida",
            "reprodução total",
            "reprodução parcial",
            "overname verboden",
            "overname alleen",
            "overname, ook",
        ],
        pat(
            F::Rights,
            Anywhere,
            3,
            40,
            r"\bnachdruck(?:\s*,?\s*auch\s+auszugsweise\s*,?)?\s+(?:nur|ist\s+nur|nicht\s+ohne)\s+(?:mit|nach)?\s*(?:\S+\s+){0,2}(?:genehmigung|zustimmung|erlaubnis)|\bnachdruck\s+(?:und\s+\S+\s+)?(?:verboten|untersagt)\b|\breproduction,?\s+(?:\S+\s+){0,3}(?:interdite|soumise\s+[àa]\s+autorisation)|\breproducci[óo]n\s+(?:\S+\s+){0,3}prohibida\b|\briproduzione,?\s+(?:\S+\s+){0,3}(?:vietata|riservata)\b|\breprodu[çc][ãa]o\s+(?:\S+\s+){0,3}proibida\b|\bovername,?\s+(?:\S+\s+){0,3}(?:verboden|alleen\s+met\s+toestemming)\b",
        ),
    ),
    // Comments only for logged-in members or subscribers.
    pat(
        F::Comments,
        Start,
        3,
        30,
        r"(?:comments?|commenting)\s+(?:on\s+this\s+(?:article|story|post)\s+)?(?:is|are)\s+(?:only\s+)?(?:open|available|reserved)\s+(?:only\s+)?(?:to|for)\s+(?:\S+\s+){0,2}(?:members|subscribers|users)|kommentare?\s+(?:zu\s+diesem\s+(?:beitrag|artikel)\s+)?(?:sind|ist)\s+(?:nur|ausschlie(?:ß|ss)lich)\s+f[üu]r\s+(?:\S+\s+){0,2}(?:mitglieder|abonnenten|nutzer)|(?:les\s+)?commentaires\s+(?:sont\s+)?r[ée]serv[ée]s\s+aux\s+(?:\S+\s+){0,2}(?:abonn[ée]s|membres|adh[ée]rents)|(?:los\s+)?comentarios\s+(?:est[áa]n\s+)?reservados\s+(?:a|para)\s+(?:\S+\s+){0,2}(?:suscriptores|socios|miembros)|(?:i\s+)?commenti\s+(?:sono\s+)?riservati\s+(?:agli|ai)\s+(?:\S+\s+){0,2}(?:abbonati|iscritti|soci)|(?:os\s+)?coment[áa]rios\s+(?:s[ãa]o\s+)?(?:exclusivos|reservados)\s+(?:para|a|aos)\s+(?:\S+\s+){0,2}(?:assinantes|s[óo]cios|membros)|reageren\s+(?:kan|is)\s+(?:alleen|enkel)\s+(?:voor|mogelijk\s+voor)\s+(?:\S+\s+){0,2}(?:leden|abonnees)",
    ),
    // A publication's appearance: "Der Gratwanderer erscheint viermal im Jahr",
    // "Schulterschluss erscheint zehnmal im Jahr". Weak: a story may say it of a
    // magazine it reports on.
    gated(
        &[
            "mal im jahr",
            "mal pro jahr",
            "fois par an",
            "veces al año",
            "volte l'anno",
            "volte all'anno",
            "volte l’anno",
            "volte all’anno",
            "numeri all'anno",
            "numeri l’anno",
            "numeri l'anno",
            "vezes por ano",
            "keer per jaar",
            "maal per jaar",
            "times a year",
            "monthly",
            "quarterly",
            "weekly",
            "monatlich",
            "wöchentlich",
            "vierteljährlich",
            "mensuellement",
            "chaque mois",
            "chaque semaine",
            "chaque trimestre",
            "mensualmente",
            "trimestralmente",
            "mensilmente",
            "maandelijks",
            "wekelijks",
        ],
        pat(
            F::OrgVoice,
            Anywhere,
            2,
            40,
            r"(?:\b(?:erscheint|para[îi]t|verschijnt|esce|se\s+publica|is\s+published|appears|comes\s+out)|(?:^|\s)é\s+publicad[ao])\s+(?:\S+\s+){0,2}?(?:\w+mal\s+(?:im|pro)\s+jahr|(?:\d+|deux|trois|quatre|six|dix|douze)\s+fois\s+par\s+an|(?:\d+|\w+)\s+(?:keer|maal)\s+per\s+jaar|(?:\d+|\w+)\s+(?:volte|numeri)\s+(?:all['’]\s*anno|l['’]\s*anno)|(?:\d+|\w+)\s+veces\s+al\s+a[ñn]o|(?:\d+|\w+)\s+vezes\s+por\s+ano|(?:\d+|\w+)\s+times\s+a\s+year|monthly|quarterly|weekly|monatlich|w[öo]chentlich|viertelj[äa]hrlich|mensuellement|chaque\s+(?:mois|semaine|trimestre)|mensualmente|trimestralmente|mensilmente|maandelijks|wekelijks)\b",
        ),
    ),
    // Live-blog furniture: "📌 Pinned", "Load earlier updates", a post's time and
    // author alone on a line ("4:05 p.m. ET · Luis Herrera").
    pat(
        F::Menu,
        Whole,
        3,
        0,
        r"pinned(?:\s+post)?|angeheftet|[ée]pingl[ée]|fijad[oa]|in\s+evidenza|fixad[oa]|vastgezet|(?:load|show|see)\s+(?:more|earlier|older|previous)\s+(?:updates|posts|entries|stories)|[äa]ltere\s+(?:beitr[äa]ge|eintr[äa]ge|meldungen)\s+(?:laden|anzeigen)|(?:charger|afficher|voir)\s+(?:plus\s+de\s+|les\s+)?(?:mises\s+[àa]\s+jour|messages|billets)\s+(?:pr[ée]c[ée]dent(?:e)?s|plus\s+anciens?)|cargar\s+(?:m[áa]s\s+)?(?:actualizaciones|entradas)(?:\s+anteriores)?|carica\s+(?:altri\s+)?aggiornamenti(?:\s+precedenti)?|carregar\s+(?:mais\s+)?atualiza[çc][õo]es(?:\s+anteriores)?|(?:laad|toon)\s+(?:meer|eerdere|oudere)\s+(?:updates|berichten)",
    ),
    pat(
        F::Dateline,
        LineStart,
        2,
        8,
        r"\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{1,4}\s*)?[·|]\s*\S",
    ),
    // A paywalled piece opened for free: "This discussion is normally for Isobar Pro
    // members. It is free to read until Saturday."
    pat(
        F::Access,
        Start,
        3,
        40,
        r"this\s+(?:article|story|piece|discussion|analysis|report|post|content|newsletter|column|forecast)\s+is\s+(?:normally|usually|otherwise)\s+(?:only\s+)?(?:for|available\s+to|reserved\s+for)\s+(?:\S+\s+){0,3}(?:members|subscribers|premium)\b|this\s+(?:article|story|piece|discussion|analysis|report|post|content|newsletter|column|forecast)\s+is\s+free\s+to\s+read\s+(?:until|for\s+a\s+limited)",
    ),
    // A chart's or map's caption with its source.
    pat(
        F::ImageCredit,
        LineStart,
        3,
        60,
        r"(?:chart|graphic|graph|map|infographic|grafik|karte|graphique|carte|infographie|gr[áa]fico|mapa|infograf[íi]a|grafico|mappa|grafiek|kaart)\s*:\s*.+?\b(?:source|quelle|fuente|fonte|bron)\s*:",
    ),
    // An app's alerts to turn on: "Turn on Change Watch in the Southern Isobar app."
    with_object(pat(
        F::CallToAction,
        Start,
        3,
        30,
        r"(?:turn|switch)\s+on\s+(?:\S+\s+){0,3}(?:alerts?|notifications?|push)\b|(?:enable|activate)\s+(?:\S+\s+){0,3}(?:alerts?|notifications?|push)\b",
    )),
    // A newsletter's issue on a line of its own: "Boletín Informativo Portuario N° 47
    // · Marzo 2026". Weak: a fragment is removed.
    gated(
        &[
            "n°", "nº", "no.", "nr.", "num.", "issue", "ausgabe", "numéro", "numero", "número",
            "edición", "edizione", "edição", "editie", "uitgave",
        ],
        pat(
            F::Dateline,
            Anywhere,
            2,
            10,
            r"(?:\bn[°º]|\bno\.|\bnr\.|\bnum\.|\bissue|\bausgabe|\bnum[ée]ro|\bedici[óo]n|\bedizione|\bedi[çc][ãa]o|\beditie|\buitgave)\s*\d+\s*[·|—–]\s*(?:\p{L}+\s+)?\d{4}\b",
        ),
    ),
    // A text-size widget: "Tamaño del texto: A- A A+ · Imprimir".
    pat(
        F::Share,
        LineStart,
        3,
        15,
        r"(?:text\s+size|font\s+size|schriftgr(?:ö|oe)(?:ß|ss)e|taille\s+du\s+texte|tama[ñn]o\s+(?:del?\s+)?(?:texto|letra|fuente)|dimensione\s+(?:del\s+)?(?:testo|carattere)|tamanho\s+d[oa]\s+(?:texto|letra|fonte)|tekstgrootte|lettergrootte)\s*:|a-\s+a\s+a\+",
    ),
    // See also, in the other languages: "Ver también: …", "Zie ook: …".
    pat(
        F::ReadMore,
        LineStart,
        3,
        40,
        r"(?:ver\s+tambi[ée]n|v[ée]ase\s+(?:tambi[ée]n)?|consultez\s+(?:aussi|[ée]galement)|consulte\s+tambi[ée]n|consulta\s+anche|consulte\s+tamb[ée]m|bekijk\s+ook|schauen\s+sie\s+auch|lee\s+tambi[ée]n|voir\s+aussi|lire\s+aussi|siehe\s+auch|lesen\s+sie\s+auch|vedi\s+anche|leggi\s+anche|veja\s+tamb[ée]m|leia\s+tamb[ée]m|zie\s+ook|lees\s+ook|lies\s+auch|lis\s+aussi)\s*[:→»›]|(?:d[ée]couvrez\s+(?:aussi|[ée]galement)|entdecken\s+sie\s+auch|descubre\s+tambi[ée]n|scopri\s+anche|descubra\s+tamb[ée]m|ontdek\s+ook)\s+(?:notre|nos|unsere[nmrs]?|nuestr[oa]s?|nostr[oaie]|noss[oa]s?|onze)(?:\s+\S+){0,2}\s*[:→»›]",
    ),
    // Tips to the newsroom: "Tip onze redactie via WhatsApp", "Contactez notre rédaction
    // en toute confidentialité".
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"(?:tip|contact|contactez|contacte|contacta|kontaktieren\s+sie|schreiben\s+sie|contatta|contattate|escreva\s+para|schrijf|mail)\s+(?:a\s+|à\s+)?(?:notre|la|nuestra|unsere|die|la\s+nostra|a\s+nossa|onze|de|our|the)\s+(?:r[ée]daction|redacci[óo]n|redaktion|redazione|reda[çc][ãa]o|redactie|newsroom|news\s*desk)\b",
    ),
    // A sponsor's credit as a whole first sentence: "Sponsored by Ferrous Cloud and
    // Northbeam Geodata. Become a sponsor on Open Collective." ("Sponsored by the
    // council, the festival …" goes on after a comma.)
    pat(
        F::Advert,
        LineStart,
        3,
        30,
        r"(?:sponsored|supported|powered|underwritten)\s+by\s+[^.!?,;:]+\.(?:\s|$)",
    ),
    // A tax receipt for donations: "Une attestation fiscale vous est délivrée", "Sie
    // erhalten eine Spendenquittung". Weak, like tax-deductible donations.
    gated(
        &[
            "attestation fiscale",
            "réduction d'impôt",
            "réduction d’impôt",
            "reduction d'impot",
            "reçu fiscal",
            "spendenquittung",
            "spendenbescheinigung",
            "tax receipt",
            "ricevuta fiscale",
            "recibo fiscal",
            "fiscaal attest",
        ],
        pat(
            F::Appeal,
            Anywhere,
            2,
            45,
            r"\battestation\s+fiscale\b|\br[ée]duction\s+d['’]imp[ôo]t\b|\bre[çc]u\s+fiscal\b|\bspenden(?:quittung|bescheinigung)\b|\btax\s+receipts?\b|\bricevuta\s+fiscale\b|\brecibo\s+fiscal\b|\bfiscaal\s+attest\b",
        ),
    ),
    // "Our forecasts and commentary are general information only": general
    // information, not advice, anywhere in the line.
    gated(
        &["general information"],
        pat(
            F::Disclaimer,
            Anywhere,
            3,
            45,
            r"\b(?:this|our)\s+(?:article|content|information|guide|page|site|website|post|forecasts?|commentary|material|advice)(?:\s+and\s+\S+)?\s+(?:is|are)\s+(?:provided\s+)?(?:as\s+|for\s+)?general\s+information(?:\s+only)?\b",
        ),
    ),
    // "Retrouvez toute l'info locale dans nos journaux … sur rvm974.fr": the
    // publication's own programmes and site, in French.
    with_object(pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"retrouvez(?:-nous|-les|-la|-le)?\s+(?:\S+\s+){0,2}?(?:toute?s?|tous|l['’]|les|nos|notre|nous|chaque)\b",
    )),
    // The publication's helpline, in its own voice: "Unsere Beratung erreichen Sie …
    // unter 01 555 23 40", "You can reach our advice line on 0800 …". Weak: a police
    // appeal asks witnesses to "call us on 0300 …", and that is the story; above a
    // footer the line goes with it.
    gated(
        &[
            "erreichen sie",
            "sie erreichen",
            "reach us",
            "reach our",
            "call us",
            "call our",
            "contact us",
            "contact our",
            "nous joindre",
            "contactarnos",
            "llamarnos",
            "contattarci",
            "chiamarci",
            "contactar-nos",
            "ligar-nos",
            "ons bereiken",
            "ons bellen",
        ],
        pat(
            F::Contact,
            Anywhere,
            2,
            40,
            r"\b(?:(?:uns|unsere[nmrs]?\s+\S+)\s+erreichen\s+sie|sie\s+erreichen\s+(?:uns|unsere[nmrs]?\s+\S+))\b.{0,80}?\bunter\s+[+(\d]|\b(?:you\s+can\s+)?(?:reach|call|contact)\s+(?:us|our\s+\S+(?:\s+(?:line|team|desk|service))?)\s+(?:on|at)\s+[+(\d]|\b(?:vous\s+pouvez\s+)?nous\s+joindre\s+(?:au|par\s+t[ée]l[ée]phone\s+au)\s+[+(\d]|\b(?:puede\s+)?(?:contactarnos|llamarnos)\s+(?:en\s+el|al)\s+[+(\d]|\b(?:pu[òo]\s+)?(?:contattarci|chiamarci)\s+al\s+[+(\d]|\b(?:pode\s+)?(?:contactar-nos|ligar-nos)\s+(?:pelo|para\s+o)\s+[+(\d]|\b(?:u\s+kunt\s+|je\s+kunt\s+)?ons\s+(?:bereiken|bellen)\s+(?:op|via)\s+[+(\d]",
        ),
    ),
    // "RELATED ON THE WIRE: …", "Related in Business: …".
    pat(
        F::ReadMore,
        LineStart,
        3,
        40,
        r"related\s+(?:on|in|from|at|coverage|stories|articles|links|reading|content|news|topics|videos?)\b[^:.!?,;]{0,30}:",
    ),
    // Readers' tips asked for: "Got a story about your street? Text the Crier on …".
    pat(
        F::CallToAction,
        Start,
        3,
        40,
        r"(?:got|have\s+you\s+got|do\s+you\s+have)\s+a\s+(?:story|tip|news\s+tip)\b[^?]*\?",
    ),
    // A society's charity number, a reprint permission: "… is a registered charity,
    // no. 1098765", "Other societies are welcome to reprint items from this bulletin".
    gated(
        &[
            "registered charity",
            "charity no",
            "charity number",
            "welcome to reprint",
            "may be reprinted",
            "free to republish",
            "welcome to republish",
            "welcome to reproduce",
            "free to reprint",
            "may be republished",
            "may be reproduced",
        ],
        pat(
            F::Rights,
            Anywhere,
            3,
            45,
            r"\bregistered\s+charity(?:\s+in\s+[\p{L} ]{2,30})?,?\s*(?:no\.?|number|n[°º])\s*:?\s*\d|\bcharity\s+(?:no\.?|number)\s*:?\s*\d|\b(?:are|is)\s+welcome\s+to\s+(?:reprint|republish|reproduce)\b|\bmay\s+be\s+(?:reprinted|republished|reproduced)\s+(?:freely|with|provided)\b|\bfree\s+to\s+(?:republish|reprint)\b",
        ),
    ),
    // "In collaboration with the Open Payments Lab" alone on a line: a partner label.
    pat(
        F::Advert,
        LineStart,
        3,
        12,
        r"(?:in\s+(?:collaboration|cooperation|association|partnership)\s+with|in\s+(?:zusammenarbeit|kooperation)\s+mit|en\s+(?:collaboration|partenariat|association)\s+avec|en\s+(?:colaboraci[óo]n|asociaci[óo]n|alianza)\s+con|in\s+collaborazione\s+con|em\s+(?:colabora[çc][ãa]o|parceria)\s+com|in\s+samenwerking\s+met|with\s+the\s+(?:support|backing)\s+of|mit\s+(?:freundlicher\s+)?unterst[üu]tzung\s+(?:von|der|des)|avec\s+le\s+(?:soutien|concours)\s+d[eu']|con\s+el\s+(?:patrocinio|apoyo)\s+de|con\s+il\s+(?:patrocinio|sostegno|contributo)\s+d[ie']|com\s+o\s+(?:patroc[íi]nio|apoio)\s+d[eoa]|met\s+(?:de\s+)?steun\s+van)\s+[^,;.!?]+$",
    ),
    // "Präsentiert von Modellbau Kessler, Ihrem Fachhändler …": a sponsor label in the
    // other languages (weak: a fragment goes, a sentence stays).
    pat(
        F::Advert,
        LineStart,
        2,
        15,
        r"(?:pr[äa]sentiert|gesponsert|unterst[üu]tzt)\s+von\s+\S|(?:pr[ée]sent[ée]e?|sponsoris[ée]e?)\s+par\s+\S|(?:presentad[oa]|patrocinad[oa])\s+por\s+\S|(?:presentat[oa]|sponsorizzat[oa])\s+da\s+\S|(?:apresentad[oa])\s+por\s+\S|(?:gepresenteerd|gesponsord)\s+door\s+\S",
    ),
    // A free trial offered: "Start your 30-day free trial", "Jetzt kostenlos testen".
    gated(
        &[
            "free trial",
            "kostenlos testen",
            "gratis testen",
            "essai gratuit",
            "prueba gratis",
            "prueba gratuita",
            "prova gratuita",
            "prova gratis",
            "teste grátis",
            "teste gratis",
            "gratis proberen",
            "gratis uitproberen",
            "probeer het gratis",
            "probeer gratis",
            "test gratis",
            "tu prueba",
            "prueba gratuita",
        ],
        pat(
            F::CallToAction,
            Anywhere,
            3,
            40,
            r"\b(?:start|begin|claim|get|try)\s+(?:your\s+|a\s+)?(?:\d+[-\s]day\s+)?free\s+trial\b|\b(?:jetzt\s+)?(?:\d+\s+tage\s+)?(?:kostenlos|gratis)\s+testen\s*(?:$|[.!:·|→»])|\b(?:commencez|d[ée]marrez|profitez\s+de)\s+(?:votre\s+)?essai\s+gratuit\b|\b(?:empieza|comienza|inicia)\s+tu\s+prueba\s+(?:gratis|gratuita)\b|\bprueba\s+(?:gratis|gratuita)\s+(?:de|durante|por)\s+\d+\s+d[íi]as\b|\b(?:inizia|attiva|prova)\s+(?:la\s+(?:tua\s+)?)?prova\s+gratuita\b|\b(?:comece|experimente)\s+(?:o\s+seu\s+)?teste\s+gr[áa]tis\b|\b(?:probeer|test)\s+(?:het\s+)?gratis(?:\s+uit)?\b|\bgratis\s+proberen\b",
        ),
    ),
    // An organisation's seat with its address: "Sede central: calle …", "Siège : …".
    pat(
        F::Address,
        LineStart,
        3,
        60,
        r"(?:sede(?:\s+(?:central|social|legale|operativa))?|si[èe]ge(?:\s+social)?|sitz|gesch[äa]ftsstelle|head\s+office|registered\s+office|hoofdkantoor|vestiging)\s*:\s*\S",
    ),
    // A shop button with a price: "Spray nasal …, 6,90 € · Ajouter au panier".
    gated(
        &[
            "add to cart",
            "add to basket",
            "add to bag",
            "warenkorb",
            "au panier",
            "al carrito",
            "al carrello",
            "ao carrinho",
            "winkelwagen",
            "buy now",
            "jetzt kaufen",
            "acheter maintenant",
            "comprar ahora",
            "comprar agora",
            "acquista ora",
        ],
        pat(
            F::Advert,
            Anywhere,
            3,
            45,
            r"(?:[$€£]\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[€$£]|euros?\b)).*?\b(?:add\s+to\s+(?:cart|basket|bag)|in\s+den\s+warenkorb|ajouter\s+au\s+panier|a[ñn]adir\s+al\s+carrito|aggiungi\s+al\s+carrello|adicionar\s+ao\s+carrinho|in\s+(?:de\s+)?winkelwagen|buy\s+now|jetzt\s+kaufen|acheter\s+maintenant|comprar\s+(?:ahora|agora)|acquista\s+ora)\s*(?:$|[·|→»›]|\()|\b(?:add\s+to\s+(?:cart|basket|bag)|in\s+den\s+warenkorb|ajouter\s+au\s+panier|a[ñn]adir\s+al\s+carrito|aggiungi\s+al\s+carrello|adicionar\s+ao\s+carrinho|buy\s+now|jetzt\s+kaufen)\s*[·|:–—-].*?(?:[$€£]\s?\d|\d(?:[.,]\d{1,2})?\s?(?:[€$£]|euros?\b))",
        ),
    ),
    // Customer service with a number: "Service client 09 70 00 41 16 (appel non surtaxé)".
    // Weak: a recall notice tells customers to call customer service, as news.
    gated(
        &[
            "service client",
            "customer service",
            "customer care",
            "customer support",
            "kundenservice",
            "kundendienst",
            "atención al cliente",
            "atencion al cliente",
            "servizio clienti",
            "apoio ao cliente",
            "klantenservice",
        ],
        pat(
            F::Contact,
            Anywhere,
            2,
            45,
            r"\b(?:service\s+client(?:s|[èe]le)?|customer\s+(?:service|care|support)|kundenservice|kundendienst|atenci[óo]n\s+al\s+cliente|servizio\s+clienti|apoio\s+ao\s+cliente|klantenservice)\s*:?\s*(?:\S+\s+){0,2}?[+(]?\d{2,5}[ /-]?\d{2,4}[ /-]?\d{2,4}(?:[ /-]?\d{2,4})?\b",
        ),
    ),
    // "Reporting from the Ferrycroft Ground: Dan Threlfall".
    pat(
        F::Byline,
        LineStart,
        3,
        12,
        r"reporting\s+from\s+[^:.!?]+:\s*\S",
    ),
    // An interactive that may not load: "Not loading? Try the static version".
    pat(
        F::Embed,
        Start,
        3,
        30,
        r"(?:(?:chart|graphic|map|video|interactive|page)\s+)?not\s+loading\s*\?|can['’]?t\s+see\s+(?:the|this)\s+(?:chart|graphic|map|video|interactive|poll)\s*\?|(?:grafik|karte|video)\s+wird\s+nicht\s+angezeigt\s*\?|(?:le\s+graphique|la\s+carte|la\s+vid[ée]o)\s+ne\s+s['’]affiche\s+pas\s*\?|¿?\s*no\s+(?:se\s+)?(?:ve|carga)\s+(?:el\s+gr[áa]fico|el\s+mapa|el\s+v[íi]deo)\s*\?|(?:il\s+grafico|la\s+mappa|il\s+video)\s+non\s+si\s+(?:vede|carica)\s*\?|(?:o\s+gr[áa]fico|o\s+mapa|o\s+v[íi]deo)\s+n[ãa]o\s+(?:carrega|aparece)\s*\?|(?:zie\s+je\s+de\s+grafiek\s+niet|laadt\s+de\s+grafiek\s+niet)\s*\?",
    ),
    // A donation label: "Jetzt helfen: Mit 35 Euro …", "Donate now: …".
    pat(
        F::Appeal,
        LineStart,
        3,
        50,
        r"(?:jetzt|bitte)\s+(?:helfen|spenden|unterst[üu]tzen)\s*:|(?:help|donate|give)\s+(?:now|today)\s*:|(?:aidez|donnez|agissez)\s+(?:maintenant|d[èe]s\s+maintenant|aujourd['’]hui)\s*:|(?:ayuda|dona|colabora)\s+(?:ahora|hoy)\s*:|(?:aiuta|dona|aiutaci)\s+(?:ora|adesso|oggi)\s*:|(?:ajude|doe|contribua)\s+(?:agora|hoje|j[áa])\s*:|(?:help|doneer|geef)\s+(?:nu|vandaag)\s*:",
    ),
    // A press release's header with its date: "Medienmitteilung vom 3. März 2026".
    pat(
        F::Dateline,
        LineStart,
        3,
        8,
        r"(?:press\s+release|news\s+release|media\s+release|medienmitteilung|pressemitteilung|presseinformation|communiqu[ée]\s+de\s+presse|nota\s+de\s+prensa|comunicado(?:\s+de\s+(?:prensa|imprensa))?|comunicato\s+stampa|persbericht)\s*(?:vom|du|de|del|van|dated|[:,·|–—-])?\s*\d",
    ),
    // "Comenta esta noticia en el foro …": a prompt to comment on this article.
    pat(
        F::Comments,
        Start,
        3,
        30,
        r"(?:comenta|comente|commentez|kommentieren\s+sie|kommentiere|commenta|reageer\s+op)\s+(?:esta|este|cette|cet|diesen|dieses|questa|questo|deze|dit)\s+(?:noticia|art[íi]culo|not[íi]cia|artigo|article|nouvelle|artikel|beitrag|notizia|articolo|bericht)\b|comment\s+on\s+this\s+(?:article|story|post)\s*(?:[.!:—–-]|$)|(?:comenta|comente|commentez|kommentieren\s+sie|commenta|reageer\s+op|comment\s+on)\s+(?:la\s+|el\s+|the\s+|l['’]|le\s+|a\s+|o\s+|het\s+|den\s+|das\s+)(?:noticia|art[íi]culo|not[íi]cia|artigo|article|nouvelle|artikel|beitrag|notizia|articolo|bericht|story|post)\s*(?:[.!:—–-]|$)",
    ),
    // A show's sponsor in the other languages: "Deze aflevering wordt mede mogelijk
    // gemaakt door Vaultwerk", and a promo code: "Gebruik code KABEL voor …".
    gated(
        &[
            "deze aflevering",
            "deze uitzending",
            "deze podcast",
            "diese folge",
            "diese sendung",
            "dieser podcast",
            "cet épisode",
            "cette émission",
            "este episodio",
            "este programa",
            "este podcast",
            "esta emisión",
            "questa puntata",
            "questo episodio",
            "este episódio",
            "use code",
            "promo code",
            "discount code",
            "gebruik code",
            "gebruik de code",
            "kortingscode",
            "utilisez le code",
            "utilisez code",
            "usa il codice",
            "usa el código",
            "utiliza el código",
            "use o código",
            "utilize o código",
            "gutscheincode",
            "rabattcode",
            "use the code",
            "nutze den code",
            "benutzen sie den code",
        ],
        pat(
            F::Advert,
            Anywhere,
            3,
            45,
            r"\b(?:deze|diese[rs]?|cette|cet|este|esta|questa|questo)\s+(?:aflevering|podcast|folge|[ée]pisode|episodio|puntata|epis[óo]dio)\s+(?:wordt|wird|est|es|[èe]|[ée])\s+(?:mede\s+|mit\s+|gemeinsam\s+)?(?:mogelijk\s+gemaakt|gesponsord|erm[öo]glicht|gesponsert|sponsoris[ée]e?|patrocinad[oa]|sponsorizzat[oa]|offert[oa])\b|\b(?:use|gebruik|utilisez|usa|utiliza|utilize|benutzen\s+sie|nutze)\s+(?:de\s+|le\s+|el\s+|il\s+|o\s+|the\s+|den\s+)?(?:code|codice|c[óo]digo|gutscheincode|rabattcode|promo\s*code|kortingscode|discount\s+code)\s+(?-i:[A-Z0-9]{3,})\b.{0,40}?(?:\boff\b|korting|rabatt|r[ée]duction|remise|descuento|sconto|desconto|discount|gratis|free|kostenlos|gratuit|%|[$€£]\s?\d|\d\s?[€$£])",
        ),
    ),
    // Consent asked before an embed loads, in the other languages.
    gated(
        &[
            "toestemming",
            "consentimiento",
            "consenso",
            "consentimento",
            "zustimmung",
            "einwilligung",
        ],
        pat(
            F::Embed,
            Anywhere,
            3,
            45,
            r"\b(?:hebben\s+we\s+(?:je|uw)\s+toestemming\s+nodig|(?:je|uw)\s+toestemming\s+(?:nodig\s+)?voor\s+cookies)\b|\bnecesitamos\s+(?:tu|su)\s+consentimiento\b|\babbiamo\s+bisogno\s+del\s+(?:tuo|suo)\s+consenso\b|\bprecisamos\s+do\s+(?:seu|teu)\s+consentimento\b|\bben[öo]tigen\s+wir\s+ihre\s+(?:zustimmung|einwilligung)\b",
        ),
    ),
    // "Listen to this page", "Page last reviewed: 5 March 2026".
    pat(
        F::Listen,
        Whole,
        3,
        0,
        r"listen\s+to\s+this\s+(?:page|post|report|release|update|alert)",
    ),
    pat(
        F::Dateline,
        LineStart,
        3,
        10,
        r"(?:page|content|article|information)\s+last\s+(?:reviewed|updated|checked|modified)\s*:?\s*\S",
    ),
    // Feedback asked in the other languages: "War dieser Beitrag hilfreich?", "Cet
    // article vous a-t-il été utile ?", "Was dit artikel nuttig?".
    pat(
        F::Share,
        Start,
        3,
        25,
        r"war\s+(?:diese[rs]?|das)\s+\S+\s+hilfreich\s*\?|(?:cet|cette|ce)\s+\S+\s+vous\s+a-t-(?:il|elle)\s+[ée]t[ée]\s+utile\s*\?|(?:questo|questa)\s+\S+\s+(?:ti|le|vi)\s+[èe]\s+stat[oa]\s+utile\s*\?|(?:este|esta)\s+\S+\s+foi\s+[úu]til\s*\?|was\s+(?:dit|deze)\s+\S+\s+(?:nuttig|handig|behulpzaam)\s*\?|¿?\s*(?:te|le|os)\s+(?:ha\s+)?(?:resultado|result[óo]|pareci[óo])\s+[úu]til\s+(?:est[ea]|la|el)\s+\S+\s*\?",
    ),
    // "Alle Angaben ohne Gewähr."
    gated(
        &[
            "ohne gewähr",
            "sans garantie",
            "sin garantía",
            "senza garanzia",
            "sem garantia",
            "zonder garantie",
            "without guarantee",
        ],
        pat(
            F::Disclaimer,
            Anywhere,
            3,
            30,
            r"\b(?:alle\s+)?angaben\s+ohne\s+gew[äa]hr\b|\binformations?\s+(?:donn[ée]es?\s+)?sans\s+garantie\b|\binformaci[óo]n\s+(?:ofrecida\s+)?sin\s+garant[íi]a\b|\binformazioni\s+(?:fornite\s+)?senza\s+garanzia\b|\binforma[çc][õo]es\s+sem\s+garantia\b|\b(?:alle\s+)?(?:informatie|gegevens)\s+zonder\s+garantie\b|\binformation\s+(?:is\s+)?(?:provided\s+)?without\s+(?:any\s+)?guarantee\b",
        ),
    ),
    // "Más noticias de la federación: …", "More news from the club: …".
    pat(
        F::ReadMore,
        LineStart,
        3,
        60,
        r"(?:m[áa]s|mais|plus\s+d['’]|meer|mehr|more|altre|outras)\s+(?:noticias|not[íi]cias|nouvelles|actualit[ée]s|nieuws|nachrichten|news|notizie|stories|artikel|articles)\b[^:.!?]*:",
    ),
    // A members' area to log into: "Espace adhérents : connectez-vous …", "Área
    // reservada a associados: …".
    pat(
        F::Access,
        LineStart,
        3,
        40,
        r"(?:(?:members?['’]?|subscribers?['’]?)\s+(?:area|zone|section|lounge)|(?:espace|[áa]rea|area|bereich|zona|zone|sezione|secci[óo]n|sec[çc][ãa]o)\s+(?:r[ée]serv[ée]e?\s+(?:aux?|a|ai|aos|para)\s+|reservad[ao]\s+(?:a|para|aos)\s+|riservat[ao]\s+(?:a|ai|agli)\s+)?(?:adh[ée]rents?|membres?|abonn[ée]s|socios|s[óo]cios|associados|soci|iscritti|mitglieder|abonnenten|leden|members?|subscribers?)|mitgliederbereich|ledenomgeving)(?:\s+\S+){0,2}\s*:",
    ),
    // A newsletter's edition header: "Édition du jeudi 15 janvier 2026".
    pat(
        F::Dateline,
        LineStart,
        3,
        8,
        r"(?:[ée]dition|edici[óo]n|edizione|edi[çc][ãa]o|editie|ausgabe|edition)\s+(?:du|del|de|van|vom|of|from)?\s*(?:\p{L}+,?\s+)?\d{1,2}\b",
    ),
    // A social post that needs cookies: "Contenuto Instagram non disponibile: accetta i
    // cookie social per visualizzare il post".
    gated(
        &["cookie"],
        pat(
            F::Embed,
            Anywhere,
            3,
            40,
            r"\b(?:accetta|accept|acceptez|acepta|aceite|aceita|akzeptieren\s+sie|accepteer)\s+(?:(?:i|the|les|las|os|die|de)\s+)?(?:\S+\s+)?cookies?\b.{0,60}?\b(?:visualizzare|view|see|display|afficher|voir|ver|mostrar|visualizar|anzuzeigen|sehen|bekijken|tonen)\b",
        ),
    ),
    // The e-mail's own frame in the other languages: "Si ce message ne s'affiche pas
    // correctement, consultez-le dans votre navigateur", "Se désinscrire".
    gated(
        &[
            "navigateur",
            "browser",
            "navegador",
            "se désinscrire",
            "se desinscrire",
            "se désabonner",
            "abbestellen",
            "darse de baja",
            "disiscriviti",
            "iscrizione",
            "subscrição",
            "uitschrijven",
            "unsubscribe",
        ],
        pat(
            F::Newsletter,
            Anywhere,
            3,
            40,
            r"\b(?:consultez|affichez|ouvrez|voir|lire)[-\s](?:le|la|cet?\s+e-?mail|ce\s+message)?\s*(?:dans|sur)\s+(?:votre|le)\s+navigateur\b|\b(?:im|in\s+ihrem|in\s+deinem)\s+browser\s+(?:an(?:sehen|zeigen)|[öo]ffnen|lesen)\b|\bver\s+(?:este\s+(?:correo|mensaje)\s+)?(?:en|no)\s+(?:el\s+|o\s+|tu\s+|seu\s+)?navegador\b|\bvisualizza(?:re)?\s+(?:questa\s+(?:e-?mail|newsletter)\s+)?nel\s+(?:tuo\s+)?browser\b|\bbekijk\s+(?:deze\s+(?:e-?mail|nieuwsbrief)\s+)?in\s+(?:je|uw|de)\s+browser\b|\bse\s+d[ée]sinscrire\b|\bse\s+d[ée]sabonner\b|\bnewsletter\s+abbestellen\b|\bdarse\s+de\s+baja\b|\bdisiscriviti\b|\bannulla\s+l['’]iscrizione\b|\bcancelar\s+(?:a\s+)?subscri[çc][ãa]o\b|\buitschrijven\b|^unsubscribe(?:\s+(?:here|now|from\s+(?:this|these|our)\s+(?:mailing\s+)?(?:list|e-?mails?|newsletters?)))?\s*(?:[|·•/]|$)",
        ),
    ),
    // "Book a demo →", "Demo anfragen".
    gated(
        &["demo"],
        pat(
            F::CallToAction,
            Anywhere,
            3,
            40,
            r"\b(?:book|request|get|schedule)\s+(?:a|your)\s+(?:free\s+)?demo\b|\bdemo\s+(?:anfragen|vereinbaren|buchen)\b|\bdemander\s+une\s+d[ée]mo\b|\bsolicit[ae]\s+una\s+demo\b|\brichiedi\s+una\s+demo\b|\bsolicite\s+uma\s+demo\b|\bvraag\s+een\s+demo\s+aan\b|\bplan\s+een\s+demo\b",
        ),
    ),
    // A sponsor list by its verb: "Patrocinan: … · Colaboran: …", "Partners: …".
    pat(
        F::Advert,
        LineStart,
        3,
        40,
        r"(?:patrocinan?|colaboran?|organizan?|con\s+la\s+colaboraci[óo]n\s+de|sponsors?|sponsoren|partners|partenaires|parceiros|patrocinadores|gef[öo]rdert\s+(?:von|durch)|unterst[üu]tzt\s+durch)\s*:",
    ),
    // Affiliate earnings worded with the verb first: "Für Käufe über Links in diesem
    // Artikel erhalten wir gegebenenfalls eine Provision."
    gated(
        &["provision"],
        pat(
            F::Disclaimer,
            Anywhere,
            3,
            45,
            r"\berhalten\s+wir\s+(?:gegebenenfalls\s+|eventuell\s+|m[öo]glicherweise\s+|unter\s+umst[äa]nden\s+)?eine\s+(?:kleine\s+)?provision\b",
        ),
    ),
    // Market data notices: "Quotes delayed at least 15 minutes. Market data provided by …".
    pat(
        F::Disclaimer,
        Start,
        3,
        30,
        r"(?:quotes|prices|data)\s+(?:are\s+)?delayed\s+(?:by\s+)?(?:at\s+least\s+)?\d+\s+min|market\s+data\s+(?:provided|powered|supplied)\s+by\b|kurse\s+(?:sind\s+)?(?:um\s+)?(?:mindestens\s+)?\d+\s+min(?:uten)?\s+verz[öo]gert|cours\s+diff[ée]r[ée]s\s+(?:de\s+)?\d+\s+min",
    ),
    // A content warning above the story: "Content note: …", "Inhaltshinweis: …".
    pat(
        F::OrgVoice,
        LineStart,
        3,
        30,
        r"(?:content|trigger)\s+(?:note|warning|advisory)\s*:|inhaltshinweis\s*:|triggerwarnung\s*:|avertissement\s+(?:sur\s+le\s+contenu|de\s+contenu)\s*:|aviso\s+(?:de|sobre\s+el)\s+contenido\s*:|avviso\s+sui\s+contenuti\s*:|aviso\s+de\s+conte[úu]do\s*:|inhoudswaarschuwing\s*:",
    ),
    // "Quick quiz: …", "Test yourself in our monthly quiz".
    pat(
        F::Embed,
        LineStart,
        3,
        40,
        r"(?:quick|weekly|monthly|daily)\s+quiz\s*:|test\s+yourself\b|(?:schnelles\s+)?quiz\s+der\s+woche\s*:|testez-vous\b|pon\s+a\s+prueba\s+tus\s+conocimientos|mettiti\s+alla\s+prova|teste\s+os\s+seus\s+conhecimentos|test\s+je\s+kennis",
    ),
];

/// Labels that make up site menus, share bars and cookie buttons. A line made only
/// of these (split on `|`, `·`, `/`…) is a menu; a single one alone is weak evidence.
pub(super) const UI_LABELS: &[&str] = &[
    // forum and social-post controls
    "comment",
    "report",
    "report post",
    "quote",
    "jump to latest",
    "watch this thread",
    "most relevant",
    "forum rules",
    "contact the admins",
    // social networks and share targets
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "reddit",
    "pinterest",
    "instagram",
    "tiktok",
    "youtube",
    "telegram",
    "threads",
    "bluesky",
    "mastodon",
    "rss",
    "flipboard",
    "messenger",
    "snapchat",
    "tumblr",
    "email",
    "e-mail",
    "mail",
    "print",
    "copy link",
    "sms",
    "pocket",
    "hacker news",
    "vk",
    "weibo",
    "wechat",
    "google news",
    "apple news",
    "share",
    "tweet",
    "like",
    "follow",
    // site navigation
    "home",
    "news",
    "about",
    "about us",
    "contact",
    "contact us",
    "careers",
    "jobs",
    "advertise",
    "advertise with us",
    "advertising",
    "help",
    "faq",
    "faqs",
    "sitemap",
    "site map",
    "site index",
    "accessibility",
    "privacy",
    "privacy policy",
    "privacy notice",
    "privacy center",
    "terms",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "terms & conditions",
    "cookie policy",
    "cookies",
    "cookie settings",
    "do not sell my info",
    "do not sell my data",
    "do not sell my personal information",
    "do not sell or share my personal information",
    "your privacy choices",
    "your california privacy rights",
    "ad choices",
    "adchoices",
    "masthead",
    "press",
    "store",
    "shop",
    "podcasts",
    "videos",
    "newsletters",
    "newsletter",
    "subscribe",
    "subscriptions",
    "sign in",
    "log in",
    "login",
    "log out",
    "logout",
    "register",
    "sign up",
    "account",
    "my account",
    "search",
    "menu",
    "close",
    "more",
    "next",
    "previous",
    "back",
    "back to top",
    "top",
    "comments",
    "reply",
    "editorial ethics",
    "advertising guidelines",
    "code of conduct",
    "corrections",
    "ethics",
    "staff",
    "our team",
    "team",
    "contributors",
    "events",
    "archive",
    "archives",
    "rss feed",
    "feeds",
    "apps",
    "mobile apps",
    "e-paper",
    "epaper",
    "e-edition",
    "manage subscription",
    "licensing",
    "reprints",
    "permissions",
    "syndication",
    "legal",
    "imprint",
    "impressum",
    "datenschutz",
    "kontakt",
    "mentions légales",
    "contacto",
    "aviso legal",
    "contatti",
    "contato",
    "colofon",
    "accept",
    "reject",
    "decline",
    "agree",
    "i agree",
    "ok",
    "got it",
    "manage settings",
    "settings",
    "preferences",
    "skip to content",
    "skip to main content",
    "jump to recipe",
    "print recipe",
    "view on map",
    "directions",
    "login / register",
    "login/register",
    "watchers",
    "stars",
    "forks",
    "attachments",
    "shortcuts",
    "powered by wordpress",
    "report an error",
    "suggest a correction",
    "corrections policy",
    "report a typo",
    "feedback",
    "sections",
    "topics",
    "save",
    "save article",
    "save for later",
    "saved",
    "bookmark",
    "gift this article",
    "politique de confidentialité",
    "gérer mes cookies",
    "gestion des cookies",
    "nous contacter",
    "conditions générales",
    "conditions générales d'utilisation",
    "cgu",
    "cgv",
    "plan du site",
    "qui sommes-nous",
    "agb",
    "datenschutzerklärung",
    "cookie-einstellungen",
    "barrierefreiheit",
    "política de privacidad",
    "política de cookies",
    "quiénes somos",
    "términos y condiciones",
    "chi siamo",
    "note legali",
    "política de privacidade",
    "termos de uso",
    "fale conosco",
    "quem somos",
    "expediente",
    "privacybeleid",
    "cookiebeleid",
    "algemene voorwaarden",
    "over ons",
    "adverteren",
    "abonnés",
    "abonnenten",
    "suscriptores",
    "assinantes",
    "abonnees",
    "réservé aux abonnés",
    "exklusiv für abonnenten",
    "font size",
    "pin",
    "gift article",
    "reuse this content",
    "text size",
    "a+",
    "listen",
    // toolbars and subscriber labels in the other languages
    "drucken",
    "imprimer",
    "imprimir",
    "stampa",
    "afdrukken",
    "teilen",
    "partager",
    "compartir",
    "condividi",
    "compartilhar",
    "delen",
    "senden",
    "envoyer",
    "enviar",
    "invia",
    "versturen",
    "link kopieren",
    "copier le lien",
    "copiar enlace",
    "copia link",
    "copiar link",
    "kopieer link",
    "add to reading list",
    // legal links and page tools in the other languages
    "accesibilidad",
    "mapa web",
    "mapa del sitio",
    "aviso de privacidad",
    "acessibilidade",
    "mapa do site",
    "estatuto editorial",
    "ficha técnica",
    "termos de utilização",
    "termos e condições",
    "condições de utilização",
    "accessibilité",
    "toegankelijkheid",
    "accessibilità",
    "mappa del sito",
    "informativa privacy",
    "print this page",
    "print article",
    "imprimer la page",
    "seite drucken",
    "imprimir página",
    "stampa la pagina",
    "pagina afdrukken",
    "text size a a a",
    "members' area",
    "trasparenza",
    "transparency",
    "transparencia",
    "transparência",
    "transparenz",
    "transparantie",
    "member area",
    "members area",
    // share-bar buttons
    "merken",
    "bookmark",
    "speichern",
    "enregistrer",
    "guardar",
    "salva",
    "opslaan",
    "kommentieren",
    "commenter",
    "comentar",
    "commenta",
    "reageren",
    "contenu abonné",
    "subscriber content",
    "subscribers only",
    "premium",
];

/// Share-bar words that may be pasted as one space-separated line.
pub(super) const SOCIAL_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "linkedin",
    "whatsapp",
    "reddit",
    "pinterest",
    "instagram",
    "tiktok",
    "youtube",
    "telegram",
    "threads",
    "bluesky",
    "mastodon",
    "rss",
    "flipboard",
    "email",
    "e-mail",
    "print",
    "share",
    "tweet",
    "messenger",
    "copy",
    "link",
    "sms",
];

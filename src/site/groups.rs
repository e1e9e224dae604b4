//! Daily editions, publishers (sources) and related articles: derived indexes over the
//! ordered articles, each built in one pass (no pass over all pairs of articles).

use std::collections::{BTreeMap, HashMap};

use super::Article;

/// All articles of one calendar day: a briefing's edition.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edition {
    pub date: jiff::civil::Date,
    /// Indices into `Site::articles`, newest first.
    pub articles: Vec<usize>,
}

/// Group articles (already newest first) by their calendar date, newest day first.
pub fn editions(articles: &[Article]) -> Vec<Edition> {
    let mut by_day: BTreeMap<jiff::civil::Date, Vec<usize>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        by_day.entry(a.date.date).or_default().push(i);
    }
    by_day
        .into_iter()
        .rev()
        .map(|(date, articles)| Edition { date, articles })
        .collect()
}

/// One publisher, as named in `source:`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    pub slug: String,
    /// The spelling most articles use.
    pub name: String,
    /// The publisher's site (`https://host`), from its articles' `source_url`.
    pub homepage: Option<String>,
    /// Indices into `Site::articles`, newest first.
    pub articles: Vec<usize>,
}

pub fn source_slug(name: &str) -> String {
    let s = crate::content::article::slugify(name);
    if s.is_empty() {
        "source".into()
    } else {
        s
    }
}

/// Group articles by publisher slug, in slug order.
pub fn sources(articles: &[Article]) -> Vec<Source> {
    #[derive(Default)]
    struct Acc<'a> {
        names: BTreeMap<&'a str, usize>,
        homes: BTreeMap<String, usize>,
        articles: Vec<usize>,
    }
    let mut by_slug: BTreeMap<String, Acc<'_>> = BTreeMap::new();
    for (i, a) in articles.iter().enumerate() {
        let Some(name) = a.source.as_deref() else {
            continue;
        };
        let acc = by_slug.entry(source_slug(name)).or_default();
        *acc.names.entry(name).or_default() += 1;
        if let Some(home) = a.source_url.as_deref().and_then(origin) {
            *acc.homes.entry(home).or_default() += 1;
        }
        acc.articles.push(i);
    }
    let most_used = |m: &BTreeMap<&str, usize>| {
        m.iter()
            .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(n, _)| n.to_string())
    };
    by_slug
        .into_iter()
        .map(|(slug, acc)| Source {
            name: most_used(&acc.names).unwrap_or_else(|| slug.clone()),
            homepage: acc
                .homes
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then_with(|| b.0.cmp(a.0)))
                .map(|(h, _)| h.clone()),
            slug,
            articles: acc.articles,
        })
        .collect()
}

/// `https://host[:port]` of a URL.
fn origin(url: &str) -> Option<String> {
    let u = url::Url::parse(url).ok()?;
    u.host_str()?;
    Some(u.origin().ascii_serialization())
}

/// How many related articles an article page shows at most.
pub const RELATED_MAX: usize = 5;
/// How many it shows at least (when the site has that many other articles).
pub const RELATED_MIN: usize = 3;
/// Per shared tag, how many of that tag's articles nearest in time are considered. Bounds
/// the work for very common tags: O(articles × tags × window), never all pairs.
const RELATED_WINDOW: usize = 64;

/// Related articles for every article: shared tags weighted by rarity (inverse document
/// frequency), then recency (closer in time first), then slug. `tag_articles[t]` lists the
/// articles of tag `t` in site order; `article_tags[i]` the tag indices of article `i`.
pub fn related(
    articles: &[Article],
    tag_articles: &[Vec<usize>],
    article_tags: &[Vec<usize>],
) -> Vec<Vec<usize>> {
    let n = articles.len().max(1) as f64;
    let weight: Vec<f64> = tag_articles
        .iter()
        .map(|list| (n / list.len().max(1) as f64).ln() + 1.0)
        .collect();
    // Where each article sits in each of its tags' lists, to find its neighbours in time.
    let mut position: Vec<HashMap<usize, usize>> = vec![HashMap::new(); articles.len()];
    for (t, list) in tag_articles.iter().enumerate() {
        for (pos, &i) in list.iter().enumerate() {
            position[i].insert(t, pos);
        }
    }
    (0..articles.len())
        .map(|i| {
            let mut score: HashMap<usize, f64> = HashMap::new();
            for &t in &article_tags[i] {
                let list = &tag_articles[t];
                let pos = position[i].get(&t).copied().unwrap_or(0);
                let lo = pos.saturating_sub(RELATED_WINDOW / 2);
                let hi = (lo + RELATED_WINDOW).min(list.len());
                for &j in &list[lo..hi] {
                    if j != i {
                        *score.entry(j).or_default() += weight[t];
                    }
                }
            }
            let mut ranked: Vec<(usize, f64)> = score.into_iter().collect();
            let when = |k: usize| articles[k].date.instant;
            let gap = |k: usize| (when(k).as_second() - when(i).as_second()).unsigned_abs();
            ranked.sort_by(|a, b| {
                b.1.total_cmp(&a.1)
                    .then_with(|| gap(a.0).cmp(&gap(b.0)))
                    .then_with(|| articles[a.0].slug.cmp(&articles[b.0].slug))
            });
            let mut picked: Vec<usize> = ranked
                .into_iter()
                .take(RELATED_MAX)
                .map(|(j, _)| j)
                .collect();
            // Too few shared tags: fill up to the minimum with the nearest articles in time.
            let mut step = 1;
            while picked.len() < RELATED_MIN.min(articles.len() - 1) {
                for j in [i.checked_sub(step), Some(i + step)].into_iter().flatten() {
                    if j < articles.len() && !picked.contains(&j) && picked.len() < RELATED_MIN {
                        picked.push(j);
                    }
                }
                step += 1;
            }
            picked
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::PublishDate;

    fn art(slug: &str, date: &str, source: Option<&str>, url: Option<&str>) -> Article {
        Article {
            slug: slug.into(),
            title: slug.into(),
            date: PublishDate::parse(date).unwrap(),
            source: source.map(Into::into),
            source_url: url.map(Into::into),
            author: None,
            tags: vec![],
            summary: String::new(),
            words: 0,
            rel_path: format!("{slug}.md").into(),
            extra: Default::default(),
            draft: false,
            html: String::new(),
            removals: vec![],
        }
    }

    #[test]
    fn editions_by_day_newest_first() {
        let arts = vec![
            art("c", "2025-11-19", None, None),
            art("b", "2025-11-18", None, None),
            art("a", "2025-11-18", None, None),
        ];
        let e = editions(&arts);
        assert_eq!(e.len(), 2);
        assert_eq!(e[0].date.to_string(), "2025-11-19");
        assert_eq!(e[1].articles, vec![1, 2]);
    }

    #[test]
    fn sources_merge_spellings_and_find_homepage() {
        let arts = vec![
            art(
                "a",
                "2025-11-19",
                Some("Tidewater Wire"),
                Some("https://tidewater.example/a"),
            ),
            art(
                "b",
                "2025-11-18",
                Some("tidewater wire"),
                Some("https://tidewater.example/b"),
            ),
            art("c", "2025-11-18", Some("Tidewater Wire"), None),
            art("d", "2025-11-18", None, None),
        ];
        let s = sources(&arts);
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].name, "Tidewater Wire");
        assert_eq!(s[0].homepage.as_deref(), Some("https://tidewater.example"));
        assert_eq!(s[0].articles, vec![0, 1, 2]);
    }

    #[test]
    fn related_prefers_rare_shared_tags_then_recency() {
        let arts: Vec<Article> = (0..6)
            .map(|i| {
                art(
                    &format!("a{i}"),
                    &format!("2025-11-{:02}", 20 - i),
                    None,
                    None,
                )
            })
            .collect();
        // tag 0 is common (all), tag 1 is rare (0, 4, 5)
        let tag_articles = vec![vec![0, 1, 2, 3, 4, 5], vec![0, 4, 5]];
        let article_tags = vec![
            vec![0, 1],
            vec![0],
            vec![0],
            vec![0],
            vec![0, 1],
            vec![0, 1],
        ];
        let r = related(&arts, &tag_articles, &article_tags);
        assert_eq!(
            &r[0][..2],
            &[4, 5],
            "rare shared tag first, nearer in time first"
        );
        assert_eq!(r[0].len(), 5);
        assert!(!r[0].contains(&0));
    }

    #[test]
    fn related_fills_up_to_three_by_time() {
        let arts: Vec<Article> = (0..5)
            .map(|i| art(&format!("a{i}"), "2025-11-20", None, None))
            .collect();
        let r = related(&arts, &[], &vec![vec![]; 5]);
        assert_eq!(r[2], vec![1, 3, 0]);
    }
}

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
        names: Vec<(&'a str, usize)>,
        homes: Vec<(&'a str, usize)>,
        articles: Vec<usize>,
    }
    fn bump<'a>(list: &mut Vec<(&'a str, usize)>, key: &'a str) {
        match list.iter_mut().find(|(k, _)| *k == key) {
            Some(entry) => entry.1 += 1,
            None => list.push((key, 1)),
        }
    }
    fn most_used(list: &[(&str, usize)]) -> Option<String> {
        list.iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
            .map(|(n, _)| n.to_string())
    }
    let mut by_slug: HashMap<&str, Acc<'_>> = HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        let (Some(name), Some(slug)) = (a.source.as_deref(), a.source_slug.as_deref()) else {
            continue;
        };
        let acc = by_slug.entry(slug).or_default();
        bump(&mut acc.names, name);
        if let Some(home) = a.source_home.as_deref() {
            bump(&mut acc.homes, home);
        }
        acc.articles.push(i);
    }
    let mut sources: Vec<Source> = by_slug
        .into_iter()
        .map(|(slug, acc)| Source {
            name: most_used(&acc.names).unwrap_or_else(|| slug.to_string()),
            homepage: most_used(&acc.homes),
            slug: slug.to_string(),
            articles: acc.articles,
        })
        .collect();
    sources.sort_unstable_by(|a, b| a.slug.cmp(&b.slug));
    sources
}

/// `https://host[:port]` of a URL.
pub fn origin(url: &str) -> Option<String> {
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
pub const RELATED_WINDOW: usize = 64;

/// How much a shared tag counts: rarer tags count more. Bucketed by powers of two of the
/// tag's size, so a weight changes only when a tag doubles or halves; that keeps an
/// edit's effect on other articles' related lists local (see `preview`).
pub fn tag_weight(tag_size: usize) -> f64 {
    1.0 / f64::from(tag_bucket(tag_size) + 1)
}

/// ⌊log2(size)⌋: the bucket that decides a tag's weight.
pub fn tag_bucket(tag_size: usize) -> u32 {
    tag_size.max(1).ilog2()
}

/// Related articles of article `i`: shared tags weighted by rarity ([`tag_weight`]), then
/// recency (closer in time first), then slug. `its_tags` are the indices in `tags` of
/// article `i`'s tags. Only the [`RELATED_WINDOW`] articles nearest in time in each
/// shared tag are scored, so the cost per article is bounded and an edit only changes
/// the related lists of articles near it in its tags.
pub fn related(
    articles: &[Article],
    tags: &[super::Tag],
    its_tags: &[usize],
    i: usize,
) -> Vec<usize> {
    let mut candidates: Vec<(usize, f64)> = Vec::with_capacity(RELATED_WINDOW * its_tags.len());
    for &t in its_tags {
        let list = &tags[t].articles;
        let weight = tag_weight(list.len());
        // Tag lists are in site order (indices ascending), so `i` is found by bisection.
        let pos = list.binary_search(&i).unwrap_or_else(|p| p);
        let lo = pos.saturating_sub(RELATED_WINDOW / 2);
        let hi = (lo + RELATED_WINDOW).min(list.len());
        candidates.extend(
            list[lo..hi]
                .iter()
                .filter(|&&j| j != i)
                .map(|&j| (j, weight)),
        );
    }
    // Sum the weights per candidate: sort by index, merge neighbours.
    candidates.sort_unstable_by_key(|&(j, _)| j);
    let mut score: Vec<(usize, f64)> = Vec::with_capacity(candidates.len());
    for (j, w) in candidates {
        match score.last_mut() {
            Some(last) if last.0 == j => last.1 += w,
            _ => score.push((j, w)),
        }
    }
    let when = |k: usize| articles[k].date.instant.as_second();
    let gap = |k: usize| (when(k) - when(i)).unsigned_abs();
    score.sort_by(|a, b| {
        b.1.total_cmp(&a.1)
            .then_with(|| gap(a.0).cmp(&gap(b.0)))
            .then_with(|| articles[a.0].slug.cmp(&articles[b.0].slug))
    });
    let mut picked: Vec<usize> = score
        .into_iter()
        .take(RELATED_MAX)
        .map(|(j, _)| j)
        .collect();
    // Too few shared tags: fill up to the minimum with the nearest articles in time.
    let mut step = 1;
    while picked.len() < RELATED_MIN.min(articles.len().saturating_sub(1)) {
        for j in [i.checked_sub(step), Some(i + step)].into_iter().flatten() {
            if j < articles.len() && !picked.contains(&j) && picked.len() < RELATED_MIN {
                picked.push(j);
            }
        }
        step += 1;
    }
    picked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::PublishDate;

    fn art(slug: &str, date: &str, source: Option<&str>, url: Option<&str>) -> Article {
        let mut a = Article {
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
            slug_line: None,
            extra: Default::default(),
            draft: false,
            html: String::new(),
            removals: vec![],
            tag_slugs: vec![],
            source_slug: None,
            source_home: None,
        };
        a.index_keys();
        a
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
        let tags: Vec<super::super::Tag> = [vec![0, 1, 2, 3, 4, 5], vec![0, 4, 5]]
            .into_iter()
            .enumerate()
            .map(|(t, articles)| super::super::Tag {
                slug: format!("t{t}"),
                name: format!("t{t}"),
                articles,
            })
            .collect();
        let article_tags = [
            vec![0, 1],
            vec![0],
            vec![0],
            vec![0],
            vec![0, 1],
            vec![0, 1],
        ];
        let r: Vec<Vec<usize>> = (0..6)
            .map(|i| related(&arts, &tags, &article_tags[i], i))
            .collect();
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
        assert_eq!(related(&arts, &[], &[], 2), vec![1, 3, 0]);
    }
}

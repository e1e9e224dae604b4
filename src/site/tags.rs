//! Tags: matched case-insensitively and by slug, shown in their most used spelling.

use std::collections::HashMap;

use super::Article;

/// One tag of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    /// URL name: `economy`.
    pub slug: String,
    /// Display name: the spelling most articles use (`Economy` vs `economy`).
    pub name: String,
    /// Indices into `Site::articles`, in site order (newest first).
    pub articles: Vec<usize>,
}

pub fn tag_slug(name: &str) -> String {
    let s = crate::content::article::slugify(name);
    if s.is_empty() {
        "tag".into()
    } else {
        s
    }
}

/// The index in `tags` (slug order) of a tag slug.
pub fn find_slug(tags: &[Tag], slug: &str) -> Option<usize> {
    tags.binary_search_by(|t| t.slug.as_str().cmp(slug)).ok()
}

/// Group the articles' tags by slug, in slug order. One pass over the articles.
pub fn index(articles: &[Article]) -> Vec<Tag> {
    struct Acc<'a> {
        /// Spellings and how many articles use each: a handful, a Vec beats a map.
        spellings: Vec<(&'a str, usize)>,
        articles: Vec<usize>,
    }
    // Borrowed keys: no allocation per tag use (this runs on every preview update).
    let mut by_slug: HashMap<&str, Acc<'_>> = HashMap::new();
    for (i, a) in articles.iter().enumerate() {
        for (name, slug) in a.tags.iter().zip(&a.tag_slugs) {
            let acc = by_slug.entry(slug.as_str()).or_insert_with(|| Acc {
                spellings: Vec::new(),
                articles: Vec::new(),
            });
            match acc.spellings.iter_mut().find(|(n, _)| *n == name.as_str()) {
                Some(entry) => entry.1 += 1,
                None => acc.spellings.push((name.as_str(), 1)),
            }
            // An article listing two spellings of one tag counts once.
            if acc.articles.last() != Some(&i) {
                acc.articles.push(i);
            }
        }
    }
    let mut tags: Vec<Tag> = by_slug
        .into_iter()
        .map(|(slug, acc)| {
            // Most used spelling; ties go to the alphabetically first, for stable output.
            let name = acc
                .spellings
                .iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(a.0)))
                .map_or_else(|| slug.to_string(), |(n, _)| n.to_string());
            Tag {
                slug: slug.to_string(),
                name,
                articles: acc.articles,
            }
        })
        .collect();
    tags.sort_unstable_by(|a, b| a.slug.cmp(&b.slug));
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(tags: &[&str]) -> Article {
        let mut a = Article {
            slug: "a".into(),
            title: "a".into(),
            date: Default::default(),
            source: None,
            source_url: None,
            author: None,
            tags: tags.iter().map(|t| t.to_string()).collect(),
            summary: String::new(),
            words: 0,
            rel_path: "a.md".into(),
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
    fn spellings_merge_and_most_used_wins() {
        let arts = vec![
            article(&["Economy"]),
            article(&["economy", "Énergie"]),
            article(&["economy"]),
        ];
        let tags = index(&arts);
        assert_eq!(tags.len(), 2);
        assert_eq!(tags[0].slug, "economy");
        assert_eq!(tags[0].name, "economy");
        assert_eq!(tags[0].articles, vec![0, 1, 2]);
        assert_eq!(tags[1].slug, "energie");
    }

    #[test]
    fn one_article_with_colliding_tags_counts_once() {
        let tags = index(&[article(&["AI", "ai"])]);
        assert_eq!(tags[0].articles, vec![0]);
    }
}

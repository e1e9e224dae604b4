//! Splitting listings into pages.

use serde::Serialize;

/// Pages needed for `items` at `per_page` each; an empty listing still has one page.
pub fn page_count(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page.max(1)).max(1)
}

/// The slice of `items` shown on 1-based page `page`.
pub fn page_slice<T>(items: &[T], page: usize, per_page: usize) -> &[T] {
    let start = (page.saturating_sub(1) * per_page).min(items.len());
    let end = (start + per_page).min(items.len());
    &items[start..end]
}

/// Navigation between the pages of one listing, as templates see it.
#[derive(Debug, Clone, Serialize)]
pub struct Pager {
    pub current: usize,
    pub total: usize,
    pub prev: Option<String>,
    pub next: Option<String>,
    pub pages: Vec<PageLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    pub number: usize,
    pub url: String,
    pub current: bool,
    pub gap_before: bool,
}

impl Pager {
    /// `url_of(n)` gives the link to page `n`.
    pub fn new(current: usize, total: usize, url_of: impl Fn(usize) -> String) -> Pager {
        Pager {
            current,
            total,
            prev: (current > 1).then(|| url_of(current - 1)),
            next: (current < total).then(|| url_of(current + 1)),
            // A window around the current page plus the ends, so a 500-page listing
            // does not print 500 links on every page; `gap_before` marks a jump.
            pages: (1..=total)
                .filter(|&n| n == 1 || n == total || n.abs_diff(current) <= 2)
                .scan(0, |prev, n| {
                    let gap_before = n > *prev + 1 && *prev > 0;
                    *prev = n;
                    Some(PageLink {
                        number: n,
                        url: url_of(n),
                        current: n == current,
                        gap_before,
                    })
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_slices() {
        assert_eq!(page_count(0, 20), 1);
        assert_eq!(page_count(41, 20), 3);
        let v: Vec<usize> = (0..41).collect();
        assert_eq!(page_slice(&v, 3, 20), &[40]);
        assert!(page_slice(&v, 4, 20).is_empty());
        let p = Pager::new(1, 3, |n| format!("/p{n}"));
        assert_eq!(p.prev, None);
        assert_eq!(p.next.as_deref(), Some("/p2"));
        let p = Pager::new(10, 20, |n| n.to_string());
        let shown: Vec<usize> = p.pages.iter().map(|l| l.number).collect();
        assert_eq!(shown, vec![1, 8, 9, 10, 11, 12, 20]);
        assert!(p.pages[1].gap_before && !p.pages[2].gap_before);
    }
}

//! `digest --feed URL`: every item of RSS/Atom feeds becomes an article to
//! cluster (id = GUID, else link; `url`, `title` and `published` from the
//! item, the text from its fetched page). An item that cannot be read gets
//! an error record `{"id", "url", "error"}`; a feed that cannot be read,
//! one record of its own. With `--incremental STATE`, the ids of items read
//! are kept in `STATE.seen.json` and not fetched again; items that failed
//! are not kept, so the next run tries them again.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use anyhow::{Context, Result};
use chorus_core::Article;
use chorus_fetch::{parse_feed, FeedItem};

use crate::web::FetchArgs;

/// The feeds to read and the limits of every fetch.
pub struct Feeds {
    pub urls: Vec<String>,
    pub fetch: FetchArgs,
}

/// Where the ids of feed items already read are kept, beside the story state.
pub fn seen_path(state: &str) -> String {
    format!("{state}.seen.json")
}

pub fn load_seen(state: Option<&str>) -> Result<BTreeSet<String>> {
    match state.map(seen_path) {
        Some(p) if Path::new(&p).exists() => {
            let text = fs::read_to_string(&p).with_context(|| format!("{p}: cannot read"))?;
            serde_json::from_str(&text).with_context(|| format!("{p}: not a list of feed item ids"))
        }
        _ => Ok(BTreeSet::new()),
    }
}

pub fn save_seen(state: Option<&str>, seen: &BTreeSet<String>) -> Result<()> {
    if let Some(p) = state.map(seen_path) {
        let tmp = format!("{p}.tmp");
        fs::write(&tmp, serde_json::to_vec(seen)?).with_context(|| format!("{tmp}: cannot write"))?;
        fs::rename(&tmp, &p).with_context(|| format!("{p}: cannot replace"))?;
    }
    Ok(())
}

fn record(id: &str, url: &str, error: &str) -> serde_json::Value {
    eprintln!("chorus: {error}");
    serde_json::json!({ "id": (!id.is_empty()).then_some(id), "url": (!url.is_empty()).then_some(url), "error": error })
}

impl Feeds {
    /// Read every feed and fetch the pages of its items not in `seen`:
    /// articles (id, article) in feed and item order, and error records.
    /// The ids of the items read are added to `seen`.
    pub fn read(&self, seen: &mut BTreeSet<String>) -> (Vec<(String, chorus_core::Article)>, Vec<serde_json::Value>) {
        let fetcher = self.fetch.fetcher();
        let mut errors = Vec::new();
        let mut items: Vec<FeedItem> = Vec::new();
        let mut this_run = BTreeSet::new();
        for feed in &self.urls {
            let parsed = fetcher.feed_page(feed).and_then(|page| parse_feed(&page.bytes, &page.url));
            match parsed {
                Ok(found) => {
                    for item in found {
                        if item.id.is_empty() {
                            let title = item.title.as_deref().unwrap_or("(untitled)");
                            let error = format!("{feed}: item \"{title}\" has neither a GUID nor a link");
                            errors.push(record("", feed, &error));
                        } else if !seen.contains(&item.id) && this_run.insert(item.id.clone()) {
                            items.push(item);
                        }
                    }
                }
                Err(e) => errors.push(record(feed, feed, &e.to_string())),
            }
        }
        let (linked, unlinked): (Vec<FeedItem>, Vec<FeedItem>) = items.into_iter().partition(|i| i.url.is_some());
        for item in unlinked {
            errors.push(record(&item.id, "", &format!("{}: the feed item has no link to fetch", item.id)));
        }
        let urls: Vec<String> = linked.iter().filter_map(|i| i.url.clone()).collect();
        let pages = fetcher.fetch_all(&urls, |url| fetcher.article(url));
        let mut articles = Vec::new();
        for ((item, url), page) in linked.into_iter().zip(urls).zip(pages) {
            match page {
                Ok(page) => {
                    seen.insert(item.id.clone());
                    let article = Article {
                        title: item.title.or(page.title),
                        published: item.published.or(page.published),
                        url: Some(url),
                        ..page
                    };
                    articles.push((item.id, article));
                }
                Err(e) => errors.push(record(&item.id, &url, &e.to_string())),
            }
        }
        (articles, errors)
    }
}

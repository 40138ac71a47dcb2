//! Feeds: RSS 2.0 and Atom (and what else `feed-rs` reads) → the items to fetch.

use crate::error::{FetchError, Result};

/// One feed item: what to fetch and what the feed already says about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedItem {
    /// The item's GUID (RSS) or id (Atom); its link when it has neither.
    pub id: String,
    /// The item's page.
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publication (else update) date, `YYYY-MM-DD` like dates read from pages.
    pub published: Option<String>,
}

/// Parse feed bytes. `url` is the feed's address: relative item links are
/// resolved against it, and errors name it.
pub fn parse_feed(bytes: &[u8], url: &str) -> Result<Vec<FeedItem>> {
    let parser = feed_rs::parser::Builder::new()
        .base_uri(Some(url))
        // Without a GUID an item is known by its link (feed-rs would otherwise
        // make up a random id, and an incremental run would fetch it again).
        .id_generator(|links, _title, _base| links.first().map(|l| l.href.clone()).unwrap_or_default())
        .build();
    let feed = parser.parse(bytes).map_err(|e| FetchError::Feed { url: url.to_string(), message: e.to_string() })?;
    Ok(feed
        .entries
        .into_iter()
        .map(|entry| {
            let link = entry
                .links
                .iter()
                .find(|l| l.rel.as_deref().is_none_or(|r| r == "alternate"))
                .or(entry.links.first())
                .map(|l| l.href.trim().to_string())
                .filter(|h| !h.is_empty());
            let id =
                if entry.id.trim().is_empty() { link.clone().unwrap_or_default() } else { entry.id.trim().to_string() };
            FeedItem {
                id,
                url: link,
                title: entry.title.map(|t| t.content.trim().to_string()).filter(|t| !t.is_empty()),
                published: entry.published.or(entry.updated).map(|d| d.format("%Y-%m-%d").to_string()),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rss_items_keep_guid_link_title_and_date() {
        let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>http://n/</link>
            <item><title>Dam bursts</title><link>http://n/a</link><guid>tag:n,1</guid>
              <pubDate>Tue, 19 Nov 2019 10:00:00 GMT</pubDate></item>
            <item><title>No guid</title><link>/b</link></item>
            </channel></rss>"#;
        let items = parse_feed(rss.as_bytes(), "http://n/feed.xml").unwrap();
        assert_eq!(items.len(), 2);
        assert_eq!(items[0].id, "tag:n,1");
        assert_eq!(items[0].url.as_deref(), Some("http://n/a"));
        assert_eq!(items[0].title.as_deref(), Some("Dam bursts"));
        assert_eq!(items[0].published.as_deref(), Some("2019-11-19"));
        assert_eq!(items[1].url.as_deref(), Some("http://n/b"), "relative links resolve against the feed");
        assert_eq!(items[1].id, "http://n/b", "no GUID: the link is the id");
    }

    #[test]
    fn atom_entries_and_bad_feeds() {
        let atom = r#"<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
            <id>urn:a</id><updated>2020-01-02T00:00:00Z</updated>
            <entry><id>urn:a:1</id><title>One</title><link rel="alternate" href="http://a/1"/>
              <updated>2020-01-02T00:00:00Z</updated></entry></feed>"#;
        let items = parse_feed(atom.as_bytes(), "http://a/atom").unwrap();
        assert_eq!(items[0].id, "urn:a:1");
        assert_eq!(items[0].url.as_deref(), Some("http://a/1"));
        assert_eq!(items[0].published.as_deref(), Some("2020-01-02"));
        let err = parse_feed(b"<html><body>not a feed</body></html>", "http://a/x").unwrap_err();
        assert!(err.to_string().starts_with("http://a/x: not an RSS or Atom feed"), "{err}");
    }
}

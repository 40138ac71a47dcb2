//! Where the command line meets the network, and only when the user names a
//! URL: URL arguments, `{"url"}` documents in JSONL, and `digest --feed`.
//! The fetching itself is chorus-fetch's; this module turns its results into
//! clusters, stderr lines and JSON `warnings`.

use std::collections::HashMap;
use std::time::Duration;

use chorus_core::ingest::PendingCluster;
use chorus_core::{Article, Cluster};
use chorus_fetch::{FetchOptions, Fetcher};
use clap::Args;

/// Limits of every fetch (`summarize`/`brief` URLs, `{"url"}` documents, feeds and their pages).
#[derive(Args, Clone)]
pub struct FetchArgs {
    /// Longest a fetch of one URL may take, connecting and reading included.
    #[arg(long, value_name = "SECS", default_value_t = chorus_fetch::client::DEFAULT_TIMEOUT_SECS, value_parser = clap::value_parser!(u64).range(1..))]
    pub timeout_secs: u64,
    /// Largest page read; a bigger one is an error for that URL.
    #[arg(long, value_name = "BYTES", default_value_t = chorus_fetch::client::DEFAULT_MAX_BYTES)]
    pub max_page_bytes: u64,
}

impl FetchArgs {
    pub fn fetcher(&self) -> Fetcher {
        let timeout = Duration::from_secs(self.timeout_secs);
        Fetcher::new(FetchOptions {
            timeout,
            connect_timeout: timeout.min(Duration::from_secs(chorus_fetch::client::DEFAULT_CONNECT_TIMEOUT_SECS)),
            max_bytes: self.max_page_bytes,
            ..FetchOptions::default()
        })
    }
}

/// An argument that names a page on the web rather than a file.
pub fn is_url(argument: &str) -> bool {
    let lower = argument.get(..8).unwrap_or(argument).to_ascii_lowercase();
    lower.starts_with("http://") || lower.starts_with("https://")
}

/// Fetch every URL of these clusters once (a few at a time), then resolve
/// each cluster: a cluster and, per URL that failed, its error in words.
pub fn resolve(
    fetcher: &Fetcher,
    pending: Vec<chorus_core::Result<PendingCluster>>,
) -> Vec<(chorus_core::Result<Cluster>, Vec<String>)> {
    let mut urls: Vec<String> = pending.iter().flatten().flat_map(|p| p.urls()).map(str::to_string).collect::<Vec<_>>();
    urls.sort();
    urls.dedup();
    let pages: HashMap<String, Result<Article, String>> = urls
        .iter()
        .cloned()
        .zip(fetcher.fetch_all(&urls, |url| fetcher.article(url)).into_iter().map(|r| r.map_err(|e| e.to_string())))
        .collect();
    pending
        .into_iter()
        .map(|p| match p {
            Ok(p) => p.resolve(|url| pages[url].clone()),
            Err(e) => (Err(e), Vec::new()),
        })
        .collect()
}

/// A rendered JSON object with `"warnings": [...]` added at its end (nothing
/// added when there are none), so a reader sees which URLs were left out.
pub fn with_warnings(json: &str, warnings: &[String]) -> String {
    let json = json.trim_end();
    match json.strip_suffix('}') {
        Some(open) if !warnings.is_empty() => {
            let list = serde_json::to_string(warnings).unwrap_or_else(|_| "[]".into());
            let comma = if open.trim_end().ends_with('{') { "" } else { "," };
            format!("{open}{comma}\"warnings\":{list}}}")
        }
        _ => json.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_and_warnings() {
        assert!(is_url("https://example.org/a") && is_url("HTTP://x") && !is_url("http.txt") && !is_url("é"));
        assert_eq!(with_warnings("{\"id\":\"a\"}\n", &["u: 404".into()]), "{\"id\":\"a\",\"warnings\":[\"u: 404\"]}");
        assert_eq!(with_warnings("{\"id\":\"a\"}", &[]), "{\"id\":\"a\"}");
        let value: serde_json::Value = serde_json::from_str(&with_warnings("{\n  \"x\": 1\n}", &["w".into()])).unwrap();
        assert_eq!(value["warnings"][0], "w");
    }
}

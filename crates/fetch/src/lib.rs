//! chorus-fetch: bring web pages and feeds in.
//!
//! The only crate of Chorus that touches the network, and only when a user
//! names a URL (`chorus summarize URL`, `{"url"}` documents, `digest --feed`).
//! chorus-core stays offline: it parses `{"url"}` documents into
//! [`chorus_core::ingest::Document::Url`] and the CLI resolves them here.
//!
//! - [`Fetcher`]: a `ureq` agent (blocking, rustls) with connect and total
//!   timeouts, a size cap, at most 5 redirects, a content-type check, a plain
//!   User-Agent, and [`Fetcher::fetch_all`] for bounded concurrency.
//! - [`charset`]: header charset, `<meta charset>`, UTF-8, else windows-1252.
//! - [`feed`]: RSS 2.0 / Atom items (GUID or link, title, date) via `feed-rs`.
//!
//! Every error is a [`FetchError`] that names its URL.

pub mod charset;
pub mod client;
pub mod error;
pub mod feed;
#[cfg(feature = "test-server")]
pub mod test_server;

pub use client::{host, page_article, page_kind, FetchOptions, Fetcher, Page, PageKind, USER_AGENT};
pub use error::{FetchError, Result};
pub use feed::{parse_feed, FeedItem};

//! Fetch errors. Each names the URL, so a batch can report which input failed.

use thiserror::Error;

#[derive(Debug, Error)]
pub enum FetchError {
    #[error("{url}: not an http:// or https:// URL")]
    BadUrl { url: String },
    #[error("{url}: HTTP status {status}")]
    Status { url: String, status: u16 },
    #[error("{url}: timed out (limits: {connect_secs} s to connect, {total_secs} s in all; --timeout-secs)")]
    Timeout { url: String, connect_secs: f64, total_secs: f64 },
    #[error("{url}: more than {max} redirects")]
    TooManyRedirects { url: String, max: u32 },
    #[error("{url}: larger than the {max}-byte cap (--max-page-bytes)")]
    TooLarge { url: String, max: u64 },
    #[error("{url}: {content_type} is not a web page (HTML, XHTML or plain text)")]
    NotAPage { url: String, content_type: String },
    #[error("{url}: {content_type} is not a feed (RSS or Atom)")]
    NotAFeed { url: String, content_type: String },
    #[error("{url}: not an RSS or Atom feed: {message}")]
    Feed { url: String, message: String },
    #[error("{url}: cannot fetch: {message}")]
    Network { url: String, message: String },
    /// The page came, but no article could be read from it (the error names the URL).
    #[error("{0}")]
    Extract(#[from] chorus_core::ChorusError),
}

impl FetchError {
    /// The URL the error is about.
    pub fn url(&self) -> Option<&str> {
        match self {
            FetchError::BadUrl { url }
            | FetchError::Status { url, .. }
            | FetchError::Timeout { url, .. }
            | FetchError::TooManyRedirects { url, .. }
            | FetchError::TooLarge { url, .. }
            | FetchError::NotAPage { url, .. }
            | FetchError::NotAFeed { url, .. }
            | FetchError::Feed { url, .. }
            | FetchError::Network { url, .. } => Some(url),
            FetchError::Extract(_) => None,
        }
    }
}

pub type Result<T, E = FetchError> = std::result::Result<T, E>;

//! The HTTP client: one `ureq` agent (blocking, rustls) with every limit a
//! fetch of someone else's page needs — connect and total timeouts, a size
//! cap read with a limit, a bounded redirect chain, a content-type check —
//! and a small pool of threads so many URLs are fetched a few at a time.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

use chorus_core::{Article, ChorusError};
use ureq::ResponseExt;

use crate::charset;
use crate::error::{FetchError, Result};

/// Who is asking, said plainly to every site.
pub const USER_AGENT: &str =
    concat!("chorus/", env!("CARGO_PKG_VERSION"), " (news summarizer; fetches only the pages its user names)");
/// Default total time for one fetch, headers and body.
pub const DEFAULT_TIMEOUT_SECS: u64 = 30;
/// Default time to open a connection.
pub const DEFAULT_CONNECT_TIMEOUT_SECS: u64 = 10;
/// Default cap on a page's (decompressed) size.
pub const DEFAULT_MAX_BYTES: u64 = 10 * 1024 * 1024;
/// Most redirects followed before a fetch fails.
pub const MAX_REDIRECTS: u32 = 5;
/// Default number of fetches in flight at once: polite to sites, enough to hide latency.
pub const DEFAULT_CONCURRENCY: usize = 8;

/// What pages are asked for; servers that negotiate send HTML.
const ACCEPT: &str = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1";
const ACCEPT_FEED: &str = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.1";

#[derive(Debug, Clone)]
pub struct FetchOptions {
    /// Total time for one fetch (connect, headers, body).
    pub timeout: Duration,
    pub connect_timeout: Duration,
    /// Largest body read, after decompression; more is an error, not a cut page.
    pub max_bytes: u64,
    pub max_redirects: u32,
    /// Fetches in flight at once in [`Fetcher::fetch_all`].
    pub concurrency: usize,
}

impl Default for FetchOptions {
    fn default() -> Self {
        FetchOptions {
            timeout: Duration::from_secs(DEFAULT_TIMEOUT_SECS),
            connect_timeout: Duration::from_secs(DEFAULT_CONNECT_TIMEOUT_SECS),
            max_bytes: DEFAULT_MAX_BYTES,
            max_redirects: MAX_REDIRECTS,
            concurrency: DEFAULT_CONCURRENCY,
        }
    }
}

/// What one fetch brought: the URL it ended at after redirects, the
/// Content-Type header, and the body bytes (at most the cap).
#[derive(Debug, Clone)]
pub struct Page {
    pub url: String,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
}

/// What a page is, by its Content-Type (or its first bytes when it has none).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageKind {
    Html,
    Text,
}

pub struct Fetcher {
    agent: ureq::Agent,
    options: FetchOptions,
}

impl Fetcher {
    pub fn new(options: FetchOptions) -> Self {
        let config = ureq::Agent::config_builder()
            .timeout_global(Some(options.timeout))
            .timeout_connect(Some(options.connect_timeout))
            .max_redirects(options.max_redirects)
            .user_agent(USER_AGENT)
            // A 404 is a per-URL error with its status, not a transport error.
            .http_status_as_error(false)
            .build();
        Fetcher { agent: config.into(), options }
    }

    pub fn options(&self) -> &FetchOptions {
        &self.options
    }

    /// GET one URL: its final address, content type and body (capped).
    pub fn get(&self, url: &str, accept: &str) -> Result<Page> {
        let lower = url.trim().to_ascii_lowercase();
        if !(lower.starts_with("http://") || lower.starts_with("https://")) {
            return Err(FetchError::BadUrl { url: url.to_string() });
        }
        let mut response =
            self.agent.get(url.trim()).header("Accept", accept).call().map_err(|e| self.error(url, e))?;
        let status = response.status().as_u16();
        if !(200..300).contains(&status) {
            return Err(FetchError::Status { url: url.to_string(), status });
        }
        let final_url = response.get_uri().to_string();
        let content_type = response.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_string);
        let bytes = response
            .body_mut()
            .with_config()
            .limit(self.options.max_bytes)
            .read_to_vec()
            .map_err(|e| self.error(url, e))?;
        Ok(Page { url: final_url, content_type, bytes })
    }

    /// Fetch a page and read the article in it: HTML through
    /// `chorus_core::html::extract`, plain text as it is. The article's `url`
    /// is the final URL after redirects.
    pub fn article(&self, url: &str) -> Result<Article> {
        let page = self.get(url, ACCEPT)?;
        page_article(url, &page)
    }

    /// Fetch a feed's bytes (RSS or Atom; checked when parsed).
    pub fn feed_page(&self, url: &str) -> Result<Page> {
        let page = self.get(url, ACCEPT_FEED)?;
        let mime = mime(page.content_type.as_deref());
        let feedlike = mime.is_empty()
            || mime.contains("xml")
            || mime.contains("rss")
            || mime.contains("atom")
            || mime == "text/plain"
            || mime == "application/octet-stream";
        if !feedlike || page.bytes.starts_with(b"%PDF-") {
            return Err(FetchError::NotAFeed { url: url.to_string(), content_type: shown_type(&mime, &page.bytes) });
        }
        Ok(page)
    }

    /// Run `work` on every URL with at most `concurrency` in flight; results
    /// in input order. A panic in one URL's work is that URL's error.
    pub fn fetch_all<T: Send>(&self, urls: &[String], work: impl Fn(&str) -> Result<T> + Sync) -> Vec<Result<T>> {
        let slots: Vec<Mutex<Option<Result<T>>>> = urls.iter().map(|_| Mutex::new(None)).collect();
        let next = AtomicUsize::new(0);
        let workers = self.options.concurrency.clamp(1, urls.len().max(1));
        std::thread::scope(|scope| {
            for _ in 0..workers {
                scope.spawn(|| loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(url) = urls.get(i) else { break };
                    // `isolate` catches the panic (and the quiet hook keeps it off stderr).
                    let result = chorus_core::isolate(url, || Ok(work(url))).unwrap_or_else(|e| Err(e.into()));
                    *slots[i].lock().unwrap_or_else(|p| p.into_inner()) = Some(result);
                });
            }
        });
        slots
            .into_iter()
            .map(|slot| slot.into_inner().unwrap_or_else(|p| p.into_inner()).expect("every slot is filled"))
            .collect()
    }

    fn timeout(&self, url: String) -> FetchError {
        let connect_secs = self.options.connect_timeout.min(self.options.timeout).as_secs_f64();
        FetchError::Timeout { url, connect_secs, total_secs: self.options.timeout.as_secs_f64() }
    }

    fn error(&self, url: &str, error: ureq::Error) -> FetchError {
        let url = url.to_string();
        match error {
            ureq::Error::Timeout(_) => self.timeout(url),
            ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::TimedOut => self.timeout(url),
            ureq::Error::TooManyRedirects => FetchError::TooManyRedirects { url, max: self.options.max_redirects },
            ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge { url, max: self.options.max_bytes },
            ureq::Error::StatusCode(status) => FetchError::Status { url, status },
            other => FetchError::Network { url, message: other.to_string() },
        }
    }
}

impl Default for Fetcher {
    fn default() -> Self {
        Fetcher::new(FetchOptions::default())
    }
}

/// The media type of a Content-Type value, lower case, without parameters.
fn mime(content_type: Option<&str>) -> String {
    content_type.unwrap_or("").split(';').next().unwrap_or("").trim().to_ascii_lowercase()
}

fn shown_type(mime: &str, bytes: &[u8]) -> String {
    if bytes.starts_with(b"%PDF-") && mime != "application/pdf" {
        format!("a PDF (sent as {})", if mime.is_empty() { "no content type" } else { mime })
    } else if mime.is_empty() {
        "content without a type".to_string()
    } else {
        mime.to_string()
    }
}

/// What a page is: its Content-Type decides; without one (or a generic one)
/// its first bytes do. A PDF is refused whatever its header says.
pub fn page_kind(url: &str, page: &Page) -> Result<PageKind> {
    let mime = mime(page.content_type.as_deref());
    let not_a_page = || FetchError::NotAPage { url: url.to_string(), content_type: shown_type(&mime, &page.bytes) };
    if page.bytes.starts_with(b"%PDF-") {
        return Err(not_a_page());
    }
    match mime.as_str() {
        "text/html" | "application/xhtml+xml" => Ok(PageKind::Html),
        "text/plain" => Ok(PageKind::Text),
        "" | "application/octet-stream" => {
            let head = &page.bytes[..page.bytes.len().min(1024)];
            if head.contains(&0) {
                Err(not_a_page())
            } else if head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'<') {
                Ok(PageKind::Html)
            } else {
                Ok(PageKind::Text)
            }
        }
        _ => Err(not_a_page()),
    }
}

/// The host of a URL, as the article's source when the page names none.
pub fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// The article in a fetched page. `requested` is the URL as given: errors
/// name it (and the final URL too when a redirect led elsewhere).
pub fn page_article(requested: &str, page: &Page) -> Result<Article> {
    let kind = page_kind(requested, page)?;
    let origin =
        if page.url == requested { requested.to_string() } else { format!("{requested} (redirected to {})", page.url) };
    let ct = page.content_type.as_deref();
    let article = match kind {
        PageKind::Html => {
            let html = charset::decode(&page.bytes, ct, true);
            // Extraction runs a third-party parser on someone else's page: a panic there is this URL's error.
            let extracted = chorus_core::isolate(&origin, || chorus_core::html::extract(&html, &origin))?;
            Article { source: extracted.source.clone().or_else(|| host(&page.url)), ..extracted }
        }
        PageKind::Text => {
            let text = charset::decode(&page.bytes, ct, false);
            if text.trim().is_empty() {
                return Err(ChorusError::Empty { origin }.into());
            }
            Article { title: chorus_core::ingest::headline(&text), text, source: host(&page.url), ..Article::default() }
        }
    };
    Ok(Article { url: Some(page.url.clone()), path: None, ..article })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(ct: Option<&str>, bytes: &[u8]) -> Page {
        Page { url: "http://x/".into(), content_type: ct.map(str::to_string), bytes: bytes.to_vec() }
    }

    #[test]
    fn kinds_by_header_then_by_bytes() {
        assert_eq!(page_kind("u", &page(Some("text/html; charset=utf-8"), b"<p>x")).unwrap(), PageKind::Html);
        assert_eq!(page_kind("u", &page(Some("Application/XHTML+xml"), b"<p>x")).unwrap(), PageKind::Html);
        assert_eq!(page_kind("u", &page(Some("text/plain"), b"x")).unwrap(), PageKind::Text);
        assert_eq!(page_kind("u", &page(None, b"  <html>")).unwrap(), PageKind::Html);
        assert_eq!(page_kind("u", &page(None, b"Plain words.")).unwrap(), PageKind::Text);
        let err = page_kind("http://a/r.pdf", &page(Some("application/pdf"), b"%PDF-1.4")).unwrap_err();
        assert_eq!(err.to_string(), "http://a/r.pdf: application/pdf is not a web page (HTML, XHTML or plain text)");
        let err = page_kind("u", &page(Some("text/html"), b"%PDF-1.4")).unwrap_err();
        assert!(err.to_string().contains("a PDF (sent as text/html)"), "{err}");
        assert!(page_kind("u", &page(Some("image/png"), b"\x89PNG")).is_err());
        assert!(page_kind("u", &page(None, b"\x89PNG\0\0")).is_err());
    }

    #[test]
    fn hosts() {
        assert_eq!(host("https://www.Example.com:8443/a?b").as_deref(), Some("example.com"));
        assert_eq!(host("http://127.0.0.1:80").as_deref(), Some("127.0.0.1"));
        assert_eq!(host("nonsense"), None);
    }
}

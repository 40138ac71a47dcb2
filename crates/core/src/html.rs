//! html: a saved web page → article text and metadata.
//!
//! Extraction is done by the `trafilatura` crate (a port of go-trafilatura),
//! chosen by measurement on the 181 pages of ../shared/data/article-extraction:
//! F1 0.956 over 4-word shingles at 154 pages/s, against rs-trafilatura 0.957
//! at 68 pages/s and dom_smoothie 0.946 at 260 pages/s (docs/RESULTS.md,
//! `cargo run --release -p chorus-core --example extraction_eval`).

use crate::article::Article;
use crate::error::{ChorusError, Result};

/// Decode page bytes: UTF-8 when valid, else Windows-1252/Latin-1 read byte
/// for byte (older pages), so no page is refused for its encoding.
pub fn decode_page(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.trim_start_matches('\u{feff}').to_string(),
        Err(_) => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// The article in an HTML page. `origin` names the page in errors.
pub fn extract(html: &str, origin: &str) -> Result<Article> {
    let options = trafilatura::Options::default();
    let result = trafilatura::extract(html, &options)
        .map_err(|e| ChorusError::Html { origin: origin.to_string(), message: e.to_string() })?;
    let text = result.content_text.trim().to_string();
    if text.is_empty() {
        return Err(ChorusError::Html {
            origin: origin.to_string(),
            message: "no article text found in the page".into(),
        });
    }
    let m = result.metadata;
    let some = |s: String| (!s.trim().is_empty()).then(|| s.trim().to_string());
    Ok(Article {
        text,
        source: some(m.sitename).or_else(|| some(m.hostname)),
        title: some(m.title),
        url: some(m.url),
        published: m.date.map(|d| d.format("%Y-%m-%d").to_string()),
        author: some(m.author),
        path: None,
        from_html: true,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_text_and_metadata() {
        let html = r#"<html><head><title>Council passes budget</title>
            <meta property="og:site_name" content="City News">
            <meta property="article:published_time" content="2019-11-19T10:00:00Z"></head>
            <body><nav>Home | Sports | Weather</nav><article><h1>Council passes budget</h1>
            <p>The city council approved the new budget on Tuesday night after a long debate about roads.</p>
            <p>The mayor said the plan adds money for schools and for repairing the old bridge downtown.</p>
            </article><footer>Copyright 2019 City News</footer></body></html>"#;
        let a = extract(html, "page.html").unwrap();
        assert!(a.text.contains("approved the new budget"), "{}", a.text);
        assert!(!a.text.contains("Home | Sports"));
        assert_eq!(a.published.as_deref(), Some("2019-11-19"));
        assert!(a.from_html);
    }

    #[test]
    fn empty_or_broken_pages_are_clear_errors() {
        assert!(matches!(extract("", "x.html"), Err(ChorusError::Html { .. })));
        // Broken markup is an error or an article, never a panic.
        let _ = extract("<html><body><div><p>unclosed <b>tags <table><tr>", "x.html");
        assert_eq!(decode_page(b"caf\xe9"), "café");
    }
}

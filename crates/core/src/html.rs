//! html: a saved web page → article text and metadata.
//!
//! Three extractors read every page: the `trafilatura` crate (a port of
//! go-trafilatura, with its readability/justext fallback on: keeps the whole
//! article, and on some sites the page's furniture with it), `dom_smoothie`
//! (readability.js: one dense block, sometimes only part of the article) and
//! `rs-trafilatura` (another port, built differently). The text kept is
//! trafilatura's or dom_smoothie's, whichever rs-trafilatura agrees with more
//! (`vote.rs`), less a readers' comment section at its end (`comments.rs`);
//! when the text kept is nothing but a comment thread, rs-trafilatura's.
//! Chosen by measurement on five labelled sets of pages from
//! different sites and years, by the worst set: the vote beats each extractor
//! alone on every set (docs/RESULTS.md; `cargo run --release -p chorus-core
//! --features extraction-candidates --example extraction_eval -- ../shared`).
//!
//! Every extractor call runs under `catch_unwind`: a page that makes one of
//! them panic is decided by the others, and a page all fail on is an
//! `Err(ChorusError::Html)` for that page alone, never an unwinding panic.

pub mod comments;
pub mod vote;

use crate::article::Article;
use crate::error::{ChorusError, Result};
use std::panic::{catch_unwind, AssertUnwindSafe};

/// Decode page bytes: UTF-8 when valid, else Windows-1252/Latin-1 read byte
/// for byte (older pages), so no page is refused for its encoding.
pub fn decode_page(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) => s.trim_start_matches('\u{feff}').to_string(),
        Err(_) => bytes.iter().map(|&b| b as char).collect(),
    }
}

/// What one extractor found in a page; empty fields are `None`.
#[derive(Debug, Clone, Default, PartialEq)]
struct Extracted {
    text: String,
    title: Option<String>,
    site: Option<String>,
    author: Option<String>,
    published: Option<String>,
    url: Option<String>,
}

type Extractor = fn(&str) -> std::result::Result<Extracted, String>;

fn some(s: impl AsRef<str>) -> Option<String> {
    let s = s.as_ref().trim();
    (!s.is_empty()).then(|| s.to_string())
}

fn by_trafilatura(html: &str) -> std::result::Result<Extracted, String> {
    let options = trafilatura::Options::default().with_fallback(true);
    let r = trafilatura::extract(html, &options).map_err(|e| e.to_string())?;
    let m = r.metadata;
    Ok(Extracted {
        text: r.content_text.trim().to_string(),
        site: some(m.sitename).or_else(|| some(m.hostname)),
        title: some(m.title),
        url: some(m.url),
        published: m.date.map(|d| d.format("%Y-%m-%d").to_string()),
        author: some(m.author),
    })
}

fn by_rs_trafilatura(html: &str) -> std::result::Result<Extracted, String> {
    let r = rs_trafilatura::extract(html).map_err(|e| e.to_string())?;
    let m = r.metadata;
    Ok(Extracted {
        text: r.content_text.trim().to_string(),
        site: m.sitename.and_then(some).or_else(|| m.hostname.and_then(some)),
        title: m.title.and_then(some),
        url: m.url.and_then(some),
        published: m.date.map(|d| d.format("%Y-%m-%d").to_string()),
        author: m.author.and_then(some),
    })
}

fn by_readability(html: &str) -> std::result::Result<Extracted, String> {
    let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
    let a =
        dom_smoothie::Readability::new(html, None, Some(cfg)).and_then(|mut r| r.parse()).map_err(|e| e.to_string())?;
    Ok(Extracted {
        text: a.text_content.trim().to_string(),
        title: some(a.title),
        site: a.site_name.and_then(some),
        author: a.byline.and_then(some),
        // ISO 8601 timestamps in the page's metadata: keep the calendar day.
        published: a.published_time.as_deref().and_then(iso_day),
        url: a.url.and_then(some),
    })
}

/// The `YYYY-MM-DD` that opens an ISO 8601 timestamp, if it does.
fn iso_day(s: &str) -> Option<String> {
    let day = s.trim().get(..10)?;
    let b = day.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10)).then(|| day.to_string())
}

thread_local! {
    static IN_EXTRACTOR: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Is this thread inside an extractor call whose panic [`extract`] catches by
/// design (a crate's bug costs only its vote)? For fuzz targets: libFuzzer's
/// panic hook aborts on every panic, caught or not, so theirs lets these pass.
pub fn inside_guarded_extractor() -> bool {
    IN_EXTRACTOR.with(|f| f.get())
}

/// Run one extractor, turning a panic or an empty text into an error message.
fn guarded(name: &str, extractor: Extractor, html: &str) -> std::result::Result<Extracted, String> {
    let outer = IN_EXTRACTOR.with(|f| f.replace(true));
    let outcome = catch_unwind(AssertUnwindSafe(|| extractor(html)));
    IN_EXTRACTOR.with(|f| f.set(outer));
    match outcome {
        Ok(Ok(e)) if !e.text.is_empty() => Ok(e),
        Ok(Ok(_)) => Err(format!("{name}: no article text found in the page")),
        Ok(Err(message)) => Err(format!("{name}: {message}")),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown cause".into());
            Err(format!("{name} panicked: {message}"))
        }
    }
}

/// The article in an HTML page. `origin` names the page in errors.
pub fn extract(html: &str, origin: &str) -> Result<Article> {
    extract_with(html, origin, [by_trafilatura, by_readability, by_rs_trafilatura])
}

const NAMES: [&str; 3] = ["trafilatura", "dom_smoothie", "rs-trafilatura"];

/// `extractors`: the two whose texts compete, then the referee.
fn extract_with(html: &str, origin: &str, extractors: [Extractor; 3]) -> Result<Article> {
    let [a, b, r] = [0, 1, 2].map(|i| guarded(NAMES[i], extractors[i], html));
    let text = match (&a, &b, &r) {
        (Ok(a), Ok(b), r) => {
            let referee = r.as_ref().map(|r| r.text.as_str()).unwrap_or("");
            if vote::prefer_first(&a.text, &b.text, referee) {
                a.text.clone()
            } else {
                b.text.clone()
            }
        }
        (Ok(a), Err(_), _) => a.text.clone(),
        (Err(_), Ok(b), _) => b.text.clone(),
        (Err(_), Err(_), Ok(r)) => r.text.clone(),
        (Err(ea), Err(eb), Err(er)) => {
            return Err(ChorusError::Html { origin: origin.to_string(), message: format!("{ea}; {eb}; {er}") })
        }
    };
    // Both competitors kept only the readers' comments under a short post:
    // the referee's text wins when it has none of their furniture.
    let text = match &r {
        Ok(r) if comments::reads_as_thread(&text) && reads_as_post(&r.text, &text) => r.text.clone(),
        _ => text,
    };
    let text = comments::without_comments(&text).to_string();
    // Metadata field by field: trafilatura's first (it reads JSON-LD, meta
    // tags and dates in the page body), then readability's, then the referee's.
    let [a, b, r] = [a, b, r].map(|x| x.unwrap_or_default());
    Ok(Article {
        text,
        source: a.site.or(b.site).or(r.site),
        title: a.title.or(b.title).or(r.title),
        url: a.url.or(b.url).or(r.url),
        published: a.published.or(b.published).or(r.published),
        author: a.author.or(b.author).or(r.author),
        path: None,
        from_html: true,
    })
}

/// Is the referee's `text` a post where the chosen `thread` is comments: some
/// prose, and at most a quarter of the thread's furniture lines?
fn reads_as_post(text: &str, thread: &str) -> bool {
    text.split_whitespace().nth(MIN_POST_WORDS - 1).is_some()
        && comments::thread_lines(text) * 4 <= comments::thread_lines(thread)
}

/// Words the referee's text needs to replace a comment thread.
const MIN_POST_WORDS: usize = 20;

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<html><head><title>Council passes budget</title>
        <meta property="og:site_name" content="City News">
        <meta property="article:published_time" content="2019-11-19T10:00:00Z"></head>
        <body><nav>Home | Sports | Weather</nav><article><h1>Council passes budget</h1>
        <p>The city council approved the new budget on Tuesday night after a long debate about roads.</p>
        <p>The mayor said the plan adds money for schools and for repairing the old bridge downtown.</p>
        </article><footer>Copyright 2019 City News</footer></body></html>"#;

    #[test]
    fn extracts_text_and_metadata() {
        let a = extract(PAGE, "page.html").unwrap();
        assert!(a.text.contains("approved the new budget"), "{}", a.text);
        assert!(!a.text.contains("Home | Sports"));
        assert_eq!(a.published.as_deref(), Some("2019-11-19"));
        assert_eq!(a.source.as_deref(), Some("City News"));
        assert!(a.from_html);
    }

    #[test]
    fn empty_or_broken_pages_are_clear_errors() {
        assert!(matches!(extract("", "x.html"), Err(ChorusError::Html { .. })));
        // Broken markup is an error or an article, never a panic.
        let _ = extract("<html><body><div><p>unclosed <b>tags <table><tr>", "x.html");
        assert_eq!(decode_page(b"caf\xe9"), "café");
    }

    fn panics(_: &str) -> std::result::Result<Extracted, String> {
        panic!("extractor bug")
    }

    fn reports_whether_it_is_guarded(_: &str) -> std::result::Result<Extracted, String> {
        Err(format!("guarded: {}", inside_guarded_extractor()))
    }

    #[test]
    fn an_extractor_call_knows_it_is_guarded_and_only_while_it_runs() {
        assert!(!inside_guarded_extractor());
        assert_eq!(guarded("x", reports_whether_it_is_guarded, PAGE).unwrap_err(), "x: guarded: true");
        let _ = guarded("x", panics, PAGE);
        assert!(!inside_guarded_extractor(), "reset after a caught panic too");
    }

    #[test]
    fn a_panicking_extractor_is_replaced_by_the_others() {
        let t = by_trafilatura as Extractor;
        let (d, r) = (by_readability as Extractor, by_rs_trafilatura as Extractor);
        for extractors in [[panics, d, r], [t, panics, r], [t, d, panics], [panics, panics, r]] {
            let a = extract_with(PAGE, "page.html", extractors).unwrap();
            assert!(a.text.contains("approved the new budget"), "{}", a.text);
            assert_eq!(a.published.as_deref(), Some("2019-11-19"));
        }
    }

    #[test]
    fn all_extractors_panicking_is_an_error_for_that_page() {
        match extract_with(PAGE, "page.html", [panics, panics, panics]) {
            Err(ChorusError::Html { origin, message }) => {
                assert_eq!(origin, "page.html");
                assert!(message.contains("trafilatura panicked: extractor bug"), "{message}");
                assert!(message.contains("dom_smoothie panicked"), "{message}");
                assert!(message.contains("rs-trafilatura panicked"), "{message}");
            }
            other => panic!("expected an Html error, got {other:?}"),
        }
    }

    const BODY: &str = "The council approved the new budget on Tuesday night after a long debate about roads.";
    const NOISY: &str = "Home Sports Weather The council approved the new budget on Tuesday night after a long \
                         debate about roads. Share this story on Facebook";

    #[test]
    fn the_referee_picks_between_the_two_texts() {
        let clean: Extractor = |_| Ok(Extracted { text: BODY.into(), ..Extracted::default() });
        let noisy: Extractor = |_| Ok(Extracted { text: NOISY.into(), ..Extracted::default() });
        let pick = |extractors| extract_with("<p>x</p>", "p", extractors).unwrap().text;
        assert_eq!(pick([noisy, clean, clean]), BODY);
        assert_eq!(pick([clean, noisy, clean]), BODY);
        assert_eq!(pick([noisy, clean, noisy]), NOISY);
        // Without a referee, dom_smoothie's text (the second) is kept.
        assert_eq!(pick([noisy, clean, panics]), BODY);
        assert_eq!(pick([clean, noisy, panics]), NOISY);
    }

    #[test]
    fn a_comment_thread_kept_by_both_gives_way_to_the_referees_post() {
        fn thread(_: &str) -> std::result::Result<Extracted, String> {
            let comment = "September 27, 2012, | Permalink\nStunning photo! And I need that dress right now, please.\n";
            Ok(Extracted { text: comment.repeat(8), ..Extracted::default() })
        }
        fn post(_: &str) -> std::result::Result<Extracted, String> {
            Ok(Extracted { text: BODY.repeat(2), ..Extracted::default() })
        }
        let pick = |extractors| extract_with("<p>x</p>", "p", extractors).unwrap().text;
        assert_eq!(pick([thread, thread, post]), BODY.repeat(2));
        // A referee that is a thread too changes nothing.
        assert_eq!(pick([thread, thread, thread]), thread("").unwrap().text);
    }

    #[test]
    fn metadata_falls_back_field_by_field() {
        let first: Extractor = |_| Ok(Extracted { text: "Body text of the article.".into(), ..Extracted::default() });
        let second: Extractor = |_| {
            Ok(Extracted {
                text: "Body text of the article.".into(),
                title: Some("Title".into()),
                author: Some("A. Writer".into()),
                ..Extracted::default()
            })
        };
        let third: Extractor =
            |_| Ok(Extracted { text: "Body".into(), published: Some("2020-01-02".into()), ..Extracted::default() });
        let a = extract_with("<p>x</p>", "p", [first, second, third]).unwrap();
        assert_eq!(
            (a.title.as_deref(), a.author.as_deref(), a.published.as_deref()),
            (Some("Title"), Some("A. Writer"), Some("2020-01-02"))
        );
    }

    #[test]
    fn iso_days() {
        assert_eq!(iso_day("2019-11-19T10:00:00Z").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_day("Tuesday"), None);
        assert_eq!(iso_day("2019-1"), None);
    }
}

//! Fetching against a server of our own on 127.0.0.1: no test reaches any other address.

use std::time::Duration;

use chorus_fetch::test_server::{Response, TestServer};
use chorus_fetch::{parse_feed, FetchError, FetchOptions, Fetcher};

const PAGE: &str = r#"<html><head><title>Dam bursts near the valley town</title>
    <meta property="og:site_name" content="Valley News">
    <meta property="article:published_time" content="2019-11-19T10:00:00Z"></head>
    <body><nav>Home | Sports | Weather</nav><article><h1>Dam bursts near the valley town</h1>
    <p>The old dam above the valley town burst on Tuesday night after days of heavy rain, officials said.</p>
    <p>Hundreds of residents were moved to the school gym while crews worked to close the breach.</p>
    </article><footer>Copyright 2019 Valley News</footer></body></html>"#;

fn html(body: &str) -> Response {
    Response::ok("text/html; charset=utf-8", body)
}

fn fetcher(timeout_ms: u64, max_bytes: u64) -> Fetcher {
    Fetcher::new(FetchOptions { timeout: Duration::from_millis(timeout_ms), max_bytes, ..FetchOptions::default() })
}

fn server() -> TestServer {
    let mut routes = vec![
        ("/page".to_string(), html(PAGE)),
        ("/text".to_string(), Response::ok("text/plain", "Flood waters rose.\n\nThe river rose all night.")),
        ("/gone".to_string(), Response::status(404)),
        ("/slow".to_string(), html(PAGE).delayed(Duration::from_millis(1500))),
        ("/big".to_string(), html(&format!("<html><body><p>{}</p></body></html>", "word ".repeat(4000)))),
        ("/report.pdf".to_string(), Response::ok("application/pdf", &b"%PDF-1.7\n%binary"[..])),
        ("/image".to_string(), Response::ok("image/jpeg", &b"\xff\xd8\xff\xe0"[..])),
    ];
    // A chain /hop0 → /hop1 → … → /hop6 → /page: 5 hops from /hop2, 7 from /hop0.
    for k in 0..7 {
        let next = if k == 6 { "/page".to_string() } else { format!("/hop{}", k + 1) };
        routes.push((format!("/hop{k}"), Response::redirect(&next)));
    }
    let mut win = b"<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head><body><article>".to_vec();
    win.extend_from_slice(
        b"<p>The caf\xe9 owner said \x93we will reopen\x94 once the water is gone from the old street.</p>\
          <p>Neighbours brought sandbags to the caf\xe9 and to the bakery next door on Wednesday.</p></article></body></html>",
    );
    routes.push(("/cp1252".to_string(), Response::ok("text/html", win)));
    TestServer::start(routes)
}

#[test]
fn a_page_becomes_an_article_with_its_metadata() {
    let s = server();
    let a = fetcher(5000, 1 << 20).article(&s.url("/page")).unwrap();
    assert!(a.text.contains("burst on Tuesday night"), "{}", a.text);
    assert_eq!(a.url.as_deref(), Some(s.url("/page").as_str()));
    assert_eq!(a.title.as_deref(), Some("Dam bursts near the valley town"));
    assert_eq!(a.source.as_deref(), Some("Valley News"));
    assert_eq!(a.published.as_deref(), Some("2019-11-19"));
    let t = fetcher(5000, 1 << 20).article(&s.url("/text")).unwrap();
    assert_eq!(t.text, "Flood waters rose.\n\nThe river rose all night.");
    assert_eq!(t.source.as_deref(), Some("127.0.0.1"));
}

#[test]
fn redirects_are_followed_up_to_five() {
    let s = server();
    let f = fetcher(5000, 1 << 20);
    let a = f.article(&s.url("/hop2")).unwrap();
    assert_eq!(a.url.as_deref(), Some(s.url("/page").as_str()), "the final URL is kept");
    assert!(matches!(f.article(&s.url("/hop1")), Err(FetchError::TooManyRedirects { .. })), "6 hops");
    let err = f.article(&s.url("/hop0")).unwrap_err();
    assert!(matches!(err, FetchError::TooManyRedirects { max: 5, .. }), "{err}");
    assert!(err.to_string().starts_with(&s.url("/hop0")), "{err}");
}

#[test]
fn failures_are_errors_naming_the_url() {
    let s = server();
    let f = fetcher(500, 8 * 1024);
    let err = f.article(&s.url("/gone")).unwrap_err();
    assert_eq!(err.to_string(), format!("{}: HTTP status 404", s.url("/gone")));
    let err = f.article(&s.url("/slow")).unwrap_err();
    assert!(matches!(err, FetchError::Timeout { .. }), "{err}");
    assert!(err.to_string().starts_with(&format!("{}: timed out", s.url("/slow"))), "{err}");
    let err = f.article(&s.url("/big")).unwrap_err();
    assert!(matches!(err, FetchError::TooLarge { max: 8192, .. }), "{err}");
    let err = f.article(&s.url("/report.pdf")).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{}: application/pdf is not a web page (HTML, XHTML or plain text)", s.url("/report.pdf"))
    );
    assert!(matches!(f.article(&s.url("/image")), Err(FetchError::NotAPage { .. })));
    assert!(matches!(f.article("ftp://example.com/x"), Err(FetchError::BadUrl { .. })));
    // Nothing listens on port 1 of loopback: a connection error, still naming the URL.
    let err = f.article("http://127.0.0.1:1/x").unwrap_err();
    assert!(err.to_string().starts_with("http://127.0.0.1:1/x: "), "{err}");
}

#[test]
fn a_windows_1252_page_is_decoded() {
    let s = server();
    let a = fetcher(5000, 1 << 20).article(&s.url("/cp1252")).unwrap();
    assert!(a.text.contains("The café owner said “we will reopen”"), "{}", a.text);
}

#[test]
fn many_urls_a_few_at_a_time_in_order() {
    let s = server();
    let f = Fetcher::new(FetchOptions { concurrency: 3, ..FetchOptions::default() });
    let urls: Vec<String> = ["/page", "/gone", "/text", "/page"].iter().map(|p| s.url(p)).collect();
    let results = f.fetch_all(&urls, |u| f.article(u));
    assert!(results[0].is_ok() && results[1].is_err() && results[2].is_ok() && results[3].is_ok());
    assert!(results[2].as_ref().unwrap().text.starts_with("Flood"));
}

#[test]
fn rss_and_atom_feeds_over_http() {
    let rss = format!(
        r#"<?xml version="1.0"?><rss version="2.0"><channel><title>V</title><link>http://v/</link>
        <item><title>Dam bursts</title><link>{}</link><guid>v-1</guid><pubDate>Tue, 19 Nov 2019 10:00:00 GMT</pubDate></item>
        </channel></rss>"#,
        "/page"
    );
    let atom = r#"<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>
        <id>urn:a</id><updated>2020-01-02T00:00:00Z</updated>
        <entry><id>urn:a:1</id><title>One</title><link href="/text"/><published>2020-01-02T00:00:00Z</published></entry>
        </feed>"#;
    let s = TestServer::start(vec![
        ("/rss".into(), Response::ok("application/rss+xml", rss)),
        ("/atom".into(), Response::ok("application/atom+xml", atom)),
        ("/pdf".into(), Response::ok("application/pdf", &b"%PDF-1.4"[..])),
    ]);
    let f = fetcher(5000, 1 << 20);
    let page = f.feed_page(&s.url("/rss")).unwrap();
    let items = parse_feed(&page.bytes, &page.url).unwrap();
    assert_eq!(items[0].id, "v-1");
    assert_eq!(items[0].url.as_deref(), Some(s.url("/page").as_str()));
    assert_eq!(items[0].published.as_deref(), Some("2019-11-19"));
    let page = f.feed_page(&s.url("/atom")).unwrap();
    let items = parse_feed(&page.bytes, &page.url).unwrap();
    assert_eq!((items[0].id.as_str(), items[0].url.as_deref()), ("urn:a:1", Some(s.url("/text").as_str())));
    assert!(matches!(f.feed_page(&s.url("/pdf")), Err(FetchError::NotAFeed { .. })));
}

//! URLs and feeds end to end, against a server of the test's own on
//! 127.0.0.1 (chorus-fetch's test server): no test reaches any other address.

mod common;

use chorus_fetch::test_server::{Response, TestServer};

/// Two outlets' pages on one story (a dam burst), and one page on another.
const DAM_A: &str = "The old dam above Marlowe Creek burst late on Tuesday night after four days of heavy rain, \
    sending a wall of water through the lower town. County officials said more than 300 residents were \
    evacuated to the high school gym before dawn. No deaths were reported, but six people were treated for \
    minor injuries, the county sheriff said. Engineers had warned last spring that the dam's spillway was \
    cracked and needed urgent repairs. The state governor declared an emergency in Marlowe County on Wednesday \
    and promised money for the cleanup.";
const DAM_B: &str = "Hundreds of Marlowe Creek residents spent Wednesday in a high school gym after the town's \
    century-old dam burst during heavy rain on Tuesday night. The county sheriff said six people had minor \
    injuries and nobody died. Water reached the roofs of some houses in the lower town, officials said. \
    Engineers had warned last year that the cracked spillway of the Marlowe dam needed repairs, records show. \
    The governor declared a state of emergency in Marlowe County and said the state would pay for the cleanup.";
const CHESS: &str = "A sixteen-year-old from Lisbon won the European junior chess championship on Sunday, beating \
    the top seed in a tense final game that lasted almost six hours. She is the youngest winner of the title \
    in two decades, the federation said. Her coach said she had studied endgames every morning for a year. \
    The championship drew 140 players from 38 countries to the coastal city this month.";

fn page(title: &str, site: &str, body: &str) -> Response {
    let paragraphs: String = body.split(". ").map(|s| format!("<p>{}.</p>\n", s.trim_end_matches('.'))).collect();
    Response::ok(
        "text/html; charset=utf-8",
        format!(
            "<html><head><title>{title}</title><meta property=\"og:site_name\" content=\"{site}\"></head>\
             <body><nav>Home | News | Sport</nav><article><h1>{title}</h1>{paragraphs}</article>\
             <footer>© {site}</footer></body></html>"
        ),
    )
}

fn news_server() -> TestServer {
    let rss = r#"<?xml version="1.0"?><rss version="2.0"><channel><title>Local wire</title><link>/</link>
        <item><title>Dam bursts above Marlowe Creek</title><link>/dam-a</link><guid>wire-1</guid>
          <pubDate>Wed, 12 Jun 2024 08:00:00 GMT</pubDate></item>
        <item><title>Marlowe Creek residents wait in gym</title><link>/dam-b</link><guid>wire-2</guid>
          <pubDate>Wed, 12 Jun 2024 15:30:00 GMT</pubDate></item>
        <item><title>Teen wins junior chess title</title><link>/chess</link><guid>wire-3</guid></item>
        <item><title>Removed story</title><link>/gone</link><guid>wire-4</guid></item>
        <item><title>Annual report</title><link>/report.pdf</link><guid>wire-5</guid></item>
        </channel></rss>"#;
    TestServer::start(vec![
        ("/feed.xml".into(), Response::ok("application/rss+xml", rss)),
        ("/dam-a".into(), page("Dam bursts above Marlowe Creek", "Valley Times", DAM_A)),
        ("/dam-b".into(), page("Residents wait in gym after dam burst", "County Herald", DAM_B)),
        ("/chess".into(), page("Teen wins junior chess title", "Board Weekly", CHESS)),
        ("/report.pdf".into(), Response::ok("application/pdf", &b"%PDF-1.7\n..."[..])),
    ])
}

fn lines(stdout: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn digest_reads_a_feed_and_reports_dead_links() {
    let s = news_server();
    let feed = s.url("/feed.xml");
    let out = common::run(&["digest", "--feed", &feed, "--timeout-secs", "5"], b"");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    eprintln!("$ chorus digest --feed {feed}\n{stdout}{stderr}");
    assert_eq!(out.status.code(), Some(1), "two items failed: {stderr}");
    let lines = lines(&out.stdout);
    let errors: Vec<_> = lines.iter().filter(|l| l.get("error").is_some()).collect();
    assert_eq!(errors.len(), 2, "{stdout}");
    assert_eq!(errors[0]["id"], "wire-4");
    assert_eq!(errors[0]["url"], s.url("/gone"));
    assert!(errors[0]["error"].as_str().unwrap().contains("HTTP status 404"), "{stdout}");
    assert_eq!(errors[1]["id"], "wire-5");
    assert!(errors[1]["error"].as_str().unwrap().contains("application/pdf is not a web page"), "{stdout}");
    assert!(stderr.contains(&s.url("/gone")), "failures are said on stderr too: {stderr}");
    let stories: Vec<_> = lines.iter().filter(|l| l.get("summary").is_some()).collect();
    assert_eq!(stories.len(), 2, "the two dam pages are one story; chess stands alone, summarized too: {stdout}");
    assert_eq!((stories[0]["articles"].as_u64(), stories[1]["articles"].as_u64()), (Some(2), Some(1)), "largest first");
    let docs = stories[0]["documents"].as_array().unwrap();
    let urls: Vec<_> = docs.iter().map(|d| d["url"].as_str().unwrap().to_string()).collect();
    assert_eq!(urls, vec![s.url("/dam-a"), s.url("/dam-b")]);
    assert_eq!(docs[0]["title"], "Dam bursts above Marlowe Creek", "the item's title");
    assert_eq!(docs[0]["published"], "2024-06-12");
    assert!(stories[0]["summary"].as_str().unwrap().contains("Marlowe"), "{stdout}");
}

#[test]
fn incremental_feeds_do_not_fetch_items_again() {
    let s = news_server();
    let feed = s.url("/feed.xml");
    let dir = std::env::temp_dir().join(format!("chorus-feed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let state = dir.join("state.json");
    let state = state.to_str().unwrap();
    let first = common::run(&["digest", "--feed", &feed, "--incremental", state], b"");
    assert_eq!(lines(&first.stdout).iter().filter(|l| l.get("summary").is_some()).count(), 2, "dam and chess");
    let second = common::run(&["digest", "--feed", &feed, "--incremental", state], b"");
    let fetched = |path: &str| s.requests().iter().filter(|p| *p == path).count();
    assert_eq!((fetched("/feed.xml"), fetched("/dam-a"), fetched("/chess")), (2, 1, 1), "{:?}", s.requests());
    assert_eq!(fetched("/gone"), 2, "failed items are tried again");
    let seen: Vec<String> = serde_json::from_slice(&std::fs::read(format!("{state}.seen.json")).unwrap()).unwrap();
    assert_eq!(seen, vec!["wire-1", "wire-2", "wire-3"]);
    // Nothing new arrived: only the two dead items' error records.
    assert_eq!(lines(&second.stdout).len(), 2, "{}", String::from_utf8_lossy(&second.stdout));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn summarize_urls_and_url_documents() {
    let s = news_server();
    let (a, b, gone) = (s.url("/dam-a"), s.url("/dam-b"), s.url("/gone"));
    let out = common::run(&["summarize", &a, &b, &gone, "--format", "json"], b"");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains(&format!("{gone}: HTTP status 404")), "{stderr}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["documents"][1]["url"], b.as_str());
    assert_eq!(json["documents"][0]["source"], "Valley Times");
    assert_eq!(json["warnings"][0], format!("{gone}: HTTP status 404"));

    let batch = format!(
        "{}\n{}\n",
        serde_json::json!({"id": "dam", "documents": [{"url": a, "source": "Given name"}, {"url": b}, DAM_A]}),
        serde_json::json!({"id": "dead", "documents": [{"url": gone}]})
    );
    let out = common::run(&["brief", "--jsonl", "-"], batch.as_bytes());
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    let lines = lines(&out.stdout);
    assert_eq!(lines.len(), 2, "{stdout}");
    assert_eq!(lines[0]["id"], "dam");
    assert!(
        lines[1]["error"]
            .as_str()
            .unwrap()
            .contains(&format!("dead: no article could be read: {gone}: HTTP status 404")),
        "{stdout}"
    );
}

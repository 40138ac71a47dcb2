//! The service over a real TCP socket on loopback: each endpoint, each error path, the limits.

use std::path::PathBuf;
use std::time::Duration;

use chorus_serve::{router, Config};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

async fn start(config: Config) -> std::net::SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router(config)).await.unwrap() });
    addr
}

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

async fn request(
    addr: std::net::SocketAddr,
    method: &str,
    path: &str,
    content_type: Option<&str>,
    body: &[u8],
) -> Reply {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    if let Some(ct) = content_type {
        head.push_str(&format!("Content-Type: {ct}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).await.unwrap();
    let _ = stream.write_all(body).await;
    let mut raw = Vec::new();
    tokio::time::timeout(Duration::from_secs(30), stream.read_to_end(&mut raw)).await.unwrap().unwrap_or_default();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = headers.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    // Bodies may come chunked; keep only the JSON payload between the chunk sizes.
    let body = if headers.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        dechunk(body)
    } else {
        body.to_string()
    };
    Reply { status, headers: headers.to_string(), body }
}

fn dechunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let n = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if n == 0 || tail.len() < n {
            break;
        }
        out.push_str(&tail[..n]);
        rest = tail[n..].trim_start_matches("\r\n");
    }
    out
}

fn seed_cluster() -> String {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let docs: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    serde_json::json!({ "id": "seeds", "documents": docs, "words": 150 }).to_string()
}

async fn post(addr: std::net::SocketAddr, path: &str, body: &str) -> Reply {
    request(addr, "POST", path, Some("application/json"), body.as_bytes()).await
}

#[tokio::test]
async fn summarize_and_brief_return_the_cli_json() {
    let addr = start(Config::default()).await;
    let r = post(addr, "/v1/summarize", &seed_cluster()).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert!(v["sentences"].as_array().unwrap().len() >= 2);
    assert!(v["words"].as_u64().unwrap() <= 150);
    let r = post(addr, "/v1/brief", &seed_cluster()).await;
    assert_eq!(r.status, 200);
    let v: serde_json::Value = serde_json::from_str(&r.body).unwrap();
    assert!(!v["quotes"].as_array().unwrap().is_empty() && !v["entities"].as_array().unwrap().is_empty());
}

#[tokio::test]
async fn health_page_and_assets_with_security_headers() {
    let addr = start(Config::default()).await;
    let r = request(addr, "GET", "/healthz", None, b"").await;
    assert_eq!((r.status, r.body.contains("ok")), (200, true));
    let page = request(addr, "GET", "/", None, b"").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<script src=\"/app.js\">"));
    let lower = page.headers.to_ascii_lowercase();
    assert!(lower.contains("content-security-policy: default-src 'none'; script-src 'self'"), "{}", page.headers);
    assert!(lower.contains("x-content-type-options: nosniff"));
    assert_eq!(request(addr, "GET", "/app.js", None, b"").await.status, 200);
    assert_eq!(request(addr, "GET", "/app.css", None, b"").await.status, 200);
}

#[tokio::test]
async fn every_error_is_json_with_the_right_status() {
    let addr = start(Config { max_articles: 3, max_body_bytes: 4096, ..Config::default() }).await;
    let cases: Vec<(&str, Option<&str>, String, u16, &str)> = vec![
        ("/v1/summarize", Some("application/json"), "{\"documents\": [".into(), 400, "malformed JSON"),
        ("/v1/summarize", Some("application/json"), "{\"documents\": 5}".into(), 422, "wrong JSON shape"),
        ("/v1/summarize", Some("application/json"), "{\"documents\": []}".into(), 422, "empty"),
        (
            "/v1/summarize",
            Some("application/json"),
            "{\"documents\": [\"a b c d e.\"], \"words\": 0}".into(),
            422,
            "at least 1",
        ),
        (
            "/v1/summarize",
            Some("application/json"),
            "{\"documents\": [\"a b c d e.\"], \"method\": \"magic\"}".into(),
            422,
            "choose one of",
        ),
        ("/v1/summarize", Some("text/plain"), "{\"documents\": [\"x\"]}".into(), 415, "Content-Type"),
        (
            "/v1/summarize",
            Some("application/json"),
            serde_json::json!({"documents": ["a.", "b.", "c.", "d."]}).to_string(),
            413,
            "at most 3",
        ),
        (
            "/v1/summarize",
            Some("application/json"),
            serde_json::json!({"documents": ["x ".repeat(5000)]}).to_string(),
            413,
            "too large",
        ),
        ("/v1/nothing", Some("application/json"), "{}".into(), 404, "no such endpoint"),
    ];
    for (path, ct, body, status, says) in cases {
        let r = request(addr, "POST", path, ct, body.as_bytes()).await;
        assert_eq!(r.status, status, "{path} {body:.60}: {}", r.body);
        let v: serde_json::Value = serde_json::from_str(&r.body).unwrap_or_else(|_| panic!("not JSON: {}", r.body));
        assert!(v["error"].as_str().unwrap().contains(says), "{}: {}", says, r.body);
    }
    let r = request(addr, "GET", "/v1/summarize", None, b"").await;
    assert_eq!(r.status, 405);
    assert!(r.body.contains("wrong method"), "{}", r.body);
}

#[tokio::test]
async fn busy_server_refuses_with_503_and_recovers() {
    let addr = start(Config { max_concurrent: 1, queue_timeout: Duration::from_millis(1), ..Config::default() }).await;
    let body = seed_cluster();
    let results = futures_join(addr, &body, 12).await;
    assert!(results.iter().all(|&s| s == 200 || s == 503), "{results:?}");
    assert!(results.contains(&200));
    assert_eq!(post(addr, "/v1/summarize", &body).await.status, 200, "serves again once idle");
}

async fn futures_join(addr: std::net::SocketAddr, body: &str, n: usize) -> Vec<u16> {
    let mut handles = Vec::new();
    for _ in 0..n {
        let body = body.to_string();
        handles.push(tokio::spawn(async move { post(addr, "/v1/brief", &body).await.status }));
    }
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.unwrap());
    }
    out
}

#[tokio::test]
async fn slow_work_hits_the_time_limit() {
    let addr = start(Config { timeout: Duration::from_millis(1), ..Config::default() }).await;
    let big: Vec<String> =
        (0..150).map(|i| format!("Report {i}: the council met on Tuesday to vote on the budget. It passed.")).collect();
    let r = post(addr, "/v1/brief", &serde_json::json!({ "documents": big }).to_string()).await;
    assert_eq!(r.status, 504, "{}", r.body);
    assert!(r.body.contains("took longer than"), "{}", r.body);
}

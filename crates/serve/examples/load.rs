//! Load benchmark (not a test): N concurrent keep-alive clients post the seed
//! cluster to a running `chorus serve` for a fixed time on loopback, then
//! report requests/s, p50/p99 latency and errors.
//!
//!   cargo build --release -p chorus-cli -p chorus-serve --examples
//!   target/release/chorus serve --addr 127.0.0.1:8181 &
//!   target/release/examples/load 127.0.0.1:8181 64 30 /v1/summarize
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

#[tokio::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let addr = args.get(1).cloned().unwrap_or_else(|| "127.0.0.1:8181".into());
    let clients: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(64);
    let seconds: u64 = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(30);
    let path = args.get(4).cloned().unwrap_or_else(|| "/v1/summarize".into());
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let mut files: Vec<_> = std::fs::read_dir(dir).expect("../shared/seeds").map(|e| e.unwrap().path()).collect();
    files.sort();
    let docs: Vec<String> = files.iter().map(|f| std::fs::read_to_string(f).unwrap()).collect();
    let body = serde_json::json!({ "id": "seeds", "documents": docs }).to_string();
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (addr, path, body) = (addr.clone(), path.clone(), body.clone());
        tasks.push(tokio::spawn(async move { client(&addr, &path, &body, deadline).await }));
    }
    let mut latencies = Vec::new();
    let mut errors = 0usize;
    for t in tasks {
        let (l, e) = t.await.unwrap();
        latencies.extend(l);
        errors += e;
    }
    latencies.sort_unstable();
    let pct = |p: f64| {
        latencies
            .get(((latencies.len() as f64 * p) as usize).min(latencies.len().saturating_sub(1)))
            .copied()
            .unwrap_or_default()
    };
    println!(
        "{clients} clients, {seconds} s, {path}: {} requests, {:.0} requests/s, p50 {:.1} ms, p99 {:.1} ms, errors {errors}",
        latencies.len(),
        latencies.len() as f64 / seconds as f64,
        pct(0.50).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0
    );
}

/// One keep-alive connection posting until the deadline; (latencies, errors).
async fn client(addr: &str, path: &str, body: &str, deadline: Instant) -> (Vec<Duration>, usize) {
    let mut latencies = Vec::new();
    let mut errors = 0;
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let mut conn: Option<BufReader<TcpStream>> = None;
    while Instant::now() < deadline {
        if conn.is_none() {
            match TcpStream::connect(addr).await {
                Ok(s) => conn = Some(BufReader::new(s)),
                Err(_) => {
                    errors += 1;
                    tokio::time::sleep(Duration::from_millis(10)).await;
                    continue;
                }
            }
        }
        let stream = conn.as_mut().expect("connected");
        let started = Instant::now();
        let ok = async {
            stream.get_mut().write_all(request.as_bytes()).await.ok()?;
            let mut status_line = String::new();
            stream.read_line(&mut status_line).await.ok()?;
            let status: u16 = status_line.split_whitespace().nth(1)?.parse().ok()?;
            let mut length = 0usize;
            loop {
                let mut line = String::new();
                stream.read_line(&mut line).await.ok()?;
                if line == "\r\n" || line.is_empty() {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().ok()?;
                }
            }
            let mut buf = vec![0u8; length];
            stream.read_exact(&mut buf).await.ok()?;
            Some(status)
        }
        .await;
        match ok {
            Some(200) => latencies.push(started.elapsed()),
            _ => {
                errors += 1;
                conn = None;
            }
        }
    }
    (latencies, errors)
}

//! A tiny HTTP/1.1 server on 127.0.0.1 with canned answers, for tests only
//! (feature `test-server`): tests of fetching never leave the machine.

use std::collections::HashMap;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// One canned answer.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Wait this long before answering (a slow site).
    pub delay: Duration,
}

impl Response {
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Response {
            status: 200,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
            delay: Duration::ZERO,
        }
    }

    pub fn status(status: u16) -> Self {
        Response { status, headers: Vec::new(), body: b"no".to_vec(), delay: Duration::ZERO }
    }

    pub fn redirect(location: &str) -> Self {
        Response { headers: vec![("Location".into(), location.into())], ..Response::status(302) }
    }

    pub fn delayed(self, delay: Duration) -> Self {
        Response { delay, ..self }
    }
}

/// A server answering `routes` (by path) on a free port of 127.0.0.1; 404 for
/// anything else. It runs until the test process ends.
pub struct TestServer {
    pub addr: SocketAddr,
    requests: Arc<Mutex<Vec<String>>>,
}

impl TestServer {
    pub fn start(routes: Vec<(String, Response)>) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let addr = listener.local_addr().unwrap();
        let routes: Arc<HashMap<String, Response>> = Arc::new(routes.into_iter().collect());
        let requests = Arc::new(Mutex::new(Vec::new()));
        let log = requests.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (routes, log) = (routes.clone(), log.clone());
                std::thread::spawn(move || answer(stream, &routes, &log));
            }
        });
        TestServer { addr, requests }
    }

    /// The full URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// The paths requested so far, in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

fn answer(mut stream: TcpStream, routes: &HashMap<String, Response>, log: &Mutex<Vec<String>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
    let mut head = Vec::new();
    let mut buf = [0u8; 1024];
    while !head.windows(4).any(|w| w == b"\r\n\r\n") {
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => return,
            Ok(n) => head.extend_from_slice(&buf[..n]),
        }
    }
    let head = String::from_utf8_lossy(&head);
    let path = head.split_whitespace().nth(1).unwrap_or("/").to_string();
    log.lock().unwrap().push(path.clone());
    let response = routes.get(&path).cloned().unwrap_or_else(|| Response::status(404));
    std::thread::sleep(response.delay);
    let mut out = format!(
        "HTTP/1.1 {} Canned\r\nContent-Length: {}\r\nConnection: close\r\n",
        response.status,
        response.body.len()
    );
    for (name, value) in &response.headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    // The client may hang up early (a cap, a timeout): that is the test's point, not an error here.
    let _ = stream.write_all(out.as_bytes()).and_then(|_| stream.write_all(&response.body));
    let _ = stream.flush();
}

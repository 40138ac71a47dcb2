//! `chorus serve`: the HTTP API and page, on loopback unless told otherwise.

use std::net::SocketAddr;
use std::time::Duration;

use anyhow::{Context, Result};
use chorus_serve::Config;

use crate::Outcome;

pub fn run(
    addr: SocketAddr,
    max_body_bytes: usize,
    timeout_secs: u64,
    max_articles: usize,
    max_concurrent: Option<usize>,
) -> Result<Outcome> {
    let mut config =
        Config { addr, max_body_bytes, timeout: Duration::from_secs(timeout_secs), max_articles, ..Config::default() };
    if let Some(n) = max_concurrent {
        config.max_concurrent = n;
    }
    let runtime =
        tokio::runtime::Builder::new_multi_thread().enable_all().build().context("cannot start the async runtime")?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| format!("cannot listen on {addr}"))?;
        eprintln!("chorus serve: listening on http://{}", listener.local_addr()?);
        chorus_serve::serve(config, listener).await.context("server error")
    })?;
    Ok(Outcome::Success)
}

//! `chorus train`: rebuild the learned assets shipped in the repository from
//! the Multi-News training split. Deterministic: same input, same bytes.

use std::fs;

use anyhow::{Context, Result};
use chorus_core::ingest::jsonl_clusters;
use chorus_core::represent::BackgroundIdf;

use crate::{input, progress, Outcome};

/// Background IDF table: document frequencies of stems over training articles.
pub fn idf(path: &str, out: &str, min_df: u32) -> Result<Outcome> {
    let bar = progress::bar(None, "training clusters");
    let articles = jsonl_clusters(input::open(path)?, path)
        .filter_map(|(_, c)| c.ok())
        .inspect(|_| bar.inc(1))
        .flat_map(|c| c.articles.into_iter().map(|a| a.text));
    let table = BackgroundIdf::learn(articles, min_df);
    bar.finish_and_clear();
    fs::write(out, table).with_context(|| format!("{out}: cannot write"))?;
    eprintln!("chorus: wrote {out}");
    Ok(Outcome::Success)
}

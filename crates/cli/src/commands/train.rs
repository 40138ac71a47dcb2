//! `chorus train`: rebuild the learned assets shipped in the repository from
//! the Multi-News training split. Deterministic: same input, same bytes.

use std::fs;

use anyhow::{Context, Result};
use chorus_core::ingest::jsonl_clusters;
use chorus_core::represent::BackgroundIdf;
use chorus_core::Cluster;

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

fn clusters(path: &str, limit: usize) -> Result<Vec<Cluster>> {
    Ok(jsonl_clusters(input::open(path)?, path).filter_map(|(_, c)| c.ok()).take(limit).collect())
}

/// Fingerprints of sentences repeated across unrelated clusters.
pub fn boilerplate(path: &str, out: &str, min_clusters: usize) -> Result<Outcome> {
    let table = chorus_eval::train::repeated_sentences(clusters(path, usize::MAX)?.into_iter(), min_clusters);
    fs::write(out, &table).with_context(|| format!("{out}: cannot write"))?;
    eprintln!("chorus: wrote {} fingerprints to {out}", table.lines().count());
    Ok(Outcome::Success)
}

/// The learned sentence scorer.
pub fn model(path: &str, out: &str, limit: usize, lambda: f64) -> Result<Outcome> {
    let model = chorus_eval::train::sentence_model(clusters(path, limit)?, lambda);
    fs::write(out, &model).with_context(|| format!("{out}: cannot write"))?;
    eprintln!("chorus: wrote {out}");
    Ok(Outcome::Success)
}

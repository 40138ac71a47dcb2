//! `chorus train`: rebuild the learned assets shipped in the repository from
//! the Multi-News training split. Deterministic: same input, same bytes.

use std::fs;
use std::time::Instant;

use anyhow::{Context, Result};
use chorus_core::ingest::jsonl_clusters;
use chorus_core::pipeline::{summarize_with, Prepared};
use chorus_core::represent::BackgroundIdf;
use chorus_core::select::{Budget, Learned};
use chorus_core::{features, Cluster};
use chorus_eval::train::TreeParams;
use chorus_eval::{evaluate_batch_with, Tally};

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

/// The learned sentence scorer; with `dev`, also its ROUGE on those clusters.
pub fn model(path: &str, out: &str, limit: usize, params: TreeParams, dev: Option<&str>) -> Result<Outcome> {
    let training = clusters(path, limit)?;
    let started = Instant::now();
    let model = chorus_eval::train::sentence_model(&training, params).map_err(anyhow::Error::msg)?;
    let header = format!(
        "chorus sentence model v2: gradient-boosted regression trees (forust-ml, squared loss) on {} clusters\n\
         of {path}; label: ROUGE-2 precision of the sentence against the reference; {params:?}",
        training.len()
    );
    let text = model.to_text(&header, &features::names());
    fs::write(out, &text).with_context(|| format!("{out}: cannot write"))?;
    eprintln!("chorus: wrote {out} ({} bytes, trained in {:.1} s)", text.len(), started.elapsed().as_secs_f64());
    if let Some(dev) = dev {
        let learned = Learned::new(model);
        let batch: Vec<_> = jsonl_clusters(input::open(dev)?, dev).collect();
        let mut tally = Tally::new("learned (new model)");
        for result in evaluate_batch_with(batch, |c| Ok(summarize_with(&Prepared::new(c), &learned, Budget::Auto).0)) {
            tally.add(&result);
        }
        println!("{}", serde_json::to_string(&tally.finish())?);
    }
    Ok(Outcome::Success)
}

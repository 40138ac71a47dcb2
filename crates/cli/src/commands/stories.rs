//! `chorus eval-stories`: shuffle the articles of a cluster file into one pile,
//! cluster it, and score the stories (and optionally the digest) against the truth.

use anyhow::Result;
use chorus_core::ingest::jsonl_clusters;
use chorus_core::Options;
use chorus_eval::stories::{evaluate_digest, evaluate_stories, shuffled_pile};

use crate::{input, Outcome};

pub fn run(path: &str, seed: u64, chunks: usize, digest: bool, options: &Options) -> Result<Outcome> {
    let clusters: Vec<_> = jsonl_clusters(input::open(path)?, path).filter_map(|(_, c)| c.ok()).collect();
    let pile = shuffled_pile(&clusters, seed);
    let (report, predicted) = evaluate_stories(&pile, clusters.len(), chunks);
    println!("{}", serde_json::to_string_pretty(&report)?);
    if digest {
        println!("{}", serde_json::to_string_pretty(&evaluate_digest(&clusters, &pile, &predicted, options))?);
    }
    Ok(Outcome::Success)
}

//! `chorus eval-stories`: shuffle the articles of a cluster file into one pile,
//! cluster it, and score the stories (and optionally the digest) against the truth.

use std::io::Write;

use anyhow::Result;
use chorus_core::ingest::jsonl_clusters;
use chorus_core::Options;
use chorus_eval::stories::{evaluate_digest, evaluate_stories, shuffled_pile};

use crate::{input, Outcome};

pub fn run(path: &str, seed: u64, chunks: usize, digest: bool, options: &Options) -> Result<Outcome> {
    let mut clusters = Vec::new();
    let mut failed = 0;
    for (_, cluster) in jsonl_clusters(input::open(path)?, path) {
        match cluster {
            Ok(c) => clusters.push(c),
            Err(e) => {
                failed += 1;
                eprintln!("chorus: {e} (left out of the pile)");
            }
        }
    }
    let pile = shuffled_pile(&clusters, seed);
    let (report, predicted) = evaluate_stories(&pile, clusters.len(), chunks);
    let mut out = std::io::stdout().lock();
    writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
    if digest {
        writeln!(out, "{}", serde_json::to_string_pretty(&evaluate_digest(&clusters, &pile, &predicted, options))?)?;
    }
    Ok(if failed > 0 { Outcome::PartialFailure(failed) } else { Outcome::Success })
}

//! `chorus eval-stories`: shuffle the articles of a cluster file into one pile,
//! cluster it, and score the stories (and optionally the digest) against the truth.

use std::io::Write;

use anyhow::{bail, Result};
use chorus_cluster::{Evidence, Settings};
use chorus_core::ingest::jsonl_clusters;
use chorus_core::Options;
use chorus_eval::stories::{evaluate_digest, evaluate_stories, shuffled_pile, sweep};
use clap::Args;

use crate::{input, Outcome};

/// How articles are linked into stories (defaults: the shipped settings; the
/// rest is for ablations and for learning the threshold on another pile).
#[derive(Args, Debug, Clone)]
pub struct LinkArgs {
    /// Leave headline similarity out of the link decision.
    #[arg(long)]
    pub no_title: bool,
    /// Leave shared names of people and places out of the link decision.
    #[arg(long)]
    pub no_names: bool,
    /// Ignore publication dates.
    #[arg(long)]
    pub no_time: bool,
    /// Mean similarity at which two groups of articles merge, before it adapts to the pile
    /// (default: the shipped one).
    #[arg(long, value_name = "T")]
    pub threshold: Option<f32>,
    /// How much the threshold rises with the pile's background similarity (an article's
    /// similarity to its 10th nearest neighbour in another story, on average); 0 for a fixed threshold.
    #[arg(long, value_name = "W")]
    pub adapt: Option<f32>,
    /// Boost links between mutual nearest neighbours by this times the pile's background
    /// similarity (0, the default: off; helps crowded piles, see docs/RESULTS.md).
    #[arg(long, value_name = "C")]
    pub mutual: Option<f32>,
    /// How much each link's threshold follows its two articles' own background (their 10th
    /// nearest neighbours in other stories) rather than the pile's; 0 for one threshold for all links.
    #[arg(long, value_name = "W")]
    pub local: Option<f32>,
    /// Weight of headline similarity next to the body's (weight 1).
    #[arg(long, value_name = "W")]
    pub title_weight: Option<f32>,
    /// Weight of shared names next to the body's (weight 1).
    #[arg(long, value_name = "W")]
    pub names_weight: Option<f32>,
    /// Body terms kept per article (its strongest by TF-IDF).
    #[arg(long, value_name = "N")]
    pub terms: Option<usize>,
    /// Strongest terms per article used to find candidate pairs.
    #[arg(long, value_name = "N")]
    pub index_terms: Option<usize>,
    /// Take body terms from the article's first N words only (0: the whole article).
    #[arg(long, value_name = "N")]
    pub lead_words: Option<usize>,
}

impl LinkArgs {
    pub fn settings(&self) -> Settings {
        let d = Settings::default();
        Settings {
            evidence: Evidence { title: !self.no_title, names: !self.no_names, time: !self.no_time },
            threshold: self.threshold.unwrap_or(d.threshold),
            adapt: self.adapt.unwrap_or(d.adapt).max(0.0),
            mutual: self.mutual.unwrap_or(d.mutual).max(0.0),
            local: self.local.unwrap_or(d.local).max(0.0),
            title_weight: self.title_weight.unwrap_or(d.title_weight),
            names_weight: self.names_weight.unwrap_or(d.names_weight),
            terms: self.terms.unwrap_or(d.terms).max(1),
            index_terms: self.index_terms.unwrap_or(d.index_terms).max(1),
            lead_words: self.lead_words.unwrap_or(d.lead_words),
            ..d
        }
    }
}

/// Options of `eval-stories` beyond the input.
pub struct StoryEval {
    pub seed: u64,
    pub chunks: usize,
    pub digest: bool,
    pub sweep: bool,
    pub half: Option<usize>,
}

pub fn run(path: &str, eval: &StoryEval, link: &LinkArgs, options: &Options) -> Result<Outcome> {
    if eval.half.is_some_and(|h| h > 1) {
        bail!("--half is 0 or 1");
    }
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
    if let Some(h) = eval.half {
        clusters = clusters.into_iter().enumerate().filter(|(k, _)| k % 2 == h).map(|(_, c)| c).collect();
    }
    let pile = shuffled_pile(&clusters, eval.seed);
    let settings = link.settings();
    let mut out = std::io::stdout().lock();
    if eval.sweep {
        for p in sweep(&pile, &settings).iter().take(10) {
            writeln!(out, "{}", serde_json::to_string(p)?)?;
        }
    } else {
        let (report, predicted) = evaluate_stories(&pile, clusters.len(), eval.chunks, &settings);
        writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
        if eval.digest {
            let digest = evaluate_digest(&clusters, &pile, &predicted, options);
            writeln!(out, "{}", serde_json::to_string_pretty(&digest)?)?;
        }
    }
    Ok(if failed > 0 { Outcome::PartialFailure(failed) } else { Outcome::Success })
}

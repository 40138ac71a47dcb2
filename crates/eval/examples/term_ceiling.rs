//! How far could a perfect term model take the term-coverage selection? Gives
//! the learned selection the reference's true count of each content stem as
//! its expected count, and prints the ROUGE report (knobs: CHORUS_* in learned.rs).
//!
//! cargo run --release -p chorus-eval --example term_ceiling -- ../shared/data/multinews/dev.jsonl

use std::collections::HashMap;

use chorus_core::ingest::jsonl_clusters;
use chorus_core::pipeline::{summarize_with, Prepared};
use chorus_core::represent::Analyzer;
use chorus_core::select::{Budget, Learned, Method};
use chorus_eval::{evaluate_batch_with, Tally};

struct TrueCounts;

impl Method for TrueCounts {
    fn name(&self) -> &'static str {
        "true term counts"
    }

    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize> {
        let mut counts: HashMap<String, f32> = HashMap::new();
        for stem in Analyzer::default().terms(prepared.cluster.reference.as_deref().unwrap_or("")) {
            *counts.entry(stem).or_default() += 1.0;
        }
        let expected: Vec<f32> =
            prepared.rep.vocabulary.iter().map(|s| counts.get(s).copied().unwrap_or(0.0)).collect();
        Learned::shipped().select_expecting(prepared, budget, Some(&expected))
    }
}

fn main() {
    let path = std::env::args().nth(1).expect("usage: term_ceiling DEV.jsonl");
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("open"));
    let batch: Vec<_> = jsonl_clusters(file, &path).collect();
    let mut tally = Tally::new("true term counts");
    for result in evaluate_batch_with(batch, |c| Ok(summarize_with(&Prepared::new(c), &TrueCounts, Budget::Auto).0)) {
        tally.add(&result);
    }
    println!("{}", serde_json::to_string(&tally.finish()).unwrap());
}

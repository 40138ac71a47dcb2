//! Helpers shared by the integration tests that read summaries of the
//! full-length clusters in ../shared. Each test binary uses some of them.
#![allow(dead_code)]

use std::io::BufReader;
use std::path::PathBuf;

use chorus_core::ingest::jsonl_clusters;
use chorus_core::pipeline::Prepared;
use chorus_core::{Cluster, Summary};

/// The first `n` clusters of ../shared/data/multinews-full/validation-250.jsonl.
pub fn full_length_clusters(n: usize) -> Vec<Cluster> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/multinews-full/validation-250.jsonl");
    let file = BufReader::new(std::fs::File::open(&path).expect("../shared/data/multinews-full is readable"));
    jsonl_clusters(file, "validation-250").take(n).filter_map(|(_, c)| c.ok()).collect()
}

/// The summary's sentences as indices into `prepared.sentences`, in the order shown.
pub fn chosen(prepared: &Prepared, summary: &Summary) -> Vec<usize> {
    summary
        .sentences
        .iter()
        .map(|s| {
            let c = s.citations[0];
            prepared.sentences.iter().position(|x| x.doc == c.doc && x.start == c.start).expect("a sentence")
        })
        .collect()
}

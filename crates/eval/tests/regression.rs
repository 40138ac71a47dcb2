//! Guards summary quality: the default method's ROUGE on a fixed 200-cluster
//! dev subset (the first 200 lines of dev.jsonl) must not drop more than 0.3
//! below the values recorded in `quality-baseline.json`. After a deliberate
//! improvement, record the new values there (they print on failure and with
//! `--nocapture`).

use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;

use chorus_core::ingest::jsonl_clusters;
use chorus_core::Options;
use chorus_eval::{evaluate_batch, Tally};

const SUBSET: usize = 200;
const TOLERANCE: f64 = 0.3;

#[test]
fn default_method_keeps_its_rouge_on_the_dev_subset() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/multinews/dev.jsonl");
    let file = File::open(&path).expect("../shared/data/multinews/dev.jsonl beside the repo");
    let batch: Vec<_> = jsonl_clusters(BufReader::new(file), "dev.jsonl").take(SUBSET).collect();
    let mut tally = Tally::new("default");
    for r in evaluate_batch(batch, &Options::default()) {
        tally.add(&r);
    }
    let report = tally.finish();
    assert_eq!(report.scored, SUBSET);
    let baseline: serde_json::Value = serde_json::from_str(include_str!("quality-baseline.json")).unwrap();
    let m = report.mean_f1;
    eprintln!(
        "default method on the first {SUBSET} dev clusters: R-1 {:.2} R-2 {:.2} R-L {:.2} R-Lsum {:.2}",
        m.rouge1, m.rouge2, m.rouge_l, m.rouge_lsum
    );
    for (name, got) in [("rouge1", m.rouge1), ("rouge2", m.rouge2)] {
        let recorded = baseline[name].as_f64().unwrap();
        assert!(got >= recorded - TOLERANCE, "{name} fell to {got:.2}, recorded {recorded:.2} (tolerance {TOLERANCE})");
    }
}

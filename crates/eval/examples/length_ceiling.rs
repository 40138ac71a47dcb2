//! How much would knowing each cluster's best length give? Summarizes every
//! dev cluster at several word budgets and prints the mean ROUGE at each, and
//! with the best budget picked per cluster by R-1 (the length ceiling).
//!
//! cargo run --release -p chorus-eval --example length_ceiling -- ../shared/data/multinews/dev.jsonl

use chorus_core::ingest::jsonl_clusters;
use chorus_core::pipeline::{summarize_with, Prepared};
use chorus_core::select::{Budget, Learned};
use chorus_eval::{reference_lines, score_summary};
use chorus_rouge::Scorer;
use rayon::prelude::*;

const BUDGETS: &[usize] = &[125, 150, 175, 200, 225, 250, 275, 300, 350];

fn main() {
    let path = std::env::args().nth(1).expect("usage: length_ceiling DEV.jsonl");
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("open"));
    let clusters: Vec<_> = jsonl_clusters(file, &path).filter_map(|(_, c)| c.ok()).collect();
    let rows: Vec<Vec<[f64; 3]>> = clusters
        .par_iter()
        .map_init(
            || Scorer::new(true),
            |scorer, c| {
                let reference = c.reference.as_deref().unwrap_or("");
                let _ = reference_lines(reference);
                let p = Prepared::new(c);
                BUDGETS
                    .iter()
                    .map(|&w| {
                        let (summary, _) = summarize_with(&p, Learned::shipped(), Budget::Words(w));
                        let s = score_summary(scorer, &summary, reference);
                        [s.rouge1.fmeasure, s.rouge2.fmeasure, s.rouge_lsum.fmeasure]
                    })
                    .collect()
            },
        )
        .collect();
    let n = rows.len() as f64;
    for (b, &w) in BUDGETS.iter().enumerate() {
        let mean = |k: usize| 100.0 * rows.iter().map(|r| r[b][k]).sum::<f64>() / n;
        println!("{w} words: R-1 {:.2} R-2 {:.2} R-Lsum {:.2}", mean(0), mean(1), mean(2));
    }
    let best: Vec<&[f64; 3]> = rows.iter().map(|r| r.iter().max_by(|a, b| a[0].total_cmp(&b[0])).unwrap()).collect();
    let mean = |k: usize| 100.0 * best.iter().map(|r| r[k]).sum::<f64>() / n;
    println!("best budget per cluster: R-1 {:.2} R-2 {:.2} R-Lsum {:.2}", mean(0), mean(1), mean(2));
}

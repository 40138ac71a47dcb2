//! How far could a better sentence scorer go? Selects with the true training
//! label (ROUGE-2 precision against the reference) in place of the model's
//! prediction, with the same greedy loop and budget, and prints mean ROUGE.
//!
//! cargo run --release -p chorus-eval --example label_ceiling -- ../shared/data/multinews/dev.jsonl

use chorus_core::ingest::jsonl_clusters;
use chorus_core::order;
use chorus_core::pipeline::Prepared;
use chorus_core::select::{greedy, pool, Budget};
use chorus_eval::reference_lines;
use chorus_rouge::{ngram_score, Scorer};
use rayon::prelude::*;

fn main() {
    let path = std::env::args().nth(1).expect("usage: label_ceiling DEV.jsonl [novelty]");
    let novelty: f32 = std::env::args().nth(2).map_or(0.15, |v| v.parse().expect("novelty"));
    let kind = std::env::args().nth(3).unwrap_or("r2p".into());
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("open"));
    let clusters: Vec<_> = jsonl_clusters(file, &path).filter_map(|(_, c)| c.ok()).collect();
    let sums = clusters
        .par_iter()
        .map_init(
            || Scorer::new(true),
            |scorer, c| {
                let reference = c.reference.as_deref().unwrap_or("");
                let p = Prepared::new(c);
                let cands = pool(&p);
                let ref_ids = scorer.token_ids(reference);
                let labels: Vec<f32> = cands
                    .iter()
                    .map(|&i| {
                        let ids = scorer.token_ids(p.raw(i));
                        let (a, b) = (ngram_score(&ref_ids, &ids, 1), ngram_score(&ref_ids, &ids, 2));
                        (match kind.as_str() {
                            "r1p" => a.precision,
                            "mix" => 0.5 * (a.precision + b.precision),
                            "r2f" => b.fmeasure,
                            "r1f" => a.fmeasure,
                            _ => b.precision,
                        }) as f32
                    })
                    .collect();
                let idx = |x: usize| cands.binary_search(&x).unwrap();
                let mut chosen = greedy(&p, &cands, Budget::Auto, |chosen, x| {
                    let overlap = chosen.iter().map(|&s| p.rep.cosine(x, s)).fold(0.0, f32::max);
                    labels[idx(x)] - novelty * overlap
                });
                order::story_order(&p, &mut chosen);
                let text: Vec<_> = chosen.iter().map(|&i| p.text(i).into_owned()).collect();
                let s = scorer.score(&reference_lines(reference), &text.join("\n"));
                [s.rouge1.fmeasure, s.rouge2.fmeasure, s.rouge_lsum.fmeasure]
            },
        )
        .reduce(|| [0.0; 3], |a, b| [a[0] + b[0], a[1] + b[1], a[2] + b[2]]);
    let n = clusters.len() as f64;
    println!(
        "{} clusters: R-1 {:.2} R-2 {:.2} R-Lsum {:.2}",
        n,
        100.0 * sums[0] / n,
        100.0 * sums[1] / n,
        100.0 * sums[2] / n
    );
}

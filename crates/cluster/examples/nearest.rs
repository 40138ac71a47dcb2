//! Diagnostic: how often is an article's nearest neighbour (brute force, by
//! the clustering vectors) from its own true cluster? An upper bound on what
//! any linking rule over these vectors can reach.
//! cargo run --release -p chorus-cluster --example nearest -- ../shared/data/multinews/dev.jsonl
use chorus_cluster::{cosine, Pile};
use chorus_core::ingest::jsonl_clusters;
use rayon::prelude::*;
fn main() {
    let path = std::env::args().nth(1).expect("dev.jsonl");
    let file = std::io::BufReader::new(std::fs::File::open(&path).unwrap());
    let clusters: Vec<_> = jsonl_clusters(file, &path).filter_map(|(_, c)| c.ok()).collect();
    let mut pile = Pile::new();
    let mut truth = Vec::new();
    let mut batch = Vec::new();
    for (c, cl) in clusters.iter().enumerate() {
        for a in &cl.articles {
            batch.push((format!("{c}"), a.clone()));
            truth.push(c);
        }
    }
    pile.add(batch);
    let n = truth.len();
    let v: Vec<Vec<(u32, f32)>> = (0..n).map(|i| pile.vector(i).to_vec()).collect();
    let has_mate: Vec<bool> = (0..n).map(|i| truth.iter().filter(|&&t| t == truth[i]).count() > 1).collect();
    let results: Vec<(bool, f32, f32)> = (0..n)
        .into_par_iter()
        .filter(|&i| has_mate[i] && !pile.is_non_article(i))
        .map(|i| {
            let (mut best, mut best_j) = (-1.0f32, 0);
            let mut best_mate = 0.0f32;
            for j in 0..n {
                if j == i || pile.is_non_article(j) {
                    continue;
                }
                let s = cosine(&v[i], &v[j]);
                if s > best {
                    best = s;
                    best_j = j;
                }
                if truth[j] == truth[i] && s > best_mate {
                    best_mate = s;
                }
            }
            (truth[best_j] == truth[i], best, best_mate)
        })
        .collect();
    let ok = results.iter().filter(|r| r.0).count();
    println!(
        "articles with a cluster-mate: {}, nearest neighbour in own cluster: {} ({:.1}%)",
        results.len(),
        ok,
        100.0 * ok as f64 / results.len() as f64
    );
    for t in [0.1f32, 0.2, 0.3, 0.4] {
        let below = results.iter().filter(|r| r.2 < t).count();
        println!("best cluster-mate cosine < {t}: {:.1}%", 100.0 * below as f64 / results.len() as f64);
    }
}

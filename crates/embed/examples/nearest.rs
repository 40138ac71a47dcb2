//! Diagnostic: how often is an article's nearest neighbour from its own true
//! Multi-News cluster, by TF-IDF, by MiniLM embeddings, and by their mean?
//! Embeddings are cached beside the given cache path.
//! CHORUS_MODEL=DIR cargo run --release -p chorus-embed --example nearest -- ../shared/data/multinews/dev.jsonl /tmp/dev.emb
use std::io::{Read, Write};

use chorus_cluster::{cosine as sparse_cosine, Pile};
use chorus_core::ingest::jsonl_clusters;
use chorus_embed::{cosine, Embedder};
use rayon::prelude::*;

fn main() {
    let path = std::env::args().nth(1).expect("dev.jsonl");
    let cache = std::env::args().nth(2).expect("cache file");
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
    let texts: Vec<String> = batch.iter().map(|(_, a)| a.text.clone()).collect();
    pile.add(batch);
    let n = truth.len();
    let emb: Vec<Vec<f32>> = match std::fs::File::open(&cache) {
        Ok(mut f) => {
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).unwrap();
            let floats: Vec<f32> = bytes.chunks(4).map(|b| f32::from_le_bytes(b.try_into().unwrap())).collect();
            floats.chunks(384).map(|c| c.to_vec()).collect()
        }
        Err(_) => {
            let embedder = Embedder::find(None).expect("model");
            let started = std::time::Instant::now();
            let refs: Vec<&str> = texts.iter().map(|t| t.as_str()).collect();
            let v = embedder.embed(&refs).unwrap();
            eprintln!("embedded {n} articles in {:.1} s", started.elapsed().as_secs_f64());
            let mut f = std::fs::File::create(&cache).unwrap();
            for x in v.iter().flatten() {
                f.write_all(&x.to_le_bytes()).unwrap();
            }
            v
        }
    };
    assert_eq!(emb.len(), n);
    let v: Vec<Vec<(u32, f32)>> = (0..n).map(|i| pile.vector(i).to_vec()).collect();
    let has_mate: Vec<bool> = (0..n).map(|i| truth.iter().filter(|&&t| t == truth[i]).count() > 1).collect();
    for (name, w) in [("tfidf", 1.0f32), ("embedding", 0.0), ("mean", 0.5)] {
        let ok: Vec<bool> = (0..n)
            .into_par_iter()
            .filter(|&i| has_mate[i] && !pile.is_non_article(i))
            .map(|i| {
                let (mut best, mut best_j) = (-1.0f32, 0);
                for j in 0..n {
                    if j == i || pile.is_non_article(j) {
                        continue;
                    }
                    let s = w * sparse_cosine(&v[i], &v[j]) + (1.0 - w) * cosine(&emb[i], &emb[j]);
                    if s > best {
                        best = s;
                        best_j = j;
                    }
                }
                truth[best_j] == truth[i]
            })
            .collect();
        let good = ok.iter().filter(|&&b| b).count();
        println!(
            "{name}: nearest neighbour in own cluster {:.1}% of {}",
            100.0 * good as f64 / ok.len() as f64,
            ok.len()
        );
    }
}

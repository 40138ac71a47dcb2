//! Diagnostic: where do same-story pairs get lost? For every pair of articles
//! of one true cluster: is it a kept candidate pair, and how similar is it?
//! cargo run --release -p chorus-cluster --example recall -- ../shared/data/multinews-full/validation-250.jsonl
use chorus_cluster::Pile;
use chorus_core::ingest::jsonl_clusters;
use rustc_hash::FxHashMap;

fn main() {
    let path = std::env::args().nth(1).expect("clusters.jsonl");
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
    let kept: FxHashMap<(u32, u32), f32> = pile.pairs().iter().map(|p| ((p.a, p.b), p.evidence.body)).collect();
    let n = truth.len();
    let (mut total, mut found, mut non) = (0, 0, 0);
    let mut lost_cos = Vec::new();
    let mut kept_cos = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            if truth[i] != truth[j] {
                continue;
            }
            total += 1;
            if pile.is_non_article(i) || pile.is_non_article(j) {
                non += 1;
                continue;
            }
            let e = pile.evidence(i, j);
            match kept.get(&(i as u32, j as u32)) {
                Some(_) => {
                    found += 1;
                    kept_cos.push(e.body)
                }
                None => lost_cos.push(e.body),
            }
        }
    }
    kept_cos.sort_by(f32::total_cmp);
    lost_cos.sort_by(f32::total_cmp);
    let q = |v: &[f32], p: f32| v.get(((v.len() as f32 - 1.0) * p) as usize).copied().unwrap_or(f32::NAN);
    println!("true pairs {total}, with a non-article {non}, kept {found}, lost {}", lost_cos.len());
    println!("kept body cos quartiles {:.3} {:.3} {:.3}", q(&kept_cos, 0.25), q(&kept_cos, 0.5), q(&kept_cos, 0.75));
    println!("lost body cos quartiles {:.3} {:.3} {:.3}", q(&lost_cos, 0.25), q(&lost_cos, 0.5), q(&lost_cos, 0.75));
    println!("pairs kept in all: {}", pile.pairs().len());
}

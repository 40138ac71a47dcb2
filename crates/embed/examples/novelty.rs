//! Experiment: does paraphrase-aware redundancy help? Summarizes the first N
//! dev clusters with the shipped learned scores and greedy selection, once
//! with TF-IDF cosine as the novelty and redundancy measure and once with
//! MiniLM cosine, and prints mean ROUGE of both, with the embedding time.
//! CHORUS_MODEL=DIR cargo run --release -p chorus-embed --example novelty -- ../shared/data/multinews/dev.jsonl 300
use chorus_core::ingest::jsonl_clusters;
use chorus_core::order;
use chorus_core::pipeline::Prepared;
use chorus_core::select::{greedy, pool, Budget, Learned};
use chorus_embed::{cosine, Embedder};
use chorus_eval::reference_lines;
use chorus_rouge::Scorer;

fn main() {
    let path = std::env::args().nth(1).expect("dev.jsonl");
    let limit: usize = std::env::args().nth(2).map_or(300, |v| v.parse().unwrap());
    let file = std::io::BufReader::new(std::fs::File::open(&path).unwrap());
    let clusters: Vec<_> = jsonl_clusters(file, &path).filter_map(|(_, c)| c.ok()).take(limit).collect();
    let embedder = Embedder::find(None).expect("model");
    let mut scorer = Scorer::new(true);
    let settings: [(&str, f32, f32); 5] = [
        ("tfidf", 0.15, 0.0),
        ("embed 0.15", 0.15, 1.0),
        ("embed 0.3", 0.3, 1.0),
        ("mix 0.15", 0.15, 0.5),
        ("embed+centre", 0.15, 1.0),
    ];
    let mut sums = vec![[0.0f64; 3]; settings.len()];
    let mut embed_seconds = 0.0;
    let mut sentences = 0usize;
    for c in &clusters {
        let p = Prepared::new(c);
        let cands = pool(&p);
        let texts: Vec<&str> = cands.iter().map(|&i| p.raw(i)).collect();
        let t = std::time::Instant::now();
        let emb = embedder.embed(&texts).unwrap();
        embed_seconds += t.elapsed().as_secs_f64();
        sentences += texts.len();
        let scores = Learned::shipped().scores(&p, &cands);
        let idx = |x: usize| cands.binary_search(&x).unwrap();
        let mut centre = vec![0.0f32; 384];
        emb.iter().for_each(|e| centre.iter_mut().zip(e).for_each(|(c, x)| *c += x));
        let norm = centre.iter().map(|x| x * x).sum::<f32>().sqrt().max(1e-9);
        centre.iter_mut().for_each(|x| *x /= norm);
        let reference = reference_lines(c.reference.as_deref().unwrap_or(""));
        for (k, &(name, novelty, w)) in settings.iter().enumerate() {
            let sim = |a: usize, b: usize| (1.0 - w) * p.rep.cosine(a, b) + w * cosine(&emb[idx(a)], &emb[idx(b)]);
            let mut chosen = greedy(&p, &cands, Budget::Auto, |chosen, x| {
                let overlap = chosen.iter().map(|&s| sim(x, s)).fold(0.0, f32::max);
                let bonus = if name == "embed+centre" { 0.05 * cosine(&emb[idx(x)], &centre) } else { 0.0 };
                scores[idx(x)] - novelty * overlap + bonus
            });
            order::story_order(&p, &mut chosen);
            let text: Vec<_> = chosen.iter().map(|&i| p.text(i).into_owned()).collect();
            let s = scorer.score(&reference, &text.join("\n"));
            for (sum, v) in sums[k].iter_mut().zip([s.rouge1.fmeasure, s.rouge2.fmeasure, s.rouge_lsum.fmeasure]) {
                *sum += v;
            }
        }
    }
    let n = clusters.len() as f64;
    for ((name, ..), s) in settings.iter().zip(&sums) {
        println!("{name}: R-1 {:.2} R-2 {:.2} R-Lsum {:.2}", 100.0 * s[0] / n, 100.0 * s[1] / n, 100.0 * s[2] / n);
    }
    println!("embedded {sentences} sentences in {embed_seconds:.1} s ({:.0}/s)", sentences as f64 / embed_seconds);
}

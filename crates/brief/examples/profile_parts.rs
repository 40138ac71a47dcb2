//! CPU time of each part of the seed cluster's brief, to see which part a change made slower:
//! cargo run --release -p chorus-brief --example profile_parts -- 200
use std::time::Instant;

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(100);
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let cluster = chorus_core::ingest::read_cluster_from_paths(&[dir]).expect("../shared/seeds");
    let options = chorus_core::Options::default();
    let mut spent = [0f64; 6];
    for _ in 0..n {
        let t = Instant::now();
        let prepared = chorus_core::pipeline::Prepared::new(&cluster);
        spent[0] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let (_, chosen) = chorus_core::pipeline::summarize_prepared(&prepared, &options).unwrap();
        spent[1] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let entities = chorus_brief::entities::extract(&prepared);
        spent[2] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let occurrences = chorus_brief::quotes::occurrences(&prepared, &entities);
        std::hint::black_box(chorus_brief::quotes::merge(&prepared, &occurrences));
        spent[3] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        std::hint::black_box(chorus_brief::dates::timeline(&prepared));
        spent[4] += t.elapsed().as_secs_f64();
        let t = Instant::now();
        std::hint::black_box(chorus_brief::facts::facts(&prepared, &chosen));
        spent[5] += t.elapsed().as_secs_f64();
    }
    for (name, s) in ["prepare", "summarize", "entities", "quotes", "timeline", "facts"].iter().zip(spent) {
        println!("{name:<10} {:.2} ms", s * 1000.0 / n as f64);
    }
}

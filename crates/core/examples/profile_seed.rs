//! Summarize the seed cluster many times, for profilers:
//! cargo run --release -p chorus-core --example profile_seed -- 500
use chorus_core::{ingest::read_cluster_from_paths, summarize, Options};
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(200);
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let cluster = read_cluster_from_paths(&[dir]).expect("../shared/seeds");
    let t = std::time::Instant::now();
    for _ in 0..n {
        std::hint::black_box(summarize(&cluster, &Options::default()).unwrap());
    }
    eprintln!("{:.3} ms per summary", t.elapsed().as_secs_f64() * 1000.0 / n as f64);
}

//! Build the seed cluster's brief many times, for profilers:
//! cargo run --release -p chorus-brief --example profile_brief -- 100
fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(50);
    let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let cluster = chorus_core::ingest::read_cluster_from_paths(&[dir]).expect("../shared/seeds");
    for _ in 0..n {
        std::hint::black_box(chorus_brief::brief(&cluster, &chorus_core::Options::default()).unwrap());
    }
}

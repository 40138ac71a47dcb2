//! CPU time of the body-sentence path (clean → segment → cut furniture) on
//! the seed cluster and the first 1,000 Multi-News dev clusters. On a shared
//! machine wall-clock benches swing with the load; the CPU time this thread
//! got (Linux /proc/thread-self/schedstat) does far less, so two builds can
//! be compared. cargo run --release -p chorus-core --example segment_speed -- 20
use std::fs::File;
use std::io::BufReader;
use std::ops::Range;
use std::path::PathBuf;
use std::time::Instant;

use chorus_core::ingest::{jsonl_clusters, read_cluster_from_paths};
use chorus_core::Article;

fn segment_all(articles: &[Article], ranges: &mut Vec<Range<usize>>) -> usize {
    let mut total = 0;
    for article in articles {
        chorus_core::prepared::body_sentences(&article.text, ranges);
        total += ranges.len();
    }
    total
}

/// Nanoseconds this thread has run on a CPU, when Linux says.
fn cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}

/// Best of `rounds` samples, each `batch` passes over `articles` (the CPU
/// counter moves only when the thread is scheduled, so a sample must be long).
fn time(name: &str, articles: &[Article], rounds: usize, batch: usize) {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut ranges = Vec::new();
    let mut best_cpu = u64::MAX;
    let mut sentences = 0;
    let wall = Instant::now();
    for _ in 0..rounds {
        let start = cpu_ns().unwrap_or(0);
        for _ in 0..batch {
            sentences = std::hint::black_box(segment_all(articles, &mut ranges));
        }
        best_cpu = best_cpu.min(cpu_ns().unwrap_or(0).saturating_sub(start));
    }
    let wall_ms = wall.elapsed().as_secs_f64() * 1000.0 / (rounds * batch) as f64;
    let cpu_ms = best_cpu as f64 / 1e6 / batch as f64;
    println!(
        "{name}: {} articles, {sentences} sentences, {:.2} MB; best CPU {cpu_ms:.2} ms ({:.1} MB/s); mean wall {wall_ms:.2} ms",
        articles.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e3 / cpu_ms
    );
}

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    let seeds = read_cluster_from_paths(&[root.join("seeds")]).expect("../shared/seeds");
    let dev = BufReader::new(File::open(root.join("data/multinews/dev.jsonl")).expect("dev.jsonl"));
    let dev: Vec<Article> = jsonl_clusters(dev, "dev.jsonl")
        .take(1000)
        .filter_map(|(_, cluster)| cluster.ok())
        .flat_map(|cluster| cluster.articles)
        .collect();
    time("seed cluster", &seeds.articles, rounds, 100);
    time("dev 1,000 clusters", &dev, rounds, 1);
}

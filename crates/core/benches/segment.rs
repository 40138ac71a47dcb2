//! Time to find the body sentences of articles: clean → segment → cut
//! furniture, the path `Prepared::new` and `chorus segment` take, without
//! the representation that follows. On the seed cluster (five full articles)
//! and on the first 1,000 Multi-News dev clusters (lower-cased, truncated).
//! Run: cargo bench -p chorus-core --bench segment

use std::fs::File;
use std::io::BufReader;
use std::ops::Range;
use std::path::PathBuf;

use chorus_core::ingest::{jsonl_clusters, read_cluster_from_paths};
use chorus_core::Article;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

/// The body sentences of every article, as `Prepared::new` finds them; returns their number.
fn segment_all(articles: &[Article], ranges: &mut Vec<Range<usize>>) -> usize {
    let mut total = 0;
    for article in articles {
        chorus_core::prepared::body_sentences(&article.text, ranges);
        total += ranges.len();
    }
    total
}

fn bench(c: &mut Criterion, name: &str, articles: &[Article]) {
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mut ranges = Vec::new();
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(name, |b| b.iter(|| segment_all(black_box(articles), &mut ranges)));
    group.finish();
}

fn seeds(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let cluster = read_cluster_from_paths(&[dir]).expect("../shared/seeds");
    bench(c, "seed_cluster", &cluster.articles);
}

fn dev(c: &mut Criterion) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/multinews/dev.jsonl");
    let file = BufReader::new(File::open(&path).expect("../shared/data/multinews/dev.jsonl"));
    let articles: Vec<Article> = jsonl_clusters(file, "dev.jsonl")
        .take(1000)
        .filter_map(|(_, cluster)| cluster.ok())
        .flat_map(|cluster| cluster.articles)
        .collect();
    bench(c, "dev_1000_clusters", &articles);
}

criterion_group!(benches, seeds, dev);
criterion_main!(benches);

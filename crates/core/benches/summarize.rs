//! Time to summarize the seed cluster (five full articles) with each method.
//! Run: cargo bench -p chorus-core --bench summarize

use std::path::PathBuf;

use chorus_core::ingest::read_cluster_from_paths;
use chorus_core::select::method_names;
use chorus_core::{summarize, Budget, Options};
use criterion::{black_box, criterion_group, criterion_main, Criterion};

fn seeds(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let cluster = read_cluster_from_paths(&[dir]).expect("../shared/seeds");
    // Warm the lazily parsed assets (IDF table, model) outside the timing.
    summarize(&cluster, &Options::default()).unwrap();
    let mut group = c.benchmark_group("summarize_seed_cluster");
    for method in method_names() {
        let options = Options { method: method.to_string(), budget: Budget::Words(250) };
        group.bench_function(method, |b| b.iter(|| summarize(black_box(&cluster), &options).unwrap()));
    }
    group.finish();
}

criterion_group!(benches, seeds);
criterion_main!(benches);

//! Time to build the brief of the seed cluster. Run: cargo bench -p chorus-brief
use std::path::PathBuf;

use chorus_core::ingest::read_cluster_from_paths;
use chorus_core::Options;
use criterion::{black_box, criterion_group, criterion_main, Criterion};

fn seeds(c: &mut Criterion) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let cluster = read_cluster_from_paths(&[dir]).expect("../shared/seeds");
    chorus_brief::brief(&cluster, &Options::default()).unwrap();
    c.bench_function("brief_seed_cluster", |b| {
        b.iter(|| chorus_brief::brief(black_box(&cluster), &Options::default()).unwrap())
    });
}

criterion_group!(benches, seeds);
criterion_main!(benches);

//! ROUGE-1/2/L/Lsum with stemming over real reference/extract pairs from the
//! parity fixtures (texts rebuilt from ../shared). Run: cargo bench -p chorus-rouge --bench rouge

#[path = "../tests/support/mod.rs"]
mod support;

use chorus_rouge::Scorer;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

fn pairs(c: &mut Criterion) {
    // The first 450 fixtures are full Multi-News references against lead extracts.
    let pairs: Vec<(String, String)> =
        support::pairs().into_iter().take(450).map(|p| (p.reference, p.candidate)).collect();
    let mut group = c.benchmark_group("rouge");
    group.throughput(Throughput::Elements(pairs.len() as u64));
    group.bench_function("all_four_types_stemmed_450_summary_pairs", |b| {
        b.iter(|| {
            let mut scorer = Scorer::new(true);
            for (r, cand) in &pairs {
                black_box(scorer.score(r, cand));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, pairs);
criterion_main!(benches);

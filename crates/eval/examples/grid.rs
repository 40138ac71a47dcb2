//! Cross-fitted check of the link settings: the base threshold × adapt weight
//! × local weight grid scored by B³ F1 on the even and odd halves of two piles; the setting
//! best on one half of both (sum of F1) is reported on the other half of both.
//! A change to the link decision is worth keeping when these out-of-sample
//! numbers rise on both piles (docs/RESULTS.md, "Term weighting, shared
//! neighbours, word pairs").
//! cargo run --release -p chorus-eval --example grid -- DEV_FILE FULL_FILE [LOCAL,LOCAL,...]
use chorus_cluster::Settings;
use chorus_core::ingest::jsonl_clusters;
use chorus_eval::stories::ScoredPile;

const THRESHOLDS: std::ops::RangeInclusive<u32> = 6..=24;
const ADAPT: [f32; 10] = [0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0, 2.5];

/// A point of the grid: base threshold, adapt weight, local weight.
type Point = (f32, f32, f32);

/// B³ F1 of one half of a pile at each (threshold, adapt, local) of the grid.
fn grid(path: &str, half: usize, locals: &[f32]) -> Vec<(Point, f64)> {
    let file = std::io::BufReader::new(std::fs::File::open(path).expect("readable pile"));
    let clusters: Vec<_> = jsonl_clusters(file, path)
        .filter_map(|(_, c)| c.ok())
        .enumerate()
        .filter(|(k, _)| k % 2 == half)
        .map(|(_, c)| c)
        .collect();
    let pile = ScoredPile::new(&clusters, 1);
    let base = Settings::default();
    let mut out = Vec::new();
    for k in THRESHOLDS {
        for b in ADAPT {
            for &l in locals {
                let t0 = k as f32 / 100.0;
                out.push(((t0, b, l), pile.f1(&Settings { threshold: t0, adapt: b, local: l, ..base })));
            }
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (dev, full) = (&args[1], &args[2]);
    let locals: Vec<f32> = args.get(3).map_or(vec![0.0], |a| a.split(',').filter_map(|x| x.parse().ok()).collect());
    let d = [grid(dev, 0, &locals), grid(dev, 1, &locals)];
    let f = [grid(full, 0, &locals), grid(full, 1, &locals)];
    let shipped = Settings::default();
    for tune in 0..2 {
        let report = 1 - tune;
        let best = (0..d[tune].len())
            .max_by(|&x, &y| (d[tune][x].1 + f[tune][x].1).total_cmp(&(d[tune][y].1 + f[tune][y].1)).then(y.cmp(&x)));
        let Some(k) = best else { return };
        let (t0, b, l) = d[tune][k].0;
        println!(
            "tuned on half {tune}: threshold {t0:.2} adapt {b} local {l}: dev half {report} {:.4} (tuned half {:.4}), \
             full half {report} {:.4} (tuned half {:.4})",
            d[report][k].1, d[tune][k].1, f[report][k].1, f[tune][k].1
        );
    }
    let is_shipped =
        |(t, b, l): Point| (t - shipped.threshold).abs() < 1e-6 && b == shipped.adapt && l == shipped.local;
    if let Some(k) = d[0].iter().position(|&(p, _)| is_shipped(p)) {
        println!(
            "shipped (threshold {}, adapt {}, local {}): dev halves {:.4} / {:.4}, full halves {:.4} / {:.4}",
            shipped.threshold, shipped.adapt, shipped.local, d[0][k].1, d[1][k].1, f[0][k].1, f[1][k].1
        );
    }
}

//! A logistic selector between two extractors' texts of the same page (an
//! experiment: it did not hold up leave-one-dataset-out, see docs/RESULTS.md).
//!
//! A trafilatura-style extractor keeps more of the page (higher recall, and on
//! some sites and eras the page's furniture too); a readability-style one keeps
//! one dense block (higher precision, and now and then only a fragment). Which
//! is right for a page shows in how the two texts relate: their lengths, how
//! much of each the other contains, and how their lines look. A logistic model
//! over those features predicts whether the second text scores better.
use rustc_hash::FxHashSet;
use std::hash::{Hash, Hasher};

/// Names of the features, in the order `features` returns them.
pub const NAMES: [&str; 10] = [
    "log words a",
    "log words b",
    "log ratio a/b",
    "share of a in b",
    "share of b in a",
    "log words per line a",
    "log words per line b",
    "short-line share a",
    "short-line share b",
    "lines of a in b",
];

/// Hashes of the distinct 4-shingles of lower-cased word tokens (the unit of
/// the benchmarks' metric), and the number of tokens.
fn shingles(text: &str) -> (FxHashSet<u64>, usize) {
    let tokens: Vec<String> = words(text).map(|w| w.to_lowercase()).collect();
    let mut out = FxHashSet::default();
    for w in tokens.windows(4.min(tokens.len().max(1))) {
        let mut h = rustc_hash::FxHasher::default();
        w.hash(&mut h);
        out.insert(h.finish());
    }
    (out, tokens.len())
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '_').filter(|w| !w.is_empty())
}

/// Share of `a`'s shingles that `b` also has (1 when `a` has none).
fn contained(a: &FxHashSet<u64>, b: &FxHashSet<u64>) -> f64 {
    if a.is_empty() {
        return 1.0;
    }
    a.iter().filter(|h| b.contains(h)).count() as f64 / a.len() as f64
}

struct Lines {
    words_per_line: f64,
    short_share: f64,
}

fn lines(text: &str) -> Lines {
    let counts: Vec<usize> = text.lines().map(|l| words(l).count()).filter(|&n| n > 0).collect();
    if counts.is_empty() {
        return Lines { words_per_line: 0.0, short_share: 0.0 };
    }
    let total: usize = counts.iter().sum();
    let short = counts.iter().filter(|&&n| n < 8).count();
    Lines { words_per_line: total as f64 / counts.len() as f64, short_share: short as f64 / counts.len() as f64 }
}

/// Share of `a`'s lines (of 8+ words) whose shingles are mostly in `b`.
fn lines_in(a: &str, b: &FxHashSet<u64>) -> f64 {
    let (mut n, mut hit) = (0usize, 0usize);
    for line in a.lines() {
        if words(line).count() < 8 {
            continue;
        }
        n += 1;
        if contained(&shingles(line).0, b) >= 0.5 {
            hit += 1;
        }
    }
    if n == 0 {
        1.0
    } else {
        hit as f64 / n as f64
    }
}

/// The features of the pair (`a`, `b`), in the order of `NAMES`.
pub fn features(a: &str, b: &str) -> [f64; NAMES.len()] {
    let ((sa, na), (sb, nb)) = (shingles(a), shingles(b));
    let (la, lb) = (lines(a), lines(b));
    [
        (1.0 + na as f64).ln(),
        (1.0 + nb as f64).ln(),
        ((1.0 + na as f64) / (1.0 + nb as f64)).ln(),
        contained(&sa, &sb),
        contained(&sb, &sa),
        (1.0 + la.words_per_line).ln(),
        (1.0 + lb.words_per_line).ln(),
        la.short_share,
        lb.short_share,
        lines_in(a, &sb),
    ]
}

/// A logistic model over standardised features: P(b is better) =
/// σ(bias + Σ wᵢ (xᵢ − meanᵢ) / scaleᵢ).
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    pub mean: Vec<f64>,
    pub scale: Vec<f64>,
    pub weights: Vec<f64>,
    pub bias: f64,
}

impl Model {
    /// The probability that `b` scores better than `a`, from their features.
    pub fn prob_b(&self, x: &[f64]) -> f64 {
        let z = self.bias
            + x.iter()
                .zip(&self.mean)
                .zip(&self.scale)
                .zip(&self.weights)
                .map(|(((x, m), s), w)| w * (x - m) / s)
                .sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }
}

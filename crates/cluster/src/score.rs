//! Scoring predicted stories against true clusters: B-cubed and adjusted Rand index.

use rustc_hash::FxHashMap;

#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct BCubed {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

/// B³ over items with a true label and a predicted cluster (singletons for None).
pub fn b_cubed(truth: &[usize], predicted: &[Option<usize>]) -> BCubed {
    let pred = singletons(predicted);
    let mut pair: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    let mut t_size: FxHashMap<usize, usize> = FxHashMap::default();
    let mut p_size: FxHashMap<usize, usize> = FxHashMap::default();
    for (&t, &p) in truth.iter().zip(&pred) {
        *pair.entry((t, p)).or_default() += 1;
        *t_size.entry(t).or_default() += 1;
        *p_size.entry(p).or_default() += 1;
    }
    let n = truth.len().max(1) as f64;
    let (mut precision, mut recall) = (0.0, 0.0);
    for (&t, &p) in truth.iter().zip(&pred) {
        let both = pair[&(t, p)] as f64;
        precision += both / p_size[&p] as f64;
        recall += both / t_size[&t] as f64;
    }
    let (precision, recall) = (precision / n, recall / n);
    BCubed {
        precision,
        recall,
        f1: if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 },
    }
}

/// Adjusted Rand index (Hubert & Arabie 1985).
pub fn adjusted_rand(truth: &[usize], predicted: &[Option<usize>]) -> f64 {
    let pred = singletons(predicted);
    let choose2 = |x: usize| (x * x.saturating_sub(1)) as f64 / 2.0;
    let mut pair: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    let mut a: FxHashMap<usize, usize> = FxHashMap::default();
    let mut b: FxHashMap<usize, usize> = FxHashMap::default();
    for (&t, &p) in truth.iter().zip(&pred) {
        *pair.entry((t, p)).or_default() += 1;
        *a.entry(t).or_default() += 1;
        *b.entry(p).or_default() += 1;
    }
    let index: f64 = pair.values().map(|&x| choose2(x)).sum();
    let sa: f64 = a.values().map(|&x| choose2(x)).sum();
    let sb: f64 = b.values().map(|&x| choose2(x)).sum();
    let expected = sa * sb / choose2(truth.len()).max(1.0);
    let max = (sa + sb) / 2.0;
    if (max - expected).abs() < f64::EPSILON {
        1.0
    } else {
        (index - expected) / (max - expected)
    }
}

/// Unassigned items become clusters of their own.
fn singletons(predicted: &[Option<usize>]) -> Vec<usize> {
    let offset = predicted.iter().flatten().max().map_or(0, |m| m + 1);
    predicted.iter().enumerate().map(|(i, p)| p.unwrap_or(offset + i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_merged() {
        let truth = [0, 0, 1, 1];
        let perfect = b_cubed(&truth, &[Some(5), Some(5), Some(7), Some(7)]);
        assert!((perfect.f1 - 1.0).abs() < 1e-12);
        assert!((adjusted_rand(&truth, &[Some(5), Some(5), Some(7), Some(7)]) - 1.0).abs() < 1e-12);
        let merged = b_cubed(&truth, &[Some(1), Some(1), Some(1), Some(1)]);
        assert!((merged.precision - 0.5).abs() < 1e-12 && (merged.recall - 1.0).abs() < 1e-12);
    }
}

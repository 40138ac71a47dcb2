//! train: learn Chorus's shipped assets from the Multi-News training split.
//! Deterministic: the same input gives the same bytes (sums are taken in
//! input order, never in thread order).

use std::collections::HashMap;

use chorus_core::pipeline::Prepared;
use chorus_core::select::pool;
use chorus_core::{clean, features, segment, Cluster};
use chorus_rouge::{ngram_score, Scorer};
use rayon::prelude::*;

/// Fingerprints of sentences that occur in at least `min_clusters` different
/// clusters: page furniture repeated across unrelated stories.
pub fn repeated_sentences(clusters: impl Iterator<Item = Cluster>, min_clusters: usize) -> String {
    let mut seen_in: HashMap<u64, (usize, String)> = HashMap::new();
    for cluster in clusters {
        let mut here = std::collections::HashSet::new();
        for article in &cluster.articles {
            for r in segment::split(&article.text) {
                if let Some(f) = clean::fingerprint(&article.text[r]) {
                    here.insert(f);
                }
            }
        }
        for f in here {
            let e = seen_in.entry(f).or_insert((0, cluster.id.clone()));
            e.0 += 1;
        }
    }
    let mut keep: Vec<u64> = seen_in.into_iter().filter(|(_, (n, _))| *n >= min_clusters).map(|(f, _)| f).collect();
    keep.sort_unstable();
    keep.iter().map(|f| format!("{f:016x}\n")).collect()
}

/// The training target of a sentence: its ROUGE-2 precision against the
/// reference — the share of its word pairs a professional summary keeps.
/// (Measured on dev: it beat ROUGE-1+2 precision and ROUGE F1 labels; see
/// docs/RESULTS.md.)
fn label(scorer: &mut Scorer, reference: &[u32], sentence: &str) -> f64 {
    let ids = scorer.token_ids(sentence);
    ngram_score(reference, &ids, 2).precision
}

/// Normal equations of one cluster: XᵀX and Xᵀy over its candidate sentences.
fn normal_equations(cluster: &Cluster, scorer: &mut Scorer) -> Option<(Vec<f64>, Vec<f64>, usize)> {
    let reference = cluster.reference.as_deref()?;
    let prepared = Prepared::new(cluster);
    let candidates = pool(&prepared);
    if candidates.is_empty() {
        return None;
    }
    let ref_ids = scorer.token_ids(reference);
    let rows = features::extract(&prepared, &candidates);
    let width = rows[0].len();
    let mut xtx = vec![0.0f64; width * width];
    let mut xty = vec![0.0f64; width];
    for (row, &c) in rows.iter().zip(&candidates) {
        let y = label(scorer, &ref_ids, prepared.raw(c));
        for a in 0..width {
            let xa = row[a] as f64;
            xty[a] += xa * y;
            for b in 0..width {
                xtx[a * width + b] += xa * row[b] as f64;
            }
        }
    }
    Some((xtx, xty, candidates.len()))
}

/// Solve (A + λI) w = b by Gaussian elimination with partial pivoting.
fn ridge_solve(mut a: Vec<f64>, mut b: Vec<f64>, lambda: f64) -> Vec<f64> {
    let n = b.len();
    for i in 1..n {
        // The bias (feature 0) is not shrunk.
        a[i * n + i] += lambda;
    }
    for col in 0..n {
        let pivot = (col..n).max_by(|&x, &y| a[x * n + col].abs().total_cmp(&a[y * n + col].abs())).expect("non-empty");
        if pivot != col {
            for k in 0..n {
                a.swap(col * n + k, pivot * n + k);
            }
            b.swap(col, pivot);
        }
        let p = a[col * n + col];
        if p.abs() < 1e-12 {
            continue;
        }
        for row in col + 1..n {
            let f = a[row * n + col] / p;
            for k in col..n {
                a[row * n + k] -= f * a[col * n + k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut w = vec![0.0; n];
    for row in (0..n).rev() {
        let p = a[row * n + row];
        if p.abs() < 1e-12 {
            continue;
        }
        let s: f64 = (row + 1..n).map(|k| a[row * n + k] * w[k]).sum();
        w[row] = (b[row] - s) / p;
    }
    w
}

/// Train the linear sentence scorer; returns the model file's text.
pub fn sentence_model(clusters: Vec<Cluster>, lambda: f64) -> String {
    let names = features::names();
    let width = names.len();
    let parts: Vec<Option<(Vec<f64>, Vec<f64>, usize)>> =
        clusters.par_iter().map_init(|| Scorer::new(true), |scorer, c| normal_equations(c, scorer)).collect();
    let mut xtx = vec![0.0f64; width * width];
    let mut xty = vec![0.0f64; width];
    let mut rows = 0;
    for (a, b, n) in parts.into_iter().flatten() {
        xtx.iter_mut().zip(a).for_each(|(x, y)| *x += y);
        xty.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        rows += n;
    }
    let w = ridge_solve(xtx, xty, lambda * rows as f64 / 1000.0);
    let mut out = format!(
        "# chorus sentence model v1: ridge regression on {} clusters, {rows} sentences, lambda {lambda}\n",
        clusters.len()
    );
    for (name, w) in names.iter().zip(w) {
        out.push_str(&format!("{name}\t{w:.6}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ridge_recovers_a_linear_function() {
        // y = 1 + 2x over x = 0..5: XᵀX and Xᵀy by hand.
        let xs = [0.0, 1.0, 2.0, 3.0, 4.0];
        let mut a = vec![0.0; 4];
        let mut b = vec![0.0; 2];
        for x in xs {
            let row = [1.0, x];
            let y = 1.0 + 2.0 * x;
            for i in 0..2 {
                b[i] += row[i] * y;
                for j in 0..2 {
                    a[i * 2 + j] += row[i] * row[j];
                }
            }
        }
        let w = ridge_solve(a, b, 0.0);
        assert!((w[0] - 1.0).abs() < 1e-9 && (w[1] - 2.0).abs() < 1e-9, "{w:?}");
    }
}

//! lexrank: eigenvector centrality on the sentence similarity graph
//! (continuous LexRank, Erkan & Radev 2004).

use super::{greedy, pool, Budget, Method};
use crate::prepared::Prepared;

pub struct LexRank {
    /// Edges below this cosine are dropped.
    pub threshold: f32,
    pub damping: f32,
    pub iterations: usize,
}

impl Default for LexRank {
    fn default() -> Self {
        LexRank { threshold: 0.1, damping: 0.85, iterations: 50 }
    }
}

impl LexRank {
    /// Stationary distribution of the random walk over `candidates`.
    pub fn scores(&self, prepared: &Prepared, candidates: &[usize]) -> Vec<f32> {
        let n = candidates.len();
        if n == 0 {
            return Vec::new();
        }
        let sim = prepared.rep.pairwise(candidates);
        // Row-normalised adjacency, stored sparsely.
        let mut rows: Vec<Vec<(usize, f32)>> = vec![Vec::new(); n];
        for a in 0..n {
            for b in 0..n {
                let w = if a == b { 1.0 } else { sim[a * n + b] };
                if w > self.threshold {
                    rows[a].push((b, w));
                }
            }
            let total: f32 = rows[a].iter().map(|(_, w)| w).sum();
            rows[a].iter_mut().for_each(|(_, w)| *w /= total);
        }
        let mut p = vec![1.0 / n as f32; n];
        let mut next = vec![0.0; n];
        for _ in 0..self.iterations {
            next.iter_mut().for_each(|x| *x = (1.0 - self.damping) / n as f32);
            for (a, row) in rows.iter().enumerate() {
                for &(b, w) in row {
                    next[b] += self.damping * p[a] * w;
                }
            }
            let delta: f32 = p.iter().zip(&next).map(|(x, y)| (x - y).abs()).sum();
            std::mem::swap(&mut p, &mut next);
            if delta < 1e-6 {
                break;
            }
        }
        p
    }
}

impl Method for LexRank {
    fn name(&self) -> &'static str {
        "lexrank"
    }

    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize> {
        let candidates = pool(prepared);
        let scores = self.scores(prepared, &candidates);
        let score_of = |c: usize| candidates.binary_search(&c).map_or(0.0, |k| scores[k]);
        greedy(prepared, &candidates, budget, |_, c| score_of(c))
    }
}

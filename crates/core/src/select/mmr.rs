//! mmr: maximal marginal relevance (Carbonell & Goldstein 1998) — relevance to
//! the centroid minus similarity to what is already chosen.

use super::{greedy, pool, Budget, Method};
use crate::prepared::Prepared;
use crate::represent::dot;

pub struct Mmr {
    /// Weight of relevance against novelty.
    pub lambda: f32,
}

impl Default for Mmr {
    fn default() -> Self {
        Mmr { lambda: 0.7 }
    }
}

impl Method for Mmr {
    fn name(&self) -> &'static str {
        "mmr"
    }

    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize> {
        let candidates = pool(prepared);
        let centre = prepared.rep.centroid(candidates.iter().copied());
        greedy(prepared, &candidates, budget, |chosen, c| {
            let relevance = dot(&prepared.rep.vectors[c], &centre);
            let overlap = chosen.iter().map(|&s| prepared.rep.cosine(c, s)).fold(0.0, f32::max);
            self.lambda * relevance - (1.0 - self.lambda) * overlap
        })
    }
}

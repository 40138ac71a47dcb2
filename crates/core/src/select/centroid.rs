//! centroid: sentences closest to the cluster's TF-IDF centroid (Radev et al. 2004).

use super::{greedy, pool, Budget, Method};
use crate::prepared::Prepared;
use crate::represent::dot;

pub struct Centroid;

impl Method for Centroid {
    fn name(&self) -> &'static str {
        "centroid"
    }

    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize> {
        let candidates = pool(prepared);
        let centre = prepared.rep.centroid(candidates.iter().copied());
        greedy(prepared, &candidates, budget, |_, c| dot(&prepared.rep.vectors[c], &centre))
    }
}

//! coverage: monotone submodular coverage with a diversity reward
//! (Lin & Bilmes 2011), optimised greedily with a length-scaled gain.
//!
//! f(S) = Σᵢ min(Cᵢ(S), α·Cᵢ(V)) + λ·Σₖ √(Σ_{j∈S∩Pₖ} rⱼ), where Cᵢ(S) is how
//! much of sentence i the chosen set covers and Pₖ are the articles.

use super::{greedy, pool, Budget, Method};
use crate::pipeline::Prepared;

pub struct Coverage {
    /// Saturation: a sentence counts as covered at this share of its total similarity.
    pub alpha: f32,
    /// Weight of the diversity reward.
    pub diversity: f32,
    /// Exponent of the length scaling of gains.
    pub length_scale: f32,
}

impl Default for Coverage {
    fn default() -> Self {
        Coverage { alpha: 0.2, diversity: 6.0, length_scale: 0.3 }
    }
}

impl Method for Coverage {
    fn name(&self) -> &'static str {
        "coverage"
    }

    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize> {
        let candidates = pool(prepared);
        let n = candidates.len();
        let mut sim = prepared.rep.pairwise(&candidates);
        (0..n).for_each(|a| sim[a * n + a] = 1.0);
        let total: Vec<f32> = (0..n).map(|a| sim[a * n..(a + 1) * n].iter().sum()).collect();
        let reward: Vec<f32> = total.iter().map(|t| t / n as f32).collect();
        let docs = prepared.doc_sentences.len();
        let index = |c: usize| candidates.binary_search(&c).expect("candidate in pool");

        // State of f(S) for the current chosen set, refreshed when it grows.
        let mut covered = vec![0.0f32; n];
        let mut doc_reward = vec![0.0f32; docs];
        let mut seen = 0usize;
        greedy(prepared, &candidates, budget, |chosen, c| {
            while seen < chosen.len() {
                let j = index(chosen[seen]);
                for i in 0..n {
                    covered[i] += sim[i * n + j];
                }
                doc_reward[prepared.sentences[chosen[seen]].doc] += reward[j];
                seen += 1;
            }
            let j = index(c);
            let coverage_gain: f32 = (0..n)
                .map(|i| {
                    let cap = self.alpha * total[i];
                    (covered[i] + sim[i * n + j]).min(cap) - covered[i].min(cap)
                })
                .sum();
            let d = prepared.sentences[c].doc;
            let diversity_gain = (doc_reward[d] + reward[j]).sqrt() - doc_reward[d].sqrt();
            let gain = coverage_gain + self.diversity * diversity_gain;
            gain / (prepared.sentences[c].words as f32).powf(self.length_scale)
        })
    }
}

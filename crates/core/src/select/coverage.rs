//! coverage: monotone submodular coverage with a diversity reward
//! (Lin & Bilmes 2011), optimised greedily with a length-scaled gain.
//!
//! f(S) = Σᵢ min(Cᵢ(S), α·Cᵢ(V)) + λ·Σₖ √(Σ_{j∈S∩Pₖ} rⱼ), where Cᵢ(S) is how
//! much of sentence i the chosen set covers and Pₖ are the articles.

use super::{greedy, pool, Budget, Method};
use crate::prepared::Prepared;

pub struct Coverage {
    /// Saturation: a sentence counts as covered at this share of its total similarity.
    pub alpha: f32,
    /// Weight of the diversity reward.
    pub diversity: f32,
    /// Exponent of the length scaling of gains.
    pub length_scale: f32,
}

impl Coverage {
    pub const DEFAULT: Coverage = Coverage { alpha: 0.2, diversity: 6.0, length_scale: 0.3 };
}

impl Default for Coverage {
    fn default() -> Self {
        Coverage::DEFAULT
    }
}

/// The objective f(S) for a growing chosen set over a fixed candidate pool;
/// `gain` is the length-scaled marginal gain of adding one more sentence.
pub struct CoverageState<'a> {
    params: &'a Coverage,
    prepared: &'a Prepared<'a>,
    candidates: &'a [usize],
    /// For each candidate, the candidates it is similar to (cosine > 0), itself included at 1.0.
    neighbours: Vec<Vec<(u32, f32)>>,
    /// Each candidate's saturation point, `alpha · total`.
    cap: Vec<f32>,
    /// Each candidate's length scaling, `words ^ length_scale`.
    scale: Vec<f32>,
    reward: Vec<f32>,
    covered: Vec<f32>,
    doc_reward: Vec<f32>,
    seen: usize,
}

impl<'a> CoverageState<'a> {
    /// `sim` is the candidates' pairwise cosine matrix (`Represented::pairwise`).
    pub fn new(params: &'a Coverage, prepared: &'a Prepared<'a>, candidates: &'a [usize], sim: &'a [f32]) -> Self {
        let n = candidates.len();
        // A sentence covers itself fully, whatever its vector.
        let total: Vec<f32> =
            (0..n).map(|a| sim[a * n..(a + 1) * n].iter().sum::<f32>() - sim[a * n + a] + 1.0).collect();
        let reward: Vec<f32> = total.iter().map(|t| t / n.max(1) as f32).collect();
        // Most pairs share no term; terms with similarity 0 add nothing to any gain.
        let neighbours = (0..n)
            .map(|j| {
                (0..n)
                    .filter_map(|i| {
                        let s = if i == j { 1.0 } else { sim[i * n + j] };
                        (s != 0.0).then_some((i as u32, s))
                    })
                    .collect()
            })
            .collect();
        CoverageState {
            params,
            prepared,
            candidates,
            neighbours,
            cap: total.iter().map(|&t| params.alpha * t).collect(),
            scale: candidates.iter().map(|&c| (prepared.sentences[c].words as f32).powf(params.length_scale)).collect(),
            reward,
            covered: vec![0.0; n],
            doc_reward: vec![0.0; prepared.doc_sentences.len()],
            seen: 0,
        }
    }

    fn index(&self, c: usize) -> usize {
        self.candidates.binary_search(&c).expect("candidate in pool")
    }

    /// Bring the state up to date with `chosen`, then the gain of adding `c`.
    pub fn gain(&mut self, chosen: &[usize], c: usize) -> f32 {
        while self.seen < chosen.len() {
            let j = self.index(chosen[self.seen]);
            for &(i, s) in &self.neighbours[j] {
                self.covered[i as usize] += s;
            }
            self.doc_reward[self.prepared.sentences[chosen[self.seen]].doc] += self.reward[j];
            self.seen += 1;
        }
        let j = self.index(c);
        let coverage_gain: f32 = self.neighbours[j]
            .iter()
            .map(|&(i, s)| {
                let i = i as usize;
                let cap = self.cap[i];
                (self.covered[i] + s).min(cap) - self.covered[i].min(cap)
            })
            .sum();
        let d = self.prepared.sentences[c].doc;
        let diversity_gain = (self.doc_reward[d] + self.reward[j]).sqrt() - self.doc_reward[d].sqrt();
        let gain = coverage_gain + self.params.diversity * diversity_gain;
        gain / self.scale[j]
    }
}

impl Method for Coverage {
    fn name(&self) -> &'static str {
        "coverage"
    }

    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize> {
        let candidates = pool(prepared);
        let sim = prepared.rep.pairwise(&candidates);
        let mut state = CoverageState::new(self, prepared, &candidates, &sim);
        greedy(prepared, &candidates, budget, |chosen, c| state.gain(chosen, c))
    }
}

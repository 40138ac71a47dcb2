//! term_coverage: how much of the reference a sentence is expected to match.
//!
//! Given, for each content stem of the cluster, how many times the reference
//! summary is expected to use it (the term model's guess), the value of a
//! chosen set is Σₜ min(countₜ(S), expectedₜ): ROUGE-1 recall over content
//! words, in expectation. It is monotone submodular, so the greedy loop's lazy
//! evaluation holds. Unlike a per-sentence score, it sees that a second
//! sentence about the same facts matches nothing new.

use crate::pipeline::Prepared;

pub struct TermCoverage<'a> {
    prepared: &'a Prepared<'a>,
    /// Expected reference count of each term id.
    expected: &'a [f32],
    /// How often each term id occurs in the chosen sentences.
    have: Vec<u32>,
    seen: usize,
}

impl<'a> TermCoverage<'a> {
    pub fn new(prepared: &'a Prepared<'a>, expected: &'a [f32]) -> Self {
        TermCoverage { prepared, expected, have: vec![0; expected.len()], seen: 0 }
    }

    /// Bring the state up to date with `chosen`, then the expected number of
    /// new reference matches that `c` adds.
    pub fn gain(&mut self, chosen: &[usize], c: usize) -> f32 {
        let terms = &self.prepared.rep.terms;
        while self.seen < chosen.len() {
            for &t in &terms[chosen[self.seen]] {
                self.have[t as usize] += 1;
            }
            self.seen += 1;
        }
        // A stem repeated within `c` is counted once per occurrence, from the
        // level the chosen set already reaches.
        let mut gain = 0.0;
        let mut extra: Vec<(u32, u32)> = Vec::new();
        for &t in &terms[c] {
            let k = match extra.iter_mut().find(|(u, _)| *u == t) {
                Some((_, k)) => {
                    *k += 1;
                    *k
                }
                None => {
                    extra.push((t, 0));
                    0
                }
            };
            let level = (self.have[t as usize] + k) as f32;
            gain += (self.expected[t as usize] - level).clamp(0.0, 1.0);
        }
        gain
    }
}

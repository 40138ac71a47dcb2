//! stop: where the learned method's summary ends when the caller names no
//! budget.
//!
//! ROUGE-1 F1 is 2M / (C + R) for M matching words in a C-word summary
//! against an R-word reference. A sentence of w words bringing m new matches
//! raises it only while m / w > M / (C + R): the bar rises as the summary
//! grows, and the sentences the greedy choice offers last bring fewer new
//! matches. ROUGE-2 has the same form with word pairs (about as many as
//! words), so M counts new matching words and word pairs together. The step
//! model ([`super::step`]) predicts m / w for each sentence it adds; with R
//! from the [`LengthModel`], the summary ends where 2M / (C + R) peaks.
//! (Before the step model, a separate stop model predicted m / w along the
//! hand-weighted greedy order; see docs/results-notes.md.)

use super::LengthModel;
use crate::prepared::Prepared;

/// How many sentences of the greedy order `chosen` to keep, given each one's
/// predicted new matches per word (`rates`): the prefix with the highest
/// expected 2M / (C + R), at least one sentence of a non-empty order.
pub fn best_prefix(prepared: &Prepared, chosen: &[usize], rates: &[f64]) -> usize {
    best_prefix_for(prepared, chosen, rates, LengthModel::shipped().reference_words(prepared))
}

/// [`best_prefix`] with the predicted reference length already known (the
/// walk computes it too; computing it costs a pass over the cluster).
pub fn best_prefix_for(prepared: &Prepared, chosen: &[usize], rates: &[f64], reference_words: f32) -> usize {
    let reference = reference_words.max(1.0) as f64;
    let (mut matches, mut words) = (0.0f64, 0.0f64);
    let (mut best, mut keep) = (f64::NEG_INFINITY, 0);
    for (k, (&i, &rate)) in chosen.iter().zip(rates).enumerate() {
        let w = prepared.sentences[i].words as f64;
        matches += rate.max(0.0) * w;
        words += w;
        let f1 = 2.0 * matches / (words + reference);
        if f1 > best {
            (best, keep) = (f1, k + 1);
        }
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Cluster};

    #[test]
    fn summary_stops_where_new_sentences_stop_matching() {
        let text =
            "The senate passed the budget bill on Tuesday after a long debate. Critics said the cuts go too far. \
                    Schools will lose funding next year under the plan. The governor is expected to sign it.";
        let c = Cluster { id: "t".into(), articles: vec![Article::from_text(text)], reference: None };
        let p = Prepared::new(&c);
        let chosen: Vec<usize> = (0..p.sentences.len()).collect();
        // The first two sentences match all their words, the rest none.
        assert_eq!(best_prefix(&p, &chosen, &[1.0, 1.0, 0.0, 0.0]), 2);
        assert_eq!(best_prefix(&p, &[], &[]), 0);
        // A first sentence that matches nothing is still kept.
        assert_eq!(best_prefix(&p, &chosen[..1], &[0.0]), 1);
    }
}

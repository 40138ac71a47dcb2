//! stop: where the learned method's summary ends when the caller names no
//! budget.
//!
//! ROUGE-1 F1 is 2M / (C + R) for M matching words in a C-word summary
//! against an R-word reference. A sentence of w words bringing m new matches
//! raises it only while m / w > M / (C + R): the bar rises as the summary
//! grows, and the sentences the greedy choice offers last bring fewer new
//! matches. ROUGE-2 has the same form with word pairs (about as many as
//! words), so M counts new matching words and word pairs together. The stop
//! model (regression trees, `chorus train stop`) predicts m / w for each
//! sentence of the greedy order from its learned score, how much is already
//! chosen and how close it is to that; with R from the [`LengthModel`], the
//! summary ends where 2M / (C + R) peaks. Measured on dev against a budget
//! from the predicted length alone, see docs/results-notes.md.

use std::sync::LazyLock;

use super::ensemble::Ensemble;
use super::LengthModel;
use crate::pipeline::Prepared;

const STOP_MODEL: &str = include_str!("../../assets/stop-model.tsv");

/// Names of the stop model's features, one row per sentence of the greedy order.
pub fn names() -> Vec<String> {
    [
        "score",
        "words",
        "words_before",
        "first_in_article",
        "articles",
        "input_words",
        "reference_words",
        "share_of_reference",
        "share_of_input",
        "overlap",
    ]
    .map(String::from)
    .to_vec()
}

/// Feature rows for the sentences of a greedy order (`chosen`, with the
/// learned `scores` of the same sentences), given the predicted reference
/// length in words.
pub fn rows(prepared: &Prepared, chosen: &[usize], scores: &[f32], reference_words: f32) -> Vec<Vec<f32>> {
    let input_words = prepared.sentences.iter().map(|s| s.words).sum::<usize>().max(1) as f32;
    let reference_words = reference_words.max(1.0);
    let articles = prepared.doc_sentences.len() as f32;
    let mut before = 0.0f32;
    chosen
        .iter()
        .zip(scores)
        .enumerate()
        .map(|(k, (&i, &score))| {
            let sentence = &prepared.sentences[i];
            // Words already said bring no new matches.
            let overlap = chosen[..k].iter().map(|&j| prepared.rep.cosine(i, j)).fold(0.0, f32::max);
            let row = vec![
                score,
                sentence.words as f32,
                before,
                (sentence.position == 0) as u8 as f32,
                articles,
                input_words,
                reference_words,
                before / reference_words,
                before / input_words,
                overlap,
            ];
            before += sentence.words as f32;
            row
        })
        .collect()
}

pub struct StopModel {
    model: Ensemble,
}

impl StopModel {
    pub fn parse(text: &str) -> Result<Self, String> {
        Ok(StopModel { model: Ensemble::parse(text, &names())? })
    }

    pub fn new(model: Ensemble) -> Self {
        StopModel { model }
    }

    pub fn shipped() -> &'static StopModel {
        static SHIPPED: LazyLock<StopModel> =
            LazyLock::new(|| StopModel::parse(STOP_MODEL).expect("the shipped stop model is tested at build time"));
        &SHIPPED
    }

    /// Predicted new reference words and word pairs matched per word, for each row of [`rows`].
    pub fn match_rates(&self, rows: &[Vec<f32>]) -> Vec<f64> {
        self.model.predict_rows(rows)
    }

    /// How many sentences of the greedy order to keep: the prefix with the
    /// highest expected 2M / (C + R) (at least one sentence of a non-empty order).
    pub fn best_prefix(&self, prepared: &Prepared, chosen: &[usize], scores: &[f32]) -> usize {
        let reference = LengthModel::shipped().reference_words(prepared).max(1.0);
        let rates = self.match_rates(&rows(prepared, chosen, scores, reference));
        let (mut matches, mut words) = (0.0f64, 0.0f64);
        let (mut best, mut keep) = (f64::NEG_INFINITY, 0);
        for (k, (&i, rate)) in chosen.iter().zip(rates).enumerate() {
            let w = prepared.sentences[i].words as f64;
            matches += rate.max(0.0) * w;
            words += w;
            let f1 = 2.0 * matches / (words + reference as f64);
            if f1 > best {
                (best, keep) = (f1, k + 1);
            }
        }
        keep
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Cluster};
    use crate::select::ensemble::Node;

    fn prepared_cluster() -> Cluster {
        let text =
            "The senate passed the budget bill on Tuesday after a long debate. Critics said the cuts go too far. \
                    Schools will lose funding next year under the plan. The governor is expected to sign it.";
        Cluster { id: "t".into(), articles: vec![Article::from_text(text)], reference: None }
    }

    #[test]
    fn shipped_model_loads() {
        assert!(!StopModel::shipped().model.trees.is_empty());
    }

    #[test]
    fn rows_count_the_words_already_chosen() {
        let c = prepared_cluster();
        let p = Prepared::new(&c);
        let chosen = [0, 2];
        let r = rows(&p, &chosen, &[0.3, 0.2], 100.0);
        assert_eq!(r.len(), 2);
        assert!(r.iter().all(|row| row.len() == names().len()));
        assert_eq!(r[0][2], 0.0);
        assert_eq!(r[1][2], p.sentences[0].words as f32);
        assert_eq!(r[1][7], p.sentences[0].words as f32 / 100.0);
    }

    #[test]
    fn summary_stops_where_new_sentences_stop_matching() {
        let c = prepared_cluster();
        let p = Prepared::new(&c);
        let chosen: Vec<usize> = (0..p.sentences.len()).collect();
        // Split on the learned score: sentences scored 0.5 or more match all
        // their words, the rest none — the summary keeps exactly the former.
        let split = Node::Split { feature: 0, threshold: 0.5, left: 1, right: 2 };
        let model = StopModel::new(Ensemble::new(0.0, vec![vec![split, Node::Leaf(0.0), Node::Leaf(1.0)]]));
        let scores = [0.9, 0.8, 0.1, 0.1];
        assert_eq!(model.best_prefix(&p, &chosen, &scores[..chosen.len()]), 2);
        assert_eq!(model.best_prefix(&p, &[], &[]), 0);
        // A first sentence that matches nothing is still kept.
        assert_eq!(model.best_prefix(&p, &chosen[..1], &[0.0]), 1);
    }
}

//! learned: a sentence scorer trained on the Multi-News training split
//! (`chorus train model`): gradient-boosted regression trees over the
//! features in [`crate::features`], stored as an [`Ensemble`]. It predicts how
//! much of a sentence a professional summary would keep. The [`StepModel`]
//! then builds the summary one sentence at a time from those scores and what
//! is already chosen; with no budget named, its predictions also say where the
//! summary ends ([`super::stop`]).

use std::sync::LazyLock;

use super::ensemble::Ensemble;
use super::length::MAX_WORDS;
use super::step::{Scored, StepModel, Walk};
use super::{pool, stop, Budget, LengthModel, Method};
use crate::compiled;
use crate::features;
use crate::lexical::LexicalModel;
use crate::order::is_lead;
use crate::prepared::Prepared;

/// Weight of the sentence model's own score beside the step model's rate
/// when choosing the next sentence. On dev the blend is flat from 0 to 0.5
/// (R-1 46.25–46.29); on full-length articles (the
/// seed cluster) the rate alone follows the best-scored article down and
/// leaves out facts other outlets carry, which the score keeps in view.
const SCORE_WEIGHT: f64 = 0.2;

pub struct Learned {
    model: Ensemble,
    /// How the summary is built from the scores; None: the shipped step model.
    step: Option<StepModel>,
}

impl Learned {
    /// Parse a model file; it must name only features that `features::names()` knows.
    pub fn parse(model: &str) -> Result<Self, String> {
        Ok(Learned::new(Ensemble::parse(model, &features::names())?))
    }

    pub fn new(model: Ensemble) -> Self {
        Learned { model, step: None }
    }

    /// The same sentence scorer with another step model (to measure a newly trained one).
    pub fn with_step(&self, step: StepModel) -> Learned {
        Learned { model: self.model.clone(), step: Some(step) }
    }

    /// The shipped model (`assets/sentence-model.tsv`), read in place from the binary.
    pub fn shipped() -> &'static Learned {
        static SHIPPED: LazyLock<Learned> = LazyLock::new(|| {
            Learned::new(
                Ensemble::compiled(&compiled::SENTENCE_MODEL, &features::names())
                    .expect("the shipped sentence model is checked at build time"),
            )
        });
        &SHIPPED
    }

    /// The cluster's candidate sentences with their scores.
    pub fn scored(&self, prepared: &Prepared) -> Scored {
        let candidates = pool(prepared);
        let sim = prepared.rep.pairwise(&candidates);
        let rows = features::extract_with_similarity(prepared, &candidates, &sim, LexicalModel::global());
        let scores = self.model.predict_rows(&rows).into_iter().map(|p| p as f32).collect();
        Scored { candidates, scores, sim }
    }

    /// The step model's greedy choice within `budget` (Auto: the task's 300
    /// words), in the order chosen, with each sentence's predicted new
    /// matches per word.
    pub fn walk(&self, prepared: &Prepared, budget: Budget) -> (Vec<usize>, Vec<f64>) {
        let reference_words = LengthModel::shipped().reference_words(prepared);
        self.walk_scored(prepared, &self.scored(prepared), budget, reference_words)
    }

    /// [`Learned::walk`] with the sentences scored and the reference length predicted.
    fn walk_scored(
        &self,
        prepared: &Prepared,
        scored: &Scored,
        budget: Budget,
        reference_words: f32,
    ) -> (Vec<usize>, Vec<f64>) {
        let step = self.step.as_ref().unwrap_or_else(|| StepModel::shipped());
        let (max_words, max_sentences) = match budget {
            Budget::Auto => (MAX_WORDS, usize::MAX),
            Budget::Words(w) => (w, usize::MAX),
            Budget::Sentences(s) => (usize::MAX, s),
        };
        let mut walk = Walk::new(prepared, scored, reference_words);
        let mut rates = Vec::new();
        while rates.len() < max_sentences {
            let open = walk.open(max_words);
            let best_score = walk.best_score(&open);
            // The news first: the walk opens on its best article lead, so the
            // summary can open on one (`order::story_order`). Only the leads'
            // rates decide that step, so only theirs are predicted (the step
            // with the most options) and only their rows built: each row's
            // rate is its own sum of trees.
            let leads: Vec<usize> = if rates.is_empty() {
                (0..open.len()).filter(|&x| is_lead(prepared, scored.candidates[open[x]])).collect()
            } else {
                Vec::new()
            };
            let mut predicted = vec![f64::NAN; open.len()];
            if leads.is_empty() {
                let rows: Vec<_> = open.iter().map(|&k| walk.row(k, best_score)).collect();
                predicted = step.rates(&rows);
            } else {
                let lead_rows: Vec<_> = leads.iter().map(|&x| walk.row(open[x], best_score)).collect();
                for (&x, rate) in leads.iter().zip(step.rates(&lead_rows)) {
                    predicted[x] = rate;
                }
            }
            let value = |x: usize| predicted[x] + SCORE_WEIGHT * f64::from(scored.scores[open[x]]);
            // The highest value among the options that pass `keep`; ties go to the earlier candidate.
            let best_of = |keep: &dyn Fn(usize) -> bool| {
                (0..open.len()).filter(|&x| keep(x)).reduce(|a, b| if value(b) > value(a) { b } else { a })
            };
            let lead = leads.iter().copied().reduce(|a, b| if value(b) > value(a) { b } else { a });
            // A pronoun speaker comes with the sentence that names it.
            let Some(best) = lead.or_else(|| best_of(&|x| walk.naming_first(&open, x).is_some())) else {
                break;
            };
            let best = walk.naming_first(&open, best).unwrap_or(best);
            // The sentence that names a lead's speaker is taken first, with its own rate.
            let rate = if leads.is_empty() || leads.contains(&best) {
                predicted[best]
            } else {
                step.rates(&[walk.row(open[best], best_score)])[0]
            };
            walk.take(open[best]);
            rates.push(rate);
        }
        (walk.into_chosen(), rates)
    }
}

impl Method for Learned {
    fn name(&self) -> &'static str {
        "learned"
    }

    /// With the auto budget: the step model's choice up to the task's 300
    /// words, cut where it expects ROUGE F1 to peak.
    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize> {
        // The length guess and the sentence scores need only the preparation: two threads.
        let (reference_words, scored) =
            rayon::join(|| LengthModel::shipped().reference_words(prepared), || self.scored(prepared));
        let (mut chosen, rates) = self.walk_scored(prepared, &scored, budget, reference_words);
        if budget == Budget::Auto {
            chosen.truncate(stop::best_prefix_for(prepared, &chosen, &rates, reference_words));
        }
        chosen
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_model_loads_and_uses_known_features() {
        let model = &Learned::shipped().model;
        assert!(model.tree_count() > 0);
    }

    #[test]
    fn compiled_model_equals_the_parsed_text() {
        let parsed = Learned::parse(include_str!("../../assets/sentence-model.tsv")).unwrap();
        assert!(parsed.model == Learned::shipped().model);
    }
}

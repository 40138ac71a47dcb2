//! select: choose the summary sentences within a length budget.
//!
//! Every method implements [`Method`]; they differ only in how they value a
//! sentence given what is already chosen. The same rules hold for all of
//! them: whole sentences, never over budget, no boilerplate, and no sentence
//! that repeats one already chosen — enforced by the shared greedy loop, and
//! by the learned method's step walk ([`step::Walk`]), which is not lazy
//! because its learned gains may rise as the summary grows, and which leaves
//! all but near-identical repeats to the step model's judgement.

mod centroid;
mod coverage;
pub mod ensemble;
mod layout;
mod lead;
mod learned;
pub mod length;
mod lexrank;
mod mmr;
pub mod step;
pub mod stop;

use crate::error::{ChorusError, Result};
use crate::order::source_before;
use crate::prepared::Prepared;

pub use centroid::Centroid;
pub use coverage::Coverage;
pub use lead::Lead;
pub use learned::Learned;
pub use length::LengthModel;
pub use lexrank::LexRank;
pub use mmr::Mmr;
pub use step::StepModel;

/// The method used when none is named: the best on the shared dev clusters
/// (see docs/RESULTS.md).
pub const DEFAULT_METHOD: &str = "learned";

/// Two sentences whose TF-IDF cosine exceeds this say the same thing (the
/// hand-valued methods never take both; the learned walk cuts only at
/// [`step::DUPLICATE_COSINE`]).
pub const REDUNDANCY_COSINE: f32 = 0.5;

/// Sentences shorter than this are fragments, not summary material.
const MIN_WORDS: usize = 5;

/// Sentences considered per article, and in all: keeps graph methods linear
/// in practice on huge inputs (a 50 MB article, 1,000 articles). Twenty per
/// article: 99.8% of Multi-News body sentences stand before position 20 (dev),
/// so the learned models never saw a later one; on full-length articles they
/// let late quotes crowd out the lead facts. Dev scores are the same at 60.
const MAX_POSITION: usize = 20;
const MAX_POOL: usize = 2000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Budget {
    /// Fitted to the cluster by the shipped [`LengthModel`].
    Auto,
    Words(usize),
    Sentences(usize),
}

impl Budget {
    /// Auto resolved for a cluster by the length model; other budgets unchanged.
    pub fn resolve(self, prepared: &Prepared) -> Budget {
        match self {
            Budget::Auto => Budget::Words(LengthModel::shipped().budget_words(prepared)),
            other => other,
        }
    }

    pub fn validate(&self) -> Result<()> {
        match *self {
            Budget::Words(0) => Err(ChorusError::Budget("--words must be at least 1".into())),
            Budget::Sentences(0) => Err(ChorusError::Budget("--sentences must be at least 1".into())),
            _ => Ok(()),
        }
    }
}

pub trait Method: Send + Sync {
    fn name(&self) -> &'static str;
    /// Indices into `prepared.sentences`, in the order chosen.
    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize>;
}

/// A shared method (e.g. the shipped model, `&'static Learned`) is a method too.
impl<M: Method + ?Sized> Method for &M {
    fn name(&self) -> &'static str {
        (**self).name()
    }

    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize> {
        (**self).select(prepared, budget)
    }
}

/// The shipped learned method, decoded when it first selects: naming the
/// methods (`by_name` checks a name before every run) costs no model decode.
struct ShippedLearned;

impl Method for ShippedLearned {
    fn name(&self) -> &'static str {
        "learned"
    }

    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize> {
        Learned::shipped().select(prepared, budget)
    }
}

/// All methods, default first.
pub fn methods() -> Vec<Box<dyn Method>> {
    vec![
        Box::new(ShippedLearned),
        Box::new(Coverage::default()),
        Box::new(Lead),
        Box::new(Centroid),
        Box::new(LexRank::default()),
        Box::new(Mmr::default()),
    ]
}

/// The names of [`methods`], in the same order, known without building any
/// method (the command line checks `--method` against them at parse time).
pub const METHOD_NAMES: &[&str] = &["learned", "coverage", "lead", "centroid", "lexrank", "mmr"];

pub fn method_names() -> Vec<&'static str> {
    METHOD_NAMES.to_vec()
}

pub fn by_name(name: &str) -> Result<Box<dyn Method>> {
    methods()
        .into_iter()
        .find(|m| m.name() == name)
        .ok_or_else(|| ChorusError::UnknownMethod(name.to_string(), method_names().join(", ")))
}

/// The sentences a method may choose from: body sentences of useful length,
/// not boilerplate, no lead-in ("He added:"), early enough in their article,
/// at most MAX_POOL, taken position by position across articles. The
/// sentences of a quotation are all in it; a later one is taken only with
/// the sentence before it ([`Prepared::speaker_named_before`]).
pub fn pool(prepared: &Prepared) -> Vec<usize> {
    let mut pool: Vec<usize> = (0..prepared.sentences.len())
        .filter(|&i| {
            let s = &prepared.sentences[i];
            !s.boilerplate && !s.lead_in && s.words >= MIN_WORDS && s.position < MAX_POSITION
        })
        .collect();
    if pool.len() > MAX_POOL {
        pool.sort_by_key(|&i| (prepared.sentences[i].position, prepared.sentences[i].doc));
        pool.truncate(MAX_POOL);
        pool.sort_unstable();
    }
    pool
}

/// A candidate's last computed gain, ordered best first (ties: lower index).
struct Bound {
    gain: f32,
    candidate: usize,
    /// How many sentences were chosen when the gain was computed.
    stamp: usize,
}

impl PartialEq for Bound {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == std::cmp::Ordering::Equal
    }
}
impl Eq for Bound {}
impl PartialOrd for Bound {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Bound {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.gain.total_cmp(&other.gain).then_with(|| other.candidate.cmp(&self.candidate))
    }
}

/// Greedy selection: repeatedly take the candidate with the highest
/// `gain(chosen, candidate)` until nothing more fits. Candidates that would
/// break the budget, repeat a chosen sentence or quote a speaker named only
/// in a sentence that is not chosen are dropped as they appear.
///
/// Lazy evaluation (Minoux 1978): every method's gain only falls as the chosen
/// set grows (static scores, MMR, submodular coverage), so a stale gain is an upper bound, and a candidate whose
/// fresh gain still tops the heap is the true best — the same choice as
/// re-scoring everything each round, at a fraction of the cost.
pub fn greedy(
    prepared: &Prepared,
    candidates: &[usize],
    budget: Budget,
    mut gain: impl FnMut(&[usize], usize) -> f32,
) -> Vec<usize> {
    let budget = budget.resolve(prepared);
    let mut chosen: Vec<usize> = Vec::new();
    let mut words = 0usize;
    let mut heap: std::collections::BinaryHeap<Bound> =
        candidates.iter().map(|&c| Bound { gain: gain(&chosen, c), candidate: c, stamp: 0 }).collect();
    while let Some(top) = heap.pop() {
        let c = top.candidate;
        let fits = match budget {
            Budget::Words(max) => words + prepared.sentences[c].words <= max,
            Budget::Sentences(max) => chosen.len() < max,
            Budget::Auto => unreachable!("resolved above"),
        };
        if !fits || chosen.iter().any(|&s| prepared.rep.cosine(c, s) > REDUNDANCY_COSINE) {
            continue;
        }
        // A pronoun speaker ("He added: …") or a bare quotation only after
        // the sentence that names its speaker, as in the learned walk; else another sentence.
        if prepared.speaker_named_before(c) && source_before(prepared, c).is_none_or(|b| !chosen.contains(&b)) {
            continue;
        }
        // A surname speaker only after the sentence that names them in full, when that one can be chosen.
        if prepared.introduced_in(c).is_some_and(|j| candidates.contains(&j) && !chosen.contains(&j)) {
            continue;
        }
        if top.stamp == chosen.len() {
            words += prepared.sentences[c].words;
            chosen.push(c);
            if matches!(budget, Budget::Sentences(max) if chosen.len() >= max) {
                break;
            }
        } else {
            heap.push(Bound { gain: gain(&chosen, c), candidate: c, stamp: chosen.len() });
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Cluster};

    fn cluster() -> Cluster {
        let a = "The senate voted on the budget bill late on Tuesday night. The bill now goes to the house for a final vote. Leaders in both parties praised the quick deal.";
        let b = "The senate voted on the budget bill late on Tuesday night, officials said. Critics warned the bill cuts funding for schools across the state.";
        Cluster { id: "t".into(), articles: vec![Article::from_text(a), Article::from_text(b)], reference: None }
    }

    #[test]
    fn every_method_respects_budget_and_redundancy() {
        let c = cluster();
        let p = Prepared::new(&c);
        for m in methods() {
            for words in [5, 12, 25, 100] {
                let chosen = m.select(&p, Budget::Words(words));
                let total: usize = chosen.iter().map(|&i| p.sentences[i].words).sum();
                assert!(total <= words, "{} over budget", m.name());
                for (x, &a) in chosen.iter().enumerate() {
                    for &b in &chosen[x + 1..] {
                        // The step model weighs overlap itself and only never repeats near-identical copies.
                        let cut = if m.name() == "learned" { step::DUPLICATE_COSINE } else { REDUNDANCY_COSINE };
                        assert!(p.rep.cosine(a, b) <= cut, "{} chose near duplicates", m.name());
                    }
                }
            }
            assert!(m.select(&p, Budget::Sentences(2)).len() <= 2);
        }
    }

    #[test]
    fn method_names_are_the_methods_names() {
        let built: Vec<&str> = methods().iter().map(|m| m.name()).collect();
        assert_eq!(built, METHOD_NAMES);
    }

    #[test]
    fn unknown_method_names_the_choices() {
        let err = by_name("magic").err().unwrap().to_string();
        assert!(err.contains("lead") && err.contains("lexrank"), "{err}");
    }
}

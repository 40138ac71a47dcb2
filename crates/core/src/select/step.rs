//! step: the learned method's greedy choice, one sentence at a time.
//!
//! The sentence model scores each sentence alone; what a sentence adds to a
//! summary also depends on what the summary already says. The step model
//! (regression trees, `chorus train step`) predicts, for every sentence that
//! may still be added, how many new reference words and word pairs it would
//! match per word it adds, from its learned score and its relation to the
//! sentences already chosen: which of its terms and term pairs they hold and
//! how close the nearest is. Each step takes the
//! sentence with the highest predicted rate; the rates then tell where ROUGE
//! F1 peaks ([`super::stop`]). Measured on dev against the hand-weighted
//! greedy it replaced (score − novelty penalty + coverage gain), see
//! docs/results-notes.md.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::coverage::{Coverage, CoverageState};
use super::ensemble::Ensemble;
use crate::order::source_before;
use crate::prepared::Prepared;

/// How many features a row has ([`names`]).
pub const FEATURES: usize = 16;

/// Names of the step model's features, one row per (summary so far, next sentence).
pub fn names() -> Vec<String> {
    [
        "score",
        "words",
        "words_before",
        "chosen",
        "overlap",
        "terms_said",
        "pairs_said",
        "position",
        "articles",
        "input_words",
        "reference_words",
        "share_of_reference",
        "score_gap",
        "coverage_gain",
        "support_by_score",
        "score_rank",
    ]
    .map(String::from)
    .to_vec()
}

pub struct StepModel {
    model: Ensemble,
}

impl StepModel {
    pub fn parse(text: &str) -> Result<Self, String> {
        Ok(StepModel { model: Ensemble::parse(text, &names())? })
    }

    pub fn new(model: Ensemble) -> Self {
        StepModel { model }
    }

    pub fn shipped() -> &'static StepModel {
        static SHIPPED: LazyLock<StepModel> = LazyLock::new(|| {
            StepModel::new(
                Ensemble::compiled(&crate::compiled::STEP_MODEL, &names())
                    .expect("the shipped step model is checked at build time"),
            )
        });
        &SHIPPED
    }

    /// Predicted new reference words and word pairs matched per word, for each row of [`Walk::options`].
    pub fn rates<R: AsRef<[f32]> + Sync>(&self, rows: &[R]) -> Vec<f64> {
        self.model.predict_rows(rows)
    }
}

/// A cluster's candidate sentences (indices into `prepared.sentences`,
/// ascending) with the sentence model's scores and their pairwise cosines.
pub struct Scored {
    pub candidates: Vec<usize>,
    pub scores: Vec<f32>,
    /// Row-major, `sim[a * n + b]` ([`crate::represent::Represented::pairwise`]).
    pub sim: Vec<f32>,
}

/// A greedy walk over a cluster's candidates: what is chosen so far, and the
/// feature rows of what may come next.
pub struct Walk<'a> {
    prepared: &'a Prepared<'a>,
    scored: &'a Scored,
    coverage: CoverageState<'a>,
    /// Chosen sentences (indices into `prepared.sentences`), in order.
    chosen: Vec<usize>,
    /// Positions of the chosen sentences in `scored.candidates`.
    chosen_positions: Vec<usize>,
    taken: Vec<bool>,
    /// Positions of the candidates, best score first.
    by_score: Vec<usize>,
    /// The positions the walk considers (the first of `by_score`), ascending.
    shortlist: Vec<usize>,
    words: usize,
    /// Each candidate's distinct terms, and its distinct adjacent term
    /// pairs, numbered across the candidates (so a step looks them up by index, not by hash).
    candidate_terms: Vec<Vec<u32>>,
    candidate_pairs: Vec<Vec<u32>>,
    /// Which term ids and pair numbers the chosen sentences hold.
    said: Vec<bool>,
    pairs_said: Vec<bool>,
    input_words: f32,
    reference_words: f32,
    /// Each candidate's score-weighted support: see [`support_by_score`].
    support_by_score: Vec<f32>,
    /// Each candidate's place in the score order, 0 (best) to 1.
    score_rank: Vec<f32>,
    /// For a candidate whose speaker is a pronoun ("He added: …") or that is
    /// a bare quotation or a later sentence of one ([`Prepared::speaker_named_before`]), the
    /// sentence that names the speaker (its article's preceding one, or
    /// `usize::MAX` for an article's first): see [`Walk::naming_first`].
    speaker_named_in: Vec<Option<usize>>,
    /// For a candidate whose speaker is a surname alone, the candidate that
    /// names them in full ([`Prepared::introduced_in`]): see [`Walk::naming_first`].
    introduced_in: Vec<Option<usize>>,
}

/// Sentences this close to a chosen one are never offered: near-identical
/// copies. Below it the step model weighs overlap itself, which beats the
/// hand-valued methods' cut at [`super::REDUNDANCY_COSINE`] (0.5): on dev,
/// R-1 46.16 at 0.5, 46.27 at 0.65 and 0.8, 46.28 with no cut at all.
pub const DUPLICATE_COSINE: f32 = 0.8;

/// How many of the best-scored candidates a walk considers at first, and
/// adds when none of them fits any more. Multi-News clusters have about 20,
/// so none is left out there; on long articles the rest would cost a tree
/// evaluation each step and are hardly ever taken.
const SHORTLIST: usize = 64;

/// Positions ordered by score, best first (ties: earlier first).
fn by_score(scores: &[f32]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..scores.len()).collect();
    order.sort_by(|&a, &b| scores[b].total_cmp(&scores[a]).then(a.cmp(&b)));
    order
}

/// The coverage gain the step model reads: Lin & Bilmes at their defaults.
const COVERAGE: Coverage = Coverage::DEFAULT;

impl<'a> Walk<'a> {
    /// `reference_words`: the predicted length of the reference summary.
    pub fn new(prepared: &'a Prepared<'a>, scored: &'a Scored, reference_words: f32) -> Self {
        let order = by_score(&scored.scores);
        let mut pair_ids: FxHashMap<(u32, u32), u32> = FxHashMap::default();
        let candidate_pairs: Vec<Vec<u32>> = scored
            .candidates
            .iter()
            .map(|&c| {
                distinct(prepared.rep.terms[c].windows(2).map(|w| (w[0], w[1])))
                    .into_iter()
                    .map(|pair| {
                        let next = pair_ids.len() as u32;
                        *pair_ids.entry(pair).or_insert(next)
                    })
                    .collect()
            })
            .collect();
        Walk {
            prepared,
            scored,
            coverage: CoverageState::new(&COVERAGE, prepared, &scored.candidates, &scored.sim),
            chosen: Vec::new(),
            chosen_positions: Vec::new(),
            taken: vec![false; prepared.sentences.len()],
            shortlist: Vec::new(),
            words: 0,
            candidate_terms: scored
                .candidates
                .iter()
                .map(|&c| distinct(prepared.rep.terms[c].iter().copied()))
                .collect(),
            candidate_pairs,
            said: vec![false; prepared.rep.idf.len()],
            pairs_said: vec![false; pair_ids.len()],
            input_words: prepared.sentences.iter().map(|s| s.words).sum::<usize>().max(1) as f32,
            reference_words: reference_words.max(1.0),
            support_by_score: support_by_score(prepared, scored),
            score_rank: score_ranks(&order),
            by_score: order,
            speaker_named_in: scored
                .candidates
                .iter()
                .map(|&c| prepared.speaker_named_before(c).then(|| source_before(prepared, c).unwrap_or(usize::MAX)))
                .collect(),
            // A surname speaker needs the sentence that names them in full when the walk can
            // take it; else it stands as it is.
            introduced_in: scored
                .candidates
                .iter()
                .map(|&c| prepared.introduced_in(c).filter(|j| scored.candidates.contains(j)))
                .collect(),
        }
    }

    /// What to take when option `x` of `open` (from [`Walk::options`]) is
    /// the best: itself, or — for a pronoun speaker whose naming sentence is
    /// not chosen yet, or a surname speaker whose introduction is not — that
    /// sentence (or, in a chain of them, the first unchosen one), which then
    /// makes it available. None when that
    /// sentence is not open (not a candidate, over the limit, a repeat): the
    /// walk then picks another sentence. Bringing the antecedent along beat
    /// offering the speaker only once its antecedent was chosen on its own
    /// (validation-250 R-Lsum 44.41 against 44.24; docs/results-notes.md).
    pub fn naming_first(&self, open: &[usize], x: usize) -> Option<usize> {
        let mut x = x;
        // Each step moves to an earlier sentence: at most `open.len()` steps.
        for _ in 0..=open.len() {
            let needs = [self.speaker_named_in[open[x]], self.introduced_in[open[x]]];
            match needs.into_iter().flatten().find(|&before| self.taken.get(before) != Some(&true)) {
                None => return Some(x),
                Some(before) => x = open.iter().position(|&k| self.scored.candidates[k] == before)?,
            }
        }
        None
    }

    /// The sentences chosen so far, in order.
    pub fn chosen(&self) -> &[usize] {
        &self.chosen
    }

    pub fn into_chosen(self) -> Vec<usize> {
        self.chosen
    }

    /// The candidates (positions in `scored.candidates`) that still fit
    /// within `max_words` and repeat no chosen sentence, with their rows.
    pub fn options(&mut self, max_words: usize) -> (Vec<usize>, Vec<Vec<f32>>) {
        let open = self.open(max_words);
        let best = self.best_score(&open);
        let rows = open.iter().map(|&k| self.row(k, best).to_vec()).collect();
        (open, rows)
    }

    /// [`Walk::options`] without the rows: a caller that rates only some
    /// of them builds those with [`Walk::row`].
    pub fn open(&mut self, max_words: usize) -> Vec<usize> {
        let (prepared, scored) = (self.prepared, self.scored);
        let n = scored.candidates.len();
        loop {
            let open: Vec<usize> = self
                .shortlist
                .iter()
                .copied()
                .filter(|&k| {
                    let c = scored.candidates[k];
                    !self.taken[c]
                        && self.words + prepared.sentences[c].words <= max_words
                        && self.chosen_positions.iter().all(|&j| scored.sim[k * n + j] <= DUPLICATE_COSINE)
                })
                .collect();
            if !open.is_empty() || self.shortlist.len() == n {
                return open;
            }
            // Nothing considered fits: consider the next best-scored.
            let more = (self.shortlist.len() + SHORTLIST).min(n);
            self.shortlist = self.by_score[..more].to_vec();
            self.shortlist.sort_unstable();
        }
    }

    /// The best score among `open` (what [`Walk::row`] measures the gap to).
    pub fn best_score(&self, open: &[usize]) -> f32 {
        open.iter().map(|&k| self.scored.scores[k]).fold(f32::NEG_INFINITY, f32::max)
    }

    /// The features of adding candidate `k`, the best open score being `best`.
    pub fn row(&mut self, k: usize, best: f32) -> [f32; FEATURES] {
        let (prepared, scored) = (self.prepared, self.scored);
        let n = scored.candidates.len();
        let c = scored.candidates[k];
        let sentence = &prepared.sentences[c];
        let overlap = self.chosen_positions.iter().map(|&j| scored.sim[k * n + j]).fold(0.0, f32::max);
        let terms = &self.candidate_terms[k];
        let terms_said = share(terms.iter().filter(|&&t| self.said[t as usize]).count(), terms.len());
        let pairs = &self.candidate_pairs[k];
        let pairs_said = share(pairs.iter().filter(|&&p| self.pairs_said[p as usize]).count(), pairs.len());
        [
            scored.scores[k],
            sentence.words as f32,
            self.words as f32,
            self.chosen.len() as f32,
            overlap,
            terms_said,
            pairs_said,
            sentence.position as f32,
            prepared.doc_sentences.len() as f32,
            self.input_words,
            self.reference_words,
            self.words as f32 / self.reference_words,
            scored.scores[k] - best,
            self.coverage.gain(&self.chosen, c),
            self.support_by_score[k],
            self.score_rank[k],
        ]
    }

    /// Add the candidate at position `k` of `scored.candidates`.
    pub fn take(&mut self, k: usize) {
        let c = self.scored.candidates[k];
        for &t in &self.candidate_terms[k] {
            self.said[t as usize] = true;
        }
        for &p in &self.candidate_pairs[k] {
            self.pairs_said[p as usize] = true;
        }
        self.words += self.prepared.sentences[c].words;
        self.taken[c] = true;
        self.chosen.push(c);
        self.chosen_positions.push(k);
    }
}

/// Each position's rank in `order` (positions best first) as a share of the
/// candidates: where a sentence stands in its own cluster, which the score's
/// value alone does not say.
fn score_ranks(order: &[usize]) -> Vec<f32> {
    let mut ranks = vec![0.0; order.len()];
    for (rank, &k) in order.iter().enumerate() {
        ranks[k] = rank as f32 / order.len() as f32;
    }
    ranks
}

/// How much each candidate says what the other articles' likely summary
/// sentences say: its mean cosine to the candidates of other articles,
/// weighted by their scores (above the cluster's lowest). Cross-outlet
/// support as a count treats every sentence alike; an editor's summary
/// repeats the facts the strongest sentences share. (Dev, step model
/// retrained: R-1 46.58 -> 46.63, R-Lsum 42.44 -> 42.48, with
/// [`score_ranks`].)
fn support_by_score(prepared: &Prepared, scored: &Scored) -> Vec<f32> {
    let n = scored.candidates.len();
    let lowest = scored.scores.iter().copied().fold(f32::INFINITY, f32::min);
    (0..n)
        .map(|i| {
            let doc = prepared.sentences[scored.candidates[i]].doc;
            let (mut weighted, mut weights) = (0.0f32, 0.0f32);
            for j in (0..n).filter(|&j| prepared.sentences[scored.candidates[j]].doc != doc) {
                let weight = scored.scores[j] - lowest;
                weighted += weight * scored.sim[i * n + j];
                weights += weight;
            }
            if weights > 0.0 {
                weighted / weights
            } else {
                0.0
            }
        })
        .collect()
}

fn distinct<T: Ord>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut v: Vec<T> = items.collect();
    v.sort_unstable();
    v.dedup();
    v
}

fn share(part: usize, whole: usize) -> f32 {
    if whole == 0 {
        0.0
    } else {
        part as f32 / whole as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Cluster};

    fn cluster() -> Cluster {
        let a = "The senate passed the budget bill on Tuesday after a long debate. Critics said the cuts go too far.";
        let b = "The senate passed the budget bill on Tuesday, officials said. Schools will lose funding under the budget bill next year.";
        Cluster { id: "t".into(), articles: vec![Article::from_text(a), Article::from_text(b)], reference: None }
    }

    fn scored(prepared: &Prepared) -> Scored {
        let candidates: Vec<usize> = (0..prepared.sentences.len()).collect();
        let sim = prepared.rep.pairwise(&candidates);
        Scored { scores: vec![0.5; candidates.len()], candidates, sim }
    }

    #[test]
    fn rows_have_every_named_feature() {
        assert_eq!(names().len(), FEATURES);
    }

    #[test]
    fn shipped_model_loads() {
        assert!(StepModel::shipped().model.tree_count() > 0);
    }

    #[test]
    fn compiled_model_equals_the_parsed_text() {
        let parsed = StepModel::parse(include_str!("../../assets/step-model.tsv")).unwrap();
        assert!(parsed.model == StepModel::shipped().model);
    }

    #[test]
    fn options_see_what_is_already_said() {
        let c = cluster();
        let p = Prepared::new(&c);
        let s = scored(&p);
        let mut walk = Walk::new(&p, &s, 100.0);
        let (open, rows) = walk.options(usize::MAX);
        assert_eq!(open.len(), p.sentences.len());
        assert!(rows.iter().all(|r| r.len() == names().len()));
        walk.take(0);
        let (open, rows) = walk.options(usize::MAX);
        // The second article's lead copies the first's (cosine over DUPLICATE_COSINE): no longer offered.
        assert!(!open.contains(&0) && !open.contains(&2), "{open:?}");
        let names = names();
        let feature = |k: usize, name: &str| {
            let row = open.iter().position(|&o| o == k).unwrap();
            rows[row][names.iter().position(|n| n == name).unwrap()]
        };
        assert_eq!(feature(1, "words_before"), p.sentences[0].words as f32);
        assert_eq!(feature(1, "terms_said"), 0.0, "the critics say something new");
        assert!(feature(3, "terms_said") > 0.0 && feature(3, "pairs_said") > 0.0, "'budget bill' is already said");
    }

    #[test]
    fn support_follows_what_the_other_outlets_strongest_sentences_say() {
        let first = "The senate passed the budget bill on Tuesday night. Local bakeries sold more bread this week.";
        let second = "Senators passed the budget bill late on Tuesday. The weather stayed mild across the region.";
        let c = Cluster {
            id: "t".into(),
            articles: vec![Article::from_text(first), Article::from_text(second)],
            reference: None,
        };
        let p = Prepared::new(&c);
        let candidates: Vec<usize> = (0..p.sentences.len()).collect();
        assert_eq!(candidates.len(), 4);
        let sim = p.rep.pairwise(&candidates);
        // The second outlet's budget sentence scores high, its weather sentence low.
        let s = Scored { candidates, scores: vec![0.5, 0.5, 0.9, 0.1], sim };
        let support = support_by_score(&p, &s);
        assert!(support[0] > support[1], "{support:?}");
        assert_eq!(score_ranks(&by_score(&s.scores)), vec![0.25, 0.5, 0.0, 0.75]);
    }

    #[test]
    fn long_pools_offer_the_best_scored_first_and_the_rest_when_those_are_used() {
        let text: String =
            (0..150).map(|i| format!("Event number {i} happened in town {i} on day {i} this year. ")).collect();
        let c = Cluster { id: "t".into(), articles: vec![Article::from_text(&text)], reference: None };
        let p = Prepared::new(&c);
        let candidates: Vec<usize> = (0..p.sentences.len()).collect();
        assert!(candidates.len() > SHORTLIST);
        let sim = p.rep.pairwise(&candidates);
        let s = Scored { scores: candidates.iter().map(|&c| c as f32).collect(), candidates, sim };
        let n = s.candidates.len();
        let mut walk = Walk::new(&p, &s, 100.0);
        let (open, _) = walk.options(usize::MAX);
        assert_eq!(open, ((n - SHORTLIST)..n).collect::<Vec<_>>(), "the best-scored, in pool order");
        // A sentence budget larger than the shortlist still gets every sentence.
        loop {
            let (open, _) = walk.options(usize::MAX);
            let Some(&k) = open.first() else { break };
            walk.take(k);
        }
        assert_eq!(walk.chosen().len(), n);
    }

    #[test]
    fn options_respect_the_word_limit() {
        let c = cluster();
        let p = Prepared::new(&c);
        let s = scored(&p);
        let mut walk = Walk::new(&p, &s, 100.0);
        let (open, _) = walk.options(p.sentences[1].words);
        assert!(open.iter().all(|&k| p.sentences[s.candidates[k]].words <= p.sentences[1].words));
        assert!(walk.options(0).0.is_empty());
    }
}

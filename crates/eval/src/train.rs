//! train: learn Chorus's shipped assets from the Multi-News training split.
//! Deterministic: the same input gives the same bytes (sums are taken in
//! input order, never in thread order).

use std::collections::HashMap;

use chorus_core::lexical::{self, LexicalModel};
use chorus_core::pipeline::Prepared;
use chorus_core::represent::Analyzer;
use chorus_core::select::ensemble::{Ensemble, Node};
use chorus_core::select::length::{self, LEXICON_WORDS, MAX_WORDS};
use chorus_core::select::{pool, step, Learned, LengthModel};
use chorus_core::{clean, features, segment, Cluster};
use chorus_rouge::{ngram_score, Scorer};
use forust_ml::gradientbooster::GradientBooster;
use forust_ml::objective::ObjectiveType;
use forust_ml::Matrix;
use rayon::prelude::*;

/// Fingerprints of sentences that occur in at least `min_clusters` different
/// clusters: page furniture repeated across unrelated stories.
pub fn repeated_sentences(clusters: impl Iterator<Item = Cluster>, min_clusters: usize) -> String {
    let mut seen_in: HashMap<u64, (usize, String)> = HashMap::new();
    for cluster in clusters {
        let mut here = std::collections::HashSet::new();
        for article in &cluster.articles {
            for r in segment::split(&article.text) {
                if let Some(f) = clean::fingerprint(&article.text[r]) {
                    here.insert(f);
                }
            }
        }
        for f in here {
            let e = seen_in.entry(f).or_insert((0, cluster.id.clone()));
            e.0 += 1;
        }
    }
    let mut keep: Vec<u64> = seen_in.into_iter().filter(|(_, (n, _))| *n >= min_clusters).map(|(f, _)| f).collect();
    keep.sort_unstable();
    keep.iter().map(|f| format!("{f:016x}\n")).collect()
}

/// The training target of a sentence: its ROUGE-2 precision against the
/// reference — the share of its word pairs a professional summary keeps.
/// (Measured on dev: it beat ROUGE-1+2 precision and ROUGE F1 labels; see
/// docs/RESULTS.md.)
fn label(scorer: &mut Scorer, reference: &[u32], sentence: &str) -> f64 {
    let ids = scorer.token_ids(sentence);
    ngram_score(reference, &ids, 2).precision
}

/// A cluster's prepared text, candidate sentences, their labels and the reference's token ids.
type Labelled<'a> = (Prepared<'a>, Vec<usize>, Vec<f64>, Vec<u32>);

/// One cluster's candidate sentences with their labels.
fn labelled<'a>(cluster: &'a Cluster, scorer: &mut Scorer) -> Option<Labelled<'a>> {
    let reference = cluster.reference.as_deref()?;
    let prepared = Prepared::new(cluster);
    let candidates = pool(&prepared);
    if candidates.is_empty() {
        return None;
    }
    let ref_ids = scorer.token_ids(reference);
    let labels = candidates.iter().map(|&c| label(scorer, &ref_ids, prepared.raw(c))).collect();
    Some((prepared, candidates, labels, ref_ids))
}

/// One training row of a tree model.
struct Example {
    row: Vec<f32>,
    label: f64,
    /// Relative weight in the squared loss (the trainer rescales to mean 1).
    weight: f64,
}

impl Example {
    fn new(row: Vec<f32>, label: f64) -> Self {
        Example { row, label, weight: 1.0 }
    }
}

/// Training rows of one cluster's candidate sentences, with the lexical
/// feature given by `lexical` (a model that never saw this cluster). A row
/// weighs √words: ROUGE counts words, so a long sentence's error costs more
/// than a short one's, and √ rather than the count keeps short sentences in
/// the fit (measured on dev, full retrain: unweighted 45.80/16.62, √words
/// 45.82/16.64, words 45.81/16.64).
fn labelled_rows(cluster: &Cluster, scorer: &mut Scorer, lexical: &LexicalModel) -> Vec<Example> {
    let Some((prepared, candidates, labels, _)) = labelled(cluster, scorer) else { return Vec::new() };
    let sim = prepared.rep.pairwise(&candidates);
    let rows = features::extract_with_similarity(&prepared, &candidates, &sim, lexical);
    rows.into_iter()
        .zip(labels)
        .zip(&candidates)
        .map(|((row, label), &i)| Example { row, label, weight: (prepared.sentences[i].words as f64).sqrt() })
        .collect()
}

/// The lexical model's training examples: each candidate sentence's words
/// and word pairs with its target. The target adds ROUGE-1 precision to the
/// trees' ROUGE-2 label: a sentence's single words say more about its
/// phrasing than its rarer pairs do. (Measured on dev, full retrain: R-2
/// only 45.68/16.52, R-1 only 45.75/16.46, the sum 45.75/16.54.)
fn lexical_examples(clusters: &[&Cluster]) -> Vec<(Vec<String>, f32)> {
    let parts: Vec<Vec<(Vec<String>, f32)>> = clusters
        .par_iter()
        .map_init(
            || (Scorer::new(true), Analyzer::default()),
            |(scorer, analyzer), c| {
                let Some((prepared, candidates, labels, ref_ids)) = labelled(c, scorer) else { return Vec::new() };
                candidates
                    .iter()
                    .zip(labels)
                    .map(|(&i, r2)| {
                        let r1 = ngram_score(&ref_ids, &scorer.token_ids(prepared.raw(i)), 1).precision;
                        (lexical::sentence_features(analyzer, prepared.raw(i)), (r1 + r2) as f32)
                    })
                    .collect()
            },
        )
        .collect();
    parts.into_iter().flatten().collect()
}

/// How the lexical model is learned.
#[derive(Debug, Clone, Copy)]
pub struct LexicalParams {
    /// Fewest training sentences a word or pair must occur in to get a weight.
    pub min_count: u32,
    pub epochs: usize,
}

impl Default for LexicalParams {
    fn default() -> Self {
        LexicalParams { min_count: 300, epochs: 3 }
    }
}

/// Train the lexical model (see [`LexicalModel`]); returns its table.
pub fn lexical_model(clusters: &[&Cluster], params: LexicalParams) -> String {
    LexicalModel::learn(&lexical_examples(clusters), params.min_count, params.epochs)
}

/// How the trees are grown.
#[derive(Debug, Clone, Copy)]
pub struct TreeParams {
    pub trees: usize,
    pub learning_rate: f32,
    pub max_depth: usize,
    /// Smallest hessian sum (for squared loss: rows) a leaf may hold.
    pub min_leaf: f32,
}

impl TreeParams {
    /// The sentence scorer (`chorus train model`).
    pub const SENTENCE: TreeParams = TreeParams { trees: 200, learning_rate: 0.1, max_depth: 5, min_leaf: 200.0 };
    /// The length model: one row per cluster, so smaller trees (`chorus train length`).
    pub const LENGTH: TreeParams = TreeParams { trees: 100, learning_rate: 0.1, max_depth: 3, min_leaf: 100.0 };
    /// The step model (`chorus train step`).
    pub const STEP: TreeParams = TreeParams { trees: 200, learning_rate: 0.1, max_depth: 5, min_leaf: 200.0 };
}

/// Train the sentence scorer: gradient-boosted regression trees (squared
/// loss) from `forust-ml`, converted to Chorus's own [`Ensemble`] format.
/// The lexical feature of each training sentence comes from a lexical model
/// trained on the other half of the clusters, so the trees learn how far to
/// trust it on text it has not seen.
pub fn sentence_model(clusters: &[Cluster], params: TreeParams, lexical: LexicalParams) -> Result<Ensemble, String> {
    let half = |fold: usize| -> Vec<&Cluster> {
        clusters.iter().enumerate().filter(|(i, _)| i % 2 != fold).map(|(_, c)| c).collect()
    };
    let other_half: Vec<LexicalModel> =
        (0..2).map(|fold| LexicalModel::parse(&lexical_model(&half(fold), lexical))).collect();
    let parts: Vec<Vec<Example>> = clusters
        .par_iter()
        .enumerate()
        .map_init(|| Scorer::new(true), |scorer, (i, c)| labelled_rows(c, scorer, &other_half[i % 2]))
        .collect();
    boost(&parts.into_iter().flatten().collect::<Vec<_>>(), features::names().len(), params)
}

/// Words of a reference summary, without Multi-News's leading "– ".
pub fn reference_words(reference: &str) -> usize {
    reference.split_whitespace().filter(|w| *w != "–").count()
}

/// Train the length model: trees predict the reference's length in words
/// from the cluster features; then a lexicon (a [`LexicalModel`] table over
/// the cluster's stems) learns what the trees leave unexplained, in units of
/// [`LEXICON_WORDS`]. On dev the lexicon took the mean absolute error from
/// 50.0 to 45.2 words. Returns the trees and the lexicon's table.
pub fn length_model(clusters: &[Cluster], params: TreeParams, min_count: u32) -> Result<(Ensemble, String), String> {
    let clusters: Vec<(&Cluster, f64)> =
        clusters.iter().filter_map(|c| Some((c, reference_words(c.reference.as_deref()?) as f64))).collect();
    let (examples, stems): (Vec<Example>, Vec<Vec<String>>) = clusters
        .par_iter()
        .map(|&(c, words)| {
            let prepared = Prepared::new(c);
            let stems = length::lexicon_features(&prepared).map(String::from).collect();
            (Example::new(features::extract_cluster(&prepared), words), stems)
        })
        .unzip();
    let trees = boost(&examples, features::cluster_names().len(), params)?;
    let residuals = stems
        .into_iter()
        .zip(&examples)
        .map(|(stems, e)| (stems, ((e.label - trees.predict(&e.row)) / LEXICON_WORDS as f64) as f32))
        .collect::<Vec<_>>();
    let lexicon = LexicalModel::learn(&residuals, min_count, LexicalParams::default().epochs);
    Ok((trees, lexicon))
}

/// Train the step model (see [`chorus_core::select::step`]). Its rows come
/// from walks that take the best-scored sentence each step, up to the task's
/// 300 words: at every step, each sentence that may still be added, labelled
/// with the new reference words and word pairs (ROUGE-1 and ROUGE-2 clipped
/// counts) it would match per word it adds. (Walks led by the step model
/// itself, or by the older hand-weighted gain, trained models no better on
/// dev: docs/results-notes.md.) The scores come from the shipped sentence
/// model, which saw these clusters; scores from models trained on the other
/// half of the clusters gave the same ROUGE.
pub fn step_model(clusters: &[Cluster], learned: &Learned, params: TreeParams) -> Result<Ensemble, String> {
    let parts: Vec<Vec<Example>> =
        clusters.par_iter().map_init(|| Scorer::new(true), |scorer, c| step_rows(c, scorer, learned)).collect();
    boost(&parts.into_iter().flatten().collect::<Vec<_>>(), step::names().len(), params)
}

/// One cluster's step-model rows with their labels.
fn step_rows(cluster: &Cluster, scorer: &mut Scorer, learned: &Learned) -> Vec<Example> {
    let Some(reference) = cluster.reference.as_deref() else { return Vec::new() };
    let prepared = Prepared::new(cluster);
    let scored = learned.scored(&prepared);
    let ids: Vec<Vec<u32>> = scored.candidates.iter().map(|&c| scorer.token_ids(prepared.raw(c))).collect();
    let mut matches = Matches::new(&scorer.token_ids(reference));
    let mut walk = step::Walk::new(&prepared, &scored, LengthModel::shipped().reference_words(&prepared));
    let mut examples = Vec::new();
    loop {
        let (open, rows) = walk.options(MAX_WORDS);
        let Some(&next) = open.iter().max_by(|&&a, &&b| scored.scores[a].total_cmp(&scored.scores[b]).then(b.cmp(&a)))
        else {
            break;
        };
        for (&k, row) in open.iter().zip(rows) {
            let words = prepared.sentences[scored.candidates[k]].words.max(1);
            examples.push(Example::new(row, matches.gain(&ids[k]) as f64 / words as f64));
        }
        matches.add(&ids[next]);
        walk.take(next);
    }
    examples
}

/// Clipped counts of the reference's words and word pairs that a growing
/// summary matches (word pairs within a sentence).
struct Matches {
    reference: HashMap<u64, u32>,
    summary: HashMap<u64, u32>,
}

impl Matches {
    fn new(reference: &[u32]) -> Self {
        let mut counts = HashMap::new();
        for key in Self::keys(reference) {
            *counts.entry(key).or_insert(0) += 1;
        }
        Matches { reference: counts, summary: HashMap::new() }
    }

    /// Words and word pairs as distinct keys (the top bit marks a pair).
    fn keys(ids: &[u32]) -> impl Iterator<Item = u64> + '_ {
        let pairs = ids.windows(2).map(|p| (1 << 63) | (u64::from(p[0]) << 32) | u64::from(p[1]));
        ids.iter().map(|&w| u64::from(w)).chain(pairs)
    }

    /// How many new matches the sentence `ids` would bring.
    fn gain(&self, ids: &[u32]) -> u32 {
        let mut sentence: HashMap<u64, u32> = HashMap::new();
        for key in Self::keys(ids) {
            *sentence.entry(key).or_insert(0) += 1;
        }
        sentence
            .iter()
            .map(|(key, &n)| {
                let limit = self.reference.get(key).copied().unwrap_or(0);
                let had = self.summary.get(key).copied().unwrap_or(0);
                (had + n).min(limit) - had.min(limit)
            })
            .sum()
    }

    fn add(&mut self, ids: &[u32]) {
        for key in Self::keys(ids) {
            *self.summary.entry(key).or_insert(0) += 1;
        }
    }
}

/// Gradient-boosted regression trees (squared loss) from `forust-ml`,
/// converted to Chorus's own [`Ensemble`] format and checked against forust.
fn boost(examples: &[Example], width: usize, params: TreeParams) -> Result<Ensemble, String> {
    let rows = examples.len();
    if rows == 0 {
        return Err("no training rows: do the clusters carry reference summaries?".into());
    }
    // forust wants a column-major matrix of f64.
    let mut columns = vec![0.0f64; rows * width];
    for (r, example) in examples.iter().enumerate() {
        for (f, &v) in example.row.iter().enumerate() {
            columns[f * rows + r] = v as f64;
        }
    }
    let labels: Vec<f64> = examples.iter().map(|e| e.label).collect();
    // Mean weight 1, so that `min_leaf` still counts rows.
    let mean_weight = examples.iter().map(|e| e.weight).sum::<f64>() / rows as f64;
    let weights: Vec<f64> = examples.iter().map(|e| e.weight / mean_weight).collect();
    let data = Matrix::new(&columns, rows, width);
    let mut booster = GradientBooster::default()
        .set_objective_type(ObjectiveType::SquaredLoss)
        .set_iterations(params.trees)
        .set_learning_rate(params.learning_rate)
        .set_max_depth(params.max_depth)
        .set_min_leaf_weight(params.min_leaf)
        .set_allow_missing_splits(false)
        .set_create_missing_branch(false)
        .set_seed(0);
    booster.fit(&data, &labels, &weights, None).map_err(|e| format!("training failed: {e}"))?;
    let model = Ensemble::new(booster.base_score, booster.trees.iter().map(convert_tree).collect());
    // The converted model must predict exactly what forust predicts.
    let expected = booster.predict(&data, true);
    for (r, example) in examples.iter().enumerate().step_by(97) {
        let got = model.predict(&example.row);
        if (got - expected[r]).abs() > 1e-6 {
            return Err(format!("converted model disagrees with forust on row {r}: {got} vs {}", expected[r]));
        }
    }
    Ok(model)
}

/// A forust tree in [`Ensemble`] nodes: node numbers become positions, and
/// children always come after their parent.
fn convert_tree(tree: &forust_ml::tree::Tree) -> Vec<Node> {
    let mut order: Vec<_> = tree.nodes.iter().collect();
    order.sort_by_key(|n| n.num);
    let position: HashMap<usize, u32> = order.iter().enumerate().map(|(i, n)| (n.num, i as u32)).collect();
    order
        .iter()
        .map(|n| {
            if n.is_leaf {
                Node::Leaf(n.weight_value as f64)
            } else {
                Node::Split {
                    feature: n.split_feature,
                    threshold: n.split_value,
                    left: position[&n.left_child],
                    right: position[&n.right_child],
                }
            }
        })
        .collect()
}

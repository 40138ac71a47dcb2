//! Story clustering measured on real data: the articles of many Multi-News
//! clusters shuffled into one pile, predicted stories scored against the true
//! clusters (B-cubed, adjusted Rand), and digest summaries scored against the
//! references of the clusters they match.

use std::time::Instant;

use chorus_cluster::score::{adjusted_rand, b_cubed, BCubed};
use chorus_cluster::{Pile, Settings};
use chorus_core::{summarize, Article, Cluster, Options};
use chorus_rouge::Scorer;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use serde::Serialize;

use crate::reference_lines;

/// One article of the pile with the cluster it came from.
pub struct PileArticle {
    pub id: String,
    pub cluster: usize,
    pub article: Article,
}

/// All articles of `clusters`, shuffled deterministically by `seed`.
pub fn shuffled_pile(clusters: &[Cluster], seed: u64) -> Vec<PileArticle> {
    let mut pile: Vec<PileArticle> = clusters
        .iter()
        .enumerate()
        .flat_map(|(c, cluster)| {
            cluster.articles.iter().enumerate().map(move |(k, a)| PileArticle {
                id: format!("{}#{k}", cluster.id),
                cluster: c,
                article: a.clone(),
            })
        })
        .collect();
    let mut state = seed;
    for i in (1..pile.len()).rev() {
        // splitmix64: a fixed, portable shuffle.
        state = state.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^= z >> 31;
        pile.swap(i, (z % (i as u64 + 1)) as usize);
    }
    pile
}

#[derive(Debug, Serialize)]
pub struct StoryReport {
    pub articles: usize,
    pub true_clusters: usize,
    /// Articles whose exact text occurs in more than one true cluster (notices, widgets).
    pub repeated_texts: usize,
    /// How many of those Chorus gave no story.
    pub repeated_flagged: usize,
    /// Articles Chorus gave no story in all.
    pub non_articles: usize,
    pub scored: usize,
    pub stories: usize,
    /// The threshold the stories were cut at (it adapts to the pile).
    pub threshold: f32,
    pub b_cubed: BCubed,
    pub adjusted_rand: f64,
    pub seconds: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub incremental_vs_batch: Option<BCubed>,
}

/// Cluster the pile (in `chunks` batches when > 1) and score it.
pub fn evaluate_stories(
    pile: &[PileArticle],
    true_clusters: usize,
    chunks: usize,
    settings: &Settings,
) -> (StoryReport, Vec<Option<usize>>) {
    let started = Instant::now();
    let (predicted, threshold) = cluster_in_chunks(pile, 1, settings);
    let seconds = started.elapsed().as_secs_f64();
    let incremental_vs_batch = (chunks > 1).then(|| {
        let (inc, _) = cluster_in_chunks(pile, chunks, settings);
        let batch_labels: Vec<usize> = singleton_labels(&predicted);
        b_cubed(&batch_labels, &inc)
    });
    let scored = Scoring::new(pile);
    let (truth, pred) = scored.pairs(&predicted);
    let repeated_flagged =
        pile.iter().zip(&predicted).zip(&scored.repeated).filter(|((_, p), &r)| r && p.is_none()).count();
    let stories = predicted.iter().flatten().collect::<std::collections::HashSet<_>>().len();
    let report = StoryReport {
        articles: pile.len(),
        true_clusters,
        repeated_texts: scored.repeated.iter().filter(|&&r| r).count(),
        repeated_flagged,
        non_articles: predicted.iter().filter(|p| p.is_none()).count(),
        scored: truth.len(),
        stories,
        threshold,
        b_cubed: b_cubed(&truth, &pred),
        adjusted_rand: adjusted_rand(&truth, &pred),
        seconds,
        incremental_vs_batch,
    };
    (report, predicted)
}

/// The indices of the pile's scored articles: those whose text occurs in one true cluster only.
pub fn scored_articles(pile: &[PileArticle]) -> Vec<usize> {
    let scoring = Scoring::new(pile);
    (0..pile.len()).filter(|&i| !scoring.repeated[i]).collect()
}

/// A shuffled pile clustered once with default settings, ready to be scored at other settings
/// (the examples that sweep the link settings).
pub struct ScoredPile {
    pub articles: Vec<PileArticle>,
    /// The pile's clusterer, holding every article.
    pub stories: Pile,
    scored: Vec<usize>,
    truth: Vec<usize>,
}

impl ScoredPile {
    pub fn new(clusters: &[Cluster], seed: u64) -> Self {
        let articles = shuffled_pile(clusters, seed);
        // Texts found in two true clusters have no true story (as in eval-stories).
        let scored = scored_articles(&articles);
        let truth = scored.iter().map(|&i| articles[i].cluster).collect();
        let mut stories = Pile::with_settings(Settings::default());
        stories.add(articles.iter().map(|a| (a.id.clone(), a.article.clone())).collect());
        ScoredPile { articles, stories, scored, truth }
    }

    /// B³ F1 of the pile's stories at `settings`.
    pub fn f1(&self, settings: &Settings) -> f64 {
        let a = self.stories.assignments_with(settings);
        b_cubed(&self.truth, &self.scored.iter().map(|&i| a[i]).collect::<Vec<_>>()).f1
    }
}

/// Which articles are scored: texts that occur in more than one true cluster
/// (notices, widgets) have no true story and are left out.
struct Scoring {
    truth: Vec<usize>,
    repeated: Vec<bool>,
}

impl Scoring {
    fn new(pile: &[PileArticle]) -> Self {
        let mut clusters_of: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
        for a in pile {
            clusters_of.entry(a.article.text.trim()).or_default().push(a.cluster);
        }
        let repeated = pile
            .iter()
            .map(|a| {
                let c = &clusters_of[a.article.text.trim()];
                c.iter().any(|&x| x != c[0])
            })
            .collect();
        Scoring { truth: pile.iter().map(|a| a.cluster).collect(), repeated }
    }

    fn pairs(&self, predicted: &[Option<usize>]) -> (Vec<usize>, Vec<Option<usize>>) {
        let keep = |i: &usize| !self.repeated[*i];
        let idx: Vec<usize> = (0..predicted.len()).filter(keep).collect();
        (idx.iter().map(|&i| self.truth[i]).collect(), idx.iter().map(|&i| predicted[i]).collect())
    }

    fn b_cubed(&self, predicted: &[Option<usize>]) -> BCubed {
        let (t, p) = self.pairs(predicted);
        b_cubed(&t, &p)
    }
}

/// One point of a sweep: link settings and the B³ they reach.
#[derive(Debug, Clone, Serialize)]
pub struct SweepPoint {
    pub title_weight: f32,
    pub names_weight: f32,
    pub threshold: f32,
    pub b_cubed: BCubed,
}

/// Score a grid of link settings on the pile (evidence and `adapt` as in
/// `base`; the threshold varied is the one before it adapts): the
/// pile's pairs are found once, only the merging is redone. Weights whose
/// evidence no article carries (titles and names of lower-cased text) are
/// not varied. Returns every point, best F1 first.
pub fn sweep(pile: &[PileArticle], base: &Settings) -> Vec<SweepPoint> {
    let mut p = Pile::with_settings(*base);
    p.add(pile.iter().map(|a| (a.id.clone(), a.article.clone())).collect());
    let scoring = Scoring::new(pile);
    let has_title = base.evidence.title && p.pairs().iter().any(|x| x.evidence.title.is_some());
    let has_names = base.evidence.names && p.pairs().iter().any(|x| x.evidence.names.is_some());
    let weights = [0.0f32, 0.25, 0.5, 1.0, 2.0];
    let titles: &[f32] = if has_title { &weights } else { &[0.0] };
    let names: &[f32] = if has_names { &weights } else { &[0.0] };
    let mut grid = Vec::new();
    for &t in titles {
        for &n in names {
            for k in 2..=50 {
                grid.push(Settings { title_weight: t, names_weight: n, threshold: k as f32 / 100.0, ..*base });
            }
        }
    }
    let mut points: Vec<SweepPoint> = grid
        .par_iter()
        .map(|s| SweepPoint {
            title_weight: s.title_weight,
            names_weight: s.names_weight,
            threshold: s.threshold,
            b_cubed: scoring.b_cubed(&p.assignments_with(s)),
        })
        .collect();
    points.sort_by(|a, b| b.b_cubed.f1.total_cmp(&a.b_cubed.f1));
    points
}

/// The stories of the pile fed in `chunks` batches, and the threshold they were cut at.
fn cluster_in_chunks(pile: &[PileArticle], chunks: usize, settings: &Settings) -> (Vec<Option<usize>>, f32) {
    let mut p = Pile::with_settings(*settings);
    let size = pile.len().div_ceil(chunks.max(1)).max(1);
    for chunk in pile.chunks(size) {
        p.add(chunk.iter().map(|a| (a.id.clone(), a.article.clone())).collect());
    }
    (p.assignments(), p.threshold_with(settings))
}

fn singleton_labels(predicted: &[Option<usize>]) -> Vec<usize> {
    let offset = predicted.iter().flatten().max().map_or(0, |m| m + 1);
    predicted.iter().enumerate().map(|(i, p)| p.unwrap_or(offset + i)).collect()
}

/// Mean ROUGE F1 × 100 of summaries of the predicted stories,
/// each true cluster scored through the story holding most of its articles,
/// next to summarizing the true clusters directly.
#[derive(Debug, Serialize)]
pub struct DigestReport {
    pub clusters: usize,
    pub digest_rouge1: f64,
    pub digest_rouge2: f64,
    pub direct_rouge1: f64,
    pub direct_rouge2: f64,
}

pub fn evaluate_digest(
    clusters: &[Cluster],
    pile: &[PileArticle],
    predicted: &[Option<usize>],
    options: &Options,
) -> DigestReport {
    let mut story_members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (i, p) in predicted.iter().enumerate() {
        if let Some(s) = p {
            story_members.entry(*s).or_default().push(i);
        }
    }
    let mut by_cluster: Vec<FxHashMap<usize, usize>> = vec![FxHashMap::default(); clusters.len()];
    for (a, p) in pile.iter().zip(predicted) {
        if let Some(s) = p {
            *by_cluster[a.cluster].entry(*s).or_default() += 1;
        }
    }
    let scores: Vec<Option<([f64; 2], [f64; 2])>> = clusters
        .par_iter()
        .enumerate()
        .map_init(
            || Scorer::new(true),
            |scorer, (c, cluster)| {
                let reference = reference_lines(cluster.reference.as_deref()?);
                let direct = summarize(cluster, options).ok()?;
                let d = scorer.score(&reference, &direct.summary);
                // The story holding most of this cluster's articles; none → an empty digest.
                let story = by_cluster[c].iter().max_by_key(|&(s, n)| (*n, std::cmp::Reverse(*s))).map(|(s, _)| *s);
                let g = match story {
                    Some(s) => {
                        let members = &story_members[&s];
                        let articles = members.iter().map(|&i| pile[i].article.clone()).collect();
                        let story_cluster = Cluster { id: format!("story-{s}"), articles, reference: None };
                        let summary = summarize(&story_cluster, options).ok()?;
                        scorer.score(&reference, &summary.summary)
                    }
                    None => scorer.score(&reference, ""),
                };
                Some(([g.rouge1.fmeasure, g.rouge2.fmeasure], [d.rouge1.fmeasure, d.rouge2.fmeasure]))
            },
        )
        .collect();
    let scored: Vec<_> = scores.into_iter().flatten().collect();
    let n = scored.len().max(1) as f64;
    // (digest, direct) of one cluster.
    type Pair = ([f64; 2], [f64; 2]);
    let mean = |f: &dyn Fn(&Pair) -> f64| 100.0 * scored.iter().map(f).sum::<f64>() / n;
    DigestReport {
        clusters: scored.len(),
        digest_rouge1: mean(&|s| s.0[0]),
        digest_rouge2: mean(&|s| s.0[1]),
        direct_rouge1: mean(&|s| s.1[0]),
        direct_rouge2: mean(&|s| s.1[1]),
    }
}

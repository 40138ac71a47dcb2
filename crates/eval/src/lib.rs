//! eval: summarize clusters that carry a reference summary and score them
//! with ROUGE, in parallel, the way the field reports it (mean F1 × 100).

pub mod reading;
pub mod stories;
pub mod train;

use std::time::Instant;

use chorus_core::pipeline::{summarize, Options};
use chorus_core::{segment, Cluster, Summary};
use chorus_rouge::{RougeScores, Scorer};
use rayon::prelude::*;
use serde::Serialize;

/// The per-cluster outcome, kept with `--out`.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterResult {
    pub line: usize,
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scores: Option<RougeScores>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Mean F1 × 100 of each ROUGE type.
#[derive(Debug, Clone, Copy, Default, Serialize, PartialEq)]
pub struct MeanF1 {
    pub rouge1: f64,
    pub rouge2: f64,
    #[serde(rename = "rougeL")]
    pub rouge_l: f64,
    #[serde(rename = "rougeLsum")]
    pub rouge_lsum: f64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub method: String,
    pub clusters: usize,
    pub scored: usize,
    pub missing_reference: usize,
    pub failed: usize,
    pub mean_f1: MeanF1,
    pub mean_words: f64,
    pub seconds: f64,
    pub clusters_per_second: f64,
}

/// A reference prepared for ROUGE-Lsum: a leading "– " removed (older
/// Multi-News releases start summaries with it) and one sentence per line,
/// split with Chorus's own splitter.
pub fn reference_lines(reference: &str) -> String {
    let text = reference.trim_start().trim_start_matches(['–', '-', '—']).trim_start();
    segment::split(text).into_iter().map(|r| text[r].replace(['\n', '\r'], " ")).collect::<Vec<_>>().join("\n")
}

/// Score one summary against a reference.
pub fn score_summary(scorer: &mut Scorer, summary: &Summary, reference: &str) -> RougeScores {
    scorer.score(&reference_lines(reference), &summary.summary)
}

/// Summarize and score a batch of numbered clusters in parallel; results keep input order.
pub fn evaluate_batch(batch: Vec<(usize, chorus_core::Result<Cluster>)>, options: &Options) -> Vec<ClusterResult> {
    evaluate_batch_with(batch, |cluster| summarize(cluster, options))
}

/// As [`evaluate_batch`], with any way of summarizing a cluster (e.g. a model
/// being trained).
pub fn evaluate_batch_with(
    batch: Vec<(usize, chorus_core::Result<Cluster>)>,
    summarize: impl Fn(&Cluster) -> chorus_core::Result<Summary> + Sync,
) -> Vec<ClusterResult> {
    batch
        .into_par_iter()
        .map_init(
            || Scorer::new(true),
            |scorer, (line, cluster)| {
                let mut result =
                    ClusterResult { line, id: String::new(), summary: None, scores: None, warning: None, error: None };
                let cluster = match cluster {
                    Ok(c) => c,
                    Err(e) => {
                        result.id = e.record_id().unwrap_or_default().to_string();
                        result.error = Some(e.to_string());
                        return result;
                    }
                };
                result.id = cluster.id.clone();
                // A panic on one cluster is that cluster's error; the batch goes on.
                match chorus_core::isolate(&cluster.id, || summarize(&cluster)) {
                    Ok(summary) => {
                        match cluster.reference.as_deref().filter(|r| !r.trim().is_empty()) {
                            Some(reference) => result.scores = Some(score_summary(scorer, &summary, reference)),
                            None => result.warning = Some("no reference summary: not scored".into()),
                        }
                        result.summary = Some(summary.summary);
                    }
                    Err(e) => result.error = Some(e.to_string()),
                }
                result
            },
        )
        .collect()
}

/// Accumulates results into a report.
pub struct Tally {
    started: Instant,
    report: Report,
    sums: [f64; 4],
    words: usize,
}

impl Tally {
    pub fn new(method: &str) -> Self {
        Tally {
            started: Instant::now(),
            report: Report { method: method.to_string(), ..Report::default() },
            sums: [0.0; 4],
            words: 0,
        }
    }

    pub fn add(&mut self, result: &ClusterResult) {
        let r = &mut self.report;
        r.clusters += 1;
        if result.error.is_some() {
            r.failed += 1;
        } else if let Some(s) = &result.scores {
            r.scored += 1;
            for (sum, score) in self.sums.iter_mut().zip([s.rouge1, s.rouge2, s.rouge_l, s.rouge_lsum]) {
                *sum += score.fmeasure;
            }
            self.words += result.summary.as_deref().map_or(0, |t| t.split_whitespace().count());
        } else {
            r.missing_reference += 1;
        }
    }

    pub fn finish(mut self) -> Report {
        let n = self.report.scored.max(1) as f64;
        let [r1, r2, rl, rlsum] = self.sums.map(|s| 100.0 * s / n);
        self.report.mean_f1 = MeanF1 { rouge1: r1, rouge2: r2, rouge_l: rl, rouge_lsum: rlsum };
        self.report.mean_words = self.words as f64 / n;
        self.report.seconds = self.started.elapsed().as_secs_f64();
        self.report.clusters_per_second = self.report.clusters as f64 / self.report.seconds.max(1e-9);
        self.report
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chorus_core::Article;

    #[test]
    fn reference_is_split_one_sentence_per_line() {
        assert_eq!(reference_lines("– Sen. Smith spoke. He left."), "Sen. Smith spoke.\nHe left.");
    }

    #[test]
    fn missing_reference_is_counted_not_scored() {
        let c = Cluster {
            id: "a".into(),
            articles: vec![Article::from_text("The senate passed the long awaited budget bill on Tuesday night.")],
            reference: None,
        };
        let results = evaluate_batch(vec![(1, Ok(c))], &Options::default());
        let mut tally = Tally::new("x");
        tally.add(&results[0]);
        let report = tally.finish();
        assert_eq!((report.clusters, report.scored, report.missing_reference), (1, 0, 1));
    }
}

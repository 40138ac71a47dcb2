//! features: what the learned scorer knows about each sentence.
//!
//! One place computes the features, for training (`chorus train model`) and
//! for summarizing alike, so the two can never drift apart. Features are
//! plain numbers; their names travel with the model file.

use crate::pipeline::Prepared;
use crate::represent::{dot, sparse_unit};

/// Words that open a sentence leaning on an earlier one.
const DANGLING_OPENERS: &[&str] = &[
    "he", "she", "it", "they", "this", "that", "these", "but", "and", "also", "however", "his", "her", "their", "its",
    "so", "then",
];

/// Words that attribute a statement to a speaker.
const ATTRIBUTION: &[&str] = &["said", "says", "told", "according", "reported", "reports", "tweeted", "wrote"];

/// Position buckets: 0, 1, 2, 3, 4, 5–7, 8–11, 12+.
const POSITION_BUCKETS: &[usize] = &[1, 2, 3, 4, 5, 8, 12];
/// Length buckets in words: <10, 10–14, 15–24, 25–39, 40+.
const LENGTH_BUCKETS: &[usize] = &[10, 15, 25, 40];

pub fn names() -> Vec<String> {
    let mut n: Vec<String> = vec!["bias".into()];
    n.extend((0..=POSITION_BUCKETS.len()).map(|b| format!("position_{b}")));
    n.extend((0..=LENGTH_BUCKETS.len()).map(|b| format!("length_{b}")));
    n.extend((0..4).map(|d| format!("article_{d}")));
    n.extend(
        [
            "relative_position",
            "centroid",
            "centroid_sq",
            "support_mean",
            "support_share",
            "support_max",
            "lead_similarity",
            "mean_idf",
            "quote",
            "digit",
            "dangling_opener",
            "question",
            "article_words_log",
            "article_short",
            "article_boilerplate",
            "cluster_articles",
            "similar_to_own_lead",
            "article_centrality",
            "words_scaled",
            "straight_quote_odd",
            "attribution",
            "position",
            "article_index",
        ]
        .map(String::from),
    );
    n
}

fn bucket(value: usize, bounds: &[usize]) -> usize {
    bounds.iter().position(|&b| value < b).unwrap_or(bounds.len())
}

/// Feature rows for the given sentences (indices into `prepared.sentences`).
pub fn extract(prepared: &Prepared, candidates: &[usize]) -> Vec<Vec<f32>> {
    extract_with_similarity(prepared, candidates, &prepared.rep.pairwise(candidates))
}

/// As [`extract`], reusing the candidates' pairwise cosines (`Represented::pairwise`).
pub fn extract_with_similarity(prepared: &Prepared, candidates: &[usize], sim: &[f32]) -> Vec<Vec<f32>> {
    let n = candidates.len();
    let docs = prepared.doc_sentences.len();
    let rep = &prepared.rep;
    // Compare against the candidates only: they are capped, so this stays
    // quadratic in a bounded number even for a 50 MB article.
    let all = candidates;
    let centre = rep.centroid(all.iter().copied());
    // First body sentence of each article, and per-article statistics.
    let mut leads = vec![None; docs];
    let mut doc_words = vec![0usize; docs];
    let mut doc_boiler = vec![0usize; docs];
    for (i, s) in prepared.sentences.iter().enumerate() {
        if s.position == 0 {
            leads[s.doc] = Some(i);
        }
        doc_words[s.doc] += s.words;
        doc_boiler[s.doc] += s.boilerplate as usize;
    }
    // How central each article is: its own centroid against the others'.
    let total = rep.dense_sum(all.iter().copied());
    let centrality: Vec<f32> = (0..docs)
        .map(|d| {
            let own_dense = rep.dense_sum(all.iter().copied().filter(|&i| prepared.sentences[i].doc == d));
            let rest: Vec<f32> = total.iter().zip(&own_dense).map(|(t, o)| t - o).collect();
            dot(&sparse_unit(&own_dense), &sparse_unit(&rest))
        })
        .collect();
    let width = names().len();
    candidates
        .iter()
        .enumerate()
        .map(|(a, &i)| {
            let s = &prepared.sentences[i];
            let mut row = vec![0.0f32; width];
            let mut k = 0;
            let mut put = |v: f32| {
                row[k] = v;
                k += 1;
            };
            put(1.0);
            let pb = bucket(s.position, POSITION_BUCKETS);
            (0..=POSITION_BUCKETS.len()).for_each(|b| put((b == pb) as u8 as f32));
            let lb = bucket(s.words, LENGTH_BUCKETS);
            (0..=LENGTH_BUCKETS.len()).for_each(|b| put((b == lb) as u8 as f32));
            (0..4).for_each(|d| put((s.doc.min(3) == d) as u8 as f32));
            let n_doc = prepared.doc_sentences[s.doc].max(1) as f32;
            put(s.position as f32 / n_doc);
            let c = dot(&rep.vectors[i], &centre);
            put(c);
            put(c * c);
            // Cross-article support: how closely each other article repeats this sentence.
            let mut best = vec![0.0f32; docs];
            for (b, &j) in all.iter().enumerate() {
                let d = prepared.sentences[j].doc;
                if d != s.doc {
                    best[d] = best[d].max(sim[a * n + b]);
                }
            }
            let others = docs.saturating_sub(1).max(1) as f32;
            put(best.iter().sum::<f32>() / others);
            put(best.iter().filter(|&&b| b >= 0.3).count() as f32 / others);
            put(best.iter().copied().fold(0.0, f32::max));
            let lead_sim: f32 = leads
                .iter()
                .enumerate()
                .filter(|&(d, _)| d != s.doc)
                .filter_map(|(_, l)| *l)
                .map(|l| rep.cosine(i, l))
                .fold(0.0, f32::max);
            put(lead_sim);
            let terms = &rep.terms[i];
            put(if terms.is_empty() {
                0.0
            } else {
                terms.iter().map(|&t| rep.idf[t as usize]).sum::<f32>() / terms.len() as f32 / 10.0
            });
            let raw = prepared.raw(i);
            put(raw.contains(['"', '“', '”']) as u8 as f32);
            put(raw.chars().any(|c| c.is_ascii_digit()) as u8 as f32);
            let first =
                raw.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            put(DANGLING_OPENERS.contains(&first.as_str()) as u8 as f32);
            put(raw.contains('?') as u8 as f32);
            put(((doc_words[s.doc] + 1) as f32).ln() / 10.0);
            put((doc_words[s.doc] < 40) as u8 as f32);
            put(doc_boiler[s.doc] as f32 / n_doc);
            put(docs as f32 / 10.0);
            put(leads[s.doc].map_or(0.0, |l| if l == i { 1.0 } else { rep.cosine(i, l) }));
            put(centrality[s.doc]);
            put(s.words as f32 / 50.0);
            put((raw.matches('"').count() % 2) as f32);
            let attributed = raw.split_whitespace().any(|x| {
                let w = x.trim_matches(|c: char| !c.is_alphanumeric());
                ATTRIBUTION.iter().any(|a| w.eq_ignore_ascii_case(a))
            });
            put(attributed as u8 as f32);
            put(s.position as f32);
            put(s.doc as f32);
            debug_assert_eq!(k, width);
            row
        })
        .collect()
}

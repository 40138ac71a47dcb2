//! ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum, bit-identical to Google's
//! `rouge-score` 0.1.2: same tokenizer (lower-case, non-alphanumerics to
//! spaces, NLTK Porter stems for tokens longer than 3 characters), same LCS
//! tie-breaking, and the same floating-point operations in the same order.

pub mod porter;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Score {
    pub precision: f64,
    pub recall: f64,
    pub fmeasure: f64,
}

impl Score {
    fn new(precision: f64, recall: f64) -> Self {
        // rouge-score: 2 * p * r / (p + r), evaluated left to right.
        let fmeasure = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Score { precision, recall, fmeasure }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct RougeScores {
    pub rouge1: Score,
    pub rouge2: Score,
    #[serde(rename = "rougeL")]
    pub rouge_l: Score,
    #[serde(rename = "rougeLsum")]
    pub rouge_lsum: Score,
}

/// Scores candidates against references. Stems are cached per scorer, so keep
/// one per thread for batch work.
#[derive(Debug, Default)]
pub struct Scorer {
    stem: bool,
    stems: HashMap<String, u32>,
    ids: HashMap<String, u32>,
}

impl Scorer {
    pub fn new(use_stemmer: bool) -> Self {
        Scorer { stem: use_stemmer, ..Scorer::default() }
    }

    /// rouge-score's tokens for `text` (stemmed if the scorer stems).
    pub fn tokenize(&self, text: &str) -> Vec<String> {
        raw_tokens(text).map(|t| if self.stem && t.len() > 3 { porter::stem(&t) } else { t }).collect()
    }

    /// Tokens as ids; equal ids mean equal tokens within this scorer.
    pub fn token_ids(&mut self, text: &str) -> Vec<u32> {
        raw_tokens(text)
            .map(|t| {
                if self.stem && t.len() > 3 {
                    porter_cached(&mut self.stems, &mut self.ids, &t)
                } else {
                    intern(&mut self.ids, t)
                }
            })
            .collect()
    }

    pub fn score(&mut self, reference: &str, candidate: &str) -> RougeScores {
        // Tokens never span a newline, so the whole text's tokens are its
        // lines' tokens in order: tokenise once.
        let r_sents: Vec<Vec<u32>> = lines(reference).map(|s| self.token_ids(s)).collect();
        let c_sents: Vec<Vec<u32>> = lines(candidate).map(|s| self.token_ids(s)).collect();
        let r: Vec<u32> = r_sents.concat();
        let c: Vec<u32> = c_sents.concat();
        RougeScores {
            rouge1: ngram_score(&r, &c, 1),
            rouge2: ngram_score(&r, &c, 2),
            rouge_l: lcs_score(&r, &c),
            rouge_lsum: summary_lcs_score(&r_sents, &c_sents),
        }
    }
}

/// Split on "\n" and drop empty pieces, as rouge-score does for ROUGE-Lsum.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').filter(|s| !s.is_empty())
}

/// Lower-cased runs of [a-z0-9]: Python's `str.lower()` then `[^a-z0-9]+` → space.
fn raw_tokens(text: &str) -> impl Iterator<Item = String> + '_ {
    // ASCII lower-cases byte for byte; anything else takes Unicode's full
    // lower-casing, as Python's str.lower() does.
    let lower = if text.is_ascii() { text.to_ascii_lowercase() } else { text.to_lowercase() };
    let tokens: Vec<String> = lower
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    tokens.into_iter()
}

fn intern(ids: &mut HashMap<String, u32>, token: String) -> u32 {
    let next = ids.len() as u32;
    *ids.entry(token).or_insert(next)
}

fn porter_cached(stems: &mut HashMap<String, u32>, ids: &mut HashMap<String, u32>, word: &str) -> u32 {
    if let Some(&id) = stems.get(word) {
        return id;
    }
    let id = intern(ids, porter::stem(word));
    stems.insert(word.to_string(), id);
    id
}

/// The n-grams of a token sequence, sorted, so counts compare by merging.
fn sorted_ngrams(tokens: &[u32], n: usize) -> Vec<&[u32]> {
    let mut grams: Vec<&[u32]> = if tokens.len() >= n { tokens.windows(n).collect() } else { Vec::new() };
    grams.sort_unstable();
    grams
}

/// ROUGE-N between token id sequences from one scorer: clipped n-gram
/// overlap over the n-gram totals, as rouge-score counts them.
pub fn ngram_score(reference: &[u32], candidate: &[u32], n: usize) -> Score {
    let r = sorted_ngrams(reference, n);
    let c = sorted_ngrams(candidate, n);
    // Merging two sorted lists counts min(count_r, count_c) for each n-gram.
    let (mut i, mut j, mut overlap) = (0, 0, 0usize);
    while i < r.len() && j < c.len() {
        match r[i].cmp(c[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                overlap += 1;
                i += 1;
                j += 1;
            }
        }
    }
    Score::new(overlap as f64 / c.len().max(1) as f64, overlap as f64 / r.len().max(1) as f64)
}

fn lcs_length(a: &[u32], b: &[u32]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    let mut row = vec![0usize; b.len() + 1];
    for &x in a {
        for (j, &y) in b.iter().enumerate() {
            row[j + 1] = if x == y { prev[j] + 1 } else { prev[j + 1].max(row[j]) };
        }
        std::mem::swap(&mut prev, &mut row);
    }
    prev[b.len()]
}

fn lcs_score(reference: &[u32], candidate: &[u32]) -> Score {
    if reference.is_empty() || candidate.is_empty() {
        return Score::default();
    }
    let lcs = lcs_length(reference, candidate) as f64;
    Score::new(lcs / candidate.len() as f64, lcs / reference.len() as f64)
}

/// Indices into `reference` of one LCS with `candidate`, found by
/// rouge-score's `_backtrack_norec` (its tie-breaking decides which LCS).
fn lcs_indices(reference: &[u32], candidate: &[u32], out: &mut Vec<usize>) {
    let cols = candidate.len() + 1;
    let mut t = vec![0u32; (reference.len() + 1) * cols];
    for i in 1..=reference.len() {
        for j in 1..=candidate.len() {
            t[i * cols + j] = if reference[i - 1] == candidate[j - 1] {
                t[(i - 1) * cols + j - 1] + 1
            } else {
                t[(i - 1) * cols + j].max(t[i * cols + j - 1])
            };
        }
    }
    let (mut i, mut j) = (reference.len(), candidate.len());
    while i > 0 && j > 0 {
        if reference[i - 1] == candidate[j - 1] {
            out.push(i - 1);
            i -= 1;
            j -= 1;
        } else if t[i * cols + j - 1] > t[(i - 1) * cols + j] {
            j -= 1;
        } else {
            i -= 1;
        }
    }
}

fn summary_lcs_score(references: &[Vec<u32>], candidates: &[Vec<u32>]) -> Score {
    if references.is_empty() || candidates.is_empty() {
        return Score::default();
    }
    let m: usize = references.iter().map(Vec::len).sum();
    let n: usize = candidates.iter().map(Vec::len).sum();
    if m == 0 || n == 0 {
        return Score::default();
    }
    let mut r_counts: HashMap<u32, i64> = HashMap::new();
    let mut c_counts: HashMap<u32, i64> = HashMap::new();
    references.iter().flatten().for_each(|&t| *r_counts.entry(t).or_default() += 1);
    candidates.iter().flatten().for_each(|&t| *c_counts.entry(t).or_default() += 1);
    let mut hits = 0usize;
    let mut union: Vec<usize> = Vec::new();
    for r in references {
        union.clear();
        for c in candidates {
            lcs_indices(r, c, &mut union);
        }
        union.sort_unstable();
        union.dedup();
        for &i in &union {
            let t = r[i];
            let (rc, cc) = (r_counts.entry(t).or_default(), c_counts.get(&t).copied().unwrap_or(0));
            if cc > 0 && *rc > 0 {
                hits += 1;
                *rc -= 1;
                *c_counts.get_mut(&t).expect("present when positive") -= 1;
            }
        }
    }
    Score::new(hits as f64 / n as f64, hits as f64 / m as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokenizer_matches_rouge_score() {
        let s = Scorer::new(true);
        assert_eq!(s.tokenize("The Senators' meetings, in 2016!"), vec!["the", "senat", "meet", "in", "2016"]);
        assert_eq!(Scorer::new(false).tokenize("Café naïve"), vec!["caf", "na", "ve"]);
    }

    #[test]
    fn identical_texts_score_one() {
        let mut s = Scorer::new(true);
        let r = s.score("the cat sat\non the mat", "the cat sat\non the mat");
        for x in [r.rouge1, r.rouge2, r.rouge_l, r.rouge_lsum] {
            assert_eq!(x.fmeasure, 1.0);
        }
    }

    #[test]
    fn empty_inputs_score_zero() {
        let mut s = Scorer::new(true);
        assert_eq!(s.score("", "a b"), RougeScores::default());
        assert_eq!(s.score("!!!", "a b").rouge_l, Score::default());
    }
}

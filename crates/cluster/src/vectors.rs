//! Article vectors for clustering: the article's strongest TF-IDF terms.

use chorus_core::represent::{Analyzer, BackgroundIdf};
use rustc_hash::FxHashMap;

/// Interned stems shared by all articles of a pile.
#[derive(Default)]
pub struct Vocabulary {
    ids: FxHashMap<String, u32>,
    pub stems: Vec<String>,
}

impl Vocabulary {
    pub fn id(&mut self, stem: String) -> u32 {
        let next = self.ids.len() as u32;
        *self.ids.entry(stem).or_insert_with_key(|s| {
            self.stems.push(s.clone());
            next
        })
    }

    pub fn get(&self, stem: &str) -> Option<u32> {
        self.ids.get(stem).copied()
    }
}

/// (term id, weight), sorted by term id, L2-normalised.
pub type TermVector = Vec<(u32, f32)>;

/// The `terms` strongest stems of an article with their weights: (1 + ln tf) · idf, strongest first.
pub fn weighted_stems(analyzer: &Analyzer, text: &str, terms: usize) -> Vec<(String, f32)> {
    let mut tf: FxHashMap<String, u32> = FxHashMap::default();
    analyzer.for_each_term(text, |stem| {
        if stem.chars().count() > 1 && !stem.chars().all(|c| c.is_ascii_digit()) {
            // A String only for a stem's first occurrence.
            match tf.get_mut(stem) {
                Some(n) => *n += 1,
                None => {
                    tf.insert(stem.to_string(), 1);
                }
            }
        }
    });
    let idf = BackgroundIdf::global();
    let mut weighted: Vec<(String, f32)> = tf
        .into_iter()
        .map(|(s, n)| {
            let w = (1.0 + (n as f32).ln()) * idf.idf(&s);
            (s, w)
        })
        .collect();
    strongest_first(&mut weighted, terms);
    weighted
}

/// Keep the `keep` heaviest (term, weight) pairs, heaviest first, ties by
/// term. Terms are distinct, so the order is total and choosing the kept
/// ones before sorting them gives what sorting all and cutting gave.
pub fn strongest_first(weighted: &mut Vec<(String, f32)>, keep: usize) {
    let order = |a: &(String, f32), b: &(String, f32)| b.1.total_cmp(&a.1).then_with(|| a.0.cmp(&b.0));
    if keep == 0 {
        weighted.clear();
        return;
    }
    if weighted.len() > keep {
        weighted.select_nth_unstable_by(keep - 1, order);
        weighted.truncate(keep);
    }
    weighted.sort_unstable_by(order);
}

/// Turn weighted stems into a normalised vector over `vocabulary`.
pub fn to_vector(vocabulary: &mut Vocabulary, weighted: &[(String, f32)]) -> TermVector {
    let mut v: TermVector = weighted.iter().map(|(s, w)| (vocabulary.id(s.clone()), *w)).collect();
    v.sort_unstable_by_key(|&(t, _)| t);
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    v
}

/// Both vectors are normalised, so their dot product is the cosine.
pub fn cosine(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

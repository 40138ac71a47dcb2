//! cite: find every article that carries a summary sentence's content.
//!
//! A sentence cites its own article first; another article is cited through
//! its best matching sentence when that sentence carries the same content:
//! it holds most of the summary sentence's weighted terms (CITE_CONTAINMENT;
//! terms weighted by IDF and by how specific they are within the cluster, so
//! the story's ubiquitous names count little), shares a two-term phrase with
//! it, and is similar overall (CITE_COSINE). Offsets are the cited
//! sentence's exact byte range in that article.

use crate::prepared::Prepared;
use crate::summary::Citation;

/// Share of the summary sentence's weighted terms the cited sentence must hold.
pub const CITE_CONTAINMENT: f32 = 0.65;
/// And the least TF-IDF cosine between the two.
pub const CITE_COSINE: f32 = 0.35;

/// Does sentence `j` carry the content of sentence `i`? Returns its strength.
pub fn carries(prepared: &Prepared, i: usize, j: usize) -> Option<f32> {
    carries_with_cosine(prepared, i, j, prepared.rep.cosine(i, j))
}

/// [`carries`] with the pair's cosine already known: it is symmetric, so a
/// caller testing both directions computes it once.
pub fn carries_with_cosine(prepared: &Prepared, i: usize, j: usize, cos: f32) -> Option<f32> {
    if cos < CITE_COSINE {
        return None;
    }
    let held = prepared.rep.specific_containment(i, j);
    (held >= CITE_CONTAINMENT && prepared.rep.share_bigram(i, j)).then_some(held + cos)
}

pub fn citations(prepared: &Prepared, chosen: &[usize]) -> Vec<Vec<Citation>> {
    let docs = prepared.doc_sentences.len();
    chosen
        .iter()
        .map(|&i| {
            let own = &prepared.sentences[i];
            let mut best: Vec<Option<(f32, usize)>> = vec![None; docs];
            for (j, s) in prepared.sentences.iter().enumerate() {
                if s.doc == own.doc || s.boilerplate {
                    continue;
                }
                if let Some(sim) = carries(prepared, i, j) {
                    if best[s.doc].is_none_or(|(b, _)| sim > b) {
                        best[s.doc] = Some((sim, j));
                    }
                }
            }
            std::iter::once(i)
                .chain(best.into_iter().flatten().map(|(_, j)| j))
                .map(|j| {
                    let s = &prepared.sentences[j];
                    Citation { doc: s.doc, start: s.start, end: s.end }
                })
                .collect()
        })
        .collect()
}

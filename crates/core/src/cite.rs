//! cite: find every article that carries a summary sentence's content.
//!
//! A sentence cites its own article first; another article is cited through
//! its most similar sentence when that sentence is a near duplicate (TF-IDF
//! cosine at or above CITE_COSINE). Offsets are the cited sentence's exact
//! byte range in that article.

use crate::pipeline::Prepared;
use crate::summary::Citation;

/// Sentences at least this similar carry the same content.
pub const CITE_COSINE: f32 = 0.45;

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
                let sim = prepared.rep.cosine(i, j);
                if sim >= CITE_COSINE && best[s.doc].is_none_or(|(b, _)| sim > b) {
                    best[s.doc] = Some((sim, j));
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

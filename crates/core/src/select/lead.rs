//! lead: first sentences of every article, then second sentences, and so on.

use super::{greedy, pool, Budget, Method};
use crate::prepared::Prepared;

pub struct Lead;

impl Method for Lead {
    fn name(&self) -> &'static str {
        "lead"
    }

    fn select(&self, prepared: &Prepared, budget: Budget) -> Vec<usize> {
        let docs = prepared.doc_sentences.len() as f32;
        greedy(prepared, &pool(prepared), budget, |_, c| {
            let s = &prepared.sentences[c];
            -(s.position as f32 * docs + s.doc as f32)
        })
    }
}

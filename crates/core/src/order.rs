//! order: put chosen sentences in story order for a reader.
//!
//! News articles tell a story top-down, so a sentence's relative position in
//! its article is a good proxy for where it belongs in the story: leads first,
//! background later. Ties keep the articles' order.

use crate::pipeline::Prepared;

pub fn story_order(prepared: &Prepared, chosen: &mut [usize]) {
    let place = |i: usize| {
        let s = &prepared.sentences[i];
        let len = prepared.doc_sentences[s.doc].max(1) as f64;
        (s.position as f64 / len, s.doc, s.position)
    };
    chosen.sort_by(|&a, &b| place(a).partial_cmp(&place(b)).unwrap_or(std::cmp::Ordering::Equal));
}

//! order: put chosen sentences in story order for a reader.
//!
//! News articles tell a story top-down, so a sentence's relative position in
//! its article is a good proxy for where it belongs in the story: leads first,
//! background later. Ties keep the articles' order. A summary never opens on
//! a sentence that leans on one before it ("But …", "He …") when another
//! chosen sentence can open it.

use crate::features::opens_dangling;
use crate::prepared::Prepared;

pub fn story_order(prepared: &Prepared, chosen: &mut [usize]) {
    let place = |i: usize| {
        let s = &prepared.sentences[i];
        let len = prepared.doc_sentences[s.doc].max(1) as f64;
        (s.position as f64 / len, s.doc, s.position)
    };
    chosen.sort_by(|&a, &b| place(a).partial_cmp(&place(b)).unwrap_or(std::cmp::Ordering::Equal));
    if let Some(opener) = chosen.iter().position(|&i| !opens_dangling(prepared.raw(i))) {
        chosen[..=opener].rotate_right(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Cluster};

    #[test]
    fn the_summary_opens_on_a_sentence_that_stands_alone() {
        let text = "The senate passed the budget bill on Tuesday after a long debate. \
                    But critics said the cuts go too far for schools. \
                    Schools will lose funding next year under the plan.";
        let c = Cluster { id: "t".into(), articles: vec![Article::from_text(text)], reference: None };
        let p = Prepared::new(&c);
        let mut chosen = vec![2, 1];
        story_order(&p, &mut chosen);
        assert_eq!(chosen, vec![2, 1], "the 'But' sentence comes second");
        let mut chosen = vec![2, 1, 0];
        story_order(&p, &mut chosen);
        assert_eq!(chosen, vec![0, 1, 2], "story order when the first stands alone");
    }
}

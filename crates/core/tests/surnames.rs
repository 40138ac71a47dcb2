//! A speaker named by surname alone ("“I flew into the house,” Lyons said.")
//! comes after the sentence of its article that names them in full, when a
//! method could choose that sentence: a reader meets Karen Lyons before
//! Lyons. Checked on full-length clusters of ../shared (before this rule, 76
//! of the 175 surname speakers in the 250 default summaries were never named
//! in full before them).

mod common;

use chorus_core::pipeline::Prepared;
use chorus_core::select::{method_names, pool};
use chorus_core::{summarize, Budget, Options};

#[test]
fn a_surname_speaker_follows_the_sentence_that_names_them_in_full() {
    let clusters = common::full_length_clusters(60);
    let mut introduced = 0;
    for cluster in &clusters {
        let prepared = Prepared::new(cluster);
        let pool = pool(&prepared);
        for method in method_names() {
            for budget in [Budget::Auto, Budget::Words(120)] {
                let summary = summarize(cluster, &Options { method: method.into(), budget }).unwrap();
                let chosen = common::chosen(&prepared, &summary);
                for (k, &i) in chosen.iter().enumerate() {
                    let Some(j) = prepared.introduced_in(i).filter(|j| pool.contains(j)) else { continue };
                    introduced += 1;
                    assert!(
                        chosen[..k].contains(&j),
                        "{} {method} {budget:?}: '{}' is shown without '{}' before it:\n{}",
                        cluster.id,
                        summary.sentences[k].text,
                        prepared.raw(j),
                        summary.summary
                    );
                }
            }
        }
    }
    // The rule had something to act on.
    assert!(introduced > 20, "only {introduced} surname speakers shown with their introduction");
}

#[test]
fn the_introduction_is_the_first_sentence_that_names_the_speaker_in_full() {
    use chorus_core::{Article, Cluster};
    let text = "Karen Lyons was asleep when a car hit her house in Dover on Friday. \
                The driver, who was not hurt, stayed at the scene until police came. \
                Police arrived on Friday. Lyons said she would stay with her sister for now. \
                “I flew into the house,” Lyons said.";
    let cluster = Cluster { id: "t".into(), articles: vec![Article::from_text(text)], reference: None };
    let prepared = Prepared::new(&cluster);
    let said = prepared.sentences.len() - 1;
    assert_eq!(prepared.introduced_in(said), Some(0));
    // "… on Friday. Lyons said": the word before the surname in another sentence is no first name.
    let text = "Police arrived at the house on Friday. Lyons said she would stay with her sister for now. \
                “I flew into the house,” Lyons said.";
    let cluster = Cluster { id: "t".into(), articles: vec![Article::from_text(text)], reference: None };
    let prepared = Prepared::new(&cluster);
    assert_eq!(prepared.introduced_in(prepared.sentences.len() - 1), None);
}

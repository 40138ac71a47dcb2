//! A quotation of several sentences names its speaker once: a summary shows a
//! later sentence of it only right after the sentence before it in its
//! article, never alone, where it would read as the outlet's words or as the
//! words of whoever the summary named last. Checked on full-length clusters
//! of ../shared (before this rule, 71 of the 250 default summaries held such
//! a sentence adrift).

mod common;

use chorus_core::pipeline::Prepared;
use chorus_core::select::method_names;
use chorus_core::{summarize, Budget, Options};

#[test]
fn later_sentences_of_a_quotation_follow_the_sentence_before_them() {
    let clusters = common::full_length_clusters(40);
    let mut pieces = 0;
    for cluster in &clusters {
        let prepared = Prepared::new(cluster);
        pieces += prepared.sentences.iter().filter(|s| s.in_quote).count();
        for method in method_names() {
            for budget in [Budget::Auto, Budget::Words(120)] {
                let summary = summarize(cluster, &Options { method: method.into(), budget }).unwrap();
                let chosen = common::chosen(&prepared, &summary);
                for (k, &i) in chosen.iter().enumerate() {
                    if prepared.sentences[i].in_quote {
                        assert!(
                            k > 0 && prepared.sentences[i].position > 0 && chosen[k - 1] == i - 1,
                            "{} {method} {budget:?}: '{}' is shown without the sentence before it:\n{}",
                            cluster.id,
                            summary.sentences[k].text,
                            summary.summary
                        );
                    }
                }
            }
        }
    }
    // The rule had something to act on.
    assert!(pieces > 100, "only {pieces} later sentences of quotations in 40 full-length clusters");
}

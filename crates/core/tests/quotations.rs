//! A quotation of several sentences names its speaker once: a summary shows a
//! later sentence of it only right after the sentence before it in its
//! article, never alone, where it would read as the outlet's words or as the
//! words of whoever the summary named last. Checked on full-length clusters
//! of ../shared (before this rule, 71 of the 250 default summaries held such
//! a sentence adrift).

use std::io::BufReader;
use std::path::PathBuf;

use chorus_core::ingest::jsonl_clusters;
use chorus_core::pipeline::Prepared;
use chorus_core::select::method_names;
use chorus_core::{summarize, Budget, Options};

#[test]
fn later_sentences_of_a_quotation_follow_the_sentence_before_them() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/multinews-full/validation-250.jsonl");
    let file = BufReader::new(std::fs::File::open(&path).expect("../shared/data/multinews-full is readable"));
    let clusters: Vec<_> = jsonl_clusters(file, "validation-250").take(40).filter_map(|(_, c)| c.ok()).collect();
    let mut pieces = 0;
    for cluster in &clusters {
        let prepared = Prepared::new(cluster);
        pieces += prepared.sentences.iter().filter(|s| s.in_quote).count();
        for method in method_names() {
            for budget in [Budget::Auto, Budget::Words(120)] {
                let summary = summarize(cluster, &Options { method: method.into(), budget }).unwrap();
                let chosen: Vec<usize> = summary
                    .sentences
                    .iter()
                    .map(|s| {
                        let c = s.citations[0];
                        prepared
                            .sentences
                            .iter()
                            .position(|x| x.doc == c.doc && x.start == c.start)
                            .expect("a sentence")
                    })
                    .collect();
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

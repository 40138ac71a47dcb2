//! The sample cluster in ../shared/seeds: five outlets on Jeff Sessions'
//! recusal. Checks the invariants every method must keep.

mod common;

use std::path::PathBuf;

use chorus_core::ingest::read_cluster_from_paths;
use chorus_core::pipeline::{display_text, Prepared};
use chorus_core::select::method_names;
use chorus_core::{summarize, Budget, Cluster, Options, Summary};

fn seeds() -> Cluster {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    read_cluster_from_paths(&[dir]).expect("../shared/seeds is readable")
}

fn run(cluster: &Cluster, method: &str, words: usize) -> Summary {
    summarize(cluster, &Options { method: method.into(), budget: Budget::Words(words) }).unwrap()
}

fn words(s: &str) -> std::collections::HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() > 2).map(str::to_lowercase).collect()
}

#[test]
fn every_citation_is_exactly_a_sentence_of_its_article() {
    let cluster = seeds();
    let prepared = Prepared::new(&cluster);
    for method in method_names() {
        let summary = run(&cluster, method, 250);
        assert!(!summary.sentences.is_empty(), "{method}: empty summary");
        for s in &summary.sentences {
            let first = s.citations[0];
            let source = &cluster.articles[first.doc].text[first.start..first.end];
            assert_eq!(display_text(source), s.text, "{method}: first citation is not the sentence");
            for c in &s.citations {
                let is_sentence =
                    prepared.sentences.iter().any(|x| x.doc == c.doc && x.start == c.start && x.end == c.end);
                assert!(is_sentence, "{method}: citation {c:?} is not a sentence of article {}", c.doc);
            }
            let docs: Vec<usize> = s.citations.iter().map(|c| c.doc).collect();
            let mut unique = docs.clone();
            unique.dedup();
            assert_eq!(docs.len(), unique.len(), "{method}: an article cited twice for one sentence");
        }
    }
}

#[test]
fn stays_within_budget_without_boilerplate_or_repeats() {
    let cluster = seeds();
    for method in method_names() {
        for budget in [40, 120, 250] {
            let summary = run(&cluster, method, budget);
            let total: usize = summary.sentences.iter().map(|s| s.text.split_whitespace().count()).sum();
            assert!(total <= budget, "{method}: {total} words > {budget}");
            for furniture in ["WATCH:", "live stream", "With Reuters", "Lagniappe", "campaign. NBC News"] {
                assert!(!summary.summary.contains(furniture), "{method}: boilerplate '{furniture}' in summary");
            }
            for (i, a) in summary.sentences.iter().enumerate() {
                for b in &summary.sentences[i + 1..] {
                    let (wa, wb) = (words(&a.text), words(&b.text));
                    let jaccard = wa.intersection(&wb).count() as f32 / wa.union(&wb).count().max(1) as f32;
                    assert!(jaccard < 0.6, "{method}: near duplicates:\n{}\n{}", a.text, b.text);
                }
            }
        }
    }
}

#[test]
fn default_summary_covers_the_story() {
    let summary = run(&seeds(), chorus_core::select::DEFAULT_METHOD, 250);
    let text = summary.summary.to_lowercase();
    assert!(text.contains("recuse"), "no recusal:\n{text}");
    assert!(
        text.contains("kislyak") || text.contains("kislayk") || text.contains("russian ambassador"),
        "no Kislyak meetings:\n{text}"
    );
    assert!(
        text.contains("twice") || text.contains("two") || text.contains("september"),
        "no count of the meetings:\n{text}"
    );
    assert!(
        text.contains("franken") || text.contains("communications with the russians"),
        "no Franken answer:\n{text}"
    );
}

#[test]
fn sentence_budget_counts_sentences() {
    let cluster = seeds();
    for method in method_names() {
        let s = summarize(&cluster, &Options { method: method.into(), budget: Budget::Sentences(3) }).unwrap();
        assert!(!s.sentences.is_empty() && s.sentences.len() <= 3, "{method}");
    }
}

#[test]
fn the_default_summary_opens_on_the_recusal() {
    let cluster = seeds();
    for budget in [Budget::Auto, Budget::Words(250), Budget::Words(60)] {
        let summary = summarize(&cluster, &Options { budget, ..Options::default() }).unwrap();
        let first = summary.sentences[0].text.to_lowercase();
        assert!(first.contains("recuse"), "{budget:?}: opens on\n{first}");
        let prepared = Prepared::new(&cluster);
        let lead = common::chosen(&prepared, &summary)[0];
        assert!(prepared.sentences[lead].position < 2, "{budget:?}: not an article's lead: {first}");
    }
}

#[test]
fn no_pronoun_speaker_follows_a_sentence_about_someone_else() {
    let cluster = seeds();
    let prepared = Prepared::new(&cluster);
    for method in method_names() {
        for budget in [Budget::Auto, Budget::Words(250), Budget::Words(120)] {
            let summary = summarize(&cluster, &Options { method: method.into(), budget }).unwrap();
            let chosen = common::chosen(&prepared, &summary);
            for (k, &i) in chosen.iter().enumerate() {
                if !prepared.speaker_named_before(i) {
                    continue;
                }
                let before = chorus_core::order::source_before(&prepared, i);
                assert!(
                    k > 0 && before == Some(chosen[k - 1]),
                    "{method} {budget:?}: '{}' does not follow the sentence naming its speaker:\n{}",
                    summary.sentences[k].text,
                    summary.summary
                );
            }
        }
    }
}

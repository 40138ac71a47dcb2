//! Any bytes as JSONL clusters: parse every line, summarize and brief what parses.
#![no_main]
use chorus_core::ingest::jsonl_clusters;
use chorus_core::{summarize, Budget, Options};
use libfuzzer_sys::fuzz_target;

mod common;
use common::abort_unless_caught_by_design;

fuzz_target!(|data: &[u8]| {
    abort_unless_caught_by_design();
    for (_, cluster) in jsonl_clusters(data, "fuzz") {
        // Parsing runs isolated, so a panic there comes back as an error: still a bug.
        if let Err(e) = &cluster {
            assert!(!matches!(e, chorus_core::ChorusError::Panic { .. }), "{e}");
        }
        if let Ok(c) = cluster {
            let options = Options { budget: Budget::Words(60), ..Options::default() };
            if let Ok(s) = summarize(&c, &options) {
                for sentence in &s.sentences {
                    for cite in &sentence.citations {
                        assert!(c.articles[cite.doc].text.get(cite.start..cite.end).is_some());
                    }
                }
            }
            let _ = chorus_brief::brief(&c, &options);
        }
    }
});

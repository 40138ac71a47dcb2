//! Any bytes as JSONL clusters: parse every line, summarize and brief what parses.
#![no_main]
use chorus_core::ingest::jsonl_clusters;
use chorus_core::{summarize, Budget, Options};
use libfuzzer_sys::fuzz_target;

/// libFuzzer's panic hook aborts on every panic; a panic inside an HTML
/// extractor is caught by design (the other extractors decide), so only
/// those pass. Any other panic still aborts and is a finding.
fn abort_unless_caught_by_design() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let aborting = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !chorus_core::html::inside_guarded_extractor() {
                aborting(info)
            }
        }));
    });
}

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

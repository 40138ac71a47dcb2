//! Invariants that hold for any input text.

use chorus_core::{clean, segment, summarize, Article, Budget, Cluster, Options};
use proptest::prelude::*;

/// Text that looks enough like news to exercise the splitter's rules.
fn newsy() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            Just("Sen. ".to_string()),
            Just("U.S. ".to_string()),
            Just("“Yes.” ".to_string()),
            Just("he said. ".to_string()),
            Just("\"quote!\" ".to_string()),
            Just("... ".to_string()),
            Just("\n\n".to_string()),
            Just("Sept. 8 ".to_string()),
            Just("R-Utah, ".to_string()),
            Just("— ".to_string()),
            Just("? ".to_string()),
            Just("1. ".to_string()),
            Just("2.) ".to_string()),
            Just("• ".to_string()),
            Just(". . . ".to_string()),
            Just("(Smith 55). ".to_string()),
            "[a-zA-Z]{1,9} ",
            "\\PC{0,12}",
        ],
        0..60,
    );
    pieces.prop_map(|p| p.concat())
}

fn check_ranges(text: &str, ranges: &[std::ops::Range<usize>]) {
    let mut last = 0;
    for r in ranges {
        assert!(r.start >= last && r.start < r.end && r.end <= text.len(), "bad range {r:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert_eq!(text[r.clone()].trim(), &text[r.clone()], "untrimmed sentence");
        assert!(text[last..r.start].trim().is_empty(), "non-space text left out before {r:?}");
        last = r.end;
    }
    assert!(text[last..].trim().is_empty(), "non-space text left out at the end");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn segmentation_covers_any_unicode(text in "\\PC*") {
        check_ranges(&text, &segment::split(&text));
    }

    #[test]
    fn segmentation_covers_newsy_text(text in newsy()) {
        check_ranges(&text, &segment::split(&text));
    }

    #[test]
    fn cleaned_blocks_are_ordered_and_segment_cleanly(text in newsy()) {
        let blocks = clean::body_blocks(&text);
        let mut last = 0;
        for b in &blocks {
            prop_assert!(b.start >= last && b.end <= text.len());
            last = b.end;
            let mut out = Vec::new();
            segment::split_into(&text, b.clone(), &mut out);
            let block = &text[b.clone()];
            let local: Vec<_> = out.iter().map(|r| r.start - b.start..r.end - b.start).collect();
            check_ranges(block, &local);
        }
    }

    #[test]
    fn budget_is_never_exceeded(a in newsy(), b in newsy(), words in 1usize..80, method in 0usize..5) {
        let cluster = Cluster { id: "p".into(), articles: vec![Article::from_text(a), Article::from_text(b)], reference: None };
        let method = chorus_core::select::method_names()[method].to_string();
        if let Ok(summary) = summarize(&cluster, &Options { method, budget: Budget::Words(words) }) {
            let total: usize = summary.sentences.iter().map(|s| s.text.split_whitespace().count()).sum();
            prop_assert!(total <= words);
            for s in &summary.sentences {
                for c in &s.citations {
                    prop_assert!(cluster.articles[c.doc].text.get(c.start..c.end).is_some());
                }
            }
        }
    }

    #[test]
    fn auto_budget_keeps_the_task_limit(texts in prop::collection::vec(newsy(), 1..12)) {
        let articles = texts.into_iter().map(Article::from_text).collect();
        let cluster = Cluster { id: "p".into(), articles, reference: None };
        if let Ok(summary) = summarize(&cluster, &Options::default()) {
            let total: usize = summary.sentences.iter().map(|s| s.text.split_whitespace().count()).sum();
            prop_assert!(total <= chorus_core::select::length::MAX_WORDS, "{total} words");
            prop_assert_eq!(total, summary.words);
        }
    }
}

//! Inputs on which a fuzz target once failed, kept so the bug stays fixed.
//! Each runs through the same checks as its fuzz target.

use chorus_core::segment;

/// What `fuzz_target!(|text: &str| …)` receives: the longest valid UTF-8 prefix.
fn as_text(bytes: &[u8]) -> &str {
    match std::str::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap(),
    }
}

fn check_segmentation(text: &str) {
    let mut last = 0;
    for r in segment::split(text) {
        assert!(r.start >= last && r.start < r.end && r.end <= text.len());
        assert!(text[last..r.start].trim().is_empty());
        assert_eq!(text[r.clone()].trim(), &text[r.clone()], "untrimmed sentence");
        last = r.end;
    }
    assert!(text[last..].trim().is_empty());
}

/// fuzz target `segment`, 2026-11-23: a sentence over MAX_SENTENCE_BYTES cut at
/// a double space kept one space at its end.
#[test]
fn segment_long_run_cut_at_double_space() {
    check_segmentation(as_text(include_bytes!("fuzz_regressions/segment-untrimmed-cut.bin")));
    let text = format!("{}  {}", "word ".repeat(900).trim_end(), "tail ".repeat(900));
    check_segmentation(&text);
}

//! Any text through the sentence splitter: ranges in order, trimmed, covering every non-space byte.
#![no_main]
use chorus_core::segment;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut last = 0;
    for r in segment::split(text) {
        assert!(r.start >= last && r.start < r.end && r.end <= text.len());
        assert!(text[last..r.start].trim().is_empty());
        assert_eq!(text[r.clone()].trim(), &text[r.clone()]);
        last = r.end;
    }
    assert!(text[last..].trim().is_empty());
});

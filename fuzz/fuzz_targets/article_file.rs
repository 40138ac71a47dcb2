//! Any bytes as an article file: decode (UTF-8, BOMs, UTF-16), split, clean, segment.
#![no_main]
use chorus_core::ingest::{decode_text, split_articles};
use chorus_core::{clean, segment};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = decode_text(data, "fuzz") {
        for article in split_articles(&text) {
            for block in clean::body_blocks(&article) {
                let mut out = Vec::new();
                segment::split_into(&article, block.clone(), &mut out);
                for r in out {
                    assert!(r.start >= block.start && r.end <= block.end && article.get(r).is_some());
                }
            }
        }
    }
});

//! Any bytes as a saved web page: decode and extract, never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = chorus_core::html::decode_page(data);
    if let Ok(article) = chorus_core::html::extract(&page, "fuzz") {
        assert!(!article.text.trim().is_empty());
    }
});

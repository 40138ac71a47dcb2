//! Any bytes as a saved web page: decode and extract, never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

mod common;
use common::abort_unless_caught_by_design;

fuzz_target!(|data: &[u8]| {
    abort_unless_caught_by_design();
    let page = chorus_core::html::decode_page(data);
    if let Ok(article) = chorus_core::html::extract(&page, "fuzz") {
        assert!(!article.text.trim().is_empty());
    }
});

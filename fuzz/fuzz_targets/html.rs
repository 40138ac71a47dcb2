//! Any bytes as a saved web page: decode and extract, never panic.
#![no_main]
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
    let page = chorus_core::html::decode_page(data);
    if let Ok(article) = chorus_core::html::extract(&page, "fuzz") {
        assert!(!article.text.trim().is_empty());
    }
});

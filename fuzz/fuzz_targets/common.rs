//! Shared by the fuzz targets (`mod common;`), not a target itself.

/// libFuzzer's panic hook aborts on every panic; a panic inside an HTML
/// extractor is caught by design (the other extractors decide), so only
/// those pass. Any other panic still aborts and is a finding.
pub fn abort_unless_caught_by_design() {
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

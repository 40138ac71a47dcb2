//! What a batch prints for an input line that failed, and the test-only hook
//! that makes one fail on purpose.

use chorus_core::ChorusError;

/// `{"id", "line", "error"}`: the input's id (null when the line did not show
/// one), its 1-based line number, and the error in words.
pub fn error_record(line: usize, id: Option<&str>, error: &ChorusError) -> serde_json::Value {
    serde_json::json!({ "id": id.or(error.record_id()), "line": line, "error": error.to_string() })
}

/// Test-only hook: when `CHORUS_TEST_PANIC_ID` names an input's id, the work
/// on that input panics, so the tests can check that a panic costs only its
/// own line. Unset (always, outside tests) it does nothing.
pub fn test_panic_hook(id: &str) {
    static TARGET: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    if TARGET.get_or_init(|| std::env::var("CHORUS_TEST_PANIC_ID").ok()).as_deref() == Some(id) {
        panic!("CHORUS_TEST_PANIC_ID: a panic on purpose for input {id}");
    }
}

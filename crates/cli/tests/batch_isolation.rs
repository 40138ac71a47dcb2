//! One input's panic costs only that input: every other line of a batch still
//! gets its result, in every batch command. The panic is forced through the
//! test-only hook `CHORUS_TEST_PANIC_ID` (see `records.rs`).

mod common;

use std::process::Output;

fn chorus_with_panic_on(id: &str, args: &[&str], stdin: &[u8]) -> Output {
    common::run_with_env(args, stdin, &[("CHORUS_TEST_PANIC_ID", id)])
}

const STORIES: [&str; 3] = [
    "The city council approved the new school budget on Monday evening after a long debate about roads. \
     The mayor said the plan adds money for teachers and repairs the old bridge downtown.",
    "Storms closed the main highway for six hours on Friday night as rivers rose across the valley. \
     Officials said two bridges were damaged and crews worked through the weekend.",
    "The national team won the cup final on Sunday with a late goal in extra time. \
     Thousands of fans filled the main square to greet the players on Monday.",
];

fn batch() -> String {
    (0..STORIES.len())
        .map(|k| {
            let doc = serde_json::json!({"id": format!("c{k}"), "documents": [STORIES[k], STORIES[k]],
                                          "summary": STORIES[k]});
            format!("{doc}\n")
        })
        .collect()
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn a_panic_on_one_line_costs_only_that_line_in_summarize_and_brief() {
    for command in ["summarize", "brief"] {
        let o = chorus_with_panic_on("c1", &[command, "--jsonl", "-"], batch().as_bytes());
        let err = String::from_utf8_lossy(&o.stderr);
        assert_eq!(o.status.code(), Some(1), "{command}: {err}");
        let lines = json_lines(&o);
        assert_eq!(lines.len(), 3, "{command}: one output per input line");
        assert_eq!(lines[0]["id"], "c0");
        assert_eq!(lines[2]["id"], "c2");
        assert!(lines[0]["error"].is_null() && lines[2]["error"].is_null());
        assert_eq!(lines[1]["id"], "c1", "{command}: the record names the input");
        assert_eq!(lines[1]["line"], 2);
        let message = lines[1]["error"].as_str().unwrap();
        assert!(message.contains("internal error") && message.contains("on purpose"), "{message}");
        assert!(!err.contains("RUST_BACKTRACE"), "{command}: no raw panic dump on stderr: {err}");
        assert!(err.contains("1 input(s) failed"), "{err}");
    }
}

#[test]
fn a_panic_on_one_cluster_costs_only_that_cluster_in_eval() {
    let o = chorus_with_panic_on("c2", &["eval", "--jsonl", "-", "--format", "json"], batch().as_bytes());
    assert_eq!(o.status.code(), Some(1), "{}", String::from_utf8_lossy(&o.stderr));
    let report = &json_lines(&o)[0];
    assert_eq!(report["clusters"], 3);
    assert_eq!(report["scored"], 2);
    assert_eq!(report["failed"], 1);
}

#[test]
fn a_panic_on_one_story_costs_only_that_story_in_digest() {
    let articles: String = (0..STORIES.len())
        .flat_map(|k| {
            (0..2).map(move |n| format!("{}\n", serde_json::json!({"id": format!("a{k}{n}"), "text": STORIES[k]})))
        })
        .collect();
    let clean = chorus_with_panic_on("none", &["digest", "--jsonl", "-"], articles.as_bytes());
    assert!(clean.status.success(), "{}", String::from_utf8_lossy(&clean.stderr));
    let stories = json_lines(&clean);
    assert!(stories.len() >= 2, "{stories:?}");
    let victim = stories[0]["id"].as_str().unwrap().to_string();
    let o = chorus_with_panic_on(&victim, &["digest", "--jsonl", "-"], articles.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let lines = json_lines(&o);
    assert_eq!(lines.len(), stories.len(), "every story still has its line");
    let failed: Vec<_> = lines.iter().filter(|l| l["error"].is_string()).collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(failed[0]["id"], victim.as_str());
}

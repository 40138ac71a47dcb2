//! Bad and unusual input through the binary: a clear message and exit 1, or a
//! correct result — never a panic (exit 101) or a hang.

mod common;

use std::process::Output;
use std::time::{Duration, Instant};

fn chorus(args: &[&str], stdin: &[u8]) -> (Output, Duration) {
    let started = Instant::now();
    let out = common::run(args, stdin);
    (out, started.elapsed())
}

fn dir(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("chorus-bad-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn not_a_panic(o: &Output) {
    assert_ne!(o.status.code(), Some(101), "panicked: {}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn empty_directory_and_directory_without_articles() {
    let empty = dir("empty");
    let (o, _) = chorus(&["summarize", empty.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no readable article file"));
    let other = dir("images");
    std::fs::write(other.join("photo.jpg"), [0xFF, 0xD8, 0xFF, 0x00]).unwrap();
    let (o, _) = chorus(&["summarize", other.to_str().unwrap()], b"");
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn nul_bytes_utf16_without_bom_and_invalid_utf8_positions() {
    for (name, bytes) in [
        ("nul.txt", b"Some text\0with a NUL byte.".to_vec()),
        ("start.txt", b"\xffStarts badly.".to_vec()),
        ("end.txt", b"Ends badly\xc3".to_vec()),
    ] {
        let d = dir("bytes");
        let path = d.join(name);
        std::fs::write(&path, &bytes).unwrap();
        let (o, _) = chorus(&["summarize", path.to_str().unwrap()], b"");
        assert_eq!(o.status.code(), Some(1), "{name}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(name) && err.contains("byte"), "{name}: {err}");
    }
}

#[test]
fn a_single_enormous_line_finishes_in_bounded_time() {
    let text = "word ".repeat(400_000); // 2 MB, no punctuation, no newline
    let (o, took) = chorus(&["summarize", "--words", "50"], text.as_bytes());
    not_a_panic(&o);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(took < Duration::from_secs(60), "{took:?}");
}

#[test]
fn ten_thousand_one_line_articles() {
    let docs: Vec<String> = (0..10_000).map(|i| format!("Line {i} says the vote on the budget was close.")).collect();
    let line = serde_json::json!({ "documents": docs }).to_string();
    let (o, took) = chorus(&["summarize", "--jsonl", "-", "--words", "40"], line.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    // A hang guard (a quadratic step over 10,000 articles would take hours), not
    // a speed figure: the debug build on a loaded 2-core machine needs ~200 s.
    assert!(took < Duration::from_secs(600), "{took:?}");
}

#[test]
fn nested_truncated_and_wrong_json() {
    let deep = format!("{{\"documents\": {}{}}}", "[".repeat(5000), "]".repeat(5000));
    let input = format!("{deep}\n{{\"documents\": [\"trunc\n{{\"documents\": \"not a list\"}}\n[1, 2]\n");
    let (o, _) = chorus(&["summarize", "--jsonl", "-"], input.as_bytes());
    not_a_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 4, "one error record per bad line");
    assert!(lines.iter().all(|l| l.contains("\"error\"")));
}

#[test]
fn non_english_and_numbers_only_text() {
    let german = "Der Bundestag hat am Donnerstag den Haushalt beschlossen. Die Opposition kritisierte die Pläne scharf. ||||| Der Haushalt wurde am Donnerstag im Bundestag verabschiedet, berichtet die Zeitung.";
    let (o, _) = chorus(&["summarize"], german.as_bytes());
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stdout).contains("Bundestag"));
    let (o, _) = chorus(&["summarize"], b"1 2 3 4 5 6 7 8 9 10. 11 12 13 14 15 16.");
    not_a_panic(&o);
}

#[test]
fn html_pages_are_extracted_and_their_text_returned() {
    let html = r#"<html><head><title>Council passes budget</title><meta property="og:site_name" content="City News"></head>
        <body><nav>Home | Sports</nav><article>
        <p>The city council approved the new budget on Tuesday night after a long debate about roads.</p>
        <p>The mayor said the plan adds money for schools and for repairing the old bridge downtown.</p>
        </article></body></html>"#;
    let d = dir("html");
    let path = d.join("page.html");
    std::fs::write(&path, html).unwrap();
    let (o, _) = chorus(&["summarize", path.to_str().unwrap(), "--format", "json"], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let text = v["documents"][0]["text"].as_str().expect("extracted text is returned");
    let c = &v["sentences"][0]["citations"][0];
    let cited = &text[c["start"].as_u64().unwrap() as usize..c["end"].as_u64().unwrap() as usize];
    assert_eq!(cited, v["sentences"][0]["text"].as_str().unwrap());
    let line = serde_json::json!({ "documents": [{ "html": html }] }).to_string();
    let (o, _) = chorus(&["summarize", "--jsonl", "-"], line.as_bytes());
    assert!(o.status.success());
    let (o, _) = chorus(&["summarize", "--jsonl", "-"], b"{\"documents\": [{\"html\": \"<html></html>\"}]}\n");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("cannot extract an article"));
}

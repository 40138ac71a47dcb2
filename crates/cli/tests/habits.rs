//! The command line's Unix habits: usage errors exit 2, a closed pipe ends
//! quietly, errors in words, headers and stderr for text batches.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};

fn seeds() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds").display().to_string()
}

fn temp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("chorus-habits-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        vec!["summarize", "--method", "nonsense", "x.txt"],
        vec!["summarize", "--words", "0", "x.txt"],
        vec!["summarize", "--sentences", "0", "x.txt"],
        vec!["brief", "--words", "-3", "x.txt"],
        vec!["eval", "--jsonl", "x.jsonl", "--method", "best"],
        vec!["digest", "--words", "0"],
        vec!["summarize", "--no-such-flag"],
    ] {
        let o = common::run(&args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&o.stderr));
    }
    let o = common::run(&["summarize", "--method", "nonsense", "x.txt"], b"");
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("learned") && err.contains("lexrank"), "the choices are named: {err}");
}

#[test]
fn a_reader_that_closes_the_pipe_ends_the_run_quietly() {
    // Enough output that the writer meets the closed pipe: 300 summaries.
    let cluster = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect::<Vec<_>>();
    let line = format!("{}\n", serde_json::json!({ "documents": cluster }));
    let input = line.repeat(300);
    let mut child = Command::new(env!("CARGO_BIN_EXE_chorus"))
        .args(["summarize", "--jsonl", "-", "--method", "lead"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(input.as_bytes());
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap(); // `| head -1`
    assert!(first.contains("\"summary\""), "{first}");
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(!err.contains("Broken pipe") && !err.contains("panicked"), "{err}");
}

#[test]
fn jsonl_errors_name_the_line_the_id_and_the_problem_in_words() {
    let input = concat!(
        "{\"id\": \"x1\", \"docs\": [\"Some text about the council.\"]}\n",
        "{\"id\": \"x2\", \"documents\": [\"ok text\", 42]}\n",
        "{\"id\": \"x3\", \"documents\": \"one string\"}\n",
    );
    let o = common::run(&["summarize", "--jsonl", "-"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    for (k, (id, words)) in [
        ("x1", "unknown field `docs`"),
        ("x2", "documents[1] must be a string or an object"),
        ("x3", "documents must be a list of strings or objects"),
    ]
    .into_iter()
    .enumerate()
    {
        assert_eq!(lines[k]["id"], id);
        assert_eq!(lines[k]["line"], k + 1);
        let error = lines[k]["error"].as_str().unwrap();
        assert!(error.contains(words), "{error}");
        assert!(!error.contains("untagged enum") && !error.contains("DocumentLine"), "{error}");
    }
}

#[test]
fn text_batches_have_a_header_per_cluster_and_errors_on_stderr() {
    let input = concat!(
        "{\"id\": \"first\", \"documents\": [\"The city council approved the new school budget on Monday evening after a long debate.\"]}\n",
        "{bad json\n",
        "{\"id\": \"second\", \"documents\": [\"Storms closed the main highway for six hours on Friday night as rivers rose.\"]}\n",
    );
    let o = common::run(&["summarize", "--jsonl", "-", "--format", "text"], input.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.starts_with("==> first (line 1) <==\n"), "{out}");
    assert!(out.contains("\n==> second (line 3) <==\n"), "{out}");
    assert!(!out.contains("error") && !out.contains("malformed"), "errors stay off stdout: {out}");
    assert!(String::from_utf8_lossy(&o.stderr).contains(":2: malformed JSON"));
}

#[test]
fn a_pdf_named_txt_is_refused_as_a_pdf() {
    let pdf = temp("report.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
    let o = common::run(&["summarize", &pdf], b"");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("is a PDF"), "{}", String::from_utf8_lossy(&o.stderr));
}

#[test]
fn sources_show_a_plain_text_articles_headline() {
    let body = "The city council approved the new school budget on Monday evening after a long debate about \
                roads. The mayor said the plan adds money for teachers and repairs the old bridge downtown.";
    let a = temp("budget.txt", format!("Council passes school budget\n\n{body}\n").as_bytes());
    let o = common::run(&["summarize", &a], b"");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("[1] Council passes school budget"), "{out}");
    let md = common::run(&["summarize", &a, "--format", "markdown"], b"");
    assert!(String::from_utf8_lossy(&md.stdout).contains("Council passes school budget"));
}

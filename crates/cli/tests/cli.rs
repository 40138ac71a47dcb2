//! The `chorus` binary end to end: inputs, formats, errors and exit codes.

mod common;

use std::path::PathBuf;
use std::process::Output;

fn chorus(args: &[&str], stdin: Option<&[u8]>) -> Output {
    common::run(args, stdin.unwrap_or_default())
}

fn seeds() -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds").display().to_string()
}

fn temp(name: &str, bytes: &[u8]) -> String {
    let dir = std::env::temp_dir().join(format!("chorus-cli-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path.display().to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn summarizes_the_seeds_in_every_format() {
    let text = chorus(&["summarize", &seeds(), "--words", "120"], None);
    assert!(text.status.success(), "{}", stderr(&text));
    let out = String::from_utf8(text.stdout).unwrap();
    assert!(out.contains("\nSources:\n[1] "), "{out}");
    let json = chorus(&["summarize", &seeds(), "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert!(v["sentences"].as_array().unwrap().len() >= 3);
    assert_eq!(v["documents"].as_array().unwrap().len(), 5);
    let md = chorus(&["summarize", &seeds(), "--format", "markdown"], None);
    assert!(String::from_utf8(md.stdout).unwrap().contains("[^1]: "));
}

#[test]
fn reads_multinews_text_from_stdin() {
    let text = b"The mayor announced a new budget for the city on Tuesday morning. ||||| City officials said the budget adds money for road repairs next year.";
    let o = chorus(&["summarize", "--format", "json"], Some(text));
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["documents"].as_array().unwrap().len(), 2);
}

#[test]
fn bad_files_fail_with_a_clear_message() {
    for (name, bytes, expected) in [
        ("empty.txt", &b""[..], "empty input"),
        ("binary.txt", &b"abc\0def"[..], "binary file (NUL byte at byte 3)"),
        ("latin1.txt", &b"Good text here.\xff more"[..], "invalid UTF-8 at byte 15"),
    ] {
        let path = temp(name, bytes);
        let o = chorus(&["summarize", &path], None);
        assert_eq!(o.status.code(), Some(1), "{name}");
        let err = stderr(&o);
        assert!(err.contains(&path) && err.contains(expected), "{name}: {err}");
    }
    let o = chorus(&["summarize", &seeds(), "--words", "0"], None);
    assert_eq!(o.status.code(), Some(2), "a usage error");
    assert!(stderr(&o).contains("must be at least 1"));
    let o = chorus(&["summarize", "--method", "magic", &seeds()], None);
    assert_eq!(o.status.code(), Some(2), "a usage error");
    assert!(stderr(&o).contains("possible values: learned"), "{}", stderr(&o));
    let o = chorus(&["summarize", "--frobnicate"], None);
    assert_eq!(o.status.code(), Some(2), "usage errors exit 2");
}

#[test]
fn utf16_with_bom_is_read() {
    let mut bytes = vec![0xFF, 0xFE];
    let text = "The council approved the new school budget on Monday after a long debate.";
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let o = chorus(&["summarize", &temp("utf16.txt", &bytes)], None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8(o.stdout).unwrap().starts_with(text));
}

#[test]
fn jsonl_keeps_going_after_bad_lines_and_says_so() {
    let input = b"{\"id\": \"a\", \"documents\": [\"The council approved the new school budget on Monday evening.\"]}\n{bad json\n\n{\"documents\": []}\n{\"id\": \"b\", \"documents\": [\"Storms closed the main highway for six hours on Friday night.\"]}\n";
    let o = chorus(&["summarize", "--jsonl", "-"], Some(input));
    assert_eq!(o.status.code(), Some(1));
    let lines: Vec<serde_json::Value> =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 4, "one output per non-blank input line");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["line"], 2);
    assert!(lines[1]["error"].as_str().unwrap().contains("malformed JSON"));
    assert_eq!(lines[2]["line"], 4);
    assert_eq!(lines[3]["id"], "b");
    assert!(stderr(&o).contains("2 input(s) failed"));
}

#[test]
fn a_thousand_articles_and_a_single_article_work() {
    let docs: Vec<String> =
        (0..1000).map(|i| format!("Report {i} says the council voted on the city budget on Tuesday night.")).collect();
    let line = serde_json::json!({ "id": "many", "documents": docs }).to_string();
    let o = chorus(&["summarize", "--jsonl", "-", "--words", "50"], Some(line.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    let one =
        chorus(&["summarize", &temp("one.txt", b"Only one outlet covered the fire at the old mill on Sunday.")], None);
    assert!(one.status.success());
}

#[test]
fn eval_scores_and_reports_missing_references() {
    let input = b"{\"documents\": [\"The council approved the new school budget on Monday evening after debate.\"], \"summary\": \"The council approved a school budget.\"}\n{\"documents\": [\"Storms closed the main highway for six hours on Friday night.\"]}\n";
    let path = temp("eval.jsonl", input);
    let o = chorus(&["eval", "--jsonl", &path, "--format", "json"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["scored"], 1);
    assert_eq!(report["missing_reference"], 1);
    assert!(report["mean_f1"]["rouge1"].as_f64().unwrap() > 30.0);
    assert!(stderr(&o).contains("no reference summary"));
}

#[test]
fn rouge_command_matches_the_fixture_format() {
    let o =
        chorus(&["rouge", "--jsonl", "-"], Some(b"{\"candidate\": \"the cat sat\", \"reference\": \"the cat sat\"}\n"));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["rouge1"]["fmeasure"], 1.0);
    assert_eq!(v["rougeLsum"]["recall"], 1.0);
}

#[test]
fn cluster_and_digest_a_small_pile() {
    let lines = [
        ("a1", "Volcano erupts on Iceland's Reykjanes peninsula as lava flows toward the evacuated fishing town of Grindavik."),
        ("b1", "The Bank of Japan raised interest rates for the first time in seventeen years and the yen weakened."),
        ("a2", "Lava from the Reykjanes volcano eruption reached Grindavik after Iceland evacuated the fishing town again."),
        ("b2", "The yen weakened after the Bank of Japan ended negative interest rates with its first rise in seventeen years."),
        ("n1", "These crawls are part of an effort to archive pages as they are created and archive the pages that they refer to."),
    ];
    let input: String = lines.iter().map(|(id, t)| format!("{}\n", serde_json::json!({"id": id, "text": t}))).collect();
    let o = chorus(&["cluster", "--jsonl", "-"], Some(input.as_bytes()));
    assert!(o.status.success(), "{}", stderr(&o));
    let rows: Vec<serde_json::Value> =
        String::from_utf8_lossy(&o.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let story = |id: &str| rows.iter().find(|r| r["id"] == id).unwrap()["story"].clone();
    assert_eq!(story("a1"), story("a2"));
    assert_eq!(story("b1"), story("b2"));
    assert_ne!(story("a1"), story("b1"));
    assert!(story("n1").is_null(), "crawler notice must get no story");
    let d = chorus(&["digest", "--jsonl", "-", "--words", "40"], Some(input.as_bytes()));
    assert!(d.status.success(), "{}", stderr(&d));
    let summaries: Vec<serde_json::Value> =
        String::from_utf8_lossy(&d.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(summaries.len(), 3, "two stories, then the notice on a line of its own");
    assert!(summaries[..2].iter().all(|s| s["articles"] == 2 && !s["sentences"].as_array().unwrap().is_empty()));
    assert!(summaries[2]["story"].is_null() && summaries[2]["documents"][0]["id"] == "n1");
    // Every article in exactly one line, with its id.
    let mut ids: Vec<String> = summaries
        .iter()
        .flat_map(|s| s["documents"].as_array().unwrap().iter().map(|d| d["id"].as_str().unwrap().to_string()))
        .collect();
    ids.sort();
    assert_eq!(ids, ["a1", "a2", "b1", "b2", "n1"]);
}

#[test]
fn digest_keeps_provenance_and_one_article_stories() {
    let lines = [
        serde_json::json!({"id": "v1", "title": "Volcano erupts in Iceland", "url": "https://example.org/v1",
            "source": "Example News", "published": "2024-03-18",
            "text": "Volcano erupts on Iceland's Reykjanes peninsula as lava flows toward the evacuated fishing town of Grindavik."}),
        serde_json::json!({"id": "v2", "source": "Other Daily", "published": "2024-03-19",
            "text": "Lava from the Reykjanes volcano eruption reached Grindavik after Iceland evacuated the fishing town again."}),
        serde_json::json!({"id": "j1", "title": "Bank of Japan raises rates",
            "text": "The Bank of Japan raised interest rates for the first time in seventeen years and the yen weakened."}),
    ];
    let input: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let d = chorus(&["digest", "--jsonl", "-", "--words", "40"], Some(input.as_bytes()));
    assert!(d.status.success(), "{}", stderr(&d));
    let rows: Vec<serde_json::Value> =
        String::from_utf8_lossy(&d.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(rows.len(), 2, "largest story first, then the one-article story");
    assert_eq!(rows[0]["articles"], 2);
    assert_eq!(rows[1]["articles"], 1);
    assert!(!rows[1]["sentences"].as_array().unwrap().is_empty(), "a one-article story is summarized too");
    let v1 = rows[0]["documents"].as_array().unwrap().iter().find(|d| d["id"] == "v1").unwrap();
    assert_eq!(v1["title"], "Volcano erupts in Iceland");
    assert_eq!(v1["url"], "https://example.org/v1");
    assert_eq!(v1["source"], "Example News");
    assert_eq!(v1["published"], "2024-03-18");
    let md = chorus(&["digest", "--jsonl", "-", "--words", "40", "--format", "markdown"], Some(input.as_bytes()));
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.starts_with("## Volcano erupts in Iceland\n\n_2 articles"), "{md}");
    assert!(md.contains("## Bank of Japan raises rates"), "{md}");
}

#[test]
fn summarize_warns_when_articles_are_different_stories() {
    let dir = std::env::temp_dir().join(format!("chorus-mixed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let texts = [
        "A volcano erupted on Iceland's Reykjanes peninsula on Monday, sending lava toward the fishing town of \
         Grindavik, which was evacuated. Scientists at the Icelandic Met Office said the fissure was four kilometres long.",
        "The Bank of Japan raised interest rates for the first time in seventeen years, ending negative rates. \
         Governor Kazuo Ueda said wages were rising, and the yen weakened after the decision in Tokyo.",
        "Manchester City beat Arsenal three goals to one at the Etihad Stadium, with Erling Haaland scoring twice. \
         Pep Guardiola praised his defenders after the Premier League match on Sunday.",
    ];
    for (k, t) in texts.iter().enumerate() {
        std::fs::write(dir.join(format!("{k}.txt")), t).unwrap();
    }
    let dir_arg = dir.display().to_string();
    let o = chorus(&["summarize", &dir_arg, "--format", "json"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let w = v["warnings"][0].as_str().unwrap_or_default();
    assert!(w.starts_with("these articles look like 3 different stories"), "{v}");
    assert!(stderr(&o).contains("these articles look like 3 different stories"), "{}", stderr(&o));
    assert!(!v["sentences"].as_array().unwrap().is_empty(), "it still summarizes");
    let b = chorus(&["brief", &dir_arg, "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&b.stdout).unwrap();
    assert!(v["warnings"][0].as_str().unwrap_or_default().contains("3 different stories"), "{v}");
    // One story: no warning, no field.
    let o = chorus(&["summarize", &seeds(), "--format", "json"], None);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(v.get("warnings").is_none(), "{v}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn incremental_state_lets_later_batches_join_stories() {
    let state = std::env::temp_dir().join(format!("chorus-state-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&state);
    let state = state.display().to_string();
    let first = "{\"id\": \"a1\", \"text\": \"Volcano erupts on Iceland's Reykjanes peninsula as lava flows toward the evacuated fishing town of Grindavik.\"}\n";
    let later = "{\"id\": \"a2\", \"text\": \"Lava from the Reykjanes volcano eruption reached Grindavik after Iceland evacuated the fishing town again.\"}\n";
    let o1 = chorus(&["cluster", "--jsonl", "-", "--incremental", &state], Some(first.as_bytes()));
    let o2 = chorus(&["cluster", "--jsonl", "-", "--incremental", &state], Some(later.as_bytes()));
    let s1: serde_json::Value = serde_json::from_slice(&o1.stdout).unwrap();
    let s2: serde_json::Value = serde_json::from_slice(&o2.stdout).unwrap();
    assert_eq!(s1["story"], s2["story"], "the later article joins the earlier story");
    let _ = std::fs::remove_file(&state);
}

#[test]
fn brief_adds_quotes_entities_timeline_and_facts() {
    let o = chorus(&["brief", &seeds(), "--format", "json"], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    for key in ["summary", "sentences", "documents", "quotes", "entities", "timeline", "facts"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    let md = chorus(&["brief", &seeds(), "--format", "markdown"], None);
    let md = String::from_utf8(md.stdout).unwrap();
    assert!(md.contains("## Quotes") && md.contains("## Timeline"), "{md}");
}

#[test]
fn train_model_writes_a_model_the_library_loads_and_scores_it() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/multinews");
    let train = data.join("train.jsonl.gz").display().to_string();
    let out = temp("model.tsv", b"");
    let dev = temp(
        "dev.jsonl",
        b"{\"documents\": [\"The council approved the new school budget on Monday evening after a long debate. Teachers had asked for more money.\"], \"summary\": \"The council approved a school budget.\"}\n",
    );
    let o = chorus(
        &["train", "model", "--jsonl", &train, "--limit", "40", "--trees", "5", "--out", &out, "--dev", &dev],
        None,
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let model = std::fs::read_to_string(&out).unwrap();
    assert_eq!(model.lines().filter(|l| *l == "tree").count(), 5);
    if let Err(e) = chorus_core::select::Learned::parse(&model) {
        panic!("the trained model does not load: {e}");
    }
    let report: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(report["scored"], 1);
}

#[test]
fn train_prior_and_length_write_tables_the_library_loads() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/multinews");
    let train = data.join("train.jsonl.gz").display().to_string();
    let prior = temp("prior.tsv", b"");
    let o =
        chorus(&["train", "prior", "--jsonl", &train, "--min-clusters", "2", "--limit", "300", "--out", &prior], None);
    assert!(o.status.success(), "{}", stderr(&o));
    let table = chorus_core::term_prior::TermPrior::parse(&std::fs::read_to_string(&prior).unwrap());
    assert!(table.kept("kill") > table.kept("told"), "news words: kill is kept more often than told");

    let length = temp("length.tsv", b"");
    let lexicon = temp("length-lexicon.tsv", b"");
    let args = ["train", "length", "--jsonl", &train, "--limit", "200", "--trees", "5", "--min-count", "10"];
    let o = chorus(&[&args[..], &["--out", &length, "--lexicon-out", &lexicon]].concat(), None);
    assert!(o.status.success(), "{}", stderr(&o));
    let model = std::fs::read_to_string(&length).unwrap();
    assert_eq!(model.lines().filter(|l| *l == "tree").count(), 5);
    let lexicon = std::fs::read_to_string(&lexicon).unwrap();
    assert!(lexicon.starts_with("#bias") && lexicon.lines().count() > 10, "{lexicon}");
    if let Err(e) = chorus_core::select::LengthModel::parse(&model, &lexicon) {
        panic!("the trained length model does not load: {e}");
    }
}

#[test]
fn train_step_learns_that_what_is_already_said_matches_less() {
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/multinews");
    let train = data.join("train.jsonl.gz").display().to_string();
    let out = temp("step.tsv", b"");
    let args = ["train", "step", "--jsonl", &train, "--limit", "200", "--trees", "20", "--learning-rate", "0.3"];
    let o = chorus(&[&args[..], &["--out", &out]].concat(), None);
    assert!(o.status.success(), "{}", stderr(&o));
    let text = std::fs::read_to_string(&out).unwrap();
    assert_eq!(text.lines().filter(|l| *l == "tree").count(), 20);
    let model = chorus_core::select::StepModel::parse(&text).expect("the trained step model loads");
    // score, words, words before, chosen, overlap, terms said, pairs said,
    // same article, position, articles, input words, reference words, share
    // of reference, score gap, coverage gain, follows chosen
    let fresh = vec![0.3, 25.0, 50.0, 2.0, 0.05, 0.1, 0.0, 0.0, 1.0, 3.0, 450.0, 230.0, 0.2, 0.0, 0.5, 0.0];
    let mut said = fresh.clone();
    (said[4], said[5], said[6]) = (0.45, 1.0, 0.8);
    let rates = model.rates(&[fresh, said]);
    assert!(rates[0] > rates[1] + 0.02, "a sentence whose words are already in the summary adds less: {rates:?}");
}

#[test]
fn train_lexical_writes_a_table_that_ranks_news_above_boilerplate() {
    use chorus_core::lexical::LexicalModel;
    use chorus_core::represent::Analyzer;
    let data = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/multinews");
    let train = data.join("train.jsonl.gz").display().to_string();
    let out = temp("lexical.tsv", b"");
    let args = ["train", "lexical", "--jsonl", &train, "--limit", "300", "--min-count", "20", "--epochs", "2"];
    let o = chorus(&[&args[..], &["--out", &out]].concat(), None);
    assert!(o.status.success(), "{}", stderr(&o));
    let table = std::fs::read_to_string(&out).unwrap();
    assert!(table.starts_with("#bias\t"), "{}", &table[..table.len().min(80)]);
    assert!(table.lines().count() > 100, "only {} lines", table.lines().count());
    let model = LexicalModel::parse(&table);
    let analyzer = Analyzer::default();
    let news = model.score(&analyzer, "Police said the man was killed in the attack on Tuesday, officials said.");
    let boilerplate = model.score(&analyzer, "Click here to sign up for our newsletter and follow us on Twitter.");
    assert!(news > boilerplate, "news {news} vs boilerplate {boilerplate}");
}

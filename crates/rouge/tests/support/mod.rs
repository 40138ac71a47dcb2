//! The ROUGE parity pairs, shared by the parity test and the bench.
//!
//! `fixtures/rouge_score_0.1.2.jsonl` holds no text from `../shared` (the
//! data's licences): each side of a pair is a recipe that rebuilds its text
//! from `../shared/data` — a Multi-News dev cluster's summary or one of its
//! sentences, a document's sentence, a lead extract, an extraction page's
//! sentences a..b — or, for edge cases that are no data, the text itself.
//! The format and the reference implementation are in
//! `scripts/rouge_fixtures.py`, which wrote the file with rouge-score 0.1.2;
//! this rebuilds the same bytes.

use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::Value;

const FIXTURES: &str = include_str!("../fixtures/rouge_score_0.1.2.jsonl");

/// One pair: the rebuilt texts and rouge-score's scores (`row["stem"|"nostem"]`).
pub struct Pair {
    pub reference: String,
    pub candidate: String,
    #[allow(dead_code)] // the bench only times the scorer
    pub row: Value,
}

/// rouge_fixtures.py's `sentences()`: split on ". " after newlines become
/// spaces, strip as Python's `str.strip()` does (Rust's whitespace plus the
/// separators U+001C..U+001F), drop empty pieces, end each with ".".
pub fn sentences(text: &str) -> Vec<String> {
    let py_space = |c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c);
    text.replace('\n', " ")
        .split(". ")
        .map(|s| s.trim_matches(py_space))
        .filter(|s| !s.is_empty())
        .map(|s| format!("{s}."))
        .collect()
}

fn shared(rel: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared").join(rel);
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e}. The ROUGE parity pairs are rebuilt from ../shared beside the repository \
             (see crates/rouge/tests/support/mod.rs)",
            path.display()
        )
    })
}

/// The `../shared` files the recipes read: dev clusters by id, extraction pages by key.
struct Sources {
    clusters: HashMap<String, Value>,
    pages: HashMap<String, Value>,
}

impl Sources {
    fn load() -> Sources {
        let clusters = shared("data/multinews/dev.jsonl")
            .lines()
            .map(|line| {
                let c: Value = serde_json::from_str(line).expect("dev.jsonl line");
                (c["id"].as_str().expect("cluster id").to_string(), c)
            })
            .collect();
        let pages = serde_json::from_str(&shared("data/article-extraction/ground-truth.json"))
            .expect("article-extraction/ground-truth.json");
        Sources { clusters, pages }
    }

    fn cluster(&self, id: &Value) -> &Value {
        let id = id.as_str().expect("cluster id is a string");
        self.clusters.get(id).unwrap_or_else(|| panic!("no dev cluster {id} in ../shared"))
    }

    /// The text a recipe names (formats in scripts/rouge_fixtures.py).
    fn text(&self, recipe: &Value) -> String {
        let pick = |text: &str, j: &Value| {
            let (all, j) = (sentences(text), j.as_u64().expect("sentence index") as usize);
            all.get(j).cloned().unwrap_or_else(|| panic!("recipe {recipe}: no sentence {j} of {}", all.len()))
        };
        let str_of = |v: &Value| v.as_str().expect("a string").to_string();
        if let Some(text) = recipe.as_str() {
            text.to_string()
        } else if let Some(id) = recipe.get("summary") {
            let summary = self.cluster(id)["summary"].as_str().expect("summary");
            match recipe.get("sentence") {
                Some(j) => pick(summary, j),
                None => summary.to_string(),
            }
        } else if let Some(doc) = recipe.get("document") {
            let k = doc[1].as_u64().expect("document index") as usize;
            pick(&str_of(&self.cluster(&doc[0])["documents"][k]), &recipe["sentence"])
        } else if let Some(id) = recipe.get("lead") {
            let n = recipe["sentences"].as_u64().expect("lead length") as usize;
            let docs = self.cluster(id)["documents"].as_array().expect("documents");
            let lead: Vec<String> = docs.iter().flat_map(|d| sentences(&str_of(d)).into_iter().take(n)).collect();
            lead.join("\n")
        } else if let Some(key) = recipe.get("page") {
            let key = key.as_str().expect("page key");
            let page = self.pages.get(key).unwrap_or_else(|| panic!("no extraction page {key} in ../shared"));
            let all = sentences(&str_of(&page["articleBody"]));
            let range = &recipe["sentences"];
            let (a, b) = (range[0].as_u64().unwrap() as usize, range[1].as_u64().unwrap() as usize);
            assert!(a <= b && b <= all.len(), "recipe {recipe}: only {} sentences", all.len());
            all[a..b].join("\n")
        } else {
            panic!("unknown recipe {recipe}")
        }
    }
}

/// Every pair of the fixture, in file order (the first 450 are full references
/// against lead extracts).
pub fn pairs() -> Vec<Pair> {
    let sources = Sources::load();
    FIXTURES
        .lines()
        .map(|line| {
            let row: Value = serde_json::from_str(line).expect("fixture line");
            Pair { reference: sources.text(&row["reference"]), candidate: sources.text(&row["candidate"]), row }
        })
        .collect()
}

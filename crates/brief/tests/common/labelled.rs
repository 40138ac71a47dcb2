//! The labelled quotes of `golden/quotes-more.jsonl` and their source texts in `../shared`, and
//! the rule that says whether two speakers are the same: shared by `tests/quotes_more.rs` and the
//! `speaker_candidates` example.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::PathBuf;

use serde_json::Value;

pub const LABELLED: &str = include_str!("../golden/quotes-more.jsonl");

pub fn shared(path: &str) -> String {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data").join(path);
    std::fs::read_to_string(&file)
        .unwrap_or_else(|e| panic!("{}: {e} (the labelled texts live in ../shared)", file.display()))
}

/// Every labelled source text by (set, page): the extraction sets' gold
/// article bodies and the full-length Multi-News documents.
pub fn sources() -> HashMap<(String, String), String> {
    let mut out = HashMap::new();
    for set in ["big9-news", "dragnet"] {
        let gold: HashMap<String, Value> =
            serde_json::from_str(&shared(&format!("extraction-more/{set}/ground-truth.json"))).unwrap();
        for (page, v) in gold {
            out.insert((set.to_string(), page), v["articleBody"].as_str().unwrap().to_string());
        }
    }
    // The article-extraction pages (the `fresh` part): gold bodies keyed by page hash.
    let gold: HashMap<String, Value> = serde_json::from_str(&shared("article-extraction/ground-truth.json")).unwrap();
    for (page, v) in gold {
        out.insert(("article-extraction".to_string(), page), v["articleBody"].as_str().unwrap().to_string());
    }
    for line in shared("multinews-full/validation-250.jsonl").lines() {
        let cluster: Value = serde_json::from_str(line).unwrap();
        for (i, doc) in cluster["documents"].as_array().unwrap().iter().enumerate() {
            let page = format!("{}#{i}", cluster["id"].as_str().unwrap());
            out.insert(("multinews-full".to_string(), page), doc.as_str().unwrap().to_string());
        }
    }
    out
}

pub fn tokens(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .filter(|w| w != "s")
        .collect()
}

/// Words that tell no speaker from another.
pub const GENERIC: &[&str] = &["the", "of", "mr", "mrs", "ms", "dr", "us", "u", "department", "sen", "rep", "gov"];

/// The same speaker: the label's last distinctive word is in the answer, or the answer's in the label
/// ("Sanders" for "Sarah Huckabee Sanders"), or one is the other's acronym ("NOAA" for "National
/// Oceanic and Atmospheric Administration"); no speaker is right only where the article names none.
pub fn same_speaker(got: &str, want: &str) -> bool {
    let (g, w) = (tokens(got), tokens(want));
    if spelled_out(got, &w) || spelled_out(want, &g) {
        return true;
    }
    let last = |t: &[String]| t.iter().rev().find(|x| !GENERIC.contains(&x.as_str())).cloned();
    match (last(&g), last(&w)) {
        (None, None) => true,
        (Some(lg), Some(lw)) => g.contains(&lw) || w.contains(&lg),
        _ => false,
    }
}

/// Whether `acronym` (one word of capitals) is the initials of `name`'s words but "of", "and", "the",
/// "for".
fn spelled_out(acronym: &str, name: &[String]) -> bool {
    let initials: String = name
        .iter()
        .filter(|w| !matches!(w.as_str(), "of" | "and" | "the" | "for"))
        .filter_map(|w| w.chars().next())
        .collect();
    acronym.len() >= 2
        && name.len() >= 2
        && acronym.chars().all(|c| c.is_ascii_uppercase())
        && initials == acronym.to_lowercase()
}

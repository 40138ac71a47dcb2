//! The five labelled page sets under ../shared, all pages kept (the few broken
//! pairs listed in each NOTES.md included), in id order.
use std::io::Read;

pub const SETS: [&str; 5] = ["article-extraction", "big9-news", "dragnet", "cleanportaleval", "cleaneval"];

pub struct Page {
    pub id: String,
    pub gold: String,
}

fn dir(shared: &str, set: &str) -> String {
    if set == "article-extraction" {
        format!("{shared}/data/article-extraction")
    } else {
        format!("{shared}/data/extraction-more/{set}")
    }
}

/// Page ids and gold texts of one set.
pub fn pages(shared: &str, set: &str) -> Vec<Page> {
    let path = format!("{}/ground-truth.json", dir(shared, set));
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))).unwrap();
    let mut out: Vec<Page> = truth
        .as_object()
        .unwrap()
        .iter()
        .map(|(id, v)| Page { id: id.clone(), gold: v["articleBody"].as_str().unwrap_or("").to_string() })
        .collect();
    out.sort_by(|a, b| a.id.cmp(&b.id));
    out
}

/// The decoded HTML of one page.
pub fn html(shared: &str, set: &str, id: &str) -> String {
    let path = if set == "article-extraction" {
        format!("{}/html/{id}.html.gz", dir(shared, set))
    } else {
        format!("{}/pages/{id}.html.gz", dir(shared, set))
    };
    let file = std::fs::File::open(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file).read_to_end(&mut bytes).unwrap();
    chorus_core::html::decode_page(&bytes)
}

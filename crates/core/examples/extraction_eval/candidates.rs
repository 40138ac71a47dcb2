//! Every extractor measured, each call behind `catch_unwind`, with per-page
//! outputs cached on disk so selector experiments never re-extract.
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::time::Instant;
use trafilatura as trafilatura03;

/// Raw crates with their own settings, then Chorus's default (`html::extract`).
pub const CANDIDATES: [&str; 7] = [
    "trafilatura-0.3",
    "trafilatura-0.3+fallback",
    "trafilatura-0.6",
    "trafilatura-0.6+fallback",
    "rs-trafilatura-0.2",
    "dom_smoothie-0.19",
    "chorus",
];

#[derive(Serialize, Deserialize, Clone, Default)]
pub struct Output {
    pub id: String,
    pub text: String,
    pub secs: f64,
    pub panicked: bool,
    pub error: Option<String>,
}

fn extract(name: &str, html: &str) -> Result<String, String> {
    let e = |e: &dyn std::fmt::Display| e.to_string();
    match name {
        "trafilatura-0.3" | "trafilatura-0.3+fallback" => {
            let options = trafilatura03::Options::default().with_fallback(name.ends_with("fallback"));
            trafilatura03::extract(html, &options).map(|r| r.content_text).map_err(|x| e(&x))
        }
        "trafilatura-0.6" | "trafilatura-0.6+fallback" => {
            let options = trafilatura06::Options::default().with_fallback(name.ends_with("fallback"));
            trafilatura06::extract(html, &options).map(|r| r.content_text).map_err(|x| e(&x))
        }
        "rs-trafilatura-0.2" => rs_trafilatura::extract(html).map(|r| r.content_text).map_err(|x| e(&x)),
        "dom_smoothie-0.19" => {
            let cfg = dom_smoothie::Config { text_mode: dom_smoothie::TextMode::Formatted, ..Default::default() };
            dom_smoothie::Readability::new(html, None, Some(cfg))
                .and_then(|mut r| r.parse())
                .map(|a| a.text_content.to_string())
                .map_err(|x| e(&x))
        }
        "chorus" => chorus_core::html::extract(html, "page").map(|a| a.text).map_err(|x| e(&x)),
        other => panic!("unknown candidate {other}"),
    }
}

/// One page through one extractor; a panic is caught and recorded.
pub fn run(name: &str, id: &str, html: &str) -> Output {
    let started = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| extract(name, html)));
    let secs = started.elapsed().as_secs_f64();
    let (text, panicked, error) = match result {
        Ok(Ok(text)) => (text, false, None),
        Ok(Err(message)) => (String::new(), false, Some(message)),
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "panic".into());
            (String::new(), true, Some(message))
        }
    };
    Output { id: id.to_string(), text, secs, panicked, error }
}

pub fn cache_path(cache: &str, name: &str, set: &str) -> String {
    format!("{cache}/{name}/{set}.jsonl")
}

pub fn load(cache: &str, name: &str, set: &str) -> Option<HashMap<String, Output>> {
    let text = std::fs::read_to_string(cache_path(cache, name, set)).ok()?;
    let mut out = HashMap::new();
    for line in text.lines() {
        let o: Output = serde_json::from_str(line).ok()?;
        out.insert(o.id.clone(), o);
    }
    Some(out)
}

pub fn save(cache: &str, name: &str, set: &str, outputs: &[Output]) {
    let path = cache_path(cache, name, set);
    std::fs::create_dir_all(std::path::Path::new(&path).parent().unwrap()).unwrap();
    let mut text = String::new();
    for o in outputs {
        text.push_str(&serde_json::to_string(o).unwrap());
        text.push('\n');
    }
    std::fs::write(&path, text).unwrap();
}

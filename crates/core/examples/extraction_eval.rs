//! HTML extraction quality on the 181 saved pages of the article-extraction
//! benchmark, with its metric: shingles of 4 `\w+` tokens (lower-cased),
//! precision and recall per page, averaged, then F1; plus pages per second.
//!   cargo run --release -p chorus-core --example extraction_eval -- ../shared
use std::collections::HashMap;
use std::io::Read;
use std::time::Instant;

fn shingles(text: &str, re: &regex::Regex) -> HashMap<Vec<String>, usize> {
    let toks: Vec<String> = re.find_iter(text).map(|m| m.as_str().to_lowercase()).collect();
    let mut out = HashMap::new();
    if toks.len() >= 4 {
        for w in toks.windows(4) {
            *out.entry(w.to_vec()).or_default() += 1;
        }
    } else if !toks.is_empty() {
        out.insert(toks, 1);
    }
    out
}

fn precision_recall(predicted: &str, truth: &str, re: &regex::Regex) -> (f64, f64) {
    let (p, t) = (shingles(predicted, re), shingles(truth, re));
    let shared: usize = p.iter().map(|(k, n)| (*n).min(*t.get(k).unwrap_or(&0))).sum();
    let (pn, tn): (usize, usize) = (p.values().sum(), t.values().sum());
    let precision = if pn == 0 { (tn == 0) as u8 as f64 } else { shared as f64 / pn as f64 };
    let recall = if tn == 0 { 1.0 } else { shared as f64 / tn as f64 };
    (precision, recall)
}

fn main() {
    let shared = std::env::args().nth(1).unwrap_or_else(|| "../shared".into());
    let dir = format!("{shared}/data/article-extraction");
    let truth: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{dir}/ground-truth.json")).unwrap()).unwrap();
    let re = regex::Regex::new(r"\w+").unwrap();
    let mut pages = Vec::new();
    for (hash, v) in truth.as_object().unwrap() {
        let mut gz = flate2::read::GzDecoder::new(std::fs::File::open(format!("{dir}/html/{hash}.html.gz")).unwrap());
        let mut bytes = Vec::new();
        gz.read_to_end(&mut bytes).unwrap();
        pages.push((chorus_core::html::decode_page(&bytes), v["articleBody"].as_str().unwrap_or("").to_string()));
    }
    let started = Instant::now();
    let (mut sp, mut sr, mut failed) = (0.0, 0.0, 0);
    for (html, body) in &pages {
        let text = chorus_core::html::extract(html, "page").map(|a| a.text).unwrap_or_else(|_| {
            failed += 1;
            String::new()
        });
        let (p, r) = precision_recall(&text, body, &re);
        sp += p;
        sr += r;
    }
    let n = pages.len() as f64;
    let (p, r) = (sp / n, sr / n);
    println!(
        "{} pages: precision {p:.3} recall {r:.3} F1 {:.3}, {:.0} pages/s, {failed} without text",
        pages.len(),
        2.0 * p * r / (p + r),
        n / started.elapsed().as_secs_f64()
    );
}

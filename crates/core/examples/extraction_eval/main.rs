//! HTML extraction quality on every labelled page set under ../shared (the 181
//! pages of article-extraction and the four sets of extraction-more), with the
//! article-extraction metric: shingles of 4 `\w+` tokens (lower-cased),
//! precision and recall per page, averaged, then F1; plus pages per second
//! and the pages on which an extractor panicked (caught, counted).
//!
//!   cargo run --release -p chorus-core --features extraction-candidates \
//!       --example extraction_eval -- ../shared [--fresh NAME]... [--only NAME]...
//!
//! Per-page outputs are cached under target/extraction-cache/<candidate>/<set>.jsonl;
//! a cached candidate is not run again unless named with --fresh (do that for
//! `chorus` after changing html.rs). Selector experiments read only the cache.
mod candidates;
mod data;
mod logistic;
mod metric;
mod select;

use candidates::{Output, CANDIDATES};
use std::collections::HashMap;

struct Args {
    shared: String,
    cache: String,
    fresh: Vec<String>,
    only: Vec<String>,
}

fn args() -> Args {
    let mut a =
        Args { shared: "../shared".into(), cache: "target/extraction-cache".into(), fresh: vec![], only: vec![] };
    let mut it = std::env::args().skip(1);
    while let Some(x) = it.next() {
        match x.as_str() {
            "--cache" => a.cache = it.next().expect("--cache DIR"),
            "--fresh" => a.fresh.push(it.next().expect("--fresh NAME")),
            "--only" => a.only.push(it.next().expect("--only NAME")),
            _ => a.shared = x,
        }
    }
    a
}

/// Outputs of `name` on `set`, from the cache or by running it (then cached).
fn outputs(a: &Args, name: &str, set: &str, pages: &[data::Page]) -> HashMap<String, Output> {
    if !a.fresh.iter().any(|f| f == name) {
        if let Some(cached) = candidates::load(&a.cache, name, set) {
            if pages.iter().all(|p| cached.contains_key(&p.id)) {
                return cached;
            }
        }
    }
    eprintln!("extracting {set} with {name} ...");
    let outs: Vec<Output> =
        pages.iter().map(|p| candidates::run(name, &p.id, &data::html(&a.shared, set, &p.id))).collect();
    candidates::save(&a.cache, name, set, &outs);
    outs.into_iter().map(|o| (o.id.clone(), o)).collect()
}

fn main() {
    let a = args();
    // Panics are caught per page and counted; keep their messages off stderr.
    std::panic::set_hook(Box::new(|_| {}));
    let metric = metric::Metric::new();
    let names: Vec<&str> =
        CANDIDATES.iter().copied().filter(|n| a.only.is_empty() || a.only.iter().any(|o| o == n)).collect();

    let mut sets = Vec::new();
    for set in data::SETS {
        let pages = data::pages(&a.shared, set);
        let gold: Vec<_> = pages.iter().map(|p| metric.shingles(&p.gold)).collect();
        let mut by_candidate = HashMap::new();
        for name in &names {
            let outs = outputs(&a, name, set, &pages);
            let ordered: Vec<Output> = pages.iter().map(|p| outs[&p.id].clone()).collect();
            by_candidate.insert(name.to_string(), ordered);
        }
        sets.push(select::SetData { pages, gold, outputs: by_candidate });
    }

    println!("| extractor | {} | worst F1 |", data::SETS.join(" | "));
    println!("|---|{}---|", "---|".repeat(data::SETS.len()));
    for name in &names {
        let mut cells = Vec::new();
        let mut worst = f64::MAX;
        for s in &sets {
            let outs = &s.outputs[*name];
            let pr: Vec<_> = outs.iter().zip(&s.gold).map(|(o, g)| metric.precision_recall(&o.text, g)).collect();
            let (p, r, f) = metric::summary(&pr);
            worst = worst.min(f);
            let secs: f64 = outs.iter().map(|o| o.secs).sum();
            let panics = outs.iter().filter(|o| o.panicked).count();
            let empty = outs.iter().filter(|o| o.text.trim().is_empty()).count();
            cells.push(format!(
                "{f:.3} (P {p:.3} R {r:.3}) {:.0}/s{}{}",
                outs.len() as f64 / secs.max(1e-9),
                if panics > 0 { format!(", {panics} panics") } else { String::new() },
                if empty > 0 { format!(", {empty} empty") } else { String::new() },
            ));
        }
        println!("| `{name}` | {} | {worst:.3} |", cells.join(" | "));
    }
    select::experiments(&metric, &sets);
}

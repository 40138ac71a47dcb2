//! The three figures a trustworthy summary is held to, for a JSONL file of
//! clusters with references: ROUGE (as `chorus eval`), the share of summaries
//! that open on an article's lead, and pronoun-speaker sentences per summary
//! that do not follow their own article's preceding sentence
//! (see `chorus_eval::reading`).
//!
//! cargo run --release -p chorus-eval --example reading -- ../shared/data/multinews-full/validation-250.jsonl [METHOD]

use chorus_core::ingest::jsonl_clusters;
use chorus_core::pipeline::{summarize_prepared, Options, Prepared};
use chorus_eval::reading::{reading, Reading};
use chorus_eval::score_summary;
use chorus_rouge::Scorer;
use rayon::prelude::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: reading CLUSTERS.jsonl [METHOD]");
    let mut options = Options::default();
    if let Some(method) = args.next() {
        options.method = method;
    }
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("open the JSONL file"));
    let clusters: Vec<_> = jsonl_clusters(file, &path).filter_map(|(_, c)| c.ok()).collect();
    // Per cluster, R-L, R-Lsum F1, and how it reads.
    let rows: Vec<([f64; 4], Reading)> = clusters
        .par_iter()
        .filter(|c| c.reference.as_deref().is_some_and(|r| !r.trim().is_empty()))
        .filter(|c| c.articles.iter().any(|a| !a.text.trim().is_empty()))
        .map_init(
            || Scorer::new(true),
            |scorer, c| {
                let prepared = Prepared::new(c);
                let (summary, chosen) = summarize_prepared(&prepared, &options).expect("valid options");
                let s = score_summary(scorer, &summary, c.reference.as_deref().unwrap_or(""));
                let f = [s.rouge1.fmeasure, s.rouge2.fmeasure, s.rouge_l.fmeasure, s.rouge_lsum.fmeasure];
                (f, reading(&prepared, &chosen))
            },
        )
        .collect();
    let n = rows.len().max(1) as f64;
    let rouge = |k: usize| 100.0 * rows.iter().map(|r| r.0[k]).sum::<f64>() / n;
    let leads = rows.iter().filter(|r| r.1.opens_on_lead).count() as f64 / n;
    let adrift = rows.iter().map(|r| r.1.adrift_speakers).sum::<usize>() as f64 / n;
    let adrift_speech = rows.iter().map(|r| r.1.adrift_speech).sum::<usize>() as f64 / n;
    let adrift_quotes = rows.iter().map(|r| r.1.adrift_quotes).sum::<usize>() as f64 / n;
    let quotes = rows.iter().filter(|r| r.1.adrift_quotes > 0).count();
    let pieces = rows.iter().map(|r| r.1.adrift_quote_pieces).sum::<usize>() as f64 / n;
    let with_pieces = rows.iter().filter(|r| r.1.adrift_quote_pieces > 0).count();
    let surnames = rows.iter().map(|r| r.1.unintroduced_surnames).sum::<usize>() as f64 / n;
    let with_surnames = rows.iter().filter(|r| r.1.unintroduced_surnames > 0).count();
    println!("{path}: {} clusters, method {}", rows.len(), options.method);
    println!("ROUGE R-1 {:.2} R-2 {:.2} R-L {:.2} R-Lsum {:.2}", rouge(0), rouge(1), rouge(2), rouge(3));
    println!("opens on a lead: {leads:.3}");
    println!("adrift pronoun speakers per summary: {adrift:.3} (speech verb in the next 3 words)");
    println!("adrift pronoun openers with a speech verb per summary: {adrift_speech:.3} (verb anywhere)");
    println!("adrift bare quotations per summary: {adrift_quotes:.3} ({quotes} summaries with one)");
    println!("adrift later sentences of a quotation per summary: {pieces:.3} ({with_pieces} summaries with one)");
    println!(
        "surname speakers not named in full before them per summary: {surnames:.3} ({with_surnames} summaries with one)"
    );
}

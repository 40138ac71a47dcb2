//! The body sentences of every article of a cluster JSONL file, as `chorus
//! segment` finds them: one JSON line per article, `{"cluster", "doc",
//! "sentences"}`, and the totals on stderr. Two runs' outputs can be compared
//! line by line to see what a change to the cleaner or splitter did.
//! cargo run --release -p chorus-core --example segment_jsonl -- ../shared/data/multinews-full/validation-250.jsonl > out.jsonl
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Write};

use chorus_core::ingest::jsonl_clusters;
use chorus_core::Prepared;

fn main() -> io::Result<()> {
    let path = std::env::args().nth(1).expect("usage: segment_jsonl CLUSTERS.jsonl");
    let reader = BufReader::new(File::open(&path)?);
    let mut out = BufWriter::new(io::stdout().lock());
    let (mut articles, mut sentences) = (0usize, 0usize);
    for (line, cluster) in jsonl_clusters(reader, &path) {
        let Ok(cluster) = cluster else {
            eprintln!("line {line}: not a cluster");
            continue;
        };
        let prepared = Prepared::new(&cluster);
        for doc in 0..cluster.articles.len() {
            let texts: Vec<&str> = (0..prepared.sentences.len())
                .filter(|&i| prepared.sentences[i].doc == doc)
                .map(|i| prepared.raw(i))
                .collect();
            sentences += texts.len();
            articles += 1;
            let row = serde_json::json!({ "cluster": cluster.id, "doc": doc, "sentences": texts });
            writeln!(out, "{row}")?;
        }
    }
    out.flush()?;
    eprintln!("{articles} articles, {sentences} sentences");
    Ok(())
}

//! Build the brief of every cluster of a JSONL file, without panic isolation, so a
//! panic anywhere in the brief stops the run and names its cluster:
//! cargo run --release -p chorus-brief --example brief_each -- ../shared/data/multinews-full/validation-250.jsonl
use std::io::BufReader;

fn main() {
    let path = std::env::args().nth(1).expect("a JSONL file of clusters");
    let file = std::fs::File::open(&path).expect("readable");
    let (mut ok, mut failed) = (0, 0);
    for (line, cluster) in chorus_core::ingest::jsonl_clusters(BufReader::new(file), &path) {
        let cluster = cluster.unwrap_or_else(|e| panic!("line {line}: {e}"));
        eprint!("\r{line} {}", cluster.id);
        match chorus_brief::brief(&cluster, &chorus_core::Options::default()) {
            Ok(_) => ok += 1,
            Err(e) => {
                failed += 1;
                eprintln!("\n{}: {e}", cluster.id);
            }
        }
    }
    eprintln!("\n{ok} briefs, {failed} errors");
}

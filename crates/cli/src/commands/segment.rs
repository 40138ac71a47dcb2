//! `chorus segment`: the cleaned body text of articles, one sentence per line.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::Result;
use chorus_core::ingest::{read_cluster_from_paths, read_cluster_from_text};
use chorus_core::pipeline::{display_text, Prepared};

use crate::{input, Outcome};

pub fn run(paths: &[PathBuf], json: bool) -> Result<Outcome> {
    let cluster = if paths.is_empty() {
        read_cluster_from_text(&input::read_stdin_text()?, "<stdin>")?
    } else {
        read_cluster_from_paths(paths)?
    };
    let prepared = Prepared::new(&cluster);
    let mut out = io::BufWriter::new(io::stdout().lock());
    for (i, s) in prepared.sentences.iter().enumerate() {
        if json {
            let row = serde_json::json!({ "doc": s.doc, "start": s.start, "end": s.end, "text": prepared.raw(i), "boilerplate": s.boilerplate });
            writeln!(out, "{row}")?;
        } else {
            writeln!(out, "{}", display_text(prepared.raw(i)))?;
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}

//! `chorus rouge`: score candidate/reference pairs, one JSON line each.

use std::io::{self, BufRead, BufWriter, Write};

use anyhow::Result;
use chorus_rouge::Scorer;
use serde::Deserialize;

use crate::{input, Outcome};

#[derive(Deserialize)]
struct Pair {
    candidate: String,
    reference: String,
}

pub fn run(path: &str, stem: bool, split_reference: bool) -> Result<Outcome> {
    let mut scorer = Scorer::new(stem);
    let mut out = BufWriter::new(io::stdout().lock());
    let mut failed = 0;
    for (i, line) in input::open(path)?.lines().enumerate() {
        let line_no = i + 1;
        let parsed = line
            .map_err(|e| e.to_string())
            .and_then(|l| if l.trim().is_empty() { Err(String::new()) } else { Ok(l) })
            .and_then(|l| serde_json::from_str::<Pair>(&l).map_err(|e| e.to_string()));
        match parsed {
            Ok(pair) => {
                let reference =
                    if split_reference { chorus_eval::reference_lines(&pair.reference) } else { pair.reference };
                serde_json::to_writer(&mut out, &scorer.score(&reference, &pair.candidate))?;
                out.write_all(b"\n")?;
            }
            Err(e) if e.is_empty() => continue,
            Err(e) => {
                failed += 1;
                eprintln!("chorus: {path}:{line_no}: {e}");
                writeln!(out, "{}", serde_json::json!({ "line": line_no, "error": e }))?;
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 { Outcome::PartialFailure(failed) } else { Outcome::Success })
}

//! `chorus summarize` and `chorus brief`: files, directories, stdin text or
//! JSONL clusters in; a cited summary (or a full brief) out.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{bail, Result};
use chorus_core::ingest::{jsonl_clusters, read_cluster_from_paths, read_cluster_from_text};
use chorus_core::{render, summarize, Cluster, Format, Options};
use rayon::prelude::*;

use super::BATCH_LINES;
use crate::{input, progress, Outcome};

/// What to make of one cluster, rendered.
pub type Produce = fn(&Cluster, &Options, Format) -> chorus_core::Result<String>;

pub fn summary(cluster: &Cluster, options: &Options, format: Format) -> chorus_core::Result<String> {
    summarize(cluster, options).map(|s| render(&s, format))
}

pub fn brief(cluster: &Cluster, options: &Options, format: Format) -> chorus_core::Result<String> {
    chorus_brief::brief(cluster, options).map(|b| chorus_brief::render(&b, format))
}

pub fn run(
    paths: &[PathBuf],
    jsonl: Option<&str>,
    options: &Options,
    format: Format,
    produce: Produce,
) -> Result<Outcome> {
    options.budget.validate()?;
    chorus_core::select::by_name(&options.method)?;
    if let Some(path) = jsonl {
        return run_jsonl(path, options, format, produce);
    }
    let cluster = if paths.is_empty() {
        if std::io::IsTerminal::is_terminal(&io::stdin()) {
            bail!("no input: give article files or directories, --jsonl FILE, or pipe text on stdin (see --help)");
        }
        read_cluster_from_text(&input::read_stdin_text()?, "<stdin>")?
    } else {
        read_cluster_from_paths(paths)?
    };
    let rendered = produce(&cluster, options, format)?;
    let mut out = io::stdout().lock();
    writeln!(out, "{}", rendered.trim_end())?;
    Ok(Outcome::Success)
}

/// One output line per input line, in input order; a bad line becomes an
/// error record and the rest still run.
fn run_jsonl(path: &str, options: &Options, format: Format, produce: Produce) -> Result<Outcome> {
    let bar = progress::bar(input::count_lines(path), "clusters");
    let mut lines = jsonl_clusters(input::open(path)?, path);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    loop {
        let batch: Vec<_> = lines.by_ref().take(BATCH_LINES).collect();
        if batch.is_empty() {
            break;
        }
        let rendered: Vec<(usize, chorus_core::Result<String>)> = batch
            .into_par_iter()
            .map(|(line, cluster)| {
                (line, cluster.and_then(|c| produce(&c, options, format)).map(|s| s.trim_end().to_string()))
            })
            .collect();
        for (line, r) in rendered {
            match r {
                Ok(text) => writeln!(out, "{text}")?,
                Err(e) => {
                    failed += 1;
                    eprintln!("chorus: {e}");
                    writeln!(out, "{}", serde_json::json!({ "line": line, "error": e.to_string() }))?;
                }
            }
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    out.flush()?;
    Ok(if failed > 0 { Outcome::PartialFailure(failed) } else { Outcome::Success })
}

//! `chorus summarize` and `chorus brief`: files, directories, stdin text or
//! JSONL clusters in; a cited summary (or a full brief) out.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{bail, Result};
use chorus_core::ingest::{jsonl_clusters, read_cluster_from_paths, read_cluster_from_text};
use chorus_core::{isolate, render, summarize, Cluster, Format, Options};
use rayon::prelude::*;

use super::BATCH_LINES;
use crate::records::{error_record, test_panic_hook};
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
    let rendered = isolate(&cluster.id, || produce(&cluster, options, format))?;
    let mut out = io::stdout().lock();
    writeln!(out, "{}", rendered.trim_end())?;
    out.flush()?;
    Ok(Outcome::Success)
}

/// One output per input line, in input order; a bad line — even one that
/// makes some code path panic — becomes an error record and the rest still
/// run. JSON puts error records in the output stream (one line per input
/// line); text and Markdown put a header before each cluster and send error
/// records to stderr only.
fn run_jsonl(path: &str, options: &Options, format: Format, produce: Produce) -> Result<Outcome> {
    let bar = progress::bar(input::count_lines(path), "clusters");
    let mut lines = jsonl_clusters(input::open(path)?, path);
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    let mut written = 0usize;
    loop {
        let batch: Vec<_> = lines.by_ref().take(BATCH_LINES).collect();
        if batch.is_empty() {
            break;
        }
        let rendered: Vec<_> = batch
            .into_par_iter()
            .map(|(line, cluster)| {
                let id = cluster.as_ref().ok().map(|c| c.id.clone());
                let result = cluster.and_then(|c| {
                    isolate(&format!("{path}:{line} (id {})", c.id), || {
                        test_panic_hook(&c.id);
                        produce(&c, options, format)
                    })
                });
                (line, id, result)
            })
            .collect();
        for (line, id, result) in rendered {
            match result {
                Ok(text) => {
                    if format != Format::Json {
                        let header = format!("==> {} (line {line}) <==", id.as_deref().unwrap_or(""));
                        writeln!(out, "{}{header}", if written > 0 { "\n" } else { "" })?;
                    }
                    writeln!(out, "{}", text.trim_end())?;
                    written += 1;
                }
                Err(e) => {
                    failed += 1;
                    let record = error_record(line, id.as_deref(), &e);
                    bar.suspend(|| eprintln!("chorus: {e}"));
                    if format == Format::Json {
                        writeln!(out, "{record}")?;
                    }
                }
            }
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    out.flush()?;
    Ok(if failed > 0 { Outcome::PartialFailure(failed) } else { Outcome::Success })
}

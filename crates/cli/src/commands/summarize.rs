//! `chorus summarize` and `chorus brief`: files, directories, stdin text or
//! JSONL clusters in; a cited summary (or a full brief) out.

use std::io::{self, Write};
use std::path::PathBuf;

use anyhow::{bail, Result};
use chorus_core::ingest::{
    article_files, jsonl_pending_clusters, read_article_file, read_cluster_from_text, Document, PendingCluster,
};
use chorus_core::{isolate, render, summarize, Cluster, Format, Options};
use rayon::prelude::*;

use super::BATCH_LINES;
use crate::records::{error_record, test_panic_hook};
use crate::web::{self, FetchArgs};
use crate::{input, progress, Outcome};

/// What to make of one cluster, rendered.
pub type Produce = fn(&Cluster, &Options, Format) -> chorus_core::Result<String>;

/// The mixed-stories check runs beside the summary (on another core when
/// there is one): it does not read the summary, and a one-shot run would
/// otherwise wait for both in turn.
pub fn summary(cluster: &Cluster, options: &Options, format: Format) -> chorus_core::Result<String> {
    let (s, warning) = rayon::join(|| summarize(cluster, options), || chorus_cluster::story_warning(&cluster.articles));
    let mut s = s?;
    s.warnings = story_warnings(cluster, warning);
    Ok(render(&s, format))
}

pub fn brief(cluster: &Cluster, options: &Options, format: Format) -> chorus_core::Result<String> {
    let (b, warning) =
        rayon::join(|| chorus_brief::brief(cluster, options), || chorus_cluster::story_warning(&cluster.articles));
    let mut b = b?;
    b.summary.warnings = story_warnings(cluster, warning);
    Ok(chorus_brief::render(&b, format))
}

/// Articles that look like several stories: said on stderr, and carried in the output.
fn story_warnings(cluster: &Cluster, warning: Option<String>) -> Vec<String> {
    if let Some(w) = &warning {
        eprintln!("chorus: warning: {}: {w}", cluster.id);
    }
    warning.into_iter().collect()
}

pub fn run(
    paths: &[PathBuf],
    jsonl: Option<&str>,
    options: &Options,
    format: Format,
    produce: Produce,
    fetch: &FetchArgs,
) -> Result<Outcome> {
    if let Some(path) = jsonl {
        return run_jsonl(path, options, format, produce, fetch);
    }
    let (cluster, failures) = if paths.is_empty() {
        if std::io::IsTerminal::is_terminal(&io::stdin()) {
            bail!(
                "no input: give article files, directories or URLs, --jsonl FILE, or pipe text on stdin (see --help)"
            );
        }
        (read_cluster_from_text(&input::read_stdin_text()?, "<stdin>")?, Vec::new())
    } else {
        let pending = pending_from_arguments(paths)?;
        let (cluster, failures) = web::resolve(&fetch.fetcher(), vec![Ok(pending)]).pop().expect("one cluster");
        for failure in &failures {
            eprintln!("chorus: {failure}");
        }
        (cluster?, failures)
    };
    let rendered = isolate(&cluster.id, || produce(&cluster, options, format))?;
    let rendered = if format == Format::Json { web::with_warnings(&rendered, &failures) } else { rendered };
    let mut out = io::stdout().lock();
    writeln!(out, "{}", rendered.trim_end())?;
    out.flush()?;
    Ok(if failures.is_empty() { Outcome::Success } else { Outcome::PartialFailure(failures.len()) })
}

/// One cluster from command-line arguments, in their order: files and
/// directories read now, `http(s)://` arguments left to fetch.
fn pending_from_arguments(paths: &[PathBuf]) -> Result<PendingCluster> {
    let mut documents = Vec::new();
    for path in paths {
        match path.to_str().filter(|p| web::is_url(p)) {
            Some(url) => documents.push(Document::Fetch { url: url.to_string(), given: Default::default() }),
            None => {
                let files = if path.is_dir() { article_files(path)? } else { vec![path.clone()] };
                for file in files {
                    documents.extend(read_article_file(&file)?.into_iter().map(Document::Ready));
                }
            }
        }
    }
    let id = match paths {
        [one] if web::is_url(&one.to_string_lossy()) => one.to_string_lossy().into_owned(),
        [one] => one.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default(),
        _ => "cluster".to_string(),
    };
    Ok(PendingCluster { id, documents, reference: None })
}

/// One output per input line, in input order; a bad line — even one that
/// makes some code path panic — becomes an error record and the rest still
/// run. JSON puts error records in the output stream (one line per input
/// line); text and Markdown put a header before each cluster and send error
/// records to stderr only.
fn run_jsonl(path: &str, options: &Options, format: Format, produce: Produce, fetch: &FetchArgs) -> Result<Outcome> {
    let bar = progress::bar(input::count_lines(path), "clusters");
    let mut lines = jsonl_pending_clusters(input::open(path)?, path);
    let fetcher = fetch.fetcher();
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut failed = 0usize;
    let mut written = 0usize;
    loop {
        let batch: Vec<_> = lines.by_ref().take(BATCH_LINES).collect();
        if batch.is_empty() {
            break;
        }
        // `{"url"}` documents: every URL of the batch is fetched once, a few at a time, before the work.
        let (numbers, pending): (Vec<usize>, Vec<_>) = batch.into_iter().unzip();
        let ids: Vec<Option<String>> = pending.iter().map(|p| p.as_ref().ok().map(|p| p.id.clone())).collect();
        let resolved = web::resolve(&fetcher, pending);
        let rendered: Vec<_> = numbers
            .into_par_iter()
            .zip(ids)
            .zip(resolved)
            .map(|((line, id), (cluster, warnings))| {
                let result = cluster.and_then(|c| {
                    isolate(&format!("{path}:{line} (id {})", c.id), || {
                        test_panic_hook(&c.id);
                        produce(&c, options, format)
                    })
                });
                (line, id, result, warnings)
            })
            .collect();
        for (line, id, result, warnings) in rendered {
            for warning in &warnings {
                bar.suspend(|| eprintln!("chorus: {warning}"));
            }
            failed += warnings.len();
            let result =
                result.map(|text| if format == Format::Json { web::with_warnings(&text, &warnings) } else { text });
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

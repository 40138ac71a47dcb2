//! `chorus eval`: summarize every cluster of a JSONL file and score it against its reference.

use std::fs::File;
use std::io::{BufWriter, Write};

use anyhow::{Context, Result};
use chorus_core::ingest::jsonl_clusters;
use chorus_core::Options;
use chorus_eval::{evaluate_batch_with, Report, Tally};

use super::BATCH_LINES;
use crate::records::test_panic_hook;
use crate::{input, progress, Outcome, ReportFormat};

pub fn run(path: &str, options: &Options, format: ReportFormat, out: Option<&str>) -> Result<Outcome> {
    let method = chorus_core::select::by_name(&options.method)?;
    let bar = progress::bar(input::count_lines(path), "clusters");
    let mut per_cluster = match out {
        Some(p) => Some(BufWriter::new(File::create(p).with_context(|| format!("{p}: cannot create"))?)),
        None => None,
    };
    let mut lines = jsonl_clusters(input::open(path)?, path);
    let mut tally = Tally::new(method.name());
    loop {
        let batch: Vec<_> = lines.by_ref().take(BATCH_LINES).collect();
        if batch.is_empty() {
            break;
        }
        let n = batch.len() as u64;
        let summarize = |cluster: &chorus_core::Cluster| {
            test_panic_hook(&cluster.id);
            chorus_core::summarize(cluster, options)
        };
        for result in evaluate_batch_with(batch, summarize) {
            if let Some(e) = &result.error {
                bar.suspend(|| eprintln!("chorus: {e}"));
            }
            tally.add(&result);
            if let Some(w) = per_cluster.as_mut() {
                serde_json::to_writer(&mut *w, &result)?;
                w.write_all(b"\n")?;
            }
        }
        bar.inc(n);
    }
    bar.finish_and_clear();
    if let Some(mut w) = per_cluster {
        w.flush()?;
    }
    let report = tally.finish();
    if report.missing_reference > 0 {
        eprintln!(
            "chorus: warning: {} clusters have no reference summary and were not scored",
            report.missing_reference
        );
    }
    print_report(&report, format)?;
    Ok(if report.failed > 0 { Outcome::PartialFailure(report.failed) } else { Outcome::Success })
}

fn print_report(report: &Report, format: ReportFormat) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match format {
        ReportFormat::Json => writeln!(out, "{}", serde_json::to_string(report)?)?,
        ReportFormat::Text => {
            let m = &report.mean_f1;
            writeln!(out, "method      {}", report.method)?;
            writeln!(
                out,
                "clusters    {} ({} scored, {} without reference, {} failed)",
                report.clusters, report.scored, report.missing_reference, report.failed
            )?;
            writeln!(out, "ROUGE-1     {:.2}", m.rouge1)?;
            writeln!(out, "ROUGE-2     {:.2}", m.rouge2)?;
            writeln!(out, "ROUGE-L     {:.2}", m.rouge_l)?;
            writeln!(out, "ROUGE-Lsum  {:.2}", m.rouge_lsum)?;
            writeln!(out, "words       {:.1} per summary", report.mean_words)?;
            writeln!(out, "speed       {:.0} clusters/s ({:.2} s)", report.clusters_per_second, report.seconds)?;
        }
    }
    Ok(())
}

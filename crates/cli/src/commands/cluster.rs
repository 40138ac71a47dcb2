//! `chorus cluster` and `chorus digest`: a pile of articles → stories → summaries.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chorus_cluster::Pile;
use chorus_core::ingest::{jsonl_lines, parse_article_line, read_article_file};
use chorus_core::{isolate, render, summarize, Article, Cluster, Format, Options};
use rayon::prelude::*;

use crate::feeds::{self, Feeds};
use crate::records::{error_record, test_panic_hook};
use crate::{input, progress, Outcome};

/// Articles from JSONL (one article per line) or from files and directories,
/// and an error record for each line or file that could not be read.
fn read_articles(paths: &[PathBuf], jsonl: Option<&str>) -> Result<(Vec<(String, Article)>, Vec<serde_json::Value>)> {
    let mut articles = Vec::new();
    let mut errors = Vec::new();
    if let Some(path) = jsonl {
        for (line, parsed) in jsonl_lines(input::open(path)?, path, parse_article_line) {
            match parsed {
                Ok(a) => articles.push(a),
                Err(e) => {
                    eprintln!("chorus: {e}");
                    errors.push(error_record(line, None, &e));
                }
            }
        }
    }
    for path in paths {
        let files = if path.is_dir() { chorus_core::ingest::article_files(path)? } else { vec![path.clone()] };
        for file in files {
            let name = file.display().to_string();
            match isolate(&name, || read_article_file(&file)) {
                Ok(read) => {
                    for (k, article) in read.into_iter().enumerate() {
                        articles.push((format!("{name}#{k}"), article));
                    }
                }
                Err(e) => {
                    eprintln!("chorus: {e}");
                    errors.push(serde_json::json!({ "id": name, "error": e.to_string() }));
                }
            }
        }
    }
    Ok((articles, errors))
}

/// Error records first, so every input has its line in the output.
fn write_errors(out: &mut impl Write, errors: &[serde_json::Value]) -> Result<()> {
    for record in errors {
        writeln!(out, "{record}")?;
    }
    Ok(())
}

fn load_state(path: Option<&str>) -> Result<Pile> {
    match path {
        Some(p) if Path::new(p).exists() => {
            let text = fs::read_to_string(p).with_context(|| format!("{p}: cannot read state"))?;
            let pile: Pile = serde_json::from_str(&text).with_context(|| format!("{p}: not a chorus story state"))?;
            Ok(pile.restore())
        }
        _ => Ok(Pile::new()),
    }
}

fn save_state(path: Option<&str>, pile: &Pile) -> Result<()> {
    if let Some(p) = path {
        let tmp = format!("{p}.tmp");
        fs::write(&tmp, serde_json::to_vec(pile)?).with_context(|| format!("{tmp}: cannot write"))?;
        fs::rename(&tmp, p).with_context(|| format!("{p}: cannot replace state"))?;
    }
    Ok(())
}

pub fn cluster(paths: &[PathBuf], jsonl: Option<&str>, state: Option<&str>, stories_too: bool) -> Result<Outcome> {
    let (articles, errors) = read_articles(paths, jsonl)?;
    let failed = errors.len();
    let mut pile = load_state(state)?;
    let first = pile.add(articles);
    let assignments = pile.assignments();
    let mut out = BufWriter::new(io::stdout().lock());
    write_errors(&mut out, &errors)?;
    if stories_too {
        let rows: Vec<_> = (first..pile.entries.len())
            .map(|i| serde_json::json!({ "id": pile.entries[i].id, "story": assignments[i] }))
            .collect();
        let json = serde_json::json!({ "articles": rows, "stories": pile.stories() });
        writeln!(out, "{json}")?;
    } else {
        for (entry, story) in pile.entries.iter().zip(&assignments).skip(first) {
            writeln!(out, "{}", serde_json::json!({ "id": entry.id, "story": story }))?;
        }
    }
    out.flush()?;
    save_state(state, &pile)?;
    Ok(if failed > 0 { Outcome::PartialFailure(failed) } else { Outcome::Success })
}

pub fn digest(
    paths: &[PathBuf],
    jsonl: Option<&str>,
    feeds: Option<&Feeds>,
    state: Option<&str>,
    options: &Options,
) -> Result<Outcome> {
    let (mut articles, mut errors) = read_articles(paths, jsonl)?;
    // Feed items are one more input source: their articles join the pile, their failures are error records.
    let mut seen = if feeds.is_some() { feeds::load_seen(state)? } else { Default::default() };
    if let Some(feeds) = feeds {
        let (read, failed) = feeds.read(&mut seen);
        articles.extend(read);
        errors.extend(failed);
    }
    let mut failed = errors.len();
    let texts: Vec<Article> = articles.iter().map(|(_, a)| a.clone()).collect();
    let mut pile = load_state(state)?;
    let first = pile.add(articles);
    let stories: Vec<_> = pile.stories().into_iter().filter(|s| s.size > 1).collect();
    let bar = progress::bar(Some(stories.len() as u64), "stories");
    // Only this run's articles have text at hand; earlier ones live in the state as vectors.
    let summaries: Vec<Option<Result<String, serde_json::Value>>> = stories
        .par_iter()
        .map(|story| {
            let articles: Vec<Article> =
                story.members.iter().filter(|&&i| i >= first).map(|&i| texts[i - first].clone()).collect();
            bar.inc(1);
            if articles.len() < 2 {
                return None;
            }
            let cluster = Cluster { id: format!("story-{}", story.story), articles, reference: None };
            // A panic on one story is that story's error record; the others go on.
            let summary = isolate(&cluster.id, || {
                test_panic_hook(&cluster.id);
                summarize(&cluster, options)
            });
            Some(summary.map(|s| render(&s, Format::Json)).map_err(|e| {
                bar.suspend(|| eprintln!("chorus: {e}"));
                serde_json::json!({ "id": cluster.id, "error": e.to_string() })
            }))
        })
        .collect();
    bar.finish_and_clear();
    let mut out = BufWriter::new(io::stdout().lock());
    write_errors(&mut out, &errors)?;
    for line in summaries.into_iter().flatten() {
        match line {
            Ok(json) => writeln!(out, "{json}")?,
            Err(record) => {
                failed += 1;
                writeln!(out, "{record}")?;
            }
        }
    }
    out.flush()?;
    save_state(state, &pile)?;
    if feeds.is_some() {
        feeds::save_seen(state, &seen)?;
    }
    Ok(if failed > 0 { Outcome::PartialFailure(failed) } else { Outcome::Success })
}

//! `chorus cluster` and `chorus digest`: a pile of articles → stories → summaries.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chorus_cluster::Pile;
use chorus_core::ingest::{jsonl_lines, parse_article_line, read_article_file};
use chorus_core::{render, summarize, Article, Cluster, Format, Options};
use rayon::prelude::*;

use crate::{input, progress, Outcome};

/// Articles from JSONL (one article per line) or from files and directories.
fn read_articles(paths: &[PathBuf], jsonl: Option<&str>) -> Result<(Vec<(String, Article)>, usize)> {
    let mut articles = Vec::new();
    let mut failed = 0;
    if let Some(path) = jsonl {
        for (_, parsed) in jsonl_lines(input::open(path)?, path, parse_article_line) {
            match parsed {
                Ok(a) => articles.push(a),
                Err(e) => {
                    failed += 1;
                    eprintln!("chorus: {e}");
                }
            }
        }
    }
    for path in paths {
        let files = if path.is_dir() { chorus_core::ingest::article_files(path)? } else { vec![path.clone()] };
        for file in files {
            for (k, article) in read_article_file(&file)?.into_iter().enumerate() {
                articles.push((format!("{}#{k}", file.display()), article));
            }
        }
    }
    Ok((articles, failed))
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
    let (articles, failed) = read_articles(paths, jsonl)?;
    let mut pile = load_state(state)?;
    let first = pile.add(articles);
    let assignments = pile.assignments();
    let mut out = BufWriter::new(io::stdout().lock());
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

pub fn digest(paths: &[PathBuf], jsonl: Option<&str>, state: Option<&str>, options: &Options) -> Result<Outcome> {
    options.budget.validate()?;
    chorus_core::select::by_name(&options.method)?;
    let (articles, failed) = read_articles(paths, jsonl)?;
    let texts: Vec<Article> = articles.iter().map(|(_, a)| a.clone()).collect();
    let mut pile = load_state(state)?;
    let first = pile.add(articles);
    let stories: Vec<_> = pile.stories().into_iter().filter(|s| s.size > 1).collect();
    let bar = progress::bar(Some(stories.len() as u64), "stories");
    // Only this run's articles have text at hand; earlier ones live in the state as vectors.
    let summaries: Vec<Option<String>> = stories
        .par_iter()
        .map(|story| {
            let articles: Vec<Article> =
                story.members.iter().filter(|&&i| i >= first).map(|&i| texts[i - first].clone()).collect();
            bar.inc(1);
            if articles.len() < 2 {
                return None;
            }
            let cluster = Cluster { id: format!("story-{}", story.story), articles, reference: None };
            summarize(&cluster, options).ok().map(|s| render(&s, Format::Json))
        })
        .collect();
    bar.finish_and_clear();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in summaries.into_iter().flatten() {
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    save_state(state, &pile)?;
    Ok(if failed > 0 { Outcome::PartialFailure(failed) } else { Outcome::Success })
}

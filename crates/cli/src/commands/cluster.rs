//! `chorus cluster` and `chorus digest`: a pile of articles → stories → summaries.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use chorus_cluster::{digest, Pile, Settings, Story};
use chorus_core::ingest::{jsonl_lines, parse_article_line, read_article_file};
use chorus_core::{isolate, render, summarize, Article, Format, Options};
use rayon::prelude::*;
use serde_json::json;

use crate::feeds::{self, Feeds};
use crate::records::{error_record, test_panic_hook};
use crate::{input, progress, Outcome};

/// Articles with their ids, and an error record for each input that failed.
type ReadArticles = (Vec<(String, Article)>, Vec<serde_json::Value>);

/// Articles from JSONL (one article per line) or from files and directories,
/// and an error record for each line or file that could not be read.
fn read_articles(paths: &[PathBuf], jsonl: Option<&str>) -> Result<ReadArticles> {
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

fn load_state(path: Option<&str>, settings: &Settings) -> Result<Pile> {
    match path {
        Some(p) if Path::new(p).exists() => {
            let text = fs::read_to_string(p).with_context(|| format!("{p}: cannot read state"))?;
            let pile: Pile = serde_json::from_str(&text).with_context(|| format!("{p}: not a chorus story state"))?;
            Ok(pile.restore_with(*settings))
        }
        _ => Ok(Pile::with_settings(*settings)),
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

pub fn cluster(
    paths: &[PathBuf],
    jsonl: Option<&str>,
    state: Option<&str>,
    stories_too: bool,
    settings: &Settings,
) -> Result<Outcome> {
    let (articles, errors) = read_articles(paths, jsonl)?;
    let failed = errors.len();
    let mut pile = load_state(state, settings)?;
    let first = pile.add(articles);
    let assignments = pile.assignments();
    let mut out = BufWriter::new(io::stdout().lock());
    write_errors(&mut out, &errors)?;
    if stories_too {
        let rows: Vec<_> =
            (first..pile.entries.len()).map(|i| json!({ "id": pile.entries[i].id, "story": assignments[i] })).collect();
        writeln!(out, "{}", json!({ "articles": rows, "stories": pile.stories() }))?;
    } else {
        for (entry, story) in pile.entries.iter().zip(&assignments).skip(first) {
            writeln!(out, "{}", json!({ "id": entry.id, "story": story }))?;
        }
    }
    out.flush()?;
    save_state(state, &pile)?;
    Ok(if failed > 0 { Outcome::PartialFailure(failed) } else { Outcome::Success })
}

/// Every story holding an article of this batch, largest first, each
/// summarized from this batch's articles (earlier batches' texts are not kept
/// in the state: those articles are listed under "earlier_documents"). Every
/// article of the batch is in exactly one output: non-articles (notices,
/// widget text) come last, as stories of their own without a summary.
pub fn digest(
    paths: &[PathBuf],
    jsonl: Option<&str>,
    feeds: Option<&Feeds>,
    state: Option<&str>,
    markdown: bool,
    options: &Options,
    settings: &Settings,
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
    let mut pile = load_state(state, settings)?;
    let first = pile.add(articles);
    let stories = digest::batch_stories(&pile, first);
    let bar = progress::bar(Some(stories.len() as u64), "stories");
    let rendered: Vec<(String, bool)> = stories
        .par_iter()
        .map(|story| {
            let r = digest_story(&pile, story, first, &texts, markdown, options);
            bar.inc(1);
            r
        })
        .collect();
    bar.finish_and_clear();
    let mut out = BufWriter::new(io::stdout().lock());
    write_errors(&mut out, &errors)?;
    for (text, ok) in rendered {
        failed += !ok as usize;
        writeln!(out, "{}", text.trim_end())?;
        if markdown {
            writeln!(out)?;
        }
    }
    for i in digest::batch_non_articles(&pile, first) {
        if markdown {
            let id = chorus_core::render::escape_markdown(&pile.entries[i].id);
            writeln!(out, "## Not a news article: {id}\n")?;
        } else {
            writeln!(out, "{}", digest::non_article_json(&pile, i))?;
        }
    }
    out.flush()?;
    save_state(state, &pile)?;
    if feeds.is_some() {
        feeds::save_seen(state, &seen)?;
    }
    Ok(if failed > 0 { Outcome::PartialFailure(failed) } else { Outcome::Success })
}

/// One story as a JSON line or a Markdown section; false when it could not be summarized
/// (it is still printed, with its documents and the error).
fn digest_story(
    pile: &Pile,
    story: &Story,
    first: usize,
    texts: &[Article],
    markdown: bool,
    options: &Options,
) -> (String, bool) {
    // A panic on one story is that story's error; the others go on.
    let record = digest::digest_story(pile, story, first, texts, |cluster| {
        isolate(&cluster.id, || {
            test_panic_hook(&cluster.id);
            summarize(cluster, options)
        })
    });
    if let Err(e) = &record.summary {
        eprintln!("chorus: {e}");
    }
    let ok = record.summary.is_ok();
    if markdown {
        let head = format!(
            "## {}\n\n_{} article{} · story {} · {}_\n\n",
            chorus_core::render::escape_markdown(&story.title),
            story.size,
            if story.size == 1 { "" } else { "s" },
            story.story,
            story.top_terms.join(", ")
        );
        return match &record.summary {
            Ok(s) => {
                let body = render(s, Format::Markdown);
                // The story heading replaces the summary's own.
                let body = body.split_once("\n\n").map_or(body.as_str(), |(_, rest)| rest).to_string();
                (head + &body, true)
            }
            Err(e) => (format!("{head}(no summary: {e})\n"), false),
        };
    }
    (record.to_json().to_string(), ok)
}

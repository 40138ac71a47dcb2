//! `chorus train`: rebuild the learned assets shipped in the repository from
//! the Multi-News training split. Deterministic: same input, same bytes.

use std::fs;
use std::time::Instant;

use anyhow::{Context, Result};
use chorus_core::ingest::jsonl_clusters;
use chorus_core::lexical::LexicalModel;
use chorus_core::pipeline::{summarize_with, Prepared};
use chorus_core::represent::{Analyzer, BackgroundIdf};
use chorus_core::select::ensemble::Ensemble;
use chorus_core::select::{step, Budget, Learned, LengthModel, StepModel};
use chorus_core::term_prior::TermPrior;
use chorus_core::{features, Cluster, Summary};
use chorus_eval::train::{reference_words, LexicalParams, TreeParams};
use chorus_eval::{evaluate_batch_with, Tally};

use crate::{input, progress, Outcome};

/// Background IDF table: document frequencies of stems over training articles.
pub fn idf(path: &str, out: &str, min_df: u32) -> Result<Outcome> {
    let table = learn_from_articles(path, |articles| BackgroundIdf::learn(articles, min_df))?;
    fs::write(out, table).with_context(|| format!("{out}: cannot write"))?;
    eprintln!("chorus: wrote {out}");
    Ok(Outcome::Success)
}

/// The frequent words whose stems build.rs compiles in.
pub fn words(path: &str, out: &str, min_df: u32) -> Result<Outcome> {
    let list = learn_from_articles(path, |articles| Analyzer::learn_words(articles, min_df))?;
    fs::write(out, &list).with_context(|| format!("{out}: cannot write"))?;
    eprintln!("chorus: wrote {} words to {out}", list.lines().count());
    Ok(Outcome::Success)
}

/// Run `learn` over the texts of every training article, streamed, with a progress bar.
fn learn_from_articles(path: &str, learn: impl FnOnce(&mut dyn Iterator<Item = String>) -> String) -> Result<String> {
    let bar = progress::bar(None, "training clusters");
    let mut articles = jsonl_clusters(input::open(path)?, path)
        .filter_map(|(_, c)| c.ok())
        .inspect(|_| bar.inc(1))
        .flat_map(|c| c.articles.into_iter().map(|a| a.text));
    let learned = learn(&mut articles);
    bar.finish_and_clear();
    Ok(learned)
}

fn clusters(path: &str, limit: usize) -> Result<Vec<Cluster>> {
    Ok(jsonl_clusters(input::open(path)?, path).filter_map(|(_, c)| c.ok()).take(limit).collect())
}

/// Fingerprints of sentences repeated across unrelated clusters.
pub fn boilerplate(path: &str, out: &str, min_clusters: usize) -> Result<Outcome> {
    let table = chorus_eval::train::repeated_sentences(clusters(path, usize::MAX)?.into_iter(), min_clusters);
    fs::write(out, &table).with_context(|| format!("{out}: cannot write"))?;
    eprintln!("chorus: wrote {} fingerprints to {out}", table.lines().count());
    Ok(Outcome::Success)
}

/// Print the ROUGE report of `learned` on the clusters in `dev`.
fn report(learned: &Learned, dev: &str, name: &str) -> Result<()> {
    report_with(dev, name, |p| summarize_with(p, learned, Budget::Auto).0)
}

/// Print the ROUGE report of a summarizer on the clusters in `dev`.
fn report_with(dev: &str, name: &str, summarize: impl Fn(&Prepared) -> Summary + Sync) -> Result<()> {
    let batch: Vec<_> = jsonl_clusters(input::open(dev)?, dev).collect();
    let mut tally = Tally::new(name);
    for result in evaluate_batch_with(batch, |c| Ok(summarize(&Prepared::new(c)))) {
        tally.add(&result);
    }
    println!("{}", serde_json::to_string(&tally.finish())?);
    Ok(())
}

/// What a model file says of itself in its header.
struct Trained {
    name: &'static str,
    label: &'static str,
    clusters: usize,
}

/// Write a trained tree model with a header that says how it was made.
fn write_trees(
    model: &Ensemble,
    names: &[String],
    about: &Trained,
    path: &str,
    out: &str,
    params: TreeParams,
    started: Instant,
) -> Result<()> {
    let header = format!(
        "chorus {}: gradient-boosted regression trees (forust-ml, squared loss) on {} clusters\n\
         of {path}; label: {}; {params:?}",
        about.name, about.clusters, about.label
    );
    let text = model.to_text(&header, names);
    fs::write(out, &text).with_context(|| format!("{out}: cannot write"))?;
    eprintln!("chorus: wrote {out} ({} bytes, trained in {:.1} s)", text.len(), started.elapsed().as_secs_f64());
    Ok(())
}

/// The length model: how long the reference summary of a cluster is (the
/// trees to `out`, their lexicon to `lexicon_out`).
pub fn length(
    path: &str,
    out: &str,
    lexicon_out: &str,
    limit: usize,
    params: TreeParams,
    min_count: u32,
    dev: Option<&str>,
) -> Result<Outcome> {
    let training = clusters(path, limit)?;
    let started = Instant::now();
    let (trees, lexicon) =
        chorus_eval::train::length_model(&training, params, min_count).map_err(anyhow::Error::msg)?;
    let about = Trained { name: "length model v2", label: "words of the reference summary", clusters: training.len() };
    write_trees(&trees, &features::cluster_names(), &about, path, out, params, started)?;
    fs::write(lexicon_out, &lexicon).with_context(|| format!("{lexicon_out}: cannot write"))?;
    eprintln!("chorus: wrote {} stems to {lexicon_out}", lexicon.lines().count().saturating_sub(1));
    if let Some(dev) = dev {
        let model = LengthModel::new(trees, LexicalModel::parse(&lexicon));
        let held: Vec<Cluster> = clusters(dev, usize::MAX)?;
        let (mut error, mut spread, mut n) = (0.0f64, 0.0f64, 0.0f64);
        let mean = held.iter().filter_map(|c| c.reference.as_deref()).map(reference_words).sum::<usize>() as f64
            / held.len().max(1) as f64;
        for c in &held {
            let Some(reference) = c.reference.as_deref() else { continue };
            let truth = reference_words(reference) as f64;
            error += (model.reference_words(&Prepared::new(c)) as f64 - truth).abs();
            spread += (mean - truth).abs();
            n += 1.0;
        }
        eprintln!(
            "chorus: reference length on {dev}: mean absolute error {:.1} words (always guessing the mean: {:.1})",
            error / n,
            spread / n
        );
        report_with(dev, "learned (new length model)", |p| {
            summarize_with(p, Learned::shipped(), Budget::Words(model.budget_words(p))).0
        })?;
    }
    Ok(Outcome::Success)
}

/// How often reference summaries keep each stem of their articles.
pub fn prior(path: &str, out: &str, min_clusters: u32, limit: usize) -> Result<Outcome> {
    let bar = progress::bar(None, "training clusters");
    let pairs = jsonl_clusters(input::open(path)?, path)
        .filter_map(|(_, c)| c.ok())
        .take(limit)
        .inspect(|_| bar.inc(1))
        .filter_map(|c| Some((c.articles.into_iter().map(|a| a.text).collect(), c.reference?)));
    let table = TermPrior::learn(pairs, min_clusters);
    bar.finish_and_clear();
    fs::write(out, &table).with_context(|| format!("{out}: cannot write"))?;
    eprintln!("chorus: wrote {} stems to {out}", table.lines().count().saturating_sub(2));
    Ok(Outcome::Success)
}

/// The lexical model: weights of the words and word pairs of sentences summaries keep.
pub fn lexical(path: &str, out: &str, limit: usize, params: LexicalParams) -> Result<Outcome> {
    let training = clusters(path, limit)?;
    let started = Instant::now();
    let table = chorus_eval::train::lexical_model(&training.iter().collect::<Vec<_>>(), params);
    fs::write(out, &table).with_context(|| format!("{out}: cannot write"))?;
    eprintln!(
        "chorus: wrote {} weights to {out} ({} bytes, trained in {:.1} s)",
        table.lines().count().saturating_sub(1),
        table.len(),
        started.elapsed().as_secs_f64()
    );
    Ok(Outcome::Success)
}

/// The learned sentence scorer; with `dev`, also its ROUGE on those clusters.
pub fn model(path: &str, out: &str, limit: usize, params: TreeParams, dev: Option<&str>) -> Result<Outcome> {
    let training = clusters(path, limit)?;
    let started = Instant::now();
    let model =
        chorus_eval::train::sentence_model(&training, params, LexicalParams::default()).map_err(anyhow::Error::msg)?;
    let label = "ROUGE-2 precision of the sentence against the reference";
    let about = Trained { name: "sentence model v4", label, clusters: training.len() };
    write_trees(&model, &features::names(), &about, path, out, params, started)?;
    if let Some(dev) = dev {
        report(&Learned::new(model), dev, "learned (new model)")?;
    }
    Ok(Outcome::Success)
}

/// The step model: how the learned method builds its summary and where an
/// auto-budget one ends; with `dev`, also the ROUGE of the shipped scorer
/// with the new step model.
pub fn step(path: &str, out: &str, limit: usize, params: TreeParams, dev: Option<&str>) -> Result<Outcome> {
    let training = clusters(path, limit)?;
    let started = Instant::now();
    let model = chorus_eval::train::step_model(&training, Learned::shipped(), params).map_err(anyhow::Error::msg)?;
    let label = "new reference words and word pairs matched per word of a sentence added to the summary";
    let about = Trained { name: "step model v1", label, clusters: training.len() };
    write_trees(&model, &step::names(), &about, path, out, params, started)?;
    if let Some(dev) = dev {
        report(&Learned::shipped().with_step(StepModel::new(model)), dev, "learned (new step model)")?;
    }
    Ok(Outcome::Success)
}

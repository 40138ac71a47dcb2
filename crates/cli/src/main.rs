//! The `chorus` command line: a thin layer over the library crates.

mod commands;
mod feeds;
mod input;
mod progress;
mod records;
mod web;

use std::path::PathBuf;
use std::process::ExitCode;

use chorus_core::{Budget, Format, Options};
use chorus_eval::train::TreeParams;
use clap::{Args, Parser, Subcommand, ValueEnum};

/// Exit status: 0 all went well, 1 an error or some inputs failed, 2 bad usage.
pub enum Outcome {
    Success,
    PartialFailure(usize),
}

#[derive(Parser)]
#[command(
    name = "chorus",
    version,
    about = "Many news articles about one story → one short summary that cites its sources"
)]
#[command(after_help = "Exit status: 0 success, 1 error or some inputs failed, 2 usage error.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Summarize one cluster (files, directories or stdin) or many (--jsonl).
    Summarize(ClusterInput),
    /// The summary plus quotes with speakers, people and places, a timeline and cross-outlet agreement.
    Brief(ClusterInput),
    /// Summarize each cluster of a JSONL file and score it against its `summary` with ROUGE.
    Eval {
        /// Clusters with reference summaries as JSON lines (`-` for stdin, .gz read transparently).
        #[arg(long, value_name = "FILE")]
        jsonl: String,
        #[command(flatten)]
        summary: SummaryArgs,
        /// The report: a table (text) or one JSON object.
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Keep per-cluster summaries and scores as JSON lines here.
        #[arg(long, value_name = "FILE")]
        out: Option<String>,
    },
    /// Group a pile of articles into stories: one {"id", "story"} line per article (story null for non-articles).
    Cluster {
        /// Article files or directories (each file one article).
        paths: Vec<PathBuf>,
        /// Articles as JSON lines: {"id", "text", "source"?, "title"?, "url"?, "published"?} (`-` for stdin).
        #[arg(long, value_name = "FILE")]
        jsonl: Option<String>,
        /// jsonl: one {"id", "story"} line per article; json: one object that also lists the stories
        /// (size, top terms, title guess).
        #[arg(long, value_enum, default_value_t = ClusterFormat::Jsonl)]
        format: ClusterFormat,
        /// Keep story state here so later batches join existing stories (created when missing).
        #[arg(long, value_name = "STATE")]
        incremental: Option<String>,
        #[command(flatten)]
        link: commands::stories::LinkArgs,
    },
    /// Cluster a pile of articles (files, JSON lines or feeds), then summarize every story (one-article
    /// stories too), largest first.
    Digest {
        /// Article files or directories (each file one article).
        paths: Vec<PathBuf>,
        /// Articles as JSON lines: {"id", "text", "source"?, "title"?, "url"?, "published"?} (`-` for stdin).
        #[arg(long, value_name = "FILE")]
        jsonl: Option<String>,
        /// RSS or Atom feed to read: every item's page is fetched and joins the pile (repeatable).
        #[arg(long = "feed", value_name = "URL")]
        feeds: Vec<String>,
        /// Keep story state here so later batches join existing stories (created when missing);
        /// the digest then covers the stories that this batch's articles belong to (with --feed,
        /// the items already read are kept in STATE.seen.json, so they are not fetched again).
        #[arg(long, value_name = "STATE")]
        incremental: Option<String>,
        /// json: one JSON line per story; markdown: one section per story.
        #[arg(long, value_enum, default_value_t = DigestFormat::Json)]
        format: DigestFormat,
        #[command(flatten)]
        summary: SummaryArgs,
        #[command(flatten)]
        fetch: web::FetchArgs,
        #[command(flatten)]
        link: commands::stories::LinkArgs,
    },
    /// Measure story clustering: shuffle a cluster file's articles into one pile and score the stories (B³, ARI).
    EvalStories {
        /// Clusters as JSON lines ({"id", "documents", "summary"?}); each cluster is one true story.
        #[arg(long, value_name = "FILE")]
        jsonl: String,
        /// Seed of the shuffle, so runs are reproducible.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Also feed the pile in this many chunks and compare with the batch result.
        #[arg(long, default_value_t = 1)]
        chunks: usize,
        /// Also score digest summaries against the references.
        #[arg(long)]
        digest: bool,
        /// Score a grid of link weights and thresholds instead; print the ten best as JSON lines.
        #[arg(long)]
        sweep: bool,
        /// Use only the clusters at even (0) or odd (1) lines: tune on one half, report on the other.
        #[arg(long, value_name = "0|1")]
        half: Option<usize>,
        #[command(flatten)]
        summary: SummaryArgs,
        #[command(flatten)]
        link: commands::stories::LinkArgs,
    },
    /// Serve the HTTP API (POST /v1/summarize, POST /v1/brief) and the web page.
    Serve {
        /// Address to listen on; loopback by default.
        #[arg(long, default_value = "127.0.0.1:8080")]
        addr: std::net::SocketAddr,
        /// Largest request body accepted.
        #[arg(long, default_value_t = 8 * 1024 * 1024)]
        max_body_bytes: usize,
        /// Per-request time limit in seconds.
        #[arg(long, default_value_t = 10)]
        timeout_secs: u64,
        /// Most articles per cluster.
        #[arg(long, default_value_t = 200)]
        max_articles: usize,
        /// Most requests worked on at once; others wait up to 5 s, then get 503 [default: one per core].
        #[arg(long)]
        max_concurrent: Option<usize>,
    },
    /// Print the cleaned body sentences of articles, one per line.
    Segment {
        /// Article files or directories (stdin when none).
        paths: Vec<PathBuf>,
        /// One JSON object per sentence, with article index and byte offsets.
        #[arg(long)]
        json: bool,
    },
    /// ROUGE-1/2/L/Lsum for {"candidate", "reference"} JSON lines, identical to rouge-score 0.1.2.
    Rouge {
        /// {"candidate", "reference"} pairs as JSON lines (`-` for stdin, .gz read transparently).
        #[arg(long, value_name = "FILE")]
        jsonl: String,
        /// Score without Porter stemming.
        #[arg(long)]
        no_stem: bool,
        /// Put each reference sentence on its own line (Chorus's splitter) for ROUGE-Lsum, as `eval` does.
        #[arg(long)]
        split_reference: bool,
    },
    /// Rebuild learned assets from the Multi-News training split.
    Train {
        #[command(subcommand)]
        what: TrainCommand,
    },
}

#[derive(Subcommand)]
enum TrainCommand {
    /// Background IDF table (crates/core/assets/idf.tsv).
    Idf {
        /// Training clusters as JSON lines (.gz read transparently).
        #[arg(long, value_name = "FILE")]
        jsonl: String,
        /// Where the learned table goes.
        #[arg(long, value_name = "FILE", default_value = "crates/core/assets/idf.tsv")]
        out: String,
        /// Keep stems seen in at least this many articles.
        #[arg(long, default_value_t = 3)]
        min_df: u32,
    },
    /// Frequent words whose stems are compiled in (crates/core/assets/words.txt): a lookup instead
    /// of running the stemmer. Changes speed only, never a stem.
    Words {
        /// Training clusters as JSON lines (.gz read transparently).
        #[arg(long, value_name = "FILE")]
        jsonl: String,
        /// Where the word list goes.
        #[arg(long, value_name = "FILE", default_value = "crates/core/assets/words.txt")]
        out: String,
        /// Keep words seen in at least this many articles.
        #[arg(long, default_value_t = 20)]
        min_df: u32,
    },
    /// Fingerprints of sentences repeated across unrelated clusters (crates/core/assets/boilerplate.txt).
    Boilerplate {
        /// Training clusters as JSON lines (.gz read transparently).
        #[arg(long, value_name = "FILE")]
        jsonl: String,
        /// Where the learned table goes.
        #[arg(long, value_name = "FILE", default_value = "crates/core/assets/boilerplate.txt")]
        out: String,
        /// Keep sentences found in at least this many clusters.
        #[arg(long, default_value_t = 5)]
        min_clusters: usize,
    },
    /// How often summaries keep each stem of their articles (crates/core/assets/term-prior.tsv).
    Prior {
        /// Training clusters as JSON lines (.gz read transparently).
        #[arg(long, value_name = "FILE")]
        jsonl: String,
        /// Where the learned table goes.
        #[arg(long, value_name = "FILE", default_value = "crates/core/assets/term-prior.tsv")]
        out: String,
        /// Keep stems found in the articles of at least this many clusters.
        #[arg(long, default_value_t = 20)]
        min_clusters: u32,
        /// Learn from the first N clusters.
        #[arg(long, default_value_t = usize::MAX)]
        limit: usize,
    },
    /// Weights of the words and word pairs of sentences that summaries keep (crates/core/assets/lexical-weights.tsv).
    /// `train model` learns its out-of-fold copies with the default settings.
    Lexical {
        /// Training clusters as JSON lines (.gz read transparently).
        #[arg(long, value_name = "FILE")]
        jsonl: String,
        /// Where the learned table goes.
        #[arg(long, value_name = "FILE", default_value = "crates/core/assets/lexical-weights.tsv")]
        out: String,
        /// Learn from the first N clusters.
        #[arg(long, default_value_t = usize::MAX)]
        limit: usize,
        /// Fewest training sentences a word or word pair must occur in to get a weight.
        #[arg(long, default_value_t = chorus_eval::train::LexicalParams::default().min_count)]
        min_count: u32,
        /// Passes over the training sentences.
        #[arg(long, default_value_t = chorus_eval::train::LexicalParams::default().epochs)]
        epochs: usize,
    },
    /// The length model: words of a reference summary, from the cluster (crates/core/assets/length-model.tsv
    /// and length-lexicon.tsv). Trees default to 100, learning rate 0.1, depth 3, min leaf 100.
    Length {
        #[command(flatten)]
        training: TreeTraining,
        /// Where the model goes.
        #[arg(long, value_name = "FILE", default_value = "crates/core/assets/length-model.tsv")]
        out: String,
        /// Where the lexicon (stems that lengthen or shorten the summary) goes.
        #[arg(long, value_name = "FILE", default_value = "crates/core/assets/length-lexicon.tsv")]
        lexicon_out: String,
        /// Fewest training clusters a stem must occur in to get a lexicon weight.
        #[arg(long, default_value_t = 50)]
        min_count: u32,
    },
    /// The learned sentence scorer (crates/core/assets/sentence-model.tsv). Trees default to 200,
    /// learning rate 0.1, depth 5, min leaf 200.
    Model {
        #[command(flatten)]
        training: TreeTraining,
        /// Where the model goes.
        #[arg(long, value_name = "FILE", default_value = "crates/core/assets/sentence-model.tsv")]
        out: String,
    },
    /// How the learned method builds a summary, and where an auto-budget one ends: new reference
    /// words and pairs per word of each sentence that may still be added
    /// (crates/core/assets/step-model.tsv). Learned from the shipped sentence and length models.
    /// Trees default to 200, learning rate 0.1, depth 5, min leaf 200.
    Step {
        #[command(flatten)]
        training: TreeTraining,
        /// Where the model goes.
        #[arg(long, value_name = "FILE", default_value = "crates/core/assets/step-model.tsv")]
        out: String,
    },
}

/// What every tree model's training takes; unset tree settings keep the model's defaults.
#[derive(Args)]
struct TreeTraining {
    /// Training clusters as JSON lines (.gz read transparently).
    #[arg(long, value_name = "FILE")]
    jsonl: String,
    /// Train on the first N clusters.
    #[arg(long, default_value_t = usize::MAX)]
    limit: usize,
    /// Number of boosted trees.
    #[arg(long)]
    trees: Option<usize>,
    /// Shrinkage of each tree's contribution.
    #[arg(long)]
    learning_rate: Option<f32>,
    /// Deepest a tree may grow.
    #[arg(long)]
    max_depth: Option<usize>,
    /// Fewest training rows (clusters or sentences, by weight) in a leaf.
    #[arg(long)]
    min_leaf: Option<f32>,
    /// Also score the new model on these clusters (e.g. the dev split) and print the ROUGE report.
    #[arg(long, value_name = "FILE")]
    dev: Option<String>,
}

impl TreeTraining {
    fn params(&self, defaults: TreeParams) -> TreeParams {
        TreeParams {
            trees: self.trees.unwrap_or(defaults.trees),
            learning_rate: self.learning_rate.unwrap_or(defaults.learning_rate),
            max_depth: self.max_depth.unwrap_or(defaults.max_depth),
            min_leaf: self.min_leaf.unwrap_or(defaults.min_leaf),
        }
    }
}

/// The input and output of `summarize` and `brief`.
#[derive(Args)]
struct ClusterInput {
    /// Article files (.txt, .html; Multi-News `|||||` text is split), directories of them, or
    /// http:// and https:// URLs of pages to fetch.
    paths: Vec<PathBuf>,
    /// Clusters as JSON lines (`-` for stdin, .gz read transparently).
    #[arg(long, value_name = "FILE")]
    jsonl: Option<String>,
    #[command(flatten)]
    summary: SummaryArgs,
    /// Output format [default: text; json with --jsonl, one object per line].
    #[arg(long, value_enum)]
    format: Option<OutputFormat>,
    #[command(flatten)]
    fetch: web::FetchArgs,
}

#[derive(Args)]
struct SummaryArgs {
    /// Selection method: learned (the best on dev), coverage, lead, centroid, lexrank, mmr.
    #[arg(long, default_value = chorus_core::select::DEFAULT_METHOD,
          value_parser = clap::builder::PossibleValuesParser::new(chorus_core::select::METHOD_NAMES))]
    method: String,
    /// Word budget; whole sentences only, never over it. Default: fitted to
    /// the cluster, at most 300 words (learned: where its step model expects
    /// ROUGE F1 to peak; other methods: the length model's 150–300 words).
    #[arg(long, value_name = "N", conflicts_with = "sentences", value_parser = at_least_one)]
    words: Option<usize>,
    /// Sentence budget instead of words.
    #[arg(long, value_name = "K", value_parser = at_least_one)]
    sentences: Option<usize>,
}

/// A budget of at least one word or sentence (0 is a usage error, exit 2).
fn at_least_one(value: &str) -> Result<usize, String> {
    match value.parse::<usize>() {
        Ok(0) => Err("must be at least 1".into()),
        Ok(n) => Ok(n),
        Err(e) => Err(format!("{e}")),
    }
}

impl SummaryArgs {
    fn options(&self) -> Options {
        let budget = match (self.words, self.sentences) {
            (_, Some(k)) => Budget::Sentences(k),
            (Some(n), None) => Budget::Words(n),
            (None, None) => Budget::Auto,
        };
        Options { method: self.method.clone(), budget }
    }
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Text,
    Markdown,
    Json,
}

impl From<OutputFormat> for Format {
    fn from(f: OutputFormat) -> Self {
        match f {
            OutputFormat::Text => Format::Text,
            OutputFormat::Markdown => Format::Markdown,
            OutputFormat::Json => Format::Json,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum ClusterFormat {
    Jsonl,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum DigestFormat {
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

/// `summarize` and `brief`: text by default, JSON lines with --jsonl.
fn cluster_command(input: &ClusterInput, produce: commands::summarize::Produce) -> anyhow::Result<Outcome> {
    let default = if input.jsonl.is_some() { OutputFormat::Json } else { OutputFormat::Text };
    let format = input.format.unwrap_or(default).into();
    commands::summarize::run(
        &input.paths,
        input.jsonl.as_deref(),
        &input.summary.options(),
        format,
        produce,
        &input.fetch,
    )
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    chorus_core::isolate::install_quiet_hook();
    let result = match cli.command {
        Command::Summarize(input) => cluster_command(&input, commands::summarize::summary),
        Command::Brief(input) => cluster_command(&input, commands::summarize::brief),
        Command::Eval { jsonl, summary, format, out } => {
            commands::eval::run(&jsonl, &summary.options(), format, out.as_deref())
        }
        Command::Cluster { paths, jsonl, format, incremental, link } => commands::cluster::cluster(
            &paths,
            jsonl.as_deref(),
            incremental.as_deref(),
            format == ClusterFormat::Json,
            &link.settings(),
        ),
        Command::Digest { paths, jsonl, feeds, incremental, format, summary, fetch, link } => {
            let feeds = (!feeds.is_empty()).then_some(feeds::Feeds { urls: feeds, fetch });
            commands::cluster::digest(
                &paths,
                jsonl.as_deref(),
                feeds.as_ref(),
                incremental.as_deref(),
                format == DigestFormat::Markdown,
                &summary.options(),
                &link.settings(),
            )
        }
        Command::EvalStories { jsonl, seed, chunks, digest, sweep, half, summary, link } => {
            let eval = commands::stories::StoryEval { seed, chunks, digest, sweep, half };
            commands::stories::run(&jsonl, &eval, &link, &summary.options())
        }
        Command::Serve { addr, max_body_bytes, timeout_secs, max_articles, max_concurrent } => {
            commands::serve::run(addr, max_body_bytes, timeout_secs, max_articles, max_concurrent)
        }
        Command::Segment { paths, json } => commands::segment::run(&paths, json),
        Command::Rouge { jsonl, no_stem, split_reference } => commands::rouge::run(&jsonl, !no_stem, split_reference),
        Command::Train { what } => match what {
            TrainCommand::Idf { jsonl, out, min_df } => commands::train::idf(&jsonl, &out, min_df),
            TrainCommand::Words { jsonl, out, min_df } => commands::train::words(&jsonl, &out, min_df),
            TrainCommand::Boilerplate { jsonl, out, min_clusters } => {
                commands::train::boilerplate(&jsonl, &out, min_clusters)
            }
            TrainCommand::Prior { jsonl, out, min_clusters, limit } => {
                commands::train::prior(&jsonl, &out, min_clusters, limit)
            }
            TrainCommand::Lexical { jsonl, out, limit, min_count, epochs } => {
                let params = chorus_eval::train::LexicalParams { min_count, epochs };
                commands::train::lexical(&jsonl, &out, limit, params)
            }
            TrainCommand::Length { training: t, out, lexicon_out, min_count } => {
                let params = t.params(TreeParams::LENGTH);
                commands::train::length(&t.jsonl, &out, &lexicon_out, t.limit, params, min_count, t.dev.as_deref())
            }
            TrainCommand::Model { training: t, out } => {
                commands::train::model(&t.jsonl, &out, t.limit, t.params(TreeParams::SENTENCE), t.dev.as_deref())
            }
            TrainCommand::Step { training: t, out } => {
                commands::train::step(&t.jsonl, &out, t.limit, t.params(TreeParams::STEP), t.dev.as_deref())
            }
        },
    };
    match result {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::PartialFailure(n)) => {
            eprintln!("chorus: {n} input(s) failed");
            ExitCode::from(1)
        }
        // The reader went away (`chorus … | head -1`): what it wanted was written.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("chorus: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error
        .chain()
        .any(|cause| cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    /// `--help` describes every flag and argument of every command.
    #[test]
    fn every_argument_has_help() {
        fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in cmd.get_arguments() {
                let builtin = matches!(arg.get_id().as_str(), "help" | "version");
                if !builtin && arg.get_help().is_none() && arg.get_long_help().is_none() {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in cmd.get_subcommands() {
                if sub.get_about().is_none() {
                    missing.push(format!("{path} {} (command)", sub.get_name()));
                }
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "chorus", &mut missing);
        assert!(missing.is_empty(), "no help for: {missing:#?}");
        Cli::command().debug_assert();
    }
}

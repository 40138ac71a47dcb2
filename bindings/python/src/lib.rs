//! `chorus_news._native`: the Python API of Chorus, thin over the Rust crates.
//!
//! Every call reads its Python input while attached to the interpreter, then
//! detaches (releases the GIL) for the Rust work, which runs inside
//! `chorus_core::isolate` (`catch_unwind`): a panic becomes a `ChorusError`,
//! never a `PanicException`.
//! Results are the core's own JSON (`render(.., Format::Json)`), with byte
//! offsets turned into Python `str` indices (`offsets.rs`), as Python objects.

mod documents;
mod offsets;
mod pyjson;

use chorus_core::{Article, Budget, Cluster, Format, Options};
use pyo3::prelude::*;
use pyo3::types::PyString;
use rayon::prelude::*;
use serde_json::Value;

use documents::Input;

pyo3::create_exception!(
    chorus_news,
    ChorusError,
    pyo3::exceptions::PyValueError,
    "Bad input or a failure inside Chorus; the message is the CLI's."
);

type Outcome<T> = Result<T, String>;

fn error(message: String) -> PyErr {
    ChorusError::new_err(message)
}

/// Run Rust work for the input named `origin` so that a panic comes back as
/// that input's error: the core's `isolate`, whose message the CLI prints too.
fn guarded<T>(origin: &str, work: impl FnOnce() -> Outcome<T>) -> Outcome<T> {
    chorus_core::isolate(origin, || Ok(work())).unwrap_or_else(|panic| Err(panic.to_string()))
}

/// What to make of a cluster.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Summary,
    Brief,
}

/// The CLI's `--method`, `--words`, `--sentences`, checked as the CLI checks them.
fn options(words: Option<i64>, sentences: Option<i64>, method: &str) -> Outcome<Options> {
    // Zero and negatives alike get the core's "must be at least 1".
    let count = |n: i64| usize::try_from(n.max(0)).unwrap_or(usize::MAX);
    let budget = match (words, sentences) {
        (Some(_), Some(_)) => return Err("give words or sentences, not both".into()),
        (_, Some(k)) => Budget::Sentences(count(k)),
        (Some(n), None) => Budget::Words(count(n)),
        (None, None) => Budget::Auto,
    };
    budget.validate().map_err(|e| e.to_string())?;
    chorus_core::select::by_name(method).map_err(|e| e.to_string())?;
    Ok(Options { method: method.to_string(), budget })
}

/// Summarize or brief one cluster: the core's JSON, in the caller's offsets.
fn produce(input: &Input, options: &Options, kind: Kind) -> Outcome<Value> {
    guarded(&input.cluster.id, || {
        let rendered = match kind {
            // As the CLI does: say so when the articles look like more than one story.
            Kind::Summary => chorus_core::summarize(&input.cluster, options).map(|mut s| {
                s.warnings = chorus_cluster::story_warning(&input.cluster.articles).into_iter().collect();
                chorus_core::render(&s, Format::Json)
            }),
            Kind::Brief => chorus_brief::brief(&input.cluster, options).map(|mut b| {
                b.summary.warnings = chorus_cluster::story_warning(&input.cluster.articles).into_iter().collect();
                chorus_brief::render(&b, Format::Json)
            }),
        }
        .map_err(|e| e.to_string())?;
        let mut value: Value = serde_json::from_str(&rendered).map_err(|e| e.to_string())?;
        offsets::to_caller(&mut value, input)?;
        Ok(value)
    })
}

fn cluster_id(id: Option<&Bound<'_, PyAny>>, default: &str) -> String {
    id.filter(|v| !v.is_none()).map(documents::id_text).unwrap_or_else(|| default.to_string())
}

fn one(
    py: Python<'_>,
    documents: &Bound<'_, PyAny>,
    id: Option<&Bound<'_, PyAny>>,
    options: Outcome<Options>,
    kind: Kind,
) -> PyResult<Py<PyAny>> {
    let options = options.map_err(error)?;
    let input = documents::read(documents, cluster_id(id, "cluster"), "documents").map_err(error)?;
    let value = py.detach(|| produce(&input, &options, kind)).map_err(error)?;
    Ok(pyjson::to_python(py, &value)?.unbind())
}

/// Summarize one story told by several articles.
///
/// `documents` is a list of `str`, or of dicts with `"text"` (or `"html"`, a
/// saved page: its article is extracted first) and optional `"title"`,
/// `"source"`, `"url"`, `"published"`. Returns the CLI's JSON object as a
/// dict: `{"id", "method", "summary", "words", "sentences": [{"text",
/// "citations": [{"doc", "start", "end"}], "incomplete"?}], "documents"}`.
///
/// Offsets are Python `str` indices (code points), not the CLI's bytes:
/// `documents[c["doc"]][c["start"]:c["end"]]` is the cited sentence (for an
/// HTML document, index `result["documents"][doc]["text"]` instead). A document
/// holding Multi-News `|||||`-joined text is split into articles as the CLI
/// does; citations still point into the document you gave.
///
/// Defaults are the CLI's: method "learned", a length fitted to the story (at
/// most 300 words); `words` or `sentences` set a budget. Raises `ChorusError`.
#[pyfunction]
#[pyo3(signature = (documents, *, words=None, sentences=None, method="learned", id=None))]
fn summarize(
    py: Python<'_>,
    documents: &Bound<'_, PyAny>,
    words: Option<i64>,
    sentences: Option<i64>,
    method: &str,
    id: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    one(py, documents, id, options(words, sentences, method), Kind::Summary)
}

/// The summary plus quotes with speakers, entities, a timeline and
/// cross-outlet facts: the CLI's `brief --format json` object as a dict.
/// Arguments, offsets (Python `str` indices) and errors as `summarize`.
#[pyfunction]
#[pyo3(signature = (documents, *, words=None, sentences=None, method="learned", id=None))]
fn brief(
    py: Python<'_>,
    documents: &Bound<'_, PyAny>,
    words: Option<i64>,
    sentences: Option<i64>,
    method: &str,
    id: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    one(py, documents, id, options(words, sentences, method), Kind::Brief)
}

/// Read every cluster of a batch (attached), each to its input or its error.
fn read_clusters(clusters: &Bound<'_, PyAny>) -> PyResult<Vec<(String, Outcome<Input>)>> {
    let iter = clusters.try_iter().map_err(|_| error("clusters must be a list of clusters".into()))?;
    let mut out = Vec::new();
    for (i, item) in iter.enumerate() {
        let item = item?;
        let origin = format!("clusters[{i}]");
        // A cluster is {"id"?, "documents"} or just its list of documents.
        let (id, docs) = match item.cast::<pyo3::types::PyDict>() {
            Ok(dict) => {
                let id = dict.get_item("id")?;
                (cluster_id(id.as_ref(), &i.to_string()), dict.get_item("documents")?)
            }
            Err(_) => (i.to_string(), Some(item.clone())),
        };
        let input = match docs {
            Some(docs) => documents::read(&docs, id.clone(), &format!("{origin}.documents")),
            None => Err(format!("{origin} has no \"documents\"")),
        };
        out.push((id, input));
    }
    Ok(out)
}

/// Run a batch on `threads` threads (all cores when None), detached.
fn run_batch(
    py: Python<'_>,
    inputs: &[(String, Outcome<Input>)],
    options: &Options,
    kind: Kind,
    threads: Option<usize>,
) -> PyResult<Vec<Outcome<Value>>> {
    py.detach(|| {
        let work = || -> Vec<Outcome<Value>> {
            inputs
                .par_iter()
                .map(|(_, input)| input.as_ref().map_err(Clone::clone).and_then(|i| produce(i, options, kind)))
                .collect()
        };
        match threads {
            None => Ok(work()),
            Some(n) => rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map(|pool| pool.install(work))
                .map_err(|e| error(format!("cannot start {n} threads: {e}"))),
        }
    })
}

fn kind_of(name: &str) -> PyResult<Kind> {
    match name {
        "summary" => Ok(Kind::Summary),
        "brief" => Ok(Kind::Brief),
        other => Err(error(format!("unknown kind '{other}' (choose one of: summary, brief)"))),
    }
}

/// Summarize many clusters in parallel (Rust threads, the GIL released),
/// results in input order.
///
/// `clusters`: dicts `{"id"?, "documents"}` or bare lists of documents (see
/// `summarize`). `threads`: how many threads (default: all cores).
/// `errors="raise"` raises `ChorusError` for the first bad cluster;
/// `errors="record"` puts `{"index", "id", "error"}` in its place and goes on.
/// `kind="brief"` makes briefs instead.
#[pyfunction]
#[pyo3(signature = (clusters, *, threads=None, words=None, sentences=None, method="learned", errors="raise", kind="summary"))]
#[allow(clippy::too_many_arguments)]
fn summarize_many(
    py: Python<'_>,
    clusters: &Bound<'_, PyAny>,
    threads: Option<usize>,
    words: Option<i64>,
    sentences: Option<i64>,
    method: &str,
    errors: &str,
    kind: &str,
) -> PyResult<Py<PyAny>> {
    let record = match errors {
        "raise" => false,
        "record" => true,
        other => return Err(error(format!("unknown errors mode '{other}' (choose one of: raise, record)"))),
    };
    let kind = kind_of(kind)?;
    let options = options(words, sentences, method).map_err(error)?;
    let inputs = read_clusters(clusters)?;
    let results = run_batch(py, &inputs, &options, kind, threads)?;
    let list = pyo3::types::PyList::empty(py);
    for (index, ((id, _), result)) in inputs.iter().zip(results).enumerate() {
        let value = match result {
            Ok(v) => v,
            Err(e) if record => serde_json::json!({ "index": index, "id": id, "error": e }),
            Err(e) => return Err(error(e)),
        };
        list.append(pyjson::to_python(py, &value)?)?;
    }
    Ok(list.into_any().unbind())
}

/// For `chorus_news.spark`: one row per cluster, `(summary, words, json, error)`,
/// the result as a JSON string so no Python dict is built per row.
#[pyfunction]
#[pyo3(signature = (clusters, *, threads=None, words=None, sentences=None, method="learned", kind="summary"))]
#[allow(clippy::too_many_arguments, clippy::type_complexity)]
fn _rows(
    py: Python<'_>,
    clusters: &Bound<'_, PyAny>,
    threads: Option<usize>,
    words: Option<i64>,
    sentences: Option<i64>,
    method: &str,
    kind: &str,
) -> PyResult<Vec<(Option<String>, Option<u64>, Option<String>, Option<String>)>> {
    let kind = kind_of(kind)?;
    let options = options(words, sentences, method).map_err(error)?;
    let inputs = read_clusters(clusters)?;
    let results = run_batch(py, &inputs, &options, kind, threads)?;
    Ok(results
        .into_iter()
        .map(|r| match r {
            Ok(v) => {
                let summary = v.get("summary").and_then(Value::as_str).map(str::to_string);
                let words = v.get("words").and_then(Value::as_u64);
                (summary, words, Some(v.to_string()), None)
            }
            Err(e) => (None, None, None, Some(e)),
        })
        .collect())
}

fn read_articles(articles: &Bound<'_, PyAny>) -> PyResult<Vec<(String, Article)>> {
    if articles.is_instance_of::<PyString>() {
        return Err(error("articles must be a list of strings or objects, not one string".into()));
    }
    let iter = articles.try_iter().map_err(|_| error("articles must be a list of strings or objects".into()))?;
    let mut out = Vec::new();
    for (i, item) in iter.enumerate() {
        out.push(documents::read_article(&item?, i, "articles").map_err(error)?);
    }
    Ok(out)
}

/// Group a pile of articles into stories: one `{"id", "story"}` dict per
/// article, in order (`story` is None for a non-article). Articles are dicts
/// `{"id", "text", "source"?, "title"?, "url"?, "published"?}` or bare str
/// (their id is then their index, as text).
#[pyfunction]
fn cluster(py: Python<'_>, articles: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
    let articles = read_articles(articles)?;
    let rows = py
        .detach(|| {
            guarded("articles", || {
                let mut pile = chorus_cluster::Pile::new();
                let first = pile.add(articles);
                let stories = pile.assignments();
                Ok(pile.entries[first..]
                    .iter()
                    .zip(&stories[first..])
                    .map(|(entry, story)| serde_json::json!({ "id": entry.id, "story": story }))
                    .collect::<Vec<Value>>())
            })
        })
        .map_err(error)?;
    Ok(pyjson::to_python(py, &Value::Array(rows))?.unbind())
}

/// Cluster a pile of articles (as `cluster`), then summarize every story,
/// largest first, one-article stories included: the records of `chorus
/// digest` (a `summarize` dict with `story`, `articles`, `title` and
/// `top_terms`; a story whose summary failed has `error` instead), then one
/// record per article that is no news article (`"story": None`, a `note`).
/// `documents[k]` carries the article's `"id"`, and offsets are Python `str`
/// indices into that article's text.
#[pyfunction]
#[pyo3(signature = (articles, *, words=None, sentences=None, method="learned"))]
fn digest(
    py: Python<'_>,
    articles: &Bound<'_, PyAny>,
    words: Option<i64>,
    sentences: Option<i64>,
    method: &str,
) -> PyResult<Py<PyAny>> {
    use chorus_cluster::digest;
    let options = options(words, sentences, method).map_err(error)?;
    let articles = read_articles(articles)?;
    let records = py
        .detach(|| {
            guarded("articles", || {
                let texts: Vec<Article> = articles.iter().map(|(_, a)| a.clone()).collect();
                let mut pile = chorus_cluster::Pile::new();
                let first = pile.add(articles);
                let stories = digest::batch_stories(&pile, first);
                // The same records as the CLI's digest: one story's failure is its record's error.
                let mut records: Vec<Value> = stories
                    .par_iter()
                    .map(|story| {
                        let record = digest::digest_story(&pile, story, first, &texts, |cluster| {
                            chorus_core::isolate(&cluster.id, || chorus_core::summarize(cluster, &options))
                        });
                        let mut value = record.to_json();
                        if record.summary.is_ok() {
                            let cluster = digest::story_cluster(story, first, &texts);
                            let member_texts: Vec<&str> = cluster.articles.iter().map(|a| a.text.as_str()).collect();
                            let member_ids: Vec<String> =
                                record.documents.iter().map(|d| d.id.clone().unwrap_or_default()).collect();
                            offsets::story_to_caller(&mut value, &member_texts, &member_ids);
                        }
                        value
                    })
                    .collect();
                records.extend(digest::batch_non_articles(&pile, first).into_iter().map(|i| digest::non_article_json(&pile, i)));
                Ok(records)
            })
        })
        .map_err(error)?;
    Ok(pyjson::to_python(py, &Value::Array(records))?.unbind())
}

/// ROUGE-1, ROUGE-2, ROUGE-L and ROUGE-Lsum of `candidate` against
/// `reference`, bit-identical to `rouge_score.rouge_scorer.RougeScorer(...,
/// use_stemmer=stemmer).score(reference, candidate)`: a dict of
/// `{"precision", "recall", "fmeasure"}` per measure. ROUGE-Lsum reads one
/// sentence per line, as rouge-score does.
#[pyfunction]
#[pyo3(signature = (candidate, reference, *, stemmer=true))]
fn rouge(
    py: Python<'_>,
    candidate: &Bound<'_, PyAny>,
    reference: &Bound<'_, PyAny>,
    stemmer: bool,
) -> PyResult<Py<PyAny>> {
    let candidate = documents::text_of(candidate, "candidate").map_err(error)?;
    let reference = documents::text_of(reference, "reference").map_err(error)?;
    let scores = py
        .detach(|| {
            guarded("rouge", || {
                let scores = chorus_rouge::Scorer::new(stemmer).score(&reference, &candidate);
                serde_json::to_value(scores).map_err(|e| e.to_string())
            })
        })
        .map_err(error)?;
    Ok(pyjson::to_python(py, &scores)?.unbind())
}

/// For the tests: panics inside the guard, which must raise `ChorusError`.
#[pyfunction]
fn _panic_check(py: Python<'_>) -> PyResult<()> {
    py.detach(|| guarded("_panic_check", || -> Outcome<()> { panic!("deliberate panic from _panic_check") }))
        .map_err(error)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    // Panics caught by `isolate` become ChorusErrors; keep them off stderr as the
    // CLI does. The hook is this extension's own (its own copy of std).
    chorus_core::isolate::install_quiet_hook();
    m.add("ChorusError", m.py().get_type::<ChorusError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("DEFAULT_METHOD", chorus_core::select::DEFAULT_METHOD)?;
    m.add_function(wrap_pyfunction!(summarize, m)?)?;
    m.add_function(wrap_pyfunction!(brief, m)?)?;
    m.add_function(wrap_pyfunction!(summarize_many, m)?)?;
    m.add_function(wrap_pyfunction!(_rows, m)?)?;
    m.add_function(wrap_pyfunction!(cluster, m)?)?;
    m.add_function(wrap_pyfunction!(digest, m)?)?;
    m.add_function(wrap_pyfunction!(rouge, m)?)?;
    m.add_function(wrap_pyfunction!(_panic_check, m)?)?;
    Ok(())
}

//! The pipeline from a cluster to a summary: clean → segment → represent
//! (into [`Prepared`], `prepared.rs`) → select → order → cite. This module
//! only runs the stages; none of them imports it.

use crate::article::Cluster;
use crate::cite;
use crate::error::{ChorusError, Result};
use crate::order;
use crate::select::{self, Budget, Method};
use crate::summary::{DocumentInfo, Summary, SummarySentence};

// Re-exported so `chorus_core::pipeline::{Prepared, display_text, …}` keeps
// working for the other crates.
pub use crate::prepared::{display_text, ends_sentence, is_standalone, Prepared, Sentence};

/// The word budget of a Multi-News reference summary, for callers that want a fixed one.
pub const DEFAULT_WORDS: usize = 260;

#[derive(Debug, Clone)]
pub struct Options {
    pub method: String,
    pub budget: Budget,
}

impl Default for Options {
    fn default() -> Self {
        Options { method: select::DEFAULT_METHOD.to_string(), budget: Budget::Auto }
    }
}

/// Summarize one cluster.
pub fn summarize(cluster: &Cluster, options: &Options) -> Result<Summary> {
    options.budget.validate()?;
    select::by_name(&options.method)?;
    if cluster.articles.iter().all(|a| a.text.trim().is_empty()) {
        return Err(ChorusError::Empty { origin: cluster.id.clone() });
    }
    Ok(summarize_prepared(&Prepared::new(cluster), options)?.0)
}

/// Summarize an already prepared cluster; also returns the chosen sentence
/// indices (into `prepared.sentences`), in summary order.
pub fn summarize_prepared(prepared: &Prepared, options: &Options) -> Result<(Summary, Vec<usize>)> {
    options.budget.validate()?;
    let method = select::by_name(&options.method)?;
    Ok(summarize_with(prepared, method.as_ref(), options.budget))
}

/// Summarize with a given method object (e.g. a freshly trained model that is
/// not the shipped one); the budget must be valid.
pub fn summarize_with(prepared: &Prepared, method: &dyn Method, budget: Budget) -> (Summary, Vec<usize>) {
    let cluster = prepared.cluster;
    let mut chosen = method.select(prepared, budget);
    order::story_order(prepared, &mut chosen);
    let citations = cite::citations(prepared, &chosen);
    let sentences: Vec<SummarySentence> = chosen
        .iter()
        .zip(citations)
        .map(|(&i, citations)| SummarySentence {
            text: prepared.text(i).into_owned(),
            citations,
            incomplete: prepared.is_cut_off(i),
        })
        .collect();
    let summary = sentences.iter().map(|s| s.text.as_str()).collect::<Vec<_>>().join("\n");
    let summary = Summary {
        id: cluster.id.clone(),
        method: method.name().to_string(),
        words: chosen.iter().map(|&i| prepared.sentences[i].words).sum(),
        summary,
        sentences,
        documents: cluster
            .articles
            .iter()
            .map(|a| DocumentInfo {
                id: None,
                path: a.path.clone(),
                source: a.source.clone(),
                title: a.title.clone(),
                url: a.url.clone(),
                published: a.published.clone(),
                text: a.from_html.then(|| a.text.clone()),
            })
            .collect(),
        warnings: Vec::new(),
    };
    (summary, chosen)
}

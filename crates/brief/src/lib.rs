//! brief: a summary plus who said what, who is involved, when things
//! happened, and what the outlets agree or disagree on. Every item carries
//! citations (article index and byte offsets) so each claim can be checked.
//! The approach of each part is described in its module and in ARCHITECTURE.md.

pub mod attribution;
pub mod dates;
pub mod entities;
pub mod facts;
pub mod gender;
mod names;
mod org_words;
mod paragraphs;
pub mod quotes;
mod render;
mod scan;
pub mod speech;

use chorus_core::pipeline::{summarize_prepared, Prepared};
use chorus_core::{ChorusError, Cluster, Options, Result, Summary};
use serde::Serialize;

pub use dates::TimelineEntry;
pub use entities::{Entity, Kind};
pub use facts::{Claim, Fact, Label};
pub use quotes::Quote;
pub use render::render;

/// The `summarize` JSON object plus quotes, entities, timeline and facts.
#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    #[serde(flatten)]
    pub summary: Summary,
    pub quotes: Vec<Quote>,
    pub entities: Vec<Entity>,
    /// Resolved dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) in calendar order.
    pub timeline: Vec<TimelineEntry>,
    /// Time expressions no publication date resolved ("Thursday"), in story order.
    pub undated: Vec<TimelineEntry>,
    pub facts: Vec<Fact>,
}

pub fn brief(cluster: &Cluster, options: &Options) -> Result<Brief> {
    if cluster.articles.iter().all(|a| a.text.trim().is_empty()) {
        return Err(ChorusError::Empty { origin: cluster.id.clone() });
    }
    let prepared = Prepared::new(cluster);
    // The summary and the rest of the brief read only `prepared` and are about
    // equal work (~18M instructions each on the seeds): one core each. Facts
    // need the summary's chosen sentences, so they come after.
    let (summarized, ((entities, quotes), (timeline, undated))) = rayon::join(
        || summarize_prepared(&prepared, options),
        || {
            rayon::join(
                || {
                    let entities = entities::extract(&prepared);
                    let occurrences = quotes::occurrences(&prepared, &entities);
                    let quotes = quotes::merge(&prepared, &occurrences);
                    (entities, quotes)
                },
                || dates::timeline(&prepared),
            )
        },
    );
    let (summary, chosen) = summarized?;
    Ok(Brief { summary, quotes, timeline, undated, facts: facts::facts(&prepared, &chosen), entities: entities.list })
}

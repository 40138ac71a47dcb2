//! digest: the stories of one batch, each with its summary and where its
//! articles came from. One implementation for every front end (the CLI's
//! `chorus digest`, the Python package's `digest`), so their outputs agree.
//!
//! Every article of the batch is in exactly one record: a story (one-article
//! stories included), or — for page furniture, notices and texts repeated
//! word for word — a non-article record without a summary.

use chorus_core::summary::{DocumentInfo, Summary};
use chorus_core::{Article, ChorusError, Cluster};
use serde_json::{json, Value};

use crate::{Pile, Story};

/// Why a non-article record has no summary.
pub const NON_ARTICLE_NOTE: &str = "not a news article (page furniture, a notice, or a text repeated word for word)";

/// The stories holding an article of this batch (entries `first..`), largest first.
pub fn batch_stories(pile: &Pile, first: usize) -> Vec<Story> {
    pile.stories().into_iter().filter(|s| s.members.iter().any(|&i| i >= first)).collect()
}

/// The batch's entries that are no news article, in input order.
pub fn batch_non_articles(pile: &Pile, first: usize) -> Vec<usize> {
    (first..pile.entries.len()).filter(|&i| pile.is_non_article(i)).collect()
}

/// One story of a digest.
#[derive(Debug)]
pub struct StoryDigest<'a> {
    pub story: &'a Story,
    /// The story's articles of this batch, in pile order: what was summarized.
    pub documents: Vec<DocumentInfo>,
    /// Its articles of earlier batches (their texts are not kept in the state).
    pub earlier: Vec<DocumentInfo>,
    /// The summary of this batch's articles (documents carry the input ids), or why there is none.
    pub summary: Result<Summary, ChorusError>,
}

/// The cluster to summarize for `story`: its articles of this batch, whose
/// texts are `texts[i - first]`.
pub fn story_cluster(story: &Story, first: usize, texts: &[Article]) -> Cluster {
    Cluster {
        id: format!("story-{}", story.story),
        articles: story.members.iter().filter(|&&i| i >= first).map(|&i| texts[i - first].clone()).collect(),
        reference: None,
    }
}

/// Summarizes one story with `summarize` (the caller decides how a panic is
/// caught and which options apply) and gathers its documents.
pub fn digest_story<'a>(
    pile: &Pile,
    story: &'a Story,
    first: usize,
    texts: &[Article],
    summarize: impl FnOnce(&Cluster) -> Result<Summary, ChorusError>,
) -> StoryDigest<'a> {
    let (now, earlier): (Vec<usize>, Vec<usize>) = story.members.iter().partition(|&&i| i >= first);
    let info = |i: &usize| pile.entries[*i].info.clone();
    let documents: Vec<DocumentInfo> = now.iter().map(info).collect();
    let earlier = earlier.iter().map(info).collect();
    let summary = summarize(&story_cluster(story, first, texts)).map(|mut s| {
        for (d, info) in s.documents.iter_mut().zip(&documents) {
            d.id = info.id.clone();
        }
        s
    });
    StoryDigest { story, documents, earlier, summary }
}

impl StoryDigest<'_> {
    /// The story's JSON record: the summary's fields (or `id`, `error` and
    /// `documents` when it failed), then `story`, `articles`, `title`,
    /// `top_terms` and, when there are any, `earlier_documents`.
    pub fn to_json(&self) -> Value {
        let mut value = match &self.summary {
            Ok(s) => serde_json::to_value(s).unwrap_or(Value::Null),
            Err(e) => json!({
                "id": format!("story-{}", self.story.story),
                "error": e.to_string(),
                "documents": self.documents,
            }),
        };
        if let Value::Object(map) = &mut value {
            map.insert("story".into(), json!(self.story.story));
            map.insert("articles".into(), json!(self.story.size));
            map.insert("title".into(), json!(self.story.title));
            map.insert("top_terms".into(), json!(self.story.top_terms));
            if !self.earlier.is_empty() {
                map.insert("earlier_documents".into(), json!(self.earlier));
            }
        }
        value
    }
}

/// The record of a batch entry that is no news article.
pub fn non_article_json(pile: &Pile, i: usize) -> Value {
    json!({ "story": null, "articles": 1, "note": NON_ARTICLE_NOTE, "documents": [pile.entries[i].info] })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chorus_core::{summarize, Options};

    fn article(text: &str) -> Article {
        Article::from_text(text)
    }

    #[test]
    fn every_article_of_the_batch_is_in_one_record() {
        let flood = "Heavy rain flooded the river valley on Monday and forced thousands of residents to leave \
                     their homes, officials in the valley said. Rescue teams used boats to reach stranded families.";
        let flood2 = "Thousands of residents fled the flooded river valley on Monday after heavy rain, officials \
                      said. Rescue teams in boats reached families stranded on rooftops in the valley.";
        let court = "The supreme court ruled on Tuesday that the new tax law violates the constitution, striking \
                     down a measure passed by parliament last year. The finance minister said he would appeal.";
        let batch: Vec<(String, Article)> =
            vec![("a".into(), article(flood)), ("b".into(), article(court)), ("c".into(), article(flood2))];
        let texts: Vec<Article> = batch.iter().map(|(_, a)| a.clone()).collect();
        let mut pile = Pile::new();
        let first = pile.add(batch);
        let stories = batch_stories(&pile, first);
        let records: Vec<StoryDigest> = stories
            .iter()
            .map(|s| digest_story(&pile, s, first, &texts, |c| summarize(c, &Options::default())))
            .collect();
        let mut ids: Vec<String> = records
            .iter()
            .flat_map(|r| r.summary.as_ref().unwrap().documents.iter().filter_map(|d| d.id.clone()))
            .chain(batch_non_articles(&pile, first).into_iter().map(|i| pile.entries[i].id.clone()))
            .collect();
        ids.sort();
        assert_eq!(ids, ["a", "b", "c"]);
        let json = records[0].to_json();
        assert_eq!(json["articles"], json!(records[0].story.size));
        assert!(json["summary"].as_str().is_some_and(|s| !s.is_empty()));
    }

    #[test]
    fn a_failed_summary_keeps_its_documents_and_says_why() {
        let batch = vec![("only".to_string(), article("A short article about a storm on the coast that hit towns."))];
        let texts: Vec<Article> = batch.iter().map(|(_, a)| a.clone()).collect();
        let mut pile = Pile::new();
        let first = pile.add(batch);
        let stories = batch_stories(&pile, first);
        let failed =
            digest_story(&pile, &stories[0], first, &texts, |_| Err(ChorusError::Empty { origin: "story".into() }));
        let json = failed.to_json();
        assert_eq!(json["documents"][0]["id"], "only");
        assert!(json["error"].as_str().is_some_and(|e| !e.is_empty()));
        assert_eq!(json["story"], json!(stories[0].story));
    }
}

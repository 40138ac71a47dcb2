//! The plain data that enters the pipeline: articles and the clusters that hold them.

use serde::{Deserialize, Serialize};

/// One news article. `text` is kept exactly as it was read: every later stage
/// points back into it by byte offsets, so nothing may rewrite it in place.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// The file the article came from, when it came from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// The text was extracted from HTML: outputs then carry it, so that
    /// citation offsets (into this text) can be checked.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_html: bool,
}

impl Article {
    pub fn from_text(text: impl Into<String>) -> Self {
        Article { text: text.into(), ..Article::default() }
    }
}

/// A set of articles about one story, with an optional reference summary
/// (used only by evaluation, never by summarization).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cluster {
    pub id: String,
    pub articles: Vec<Article>,
    pub reference: Option<String>,
}

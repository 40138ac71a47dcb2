//! The output data: a summary whose sentences cite the articles that carry them.

use serde::{Deserialize, Serialize};

/// A span of one article: `doc` is its index in the cluster, `start..end`
/// byte offsets into its original text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    pub doc: usize,
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummarySentence {
    /// The sentence as printed in its first citation's article (line breaks
    /// inside it shown as single spaces).
    pub text: String,
    /// The article the sentence was taken from comes first, then every other
    /// article that carries the same content.
    pub citations: Vec<Citation>,
    /// The article's text stops inside this sentence (Multi-News and many
    /// feeds cut articles off). `text` stays the source bytes; renderers
    /// mark it with "…" so it does not read as a whole sentence.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub incomplete: bool,
}

impl SummarySentence {
    /// What renderers print after the text: " …" for an incomplete sentence
    /// (the text itself stays the source's), else nothing.
    pub fn cut_mark(&self) -> &'static str {
        if self.incomplete {
            " …"
        } else {
            ""
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// The input's own id for the article (JSON lines input), when it had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The article text the offsets refer to, when it was extracted from HTML.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    pub id: String,
    pub method: String,
    /// The summary sentences joined by newlines.
    pub summary: String,
    pub words: usize,
    pub sentences: Vec<SummarySentence>,
    pub documents: Vec<DocumentInfo>,
    /// Things the reader should know about the input, such as articles that
    /// look like several different stories. Left out of JSON when empty.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

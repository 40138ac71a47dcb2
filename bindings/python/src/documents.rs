//! Python documents → a `Cluster`, built by the CLI's JSONL rules, plus the
//! map from each article back to the document the caller gave.
//!
//! The CLI splits a document holding Multi-News `|||||`-joined text into
//! several articles and drops blank ones, so article `k` is not always
//! document `k`. Python callers index their own list
//! (`documents[c["doc"]][c["start"]:c["end"]]`), so every article remembers
//! its document and where in it (in code points) its text begins.

use chorus_core::ingest::MULTINEWS_SEPARATOR;
use chorus_core::{Article, Cluster, DocumentInfo};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};

/// Where one article of the cluster came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Origin {
    /// Index of the caller's document.
    pub doc: usize,
    /// The same offset in code points (Python `str` indices).
    pub chars: usize,
}

/// A cluster ready for the core, with the way back to the caller's documents.
#[derive(Debug, Clone)]
pub struct Input {
    pub cluster: Cluster,
    /// One per article of `cluster`.
    pub origins: Vec<Origin>,
    /// One per caller document: what `documents` lists for a document that
    /// became no article (blank text), so the output keeps one entry per document.
    pub infos: Vec<DocumentInfo>,
}

/// One document as read from Python, before splitting.
struct Document {
    article: Article,
    /// HTML documents are one article each: their text is the extraction's.
    split: bool,
}

/// Number of code points in `text[..byte]`; never panics, even off a char boundary.
pub fn chars_before(text: &str, byte: usize) -> usize {
    let bytes = &text.as_bytes()[..byte.min(text.len())];
    // Every byte that is not a UTF-8 continuation byte (10xxxxxx) starts a code point.
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// The articles of one document's text with their byte offsets, exactly as
/// `chorus_core::ingest::split_articles` cuts them.
pub fn pieces(text: &str) -> Vec<(usize, &str)> {
    if !text.contains(MULTINEWS_SEPARATOR) {
        return if text.trim().is_empty() { Vec::new() } else { vec![(0, text)] };
    }
    let mut out = Vec::new();
    let mut at = 0;
    for part in text.split(MULTINEWS_SEPARATOR) {
        let trimmed = part.trim();
        if !trimmed.is_empty() {
            out.push((at + (part.len() - part.trim_start().len()), trimmed));
        }
        at += part.len() + MULTINEWS_SEPARATOR.len();
    }
    out
}

/// A Python `str` as Rust text; lone surrogates cannot be, and say so.
pub fn text_of(value: &Bound<'_, PyAny>, what: &str) -> Result<String, String> {
    let s = value.cast::<PyString>().map_err(|_| {
        let kind = value.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        format!("{what} must be a string, not {kind}")
    })?;
    s.to_cow().map(|c| c.into_owned()).map_err(|e| format!("{what}: invalid text: {e}"))
}

/// An optional string field of a document dict (`None` counts as absent).
fn field(dict: &Bound<'_, PyDict>, key: &str, what: &str) -> Result<Option<String>, String> {
    match dict.get_item(key).map_err(|e| format!("{what}: {e}"))? {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => text_of(&v, &format!("{what}.{key}")).map(Some),
    }
}

fn read_document(value: &Bound<'_, PyAny>, what: &str) -> Result<Document, String> {
    if value.is_instance_of::<PyString>() {
        return Ok(Document { article: Article::from_text(text_of(value, what)?), split: true });
    }
    let Ok(dict) = value.cast::<PyDict>() else {
        let kind = value.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        return Err(format!("{what} must be a string or an object with `text` or `html`, not {kind}"));
    };
    let source = field(dict, "source", what)?;
    let title = field(dict, "title", what)?;
    let url = field(dict, "url", what)?;
    let published = field(dict, "published", what)?;
    // As in the CLI's JSONL, "html" wins over "text"; the page's own metadata
    // fills what the caller did not give.
    if let Some(html) = field(dict, "html", what)? {
        let a = chorus_core::html::extract(&html, what).map_err(|e| e.to_string())?;
        let article = Article {
            source: source.or(a.source),
            title: title.or(a.title),
            url: url.or(a.url),
            published: published.or(a.published),
            ..a
        };
        return Ok(Document { article, split: false });
    }
    let Some(text) = field(dict, "text", what)? else {
        return Err(format!("{what} has neither `text` nor `html`"));
    };
    Ok(Document { article: Article { text, source, title, url, published, ..Article::default() }, split: true })
}

fn info(a: &Article) -> DocumentInfo {
    DocumentInfo {
        path: a.path.clone(),
        source: a.source.clone(),
        title: a.title.clone(),
        url: a.url.clone(),
        published: a.published.clone(),
        text: a.from_html.then(|| a.text.clone()),
        ..DocumentInfo::default()
    }
}

/// Read `documents` (a list of str or dicts) into a cluster called `id`.
/// `origin` names the list in error messages, as a file name does in the CLI's.
pub fn read(documents: &Bound<'_, PyAny>, id: String, origin: &str) -> Result<Input, String> {
    if documents.is_instance_of::<PyString>() {
        return Err(format!("{origin} must be a list of strings or objects, not one string"));
    }
    let iter = documents.try_iter().map_err(|_| {
        let kind = documents.get_type().name().map(|n| n.to_string()).unwrap_or_else(|_| "?".into());
        format!("{origin} must be a list of strings or objects, not {kind}")
    })?;
    let mut articles = Vec::new();
    let mut origins = Vec::new();
    let mut infos = Vec::new();
    for (doc, value) in iter.enumerate() {
        let what = format!("{origin}[{doc}]");
        let value = value.map_err(|e| format!("{what}: {e}"))?;
        let Document { article, split } = read_document(&value, &what)?;
        infos.push(info(&article));
        if !split {
            if !article.text.trim().is_empty() {
                origins.push(Origin { doc, chars: 0 });
                articles.push(article);
            }
            continue;
        }
        let cut = pieces(&article.text);
        if cut.len() == 1 && cut[0].1.len() == article.text.len() {
            origins.push(Origin { doc, chars: 0 });
            articles.push(article);
            continue;
        }
        for (byte, text) in cut {
            origins.push(Origin { doc, chars: chars_before(&article.text, byte) });
            articles.push(Article { text: text.to_string(), ..article.clone() });
        }
    }
    if articles.is_empty() {
        return Err(chorus_core::ChorusError::Empty { origin: origin.to_string() }.to_string());
    }
    Ok(Input { cluster: Cluster { id, articles, reference: None }, origins, infos })
}

/// An article of a pile for `cluster` and `digest`: `{"id", "text", ...}` or a
/// bare str (its id then its index), as the CLI's article JSON lines.
pub fn read_article(value: &Bound<'_, PyAny>, index: usize, origin: &str) -> Result<(String, Article), String> {
    let what = format!("{origin}[{index}]");
    let id = match value.cast::<PyDict>() {
        Ok(dict) => match dict.get_item("id").map_err(|e| format!("{what}: {e}"))? {
            Some(v) if !v.is_none() => id_text(&v),
            _ => index.to_string(),
        },
        Err(_) => index.to_string(),
    };
    let Document { article, .. } = read_document(value, &what)?;
    if article.text.trim().is_empty() {
        return Err(chorus_core::ChorusError::Empty { origin: what }.to_string());
    }
    Ok((id, article))
}

/// An id of any Python type as text: a str as is, anything else as `str()` makes it.
pub fn id_text(value: &Bound<'_, PyAny>) -> String {
    if let Ok(s) = value.cast::<PyString>() {
        if let Ok(s) = s.to_cow() {
            return s.to_string();
        }
    }
    value.str().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}

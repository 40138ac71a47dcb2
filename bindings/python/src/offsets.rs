//! The core's JSON (byte offsets into its articles) → the caller's view
//! (code-point offsets into the documents they passed).
//!
//! The walk is generic on purpose: any object with a `doc` index is a
//! citation or a per-article count (`entities[].mentions`), wherever it sits
//! (summary sentences, quotes, timeline, facts, whatever is added later), and
//! its `start`/`end`, when present, are byte offsets into that article.

use serde_json::Value;

use crate::documents::{chars_before, Input, Origin};

/// Rewrite `value` (a rendered summary or brief of `input.cluster`) in place.
pub fn to_caller(value: &mut Value, input: &Input) -> Result<(), String> {
    walk(value, input);
    // One `documents` entry per caller document (the core lists one per article).
    if let Some(docs) = value.get_mut("documents").and_then(Value::as_array_mut) {
        let per_article = std::mem::take(docs);
        for (doc, info) in input.infos.iter().enumerate() {
            let first = input.origins.iter().position(|o| o.doc == doc);
            let entry = match first.and_then(|k| per_article.get(k)) {
                Some(v) => v.clone(),
                None => serde_json::to_value(info).map_err(|e| e.to_string())?,
            };
            docs.push(entry);
        }
    }
    Ok(())
}

fn walk(value: &mut Value, input: &Input) {
    match value {
        Value::Array(items) => items.iter_mut().for_each(|v| walk(v, input)),
        Value::Object(map) => {
            let article = map.get("doc").and_then(Value::as_u64).map(|d| d as usize);
            if let Some(k) = article.filter(|&k| k < input.origins.len()) {
                let Origin { doc, chars } = input.origins[k];
                let text = &input.cluster.articles[k].text;
                map.insert("doc".into(), doc.into());
                for key in ["start", "end"] {
                    if let Some(b) = map.get(key).and_then(Value::as_u64) {
                        // Where the article begins in the document, plus the offset inside it.
                        map.insert(key.into(), (chars + chars_before(text, b as usize)).into());
                    }
                }
            }
            map.values_mut().for_each(|v| walk(v, input));
        }
        _ => {}
    }
}

/// For `digest`: each story is its own cluster of whole articles, so only
/// bytes become code points; each `documents` entry also gets the article's id.
pub fn story_to_caller(value: &mut Value, texts: &[&str], ids: &[String]) {
    fn walk(value: &mut Value, texts: &[&str]) {
        match value {
            Value::Array(items) => items.iter_mut().for_each(|v| walk(v, texts)),
            Value::Object(map) => {
                let article = map.get("doc").and_then(Value::as_u64).map(|d| d as usize);
                if let Some(text) = article.and_then(|k| texts.get(k)) {
                    for key in ["start", "end"] {
                        if let Some(b) = map.get(key).and_then(Value::as_u64) {
                            map.insert(key.into(), chars_before(text, b as usize).into());
                        }
                    }
                }
                map.values_mut().for_each(|v| walk(v, texts));
            }
            _ => {}
        }
    }
    walk(value, texts);
    if let Some(docs) = value.get_mut("documents").and_then(Value::as_array_mut) {
        for (entry, id) in docs.iter_mut().zip(ids) {
            if let Some(map) = entry.as_object_mut() {
                map.insert("id".into(), id.clone().into());
            }
        }
    }
}

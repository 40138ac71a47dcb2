//! render: a summary as plain text, Markdown or JSON.

use std::fmt::Write;

use crate::summary::Summary;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

pub fn render(summary: &Summary, format: Format) -> String {
    match format {
        Format::Text => text(summary),
        Format::Markdown => markdown(summary),
        Format::Json => serde_json::to_string(summary).expect("a summary always serialises"),
    }
}

/// "[1,3]": 1-based article numbers, as a reader counts.
fn markers(citations: &[crate::summary::Citation]) -> String {
    let mut docs: Vec<usize> = citations.iter().map(|c| c.doc + 1).collect();
    docs.sort_unstable();
    docs.dedup();
    let list: Vec<String> = docs.iter().map(usize::to_string).collect();
    format!("[{}]", list.join(","))
}

/// How a reader should know an article: its source, title, file or URL.
fn label(summary: &Summary, doc: usize) -> String {
    let d = &summary.documents[doc];
    let parts: Vec<&str> =
        [d.source.as_deref(), d.title.as_deref(), d.path.as_deref(), d.url.as_deref()].into_iter().flatten().collect();
    if let (true, Some(id)) = (parts.is_empty(), d.id.as_deref()) {
        id.to_string()
    } else if parts.is_empty() {
        format!("article {}", doc + 1)
    } else {
        parts.join(" — ")
    }
}

fn text(summary: &Summary) -> String {
    let mut out = String::new();
    for w in &summary.warnings {
        let _ = writeln!(out, "Warning: {w}\n");
    }
    for s in &summary.sentences {
        let _ = writeln!(out, "{}{} {}", s.text, s.cut_mark(), markers(&s.citations));
    }
    out.push_str("\nSources:\n");
    for doc in 0..summary.documents.len() {
        let _ = writeln!(out, "[{}] {}", doc + 1, label(summary, doc));
    }
    out
}

fn markdown(summary: &Summary) -> String {
    let mut out = format!("## Summary: {}\n\n", escape_markdown(&summary.id));
    for w in &summary.warnings {
        let _ = writeln!(out, "> **Warning:** {}\n", escape_markdown(w));
    }
    for s in &summary.sentences {
        let refs: Vec<String> = {
            let mut docs: Vec<usize> = s.citations.iter().map(|c| c.doc + 1).collect();
            docs.sort_unstable();
            docs.dedup();
            docs.iter().map(|d| format!("[^{d}]")).collect()
        };
        let _ = writeln!(out, "- {}{} {}", escape_markdown(&s.text), s.cut_mark(), refs.join(""));
    }
    out.push('\n');
    for doc in 0..summary.documents.len() {
        let _ = writeln!(out, "[^{}]: {}", doc + 1, escape_markdown(&label(summary, doc)));
    }
    out
}

/// Keep article text from being read as Markdown markup.
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::summary::{Citation, DocumentInfo, SummarySentence};

    fn sample() -> Summary {
        Summary {
            id: "x".into(),
            method: "lead".into(),
            summary: "A *b* happened.".into(),
            words: 3,
            sentences: vec![SummarySentence {
                text: "A *b* happened.".into(),
                citations: vec![Citation { doc: 1, start: 0, end: 15 }, Citation { doc: 0, start: 5, end: 20 }],
                incomplete: false,
            }],
            documents: vec![DocumentInfo { source: Some("AP".into()), ..Default::default() }, DocumentInfo::default()],
            warnings: Vec::new(),
        }
    }

    #[test]
    fn warnings_show_only_when_there_are_some() {
        let plain = sample();
        assert!(!render(&plain, Format::Json).contains("warnings"), "no field when empty");
        assert!(!render(&plain, Format::Text).contains("Warning"));
        let mut warned = sample();
        warned.warnings.push("these articles look like 2 different stories".into());
        let json: serde_json::Value = serde_json::from_str(&render(&warned, Format::Json)).unwrap();
        assert_eq!(json["warnings"][0], "these articles look like 2 different stories");
        assert!(render(&warned, Format::Text).starts_with("Warning: these articles"));
        assert!(render(&warned, Format::Markdown).contains("> **Warning:** these articles"));
    }

    #[test]
    fn cut_off_sentences_are_marked_in_text_and_markdown_only() {
        let mut s = sample();
        s.sentences[0].incomplete = true;
        assert!(render(&s, Format::Text).starts_with("A *b* happened. … [1,2]\n"));
        assert!(render(&s, Format::Markdown).contains("happened. … [^1][^2]"));
        let json: serde_json::Value = serde_json::from_str(&render(&s, Format::Json)).unwrap();
        assert_eq!(json["sentences"][0]["text"], "A *b* happened.", "the text stays the source's");
        assert_eq!(json["sentences"][0]["incomplete"], true);
    }

    #[test]
    fn text_has_markers_and_sources() {
        let t = render(&sample(), Format::Text);
        assert!(t.starts_with("A *b* happened. [1,2]\n"), "{t}");
        assert!(t.contains("[1] AP\n[2] article 2\n"), "{t}");
    }

    #[test]
    fn markdown_escapes_and_footnotes() {
        let m = render(&sample(), Format::Markdown);
        assert!(m.contains("- A \\*b\\* happened. [^1][^2]"), "{m}");
        assert!(m.contains("[^1]: AP"), "{m}");
    }

    #[test]
    fn json_round_trips() {
        let j = render(&sample(), Format::Json);
        let back: Summary = serde_json::from_str(&j).unwrap();
        assert_eq!(back, sample());
    }
}

//! A brief as JSON, Markdown or plain text.
//!
//! Citations print as `[1]`, one number per outlet; in Markdown they are
//! reference links to the source's address when it has one, so they show as
//! plain `[1]` in the raw text and link in a viewer.

use std::fmt::Write;

use chorus_core::render::escape_markdown;
use chorus_core::{Citation, Format};

use crate::{Brief, Kind, Label};

pub fn render(brief: &Brief, format: Format) -> String {
    match format {
        Format::Json => serde_json::to_string(brief).expect("a brief always serialises"),
        Format::Markdown => sections(brief, true),
        Format::Text => sections(brief, false),
    }
}

/// `[1] [3]`: the outlets cited, each once, in citation order.
fn outlets(citations: &[Citation]) -> String {
    let mut docs: Vec<usize> = Vec::new();
    for c in citations {
        if !docs.contains(&(c.doc + 1)) {
            docs.push(c.doc + 1);
        }
    }
    docs.iter().map(|d| format!("[{d}]")).collect::<Vec<_>>().join(" ")
}

/// The name a reader knows an outlet by.
fn outlet_name(brief: &Brief, doc: usize) -> String {
    let d = brief.summary.documents.get(doc);
    let name = d.and_then(|d| {
        [d.source.as_deref(), d.title.as_deref(), d.path.as_deref(), d.url.as_deref()].into_iter().flatten().next()
    });
    name.unwrap_or("article").to_string()
}

pub fn label_words(label: Label) -> &'static str {
    match label {
        Label::Consensus => "consensus",
        Label::SingleSource => "single source",
        Label::Conflict => "conflict",
    }
}

fn kind_words(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "person",
        Kind::Organization => "organisation",
        Kind::Place => "place",
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn sections(brief: &Brief, markdown: bool) -> String {
    let esc = |s: &str| if markdown { escape_markdown(s) } else { s.to_string() };
    let heading = |h: &str| if markdown { format!("\n## {h}\n\n") } else { format!("\n{h}:\n") };
    let item = if markdown { "- " } else { "  " };
    let sub = if markdown { "  - " } else { "      " };
    let mut out = String::new();
    out.push_str(&heading("Summary"));
    for s in &brief.summary.sentences {
        let _ = writeln!(out, "{item}{}{} {}", esc(&s.text), s.cut_mark(), outlets(&s.citations));
    }
    out.push_str(&heading("Quotes"));
    for q in &brief.quotes {
        let who = q.speaker.as_deref().unwrap_or("unattributed");
        let _ = writeln!(out, "{item}“{}” — {} {}", esc(&q.text), esc(who), outlets(&q.citations));
    }
    out.push_str(&heading("People, organisations and places"));
    for e in &brief.entities {
        let role = e.role.as_deref().map(|r| format!(", {}", esc(r))).unwrap_or_default();
        let total: usize = e.mentions.iter().map(|m| m.count).sum();
        let _ = writeln!(
            out,
            "{item}{} ({}{role}) — {} in {}",
            esc(&e.name),
            kind_words(e.kind),
            plural(total, "mention", "mentions"),
            plural(e.mentions.len(), "article", "articles")
        );
    }
    out.push_str(&heading("Timeline"));
    for t in &brief.timeline {
        let _ = writeln!(out, "{item}{}: {} {}", t.date, esc(&t.event), outlets(&t.citations));
    }
    if !brief.undated.is_empty() {
        out.push_str(&heading("Not dated (no publication date to resolve them)"));
        for t in &brief.undated {
            let _ = writeln!(out, "{item}“{}”: {} {}", esc(&t.date), esc(&t.event), outlets(&t.citations));
        }
    }
    out.push_str(&heading("Agreement"));
    for f in &brief.facts {
        if f.claims.is_empty() {
            let _ = writeln!(out, "{item}{}: {} {}", label_words(f.label), esc(&f.text), outlets(&f.citations));
            continue;
        }
        let about = f.about.as_deref().map(|a| format!(" on {}", esc(a))).unwrap_or_default();
        let _ = writeln!(out, "{item}{}{about}, {}:", label_words(f.label), plural(f.claims.len(), "side", "sides"));
        for c in &f.claims {
            let mut names: Vec<String> = Vec::new();
            for x in &c.citations {
                let n = format!("{} [{}]", esc(&outlet_name(brief, x.doc)), x.doc + 1);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            let _ = writeln!(out, "{sub}{}: {}", names.join(", "), esc(&c.text));
        }
    }
    out.push_str(&heading("Sources"));
    for i in 0..brief.summary.documents.len() {
        let _ = writeln!(out, "{item}[{}] {}", i + 1, esc(&outlet_name(brief, i)));
    }
    if markdown {
        out.push('\n');
        for (i, d) in brief.summary.documents.iter().enumerate() {
            let target = d.url.as_deref().filter(|u| u.starts_with("http")).unwrap_or("#sources");
            let _ = writeln!(out, "[{}]: <{}>", i + 1, target.replace('>', "%3E"));
        }
    }
    out
}

//! A brief as JSON, Markdown or plain text.

use std::fmt::Write;

use chorus_core::render::escape_markdown;
use chorus_core::Format;

use crate::Brief;

pub fn render(brief: &Brief, format: Format) -> String {
    match format {
        Format::Json => serde_json::to_string(brief).expect("a brief always serialises"),
        Format::Markdown => markdown(brief),
        Format::Text => text(brief),
    }
}

fn outlets(citations: &[chorus_core::Citation]) -> String {
    let mut d: Vec<String> = citations.iter().map(|c| (c.doc + 1).to_string()).collect();
    d.dedup();
    format!("[{}]", d.join(","))
}

fn sections(brief: &Brief, heading: &dyn Fn(&str) -> String, item: &dyn Fn(&str) -> String) -> String {
    let mut out = String::new();
    out.push_str(&heading("Summary"));
    for s in &brief.summary.sentences {
        let _ = writeln!(out, "{}", item(&format!("{}{} {}", s.text, s.cut_mark(), outlets(&s.citations))));
    }
    out.push_str(&heading("Quotes"));
    for q in &brief.quotes {
        let who = q.speaker.as_deref().unwrap_or("unattributed");
        let _ = writeln!(out, "{}", item(&format!("“{}” — {who} {}", q.text, outlets(&q.citations))));
    }
    out.push_str(&heading("People, organisations and places"));
    for e in &brief.entities {
        let role = e.role.as_deref().map(|r| format!(", {r}")).unwrap_or_default();
        let total: usize = e.mentions.iter().map(|m| m.count).sum();
        let _ = writeln!(
            out,
            "{}",
            item(&format!("{} ({:?}{role}) — {total} mentions", e.name, e.kind).to_lowercase_kind())
        );
    }
    out.push_str(&heading("Timeline"));
    for t in &brief.timeline {
        let _ = writeln!(out, "{}", item(&format!("{}: {} {}", t.date, t.event, outlets(&t.citations))));
    }
    out.push_str(&heading("Agreement"));
    for f in &brief.facts {
        let _ = writeln!(out, "{}", item(&format!("[{:?}] {} {}", f.label, f.text, outlets(&f.citations))));
    }
    out.push_str(&heading("Sources"));
    for (i, d) in brief.summary.documents.iter().enumerate() {
        let name =
            [d.source.as_deref(), d.title.as_deref(), d.path.as_deref(), d.url.as_deref()].into_iter().flatten().next();
        let _ = writeln!(out, "{}", item(&format!("[{}] {}", i + 1, name.unwrap_or("article"))));
    }
    out
}

trait LowercaseKind {
    fn to_lowercase_kind(self) -> String;
}

impl LowercaseKind for String {
    fn to_lowercase_kind(self) -> String {
        self.replace("(Person", "(person").replace("(Organization", "(organization").replace("(Place", "(place")
    }
}

fn markdown(brief: &Brief) -> String {
    sections(brief, &|h| format!("\n## {h}\n\n"), &|line| format!("- {}", escape_markdown(line)))
}

fn text(brief: &Brief) -> String {
    sections(brief, &|h| format!("\n{h}:\n"), &|line| format!("  {line}"))
}

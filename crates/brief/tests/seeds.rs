//! Golden checks of the brief on ../shared/seeds (five outlets on Jeff
//! Sessions' recusal), and the offsets invariant for every cited item.

use std::path::PathBuf;

use chorus_brief::{brief, Brief, Kind, Label};
use chorus_core::ingest::read_cluster_from_paths;
use chorus_core::{Citation, Cluster, Options};

fn seeds() -> (Cluster, Brief) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let cluster = read_cluster_from_paths(&[dir]).expect("../shared/seeds");
    let b = brief(&cluster, &Options::default()).unwrap();
    (cluster, b)
}

fn quote<'a>(b: &'a Brief, words: &str) -> &'a chorus_brief::Quote {
    b.quotes.iter().find(|q| q.text.contains(words)).unwrap_or_else(|| panic!("no quote containing {words:?}"))
}

#[test]
fn quotes_have_their_speakers_and_outlets() {
    let (_, b) = seeds();
    let q =
        quote(&b, "I never had meetings with Russian operatives or Russian intermediaries about the Trump campaign");
    assert_eq!(q.speaker.as_deref(), Some("Jeff Sessions"));
    assert_eq!(q.citations.len(), 2, "printed by two outlets");
    assert_eq!(quote(&b, "at least twenty ambassadors in the last six weeks").speaker.as_deref(), Some("Roy Blunt"));
    assert_eq!(quote(&b, "there’s no there there").speaker.as_deref(), Some("Sean Spicer"));
    assert_eq!(
        quote(&b, "There was absolutely nothing misleading about his answer").speaker.as_deref(),
        Some("Sarah Isgur Flores")
    );
    assert_eq!(quote(&b, "I don’t think so").speaker.as_deref(), Some("Donald Trump"));
}

#[test]
fn kislyak_is_one_person_across_spellings() {
    let (_, b) = seeds();
    let k = b.entities.iter().find(|e| e.name == "Sergey Kislyak").expect("Sergey Kislyak");
    assert_eq!(k.kind, Kind::Person);
    for alias in ["Kislyak", "Sergey I. Kislyak", "Sergey Kislayk"] {
        assert!(k.aliases.iter().any(|a| a == alias), "{alias} not merged: {:?}", k.aliases);
    }
    assert!(k.role.as_deref().is_some_and(|r| r.to_lowercase().contains("ambassador")), "{:?}", k.role);
    assert_eq!(k.mentions.len(), 4, "mentioned by four outlets");
    let s = b.entities.iter().find(|e| e.name == "Jeff Sessions").unwrap();
    assert_eq!(s.role.as_deref(), Some("Attorney General"));
    assert!(s.aliases.iter().any(|a| a == "Sessions") && s.aliases.iter().any(|a| a == "AG"));
}

#[test]
fn timeline_is_in_time_order_with_only_resolved_dates() {
    let (_, b) = seeds();
    let july = b.timeline.iter().find(|t| t.date == "2016-07").expect("July 2016 meeting");
    assert!(july.event.contains("Heritage Foundation"), "{}", july.event);
    let resolved = |d: &str| {
        let parts: Vec<&str> = d.split('-').collect();
        parts[0].len() == 4 && parts.len() <= 3 && parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()))
    };
    let dates: Vec<&str> = b.timeline.iter().map(|t| t.date.as_str()).collect();
    assert!(dates.iter().all(|d| resolved(d)), "{dates:?}");
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "not in time order: {dates:?}");
    // The seeds carry no publication date: "Thursday" and "September" cannot be resolved.
    let september = b.undated.iter().find(|t| t.date == "September").expect("September meeting, undated");
    assert!(september.event.contains("meeting") || september.event.contains("office"), "{}", september.event);
    assert!(b.undated.iter().any(|t| t.date == "Thursday"));
    // One event once: no sentence is listed twice.
    let mut events: Vec<&str> = b.timeline.iter().chain(&b.undated).map(|t| t.event.as_str()).collect();
    let n = events.len();
    events.sort_unstable();
    events.dedup();
    assert_eq!(events.len(), n, "an event listed twice");
}

#[test]
fn outlets_agree_and_disagree() {
    let (_, b) = seeds();
    assert!(b.facts.iter().any(|f| f.label == Label::Consensus && f.outlets >= 3));
    let conflict = b.facts.iter().find(|f| f.label == Label::Conflict).expect("the Heritage Foundation head count");
    assert!(conflict.about.as_deref().is_some_and(|a| a.contains("ambassadors")), "{:?}", conflict.about);
    assert!(conflict.claims.iter().any(|c| c.text.contains("small group")), "{:?}", conflict.claims);
    assert!(conflict.claims.iter().any(|c| c.text.contains("50")), "{:?}", conflict.claims);
    let docs: std::collections::HashSet<usize> = conflict.claims.iter().map(|c| c.citations[0].doc).collect();
    assert!(docs.len() >= 2, "claims from different outlets");
    assert!(b.facts.iter().any(|f| f.label == Label::SingleSource));
}

#[test]
fn the_justice_department_is_one_organisation_and_fragments_are_none() {
    let (_, b) = seeds();
    let doj: Vec<&str> = b
        .entities
        .iter()
        .filter(|e| std::iter::once(&e.name).chain(&e.aliases).any(|n| n == "DOJ" || n.contains("Justice Department")))
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(doj.len(), 1, "{doj:?}");
    let names: Vec<&str> = b.entities.iter().map(|e| e.name.as_str()).collect();
    for fragment in ["Department", "Post", "Justice", "House Democratic", "Fox"] {
        assert!(!names.contains(&fragment), "{fragment:?} listed as an entity: {names:?}");
    }
}

#[test]
fn leahys_written_question_is_not_credited_to_sessions() {
    let (_, b) = seeds();
    let q = quote(&b, "Have you been in contact with anyone connected to any part of the Russian government");
    assert_eq!(q.speaker.as_deref(), Some("Patrick Leahy"));
}

#[test]
fn markdown_reads_as_words_with_plain_citations() {
    let (_, b) = seeds();
    let md = chorus_brief::render(&b, chorus_core::Format::Markdown);
    let escaped_citation = md.match_indices("\\[").any(|(k, _)| md[k + 2..].starts_with(|c: char| c.is_ascii_digit()));
    assert!(!escaped_citation && md.contains("[1]"), "citations not as plain [1]:\n{md}");
    assert!(!md.contains("SingleSource") && md.contains("single source"), "{md}");
    assert!(!md.contains(" 1 mentions"), "{md}");
    assert!(md.contains("small group") && md.contains("about 50"), "both sides of the conflict:\n{md}");
}

#[test]
fn every_cited_item_points_at_its_exact_bytes() {
    let (cluster, b) = seeds();
    let text = |c: &Citation| &cluster.articles[c.doc].text[c.start..c.end];
    for q in &b.quotes {
        assert_eq!(text(&q.citations[0]), q.text, "quote text differs from its source bytes");
        for c in &q.citations {
            let t = text(c);
            assert!(!t.is_empty() && !t.starts_with(['“', '"']) && !t.ends_with(['”', '"']), "{t:?}");
        }
    }
    for t in &b.timeline {
        assert!(t.citations.iter().all(|c| !text(c).is_empty()));
    }
    for f in &b.facts {
        assert_eq!(chorus_core::pipeline::display_text(text(&f.citations[0])), f.text);
        for c in &f.claims {
            assert_eq!(chorus_core::pipeline::display_text(text(&c.citations[0])), c.text);
        }
    }
    for t in b.timeline.iter().chain(&b.undated) {
        assert_eq!(chorus_core::pipeline::display_text(text(&t.citations[0])), t.event);
    }
}

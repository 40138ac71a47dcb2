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
fn timeline_has_both_2016_meetings() {
    let (_, b) = seeds();
    let july = b.timeline.iter().find(|t| t.date == "2016-07").expect("July 2016 meeting");
    assert!(july.event.contains("Heritage Foundation"), "{}", july.event);
    let september = b.timeline.iter().find(|t| t.date == "September").expect("September meeting");
    assert!(september.event.contains("meeting") || september.event.contains("office"), "{}", september.event);
}

#[test]
fn outlets_agree_and_disagree() {
    let (_, b) = seeds();
    assert!(b.facts.iter().any(|f| f.label == Label::Consensus && f.outlets >= 3));
    let conflict = b.facts.iter().find(|f| f.label == Label::Conflict).expect("the Heritage Foundation head count");
    assert!(conflict.text.contains("small group"), "{}", conflict.text);
    assert!(b.facts.iter().any(|f| f.label == Label::SingleSource));
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
    }
}

//! Print every span in quotation marks of one article, its speaker, and whether the brief lists it as an
//! utterance (`*`) or reads it as a phrase, for checking attribution by eye:
//! cargo run -p chorus-brief --example quotes_of -- ARTICLE.txt [MORE.txt ...]  (several files are read as
//! one cluster, as the brief reads them, and each line starts with its article's number; MENTIONS=1 also
//! prints the entity mentions)
fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    assert!(!paths.is_empty(), "an article file");
    let texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).expect("readable")).collect();
    let cluster = chorus_core::Cluster {
        id: "x".into(),
        articles: texts.iter().map(|t| chorus_core::Article::from_text(t.clone())).collect(),
        reference: None,
    };
    let prepared = chorus_core::pipeline::Prepared::new(&cluster);
    let entities = chorus_brief::entities::extract(&prepared);
    let text = |doc: usize| prepared.cluster.articles[doc].text.as_str();
    if std::env::var("MENTIONS").is_ok() {
        for m in &entities.mentions {
            println!(
                "mention {:?} {:?} -> {:?}",
                &text(m.doc)[m.start..m.end],
                entities.list[m.entity].kind,
                entities.list[m.entity].name
            );
        }
    }
    for o in chorus_brief::quotes::all_occurrences(&prepared, &entities) {
        let q: String = text(o.doc)[o.start..o.end].chars().take(70).collect();
        let listed = if o.utterance { '*' } else { ' ' };
        let doc = if texts.len() > 1 { format!("{} ", o.doc + 1) } else { String::new() };
        println!("{doc}{listed} {:<28} {q}", o.speaker.unwrap_or_default());
    }
}

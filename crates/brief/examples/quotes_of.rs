//! Print every span in quotation marks of one article, its speaker, and whether the brief lists it as an
//! utterance (`*`) or reads it as a phrase, for checking attribution by eye:
//! cargo run -p chorus-brief --example quotes_of -- ARTICLE.txt  (MENTIONS=1 also prints the entity mentions)
fn main() {
    let path = std::env::args().nth(1).expect("an article file");
    let text = std::fs::read_to_string(path).expect("readable");
    let cluster = chorus_core::Cluster {
        id: "x".into(),
        articles: vec![chorus_core::Article::from_text(text.clone())],
        reference: None,
    };
    let prepared = chorus_core::pipeline::Prepared::new(&cluster);
    let entities = chorus_brief::entities::extract(&prepared);
    if std::env::var("MENTIONS").is_ok() {
        for m in &entities.mentions {
            println!(
                "mention {:?} {:?} -> {:?}",
                &text[m.start..m.end],
                entities.list[m.entity].kind,
                entities.list[m.entity].name
            );
        }
    }
    for o in chorus_brief::quotes::all_occurrences(&prepared, &entities) {
        let q: String = text[o.start..o.end].chars().take(70).collect();
        let listed = if o.utterance { '*' } else { ' ' };
        println!("{listed} {:<28} {q}", o.speaker.unwrap_or_default());
    }
}

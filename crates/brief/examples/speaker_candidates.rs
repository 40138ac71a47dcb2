//! Candidate speakers of every labelled quote, for the speaker-ranking experiment
//! (`scripts/speaker_ranking.py`, results in docs/RESULTS.md): one JSON line per labelled quote the
//! finder matched, with the rules' answer, the labelled speaker and every person or organisation
//! mentioned from 1,500 bytes before the quote to 400 after it (outside quotation marks), each with
//! its features and whether it is the labelled speaker.
//!
//! cargo run --release -p chorus-brief --example speaker_candidates > /tmp/candidates.jsonl
//! (`../shared` beside the repository)
use chorus_brief::{entities, quotes};
use chorus_core::pipeline::Prepared;
use chorus_core::{Article, Cluster};
use serde_json::Value;

#[path = "../tests/common/labelled.rs"]
mod labelled;

use labelled::{same_speaker, sources, tokens, LABELLED};

/// Words before a mention that make it an object, not a subject.
const PREPS: &[&str] = &[
    "for", "of", "by", "with", "to", "from", "about", "against", "at", "on", "in", "via", "and", "than", "into",
    "over", "under", "like",
];

fn main() {
    let sources = sources();
    let mut qid = 0;
    for line in LABELLED.lines() {
        let ex: Value = serde_json::from_str(line).unwrap();
        let (set, page) = (ex["set"].as_str().unwrap(), ex["page"].as_str().unwrap());
        let text = sources[&(set.to_string(), page.to_string())]
            [ex["start"].as_u64().unwrap() as usize..ex["end"].as_u64().unwrap() as usize]
            .to_string();
        let part = ex["part"].as_str().unwrap().to_string();
        let cluster = Cluster { id: "x".into(), articles: vec![Article::from_text(text.clone())], reference: None };
        let prepared = Prepared::new(&cluster);
        let ents = entities::extract(&prepared);
        let found = quotes::occurrences(&prepared, &ents);
        let spans = quotes::all_spans(&text);
        let main = ents.main_person(0);
        let sent_of = |at: usize| {
            prepared
                .sentences
                .iter()
                .position(|s| s.doc == 0 && s.start <= at && at < s.end.max(s.start + 1))
                .unwrap_or(usize::MAX)
        };
        let mut taken = vec![false; found.len()];
        for q in ex["quotes"].as_array().unwrap() {
            qid += 1;
            let (quote, want, kind) =
                (q["quote"].as_str().unwrap(), q["speaker"].as_str().unwrap(), q["kind"].as_str().unwrap());
            let wt = tokens(quote);
            let matches = |o: &quotes::Occurrence| {
                let got = tokens(&text[o.start..o.end]);
                let sh = wt.iter().filter(|w| got.contains(w)).count();
                sh * 10 >= wt.len() * 8 && got.len() <= wt.len() * 3 + 3
            };
            let k = (0..found.len())
                .find(|&k| !taken[k] && matches(&found[k]))
                .or_else(|| (0..found.len()).find(|&k| matches(&found[k])));
            let Some(k) = k else { continue };
            taken[k] = true;
            let o = &found[k];
            let prev_speaker = if k > 0 { found[k - 1].speaker.clone().unwrap_or_default() } else { String::new() };
            let rule = o.speaker.clone().unwrap_or_default();
            let open = text[..o.start].char_indices().next_back().map_or(0, |(i, _)| i);
            let close = text[o.end..].chars().next().map_or(o.end, |c| o.end + c.len_utf8());
            let qsent = sent_of(open);
            let qs = prepared
                .sentences
                .iter()
                .find(|s| s.doc == 0 && s.start <= open && open < s.end.max(s.start + 1))
                .map_or((open, close), |s| (s.start, s.end.max(close)));
            let credit_text = format!("{} {}", &text[qs.0.min(open)..open], &text[close..qs.1.max(close)]);
            let cw: Vec<String> = credit_text
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
                .collect();
            let pronoun_credit = cw.windows(2).any(|w| {
                matches!(w[0].as_str(), "he" | "she" | "they" | "it") && chorus_brief::speech::is_speech_verb(&w[1])
            }) || cw.windows(2).any(|w| {
                chorus_brief::speech::is_speech_verb(&w[0]) && matches!(w[1].as_str(), "he" | "she" | "they" | "it")
            });
            let verb_in_sentence = cw.iter().any(|w| chorus_brief::speech::is_speech_verb(w));
            let mut cands: Vec<Value> = Vec::new();
            let mut by_entity: std::collections::BTreeMap<usize, Vec<&entities::Mention>> = Default::default();
            for m in &ents.mentions {
                if m.doc != 0 || ents.list[m.entity].kind == entities::Kind::Place {
                    continue;
                }
                if spans.iter().any(|&(s, e)| m.start >= s && m.end <= e) {
                    continue;
                }
                if m.end + 1500 < open || m.start > close + 400 {
                    continue;
                }
                by_entity.entry(m.entity).or_default().push(m);
            }
            for (&e, ms) in &by_entity {
                let name = &ents.list[e].name;
                let before = ms.iter().filter(|m| m.end <= open).max_by_key(|m| m.end);
                let after = ms.iter().filter(|m| m.start >= close).min_by_key(|m| m.start);
                let inside = ms.iter().any(|m| m.start > open && m.end < close);
                let verb_next = |m: &entities::Mention| {
                    let w: Vec<&str> = text[m.end..].split_whitespace().take(2).collect();
                    w.iter()
                        .any(|w| chorus_brief::speech::is_speech_verb(w.trim_matches(|c: char| !c.is_alphanumeric())))
                };
                let verb_prev = |m: &entities::Mention| {
                    let w: Vec<&str> = text[..m.start].split_whitespace().rev().take(2).collect();
                    w.iter()
                        .any(|w| chorus_brief::speech::is_speech_verb(w.trim_matches(|c: char| !c.is_alphanumeric())))
                };
                let governed = |m: &entities::Mention| {
                    text[..m.start]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| PREPS.contains(&w.to_lowercase().as_str()))
                };
                let possessive = |m: &entities::Mention| text[m.end..].starts_with(['\'', '’']);
                let initial = |m: &entities::Mention| {
                    prepared.sentences.iter().any(|s| {
                        s.doc == 0
                            && s.start <= m.start
                            && m.start < s.end
                            && text[s.start..m.start].trim_start_matches(['“', '"', ' ', '\n']).is_empty()
                    })
                };
                let nl = |a: usize, b: usize| text[a.min(b)..a.max(b)].matches('\n').count().min(5) as f64;
                let count = ents.mentions.iter().filter(|m| m.doc == 0 && m.entity == e).count() as f64;
                let label = !tokens(want).is_empty() && same_speaker(name, want);
                let f = serde_json::json!({
                    "name": name, "label": label,
                    "rule": !rule.is_empty() && same_speaker(name, &rule),
                    "prev": !prev_speaker.is_empty() && same_speaker(name, &prev_speaker),
                    "d_before": before.map_or(3000.0, |m| (open - m.end) as f64),
                    "d_after": after.map_or(3000.0, |m| (m.start - close) as f64),
                    "s_before": before.map_or(9.0, |m| (qsent.saturating_sub(sent_of(m.start))).min(9) as f64),
                    "s_after": after.map_or(9.0, |m| (sent_of(m.start).saturating_sub(qsent)).min(9) as f64),
                    "nl_before": before.map_or(5.0, |m| nl(m.end, open)),
                    "nl_after": after.map_or(5.0, |m| nl(close, m.start)),
                    "inside": inside,
                    "person": ents.list[e].kind == entities::Kind::Person,
                    "count": count,
                    "main": main == Some(e),
                    "verb_before_m": before.is_some_and(|m| verb_next(m) || verb_prev(m)),
                    "verb_after_m": after.is_some_and(|m| verb_next(m) || verb_prev(m)),
                    "verb_any": ms.iter().any(|m| verb_next(m) || verb_prev(m)),
                    "gov_before": before.is_some_and(|m| governed(m)),
                    "gov_after": after.is_some_and(|m| governed(m)),
                    "poss_before": before.is_some_and(|m| possessive(m)),
                    "init_before": before.is_some_and(|m| initial(m)),
                    "init_after": after.is_some_and(|m| initial(m)),
                    "n_here": ms.len(),
                });
                cands.push(f);
            }
            let row = serde_json::json!({
                "qid": qid, "part": part, "kind": kind, "want": want, "rule": rule,
                "named": !tokens(want).is_empty(), "pronoun_credit": pronoun_credit, "verb_in_sentence": verb_in_sentence,
                "qwords": text[o.start..o.end].split_whitespace().count(), "rule_right": same_speaker(&rule, want),
                "cands": cands,
            });
            println!("{row}");
        }
    }
}

//! facts: the same content across outlets, and where outlets disagree.
//!
//! Sentences of different articles that carry the same content
//! (`cite::carries`, either way) form one fact. A fact most outlets carry is
//! *consensus*; a summary sentence only its own outlet carries is
//! *single-source*. A *conflict* is two outlets giving different amounts of
//! the same kind of thing in related sentences ("a “small group” of
//! diplomats" vs "about 50 ambassadors" at the same event).

use chorus_core::cite::carries_with_cosine;
use chorus_core::pipeline::Prepared;
use chorus_core::Citation;
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Label {
    Consensus,
    SingleSource,
    Conflict,
}

/// One side of a conflict: an outlet's sentence, and every outlet that says the same.
#[derive(Debug, Clone, Serialize)]
pub struct Claim {
    pub text: String,
    pub citations: Vec<Citation>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Fact {
    /// The fact's sentence; for a conflict, its first claim's.
    pub text: String,
    pub label: Label,
    pub outlets: usize,
    pub citations: Vec<Citation>,
    /// A conflict: what the outlets disagree on ("how many ambassadors").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// A conflict: every side, at least two, from different outlets.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<Claim>,
}

/// Kinds of counted things, with the words that name them.
const COUNTED: &[(&str, &[&str])] = &[
    ("ambassadors", &["ambassador", "ambassadors", "diplomat", "diplomats", "envoy", "envoys"]),
    ("people", &["people", "persons", "person", "residents", "civilians", "victims"]),
    ("officials", &["officials", "official", "officers", "agents"]),
    ("dead", &["dead", "killed", "deaths", "fatalities"]),
    ("injured", &["injured", "wounded", "hurt"]),
    ("votes", &["votes", "vote", "ballots"]),
];
const SMALL: &[&str] = &["small group", "a few", "handful", "a couple", "several"];
const NUMBER_WORDS: &[(&str, f64)] = &[
    ("two", 2.0),
    ("twice", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("dozen", 12.0),
    ("dozens", 24.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("fifty", 50.0),
    ("hundred", 100.0),
    ("hundreds", 200.0),
];

/// Words that end the phrase in front of a counted noun.
const BREAKS: &[&str] = &["with", "from", "to", "for", "in", "on", "at", "and", "than", "by", "of", "among", "about."];

const MONTH_WORDS: &[&str] = &[
    "jan",
    "january",
    "feb",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "aug",
    "august",
    "sept",
    "sep",
    "september",
    "oct",
    "october",
    "nov",
    "november",
    "dec",
    "december",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Amount {
    Number(f64),
    Small,
}

/// Whether `w` (lower-case) is one of the nouns of [`COUNTED`].
fn is_counted_noun(w: &[u8]) -> bool {
    matches!(
        w,
        b"ambassador"
            | b"ambassadors"
            | b"diplomat"
            | b"diplomats"
            | b"envoy"
            | b"envoys"
            | b"people"
            | b"persons"
            | b"person"
            | b"residents"
            | b"civilians"
            | b"victims"
            | b"officials"
            | b"official"
            | b"officers"
            | b"agents"
            | b"dead"
            | b"killed"
            | b"deaths"
            | b"fatalities"
            | b"injured"
            | b"wounded"
            | b"hurt"
            | b"votes"
            | b"vote"
            | b"ballots"
    )
}

/// (kind, amount) pairs stated in a sentence.
fn amounts(sentence: &str) -> Vec<(&'static str, Amount)> {
    // Only a counted noun starts an amount: most sentences have none.
    if !crate::scan::has_ascii_word(sentence, is_counted_noun) {
        return Vec::new();
    }
    let clean: String =
        sentence.chars().map(|c| if matches!(c, '“' | '”' | '"' | ',' | '(' | ')') { ' ' } else { c }).collect();
    let lower = clean.to_lowercase();
    let ws: Vec<&str> = lower.split_whitespace().collect();
    let mut out = Vec::new();
    for (k, w) in ws.iter().enumerate() {
        let Some(&(kind, _)) = COUNTED.iter().find(|(_, names)| names.contains(&w.trim_end_matches('.'))) else {
            continue;
        };
        // The words before the noun, back to the first function word: an amount
        // must be attached to its noun ("about 50 ambassadors", not "30 meetings with numerous ambassadors").
        let mut from = k;
        while from > 0 && k - from < 4 && !BREAKS.contains(&ws[from - 1]) {
            from -= 1;
        }
        if from > 0 && ws[from - 1] == "of" && from >= 2 {
            // "a “small group” of diplomats": the amount sits before "of".
            from = from.saturating_sub(4);
        }
        let window = &ws[from..k];
        let phrase = window.join(" ");
        if SMALL.iter().any(|s| phrase.contains(s)) {
            out.push((kind, Amount::Small));
        } else if let Some(n) = window.iter().enumerate().rev().find_map(|(k, x)| {
            // A number right after a month is a date ("the Sept. 8 meeting"), not an amount.
            let after_month = k > 0 && MONTH_WORDS.contains(&window[k - 1].trim_end_matches('.'));
            let value = x
                .trim_end_matches('.')
                .parse::<f64>()
                .ok()
                .or_else(|| NUMBER_WORDS.iter().find(|(nw, _)| nw == x).map(|&(_, v)| v));
            value.filter(|_| !after_month)
        }) {
            out.push((kind, Amount::Number(n)));
        }
    }
    out
}

fn disagree(a: Amount, b: Amount) -> bool {
    match (a, b) {
        (Amount::Number(x), Amount::Number(y)) => (x - y).abs() > 0.1 * x.max(y),
        (Amount::Small, Amount::Number(n)) | (Amount::Number(n), Amount::Small) => n >= 10.0,
        (Amount::Small, Amount::Small) => false,
    }
}

fn citation(prepared: &Prepared, i: usize) -> Citation {
    let s = &prepared.sentences[i];
    Citation { doc: s.doc, start: s.start, end: s.end }
}

/// Related sentences: similar themselves, or with their preceding sentences.
fn related(prepared: &Prepared, i: usize, j: usize) -> bool {
    let around = |k: usize| {
        let s = &prepared.sentences[k];
        let mut v = vec![k];
        if k > 0 && prepared.sentences[k - 1].doc == s.doc {
            v.push(k - 1);
        }
        v
    };
    around(i).iter().any(|&a| around(j).iter().any(|&b| prepared.rep.cosine(a, b) >= 0.2))
}

pub fn facts(prepared: &Prepared, summary_sentences: &[usize]) -> Vec<Fact> {
    let docs = prepared.doc_sentences.len();
    let candidates: Vec<usize> = (0..prepared.sentences.len())
        .filter(|&i| {
            let s = &prepared.sentences[i];
            !s.boilerplate && s.standalone && s.words >= 6
        })
        .collect();
    // Union-find over cross-article "carries the same content" links.
    let mut parent: Vec<usize> = (0..prepared.sentences.len()).collect();
    fn root(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    // Sentence i's vector spread over the vocabulary: each pair's cosine (the
    // same either way) is then one pass over j's terms, and the two
    // directions of `carries` share it.
    let mut dense = vec![0.0f32; prepared.rep.idf.len()];
    for (x, &i) in candidates.iter().enumerate() {
        for &(t, w) in &prepared.rep.vectors[i] {
            dense[t as usize] = w;
        }
        for &j in &candidates[x + 1..] {
            if prepared.sentences[i].doc == prepared.sentences[j].doc {
                continue;
            }
            let mut cos = 0.0f32;
            for &(t, w) in &prepared.rep.vectors[j] {
                cos += dense[t as usize] * w;
            }
            if carries_with_cosine(prepared, i, j, cos).is_some() || carries_with_cosine(prepared, j, i, cos).is_some()
            {
                let (a, b) = (root(&mut parent, i), root(&mut parent, j));
                if a != b {
                    parent[a.max(b)] = a.min(b);
                }
            }
        }
        for &(t, _) in &prepared.rep.vectors[i] {
            dense[t as usize] = 0.0;
        }
    }
    let mut groups: Vec<(usize, Vec<usize>)> = Vec::new();
    for &i in &candidates {
        let r = root(&mut parent, i);
        match groups.iter_mut().find(|g| g.0 == r) {
            Some(g) => g.1.push(i),
            None => groups.push((r, vec![i])),
        }
    }
    let mut out = Vec::new();
    for (_, members) in &groups {
        let mut outlets: Vec<usize> = members.iter().map(|&i| prepared.sentences[i].doc).collect();
        outlets.sort_unstable();
        outlets.dedup();
        let in_summary = members.iter().find(|i| summary_sentences.contains(i));
        let label = if outlets.len() >= 2 && outlets.len() * 2 >= docs {
            Label::Consensus
        } else if outlets.len() == 1 && in_summary.is_some() && docs > 1 {
            Label::SingleSource
        } else {
            continue;
        };
        let lead = *in_summary.unwrap_or(&members[0]);
        let mut citations = vec![citation(prepared, lead)];
        for &i in members {
            if !citations.iter().any(|c| c.doc == prepared.sentences[i].doc) {
                citations.push(citation(prepared, i));
            }
        }
        out.push(Fact {
            text: prepared.text(lead).into_owned(),
            label,
            outlets: outlets.len(),
            citations,
            about: None,
            claims: Vec::new(),
        });
    }
    out.extend(conflicts(prepared, &candidates));
    out.sort_by(|a, b| b.outlets.cmp(&a.outlets).then((a.label as u8).cmp(&(b.label as u8))));
    out
}

/// Conflicts: different amounts of the same kind of thing in related sentences
/// of different outlets. Sentences that clash are joined into one conflict per
/// kind; its claims are the distinct amounts, each with every outlet stating it.
fn conflicts(prepared: &Prepared, candidates: &[usize]) -> Vec<Fact> {
    let stated: Vec<(usize, Vec<(&str, Amount)>)> =
        candidates.iter().map(|&i| (i, amounts(prepared.raw(i)))).filter(|(_, a)| !a.is_empty()).collect();
    let doc = |i: usize| prepared.sentences[i].doc;
    // (kind, members: (sentence, amount)) per conflict.
    let mut found: Vec<(&str, Vec<(usize, Amount)>)> = Vec::new();
    for (x, (i, ai)) in stated.iter().enumerate() {
        for (j, aj) in &stated[x + 1..] {
            if doc(*i) == doc(*j) {
                continue;
            }
            for &(kind, a) in ai {
                let Some(&(_, b)) = aj.iter().find(|(l, b)| *l == kind && disagree(a, *b)) else { continue };
                if !related(prepared, *i, *j) {
                    continue;
                }
                let at = found.iter().position(|(k, m)| *k == kind && m.iter().any(|&(s, _)| s == *i || s == *j));
                let members = match at {
                    Some(k) => &mut found[k].1,
                    None => {
                        found.push((kind, Vec::new()));
                        &mut found.last_mut().expect("just pushed").1
                    }
                };
                for (s, amount) in [(*i, a), (*j, b)] {
                    if !members.iter().any(|&(t, _)| t == s) {
                        members.push((s, amount));
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    for (kind, members) in found {
        // One claim per distinct amount; an outlet appears once per claim.
        let mut claims: Vec<(Amount, Vec<usize>)> = Vec::new();
        for (s, amount) in members {
            match claims.iter_mut().find(|(a, _)| !disagree(*a, amount)) {
                Some((_, ss)) => {
                    if !ss.iter().any(|&t| doc(t) == doc(s)) {
                        ss.push(s);
                    }
                }
                None => claims.push((amount, vec![s])),
            }
        }
        let mut outlets: Vec<usize> = claims.iter().flat_map(|(_, ss)| ss.iter().map(|&s| doc(s))).collect();
        outlets.sort_unstable();
        outlets.dedup();
        if claims.len() < 2 || outlets.len() < 2 {
            continue;
        }
        let claims: Vec<Claim> = claims
            .into_iter()
            .map(|(_, ss)| Claim {
                text: prepared.text(ss[0]).into_owned(),
                citations: ss.iter().map(|&s| citation(prepared, s)).collect(),
            })
            .collect();
        out.push(Fact {
            text: claims[0].text.clone(),
            label: Label::Conflict,
            outlets: outlets.len(),
            citations: claims.iter().map(|c| c.citations[0]).collect(),
            about: Some(format!("how many {kind}")),
            claims,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_counted_nouns_are_those_of_counted() {
        let listed: Vec<&str> = COUNTED.iter().flat_map(|(_, names)| names.iter().copied()).collect();
        assert!(listed.iter().all(|w| is_counted_noun(w.as_bytes())));
        assert_eq!(listed.len(), 26);
    }

    #[test]
    fn amounts_and_disagreement() {
        assert_eq!(amounts("Kislyak was part of a “small group” of diplomats."), vec![("ambassadors", Amount::Small)]);
        assert_eq!(amounts("an event attended by about 50 ambassadors"), vec![("ambassadors", Amount::Number(50.0))]);
        assert!(disagree(Amount::Small, Amount::Number(50.0)));
        assert!(!disagree(Amount::Number(50.0), Amount::Number(52.0)));
    }
}

//! dates: time expressions resolved to calendar dates, and a short timeline.
//!
//! "Thursday", "last year", "in September", "Sept. 8", "January 10", "July of
//! 2016" are found in each sentence. With the article's publication date they
//! resolve to ISO dates (a weekday to the latest such day on or before it, a
//! month without a year to its latest occurrence); without one, explicit
//! years still resolve and everything else is kept as written.

use chorus_core::pipeline::Prepared;
use chorus_core::Citation;
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan.", 1),
    ("february", 2),
    ("feb.", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("aug.", 8),
    ("september", 9),
    ("sept.", 9),
    ("sep.", 9),
    ("october", 10),
    ("oct.", 10),
    ("november", 11),
    ("nov.", 11),
    ("december", 12),
    ("dec.", 12),
];
const WEEKDAYS: &[&str] = &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

#[derive(Debug, Clone, Serialize)]
pub struct TimelineEntry {
    /// ISO date ("2017-03-02", "2016-09", "2016") or the words as written ("Thursday").
    pub date: String,
    pub event: String,
    pub citations: Vec<Citation>,
}

/// Parse a publication date: ISO date or date-time, or "March 2, 2017".
pub fn parse_published(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    let head = s.get(..10).unwrap_or(s);
    NaiveDate::parse_from_str(head, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(head, "%Y/%m/%d"))
        .ok()
        .or_else(|| NaiveDate::parse_from_str(s, "%B %d, %Y").ok())
        .or_else(|| NaiveDate::parse_from_str(s, "%b %d, %Y").ok())
        .or_else(|| NaiveDate::parse_from_str(s, "%d %B %Y").ok())
        // RFC 2822, as feeds give it: "Thu, 02 Mar 2017 10:00:00 +0000".
        .or_else(|| {
            s.split_once(", ").and_then(|(_, rest)| NaiveDate::parse_from_str(rest.get(..11)?, "%d %b %Y").ok())
        })
}

/// A date expression: its resolved form and a sort key (None when relative).
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub label: String,
    pub key: Option<(i32, u32, u32)>,
}

/// The month a lower-cased word names ("sept." and "sept" alike).
fn month_of(w: &str) -> Option<u32> {
    MONTHS.iter().find(|(m, _)| *m == w || (m.ends_with('.') && w == &m[..m.len() - 1])).map(|&(_, n)| n)
}

fn number(w: &str) -> Option<u32> {
    let d: String = w.chars().take_while(char::is_ascii_digit).collect();
    let rest = &w[d.len()..];
    (!d.is_empty() && (rest.is_empty() || ["st", "nd", "rd", "th", ",", "."].contains(&rest)))
        .then(|| d.parse().ok())
        .flatten()
}

fn latest_month(month: u32, p: NaiveDate) -> (i32, u32) {
    if month <= p.month() {
        (p.year(), month)
    } else {
        (p.year() - 1, month)
    }
}

/// All date expressions in one sentence.
pub fn find(sentence: &str, published: Option<NaiveDate>) -> Vec<Found> {
    let ws: Vec<&str> = sentence
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| matches!(c, ',' | ';' | '(' | ')' | '“' | '”' | '"')))
        .collect();
    let lower: Vec<String> = ws.iter().map(|w| w.to_lowercase()).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let w = lower[i].trim_end_matches('.');
        let prev = if i > 0 { lower[i - 1].as_str() } else { "" };
        if let Some(day) = WEEKDAYS.iter().position(|d| *d == w) {
            let key = published.map(|p| {
                let back = (7 + p.weekday().num_days_from_monday() as i64 - day as i64) % 7;
                let d = p - Duration::days(back);
                (d.year(), d.month(), d.day())
            });
            let label =
                key.map_or(ws[i].trim_end_matches('.').to_string(), |(y, m, d)| format!("{y:04}-{m:02}-{d:02}"));
            out.push(Found { label, key });
        } else if let Some(month) = month_of(&lower[i]).filter(|_| w != "may" || ws[i].starts_with('M')) {
            let day = ws.get(i + 1).and_then(|x| number(x)).filter(|&d| (1..=31).contains(&d));
            let year_at = i + 1 + day.is_some() as usize;
            let year = ws.get(year_at).and_then(|x| number(x)).filter(|&y| (1900..=2100).contains(&y)).or_else(|| {
                (lower.get(i + 1).map(String::as_str) == Some("of"))
                    .then(|| ws.get(i + 2).and_then(|x| number(x)).filter(|&y| (1900..=2100).contains(&y)))
                    .flatten()
            });
            let resolved = match (year, published) {
                (Some(y), _) => Some((y as i32, month)),
                (None, Some(p)) => {
                    Some(if day.is_some_and(|d| (month, d) > (p.month(), p.day())) || month > p.month() {
                        (p.year() - 1, month)
                    } else {
                        latest_month(month, p)
                    })
                }
                (None, None) => None,
            };
            let written = match day {
                Some(d) => format!("{} {d}", ws[i]),
                None => ws[i].to_string(),
            };
            let (label, key) = match (resolved, day) {
                (Some((y, m)), Some(d)) => (format!("{y:04}-{m:02}-{d:02}"), Some((y, m, d))),
                (Some((y, m)), None) => (format!("{y:04}-{m:02}"), Some((y, m, 0))),
                (None, _) => (written, None),
            };
            out.push(Found { label, key });
            i = year_at;
        } else if matches!(w, "yesterday" | "today") || (prev == "last" && matches!(w, "year" | "week" | "month")) {
            let phrase = if prev == "last" { format!("last {w}") } else { w.to_string() };
            let key = published.map(|p| match phrase.as_str() {
                "yesterday" => {
                    let d = p - Duration::days(1);
                    (d.year(), d.month(), d.day())
                }
                "today" => (p.year(), p.month(), p.day()),
                "last year" => (p.year() - 1, 0, 0),
                "last month" => {
                    let d = p.with_day(1).unwrap_or(p) - Duration::days(1);
                    (d.year(), d.month(), 0)
                }
                _ => {
                    let d = p - Duration::days(7);
                    (d.year(), d.month(), d.day())
                }
            });
            let label = match key {
                Some((y, 0, _)) => format!("{y:04}"),
                Some((y, m, 0)) => format!("{y:04}-{m:02}"),
                Some((y, m, d)) => format!("{y:04}-{m:02}-{d:02}"),
                None => phrase,
            };
            out.push(Found { label, key });
        } else if matches!(prev, "in" | "since" | "during" | "until") {
            if let Some(y) = number(ws[i]).filter(|&y| (1900..=2100).contains(&y) && ws[i].len() == 4) {
                out.push(Found { label: format!("{y:04}"), key: Some((y as i32, 0, 0)) });
            }
        }
        i += 1;
    }
    out
}

/// Words [`find`] starts from: a sentence with none of them (as a whole
/// word, any case) and no four-digit number finds no date.
fn is_date_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"monday"
            | b"tuesday"
            | b"wednesday"
            | b"thursday"
            | b"friday"
            | b"saturday"
            | b"sunday"
            | b"january"
            | b"jan"
            | b"february"
            | b"feb"
            | b"march"
            | b"april"
            | b"may"
            | b"june"
            | b"july"
            | b"august"
            | b"aug"
            | b"september"
            | b"sept"
            | b"sep"
            | b"october"
            | b"oct"
            | b"november"
            | b"nov"
            | b"december"
            | b"dec"
            | b"yesterday"
            | b"today"
            | b"last"
    )
}

/// Whether [`find`] could find anything in `sentence` (cheap; never false when it would).
fn may_name_a_date(sentence: &str) -> bool {
    crate::scan::has_ascii_word(sentence, is_date_word) || crate::scan::has_digit_run(sentence, 4)
}

/// A timeline entry being built: sort key, label, member sentences (the lead first).
type Dated = ((i32, u32, u32), String, Vec<usize>);

/// Specificity of a resolved key: a day beats a month beats a year.
fn precision(key: (i32, u32, u32)) -> u8 {
    (key.1 > 0) as u8 + (key.2 > 0) as u8
}

/// The timeline: one entry per resolved date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`)
/// in calendar order, and an `undated` list of the time expressions no
/// publication date could resolve ("Thursday", "last year"), in story order.
///
/// A sentence is one event and is listed once, under its most specific date; an
/// event already listed (another outlet's sentence carrying the same content)
/// is not listed again but cited.
pub fn timeline(prepared: &Prepared) -> (Vec<TimelineEntry>, Vec<TimelineEntry>) {
    let published: Vec<Option<NaiveDate>> =
        prepared.cluster.articles.iter().map(|a| a.published.as_deref().and_then(parse_published)).collect();
    // (key, label, member sentences)
    let mut dated: Vec<Dated> = Vec::new();
    let mut undated: Vec<(String, Vec<usize>)> = Vec::new();
    for (i, s) in prepared.sentences.iter().enumerate() {
        if s.boilerplate || !s.standalone || s.words < 6 {
            continue;
        }
        if !may_name_a_date(prepared.raw(i)) {
            continue;
        }
        let found = find(prepared.raw(i), published[s.doc]);
        if found.is_empty() {
            continue;
        }
        let best = found.iter().filter_map(|f| f.key.map(|k| (k, &f.label))).max_by_key(|(k, _)| precision(*k));
        // An event another outlet already gave: cite this sentence there.
        let same_event = |members: &Vec<usize>| {
            chorus_core::cite::carries(prepared, members[0], i).is_some()
                || chorus_core::cite::carries(prepared, i, members[0]).is_some()
        };
        // An event listed undated that this sentence dates ("in July" / "in July of 2016"):
        // it moves to the timeline, led by the sentence that gives the date.
        if let Some((key, label)) = best {
            if let Some(k) = undated.iter().position(|e| same_event(&e.1)) {
                let (_, members) = undated.remove(k);
                let mut members: Vec<usize> =
                    members.into_iter().filter(|&j| prepared.sentences[j].doc != s.doc).collect();
                members.insert(0, i);
                match dated.iter_mut().find(|e| e.0 == key) {
                    Some(e) => {
                        let new: Vec<usize> = members.into_iter().filter(|j| !e.2.contains(j)).collect();
                        e.2.extend(new);
                    }
                    None => dated.push((key, label.clone(), members)),
                }
                continue;
            }
        }
        let seen =
            dated.iter_mut().map(|e| &mut e.2).chain(undated.iter_mut().map(|e| &mut e.1)).find(|m| same_event(m));
        if let Some(members) = seen {
            if !members.iter().any(|&j| prepared.sentences[j].doc == s.doc) {
                members.push(i);
            }
            continue;
        }
        // One entry per date: the earliest sentence naming it leads; later ones
        // with other content are left out (their event has its own date or none).
        match (best, found.first()) {
            (Some((key, label)), _) => {
                if !dated.iter().any(|e| e.0 == key) {
                    dated.push((key, label.clone(), vec![i]));
                }
            }
            (None, Some(f)) => {
                if !undated.iter().any(|e| e.0 == f.label) {
                    undated.push((f.label.clone(), vec![i]));
                }
            }
            (None, None) => {}
        }
    }
    dated.sort_by_key(|e| e.0);
    let entry = |date: String, members: Vec<usize>| TimelineEntry {
        date,
        event: prepared.text(members[0]).into_owned(),
        citations: members
            .iter()
            .map(|&j| {
                let s = &prepared.sentences[j];
                Citation { doc: s.doc, start: s.start, end: s.end }
            })
            .collect(),
    };
    (
        dated.into_iter().map(|(_, label, m)| entry(label, m)).collect(),
        undated.into_iter().map(|(label, m)| entry(label, m)).collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_date_words_cover_what_find_starts_from() {
        let months = MONTHS.iter().map(|(m, _)| m.trim_end_matches('.'));
        for w in months.chain(WEEKDAYS.iter().copied()).chain(["yesterday", "today", "last"]) {
            assert!(is_date_word(w.as_bytes()), "{w}");
        }
        assert!(!may_name_a_date("The council met and voted on the budget."));
        assert!(may_name_a_date("It rose in 2016."));
    }

    #[test]
    fn resolves_against_publication_date() {
        let p = NaiveDate::from_ymd_opt(2017, 3, 3); // a Friday
        let labels = |s: &str, p| find(s, p).into_iter().map(|f| f.label).collect::<Vec<_>>();
        assert_eq!(labels("He spoke Thursday about the Sept. 8 meeting.", p), vec!["2017-03-02", "2016-09-08"]);
        assert_eq!(labels("They met in September and in July of 2016.", None), vec!["September", "2016-07"]);
        assert_eq!(labels("He spoke twice last year, on January 10.", p), vec!["2016", "2017-01-10"]);
        assert_eq!(labels("He may go.", p), Vec::<String>::new());
        for written in
            ["2017-03-03", "2017-03-03T10:00:00Z", "2017/03/03", "March 3, 2017", "Thu, 03 Mar 2017 10:00:00 +0000"]
        {
            assert_eq!(parse_published(written), p, "{written}");
        }
    }
}

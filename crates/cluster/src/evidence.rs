//! What an editor looks at besides the body's words: the headline, the people
//! and places named, and the day the article came out.
//!
//! Names are read from original-case text only: capitalised words that do not
//! open a sentence (or that also appear capitalised mid-sentence). Lower-cased
//! text (the preprocessed Multi-News release) has none, and the evidence is
//! then simply absent, never counted as a mismatch.

use chorus_core::represent::{Analyzer, BackgroundIdf};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::vectors;

/// Names kept per article.
pub const NAMES_PER_ARTICLE: usize = 24;
/// A first line longer than this is a paragraph, not a headline.
const MAX_TITLE_WORDS: usize = 25;

/// Capitalised words that are not names of people or places.
const NOT_NAMES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "dr",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "ap",
    "reuters",
    "photo",
    "image",
    "images",
    "getty",
    "video",
    "advertisement",
    "click",
    "read",
    "share",
    "tweet",
    "facebook",
    "twitter",
    "email",
    "related",
    "watch",
    "copyright",
    "inc",
    "co",
    "st",
    "u",
    "s",
    "i",
    "ii",
    "iii",
    "tv",
    "am",
    "pm",
    "et",
    "pt",
    "gmt",
    "god",
];

fn is_not_name(word: &str) -> bool {
    static SET: std::sync::LazyLock<FxHashSet<&'static str>> =
        std::sync::LazyLock::new(|| NOT_NAMES.iter().copied().collect());
    SET.contains(word) || Analyzer::is_stop_word(word)
}

/// Capitalised words used as names, lower-cased, weighted (1 + ln count) × IDF,
/// strongest first. A capitalised word at a sentence start counts only when
/// the same word also appears capitalised mid-sentence.
pub fn weighted_names(analyzer: &Analyzer, text: &str) -> Vec<(String, f32)> {
    let mut mid: FxHashMap<String, u32> = FxHashMap::default();
    let mut initial: FxHashMap<String, u32> = FxHashMap::default();
    let mut sentence_start = true;
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        let opens = sentence_start || raw.starts_with(['“', '"', '(', '‘', '\'']);
        sentence_start = raw.ends_with(['.', '!', '?', ':', '"', '”', ';']);
        let mut chars = word.chars();
        let Some(first) = chars.next() else { continue };
        if !first.is_uppercase() {
            continue;
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let upper = word.chars().filter(|c| c.is_uppercase()).count();
        // SHOUTED words are page furniture ("JUST WATCHED"), not names; acronyms up to 4 letters are kept.
        if letters < 2 || (upper == letters && letters > 4) {
            continue;
        }
        // "O'Brien's" → "o'brien"; keep only the first alphanumeric run for possessives.
        let key: String = word.split(['’', '\'']).next().unwrap_or(word).to_lowercase();
        if key.chars().count() < 2 || is_not_name(&key) {
            continue;
        }
        *(if opens { &mut initial } else { &mut mid }).entry(key).or_default() += 1;
    }
    for (k, n) in initial {
        if let Some(m) = mid.get_mut(&k) {
            *m += n;
        }
    }
    let idf = BackgroundIdf::global();
    let mut weighted: Vec<(String, f32)> = mid
        .into_iter()
        .filter_map(|(w, n)| {
            let stem = analyzer.stem(&w)?;
            let weight = (1.0 + (n as f32).ln()) * idf.idf(&stem);
            Some((stem, weight))
        })
        .collect();
    // Two surface forms can share a stem ("Obama", "Obamas"): keep the heavier.
    weighted.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
    weighted.dedup_by(|a, b| a.0 == b.0);
    vectors::strongest_first(&mut weighted, NAMES_PER_ARTICLE);
    weighted
}

/// The article's headline: its title when given, else its first line when that
/// line reads like one (short, no closing full stop, followed by more text).
pub fn headline_text<'a>(title: Option<&'a str>, text: &'a str) -> Option<&'a str> {
    if let Some(t) = title.map(str::trim).filter(|t| !t.is_empty()) {
        return Some(t);
    }
    let trimmed = text.trim_start();
    let (first, rest) = trimmed.split_once('\n')?;
    let first = first.trim();
    let words = first.split_whitespace().count();
    ((3..=MAX_TITLE_WORDS).contains(&words) && !first.ends_with('.') && !rest.trim().is_empty()).then_some(first)
}

/// Stems of a headline, weighted by IDF.
pub fn weighted_title(analyzer: &Analyzer, title: &str) -> Vec<(String, f32)> {
    let idf = BackgroundIdf::global();
    let mut seen = FxHashSet::default();
    analyzer
        .terms(title)
        .into_iter()
        .filter(|s| s.chars().count() > 1 && seen.insert(s.clone()))
        .map(|s| {
            let w = idf.idf(&s);
            (s, w)
        })
        .collect()
}

/// Days since 1970-01-01 of a publication date: ISO date or date-time
/// ("2017-03-02", "2017-03-02T10:00:00Z"), "March 2, 2017" / "Mar 2, 2017",
/// or RFC 2822 ("Thu, 02 Mar 2017 10:00:00 +0000").
pub fn parse_day(published: &str) -> Option<i32> {
    let s = published.trim();
    if let Some(d) = s.get(..10).and_then(iso_day) {
        return Some(d);
    }
    let words: Vec<&str> = s.split(|c: char| c.is_whitespace() || c == ',').filter(|w| !w.is_empty()).collect();
    let month = |w: &str| month_number(w);
    let number = |w: &str| w.parse::<u32>().ok();
    for k in 0..words.len().saturating_sub(2) {
        let (a, b, c) = (words[k], words[k + 1], words[k + 2]);
        let year = number(c).filter(|y| (1900..=2200).contains(y));
        // "March 2, 2017" or "2 Mar 2017"
        if let (Some(m), Some(d), Some(y)) = (month(a), number(b), year) {
            return civil_day(y as i32, m, d);
        }
        if let (Some(d), Some(m), Some(y)) = (number(a), month(b), year) {
            return civil_day(y as i32, m, d);
        }
    }
    None
}

fn iso_day(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = s[..4].parse().ok()?;
    let m: u32 = s[5..7].parse().ok()?;
    let d: u32 = s[8..10].parse().ok()?;
    civil_day(y, m, d)
}

fn month_number(w: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let w = w.trim_end_matches('.').to_lowercase();
    // The full name or its usual abbreviation ("Mar", "Sept").
    MONTHS
        .iter()
        .position(|m| *m == w || (w.len() >= 3 && w.len() <= 4 && m.starts_with(w.as_str())))
        .map(|i| i as u32 + 1)
}

/// Days from 1970-01-01 (Howard Hinnant's days_from_civil); None for an impossible date.
fn civil_day(y: i32, m: u32, d: u32) -> Option<i32> {
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_from_several_formats() {
        assert_eq!(parse_day("1970-01-01"), Some(0));
        assert_eq!(parse_day("2017-03-02T10:00:00Z"), parse_day("March 2, 2017"));
        assert_eq!(parse_day("Thu, 02 Mar 2017 10:00:00 +0000"), parse_day("2017-03-02"));
        assert_eq!(parse_day("Sept. 3, 2017").unwrap() - parse_day("2017-08-31").unwrap(), 3);
        assert_eq!(parse_day("2016-03-01").unwrap() - parse_day("2016-02-28").unwrap(), 2);
        assert_eq!(parse_day("yesterday"), None);
        assert_eq!(parse_day("2017-13-40"), None);
    }

    #[test]
    fn names_skip_sentence_starts_and_furniture() {
        let a = Analyzer::default();
        let text = "Police said Maria Lopez was found in Tucson. Officers searched. JUST WATCHED the Lopez family \
                    spoke on Monday. Tucson police thanked them.";
        let names: Vec<String> = weighted_names(&a, text).into_iter().map(|(s, _)| s).collect();
        let stem = |w: &str| a.stem(w).unwrap();
        assert!(names.contains(&stem("maria")) && names.contains(&stem("lopez")) && names.contains(&stem("tucson")));
        assert!(!names.contains(&stem("officers")), "{names:?}");
        assert!(!names.contains(&stem("watched")) && !names.contains(&stem("monday")), "{names:?}");
        // Lower-cased text has no names at all.
        assert!(weighted_names(&a, &text.to_lowercase()).is_empty());
    }

    #[test]
    fn headline_from_first_line_only_when_it_reads_like_one() {
        assert_eq!(headline_text(None, "Storm Hits Coast\n\nThe storm hit."), Some("Storm Hits Coast"));
        assert_eq!(headline_text(Some(" Given "), "x\ny"), Some("Given"));
        assert_eq!(headline_text(None, "The storm hit the coast on Monday. It rained."), None);
        assert_eq!(headline_text(None, "The storm hit the coast on Monday.\nIt rained."), None);
    }
}

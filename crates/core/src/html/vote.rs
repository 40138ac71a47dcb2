//! Choosing between two extractors' texts of one page by a third one's vote.
//!
//! The trafilatura port keeps the whole article and, on some sites and eras,
//! the page's furniture too; dom_smoothie (readability.js) keeps one dense
//! block and now and then only part of the article. Where they differ, the
//! text that rs-trafilatura — built differently from both — agrees with more
//! is the better one far more often than not: on five labelled sets this
//! parameter-free rule beats each extractor alone on every set
//! (docs/RESULTS.md), while a logistic selector fitted on the texts' lengths
//! and overlaps did not hold up on the sets it was not fitted on.
use regex::Regex;
use rustc_hash::{FxHashSet, FxHasher};
use std::hash::{Hash, Hasher};
use std::sync::LazyLock;

static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\w+").expect("valid pattern"));

/// Hashes of the distinct shingles of 4 lower-cased `\w+` tokens — the unit
/// of the benchmarks' metric (a text of fewer tokens is one shingle).
pub fn shingles(text: &str) -> FxHashSet<u64> {
    let tokens: Vec<String> = WORD.find_iter(text).map(|m| m.as_str().to_lowercase()).collect();
    let mut out = FxHashSet::default();
    if tokens.is_empty() {
        return out;
    }
    for window in tokens.windows(4.min(tokens.len())) {
        let mut h = FxHasher::default();
        window.hash(&mut h);
        out.insert(h.finish());
    }
    out
}

/// Dice overlap of two shingle sets: 1 for the same content, 0 for none shared.
pub fn agreement(a: &FxHashSet<u64>, b: &FxHashSet<u64>) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let (small, large) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let shared = small.iter().filter(|h| large.contains(h)).count();
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// Which text to keep: `true` for `first`, `false` for `second`. `first` wins
/// only when the referee agrees with it strictly more, so an empty or missing
/// referee keeps `second` (dom_smoothie, the best extractor alone on the
/// worst set).
pub fn prefer_first(first: &str, second: &str, referee: &str) -> bool {
    let r = shingles(referee);
    agreement(&shingles(first), &r) > agreement(&shingles(second), &r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shingles_and_agreement() {
        assert!(shingles("").is_empty());
        assert_eq!(shingles("Two words").len(), 1);
        assert_eq!(shingles("one two three four five").len(), 2);
        let a = shingles("The council approved the new budget on Tuesday night");
        assert_eq!(agreement(&a, &a), 1.0);
        assert_eq!(agreement(&a, &shingles("Nothing in common with that at all")), 0.0);
        assert_eq!(agreement(&FxHashSet::default(), &FxHashSet::default()), 0.0);
        // Case and punctuation do not matter, as in the benchmarks' metric.
        assert_eq!(agreement(&a, &shingles("the COUNCIL approved, the new budget on tuesday night.")), 1.0);
    }

    #[test]
    fn the_referee_decides() {
        let body = "The council approved the new budget on Tuesday night after a long debate about roads.";
        let with_furniture = format!("Home Sports Weather Opinion Video {body} Share this story on Facebook");
        let fragment = "The council approved the new budget";
        // The referee has the body without furniture: the clean text wins.
        assert!(!prefer_first(&with_furniture, body, body));
        // The referee has the whole body: the fuller text beats the fragment.
        assert!(prefer_first(body, fragment, body));
        // No referee: the second text is kept.
        assert!(!prefer_first(body, fragment, ""));
    }
}

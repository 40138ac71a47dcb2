//! phrases: a fixed list of phrases found in text, ASCII case-insensitively,
//! with nothing to build at run time.
//!
//! Cleaning looks for two short lists (share prompts, page furniture) in
//! every line and sentence. An Aho-Corasick automaton built from them at
//! start was about 1.5M instructions of a one-shot `chorus summarize`
//! (a twentieth of it), for lists of a few dozen phrases. Here the lists are
//! two tables made by the compiler: for each byte, which phrases may start
//! with it, and which may have it second. A position whose two bytes leave a
//! phrase possible is compared with that phrase; most positions leave none.
//! Matches are Aho-Corasick's standard ones (a test compares them): the
//! match that ends first, then the next one from its end.

use std::ops::Range;

/// At most this many phrases in a list (one bit each).
const MAX_PHRASES: usize = 64;

pub struct PhraseSet {
    phrases: &'static [&'static str],
    /// For each byte, the phrases whose first byte it is (either ASCII case).
    first: [u64; 256],
    /// For each byte, the phrases whose second byte it is (either ASCII case).
    second: [u64; 256],
    /// The shortest phrase's length.
    shortest: usize,
}

impl PhraseSet {
    /// The tables for `phrases`; every phrase at least two bytes long, at
    /// most [`MAX_PHRASES`] of them (checked when compiled).
    pub const fn new(phrases: &'static [&'static str]) -> PhraseSet {
        assert!(phrases.len() <= MAX_PHRASES, "too many phrases");
        let mut first = [0u64; 256];
        let mut second = [0u64; 256];
        let mut shortest = usize::MAX;
        let mut k = 0;
        while k < phrases.len() {
            let p = phrases[k].as_bytes();
            assert!(p.len() >= 2, "phrases are at least two bytes long");
            if p.len() < shortest {
                shortest = p.len();
            }
            let bit = 1u64 << k;
            first[p[0].to_ascii_lowercase() as usize] |= bit;
            first[p[0].to_ascii_uppercase() as usize] |= bit;
            second[p[1].to_ascii_lowercase() as usize] |= bit;
            second[p[1].to_ascii_uppercase() as usize] |= bit;
            k += 1;
        }
        PhraseSet { phrases, first, second, shortest }
    }

    /// Does any phrase occur in `text`?
    pub fn is_match(&self, text: &str) -> bool {
        self.is_match_bytes(text.as_bytes())
    }

    /// Does any phrase occur in `bytes` (which may cut a character)?
    pub fn is_match_bytes(&self, bytes: &[u8]) -> bool {
        self.find_from(bytes, 0, true).is_some()
    }

    /// The matches in `text`, as byte ranges: each the one that ends first
    /// among those starting at or after the previous match's end.
    pub fn find_iter<'t>(&'t self, text: &'t str) -> impl Iterator<Item = Range<usize>> + 't {
        let mut at = 0;
        std::iter::from_fn(move || {
            let found = self.find_from(text.as_bytes(), at, false)?;
            at = found.end;
            Some(found)
        })
    }

    /// The match starting at or after `from` that ends first; with `any`,
    /// the first one found (for [`PhraseSet::is_match`]).
    fn find_from(&self, hay: &[u8], from: usize, any: bool) -> Option<Range<usize>> {
        let mut best: Option<Range<usize>> = None;
        let mut i = from;
        while let Some(rest) = hay.get(i..) {
            // The next position whose two bytes leave a phrase possible: most leave none.
            let possible = |w: &[u8]| self.first[w[0] as usize] & self.second[w[1] as usize] != 0;
            let Some(skip) = rest.windows(2).position(possible) else { break };
            i += skip;
            // A match starting here or later ends at i + shortest at the earliest.
            if best.as_ref().is_some_and(|b| i + self.shortest >= b.end) {
                break;
            }
            let mut maybe = self.first[hay[i] as usize] & self.second[hay[i + 1] as usize];
            while maybe != 0 {
                let phrase = self.phrases[maybe.trailing_zeros() as usize].as_bytes();
                maybe &= maybe - 1;
                let end = i + phrase.len();
                if hay.get(i..end).is_some_and(|h| h.eq_ignore_ascii_case(phrase))
                    && best.as_ref().is_none_or(|b| end < b.end)
                {
                    best = Some(i..end);
                }
            }
            if any && best.is_some() {
                break;
            }
            i += 1;
        }
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;
    use proptest::prelude::*;

    const LIST: &[&str] =
        &["advertisement", "click here to", "all rights reserved", "copyright ©", "(photo:", "the archive team", "ad"];
    static SET: PhraseSet = PhraseSet::new(LIST);

    fn automaton() -> AhoCorasick {
        AhoCorasick::builder().ascii_case_insensitive(true).build(LIST).unwrap()
    }

    fn both(text: &str) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
        let ac: Vec<Range<usize>> = automaton().find_iter(text).map(|m| m.range()).collect();
        (SET.find_iter(text).collect(), ac)
    }

    #[test]
    fn finds_what_aho_corasick_finds() {
        for text in [
            "",
            "a",
            "Advertisement",
            "ADVERTISEMENTS and more",
            "Click Here To read. All rights reserved.",
            "Copyright © 2018; COPYRIGHT © again, copyright (c)",
            "(Photo: AP) the Archive Team said",
            "bad advertisement",
            "adadvertisement",
            "théadvertisement ©ad",
        ] {
            let (ours, ac) = both(text);
            assert_eq!(ours, ac, "{text:?}");
            assert_eq!(SET.is_match(text), !ac.is_empty(), "{text:?}");
        }
    }

    proptest! {
        /// Texts made of pieces of the phrases, in any case, with spaces and non-ASCII between.
        #[test]
        fn matches_equal_aho_corasick(pieces in proptest::collection::vec((0usize..LIST.len(), 0usize..20, 0usize..20, any::<bool>(), 0usize..4), 0..12)) {
            let mut text = String::new();
            for (p, a, b, upper, sep) in pieces {
                let phrase = LIST[p];
                let (a, b) = (a.min(phrase.len()), b.min(phrase.len()));
                let (a, b) = (a.min(b), a.max(b));
                let piece = phrase.get(a..b).or(phrase.get(a..)).unwrap_or(phrase);
                text.push_str(&if upper { piece.to_ascii_uppercase() } else { piece.to_string() });
                text.push_str(["", " ", "é", "ad"][sep]);
            }
            let (ours, ac) = both(&text);
            prop_assert_eq!(SET.is_match(&text), !ac.is_empty());
            prop_assert_eq!(ours, ac, "{:?}", text);
        }
    }
}

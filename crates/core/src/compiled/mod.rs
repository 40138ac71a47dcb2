//! compiled: the shipped assets as `build.rs` laid them out, read in place.
//!
//! Parsing the TSV assets took about 20 ms at every start (110,000 lines, a
//! `String` per stem), longer than summarizing a cluster. Now the stem tables
//! are hash tables in the binary's read-only data: a lookup touches a slot
//! and an entry, and the pages nobody reads are never loaded. The tree models
//! are static arrays in their evaluation layout: nothing is decoded. The `parse` functions of each asset
//! stay for freshly trained tables (`chorus train`); tests check that both
//! forms agree on every row.

pub(crate) mod format;

mod generated {
    use super::{CompiledLayout, CompiledTrees};
    include!(concat!(env!("OUT_DIR"), "/assets.rs"));
}

pub(crate) use generated::*;

/// A tree model as build.rs laid it out: its node records (the trees format
/// in [`format`]) and, when its trees are shallow, their complete layout
/// (`select/layout.rs`) as static arrays, which evaluation reads in place.
pub(crate) struct CompiledTrees {
    pub records: &'static [u8],
    pub layout: Option<CompiledLayout>,
}

/// `select/layout.rs`'s `Layout`, with each split's feature given as an
/// index into the model's names (the library resolves names to columns).
pub(crate) struct CompiledLayout {
    pub depth: u32,
    pub thresholds: &'static [u32],
    pub columns: &'static [u8],
    pub leaves: &'static [u32],
}

/// A string-keyed table of 32-bit values laid out by `build.rs`.
#[derive(Clone, Copy)]
pub(crate) struct Table(&'static [u8]);

impl Table {
    pub(crate) const fn new(bytes: &'static [u8]) -> Self {
        Table(bytes)
    }

    pub(crate) fn get(&self, key: &str) -> Option<u32> {
        format::table_get(self.0, key.as_bytes())
    }

    /// A value stored as f32 bits.
    pub(crate) fn get_f32(&self, key: &str) -> Option<f32> {
        self.get(key).map(f32::from_bits)
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        format::table_len(self.0)
    }
}

/// The stem of a lower-cased word as build.rs computed it with the library's
/// stemmer: `Some(None)` for a stop word, `Some(Some(stem))` for a word of
/// `assets/words.txt`, None for any other word (the caller stems it).
pub(crate) fn word_stem(word: &str) -> Option<Option<&'static str>> {
    let value = format::table_get(WORD_STEMS, word.as_bytes())?;
    if value == format::STOP_WORD {
        return Some(None);
    }
    let (start, len) = ((value >> 8) as usize, (value & 0xff) as usize);
    // The stems were written from `&str`s, whole: this never fails.
    STEMS.get(start..start + len).and_then(|bytes| std::str::from_utf8(bytes).ok()).map(Some)
}

/// Is `fingerprint` among the sorted u64 values of `bytes`?
pub(crate) fn contains_fingerprint(bytes: &[u8], fingerprint: u64) -> bool {
    let n = bytes.len() / 8;
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = (lo + hi) / 2;
        match format::read_u64(bytes, mid * 8).cmp(&fingerprint) {
            std::cmp::Ordering::Less => lo = mid + 1,
            std::cmp::Ordering::Greater => hi = mid,
            std::cmp::Ordering::Equal => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_found_by_value() {
        let values: Vec<u8> = [3u64, 9, 40, u64::MAX].iter().flat_map(|v| v.to_le_bytes()).collect();
        for v in [3, 9, 40, u64::MAX] {
            assert!(contains_fingerprint(&values, v));
        }
        for v in [0, 4, 41, u64::MAX - 1] {
            assert!(!contains_fingerprint(&values, v));
        }
        assert!(!contains_fingerprint(&[], 1));
    }

    #[test]
    fn compiled_stems_are_the_stemmers() {
        use crate::represent::Analyzer;
        use rust_stemmers::{Algorithm, Stemmer};
        let stemmer = Stemmer::create(Algorithm::English);
        let words = include_str!("../../assets/words.txt");
        assert!(words.lines().count() > 10_000);
        for word in words.lines() {
            assert_eq!(word_stem(word), Some(Some(stemmer.stem(word).as_ref())), "{word}");
        }
        for &word in crate::stop_words::STOP_WORDS {
            assert_eq!(word_stem(word), Some(None), "{word}");
        }
        for word in ["", "zzyzxqv", "Senate", "senate\u{301}"] {
            assert_eq!(word_stem(word), None, "{word:?}");
        }
        // Through the analyzer: a known word, an unknown one, a stop word.
        let a = Analyzer::default();
        assert_eq!(a.stem("senators").as_deref(), Some("senat"));
        assert_eq!(a.stem("zzyzxqvs").as_deref(), Some(stemmer.stem("zzyzxqvs").as_ref()));
        assert_eq!(a.stem("the"), None);
    }

    #[test]
    fn shipped_fingerprints_match_the_text() {
        let text = include_str!("../../assets/boilerplate.txt");
        let all: Vec<u64> = text.lines().filter_map(|l| u64::from_str_radix(l.trim(), 16).ok()).collect();
        assert!(all.len() > 100);
        assert!(all.iter().all(|&f| contains_fingerprint(BOILERPLATE, f)));
        assert!(BOILERPLATE.len() / 8 <= all.len());
    }
}

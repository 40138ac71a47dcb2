//! represent: words to weighted term vectors.
//!
//! Tokens are runs of letters and digits, case-folded, stop words dropped,
//! Snowball-stemmed (`rust-stemmers`). Each sentence becomes an L2-normalised
//! TF-IDF vector over a per-cluster vocabulary. IDF comes from a background
//! table learned from the Multi-News training articles (`assets/idf.tsv`,
//! rebuilt by `chorus train idf`), because a 3-article cluster alone says little
//! about which words are rare.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::compiled;

use crate::stop_words::STOP_WORDS;

/// Background IDF: the shipped table (`assets/idf.tsv`, compiled in by
/// build.rs and read in place) or one parsed from text.
pub struct BackgroundIdf {
    documents: f32,
    df: DocumentFrequencies,
}

enum DocumentFrequencies {
    Parsed(FxHashMap<String, u32>),
    Compiled(compiled::Table),
}

impl BackgroundIdf {
    pub fn parse(table: &str) -> Self {
        let mut documents = 1.0;
        let mut df = FxHashMap::default();
        for line in table.lines() {
            let Some((term, count)) = line.split_once('\t') else {
                continue;
            };
            let Ok(count) = count.trim().parse::<u32>() else {
                continue;
            };
            if term == "#documents" {
                documents = count.max(1) as f32;
            } else {
                df.insert(term.to_string(), count);
            }
        }
        BackgroundIdf { documents, df: DocumentFrequencies::Parsed(df) }
    }

    /// Learn a table from article texts: each stem's number of articles,
    /// keeping stems seen in at least `min_df`. Output is sorted, so the same
    /// articles always give the same bytes.
    pub fn learn(articles: impl Iterator<Item = String>, min_df: u32) -> String {
        let analyzer = Analyzer::default();
        let mut df: HashMap<String, u32> = HashMap::new();
        let mut documents = 0u32;
        let mut seen = std::collections::HashSet::new();
        for text in articles {
            documents += 1;
            seen.clear();
            seen.extend(analyzer.terms(&text));
            for stem in seen.drain() {
                *df.entry(stem).or_default() += 1;
            }
        }
        let mut rows: Vec<(String, u32)> = df.into_iter().filter(|&(_, n)| n >= min_df).collect();
        rows.sort();
        let mut out = format!("#documents\t{documents}\n");
        for (stem, n) in rows {
            out.push_str(&format!("{stem}\t{n}\n"));
        }
        out
    }

    /// The shipped table ("#documents\tN" then "stem\tdf" lines, `chorus train idf`).
    pub fn global() -> &'static BackgroundIdf {
        static TABLE: BackgroundIdf = BackgroundIdf {
            documents: compiled::IDF_DOCUMENTS as f32,
            df: DocumentFrequencies::Compiled(compiled::Table::new(compiled::IDF)),
        };
        &TABLE
    }

    /// In how many background articles `stem` occurs, if the table has it.
    fn df(&self, stem: &str) -> Option<u32> {
        match &self.df {
            DocumentFrequencies::Parsed(df) => df.get(stem).copied(),
            DocumentFrequencies::Compiled(table) => table.get(stem),
        }
    }

    /// Smoothed IDF; terms the table never saw count as rare (df = 1).
    pub fn idf(&self, stem: &str) -> f32 {
        let df = self.df(stem).unwrap_or(1) as f32;
        ((self.documents + 1.0) / (df + 1.0)).ln() + 1.0
    }

    pub fn documents(&self) -> f32 {
        self.documents
    }
}

/// Turns text into stemmed content terms.
pub struct Analyzer {
    stemmer: Stemmer,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer { stemmer: Stemmer::create(Algorithm::English) }
    }
}

impl Analyzer {
    /// Lower-cased word tokens (letters and digits), stop words included.
    pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
        Self::raw_words(text).map(str::to_lowercase)
    }

    /// The word tokens of [`Analyzer::words`] as they stand in the text.
    pub fn raw_words(text: &str) -> impl Iterator<Item = &str> + '_ {
        text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
    }

    pub fn is_stop_word(word: &str) -> bool {
        static SET: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| STOP_WORDS.iter().copied().collect());
        SET.contains(word)
    }

    /// The stem of one lower-cased word, or None for a stop word. Stems are
    /// cached per thread (news vocabulary repeats across clusters); the
    /// cache is emptied when it reaches STEM_CACHE_WORDS, so memory stays bounded.
    pub fn stem(&self, word: &str) -> Option<String> {
        self.with_stem(word, |stem| stem.map(str::to_string))
    }

    /// Calls `f` with [`Analyzer::stem`] of `word`, borrowed from the
    /// compiled word table (stop words and frequent words, computed at build
    /// time by the same stemmer) or else from the cache (no copy for the
    /// callers that only look the stem up). `f` must not stem in turn: the
    /// cache is held while it runs.
    pub fn with_stem<R>(&self, word: &str, f: impl FnOnce(Option<&str>) -> R) -> R {
        const STEM_CACHE_WORDS: usize = 200_000;
        thread_local! {
            static CACHE: RefCell<FxHashMap<String, Option<String>>> = RefCell::new(FxHashMap::default());
        }
        if let Some(known) = compiled::word_stem(word) {
            return f(known);
        }
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            if let Some(hit) = cache.get(word) {
                return f(hit.as_deref());
            }
            let stem = (!Self::is_stop_word(word)).then(|| self.stemmer.stem(word).into_owned());
            let result = f(stem.as_deref());
            if cache.len() >= STEM_CACHE_WORDS {
                cache.clear();
            }
            cache.insert(word.to_string(), stem);
            result
        })
    }

    /// The word list the compiled stem table holds (`assets/words.txt`,
    /// `chorus train words`): every lower-cased word token, stop words
    /// aside, seen in at least `min_df` articles, one per line, sorted. A
    /// word's stem is then a table lookup instead of a Snowball run (about
    /// 3,000 instructions per new word, most of a one-shot run's stemming).
    pub fn learn_words(articles: impl Iterator<Item = String>, min_df: u32) -> String {
        let mut df: HashMap<String, u32> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        for text in articles {
            seen.clear();
            seen.extend(Analyzer::words(&text).filter(|w| !Analyzer::is_stop_word(w)));
            for word in seen.drain() {
                *df.entry(word).or_default() += 1;
            }
        }
        let mut words: Vec<String> = df.into_iter().filter(|&(_, n)| n >= min_df).map(|(w, _)| w).collect();
        words.sort();
        words.into_iter().map(|w| w + "\n").collect()
    }

    /// Stemmed content terms of `text`, in order.
    pub fn terms(&self, text: &str) -> Vec<String> {
        let mut terms = Vec::new();
        self.for_each_term(text, |stem| terms.push(stem.to_string()));
        terms
    }

    /// Calls `f` with each term of [`Analyzer::terms`], in order, borrowed:
    /// words lower-cased into one buffer, stems from the cache of
    /// [`Analyzer::with_stem`] (clustering stems whole articles, and most of
    /// their words were seen before). `f` must not stem in turn.
    pub fn for_each_term(&self, text: &str, mut f: impl FnMut(&str)) {
        let mut lower = String::new();
        for word in Self::raw_words(text) {
            lower.clear();
            if word.is_ascii() {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                // `str::to_lowercase`, as `words` does (a final sigma differs from char by char).
                lower.push_str(&word.to_lowercase());
            }
            self.with_stem(&lower, |stem| {
                if let Some(stem) = stem {
                    f(stem);
                }
            });
        }
    }
}

/// A sparse vector: (term id, weight) sorted by term id.
pub type SparseVec = Vec<(u32, f32)>;

pub fn dot(a: &SparseVec, b: &SparseVec) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// Term ids and TF-IDF vectors for a list of texts sharing one vocabulary.
#[derive(Debug, Default, Clone)]
pub struct Represented {
    /// Term ids of each text, in order (stop words removed).
    pub terms: Vec<Vec<u32>>,
    /// L2-normalised TF-IDF vector of each text.
    pub vectors: Vec<SparseVec>,
    /// Background IDF of each term id.
    pub idf: Vec<f32>,
    /// The stem behind each term id.
    pub vocabulary: Vec<String>,
    /// In how many of the texts each term id occurs.
    pub text_frequency: Vec<u32>,
}

impl Represented {
    pub fn build<'a>(
        texts: impl IntoIterator<Item = &'a str>,
        analyzer: &Analyzer,
        background: &BackgroundIdf,
    ) -> Self {
        // Each distinct word is stemmed and looked up once per cluster.
        let mut word_ids: FxHashMap<String, Option<u32>> = FxHashMap::default();
        let mut stem_ids: FxHashMap<String, u32> = FxHashMap::default();
        let mut rep = Represented::default();
        let mut lower = String::new();
        for text in texts {
            let mut terms: Vec<u32> = Vec::new();
            for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                lower.clear();
                if word.is_ascii() {
                    lower.push_str(word);
                    lower.make_ascii_lowercase();
                } else {
                    lower.extend(word.chars().flat_map(char::to_lowercase));
                }
                let id = match word_ids.get(lower.as_str()) {
                    Some(&id) => id,
                    None => {
                        let id = analyzer.with_stem(&lower, |stem| {
                            stem.map(|stem| match stem_ids.get(stem) {
                                Some(&id) => id,
                                None => {
                                    let id = stem_ids.len() as u32;
                                    rep.idf.push(background.idf(stem));
                                    rep.vocabulary.push(stem.to_string());
                                    stem_ids.insert(stem.to_string(), id);
                                    id
                                }
                            })
                        });
                        word_ids.insert(lower.clone(), id);
                        id
                    }
                };
                terms.extend(id);
            }
            rep.vectors.push(tfidf(&terms, &rep.idf));
            rep.terms.push(terms);
        }
        rep.text_frequency = vec![0; rep.idf.len()];
        for v in &rep.vectors {
            for &(t, _) in v {
                rep.text_frequency[t as usize] += 1;
            }
        }
        rep
    }

    /// How specific a term is to few texts of this set: ln((n + 1) / (tf + 1)).
    /// The story's own topic words, found everywhere, weigh little.
    pub fn specificity(&self, term: u32) -> f32 {
        let n = self.vectors.len() as f32;
        ((n + 1.0) / (self.text_frequency[term as usize] as f32 + 1.0)).ln()
    }

    /// Share of text `a`'s content that text `b` holds, each term weighted by
    /// its TF-IDF in `a` times its specificity in this set.
    pub fn specific_containment(&self, a: usize, b: usize) -> f32 {
        let (va, vb) = (&self.vectors[a], &self.vectors[b]);
        let (mut total, mut shared, mut j) = (0.0, 0.0, 0);
        for &(t, w) in va {
            let weight = w * self.specificity(t);
            total += weight;
            while j < vb.len() && vb[j].0 < t {
                j += 1;
            }
            if j < vb.len() && vb[j].0 == t {
                shared += weight;
            }
        }
        if total > 0.0 {
            shared / total
        } else {
            0.0
        }
    }

    /// Do texts `a` and `b` share two content terms in a row?
    pub fn share_bigram(&self, a: usize, b: usize) -> bool {
        let pairs = |i: usize| self.terms[i].windows(2).map(|w| (w[0], w[1]));
        pairs(a).any(|p| pairs(b).any(|q| p == q))
    }

    pub fn cosine(&self, a: usize, b: usize) -> f32 {
        dot(&self.vectors[a], &self.vectors[b])
    }

    /// Cosine of every pair of `items`, row-major (`sim[a * n + b]`). Each
    /// row's vector is scattered into a dense buffer once, so a pair costs
    /// one pass over the other sparse vector instead of a merge.
    pub fn pairwise(&self, items: &[usize]) -> Vec<f32> {
        let n = items.len();
        let mut sim = vec![0.0f32; n * n];
        let mut dense = vec![0.0f32; self.idf.len()];
        for (a, &i) in items.iter().enumerate() {
            for &(t, w) in &self.vectors[i] {
                dense[t as usize] = w;
            }
            for (b, &j) in items.iter().enumerate().skip(a) {
                let c: f32 = self.vectors[j].iter().map(|&(t, w)| dense[t as usize] * w).sum();
                sim[a * n + b] = c;
                sim[b * n + a] = c;
            }
            for &(t, _) in &self.vectors[i] {
                dense[t as usize] = 0.0;
            }
        }
        sim
    }

    /// Sum of the given vectors as a dense accumulator over the vocabulary.
    pub fn dense_sum(&self, members: impl IntoIterator<Item = usize>) -> Vec<f32> {
        let mut sum = vec![0.0f32; self.idf.len()];
        for m in members {
            for &(t, w) in &self.vectors[m] {
                sum[t as usize] += w;
            }
        }
        sum
    }

    /// Normalised sum of the given vectors (the cluster's centroid).
    pub fn centroid(&self, members: impl IntoIterator<Item = usize>) -> SparseVec {
        sparse_unit(&self.dense_sum(members))
    }
}

/// A dense vector's non-zero entries, L2-normalised.
pub fn sparse_unit(dense: &[f32]) -> SparseVec {
    normalise(dense.iter().enumerate().filter(|(_, &w)| w != 0.0).map(|(t, &w)| (t as u32, w)).collect())
}

fn tfidf(terms: &[u32], idf: &[f32]) -> SparseVec {
    let mut v: SparseVec = Vec::with_capacity(terms.len());
    let mut sorted = terms.to_vec();
    sorted.sort_unstable();
    for t in sorted {
        match v.last_mut() {
            Some(last) if last.0 == t => last.1 += 1.0,
            _ => v.push((t, 1.0)),
        }
    }
    for (t, w) in v.iter_mut() {
        *w *= idf[*t as usize];
    }
    normalise(v)
}

fn normalise(mut v: SparseVec) -> SparseVec {
    v.sort_unstable_by_key(|&(t, _)| t);
    let norm = v.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, w)| *w /= norm);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_stemmed_content_words() {
        let a = Analyzer::default();
        assert_eq!(a.terms("The senators were meeting Russians!"), vec!["senat", "meet", "russian"]);
    }

    #[test]
    fn cosine_of_same_text_is_one() {
        let a = Analyzer::default();
        let bg = BackgroundIdf::parse("#documents\t10\nsenat\t5\n");
        let rep = Represented::build(["senators met", "senators met", "cats"], &a, &bg);
        assert!((rep.cosine(0, 1) - 1.0).abs() < 1e-5);
        assert_eq!(rep.cosine(0, 2), 0.0);
        assert!(bg.idf("senat") < bg.idf("unseen"));
    }

    #[test]
    fn compiled_table_equals_the_parsed_text() {
        let parsed = BackgroundIdf::parse(include_str!("../assets/idf.tsv"));
        let shipped = BackgroundIdf::global();
        assert_eq!(parsed.documents, shipped.documents);
        let DocumentFrequencies::Parsed(rows) = &parsed.df else { unreachable!() };
        let DocumentFrequencies::Compiled(table) = &shipped.df else { unreachable!() };
        assert!(rows.len() > 10_000);
        assert_eq!(rows.len(), table.len());
        for (stem, &df) in rows {
            assert_eq!(table.get(stem), Some(df), "{stem}");
        }
        assert_eq!(shipped.df("no-such-stem"), None);
    }
}

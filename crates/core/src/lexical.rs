//! lexical: a linear scorer over a sentence's own words and word pairs.
//!
//! The term prior ([`crate::term_prior`]) knows how often a summary keeps a
//! single stem. Whether a *sentence* survives also depends on its phrasing:
//! "said in a statement", "according to the", "click here" and an opening
//! "but" lower its chance; "was arrested" or "will face" raise it. This
//! model learns one weight per word (stemmed), adjacent word pair and
//! sentence opener from the training split (`chorus train lexical`,
//! `assets/lexical-weights.tsv`); the tree scorer reads its prediction as
//! one feature.

use std::hash::{Hash, Hasher};

use rustc_hash::{FxHashMap, FxHasher};

use crate::compiled;
use crate::represent::Analyzer;

pub struct LexicalModel {
    bias: f32,
    weights: Weights,
}

enum Weights {
    /// Keyed by the feature's hash ([`key`]): parsed from text.
    Parsed(FxHashMap<u64, f32>),
    /// A table laid out by build.rs from a shipped asset, keyed by the feature itself.
    Compiled(compiled::Table),
}

fn key(feature: &str) -> u64 {
    let mut h = FxHasher::default();
    feature.hash(&mut h);
    h.finish()
}

/// The features of a sentence, as strings: "u:stem" for each content word,
/// "b:w1 w2" for each adjacent pair of words, "o:w" and "o:w1 w2" for the
/// opening. Numbers read as "#", so "3 people" and "12 people" share a pair.
pub fn sentence_features(analyzer: &Analyzer, raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    visit_features(analyzer, raw, |f| out.push(f.to_string()));
    out
}

/// Calls `visit` with each of [`sentence_features`], built in one reused
/// buffer: scoring runs on every candidate sentence, and allocating a string
/// per feature cost more than the lookups. The words are lower-cased into one
/// string too, and stems are borrowed from the analyzer's cache.
fn visit_features(analyzer: &Analyzer, raw: &str, mut visit: impl FnMut(&str)) {
    let mut lower = String::with_capacity(raw.len());
    let mut words: Vec<(usize, usize)> = Vec::new();
    for word in Analyzer::raw_words(raw) {
        let start = lower.len();
        if word.is_ascii() {
            lower.push_str(word);
            lower[start..].make_ascii_lowercase();
        } else {
            lower.push_str(&word.to_lowercase());
        }
        if lower[start..].bytes().any(|b| b.is_ascii_digit()) {
            lower.truncate(start);
            lower.push('#');
        }
        words.push((start, lower.len()));
    }
    let word = |k: usize| &lower[words[k].0..words[k].1];
    let mut buf = String::with_capacity(64);
    let mut emit = |tag: &str, parts: &[&str]| {
        buf.clear();
        buf.push_str(tag);
        for (k, part) in parts.iter().enumerate() {
            if k > 0 {
                buf.push(' ');
            }
            buf.push_str(part);
        }
        visit(&buf);
    };
    for k in 0..words.len() {
        analyzer.with_stem(word(k), |stem| {
            if let Some(stem) = stem {
                emit("u:", &[stem]);
            }
        });
    }
    for k in 1..words.len() {
        emit("b:", &[word(k - 1), word(k)]);
    }
    if !words.is_empty() {
        emit("o:", &[word(0)]);
        if words.len() > 1 {
            emit("o:", &[word(0), word(1)]);
        }
    }
}

impl LexicalModel {
    /// Parse "#bias\tvalue" and "feature\tweight" lines.
    pub fn parse(table: &str) -> Self {
        let mut bias = 0.0;
        let mut weights = FxHashMap::default();
        for line in table.lines() {
            let Some((feature, value)) = line.rsplit_once('\t') else { continue };
            let Ok(value) = value.trim().parse::<f32>() else { continue };
            if feature == "#bias" {
                bias = value;
            } else if !feature.starts_with('#') {
                weights.insert(key(feature), value);
            }
        }
        LexicalModel { bias, weights: Weights::Parsed(weights) }
    }

    /// The shipped model (`assets/lexical-weights.tsv`), read in place.
    pub fn global() -> &'static LexicalModel {
        static MODEL: LexicalModel = LexicalModel {
            bias: f32::from_bits(compiled::LEXICAL_BIAS_BITS),
            weights: Weights::Compiled(compiled::Table::new(compiled::LEXICAL)),
        };
        &MODEL
    }

    /// The shipped length lexicon (`assets/length-lexicon.tsv`, see
    /// [`crate::select::LengthModel`]), read in place.
    pub(crate) fn length_lexicon() -> &'static LexicalModel {
        static MODEL: LexicalModel = LexicalModel {
            bias: f32::from_bits(compiled::LENGTH_LEXICON_BIAS_BITS),
            weights: Weights::Compiled(compiled::Table::new(compiled::LENGTH_LEXICON)),
        };
        &MODEL
    }

    /// Predicted label of a sentence: bias + Σ weights / √(number of features).
    pub fn score(&self, analyzer: &Analyzer, raw: &str) -> f32 {
        let (mut count, mut sum) = (0usize, 0.0f32);
        visit_features(analyzer, raw, |f| {
            count += 1;
            sum += self.weight(f);
        });
        self.predict(count, sum)
    }

    /// Predicted label of an example given as its feature strings (the same
    /// rule as [`LexicalModel::score`]; the length model's lexicon uses it).
    pub fn score_features<'f>(&self, features: impl IntoIterator<Item = &'f str>) -> f32 {
        let (mut count, mut sum) = (0usize, 0.0f32);
        for f in features {
            count += 1;
            sum += self.weight(f);
        }
        self.predict(count, sum)
    }

    fn weight(&self, feature: &str) -> f32 {
        let weight = match &self.weights {
            Weights::Parsed(weights) => weights.get(&key(feature)).copied(),
            Weights::Compiled(table) => table.get_f32(feature),
        };
        weight.unwrap_or(0.0)
    }

    fn predict(&self, count: usize, sum: f32) -> f32 {
        if count == 0 {
            return self.bias;
        }
        self.bias + sum / (count as f32).sqrt()
    }

    /// Learn weights from (sentence features, label) examples by AdaGrad on
    /// squared loss, in a fixed order (deterministic). Features seen in fewer
    /// than `min_count` examples get no weight. Returns the table text.
    pub fn learn(examples: &[(Vec<String>, f32)], min_count: u32, epochs: usize) -> String {
        let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
        for (features, _) in examples {
            for f in features {
                *counts.entry(f.as_str()).or_default() += 1;
            }
        }
        let mut vocabulary: Vec<&str> = counts.iter().filter(|(_, &n)| n >= min_count).map(|(f, _)| *f).collect();
        vocabulary.sort_unstable();
        let id: FxHashMap<&str, u32> = vocabulary.iter().enumerate().map(|(i, f)| (*f, i as u32)).collect();
        let rows: Vec<(Vec<u32>, f32, f32)> = examples
            .iter()
            .map(|(features, y)| {
                let scale = 1.0 / (features.len().max(1) as f32).sqrt();
                (features.iter().filter_map(|f| id.get(f.as_str()).copied()).collect(), scale, *y)
            })
            .collect();
        let bias = rows.iter().map(|r| r.2 as f64).sum::<f64>() / rows.len().max(1) as f64;
        let bias = bias as f32;
        let mut w = vec![0.0f32; vocabulary.len()];
        let mut g2 = vec![1e-6f32; vocabulary.len()];
        const RATE: f32 = 0.05;
        const L2: f32 = 1e-5;
        // A fixed pseudo-random visiting order (an LCG), different each epoch.
        let mut order: Vec<usize> = (0..rows.len()).collect();
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..epochs {
            for i in (1..order.len()).rev() {
                state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                order.swap(i, (state >> 33) as usize % (i + 1));
            }
            for &r in &order {
                let (ids, scale, y) = &rows[r];
                let predicted = bias + scale * ids.iter().map(|&i| w[i as usize]).sum::<f32>();
                let error = predicted - y;
                for &i in ids {
                    let i = i as usize;
                    let g = error * scale + L2 * w[i];
                    g2[i] += g * g;
                    w[i] -= RATE * g / g2[i].sqrt();
                }
            }
        }
        let mut out = format!("#bias\t{bias:.6}\n");
        for (f, &weight) in vocabulary.iter().zip(&w) {
            if weight.abs() >= 5e-4 {
                out.push_str(&format!("{f}\t{weight:.4}\n"));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_which_phrasing_summaries_keep() {
        let analyzer = Analyzer::default();
        let mut examples = Vec::new();
        for i in 0..200 {
            let kept = format!("police arrested {i} suspects after the fire");
            let dropped = format!("click here to read more about story {i}");
            examples.push((sentence_features(&analyzer, &kept), 0.5));
            examples.push((sentence_features(&analyzer, &dropped), 0.0));
        }
        let table = LexicalModel::learn(&examples, 5, 5);
        assert_eq!(table, LexicalModel::learn(&examples, 5, 5), "deterministic");
        let model = LexicalModel::parse(&table);
        let arrest = model.score(&analyzer, "Police arrested two men.");
        let click = model.score(&analyzer, "Click here to read more.");
        assert!(arrest > click + 0.2, "{arrest} vs {click}");
        assert_eq!(model.score(&analyzer, ""), model.bias);
        let features = sentence_features(&analyzer, "Police arrested two men.");
        assert_eq!(model.score_features(features.iter().map(String::as_str)), arrest);
    }

    /// Both shipped tables, compiled, weigh every feature as the parsed text does.
    #[test]
    fn compiled_tables_equal_the_parsed_text() {
        for (text, shipped) in [
            (include_str!("../assets/lexical-weights.tsv"), LexicalModel::global()),
            (include_str!("../assets/length-lexicon.tsv"), LexicalModel::length_lexicon()),
        ] {
            let parsed = LexicalModel::parse(text);
            assert_eq!(parsed.bias.to_bits(), shipped.bias.to_bits());
            let Weights::Parsed(rows) = &parsed.weights else { unreachable!() };
            let Weights::Compiled(table) = &shipped.weights else { unreachable!() };
            assert!(rows.len() > 5_000);
            assert_eq!(rows.len(), table.len());
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                let feature = line.rsplit_once('\t').unwrap().0;
                assert_eq!(shipped.weight(feature).to_bits(), parsed.weight(feature).to_bits(), "{feature}");
            }
            assert_eq!(shipped.weight("u:no-such-stem"), 0.0);
        }
    }

    #[test]
    fn numbers_share_features() {
        let analyzer = Analyzer::default();
        assert_eq!(sentence_features(&analyzer, "3 people"), sentence_features(&analyzer, "12 people"));
    }
}

//! term_prior: how likely a professional summary is to keep a word.
//!
//! Some words survive from the articles into a summary far more often than
//! others, whatever the story: "killed", "president" and names do; "told",
//! "percent" and "click" rarely do (Hong & Nenkova 2014 call these
//! global indicators). The table holds, for each stem, in how many training
//! clusters it occurs in the input and in how many of those the reference
//! summary also has it (`assets/term-prior.tsv`, rebuilt by
//! `chorus train prior`). The sentence scorer reads it as features; the
//! cluster's own statistics stay with [`crate::represent`].

use std::collections::{HashMap, HashSet};

use rustc_hash::FxHashMap;

use crate::compiled;
use crate::represent::Analyzer;

/// Pseudo-counts that pull a stem seen in few clusters toward the rate of
/// all rare stems. build.rs smooths the shipped table with the same value
/// (`PRIOR_SMOOTHING`; a test compares the two forms).
const SMOOTHING: f32 = 10.0;

pub struct TermPrior {
    /// Smoothed share of a stem's clusters whose summary keeps it.
    kept: Kept,
    /// The same share over the stems too rare for the table.
    unseen: f32,
}

enum Kept {
    Parsed(FxHashMap<String, f32>),
    /// `assets/term-prior.tsv`, smoothed and laid out by build.rs.
    Compiled(compiled::Table),
}

impl TermPrior {
    /// Parse the table: "#unseen\tin\tkept", then "stem\tin\tkept" lines.
    pub fn parse(table: &str) -> Self {
        let counts = |rest: &str| -> Option<(f32, f32)> {
            let (input, kept) = rest.split_once('\t')?;
            Some((input.trim().parse().ok()?, kept.trim().parse().ok()?))
        };
        let mut unseen = 0.0;
        let mut rows = Vec::new();
        for line in table.lines() {
            let Some((stem, rest)) = line.split_once('\t') else { continue };
            let Some((input, kept)) = counts(rest) else { continue };
            if stem == "#unseen" {
                unseen = if input > 0.0 { kept / input } else { 0.0 };
            } else if !stem.starts_with('#') {
                rows.push((stem, input, kept));
            }
        }
        let kept = rows
            .into_iter()
            .map(|(stem, input, kept)| (stem.to_string(), (kept + SMOOTHING * unseen) / (input + SMOOTHING)))
            .collect();
        TermPrior { kept: Kept::Parsed(kept), unseen }
    }

    /// The shipped table (`assets/term-prior.tsv`), read in place.
    pub fn global() -> &'static TermPrior {
        static TABLE: TermPrior = TermPrior {
            kept: Kept::Compiled(compiled::Table::new(compiled::PRIOR)),
            unseen: f32::from_bits(compiled::PRIOR_UNSEEN_BITS),
        };
        &TABLE
    }

    /// Share of clusters whose summary keeps `stem`, given their articles have it.
    pub fn kept(&self, stem: &str) -> f32 {
        let kept = match &self.kept {
            Kept::Parsed(kept) => kept.get(stem).copied(),
            Kept::Compiled(table) => table.get_f32(stem),
        };
        kept.unwrap_or(self.unseen)
    }

    /// Learn a table from (articles, reference) pairs, keeping stems seen in
    /// the input of at least `min_clusters` clusters; the rest are pooled
    /// into the "#unseen" row. Sorted output: the same data gives the same bytes.
    pub fn learn(clusters: impl Iterator<Item = (Vec<String>, String)>, min_clusters: u32) -> String {
        let analyzer = Analyzer::default();
        let mut counts: HashMap<String, (u32, u32)> = HashMap::new();
        let mut clusters_seen = 0u32;
        for (articles, reference) in clusters {
            clusters_seen += 1;
            let input: HashSet<String> = articles.iter().flat_map(|a| analyzer.terms(a)).collect();
            let summary: HashSet<String> = analyzer.terms(&reference).into_iter().collect();
            for stem in input {
                let kept = summary.contains(&stem) as u32;
                let entry = counts.entry(stem).or_default();
                entry.0 += 1;
                entry.1 += kept;
            }
        }
        let (mut rare_in, mut rare_kept) = (0u64, 0u64);
        let mut rows: Vec<(String, u32, u32)> = Vec::new();
        for (stem, (input, kept)) in counts {
            if input >= min_clusters {
                rows.push((stem, input, kept));
            } else {
                rare_in += input as u64;
                rare_kept += kept as u64;
            }
        }
        rows.sort();
        let mut out = format!("#clusters\t{clusters_seen}\t0\n#unseen\t{rare_in}\t{rare_kept}\n");
        for (stem, input, kept) in rows {
            out.push_str(&format!("{stem}\t{input}\t{kept}\n"));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learned_table_round_trips_and_smooths_toward_rare_stems() {
        let cluster = |a: &str, r: &str| (vec![a.to_string()], r.to_string());
        let data = vec![
            cluster("Fire killed three, police told reporters.", "A fire killed three."),
            cluster("Storm killed two, officials told reporters.", "A storm killed two."),
            cluster("Zebra escapes zoo, keeper told reporters.", "A zebra escaped."),
        ];
        let table = TermPrior::learn(data.into_iter(), 2);
        let prior = TermPrior::parse(&table);
        // "kill" is kept in both clusters, "told" in none; "zebra" is too rare for a row.
        assert!(prior.kept("kill") > prior.kept("told"));
        assert_eq!(prior.kept("zebra"), prior.kept("never-seen"));
        assert_eq!(TermPrior::learn(vec![cluster("a b", "b")].into_iter(), 1), {
            TermPrior::learn(vec![cluster("a b", "b")].into_iter(), 1)
        });
    }

    #[test]
    fn compiled_table_equals_the_parsed_text() {
        let parsed = TermPrior::parse(include_str!("../assets/term-prior.tsv"));
        let shipped = TermPrior::global();
        assert_eq!(parsed.unseen.to_bits(), shipped.unseen.to_bits());
        let Kept::Parsed(rows) = &parsed.kept else { unreachable!() };
        let Kept::Compiled(table) = &shipped.kept else { unreachable!() };
        assert!(rows.len() > 10_000);
        assert_eq!(rows.len(), table.len());
        for (stem, &kept) in rows {
            assert_eq!(table.get_f32(stem).map(f32::to_bits), Some(kept.to_bits()), "{stem}");
        }
    }

    #[test]
    fn shipped_table_knows_news_words() {
        let prior = TermPrior::global();
        assert!(prior.kept("kill") > prior.kept("told"));
    }
}

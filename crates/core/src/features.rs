//! features: what the learned scorer knows about each sentence.
//!
//! One place computes the features, for training (`chorus train model`) and
//! for summarizing alike, so the two can never drift apart. Features are
//! plain numbers; their names travel with the model file.

use crate::lexical::LexicalModel;
use crate::prepared::Prepared;
use crate::represent::{dot, sparse_unit, Analyzer};
use crate::segment;
use rayon::prelude::*;

/// Words that open a sentence leaning on an earlier one.
const DANGLING_OPENERS: &[&str] = &[
    "he", "she", "it", "they", "this", "that", "these", "but", "and", "also", "however", "his", "her", "their", "its",
    "so", "then",
];

/// Does the sentence open with a word that leans on an earlier sentence ("But …", "He …")?
pub fn opens_dangling(sentence: &str) -> bool {
    let first =
        sentence.split_whitespace().next().unwrap_or("").trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    DANGLING_OPENERS.contains(&first.as_str())
}

/// Words that attribute a statement to a speaker.
const ATTRIBUTION: &[&str] = &["said", "says", "told", "according", "reported", "reports", "tweeted", "wrote"];

/// Position buckets: 0, 1, 2, 3, 4, 5–7, 8–11, 12+.
/// Candidate sentences per job when their words are scored on two threads.
const PARALLEL_SENTENCES: usize = 16;

const POSITION_BUCKETS: &[usize] = &[1, 2, 3, 4, 5, 8, 12];
/// Length buckets in words: <10, 10–14, 15–24, 25–39, 40+.
const LENGTH_BUCKETS: &[usize] = &[10, 15, 25, 40];

pub fn names() -> Vec<String> {
    let mut n: Vec<String> = vec!["bias".into()];
    n.extend((0..=POSITION_BUCKETS.len()).map(|b| format!("position_{b}")));
    n.extend((0..=LENGTH_BUCKETS.len()).map(|b| format!("length_{b}")));
    n.extend((0..4).map(|d| format!("article_{d}")));
    n.extend(
        [
            "relative_position",
            "centroid",
            "centroid_sq",
            "support_mean",
            "support_share",
            "support_max",
            "lead_similarity",
            "mean_idf",
            "quote",
            "digit",
            "dangling_opener",
            "question",
            "article_words_log",
            "article_short",
            "article_boilerplate",
            "cluster_articles",
            "similar_to_own_lead",
            "article_centrality",
            "words_scaled",
            "straight_quote_odd",
            "attribution",
            "position",
            "article_index",
            "prior_mean",
            "prior_max",
            "prior_sum",
            "prior_shared_mean",
            "lexical",
        ]
        .map(String::from),
    );
    n
}

fn bucket(value: usize, bounds: &[usize]) -> usize {
    bounds.iter().position(|&b| value < b).unwrap_or(bounds.len())
}

/// Feature rows for the given sentences (indices into `prepared.sentences`).
pub fn extract(prepared: &Prepared, candidates: &[usize]) -> Vec<Vec<f32>> {
    extract_with_similarity(prepared, candidates, &prepared.rep.pairwise(candidates), LexicalModel::global())
}

/// As [`extract`], reusing the candidates' pairwise cosines
/// (`Represented::pairwise`), with the given lexical model (training passes
/// one that never saw this cluster).
pub fn extract_with_similarity(
    prepared: &Prepared,
    candidates: &[usize],
    sim: &[f32],
    lexical: &LexicalModel,
) -> Vec<Vec<f32>> {
    let n = candidates.len();
    let docs = prepared.doc_sentences.len();
    let rep = &prepared.rep;
    // Compare against the candidates only: they are capped, so this stays
    // quadratic in a bounded number even for a 50 MB article.
    let all = candidates;
    let centre = rep.centroid(all.iter().copied());
    // First body sentence of each article, and per-article statistics.
    let mut leads = vec![None; docs];
    let mut doc_words = vec![0usize; docs];
    let mut doc_boiler = vec![0usize; docs];
    for (i, s) in prepared.sentences.iter().enumerate() {
        if s.position == 0 {
            leads[s.doc] = Some(i);
        }
        doc_words[s.doc] += s.words;
        doc_boiler[s.doc] += s.boilerplate as usize;
    }
    let centrality = article_centrality(prepared, all);
    let lead_cosines = lead_cosines(prepared, candidates, &leads);
    // Per term: how often summaries keep it, and in how many articles of this cluster it occurs.
    let kept = prepared.term_prior();
    let mut in_articles = vec![0u32; kept.len()];
    let mut last_doc = vec![usize::MAX; kept.len()];
    for (i, s) in prepared.sentences.iter().enumerate() {
        for &t in &rep.terms[i] {
            if last_doc[t as usize] != s.doc {
                last_doc[t as usize] = s.doc;
                in_articles[t as usize] += 1;
            }
        }
    }
    let analyzer = Analyzer::default();
    // Scoring words is a third of this function: two threads, results in order.
    let lexical: Vec<f32> = candidates
        .par_iter()
        .with_min_len(PARALLEL_SENTENCES)
        .map(|&i| lexical.score(&analyzer, prepared.raw(i)))
        .collect();
    let width = names().len();
    candidates
        .iter()
        .enumerate()
        .map(|(a, &i)| {
            let s = &prepared.sentences[i];
            let mut row = vec![0.0f32; width];
            let mut k = 0;
            let mut put = |v: f32| {
                row[k] = v;
                k += 1;
            };
            put(1.0);
            let pb = bucket(s.position, POSITION_BUCKETS);
            (0..=POSITION_BUCKETS.len()).for_each(|b| put((b == pb) as u8 as f32));
            let lb = bucket(s.words, LENGTH_BUCKETS);
            (0..=LENGTH_BUCKETS.len()).for_each(|b| put((b == lb) as u8 as f32));
            (0..4).for_each(|d| put((s.doc.min(3) == d) as u8 as f32));
            let n_doc = prepared.doc_sentences[s.doc].max(1) as f32;
            put(s.position as f32 / n_doc);
            let c = dot(&rep.vectors[i], &centre);
            put(c);
            put(c * c);
            // Cross-article support: how closely each other article repeats this sentence.
            let mut best = vec![0.0f32; docs];
            for (b, &j) in all.iter().enumerate() {
                let d = prepared.sentences[j].doc;
                if d != s.doc {
                    best[d] = best[d].max(sim[a * n + b]);
                }
            }
            let others = docs.saturating_sub(1).max(1) as f32;
            put(best.iter().sum::<f32>() / others);
            put(best.iter().filter(|&&b| b >= 0.3).count() as f32 / others);
            put(best.iter().copied().fold(0.0, f32::max));
            let lead_cos = &lead_cosines[a * docs..(a + 1) * docs];
            let lead_sim: f32 = leads
                .iter()
                .enumerate()
                .filter(|&(d, l)| d != s.doc && l.is_some())
                .map(|(d, _)| lead_cos[d])
                .fold(0.0, f32::max);
            put(lead_sim);
            let terms = &rep.terms[i];
            put(if terms.is_empty() {
                0.0
            } else {
                terms.iter().map(|&t| rep.idf[t as usize]).sum::<f32>() / terms.len() as f32 / 10.0
            });
            let raw = prepared.raw(i);
            put(raw.contains(['"', '“', '”']) as u8 as f32);
            put(raw.chars().any(|c| c.is_ascii_digit()) as u8 as f32);
            put(opens_dangling(raw) as u8 as f32);
            put(raw.contains('?') as u8 as f32);
            put(((doc_words[s.doc] + 1) as f32).ln() / 10.0);
            put((doc_words[s.doc] < 40) as u8 as f32);
            put(doc_boiler[s.doc] as f32 / n_doc);
            put(docs as f32 / 10.0);
            put(leads[s.doc].map_or(0.0, |l| if l == i { 1.0 } else { lead_cos[s.doc] }));
            put(centrality[s.doc]);
            put(s.words as f32 / 50.0);
            put((raw.matches('"').count() % 2) as f32);
            let attributed = raw.split_whitespace().any(|x| {
                let w = x.trim_matches(|c: char| !c.is_alphanumeric());
                ATTRIBUTION.iter().any(|a| w.eq_ignore_ascii_case(a))
            });
            put(attributed as u8 as f32);
            put(s.position as f32);
            put(s.doc as f32);
            let terms = &rep.terms[i];
            let count = terms.len().max(1) as f32;
            put(terms.iter().map(|&t| kept[t as usize]).sum::<f32>() / count);
            put(terms.iter().map(|&t| kept[t as usize]).fold(0.0, f32::max));
            put(terms.iter().map(|&t| kept[t as usize]).sum::<f32>() / 10.0);
            put(terms.iter().filter(|&&t| in_articles[t as usize] >= 2).map(|&t| kept[t as usize]).sum::<f32>() / count);
            put(lexical[a]);
            debug_assert_eq!(k, width);
            row
        })
        .collect()
}

/// The cosine of each candidate with each article's lead (0 where an
/// article has none), `[a * docs + d]`: each lead's vector is scattered into
/// a dense buffer once, and a candidate's products are summed in its own
/// term order from 0.0, the order of the sparse merge in
/// [`crate::represent::dot`] (a term the lead lacks adds +0.0): the same bits.
fn lead_cosines(prepared: &Prepared, candidates: &[usize], leads: &[Option<usize>]) -> Vec<f32> {
    let rep = &prepared.rep;
    let docs = leads.len();
    let mut cosines = vec![0.0f32; candidates.len() * docs];
    let mut dense = vec![0.0f32; rep.idf.len()];
    for (d, lead) in leads.iter().enumerate() {
        let Some(l) = *lead else { continue };
        for &(t, w) in &rep.vectors[l] {
            dense[t as usize] = w;
        }
        for (a, &i) in candidates.iter().enumerate() {
            cosines[a * docs + d] = rep.vectors[i].iter().fold(0.0f32, |sum, &(t, w)| sum + w * dense[t as usize]);
        }
        for &(t, _) in &rep.vectors[l] {
            dense[t as usize] = 0.0;
        }
    }
    cosines
}

/// How central each article is: the cosine between the centroid of its
/// sentences among `members` and the centroid of the other articles' members.
fn article_centrality(prepared: &Prepared, members: &[usize]) -> Vec<f32> {
    let rep = &prepared.rep;
    let total = rep.dense_sum(members.iter().copied());
    (0..prepared.doc_sentences.len())
        .map(|d| {
            let own = rep.dense_sum(members.iter().copied().filter(|&i| prepared.sentences[i].doc == d));
            let rest: Vec<f32> = total.iter().zip(&own).map(|(t, o)| t - o).collect();
            dot(&sparse_unit(&own), &sparse_unit(&rest))
        })
        .collect()
}

/// Names of the cluster features, for the length model: how long will a
/// professional summary of this cluster be?
pub fn cluster_names() -> Vec<String> {
    [
        "articles",
        "input_words_log",
        "body_words_log",
        "real_articles",
        "shortest_article_words",
        "longest_article_words",
        "boilerplate_share",
        "article_similarity",
        "sentences",
        "mean_sentence_words",
        "quote_share",
        "digit_share",
        "kept_prior_mean",
        "distinct_term_share",
        "cut_articles",
        "short_articles",
    ]
    .map(String::from)
    .to_vec()
}

/// The cluster's feature row (see [`cluster_names`]).
pub fn extract_cluster(prepared: &Prepared) -> Vec<f32> {
    /// The preprocessed Multi-News input gives a cluster about this many
    /// words in all, split evenly; an article under its share ended early.
    const SHARE_WORDS: f32 = 450.0;
    let rep = &prepared.rep;
    let docs = prepared.doc_sentences.len();
    let mut body_words = vec![0usize; docs];
    let (mut sentences, mut quotes, mut digits, mut boiler) = (0usize, 0usize, 0usize, 0usize);
    let mut terms = 0usize;
    let mut kept = 0.0f32;
    let kept_by_term = prepared.term_prior();
    let mut body = Vec::new();
    for (i, s) in prepared.sentences.iter().enumerate() {
        if s.boilerplate {
            boiler += 1;
            continue;
        }
        body.push(i);
        sentences += 1;
        body_words[s.doc] += s.words;
        let raw = prepared.raw(i);
        quotes += raw.contains(['"', '“', '”']) as usize;
        digits += raw.chars().any(|c| c.is_ascii_digit()) as usize;
        terms += rep.terms[i].len();
        kept += rep.terms[i].iter().map(|&t| kept_by_term[t as usize]).sum::<f32>();
    }
    let input_words: usize = prepared.cluster.articles.iter().map(|a| segment::word_count(&a.text)).sum();
    let total_body: usize = body_words.iter().sum();
    let share = SHARE_WORDS / docs.max(1) as f32;
    let cut = prepared
        .cluster
        .articles
        .iter()
        .filter(|a| !a.text.trim_end().ends_with(['.', '"', '”', '!', '?', '\'']))
        .count();
    let similarity = article_centrality(prepared, &body).iter().sum::<f32>() / docs.max(1) as f32;
    let distinct = rep.text_frequency.iter().filter(|&&n| n > 0).count();
    let row = vec![
        docs as f32,
        ((input_words + 1) as f32).ln(),
        ((total_body + 1) as f32).ln(),
        body_words.iter().filter(|&&w| w >= 50).count() as f32,
        body_words.iter().copied().min().unwrap_or(0) as f32,
        body_words.iter().copied().max().unwrap_or(0) as f32,
        boiler as f32 / (boiler + sentences).max(1) as f32,
        similarity,
        sentences as f32,
        total_body as f32 / sentences.max(1) as f32,
        quotes as f32 / sentences.max(1) as f32,
        digits as f32 / sentences.max(1) as f32,
        kept / terms.max(1) as f32,
        distinct as f32 / terms.max(1) as f32,
        cut as f32,
        body_words.iter().filter(|&&w| (w as f32) < 0.8 * share).count() as f32,
    ];
    debug_assert_eq!(row.len(), cluster_names().len());
    row
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Cluster};

    /// The dense cosines equal the sparse merge's, bit for bit.
    #[test]
    fn lead_cosines_equal_the_sparse_merge() {
        let text = |s: &str| Article::from_text(s);
        let cluster = Cluster {
            id: "t".into(),
            articles: vec![
                text("The senate passed the budget bill on Tuesday. Critics said the cuts go too far. Schools lose money."),
                text("Senators passed a budget on Tuesday night, officials said. The bill cuts school funding by a third."),
                text("Weather: sunny. The budget bill passed the senate after a long debate over school funding cuts."),
            ],
            reference: None,
        };
        let p = Prepared::new(&cluster);
        let candidates: Vec<usize> = (0..p.sentences.len()).collect();
        let mut leads = vec![None; p.doc_sentences.len()];
        for (i, s) in p.sentences.iter().enumerate() {
            if s.position == 0 {
                leads[s.doc] = Some(i);
            }
        }
        assert!(leads.iter().all(Option::is_some));
        let cosines = lead_cosines(&p, &candidates, &leads);
        for (a, &i) in candidates.iter().enumerate() {
            for (d, lead) in leads.iter().enumerate() {
                let expected = lead.map_or(0.0, |l| p.rep.cosine(i, l));
                assert_eq!(cosines[a * leads.len() + d].to_bits(), expected.to_bits(), "{i} {d}");
            }
        }
        assert!(cosines.iter().any(|&c| c > 0.0 && c < 1.0));
    }
}

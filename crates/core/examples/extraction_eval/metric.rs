//! The metric of ../shared/data/article-extraction: shingles of 4 `\w+` tokens
//! (lower-cased, counted as a multiset), precision and recall per page.
use std::collections::HashMap;

pub struct Metric {
    re: regex::Regex,
}

pub type Shingles = HashMap<Vec<String>, usize>;

impl Metric {
    pub fn new() -> Self {
        Metric { re: regex::Regex::new(r"\w+").unwrap() }
    }

    pub fn shingles(&self, text: &str) -> Shingles {
        let toks: Vec<String> = self.re.find_iter(text).map(|m| m.as_str().to_lowercase()).collect();
        let mut out = HashMap::new();
        if toks.len() >= 4 {
            for w in toks.windows(4) {
                *out.entry(w.to_vec()).or_default() += 1;
            }
        } else if !toks.is_empty() {
            out.insert(toks, 1);
        }
        out
    }

    /// (precision, recall) of `predicted` against gold shingles `truth`. An empty
    /// gold (a page without an article) scores 1/1 only for an empty prediction.
    pub fn precision_recall(&self, predicted: &str, truth: &Shingles) -> (f64, f64) {
        let p = self.shingles(predicted);
        let shared: usize = p.iter().map(|(k, n)| (*n).min(*truth.get(k).unwrap_or(&0))).sum();
        let (pn, tn): (usize, usize) = (p.values().sum(), truth.values().sum());
        let precision = if pn == 0 { (tn == 0) as u8 as f64 } else { shared as f64 / pn as f64 };
        let recall = if tn == 0 { 1.0 } else { shared as f64 / tn as f64 };
        (precision, recall)
    }
}

pub fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// Mean precision and recall over pages, and the F1 of those means (the
/// benchmark's convention).
pub fn summary(pr: &[(f64, f64)]) -> (f64, f64, f64) {
    let n = pr.len().max(1) as f64;
    let p = pr.iter().map(|x| x.0).sum::<f64>() / n;
    let r = pr.iter().map(|x| x.1).sum::<f64>() / n;
    (p, r, f1(p, r))
}

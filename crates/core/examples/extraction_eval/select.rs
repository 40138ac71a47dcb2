//! Selector experiments on cached outputs: for a pair of extractors (a, b),
//! the per-page oracle, "b only when a fails", and a logistic selector over
//! `logistic::features`, trained leave-one-dataset-out (fitted on the other
//! sets, scored on the held-out one); and for triples (a, b, referee) the
//! parameter-free vote of `chorus_core::html::vote` (a when the referee agrees
//! with it strictly more than with b).
use crate::candidates::Output;
use crate::data::Page;
use crate::logistic::{features, Model, NAMES};
use crate::metric::{f1, summary, Metric, Shingles};
use chorus_core::html::vote::prefer_first;
use std::collections::HashMap;

pub struct SetData {
    pub pages: Vec<Page>,
    pub gold: Vec<Shingles>,
    pub outputs: HashMap<String, Vec<Output>>,
}

/// One page of a pair: both scores and the selector's features.
pub struct Row {
    a: (f64, f64),
    b: (f64, f64),
    x: Vec<f64>,
    /// Only one side produced text: the rule decides, not the model.
    forced: Option<bool>,
}

fn rows(metric: &Metric, s: &SetData, a: &str, b: &str) -> Vec<Row> {
    let (oa, ob) = (&s.outputs[a], &s.outputs[b]);
    (0..s.pages.len())
        .map(|i| {
            let (ta, tb) = (oa[i].text.trim(), ob[i].text.trim());
            let forced = match (ta.is_empty(), tb.is_empty()) {
                (true, false) => Some(true),
                (false, true) | (true, true) => Some(false),
                _ => None,
            };
            Row {
                a: metric.precision_recall(ta, &s.gold[i]),
                b: metric.precision_recall(tb, &s.gold[i]),
                x: features(ta, tb).to_vec(),
                forced,
            }
        })
        .collect()
}

fn pf1(pr: (f64, f64)) -> f64 {
    f1(pr.0, pr.1)
}

/// Set-balanced, cost-sensitive logistic regression: label "b better", each
/// page weighted by how much the choice matters, each set summing to 1.
pub fn train(sets: &[&[Row]]) -> Model {
    let mut xs: Vec<(&[f64], f64, f64)> = Vec::new();
    for rows in sets {
        let usable: Vec<&Row> = rows.iter().filter(|r| r.forced.is_none()).collect();
        let total: f64 = usable.iter().map(|r| (pf1(r.a) - pf1(r.b)).abs()).sum::<f64>().max(1e-9);
        for r in usable {
            let gap = pf1(r.b) - pf1(r.a);
            xs.push((&r.x, (gap > 0.0) as u8 as f64, gap.abs() / total));
        }
    }
    let k = NAMES.len();
    let wsum: f64 = xs.iter().map(|x| x.2).sum::<f64>().max(1e-12);
    let mut mean = vec![0.0; k];
    let mut scale = vec![0.0; k];
    for (x, _, w) in &xs {
        for j in 0..k {
            mean[j] += w * x[j] / wsum;
        }
    }
    for (x, _, w) in &xs {
        for j in 0..k {
            scale[j] += w * (x[j] - mean[j]).powi(2) / wsum;
        }
    }
    for s in &mut scale {
        *s = s.sqrt().max(1e-6);
    }
    let mut model = Model { mean, scale, weights: vec![0.0; k], bias: 0.0 };
    let (lr, l2) = (0.5, 1e-3);
    for _ in 0..3000 {
        let mut gw = vec![0.0; k];
        let mut gb = 0.0;
        for (x, y, w) in &xs {
            let err = (model.prob_b(x) - y) * w / wsum;
            for j in 0..k {
                gw[j] += err * (x[j] - model.mean[j]) / model.scale[j];
            }
            gb += err;
        }
        for j in 0..k {
            model.weights[j] -= lr * (gw[j] + l2 * model.weights[j]);
        }
        model.bias -= lr * gb;
    }
    model
}

/// Per-page (precision, recall) of the pair under a choice rule.
fn choose(rows: &[Row], pick_b: impl Fn(&Row) -> bool) -> Vec<(f64, f64)> {
    rows.iter().map(|r| if r.forced.unwrap_or_else(|| pick_b(r)) { r.b } else { r.a }).collect()
}

fn cell(pr: &[(f64, f64)]) -> (String, f64) {
    let (p, r, f) = summary(pr);
    (format!("{f:.3} (P {p:.3} R {r:.3})"), f)
}

fn line(label: &str, per_set: Vec<Vec<(f64, f64)>>) {
    let mut worst = f64::MAX;
    let cells: Vec<String> = per_set
        .iter()
        .map(|pr| {
            let (c, f) = cell(pr);
            worst = worst.min(f);
            c
        })
        .collect();
    println!("| {label} | {} | {worst:.3} |", cells.join(" | "));
}

/// a's text, or b's, by the referee's vote; a missing side loses.
fn voted<'a>(a: &'a str, b: &'a str, referee: &str) -> &'a str {
    match (a.trim().is_empty(), b.trim().is_empty()) {
        (false, true) => a,
        (true, _) => b,
        _ if prefer_first(a, b, referee) => a,
        _ => b,
    }
}

pub fn experiments(metric: &Metric, sets: &[SetData]) {
    let have = |n: &str| sets.iter().all(|s| s.outputs.contains_key(n));
    let triples: Vec<(&str, &str, &str)> = [
        ("trafilatura-0.3+fallback", "dom_smoothie-0.19", "rs-trafilatura-0.2"),
        ("trafilatura-0.3", "dom_smoothie-0.19", "rs-trafilatura-0.2"),
        ("trafilatura-0.6+fallback", "dom_smoothie-0.19", "rs-trafilatura-0.2"),
        ("trafilatura-0.3+fallback", "dom_smoothie-0.19", "trafilatura-0.6"),
        ("trafilatura-0.3+fallback", "rs-trafilatura-0.2", "dom_smoothie-0.19"),
    ]
    .into_iter()
    .filter(|(a, b, r)| have(a) && have(b) && have(r))
    .collect();
    if !triples.is_empty() {
        println!("\n### Vote: a or b, whichever the referee agrees with more (no fitted parameter)\n");
    }
    for (a, b, r) in triples {
        let per_set: Vec<Vec<(f64, f64)>> = sets
            .iter()
            .map(|s| {
                (0..s.pages.len())
                    .map(|i| {
                        let text = voted(&s.outputs[a][i].text, &s.outputs[b][i].text, &s.outputs[r][i].text);
                        metric.precision_recall(text, &s.gold[i])
                    })
                    .collect()
            })
            .collect();
        line(&format!("`{a}` or `{b}`, referee `{r}`"), per_set);
    }
    let pairs: Vec<(&str, &str)> = [
        ("trafilatura-0.3", "dom_smoothie-0.19"),
        ("trafilatura-0.6", "dom_smoothie-0.19"),
        ("trafilatura-0.6+fallback", "dom_smoothie-0.19"),
        ("trafilatura-0.3+fallback", "dom_smoothie-0.19"),
        ("rs-trafilatura-0.2", "dom_smoothie-0.19"),
        ("trafilatura-0.3", "rs-trafilatura-0.2"),
    ]
    .into_iter()
    .filter(|(a, b)| have(a) && have(b))
    .collect();
    for (a, b) in pairs {
        println!("\n### {a} (a) with {b} (b)\n");
        let all: Vec<Vec<Row>> = sets.iter().map(|s| rows(metric, s, a, b)).collect();
        line("a, b when a is empty", all.iter().map(|r| choose(r, |_| false)).collect());
        line("oracle (better per page)", all.iter().map(|r| choose(r, |r| pf1(r.b) > pf1(r.a))).collect());
        let lodo: Vec<Vec<(f64, f64)>> = (0..sets.len())
            .map(|h| {
                let train_sets: Vec<&[Row]> =
                    all.iter().enumerate().filter(|(i, _)| *i != h).map(|(_, r)| r.as_slice()).collect();
                let model = train(&train_sets);
                choose(&all[h], |r| model.prob_b(&r.x) > 0.5)
            })
            .collect();
        line("logistic, leave-one-dataset-out", lodo);
        let everything: Vec<&[Row]> = all.iter().map(|r| r.as_slice()).collect();
        let model = train(&everything);
        line(
            "logistic, fitted on all (in-sample)",
            all.iter().map(|r| choose(r, |r| model.prob_b(&r.x) > 0.5)).collect(),
        );
        println!("\nmodel fitted on all sets: {model:?}");
    }
}

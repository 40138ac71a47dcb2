//! Every score must equal rouge-score 0.1.2's bit for bit. The fixtures were
//! written by `scripts/rouge-fixtures.sh` from the real Python package; their
//! texts are rebuilt from ../shared (`support`).

mod support;

use chorus_rouge::{Score, Scorer};
use serde_json::Value;

fn expected(v: &Value) -> Score {
    Score {
        precision: v["precision"].as_f64().unwrap(),
        recall: v["recall"].as_f64().unwrap(),
        fmeasure: v["fmeasure"].as_f64().unwrap(),
    }
}

#[test]
fn identical_to_rouge_score() {
    let fixtures = support::pairs();
    let mut pairs = 0;
    let mut differences = Vec::new();
    for (mode, stem) in [("stem", true), ("nostem", false)] {
        let mut scorer = Scorer::new(stem);
        for (line_no, pair) in fixtures.iter().enumerate() {
            let got = scorer.score(&pair.reference, &pair.candidate);
            let want = &pair.row[mode];
            for (name, score) in
                [("rouge1", got.rouge1), ("rouge2", got.rouge2), ("rougeL", got.rouge_l), ("rougeLsum", got.rouge_lsum)]
            {
                let w = expected(&want[name]);
                for (field, g, e) in [
                    ("precision", score.precision, w.precision),
                    ("recall", score.recall, w.recall),
                    ("fmeasure", score.fmeasure, w.fmeasure),
                ] {
                    if g.to_bits() != e.to_bits() {
                        differences.push(format!("line {} {mode} {name}.{field}: {g:?} != {e:?}", line_no + 1));
                    }
                }
            }
            pairs += 1;
        }
    }
    assert!(pairs >= 2000, "only {pairs} scored pairs");
    assert!(
        differences.is_empty(),
        "{} differences, first: {:#?}",
        differences.len(),
        &differences[..differences.len().min(10)]
    );
}

/// The recipes' sentence split is rouge_fixtures.py's, including Python's
/// `str.strip()` (which also strips U+001C..U+001F); expected from Python.
#[test]
fn sentences_split_as_the_generator_does() {
    let got = support::sentences("One. Two.\nThree. \u{1c} . Four\u{a0}. Five.");
    assert_eq!(got, ["One.", "Two.", "Three.", "Four.", "Five.."]);
}

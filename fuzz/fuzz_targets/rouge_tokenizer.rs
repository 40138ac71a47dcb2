//! Any text pair through the ROUGE tokenizer and scorer: scores stay within [0, 1].
#![no_main]
use chorus_rouge::Scorer;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: (&str, &str)| {
    let (reference, candidate) = data;
    let mut scorer = Scorer::new(true);
    let _ = scorer.tokenize(reference);
    let s = scorer.score(reference, candidate);
    for x in [s.rouge1, s.rouge2, s.rouge_l, s.rouge_lsum] {
        assert!((0.0..=1.0).contains(&x.fmeasure) && (0.0..=1.0).contains(&x.precision) && (0.0..=1.0).contains(&x.recall));
    }
});

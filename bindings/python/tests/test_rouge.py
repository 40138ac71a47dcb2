"""ROUGE equals rouge-score 0.1.2 bit for bit, on the fixtures the Rust crate is tested on
(texts rebuilt from ../shared)."""

import pytest

import chorus_news
from conftest import rouge_pairs


def test_identical_to_rouge_score():
    rows = rouge_pairs()
    assert len(rows) >= 1000
    differences = []
    for n, row in enumerate(rows, 1):
        for mode, stemmer in (("stem", True), ("nostem", False)):
            got = chorus_news.rouge(row["candidate"], row["reference"], stemmer=stemmer)
            assert list(got) == ["rouge1", "rouge2", "rougeL", "rougeLsum"]
            for measure, want in row[mode].items():
                for field in ("precision", "recall", "fmeasure"):
                    # Floats compare exactly: the same f64 as rouge-score's.
                    if got[measure][field] != want[field]:
                        differences.append((n, mode, measure, field, got[measure][field], want[field]))
    assert not differences, differences[:10]


def test_rouge_arguments():
    same = chorus_news.rouge("the cat sat", "the cat sat")
    assert same["rouge1"] == {"precision": 1.0, "recall": 1.0, "fmeasure": 1.0}
    assert chorus_news.rouge("", "x")["rouge2"] == {"precision": 0.0, "recall": 0.0, "fmeasure": 0.0}
    with pytest.raises(chorus_news.ChorusError, match="candidate must be a string"):
        chorus_news.rouge(None, "x")

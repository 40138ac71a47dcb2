"""The Python API on the seed cluster: shapes, offsets, errors, parity with the CLI."""

import json
import random

import pytest

import chorus_news
from conftest import SEEDS, cli_jsonl, dev_clusters, run_cli, to_python_offsets


def squash(text):
    """Line breaks inside a hard-wrapped sentence print as one space."""
    return " ".join(text.split())


def test_summary_shape_and_defaults(seeds):
    result = chorus_news.summarize(seeds)
    assert list(result) == ["id", "method", "summary", "words", "sentences", "documents"]
    assert result["method"] == "learned" == chorus_news.DEFAULT_METHOD
    assert result["id"] == "cluster"
    assert 0 < result["words"] <= 300
    assert result["summary"] == "\n".join(s["text"] for s in result["sentences"])
    assert len(result["documents"]) == len(seeds)


def test_citations_are_python_str_indices(seeds):
    result = chorus_news.summarize(seeds, words=200)
    assert any(not d.isascii() for d in seeds), "the seeds hold curly quotes: bytes differ from code points"
    for sentence in result["sentences"]:
        first = sentence["citations"][0]
        cited = seeds[first["doc"]][first["start"] : first["end"]]
        assert squash(cited) == squash(sentence["text"])
        for c in sentence["citations"]:
            assert 0 <= c["start"] < c["end"] <= len(seeds[c["doc"]])


def test_offsets_count_code_points_not_bytes():
    lead = "Ünïcödé 🎉 — “quoted” — "
    body = (
        "The city council approved the new budget on Tuesday after a long debate about roads and bridges. "
        "The mayor said the plan adds money for schools and for repairing the old bridge downtown. "
        "Residents said they welcomed the repairs, which had been delayed for more than three years."
    )
    docs = [lead + body, "Breaking: " + body.replace("Tuesday", "Tuesday night")]
    result = chorus_news.summarize(docs, sentences=2)
    assert result["sentences"]
    for sentence in result["sentences"]:
        for c in sentence["citations"]:
            assert squash(docs[c["doc"]][c["start"] : c["end"]]) in squash(body.replace("Tuesday", "Tuesday night"))


def test_same_as_the_cli_on_the_seeds(seeds, chorus_bin, tmp_path):
    for flags, kwargs in [([], {}), (["--words", "120"], {"words": 120}), (["--method", "lead"], {"method": "lead"})]:
        [cli] = cli_jsonl(chorus_bin, "summarize", [{"id": "seeds", "documents": seeds}], tmp_path, *flags)
        assert chorus_news.summarize(seeds, id="seeds", **kwargs) == to_python_offsets(cli, seeds)


def test_multinews_joined_text_is_split_and_cited_in_place(chorus_bin, tmp_path):
    cluster = dev_clusters(3)[2]
    joined = " ||||| ".join(cluster["documents"]) + " |||||  "
    docs = ["   ", joined, {"text": cluster["documents"][0], "source": "AP"}]
    result = chorus_news.summarize(docs)
    assert len(result["documents"]) == 3 and result["documents"][2] == {"source": "AP"}
    for sentence in result["sentences"]:
        for c in sentence["citations"]:
            assert c["doc"] in (1, 2)
            text = docs[c["doc"]] if c["doc"] == 1 else docs[2]["text"]
            assert text[c["start"] : c["end"]].strip() == text[c["start"] : c["end"]]
        first = sentence["citations"][0]
        text = docs[first["doc"]] if first["doc"] == 1 else docs[2]["text"]
        assert squash(text[first["start"] : first["end"]]) == squash(sentence["text"])
    # The same sentences as the CLI, which reads the same documents from JSON.
    [cli] = cli_jsonl(chorus_bin, "summarize", [{"id": "cluster", "documents": docs}], tmp_path)
    assert [s["text"] for s in result["sentences"]] == [s["text"] for s in cli["sentences"]]


def test_dict_documents_and_html():
    body = "<p>The city council approved the new budget on Tuesday night after a long debate about roads.</p>"
    page = f"<html><head><title>Council passes budget</title></head><body><article>{body * 3}</article></body></html>"
    result = chorus_news.summarize(
        [{"html": page, "source": "City News"}, {"text": "The council approved the new budget on Tuesday.", "title": "T"}]
    )
    html_doc = result["documents"][0]
    assert html_doc["source"] == "City News" and "text" in html_doc
    for s in result["sentences"]:
        c = s["citations"][0]
        text = html_doc["text"] if c["doc"] == 0 else "The council approved the new budget on Tuesday."
        assert squash(text[c["start"] : c["end"]]) == squash(s["text"])


@pytest.mark.parametrize(
    "documents, kwargs, message",
    [
        ([], {}, "documents: empty input (no article text)"),
        (["  ", "\n"], {}, "documents: empty input (no article text)"),
        (["text"], {"words": 0}, "invalid budget: --words must be at least 1"),
        (["text"], {"sentences": -3}, "invalid budget: --sentences must be at least 1"),
        (["text"], {"words": 5, "sentences": 2}, "give words or sentences, not both"),
        (["text"], {"method": "nope"}, "unknown method 'nope' (choose one of: "),
        ("one string", {}, "documents must be a list of strings or objects, not one string"),
        (42, {}, "documents must be a list of strings or objects, not int"),
        ([b"bytes"], {}, "documents[0] must be a string or an object with `text` or `html`, not bytes"),
        ([{"title": "no text"}], {}, "documents[0] has neither `text` nor `html`"),
        ([{"text": 5}], {}, "documents[0].text must be a string, not int"),
        (["\ud800 lone surrogate"], {}, "documents[0]: invalid text"),
        ([{"html": "<html></html>"}], {}, "documents[0]: cannot extract an article from this HTML"),
    ],
)
def test_errors_are_chorus_errors_with_the_cli_messages(documents, kwargs, message):
    with pytest.raises(chorus_news.ChorusError) as caught:
        chorus_news.summarize(documents, **kwargs)
    assert isinstance(caught.value, ValueError)
    assert str(caught.value).startswith(message), str(caught.value)


def test_an_unknown_method_names_the_cli_choices(seeds, chorus_bin):
    done = run_cli(chorus_bin, "summarize", str(SEEDS), "--method", "nope")
    assert done.returncode != 0
    with pytest.raises(chorus_news.ChorusError) as caught:
        chorus_news.summarize(seeds, method="nope")
    for method in ("learned", "coverage", "lead", "centroid", "lexrank", "mmr"):
        assert method in str(caught.value) and method in done.stderr


def test_a_panic_becomes_a_chorus_error():
    with pytest.raises(chorus_news.ChorusError, match=r"^_panic_check: internal error \(a bug"):
        chorus_news._native._panic_check()


def test_no_input_raises_anything_but_chorus_error():
    """Odd text of every kind: a summary or a ChorusError, never a panic."""
    rng = random.Random(26)
    alphabet = ["a", "B", " ", "\n", ".", "!", "?", "“", "”", '"', "'", "|||||", "é", "🎉", "\u200b", "\r", "\t", "0", "—", "<", ">", "Mr.", "U.S."]
    for _ in range(300):
        docs = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 200))) for _ in range(rng.randrange(0, 4))]
        try:
            result = chorus_news.summarize(docs, method=rng.choice(["learned", "coverage", "lexrank"]))
        except chorus_news.ChorusError:
            continue
        for s in result["sentences"]:
            for c in s["citations"]:
                assert 0 <= c["start"] <= c["end"] <= len(docs[c["doc"]])


def test_brief(seeds, chorus_bin, tmp_path):
    result = chorus_news.brief(seeds, id="seeds")
    for key in ("id", "summary", "sentences", "documents", "quotes", "entities", "timeline", "facts"):
        assert key in result
    assert result["quotes"], "the seed cluster is full of quotes"
    cited = lambda c: seeds[c["doc"]][c["start"] : c["end"]]  # noqa: E731
    for quote in result["quotes"]:
        assert cited(quote["citations"][0]) == quote["text"], "a quote is its source's exact text"
        assert all(cited(c) and cited(c)[0] not in "“\"" for c in quote["citations"])
    for fact in result["facts"]:
        assert squash(cited(fact["citations"][0])) == squash(fact["text"])
    [cli] = cli_jsonl(chorus_bin, "brief", [{"id": "seeds", "documents": seeds}], tmp_path)
    assert result == to_python_offsets(cli, seeds)


def test_summarize_many_equals_summarize_and_records_errors():
    clusters = dev_clusters(20)
    batch = [{"id": c["id"], "documents": c["documents"]} for c in clusters]
    batch.insert(5, {"id": "empty", "documents": []})
    batch.append(clusters[0]["documents"])  # a bare list of documents: id is its index
    many = chorus_news.summarize_many(batch, errors="record", threads=2)
    assert len(many) == len(batch)
    assert many[5] == {"index": 5, "id": "empty", "error": "clusters[5].documents: empty input (no article text)"}
    for item, result in zip(batch, many):
        if isinstance(item, dict) and item["documents"]:
            assert result == chorus_news.summarize(item["documents"], id=item["id"])
    assert many[-1]["id"] == str(len(batch) - 1)
    assert chorus_news.summarize_many(batch[:3], threads=1) == many[:3]
    with pytest.raises(chorus_news.ChorusError, match=r"^clusters\[5\]\.documents: empty input"):
        chorus_news.summarize_many(batch)
    assert chorus_news.summarize_many([]) == []
    briefs = chorus_news.summarize_many(batch[:2], kind="brief")
    assert "quotes" in briefs[0] and briefs[1] == chorus_news.brief(batch[1]["documents"], id=batch[1]["id"])


def test_summarize_many_matches_the_cli_jsonl(chorus_bin, tmp_path):
    clusters = dev_clusters(60)
    cli = cli_jsonl(chorus_bin, "summarize", clusters, tmp_path)
    many = chorus_news.summarize_many([{"id": c["id"], "documents": c["documents"]} for c in clusters])
    assert len(cli) == len(many) == 60
    for c, want, got in zip(clusters, cli, many):
        assert got == to_python_offsets(want, c["documents"]), c["id"]

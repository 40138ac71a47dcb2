"""cluster and digest: the CLI's stories, from Python."""

import json

import pytest

import chorus_news
from conftest import cli_jsonl, dev_clusters, run_cli


def pile(n_clusters):
    """The articles of the first dev clusters, one {"id", "text"} each."""
    return [
        {"id": f"{c['id']}#{k}", "text": text}
        for c in dev_clusters(n_clusters)
        for k, text in enumerate(c["documents"])
        if text.strip()
    ]


def test_cluster_equals_the_cli(chorus_bin, tmp_path):
    articles = pile(40)
    got = chorus_news.cluster(articles)
    assert [a["id"] for a in got] == [a["id"] for a in articles]
    assert cli_jsonl(chorus_bin, "cluster", articles, tmp_path) == got
    assert any(a["story"] is not None for a in got)


def test_digest_equals_the_cli(chorus_bin, tmp_path):
    articles = pile(40)
    got = chorus_news.digest(articles, words=100)
    cli = cli_jsonl(chorus_bin, "digest", articles, tmp_path, "--words", "100")
    assert [d["story"] for d in got] == [d["story"] for d in cli]
    assert [d.get("summary") for d in got] == [d.get("summary") for d in cli]
    assert [[x["id"] for x in d["documents"]] for d in got] == [[x["id"] for x in d["documents"]] for d in cli]
    # Every article in exactly one record, one-article stories included.
    assert sorted(x["id"] for d in got for x in d["documents"]) == sorted(a["id"] for a in articles)
    assert any(d["articles"] == 1 for d in got)
    by_id = {a["id"]: a["text"] for a in articles}
    for story in got:
        for s in story.get("sentences", []):
            c = s["citations"][0]
            text = by_id[story["documents"][c["doc"]]["id"]]
            assert " ".join(text[c["start"] : c["end"]].split()) == " ".join(s["text"].split())


def test_bare_strings_and_errors():
    assert chorus_news.cluster(["a text about nothing much at all", "another one"])[1]["id"] == "1"
    with pytest.raises(chorus_news.ChorusError, match=r"^articles\[1\]: empty input"):
        chorus_news.cluster([{"id": "a", "text": "x"}, {"id": "b", "text": " "}])
    with pytest.raises(chorus_news.ChorusError, match="not one str"):
        chorus_news.digest("text")

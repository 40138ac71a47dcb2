"""chorus_news.spark in a local[2] Spark session: the same summaries as
`chorus summarize --jsonl` on the same Multi-News dev clusters."""

import json
import os
import sys

import pytest

import chorus_news
from conftest import cli_jsonl, dev_clusters, missing, to_python_offsets

N_CLUSTERS = 120


@pytest.fixture(scope="module")
def spark(java_ok):
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        missing("pyspark is not installed (pip install chorus-news[spark])")
    # Workers must run this interpreter, the one chorus_news is installed in.
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2]")
        .appName("chorus-news-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_summaries_equal_the_cli(spark, chorus_bin, tmp_path):
    from chorus_news import spark as chorus_spark

    clusters = dev_clusters(N_CLUSTERS)
    cli = cli_jsonl(chorus_bin, "summarize", clusters, tmp_path)
    path = tmp_path / "clusters.jsonl"  # written by cli_jsonl: the very same lines
    df = spark.read.json(str(path)).select("id", "documents").repartition(4)
    rows = chorus_spark.summarize(df).collect()
    assert len(rows) == N_CLUSTERS
    got = {row["id"]: row for row in rows}
    for cluster, want in zip(clusters, cli):
        row = got[cluster["id"]]
        assert row["error"] is None, row["error"]
        result = json.loads(row["result"])
        assert result == to_python_offsets(want, cluster["documents"]), cluster["id"]
        assert row["summary"] == result["summary"] and row["words"] == result["words"]


def test_spark_brief_options_and_errors(spark):
    from chorus_news import spark as chorus_spark

    clusters = dev_clusters(6)
    data = [(c["id"], c["documents"]) for c in clusters] + [("empty", [])]
    df = spark.createDataFrame(data, "id string, documents array<string>")
    rows = {r["id"]: r for r in chorus_spark.brief(df, words=80).collect()}
    # The error names the cluster by its place in the task's batch.
    assert rows["empty"]["error"].endswith(".documents: empty input (no article text)")
    assert rows["empty"]["result"] is None and rows["empty"]["summary"] is None
    for c in clusters:
        result = json.loads(rows[c["id"]]["result"])
        assert result == chorus_news.brief(c["documents"], id=c["id"], words=80)
    with pytest.raises(chorus_news.ChorusError, match="unknown method"):
        chorus_spark.summarize(df, method="nope")


def test_summarize_batch_on_a_pandas_frame():
    """The per-batch function Spark tasks run (and Ray Data's map_batches can)."""
    pd = pytest.importorskip("pandas") if os.environ.get("CHORUS_REQUIRE_ALL") != "1" else __import__("pandas")
    from chorus_news.spark import summarize_batch

    clusters = dev_clusters(8)
    pdf = pd.DataFrame({"id": [c["id"] for c in clusters], "documents": [c["documents"] for c in clusters]})
    pdf.loc[len(pdf)] = ["joined", " ||||| ".join(clusters[0]["documents"])]
    out = summarize_batch(pdf, threads=1, words=120)
    assert list(out.columns) == ["id", "summary", "words", "result", "error"]
    assert out["id"].tolist() == pdf["id"].tolist()
    for c, (_, row) in zip(clusters, out.iterrows()):
        assert json.loads(row["result"]) == chorus_news.summarize(c["documents"], id=c["id"], words=120)
    # One string in the documents column is one (here Multi-News joined) document.
    assert out["error"].isna().all() and out["summary"].iloc[-1] == out["summary"].iloc[0]

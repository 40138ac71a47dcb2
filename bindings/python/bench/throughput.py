"""Throughput of chorus_news against the CLI on the same dev clusters.

    python bindings/python/bench/throughput.py [N_CLUSTERS] [--spark]

Prints, best of 3 runs each: `chorus summarize --jsonl` (wall, process
included), `summarize_many` (all cores), and with --spark the mapInPandas job
in local[2] (session already started; its start-up time printed apart).
Also the seed-cluster time of `summarize(docs, words=250)`, to set against
`cargo bench -p chorus-core --bench summarize -- learned` (same options).
Run from the repository root with ../shared beside it and target/release/chorus built.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import chorus_news

REPO = Path(__file__).resolve().parents[3]
DEV = REPO.parent / "shared" / "data" / "multinews" / "dev.jsonl"
SEEDS = REPO.parent / "shared" / "seeds"
CHORUS = os.environ.get("CHORUS_BIN", str(REPO / "target" / "release" / "chorus"))


def best(f, runs=3):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main():
    n = int(next((a for a in sys.argv[1:] if a.isdigit()), 1000))
    lines = DEV.read_text(encoding="utf-8").splitlines()[:n]
    clusters = [json.loads(line) for line in lines]
    batch = [{"id": c["id"], "documents": c["documents"]} for c in clusters]
    path = Path(tempfile.mkdtemp()) / "dev.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    docs = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    chorus_news.summarize(docs, words=250)
    per_call = []
    for _ in range(5):
        k = 50
        t = time.perf_counter()
        for _ in range(k):
            chorus_news.summarize(docs, words=250)
        per_call.append((time.perf_counter() - t) / k)
    print(f"seed cluster, summarize(docs, words=250): median {statistics.median(per_call) * 1e3:.3f} ms, "
          f"best {min(per_call) * 1e3:.3f} ms per call")

    cli = best(lambda: subprocess.run([CHORUS, "summarize", "--jsonl", str(path)], check=True, stdout=subprocess.DEVNULL))
    print(f"chorus summarize --jsonl ({n} clusters): {cli:.2f} s, {n / cli:.0f} clusters/s")
    many = best(lambda: chorus_news.summarize_many(batch))
    print(f"summarize_many ({n} clusters, all cores): {many:.2f} s, {n / many:.0f} clusters/s")

    if "--spark" in sys.argv:
        from pyspark.sql import SparkSession

        from chorus_news import spark as chorus_spark

        os.environ["PYSPARK_PYTHON"] = sys.executable
        t = time.perf_counter()
        session = (
            SparkSession.builder.master("local[2]").config("spark.ui.enabled", "false").getOrCreate()
        )
        session.sparkContext.setLogLevel("ERROR")
        df = session.read.json(str(path)).select("id", "documents").repartition(2).cache()
        df.count()
        print(f"spark session start and input cached: {time.perf_counter() - t:.1f} s")
        job = best(lambda: chorus_spark.summarize(df).select("summary").collect())
        print(f"spark local[2] mapInPandas ({n} clusters): {job:.2f} s, {n / job:.0f} clusters/s")
        session.stop()


if __name__ == "__main__":
    main()

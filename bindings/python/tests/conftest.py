"""Shared fixtures: the repository's seed cluster, Multi-News dev clusters and
the `chorus` binary, to compare the Python API with the CLI.

Data comes from ../shared beside the repository, as for `cargo test`. Where a
test needs something this machine lacks (the CLI binary, pyspark, Java) it is
skipped, unless CHORUS_REQUIRE_ALL=1 (set by .ci/run): then it fails, so CI
cannot pass by skipping.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
DEV = SHARED / "data" / "multinews" / "dev.jsonl"
ROUGE_FIXTURES = REPO / "crates" / "rouge" / "tests" / "fixtures" / "rouge_score_0.1.2.jsonl"


def require_all() -> bool:
    return os.environ.get("CHORUS_REQUIRE_ALL") == "1"


def missing(reason: str):
    """Skip for a missing tool, or fail when CI requires everything."""
    if require_all():
        pytest.fail(f"{reason} (CHORUS_REQUIRE_ALL=1)")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seeds():
    if not SEEDS.is_dir():
        missing(f"{SEEDS} not found: put ../shared beside the repository")
    return [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]


def dev_clusters(n: int):
    if not DEV.is_file():
        missing(f"{DEV} not found: put ../shared beside the repository")
    out = []
    with DEV.open(encoding="utf-8") as f:
        for line in f:
            out.append(json.loads(line))
            if len(out) == n:
                break
    return out


def rouge_pairs():
    """The ROUGE parity fixture's rows, each with its `reference` and `candidate`
    texts rebuilt from ../shared by the recipes of scripts/rouge_fixtures.py
    (the generator; the Rust tests rebuild them the same way). No ../shared
    fails: the parity evidence must not pass by skipping."""
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import rouge_fixtures
    finally:
        sys.path.pop(0)
    try:
        src = rouge_fixtures.Sources(SHARED)
    except FileNotFoundError as e:
        pytest.fail(str(e))
    rows = []
    with ROUGE_FIXTURES.open(encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            row["reference"] = rouge_fixtures.text(row["reference"], src)
            row["candidate"] = rouge_fixtures.text(row["candidate"], src)
            rows.append(row)
    return rows


@pytest.fixture(scope="session")
def chorus_bin():
    """The CLI: $CHORUS_BIN, else target/release or target/debug of this repository."""
    env = os.environ.get("CHORUS_BIN")
    if env:
        if not Path(env).is_file():
            pytest.fail(f"CHORUS_BIN={env} does not exist")
        return env
    for profile in ("release", "debug"):
        path = REPO / "target" / profile / "chorus"
        if path.is_file():
            return str(path)
    missing("no chorus binary: cargo build -p chorus-cli, or set CHORUS_BIN")


def run_cli(chorus_bin, *args, stdin=None):
    done = subprocess.run([chorus_bin, *args], input=stdin, capture_output=True, text=True, timeout=600)
    return done


def cli_jsonl(chorus_bin, command, clusters, tmp_path, *flags):
    """`chorus <command> --jsonl` over `clusters`: one parsed JSON object per line."""
    path = tmp_path / "clusters.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in clusters), encoding="utf-8")
    done = run_cli(chorus_bin, command, "--jsonl", str(path), *flags)
    assert done.returncode in (0, 1), done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def to_python_offsets(result, documents):
    """The CLI's JSON (byte offsets into its articles) in the Python API's
    terms: article k is the k-th non-blank document (no `|||||` in these
    inputs), offsets are code points; `documents` gets one entry per document."""
    kept = [i for i, d in enumerate(documents) if d.strip()]
    infos = result["documents"]

    def walk(value):
        if isinstance(value, list):
            for v in value:
                walk(v)
        elif isinstance(value, dict):
            if isinstance(value.get("doc"), int):
                k = value["doc"]
                value["doc"] = kept[k]
                raw = documents[kept[k]].encode("utf-8")
                for key in ("start", "end"):
                    if isinstance(value.get(key), int):
                        value[key] = len(raw[: value[key]].decode("utf-8"))
            for v in value.values():
                walk(v)

    for key, value in result.items():
        if key != "documents":
            walk(value)
    result["documents"] = [infos[kept.index(i)] if i in kept else {} for i in range(len(documents))]
    return result


@pytest.fixture(scope="session")
def java_ok():
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        missing("no Java runtime (apt-get install openjdk-17-jre-headless)")
    return True

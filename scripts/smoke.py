#!/usr/bin/env python3
"""Real-data smoke: every shared page and article through the release binary, one batch each.

Every extraction page (article-extraction and the four extraction-more sets), every
multinews-full cluster, the seed cluster and a slice of dev.jsonl go through
`chorus summarize --jsonl` and `chorus brief --jsonl` as single batches. Fails on a panic
(exit 101), on any input line without its output line, or on a line whose error is an
internal error (a panic that isolation caught: still a bug to fix). Usage:
    python3 scripts/smoke.py [target/release/chorus] [../shared]
"""
import glob
import gzip
import json
import os
import subprocess
import sys

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/chorus"
shared = sys.argv[2] if len(sys.argv) > 2 else "../shared"
DEV_SLICE = 500


def pages():
    for path in sorted(glob.glob(f"{shared}/data/article-extraction/html/*.html.gz")) + sorted(
        glob.glob(f"{shared}/data/extraction-more/*/pages/*.html.gz")
    ):
        html = gzip.open(path).read().decode("utf-8", "replace")
        yield {"id": os.path.relpath(path, shared), "documents": [{"html": html}]}


def clusters():
    with open(f"{shared}/data/multinews-full/validation-250.jsonl", encoding="utf-8") as f:
        for line in f:
            row = json.loads(line)
            yield {"id": row["id"], "documents": row["documents"]}
    seeds = sorted(glob.glob(f"{shared}/seeds/*.txt"))
    yield {"id": "seeds", "documents": [open(p, encoding="utf-8").read() for p in seeds]}
    with open(f"{shared}/data/multinews/dev.jsonl", encoding="utf-8") as f:
        for k, line in enumerate(f):
            if k == DEV_SLICE:
                break
            row = json.loads(line)
            yield {"id": row["id"], "documents": row["documents"]}


def batch(command, rows, what):
    lines = [json.dumps(r) for r in rows]
    run = subprocess.run(
        [binary, command, "--jsonl", "-", "--format", "json"],
        input=("\n".join(lines) + "\n").encode(),
        capture_output=True,
        timeout=1200,
    )
    out = [json.loads(l) for l in run.stdout.splitlines() if l.strip()]
    errors = [o for o in out if "error" in o]
    internal = [o for o in errors if "internal error" in o["error"]]
    problems = []
    if run.returncode == 101:
        problems.append("PANIC (exit 101)")
    if len(out) != len(lines):
        problems.append(f"{len(lines) - len(out)} lines without output")
    if internal:
        problems.append(f"{len(internal)} internal errors, first: {internal[0]['error'][:300]}")
    print(
        f"{command:9} {what}: {len(lines)} in, {len(out)} out, {len(errors)} error records "
        f"({len(internal)} internal), exit {run.returncode}" + (f"  <-- {'; '.join(problems)}" if problems else "")
    )
    for e in errors[:5]:
        print(f"          e.g. {e.get('id')}: {e['error'][:160]}")
    return not problems


page_rows = list(pages())
cluster_rows = list(clusters())
ok = True
for command in ["summarize", "brief"]:
    ok &= batch(command, page_rows, f"{len(page_rows)} shared pages")
    ok &= batch(command, cluster_rows, f"{len(cluster_rows)} clusters (multinews-full, seeds, {DEV_SLICE} dev)")
print("smoke: ok" if ok else "smoke: FAILED")
sys.exit(0 if ok else 1)

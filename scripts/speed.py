"""How fast Chorus is where a user feels it, each comparison timed in one run
with the runs alternated (the machine may be busy; ratios are what to read).

1. One shot: `chorus summarize ../shared/seeds` against `chorus --version`
   (process start), medians of alternated runs; peak memory (max RSS of the
   summarize process) and the binary's size.
2. Against sumy's LexRank: the seed cluster repeated as JSON lines through
   `chorus summarize --jsonl` (the whole process, one thread) against sumy in
   process (imports excluded), and the same on Multi-News dev clusters (their
   articles are truncated by the dataset). Both get the same 260-word budget.

Usage: scripts/speed.sh [RUNS]  (writes nothing; prints a report)
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import compare_peers  # noqa: E402  (sumy setup, shared with compare-peers.sh)

BUDGET = 260


def run_timed(cmd, env=None):
    """Wall seconds and CPU seconds (user + system) of one process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{cmd} failed with {os.waitstatus_to_exitcode(status)}")
    return elapsed, usage.ru_utime + usage.ru_stime


def max_rss_kib(cmd):
    """Peak resident memory of `cmd` by /usr/bin/time (a forked Python child
    would report Python's own pages)."""
    out = subprocess.run(["/usr/bin/time", "-f", "%M"] + cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return max(int(out.stderr.strip().splitlines()[-1]), 0) if os.path.exists("/usr/bin/time") else 0


def one_shot(chorus, seeds, runs):
    cmds = {
        "version": [chorus, "--version"],
        "summarize": [chorus, "summarize", seeds],
        "summarize --method lead": [chorus, "summarize", seeds, "--method", "lead"],
    }
    times = {k: [] for k in cmds}
    cpu = {k: [] for k in cmds}
    for k, c in cmds.items():  # warm the page cache
        run_timed(c)
    for _ in range(runs):
        for k, c in cmds.items():
            t, u = run_timed(c)
            times[k].append(t)
            cpu[k].append(u)
    rss = {k: max(max_rss_kib(c) for _ in range(3)) for k, c in cmds.items()}
    base, base_cpu = statistics.median(times["version"]), statistics.median(cpu["version"])
    print(f"## One shot: medians of {runs} alternated runs")
    print("| command | wall ms | vs --version | CPU ms | vs --version | max RSS MiB |")
    print("|---|---|---|---|---|---|")
    for k in cmds:
        med, med_cpu = statistics.median(times[k]), statistics.median(cpu[k])
        print(f"| chorus {k} | {1000 * med:.2f} | {med / base:.2f}x | {1000 * med_cpu:.2f} | "
              f"{med_cpu / max(base_cpu, 1e-9):.2f}x | {rss[k] / 1024:.1f} |")
    print(f"\nbinary: {os.path.getsize(chorus) / 1e6:.2f} MB ({chorus})\n")


def against_sumy(chorus, name, clusters, rounds, sumy_per_round):
    lexrank = compare_peers.sumy_systems()["sumy LexRank"]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for c in clusters:
            f.write(json.dumps({"id": c.get("id", ""), "documents": c["documents"]}) + "\n")
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    cmd = [chorus, "summarize", "--jsonl", f.name, "--words", str(BUDGET), "--format", "json"]
    run_timed(cmd, env)
    chorus_ms, sumy_ms = [], []
    for r in range(rounds):
        t, _ = run_timed(cmd, env)
        chorus_ms.append(1000 * t / len(clusters))
        subset = [clusters[(r * sumy_per_round + i) % len(clusters)] for i in range(sumy_per_round)]
        start = time.perf_counter()
        for c in subset:
            lexrank(c["documents"])
        sumy_ms.append(1000 * (time.perf_counter() - start) / len(subset))
    os.unlink(f.name)
    c, s = statistics.median(chorus_ms), statistics.median(sumy_ms)
    print(f"| {name} | {len(clusters)} | {c:.3f} | {s:.2f} | {s / c:.0f}x |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chorus", required=True)
    ap.add_argument("--shared", required=True)
    ap.add_argument("--runs", type=int, default=21)
    ap.add_argument("--skip-sumy", action="store_true")
    args = ap.parse_args()
    seeds = str(Path(args.shared, "seeds"))
    one_shot(args.chorus, seeds, args.runs)
    if args.skip_sumy:
        return
    compare_peers.export_punkt(Path(os.environ["NLTK_DATA"]))
    seed_docs = [p.read_text(encoding="utf-8") for p in sorted(Path(seeds).glob("*.txt"))]
    dev = Path(args.shared, "data/multinews/dev.jsonl").read_text(encoding="utf-8").splitlines()[:600]
    print("## Against sumy LexRank (chorus: whole process, one thread; sumy: in process), medians of rounds")
    print("| clusters | n | chorus ms/cluster | sumy ms/cluster | sumy / chorus |")
    print("|---|---|---|---|---|")
    against_sumy(args.chorus, "seed cluster repeated", [{"id": f"seeds-{i}", "documents": seed_docs} for i in range(200)],
                 rounds=5, sumy_per_round=4)
    against_sumy(args.chorus, "Multi-News dev (first 600)", [json.loads(l) for l in dev], rounds=3, sumy_per_round=200)


if __name__ == "__main__":
    main()

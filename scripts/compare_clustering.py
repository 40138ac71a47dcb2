"""Story clustering against a plain peer: TF-IDF + average-link clustering (scikit-learn + SciPy).

Issue #24 measured, on a held-out stream, that a plain TF-IDF average-link clustering reaches B³ F1 0.91
*at its best threshold*, and asked that Chorus beat it without knowing the threshold in advance. This
script puts the two side by side on a pile of our own, in one run:

- the peer: every article's TF-IDF vector (English stop words, raw or sublinear tf), cosine
  similarity, average-link agglomeration, cut at every threshold from 0.02 to 0.49; its best cut is
  reported (an oracle choice Chorus does not get);
- Chorus: `chorus eval-stories --jsonl FILE [--half H]` at its shipped settings.

Both are scored the same way as `eval-stories`: B³ over the articles whose text occurs in one true
cluster only (texts found in two are left out of the score but stay in the pile).

    python3 scripts/compare_clustering.py FILE [--half 0|1] [--chorus target/release/chorus]

Needs numpy, scipy and scikit-learn (`pip install scikit-learn`). The whole dev pile (15,367 articles)
needs about 4 GB of memory for the peer's similarity matrix.
"""

import argparse
import json
import subprocess
from collections import Counter, defaultdict

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer


def read_pile(path, half):
    texts, truth = [], []
    with open(path) as f:
        for i, line in enumerate(f):
            if half is not None and i % 2 != half:
                continue
            cluster = json.loads(line)
            for d in cluster["documents"]:
                texts.append(d if isinstance(d, str) else d.get("text", ""))
                truth.append(i)
    return texts, truth


def scored_indices(texts, truth):
    clusters_of = defaultdict(set)
    for t, c in zip(texts, truth):
        clusters_of[t.strip()].add(c)
    return [j for j, t in enumerate(texts) if len(clusters_of[t.strip()]) == 1]


def b_cubed(truth, predicted, scored):
    t = [truth[j] for j in scored]
    p = [predicted[j] for j in scored]
    pair, t_size, p_size = Counter(zip(t, p)), Counter(t), Counter(p)
    precision = sum(pair[(a, b)] / p_size[b] for a, b in zip(t, p)) / len(t)
    recall = sum(pair[(a, b)] / t_size[a] for a, b in zip(t, p)) / len(t)
    return precision, recall, 2 * precision * recall / (precision + recall)


def peer(texts, truth, scored, sublinear):
    x = TfidfVectorizer(stop_words="english", sublinear_tf=sublinear).fit_transform(texts)
    similarity = (x @ x.T).toarray()
    np.clip(similarity, 0, 1, out=similarity)
    distance = 1 - similarity
    del similarity
    np.fill_diagonal(distance, 0)
    tree = linkage(squareform(distance, checks=False), "average")
    best = None
    for threshold in np.arange(0.02, 0.5, 0.01):
        score = b_cubed(truth, fcluster(tree, 1 - threshold, "distance"), scored)
        if best is None or score[2] > best[1][2]:
            best = (threshold, score)
    return best


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("file")
    ap.add_argument("--half", type=int, choices=[0, 1])
    ap.add_argument("--chorus", default="target/release/chorus")
    args = ap.parse_args()
    texts, truth = read_pile(args.file, args.half)
    scored = scored_indices(texts, truth)
    print(f"{args.file} half={args.half}: {len(texts)} articles, {len(scored)} scored")
    for sublinear in (False, True):
        threshold, (p, r, f) = peer(texts, truth, scored, sublinear)
        tf = "sublinear tf" if sublinear else "raw tf"
        print(f"  peer TF-IDF ({tf}) average link, best threshold {threshold:.2f} (in-sample): "
              f"P {p:.3f} R {r:.3f} F1 {f:.4f}")
    cmd = [args.chorus, "eval-stories", "--jsonl", args.file]
    if args.half is not None:
        cmd += ["--half", str(args.half)]
    report = json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
    b = report["b_cubed"]
    print(f"  chorus eval-stories (shipped settings, threshold {report['threshold']:.3f}): "
          f"P {b['precision']:.3f} R {b['recall']:.3f} F1 {b['f1']:.4f}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Speaker ranking over candidate mentions (issue #22's "learned ranking"), measured against the rules.

Input: the JSON lines of `cargo run --release -p chorus-brief --example speaker_candidates`.
Each candidate (a person or organisation mentioned near a quote) gets features — distance before and
after the quote in bytes, sentences and line breaks, person or organisation, mentions in the article,
the article's main person, a speech verb next to the mention, a preposition before it, a possessive,
opening its sentence, rank by distance, the previous quote's speaker, the rules' answer — and a
gradient-boosted classifier (scikit-learn) scores it. Policies:
  fill     — keep the rules' answer; where they name no one, take the best candidate above t;
  override — take the best candidate above t over the rules' answer;
  alone    — the model without the rules' answer as a feature; the rules' named answer is kept
             only where no candidate reaches t.
Trained on the studied parts, reported leave-one-part-out on them and, once, on the blind parts.

usage: speaker_ranking.py CANDIDATES.jsonl {fill|override|alone} [blind]
(needs numpy and scikit-learn; not part of the test suite)
"""
import json
import math
import re
import sys

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

STUDIED = ["tune", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6"]
BLIND = ["heldout", "fresh", "fresh7"]
GENERIC = {"the", "of", "mr", "mrs", "ms", "dr", "us", "u", "department", "sen", "rep", "gov"}
FEATURES = ["rule", "prev", "d_before", "d_after", "s_before", "s_after", "nl_before", "nl_after", "inside",
            "person", "count", "main", "verb_before_m", "verb_after_m", "verb_any", "gov_before", "gov_after",
            "poss_before", "init_before", "init_after", "n_here"]


def tokens(s):
    return [w for w in re.split(r"[^0-9a-zA-Z\u00c0-\uffff]+", s.lower()) if w and w != "s"]


def same_speaker(got, want):
    """The rule of crates/brief/tests/quotes_more.rs."""
    g, w = tokens(got), tokens(want)
    lg = next((x for x in reversed(g) if x not in GENERIC), None)
    lw = next((x for x in reversed(w) if x not in GENERIC), None)
    if lg is None and lw is None:
        return True
    if lg is None or lw is None:
        return False
    return lw in g or lg in w


def row_features(quote, cand, rank_before, rank_after, with_rule):
    x = [float(cand[f]) for f in FEATURES]
    for k in (2, 3, 10):
        x[k] = math.log1p(x[k])
    x += [float(quote["pronoun_credit"]), float(quote["verb_in_sentence"]), math.log1p(quote["qwords"]),
          float(len(quote["cands"])), rank_before, rank_after, float(bool(quote["rule"]))]
    if not with_rule:
        x[0] = 0.0
        x[-1] = 0.0
    return x


def matrix(quotes, parts, with_rule):
    xs, ys, index = [], [], []
    for i, q in enumerate(quotes):
        if q["part"] not in parts:
            continue
        cands = q["cands"]
        by_before = {j: k for k, j in enumerate(sorted(range(len(cands)), key=lambda j: cands[j]["d_before"]))}
        by_after = {j: k for k, j in enumerate(sorted(range(len(cands)), key=lambda j: cands[j]["d_after"]))}
        for j, c in enumerate(cands):
            xs.append(row_features(q, c, min(by_before[j], 5), min(by_after[j], 5), with_rule))
            ys.append(int(c["label"]))
            index.append((i, j))
    return np.array(xs), np.array(ys), index


def evaluate(quotes, train, test, policy, t):
    with_rule = policy != "alone"
    x, y, _ = matrix(quotes, train, with_rule)
    model = HistGradientBoostingClassifier(max_depth=3, max_iter=150, learning_rate=0.05, min_samples_leaf=20,
                                           random_state=0).fit(x, y)
    x, _, index = matrix(quotes, test, with_rule)
    best = {}
    for (i, j), p in zip(index, model.predict_proba(x)[:, 1] if len(x) else []):
        if i not in best or p > best[i][1]:
            best[i] = (j, p)
    out = {}
    for part in test:
        n = right = base = wrong = base_wrong = 0
        for i, q in enumerate(quotes):
            if q["part"] != part:
                continue
            pick = best.get(i)
            chosen = q["cands"][pick[0]]["name"] if pick and pick[1] > t else None
            if policy == "fill":
                answer = q["rule"] or chosen or ""
            else:
                answer = chosen or q["rule"]
            n += 1
            right += same_speaker(answer, q["want"])
            base += same_speaker(q["rule"], q["want"])
            wrong += bool(tokens(answer)) and not same_speaker(answer, q["want"])
            base_wrong += bool(tokens(q["rule"])) and not same_speaker(q["rule"], q["want"])
        out[part] = (base / n, right / n, base_wrong / n, wrong / n)
    return out


def main():
    quotes = [json.loads(line) for line in open(sys.argv[1])]
    policy = sys.argv[2]
    blind = len(sys.argv) > 3 and sys.argv[3] == "blind"
    for t in [0.3, 0.5, 0.7]:
        if blind:
            result = evaluate(quotes, STUDIED, BLIND, policy, t)
        else:
            result = {}
            for held in STUDIED:
                result.update(evaluate(quotes, [p for p in STUDIED if p != held], [held], policy, t))
        line = " ".join(f"{p} {b:.3f}->{a:.3f} (wrong name {bw:.3f}->{aw:.3f})" for p, (b, a, bw, aw) in result.items())
        print(f"t={t}: {line}")


if __name__ == "__main__":
    main()

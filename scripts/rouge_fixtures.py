"""Write golden ROUGE scores from rouge-score 0.1.2 for the parity tests.

Pairs: real Multi-News references against lead extracts and against other
references, single sentences, cased article text from the extraction
benchmark, and edge cases (empty, punctuation only, digits, non-ASCII,
very long, repeated words). Every pair is scored with and without stemming.
Deterministic: a fixed seed and files read in a fixed order.

The fixture copies no text from ../shared (the data's licences): each side of
a pair is a recipe that rebuilds its text from ../shared/data, and only edge
cases that are no data stay literal. A recipe is one of

  "text"                                   the text itself
  {"summary": ID}                          Multi-News dev cluster ID's reference summary
  {"summary": ID, "sentence": j}           its j-th sentence
  {"document": [ID, k], "sentence": j}     the j-th sentence of the cluster's document k
  {"lead": ID, "sentences": n}             the first n sentences of each of its documents
  {"page": KEY, "sentences": [a, b]}       sentences a..b (end excluded) of extraction page KEY's articleBody

where sentences come from `sentences()` below and several are joined by "\n".
The Rust loader (crates/rouge/tests/support/mod.rs) and the Python binding's
tests (bindings/python/tests/conftest.py, which imports this module) rebuild
the texts the same way. A line: {"reference": recipe, "candidate": recipe,
"stem": scores, "nostem": scores}.

Usage: python scripts/rouge_fixtures.py SHARED OUT.jsonl   (needs rouge-score==0.1.2)
"""

import json
import random
import sys
from pathlib import Path

SEED = 20261123
TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
DEV = "data/multinews/dev.jsonl"
PAGES = "data/article-extraction/ground-truth.json"


def sentences(text):
    return [s.strip() + "." for s in text.replace("\n", " ").split(". ") if s.strip()]


class Sources:
    """The ../shared files the recipes read: dev clusters in file order, extraction pages in file order."""

    def __init__(self, shared):
        shared = Path(shared)
        for rel in (DEV, PAGES):
            if not (shared / rel).is_file():
                raise FileNotFoundError(
                    f"{shared / rel} not found: the ROUGE parity pairs are rebuilt from ../shared beside the repository"
                )
        with (shared / DEV).open(encoding="utf-8") as f:
            self.clusters = [json.loads(line) for line in f]
        self.by_id = {c["id"]: c for c in self.clusters}
        with (shared / PAGES).open(encoding="utf-8") as f:
            self.pages = json.load(f)


def _pick(sents, j, recipe):
    if not 0 <= j < len(sents):
        raise ValueError(f"recipe {recipe!r}: no sentence {j} (there are {len(sents)})")
    return sents[j]


def text(recipe, src):
    """The text a recipe names (see the module's docstring)."""
    if isinstance(recipe, str):
        return recipe
    if "summary" in recipe:
        summary = src.by_id[recipe["summary"]]["summary"]
        return _pick(sentences(summary), recipe["sentence"], recipe) if "sentence" in recipe else summary
    if "document" in recipe:
        cid, k = recipe["document"]
        return _pick(sentences(src.by_id[cid]["documents"][k]), recipe["sentence"], recipe)
    if "lead" in recipe:
        n = recipe["sentences"]
        return "\n".join(s for doc in src.by_id[recipe["lead"]]["documents"] for s in sentences(doc)[:n])
    if "page" in recipe:
        a, b = recipe["sentences"]
        sents = sentences(src.pages[recipe["page"]]["articleBody"])
        if not 0 <= a <= b <= len(sents):
            raise ValueError(f"recipe {recipe!r}: only {len(sents)} sentences")
        return "\n".join(sents[a:b])
    raise ValueError(f"unknown recipe {recipe!r}")


EDGE = [
    ("", ""), ("", "a b c"), ("a b c", ""), ("!!! ??? ...", "..."), ("...", "the cat"),
    ("2016 2017 42", "42 2016"), ("100 %", "100 percent"), ("Café naïve façade", "cafe naive facade"),
    ("Ünïcödé Straße", "unicode strasse"), ("İstanbul KELVIN", "istanbul kelvin"), ("日本語 テキスト", "日本語"),
    ("the the the the", "the the"), ("a a a b b", "b a b a"), ("x\n\n\ny", "y\nx"), ("\n\n", "a"),
    ("generalization relational conditional", "generalize relate condition"),
    ("dying lying tying skies news innings", "die lie tie sky news inning"),
    ("running runner runs ran", "run running"), ("caresses ponies ties", "caress poni tie"),
    (" ".join(["word"] * 3000), " ".join(["word"] * 2000)),
    (" ".join(str(i) for i in range(1500)), " ".join(str(i) for i in range(0, 3000, 2))),
]


def select(src):
    """The (reference, candidate) recipes, in fixture order."""
    rng = random.Random(SEED)
    clusters = list(src.clusters)
    rng.shuffle(clusters)
    pairs = []
    for c in clusters[:450]:  # long pairs: reference vs a lead extract, newline-separated
        pairs.append(({"summary": c["id"]}, {"lead": c["id"], "sentences": 3}))
    for a, b in zip(clusters[450:600], clusters[600:750]):  # unrelated references
        pairs.append(({"summary": a["id"]}, {"summary": b["id"]}))
    for c in clusters[750:1100]:  # single sentences
        ref = sentences(c["summary"])
        doc = sentences(c["documents"][0])
        if ref and doc:
            # randrange(n) draws as choice() did when the fixture held the texts: the same pairs.
            j, i = rng.randrange(len(ref)), rng.randrange(len(doc))
            pairs.append(({"summary": c["id"], "sentence": j}, {"document": [c["id"], 0], "sentence": i}))
    for key, a in list(src.pages.items())[:100]:  # cased text with curly quotes and non-ASCII punctuation
        if len(sentences(a["articleBody"])) >= 4:
            pairs.append(({"page": key, "sentences": [0, 3]}, {"page": key, "sentences": [1, 4]}))
    pairs.extend(EDGE)
    return pairs


def main(shared, out_path):
    from rouge_score import rouge_scorer

    scorers = {stem: rouge_scorer.RougeScorer(TYPES, use_stemmer=stem) for stem in (True, False)}
    src = Sources(shared)
    pairs = select(src)
    with open(out_path, "w", encoding="utf-8") as out:
        for ref_recipe, cand_recipe in pairs:
            reference, candidate = text(ref_recipe, src), text(cand_recipe, src)
            row = {"reference": ref_recipe, "candidate": cand_recipe}
            for stem, scorer in scorers.items():
                s = scorer.score(reference, candidate)
                row["stem" if stem else "nostem"] = {
                    t: {"precision": s[t].precision, "recall": s[t].recall, "fmeasure": s[t].fmeasure} for t in TYPES
                }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(pairs)} pairs to {out_path}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

"""Write golden ROUGE scores from rouge-score 0.1.2 for the parity test.

Pairs: real Multi-News references against lead extracts and against other
references, single sentences, cased article text from the extraction
benchmark, and edge cases (empty, punctuation only, digits, non-ASCII,
very long, repeated words). Every pair is scored with and without stemming.
Deterministic: a fixed seed and files read in a fixed order.
"""
import json
import random
import sys

from rouge_score import rouge_scorer

shared, out_path = sys.argv[1], sys.argv[2]
rng = random.Random(20261123)
TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]
scorers = {stem: rouge_scorer.RougeScorer(TYPES, use_stemmer=stem) for stem in (True, False)}

clusters = [json.loads(line) for line in open(f"{shared}/data/multinews/dev.jsonl", encoding="utf-8")]
rng.shuffle(clusters)
articles = list(json.load(open(f"{shared}/data/article-extraction/ground-truth.json", encoding="utf-8")).values())


def sentences(text):
    return [s.strip() + "." for s in text.replace("\n", " ").split(". ") if s.strip()]


pairs = []
for c in clusters[:450]:  # long pairs: reference vs a lead extract, newline-separated
    lead = []
    for doc in c["documents"]:
        lead.extend(sentences(doc)[:3])
    pairs.append((c["summary"], "\n".join(lead)))
for a, b in zip(clusters[450:600], clusters[600:750]):  # unrelated references
    pairs.append((a["summary"], b["summary"]))
for c in clusters[750:1100]:  # single sentences
    ref = sentences(c["summary"])
    doc = sentences(c["documents"][0])
    if ref and doc:
        pairs.append((rng.choice(ref), rng.choice(doc)))
for a in articles[:100]:  # cased text with curly quotes and non-ASCII punctuation
    sents = sentences(a["articleBody"])
    if len(sents) >= 4:
        pairs.append(("\n".join(sents[:3]), "\n".join(sents[1:4])))
edge = [
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
pairs.extend(edge)

with open(out_path, "w", encoding="utf-8") as out:
    for reference, candidate in pairs:
        row = {"reference": reference, "candidate": candidate}
        for stem, scorer in scorers.items():
            s = scorer.score(reference, candidate)
            row["stem" if stem else "nostem"] = {
                t: {"precision": s[t].precision, "recall": s[t].recall, "fmeasure": s[t].fmeasure} for t in TYPES
            }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"wrote {len(pairs)} pairs to {out_path}")

#!/usr/bin/env bash
# Seed the fuzz corpora (fuzz/corpus/, gitignored) with real text from ../shared:
# every extraction page for `html`, full-length articles for `brief`, `segment`
# and `article_file`, and real cluster lines for `cluster_jsonl`. Then run, e.g.:
#   RUSTC_BOOTSTRAP=1 cargo fuzz run -O brief -- -max_total_time=600 -max_len=65536
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${1:-../shared}
python3 - "$shared" <<'PY'
import glob, gzip, hashlib, json, os, sys
shared = sys.argv[1]
def put(target, data):
    d = f"fuzz/corpus/{target}"
    os.makedirs(d, exist_ok=True)
    with open(f"{d}/{hashlib.sha1(data).hexdigest()}", "wb") as f:
        f.write(data)
pages = sorted(glob.glob(f"{shared}/data/article-extraction/html/*.html.gz") + glob.glob(f"{shared}/data/extraction-more/*/pages/*.html.gz"))
# Every page of every set would take libFuzzer longer to load (~10 pages/s) than a short run lasts, and
# -max_total_time does not count during the load: a stride through all sets, about 300 pages (remove
# fuzz/corpus/html first where an older seeding left every page there).
for p in pages[:: max(1, len(pages) // 300)]:
    put("html", gzip.open(p).read())
rows = [json.loads(l) for l in open(f"{shared}/data/multinews-full/validation-250.jsonl", encoding="utf-8")]
for r in rows:
    docs = [d if isinstance(d, str) else d.get("text", "") for d in r["documents"]]
    for d in docs:
        for target in ("brief", "segment", "article_file"):
            put(target, d.encode())
    put("brief", "\0".join(docs).encode())
    put("cluster_jsonl", (json.dumps({"id": r["id"], "documents": r["documents"]}) + "\n").encode())
for p in sorted(glob.glob(f"{shared}/seeds/*.txt")):
    put("brief", open(p, "rb").read())
print({t: len(os.listdir(f"fuzz/corpus/{t}")) for t in os.listdir("fuzz/corpus")})
PY

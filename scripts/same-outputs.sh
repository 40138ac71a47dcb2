#!/usr/bin/env bash
# For changes meant to be pure speed-ups: the summaries of the first N
# Multi-News dev clusters (default 1,000), by every method, are byte-identical
# between the working tree and REV (default main).
# Usage: scripts/same-outputs.sh [REV] [N]
# REV is built in a temporary checkout with its own target dir, seeded with a
# copy of target/release so only the workspace's own crates compile again
# (sharing target/ itself let one checkout's build-script output stand in for
# the other's when build.rs changed between them).
set -euo pipefail
cd "$(dirname "$0")/.."
rev="${1:-main}"
n="${2:-1000}"
root="$PWD"
tmp="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$tmp/base" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
head -n "$n" ../shared/data/multinews/dev.jsonl >"$tmp/dev.jsonl"

git worktree add -q --detach "$tmp/base" "$rev"
mkdir -p "$tmp/target"
[ -d target/release ] && cp -a target/release "$tmp/target/release"
CARGO_TARGET_DIR="$tmp/target" cargo build --release -q -p chorus-cli --manifest-path "$tmp/base/Cargo.toml"
cp "$tmp/target/release/chorus" "$tmp/chorus-base"
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

#!/usr/bin/env bash
# Rebuild the learned assets from the Multi-News training split, in order
# (the models' features use the IDF table, the boilerplate fingerprints, the term prior
# and the lexical model; the step model reads the sentence and length models).
set -euo pipefail
cd "$(dirname "$0")/.."
train=../shared/data/multinews/train.jsonl.gz
cargo build --release -q -p chorus-cli
target/release/chorus train idf --jsonl "$train"
target/release/chorus train words --jsonl "$train"
target/release/chorus train boilerplate --jsonl "$train"
target/release/chorus train prior --jsonl "$train"
cargo build --release -q -p chorus-cli   # the lexical model learns on sentences the new boilerplate table keeps
target/release/chorus train lexical --jsonl "$train"
cargo build --release -q -p chorus-cli   # compile the new tables in before learning the models
target/release/chorus train length --jsonl "$train"
target/release/chorus train model --jsonl "$train"
cargo build --release -q -p chorus-cli   # the step model reads the new sentence and length models' outputs
target/release/chorus train step --jsonl "$train"
cargo build --release -q -p chorus-cli
git diff --stat crates/core/assets

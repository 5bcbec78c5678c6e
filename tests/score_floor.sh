#!/bin/sh
# Scorer floor: runs the real binary on the bundled corpus and the gold scorer on its output,
# and fails when a figure drops below the floor recorded here. Raise floors as the engine
# improves; never lower them to make a change pass.
set -eu
binary=$1
source_dir=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$source_dir"
"$binary" extract --threads 2 corpus > "$out/claims.jsonl"
python3 tests/data/eval/score_claims.py tests/data/eval/seeds.gold.tsv corpus "$out/claims.jsonl" \
  --tier core > "$out/core.txt"
python3 tests/data/eval/score_claims.py tests/data/eval/seeds.gold.tsv corpus "$out/claims.jsonl" \
  --tier all > "$out/all.txt"
cat "$out/core.txt" "$out/all.txt"
figure() { sed -n "s/^$2.*= \([0-9.]*\)$/\1/p" "$1" | head -n 1; }
check() {
  if awk -v got="$2" -v floor="$3" 'BEGIN { exit !(got + 0 >= floor + 0) }'; then
    echo "ok: $1 $2 >= floor $3"
  else
    echo "FAIL: $1 $2 is below the floor $3"
    exit 1
  fi
}
check "core recall" "$(figure "$out/core.txt" 'recall (core)')" "$CORE_RECALL_FLOOR"
check "all-tier recall" "$(figure "$out/all.txt" 'recall (all)')" "$ALL_RECALL_FLOOR"
check "value precision" "$(figure "$out/all.txt" 'value precision')" "$PRECISION_FLOOR"

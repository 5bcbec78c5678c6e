#!/bin/sh
# Discrepancy scorer floor: runs `claimtrace verify` on the bundled corpus and the gold conflict
# scorer on its report. Fails when a high or medium gold conflict is missed, when any
# non-conflict is flagged, or when the share found drops below the floor recorded in CMake.
set -eu
binary=$1
source_dir=$2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$source_dir"
status=0
"$binary" verify --threads 2 --out "$out/report" corpus > "$out/verify.txt" || status=$?
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  echo "FAIL: claimtrace verify exited $status"
  exit 1
fi
python3 tests/data/eval/score_report.py tests/data/eval/seeds.gold.tsv \
  tests/data/eval/seeds.conflicts.tsv corpus "$out/report/report.xml" --list > "$out/score.txt"
cat "$out/score.txt"
if grep -E '^MISSED .* (high|medium)$' "$out/score.txt"; then
  echo "FAIL: a high or medium gold conflict was missed"
  exit 1
fi
wrong=$(sed -n 's/^false flags on non-conflicts: \([0-9]*\)\/.*/\1/p' "$out/score.txt")
if [ "$wrong" != "0" ]; then
  echo "FAIL: $wrong non-conflicts flagged"
  exit 1
fi
found=$(sed -n 's/^gold conflicts found: .* = \([0-9.]*\)$/\1/p' "$out/score.txt")
if awk -v got="$found" -v floor="$FOUND_FLOOR" 'BEGIN { exit !(got + 0 >= floor + 0) }'; then
  echo "ok: found $found >= floor $FOUND_FLOOR, no false flags, every high and medium found"
else
  echo "FAIL: found $found is below the floor $FOUND_FLOOR"
  exit 1
fi

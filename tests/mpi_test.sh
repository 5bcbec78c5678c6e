#!/bin/sh
# verify under mpirun with 2 and 4 processes (each comparing the keys it owns) writes the report
# directory of a single process (report.xml, report.html, the source pages, JSON and CSV), byte
# for byte, also when a process has no document or no key of its own.
# Usage: mpi_test.sh MPIEXEC CLAIMTRACE CORPUS_PATH...
set -u
mpiexec=$1 binary=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# Containers often run tests as root, which Open MPI refuses unless told; 4 processes on fewer
# cores need oversubscription.
export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1 OMPI_MCA_rmaps_base_oversubscribe=1
status=0
n=0
for corpus in "$@"; do
  n=$((n + 1))
  "$binary" verify "$corpus" --format json,csv --out "$out/$n-single" --quiet 2> /dev/null
  [ -f "$out/$n-single/report.xml" ] || { echo "no single-process report for $corpus"; exit 1; }
  for np in 2 4; do
    "$mpiexec" -np "$np" "$binary" verify "$corpus" --format json,csv --out "$out/$n-np$np" \
      --quiet > "$out/$n-np$np.log" 2>&1
    [ -f "$out/$n-np$np/report.xml" ] || { echo "$corpus: no report from -np $np"; status=1; }
    if ! diff -r "$out/$n-single" "$out/$n-np$np" > "$out/$n-np$np.diff"; then
      echo "$corpus: the report directory of -np $np differs from a single process"
      head -n 20 "$out/$n-np$np.diff"
      cat "$out/$n-np$np.log"
      status=1
    fi
  done
done
[ "$status" -eq 0 ] && echo "mpirun -np 2 and -np 4 reports are byte-identical to one process"
exit "$status"

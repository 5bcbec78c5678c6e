#!/bin/sh
# verify under mpirun with 2 and 4 processes writes the report.xml (and report.html) of a single
# process, byte for byte. Usage: mpi_test.sh MPIEXEC CLAIMTRACE CORPUS_DIR...
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
  "$binary" verify "$corpus" --out "$out/$n-single" --quiet 2> /dev/null
  [ -f "$out/$n-single/report.xml" ] || { echo "no single-process report for $corpus"; exit 1; }
  for np in 2 4; do
    "$mpiexec" -np "$np" "$binary" verify "$corpus" --out "$out/$n-np$np" --quiet \
      > "$out/$n-np$np.log" 2>&1
    for f in report.xml report.html; do
      if ! cmp "$out/$n-single/$f" "$out/$n-np$np/$f"; then
        echo "$corpus: $f of -np $np differs from a single process"
        cat "$out/$n-np$np.log"
        status=1
      fi
    done
  done
done
[ "$status" -eq 0 ] && echo "mpirun -np 2 and -np 4 reports are byte-identical to one process"
exit "$status"

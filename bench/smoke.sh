#!/usr/bin/env bash
# CI smoke test of the benchmarks: writes a 0.5 MB corpus with
# diplotier_corpus, checks that every engine reports the same mentions as
# diplotier on it, and runs every benchmark exactly once. Takes seconds; it
# measures nothing.
#
#   bench/smoke.sh [BUILD_DIR]    (default: build/, as .ci/run builds it)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
bench="$build/bench/diplotier_bench"
corpus="$build/bench/diplotier_corpus"
for exe in "$bench" "$corpus"; do
  if [ ! -x "$exe" ]; then
    echo "bench/smoke.sh: $exe is not built (needs libbenchmark-dev and" \
         "DIPLOTIER_BUILD_BENCHMARKS=ON)" >&2
    exit 1
  fi
done

work="$(mktemp -d "${TMPDIR:-/tmp}/diplotier-bench-smoke.XXXXXX")"
trap 'rm -rf "$work"' EXIT
start=$SECONDS

"$corpus" --out_dir="$work/data" --size_mb=0.5 --seed=1 2>"$work/corpus.log" \
  || { cat "$work/corpus.log" >&2; exit 1; }
if ! "$bench" --corpus_dir="$work/data" --smoke --summary --log="$work/log.txt" \
    >"$work/summary.txt" 2>"$work/stderr.txt"; then
  cat "$work/stderr.txt" "$work/log.txt" "$work/summary.txt" >&2
  echo "bench/smoke.sh: FAILED" >&2
  exit 1
fi
grep -q '^all engines agree' "$work/stderr.txt" \
  || { cat "$work/stderr.txt" >&2; echo "bench/smoke.sh: no check ran" >&2; exit 1; }
ran=$(grep -c '^BM_' "$work/log.txt" || true)
[ "$ran" -gt 0 ] || { cat "$work/log.txt" >&2; echo "bench/smoke.sh: no benchmark ran" >&2; exit 1; }
echo "bench/smoke.sh: OK: engines agree, $ran benchmark runs, $((SECONDS - start)) s"

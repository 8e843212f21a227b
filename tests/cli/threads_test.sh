#!/usr/bin/env bash
# `diplotier analyze --threads=N` writes the same bytes for every N, run by
# ctest:
#   threads_test.sh PATH/TO/diplotier SOURCE_DIR WORK_DIR
# On examples/data/ and on a generated set of 60 documents (two of them
# large enough to be streamed in pieces), in every format, with --lines,
# with the ledger and the dyad-year table, standard output and standard
# error (an unreadable input among the others, ledger warnings; in any
# order) alike.
set -u

. "$(dirname "$0")/checks.sh" "$@"

# Fewer and smaller documents under ThreadSanitizer (see CMakeLists.txt).
DOCS=${DIPLOTIER_THREADS_DOCS:-60}
LARGE_BYTES=${DIPLOTIER_THREADS_LARGE_BYTES:-150000}
python3 "$SRC/bench/make_documents.py" gen --docs "$DOCS" --large $((DOCS / 2)) \
  --large-bytes "$LARGE_BYTES" --seed 7 || exit 1
printf 'China and Venezuela raised ties to an all-weather strategic partnership.\n' >undated.txt
mkdir -p not_a_file.txt
samples=("$SRC"/examples/data/*.txt)
generated=(gen/*.txt)
mixed=("${samples[@]}" undated.txt missing.txt not_a_file.txt "${generated[@]:0:10}")
read -r -a formats <<<"${DIPLOTIER_THREADS_FORMATS:-jsonl tsv text html}"

# same NAME ARGS...: runs analyze with --threads=1 and 4 and compares
# standard output, standard error and the exit status.
same() {
  local name=$1
  shift
  local n rc ref_rc
  for n in 1 4; do
    "$BIN" analyze --threads=$n --no-progress "$@" >out.$n 2>err.$n
    rc=$?
    [ $n = 1 ] && ref_rc=$rc
    if [ "$rc" != "$ref_rc" ]; then
      fail "$name: exit $rc with --threads=$n, $ref_rc with --threads=1"
      return
    fi
  done
  if [ ! -s out.1 ] && [ "${ALLOW_EMPTY:-}" != 1 ]; then
    fail "$name: no output"
    return
  fi
  for n in 4; do
    if ! cmp -s out.1 out.$n; then
      fail "$name: standard output differs with --threads=$n"
      diff out.1 out.$n | head -10 | sed 's/^/     | /'
      return
    fi
    # Messages are the same; an input's error is printed as soon as its
    # worker meets it, so their order may differ.
    if ! cmp -s <(sort err.1) <(sort err.$n); then
      fail "$name: standard error differs with --threads=$n"
      diff err.1 err.$n | head -10 | sed 's/^/     | /'
      return
    fi
  done
  pass "$name ($(wc -c <out.1) bytes, exit $ref_rc)"
}

for f in "${formats[@]}"; do
  same "examples/data --format=$f" --format=$f "${samples[@]}"
  same "generated --format=$f" --format=$f "${generated[@]}"
  same "generated --lines --format=$f" --lines --format=$f "${generated[@]:0:10}"
  same "errors among the inputs --format=$f" --format=$f "${mixed[@]}"
  same "--ledger --history --format=$f" --ledger --format=$f \
    --history="$SRC/examples/data/known_tiers.tsv" "${mixed[@]}" "${generated[@]}"
done
# The chunk size does not matter either, nor the number of inputs in flight.
same "generated --chunk-bytes=4096" --format=jsonl --chunk-bytes=4096 "${generated[@]}"

# Standard input among the inputs, once and twice.
for n in 1 4; do
  printf 'China and Venezuela raised ties to an all-weather strategic partnership.\n' |
    "$BIN" analyze --threads=$n --no-progress --format=jsonl "${samples[0]}" - "${samples[1]}" - >stdin.$n 2>&1
done
if cmp -s stdin.1 stdin.4 && [ "$(wc -l <stdin.1)" = 4 ] && grep -q all_weather stdin.1; then
  pass "standard input among the inputs"
else
  fail "standard input among the inputs: --threads=1 and 4 differ"
fi

# The dyad-year table.
for n in 1 4; do
  ALLOW_EMPTY=1 "$BIN" analyze --threads=$n --no-progress \
    --history="$SRC/examples/data/known_tiers.tsv" --export-dyad-years=years.$n \
    "${samples[@]}" "${generated[@]}" >/dev/null 2>years.err.$n
done
if [ -s years.1 ] && cmp -s years.1 years.4 && cmp -s <(sort years.err.1) <(sort years.err.4); then
  pass "--export-dyad-years ($(wc -l <years.1) rows)"
else
  fail "--export-dyad-years differs between --threads=1 and --threads=4"
fi

# The status line: never on standard output; forced on stderr by --progress.
"$BIN" analyze --threads=2 --progress --format=jsonl "${samples[@]}" >prog.out 2>prog.err
"$BIN" analyze --threads=2 --no-progress --format=jsonl "${samples[@]}" >noprog.out 2>noprog.err
if cmp -s prog.out noprog.out && [ ! -s noprog.err ]; then
  pass "--progress leaves standard output alone"
else
  fail "--progress changed standard output or --no-progress wrote to stderr"
fi
"$BIN" analyze --threads=-1 "${samples[@]}" >/dev/null 2>bad.err
rc=$?
if [ $rc = 2 ] && grep -q -- '--threads' bad.err; then pass "--threads=-1 is a usage error"; else
  fail "--threads=-1: exit $rc"
fi

echo
if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all threads checks passed"

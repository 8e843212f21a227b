#!/usr/bin/env bash
# Times `diplotier analyze --threads=N` on many generated documents:
#   bench/threads.sh [BUILD_DIR] [DOCS] [REPETITIONS]   (build, 2000, 3)
# Writes DOCS documents with bench/make_documents.py (sentences of the gold
# set and the sample articles among paragraphs of /usr/share/common-licenses,
# fixed seed), then runs --threads=1, 2 and 4, interleaved, REPETITIONS
# times each, checks that every run printed the same bytes, and prints the
# median wall-clock time, CPU time, peak memory and speed-up over one
# thread. As a ceiling for what the machine gives at that moment, it also
# times two independent one-thread processes on half the documents each.
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
docs="${2:-2000}"
reps="${3:-3}"
bin="$build/examples/cli/diplotier"
work="$(mktemp -d "${TMPDIR:-/tmp}/diplotier-threads.XXXXXX")"
trap 'rm -rf "$work"' EXIT

prose=()
[ -d /usr/share/common-licenses ] && prose=(--prose /usr/share/common-licenses)
python3 bench/make_documents.py "$work/docs" --docs "$docs" "${prose[@]}"
files=("$work"/docs/*.txt)
bytes=$(cat "${files[@]}" | wc -c)
half=$(( ${#files[@]} / 2 ))

run() {  # run LABEL COMMAND...: appends "label wall user rss" to times
  /usr/bin/time -f "$1 %e %U %M" -a -o "$work/times" "${@:2}"
}
for rep in $(seq 1 "$reps"); do
  for n in 1 2 4; do
    run "threads=$n" "$bin" analyze --threads=$n --no-progress --format=jsonl \
      "${files[@]}" >"$work/out.$n"
    cmp -s "$work/out.1" "$work/out.$n" || { echo "FAIL: --threads=$n printed other bytes" >&2; exit 1; }
  done
  run "two-processes" bash -c '"$0" analyze --threads=1 --format=jsonl "${@:1:'"$half"'}" >/dev/null &
    "$0" analyze --threads=1 --format=jsonl "${@:'"$((half + 1))"'}" >/dev/null; wait' "$bin" "${files[@]}"
done

echo "$docs documents, $bytes bytes, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/times" "$bytes" <<'PY'
import statistics, sys
rows = {}
for line in open(sys.argv[1]):
    label, wall, user, rss = line.split()
    rows.setdefault(label, []).append((float(wall), float(user), int(rss)))
bytes_ = int(sys.argv[2])
base = statistics.median(w for w, _, _ in rows["threads=1"])
print("| run | wall s (median) | CPU s | peak RSS MB | MB/s | speed-up |")
print("|---|---:|---:|---:|---:|---:|")
for label in ["threads=1", "threads=2", "threads=4", "two-processes"]:
    r = rows[label]
    wall = statistics.median(w for w, _, _ in r)
    user = statistics.median(u for _, u, _ in r)
    rss = max(m for _, _, m in r) / 1024
    name = "`--threads=%s`" % label[8:] if label.startswith("threads") else \
        "two 1-thread processes, half each (ceiling)"
    print("| %s | %.2f | %.2f | %s | %.2f | %.2f× |" % (
        name, wall, user, "%.0f" % rss if label.startswith("threads") else "-",
        bytes_ / wall / 1e6, base / wall))
PY

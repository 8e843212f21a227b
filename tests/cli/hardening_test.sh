#!/usr/bin/env bash
# Failure tests of the `diplotier` tool (README, "Hardening"), run by ctest:
#   hardening_test.sh PATH/TO/diplotier SOURCE_DIR WORK_DIR
# Every output format is checked on a failing write (/dev/full, a closed
# pipe with SIGPIPE ignored) and on a failing read (a directory; an EIO in
# the middle of a file, injected with strace where strace can trace). Checks
# that need a tool or privilege this machine lacks say "skip" and do not fail.
set -u

. "$(dirname "$0")/checks.sh" "$@"

printf 'date 2023-09-13\nChina and Venezuela raised their ties to an all-weather strategic partnership.\n' >a.txt
printf '2014-07-20\nThe friendly partnership was never downgraded.\n' >b.txt
# A document whose records outgrow the spool's 4 MiB memory budget.
python3 -c '
import sys
sys.stdout.write("date 2020-01-01\n" + "They forged a strategic partnership. " * 40000)' >long.txt
# A document read in many chunks (for a read error in the middle).
python3 -c '
import sys
sys.stdout.write("date 2021-01-01\n" + "They raised ties to a strategic partnership. Ships. " * 2000)' >mid.txt
FORMATS=(jsonl tsv text html)
# The formats whose records wait in a spool (the HTML page holds a document's
# text, up to 4 MiB, in memory instead).
SPOOL_FORMATS=(jsonl tsv text)

# -------------------------------------------------------- write failures
if [ -w /dev/full ]; then
  for f in "${FORMATS[@]}"; do
    "$BIN" analyze "${OWN[@]}" --format=$f a.txt b.txt >/dev/full 2>full.err
    expect_rc "analyze --format=$f > /dev/full" 1 $?
    expect_grep "analyze --format=$f > /dev/full: message" \
      "diplotier: cannot write standard output: No space left on device" full.err
    "$BIN" analyze "${OWN[@]}" --format=$f --ledger a.txt b.txt >/dev/full 2>full.err
    expect_rc "analyze --ledger --format=$f > /dev/full" 1 $?
    expect_grep "analyze --ledger --format=$f > /dev/full: message" \
      "cannot write standard output: No space left on device" full.err
  done
  "$BIN" eval "${OWN[@]}" "$SRC/tests/data/eval_small.tsv" >/dev/full 2>full.err
  expect_rc "eval > /dev/full" 1 $?
  expect_grep "eval > /dev/full: message" "cannot write standard output: No space left on device" full.err
  "$BIN" eval "${OWN[@]}" --format=json "$SRC/tests/data/eval_small.tsv" >/dev/full 2>full.err
  expect_rc "eval --format=json > /dev/full" 1 $?
  "$BIN" help >/dev/full 2>full.err
  expect_rc "help > /dev/full" 1 $?
  expect_grep "help > /dev/full: message" "cannot write standard output: No space left on device" full.err
  "$BIN" lint --no-default-lexicon "$LEX" >/dev/full 2>full.err
  expect_rc "lint > /dev/full" 1 $?
  # One message, however many writes failed.
  "$BIN" analyze "${OWN[@]}" --format=jsonl --lines long.txt a.txt >/dev/full 2>full.err
  if [ "$(grep -c 'cannot write' full.err)" = 1 ]; then pass "one message per failure"; else
    fail "expected one message:"
    sed 's/^/     | /' full.err | head
  fi
else
  skip "no writable /dev/full"
fi

# A closed pipe with SIGPIPE ignored: the tool stops at the next document.
# The input never ends, so a tool that did not stop would never exit (the
# wait's timeout only keeps such a build from hanging the suite).
for f in "${FORMATS[@]}"; do
  py "closed pipe, SIGPIPE ignored, --format=$f: early stop, exit 1" "$BIN" "$LEX" "$f" <<'PY'
import subprocess, sys
binary, lexicon, fmt = sys.argv[1:]
yes = subprocess.Popen(["yes", "They formed a strategic partnership."], stdout=subprocess.PIPE)
# restore_signals=False: the tool inherits Python's ignored SIGPIPE.
p = subprocess.Popen([binary, "analyze", "--no-default-lexicon", "--lexicon=" + lexicon,
                      "--lines", "--format=" + fmt], stdin=yes.stdout,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, restore_signals=False)
yes.stdout.close()
assert p.stdout.read(1)
p.stdout.close()
try:
    rc = p.wait(timeout=600)
finally:
    yes.kill()
err = p.stderr.read().decode()
assert rc == 1, (rc, err)
assert err == "diplotier: cannot write standard output: Broken pipe\n", err
PY
done

# --------------------------------------------------------- read failures
mkdir -p dir.txt
for f in "${FORMATS[@]}"; do
  "$BIN" analyze "${OWN[@]}" --format=$f a.txt dir.txt b.txt >dir.out 2>dir.err
  expect_rc "analyze --format=$f with a directory among the inputs" 1 $?
  expect_grep "--format=$f: the directory's read error" \
    "diplotier: cannot read dir.txt: Is a directory" dir.err
  expect_no_grep "--format=$f: no record of the directory" "dir.txt" dir.out
  expect_grep "--format=$f: the next input is still analysed" "b.txt" dir.out
done
"$BIN" analyze "${OWN[@]}" --ledger a.txt dir.txt >dir.out 2>dir.err
expect_rc "analyze --ledger with a directory" 1 $?
expect_grep "--ledger: the directory's read error" "cannot read dir.txt: Is a directory" dir.err

# An EIO in the middle of a file: the third read of mid.txt fails (the
# first two are the 64-byte head and the first chunk).
# (LeakSanitizer stops threads with ptrace at exit, which cannot work under
# strace: leak checking is off for these runs in sanitizer builds.)
NO_LEAKS="${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}detect_leaks=0"
if command -v strace >/dev/null && strace -f -o /dev/null true 2>/dev/null; then
  for f in "${FORMATS[@]}"; do
    ASAN_OPTIONS=$NO_LEAKS strace -f -o /dev/null -P mid.txt -e trace=read -e inject=read:error=EIO:when=3 \
      "$BIN" analyze "${OWN[@]}" --format=$f --chunk-bytes=4096 a.txt mid.txt b.txt >eio.out 2>eio.err
    expect_rc "--format=$f, EIO in the middle of a file" 1 $?
    expect_grep "--format=$f: the real error, named" \
      "diplotier: cannot read mid.txt: Input/output error" eio.err
    expect_no_grep "--format=$f: no record from the failed document" "mid.txt" eio.out
    expect_grep "--format=$f: the document before it" "a.txt" eio.out
    expect_grep "--format=$f: and after it" "b.txt" eio.out
  done
  # At once: with one thread, reported before the next input is opened.
  ASAN_OPTIONS=$NO_LEAKS strace -f -s 200 -o trace.out -e trace=read,openat,write -P mid.txt -P b.txt -P /dev/stderr \
    -e inject=read:error=EIO:when=3 \
    "$BIN" analyze "${OWN[@]}" --threads=1 --format=jsonl --chunk-bytes=4096 mid.txt b.txt >/dev/null 2>eio.err
  py "the read error is reported before the next input is opened" <<'PY'
lines = open("trace.out").read().splitlines()
err = next(i for i, l in enumerate(lines) if "Input/output error" in l and "write(" in l)
opened = next(i for i, l in enumerate(lines) if "openat(" in l and "b.txt" in l)
assert err < opened, lines
PY
  # With several threads, by the thread that read, before it reads again,
  # while the input before it is still being analysed.
  printf 'date 2021-01-01\n' >slow.txt
  for i in $(seq 1 3000); do printf 'They raised ties to a strategic partnership. Ships. ' >>slow.txt; done
  ASAN_OPTIONS=$NO_LEAKS strace -f -s 200 -o trace.out -e trace=read,openat,write -P mid.txt -P /dev/stderr \
    -e inject=read:error=EIO:when=3 \
    "$BIN" analyze "${OWN[@]}" --threads=2 --format=jsonl --chunk-bytes=4096 slow.txt mid.txt b.txt >eio.out 2>eio.err
  expect_rc "--threads=2, EIO in the middle of a file" 1 $?
  expect_grep "--threads=2: the real error, named" "diplotier: cannot read mid.txt: Input/output error" eio.err
  py "--threads=2: the inputs before and after it are printed, in order" <<'PY'
import json
docs = [json.loads(l)["doc"] for l in open("eio.out")]
assert docs == ["slow.txt", "b.txt"], docs
PY
  py "--threads=2: the read error is reported by the reading thread at once" <<'PY'
lines = open("trace.out").read().splitlines()
failed = next(i for i, l in enumerate(lines) if "INJECTED" in l)
pid = lines[failed].split()[0]
err = next(i for i, l in enumerate(lines) if "Input/output error" in l and "write(2" in l)
assert lines[err].split()[0] == pid, (lines[failed], lines[err])
assert not any(l.split()[0] == pid and "read(" in l for l in lines[failed + 1:err]), lines[failed:err + 1]
PY
else
  skip "strace cannot trace here: no EIO injection"
fi

# ------------------------------------------------------------------ spool
# A document's records outgrow memory: they go to a temporary file in
# $TMPDIR. A directory that cannot hold it is an error for that document
# (no partial or repeated record), not unbounded memory.
mkdir -p tmp
TMPDIR="$WORK/tmp" "$BIN" analyze "${OWN[@]}" --format=jsonl long.txt >spool.out 2>spool.err
expect_rc "a long document spools to \$TMPDIR" 0 $?
py "the spooled record is whole" <<'PY'
import json
(r,) = [json.loads(l) for l in open("spool.out", encoding="utf-8")]
assert len(r["mentions"]) == 40000, len(r["mentions"])
assert len(r["changes"]) == 40000, len(r["changes"])
PY
if [ -z "$(ls -A tmp)" ]; then pass "nothing is left in \$TMPDIR"; else fail "left in tmp: $(ls tmp)"; fi
for f in "${SPOOL_FORMATS[@]}"; do
  TMPDIR="$WORK/no_such_dir" "$BIN" analyze "${OWN[@]}" --format=$f a.txt long.txt b.txt >spool.out 2>spool.err
  expect_rc "--format=$f, \$TMPDIR missing" 1 $?
  expect_grep "--format=$f: the spool error names \$TMPDIR" \
    "diplotier: long.txt: cannot write a temporary file in $WORK/no_such_dir: No such file or directory" spool.err
  expect_no_grep "--format=$f: no record of the long document" "long.txt" spool.out
  expect_grep "--format=$f: the document after it" "b.txt" spool.out
done
# A full temporary directory: a 1 MiB tmpfs in a private mount namespace.
if unshare -m bash -c 'mkdir -p probe && mount -t tmpfs -o size=1m tmpfs probe' 2>/dev/null; then
  mkdir -p small
  for f in "${SPOOL_FORMATS[@]}"; do
    unshare -m bash -c 'mount -t tmpfs -o size=1m tmpfs small && TMPDIR=small "$@"' _ \
      "$BIN" analyze "${OWN[@]}" --format=$f a.txt long.txt b.txt >spool.out 2>spool.err
    expect_rc "--format=$f, full \$TMPDIR" 1 $?
    expect_grep "--format=$f: full \$TMPDIR named" \
      "diplotier: long.txt: cannot write a temporary file in small: No space left on device" spool.err
    expect_no_grep "--format=$f: nothing of the long document" "long.txt" spool.out
    expect_grep "--format=$f: the document after it" "b.txt" spool.out
  done
  unshare -m bash -c 'mount -t tmpfs -o size=1m tmpfs small && TMPDIR=small "$@"' _ \
    "$BIN" analyze "${OWN[@]}" --format=jsonl a.txt long.txt b.txt >spool.out 2>/dev/null
  py "full \$TMPDIR: every record printed is valid JSON" <<'PY'
import json
docs = [json.loads(l)["doc"] for l in open("spool.out", encoding="utf-8")]
assert docs == ["a.txt", "b.txt"], docs
PY
  # A full file system under standard output: a 64 KiB tmpfs.
  for f in "${SPOOL_FORMATS[@]}"; do
    unshare -m bash -c 'mount -t tmpfs -o size=64k tmpfs small && "$@" >small/out' _ \
      "$BIN" analyze "${OWN[@]}" --format=$f --lines long.txt >/dev/null 2>fs.err
    expect_rc "--format=$f to a full file system" 1 $?
    expect_grep "--format=$f to a full file system: the reason" \
      "diplotier: cannot write standard output: No space left on device" fs.err
  done
else
  skip "no tmpfs in a private mount namespace here (unshare -m)"
fi

# ------------------------------------------------------------------ dates
# A date line must hold a calendar date; one that is meant as a date line
# but does not is an error for that input (it was analysed as text).
n=0
for line in "date 2023-13-01" "date 2023-02-30" "2023-02-30" "Date: 2023-02-29" \
            "date 13/01/2023" "DATE 2023-9-1"; do
  n=$((n + 1))
  printf '%s\nThey forged a strategic partnership.\n' "$line" >bad_date$n.txt
  for mode in "" "--lines"; do
    "$BIN" analyze "${OWN[@]}" --format=jsonl $mode bad_date$n.txt b.txt >date.out 2>date.err
    expect_rc "date line '$line' $mode" 1 $?
    expect_grep "date line '$line' $mode: named" "diplotier: bad_date$n.txt:1: bad date line '$line'" date.err
    expect_no_grep "date line '$line' $mode: not analysed" "bad_date$n.txt" date.out
    expect_grep "date line '$line' $mode: the next input" "b.txt" date.out
  done
done
for line in "Date 2023-09-13" "date: 2023-09-13" "DATE:2023-09-13" "2024-02-29"; do
  printf '%s\nThey forged a strategic partnership.\n' "$line" >good_date.txt
  "$BIN" analyze "${OWN[@]}" --format=jsonl good_date.txt >date.out 2>date.err
  expect_rc "date line '$line'" 0 $?
  expect_grep "date line '$line': the date" "\"date\":\"${line: -10}\"" date.out
  expect_grep "date line '$line': not analysed" "\"begin\":$((${#line} + 1)),\"end\":$((${#line} + 37)),\"evidence\":\"They" date.out
done
printf 'Date of the summit: they forged a strategic partnership.\n' >text_date.txt
"$BIN" analyze "${OWN[@]}" --format=jsonl text_date.txt >date.out 2>date.err
expect_rc "a first line starting with 'Date' is text" 0 $?
expect_grep "'Date of the summit' is analysed" '"tier":"strategic_partnership"' date.out
for bad in 2023-02-30 2023-02-29 1900-02-29 0000-01-01 2023-04-31; do
  "$BIN" analyze "${OWN[@]}" --date=$bad a.txt >/dev/null 2>date.err
  expect_rc "--date=$bad" 2 $?
  expect_grep "--date=$bad: the reason" "expected a calendar date YYYY-MM-DD" date.err
done
"$BIN" analyze "${OWN[@]}" --format=jsonl --date=2000-02-29 a.txt >date.out
expect_rc "--date=2000-02-29 (a leap day)" 0 $?

# --------------------------------------------------------------- lexicons
# The README's lexicon example (trailing comments, its own {_}) lints alone
# and merged with the default lexicon; the default lexicon lints as itself.
awk '/^## The lexicon format/{f=1} f&&/^```text/{b=1;next} b&&/^```/{exit} b' \
  "$SRC/README.md" >readme.lexicon
"$BIN" lint readme.lexicon >lint.out 2>lint.err
expect_rc "lint the README's lexicon example" 0 $?
expect_grep "README example: every anchor line counted" "ok: 4 anchor" lint.out
"$BIN" lint --no-default-lexicon readme.lexicon >lint.out 2>lint.err
expect_rc "lint the README's lexicon example alone" 0 $?
"$BIN" lint "$SRC/lib/data/default.lexicon" >lint.out 2>lint.err
expect_rc "lint lib/data/default.lexicon" 0 $?
# A trailing comment is not part of the pattern; a byte order mark is skipped.
printf '\xef\xbb\xbfanchor partner  # literal\ntier partnership friendly[\\s]+partnership   # ok\n' >trailing.lexicon
printf 'They keep a friendly partnership.\n' >friendly.txt
"$BIN" analyze --no-default-lexicon --lexicon=trailing.lexicon --format=tsv friendly.txt >trailing.out 2>trailing.err
expect_rc "a lexicon with trailing comments and a BOM" 0 $?
expect_grep "the pattern before the comment matches" "mention	partnership" trailing.out
printf 'anchor partner\ntier partnership friendly{_}partner\n' >undefined.lexicon
"$BIN" lint undefined.lexicon >lint.out 2>lint.err
expect_rc "lint: {_} of the default lexicon is not visible" 1 $?
expect_grep "the error says why" "undefined name {_} (define it earlier in the same lexicon" lint.err
mkdir -p lex_dir
"$BIN" analyze --lexicon=lex_dir a.txt >/dev/null 2>lex.err
expect_rc "--lexicon=DIR" 1 $?
expect_grep "--lexicon=DIR: the reason" "cannot read lexicon 'lex_dir': Is a directory" lex.err
"$BIN" analyze --lexicon=/dev/zero a.txt >/dev/null 2>lex.err
expect_rc "--lexicon=/dev/zero" 1 $?
expect_grep "--lexicon=/dev/zero: the cap" "larger than 256 MiB" lex.err

# ------------------------------------------------------- ledger inputs
if "$BIN" --help | grep -qF -- "--history"; then
  mkdir -p hist_dir
  "$BIN" analyze "${OWN[@]}" --ledger --history=hist_dir a.txt >hist.out 2>hist.err
  expect_rc "--history=DIR" 1 $?
  expect_grep "--history=DIR: the reason" "diplotier: cannot read hist_dir: Is a directory" hist.err
  "$BIN" analyze "${OWN[@]}" --ledger --history=/dev/zero a.txt >hist.out 2>hist.err
  expect_rc "--history=/dev/zero" 1 $?
  expect_grep "--history=/dev/zero: the cap" "diplotier: /dev/zero is larger than 256 MiB" hist.err
  # A byte order mark before the header is skipped.
  printf '\xef\xbb\xbfdyad\tdate\ttier\tladder\tsource\nZZA|ZZB\t2001-04-18\tstrategic_partnership\t\tseed\n' >bom_hist.tsv
  "$BIN" analyze "${OWN[@]}" --ledger --format=tsv --history=bom_hist.tsv a.txt >hist.out 2>hist.err
  expect_rc "--history with a byte order mark" 0 $?
  expect_grep "--history with a byte order mark: read" "ZZA|ZZB	2001-04-18" hist.out
  # History from year 1 to 9999 for 500 dyads: a 5-million-row table is
  # refused before it is built, and the file already there is kept.
  python3 -c '
print("dyad\tdate\ttier\tladder\tsource")
for i in range(500):
    print(f"A{i}|B\t0001\tpartnership\t\ts")
    print(f"A{i}|B\t9999-12-31\tpartnership\t\ts")' >wide.tsv
  echo "the table before" >years.tsv
  "$BIN" analyze "${OWN[@]}" --history=wide.tsv --export-dyad-years=years.tsv a.txt >/dev/null 2>years.err
  expect_rc "--export-dyad-years over the row limit" 1 $?
  expect_grep "--export-dyad-years: the limit named" \
    "rows, more than 4000000" years.err
  expect_grep "--export-dyad-years: the file named" "cannot export the dyad-year table to years.tsv: the dyad-year table would have" years.err
  expect_grep "--export-dyad-years: the old file is kept" "the table before" years.tsv
  if ls years.tsv.tmp-* >/dev/null 2>&1; then fail "a temporary file is left"; else pass "no temporary file left"; fi
  printf 'dyad\tdate\ttier\tladder\tsource\nZZA|ZZB\t2001-04-18\tstrategic_partnership\t\tseed\n' >hist.tsv
  "$BIN" analyze "${OWN[@]}" --history=hist.tsv --export-dyad-years=years.tsv a.txt >/dev/null 2>years.err
  expect_rc "--export-dyad-years replaces the file" 0 $?
  expect_grep "--export-dyad-years: the new table" "ZZA|ZZB	2001	strategic_partnership" years.tsv
  if [ -w /dev/full ]; then
    "$BIN" analyze "${OWN[@]}" --history=hist.tsv --export-dyad-years=/dev/full a.txt >/dev/null 2>years.err
    expect_rc "--export-dyad-years=/dev/full" 1 $?
    expect_grep "--export-dyad-years=/dev/full: the reason" \
      "diplotier: cannot write /dev/full: No space left on device" years.err
  fi
fi

# ------------------------------------------------------------- ledger rules
if "$BIN" --help | grep -qF -- "--ledger"; then
  # Two documents of one day that disagree: the same report in either order.
  printf 'date 2023-09-13\nChina and Venezuela have a strategic partnership.\n' >day_a.txt
  printf 'date 2023-09-13\nChina and Venezuela have an all-weather strategic partnership.\n' >day_b.txt
  printf 'date 2001-01-01\nChina and Venezuela have a friendly partnership.\n' >day_0.txt
  "$BIN" analyze "${OWN[@]}" --ledger --format=jsonl day_0.txt day_a.txt day_b.txt >order1.out 2>order1.err
  expect_rc "ledger, same-day documents" 0 $?
  "$BIN" analyze "${OWN[@]}" --ledger --format=jsonl day_b.txt day_a.txt day_0.txt >order2.out 2>order2.err
  if cmp -s order1.out order2.out && cmp -s order1.err order2.err && [ -s order1.out ]; then
    pass "ledger: argument order does not change the report"
  else
    fail "ledger: argument order changes the report"
    diff order1.out order2.out | head
  fi
  expect_grep "ledger: the same-day conflict is reported" "conflict for CHN|VEN on 2023-09-13" order1.err
  # --ladder and a lexicon's own ladder rank the ledger as they rank documents.
  "$BIN" analyze "${OWN[@]}" --ledger --format=jsonl --ladder=vietnam day_0.txt day_b.txt >ladder.out
  expect_rc "ledger --ladder=vietnam" 0 $?
  py "ledger --ladder=vietnam ranks on vietnam" <<'PY'
import json
recs = [json.loads(l) for l in open("ladder.out", encoding="utf-8")]
assert recs and all(r["ladder"] == "vietnam" for r in recs), recs
PY
  printf 'ladder mine friendly_partnership < strategic_partnership < all_weather_strategic_partnership\n' >mine.lexicon
  sed -i 's/friendly_partnership/partnership/' mine.lexicon
  "$BIN" analyze "${OWN[@]}" --lexicon=mine.lexicon --ledger --format=jsonl --ladder=mine day_0.txt day_b.txt >mine.out 2>mine.err
  expect_rc "ledger with a lexicon's ladder" 0 $?
  py "the ledger ranks on the lexicon's ladder" <<'PY'
import json
recs = [json.loads(l) for l in open("mine.out", encoding="utf-8")]
up = [r for r in recs if r["kind"] == "upgrade"]
assert up and all(r["ladder"] == "mine" for r in recs), recs
# partnership (0) to all-weather (2) on 'mine'; 4 steps on china's ladder.
assert up[0]["delta"] == 2, up
PY
fi

# ------------------------------------------------------------ flag values
usage() {  # usage NAME ARGS...: expects exit 2 and a message on stderr
  local name=$1
  shift
  "$BIN" "$@" >usage.out 2>usage.err </dev/null
  local rc=$?
  if [ $rc = 2 ] && [ -s usage.err ]; then pass "usage: $name (exit 2)"; else
    fail "usage: $name: exit $rc, stderr: $(head -c 200 usage.err)"
  fi
}
usage "--lexicon= (empty)" analyze --lexicon= a.txt
usage "--lexicon with an empty name in a list" analyze "--lexicon=$LEX," a.txt
usage "--ladder= (empty)" analyze --ladder= a.txt
usage "--chunk-bytes too large" analyze --chunk-bytes=99999999999 a.txt
usage "--format=xml" analyze --format=xml a.txt

# ------------------------------------------------------------ chunk sizes
# Every output format is the same for every chunk size.
python3 - <<'PY'
import random
random.seed(7)
parts = ["China and Venezuela raised their ties to an all-weather strategic partnership. ",
         "Mr. Li said nothing. ", "They never downgraded the friendly partnership. ",
         "Ships and ports. ", "\n\n", "Could they forge a strategic partnership? ",
         "Relations were downgraded from ambassadorial level to the charge d'affaires level. "]
open("chunks.txt", "w").write("date 2020-02-02\n" + "".join(random.choice(parts) for _ in range(3000)))
PY
for f in "${FORMATS[@]}"; do
  "$BIN" analyze "${OWN[@]}" --format=$f chunks.txt >c_default.out
  same=1
  for c in 1 7 100 4096 65537; do
    "$BIN" analyze "${OWN[@]}" --format=$f --chunk-bytes=$c chunks.txt >c_$c.out
    cmp -s c_default.out c_$c.out || same=0
  done
  if [ $same = 1 ] && [ -s c_default.out ]; then pass "--format=$f: same output for every --chunk-bytes"; else
    fail "--format=$f: output depends on --chunk-bytes"; fi
done

echo
if [ $failures -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"

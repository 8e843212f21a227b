#!/usr/bin/env bash
# Tests of the `diplotier` tool, run by ctest:
#   cli_test.sh PATH/TO/diplotier SOURCE_DIR WORK_DIR
# Most cases use tests/cli/cli_test.lexicon with --no-default-lexicon, so
# that the expected values (worked out by hand) do not move when the default
# lexicon does. JSON output is parsed with python3's json module.
set -u

. "$(dirname "$0")/checks.sh" "$@"

# ---------------------------------------------------------------- inputs
printf 'date 2023-09-13\n\nChina and Venezuela raised their ties to an all-weather strategic partnership.\n\nThey had forged a strategic\npartnership in 2001.\n' >doc1.txt
printf '2014-07-20\nThe friendly partnership was never downgraded.\n' >doc2.txt
printf 'No label here at all.\n' >plain.txt
# Invalid UTF-8, control bytes and NUL around a phrase.
printf '\xff\xfe They formed a strategic partnership \xc3( today,\x01 \xe4\xb8 and "quoted" \\ text.\x00 Then\t\xf0\x9f\x98 more.\n' >bad_utf8.txt
printf 'line one has a strategic partnership.\n\nline three: an all-weather strategic partnership\nlast line, no newline, friendly partners' >lines.txt

# ------------------------------------------------------------------ help
"$BIN" --help >help.out 2>&1
expect_rc "--help" 0 $?
# Every ABSL_FLAG of the tool's source, '_' written '-' (the ledger flags
# exist only when the library has a ledger).
flags=$(sed -n 's/^ABSL_FLAG([^,]*, *\([a-z_]*\),.*/\1/p' "$SRC/examples/cli/diplotier_main.cc")
[ -n "$flags" ] || fail "no ABSL_FLAG found in diplotier_main.cc"
for name in $flags; do
  case $name in
    ledger|history|export_dyad_years)
      [ -f "$SRC/include/diplotier/ledger.h" ] || continue ;;
  esac
  flag="--${name//_/-}"
  expect_grep "--help lists $flag" "$flag" help.out
done
expect_grep "--help lists --help" "--help" help.out
for cmd in analyze eval lint; do expect_grep "--help lists $cmd" "diplotier $cmd" help.out; done

# ----------------------------------------------------------------- jsonl
"$BIN" analyze "${OWN[@]}" --format=jsonl doc1.txt doc2.txt >jsonl.out 2>jsonl.err
expect_rc "analyze jsonl" 0 $?
py "jsonl records: schema, dates, offsets into the original bytes" <<'EOF'
import json
lines = open("jsonl.out", "rb").read().decode("utf-8").splitlines()
assert len(lines) == 2, lines
recs = [json.loads(l) for l in lines]
keys = ["doc", "date", "tier", "rank", "ladder", "dyads", "mentions", "changes", "events"]
mkeys = ["tier", "rank", "begin", "end", "text", "status", "qualifiers", "dyad", "sentence"]
ckeys = ["kind", "status", "from", "to", "delta", "dyad", "begin", "end", "evidence", "source"]
for r in recs:
    assert list(r) == keys, list(r)
    for m in r["mentions"]: assert list(m) == mkeys, list(m)
    for c in r["changes"]: assert list(c) == ckeys, list(c)
a, b = recs
assert a["doc"] == "doc1.txt" and a["date"] == "2023-09-13", a
assert a["tier"] == "all_weather_strategic_partnership" and a["rank"] == 5, a
assert a["ladder"] == "china"
raw = open("doc1.txt", "rb").read()
for m in a["mentions"]:
    assert raw[m["begin"]:m["end"]].decode() == m["text"], m
assert [m["tier"] for m in a["mentions"]] == ["all_weather_strategic_partnership", "strategic_partnership"]
assert a["mentions"][1]["text"] == "strategic\npartnership"
assert [m["sentence"] for m in a["mentions"]] == [0, 1], a["mentions"]
c = a["changes"]
assert len(c) == 2, c
assert (c[0]["kind"], c[0]["status"], c[0]["from"], c[0]["to"], c[0]["delta"]) == \
    ("upgrade", "asserted", "none", "all_weather_strategic_partnership", None), c[0]
assert raw[c[0]["begin"]:c[0]["end"]].decode() == c[0]["evidence"]
assert c[0]["evidence"].startswith("China and Venezuela raised"), c[0]
assert c[1]["kind"] == "establish" and c[1]["delta"] == 3 and c[1]["source"] == "text", c[1]
assert b["doc"] == "doc2.txt" and b["date"] == "2014-07-20", b
# "The friendly partnership was never downgraded.": the downgrade is
# negated; the mention itself is not ("never" follows it), so it ranks.
assert b["tier"] == "partnership" and b["rank"] == 1, b
(d,) = b["changes"]
assert (d["kind"], d["status"], d["from"], d["to"]) == ("downgrade", "negated", "partnership", "none"), d
EOF

# --date overrides the date line, which is still not analysed.
"$BIN" analyze "${OWN[@]}" --format=jsonl --date=2000-01-02 doc2.txt >date.out
py "--date overrides the date line" <<'EOF'
import json
r = json.loads(open("date.out", encoding="utf-8").read())
assert r["date"] == "2000-01-02", r
assert r["mentions"][0]["begin"] == len("2014-07-20\nThe "), r
EOF

# ------------------------------------------------------------------- tsv
"$BIN" analyze "${OWN[@]}" --format=tsv doc1.txt >tsv.out
expect_rc "analyze tsv" 0 $?
py "tsv: header, 10 columns, escaped newline" <<'EOF'
rows = open("tsv.out", encoding="utf-8").read().split("\n")
assert rows[-1] == ""
rows = [r.split("\t") for r in rows[:-1]]
assert rows[0] == ["doc", "kind", "tier", "from", "to", "status", "dyad", "begin", "end", "text"], rows[0]
assert all(len(r) == 10 for r in rows), rows
kinds = [r[1] for r in rows[1:]]
assert kinds == ["mention", "mention", "change", "change", "event"], kinds
assert rows[2][9] == "strategic\\npartnership", rows[2]
assert rows[3][2] == "upgrade" and rows[3][3] == "none" and rows[3][4] == "all_weather_strategic_partnership", rows[3]
import re
assert all(re.fullmatch(r"-|[A-Z]+\|[A-Z]*", r[6]) for r in rows[1:]), rows
EOF

# ------------------------------------------------------------------ text
"$BIN" analyze "${OWN[@]}" --format=text doc1.txt >text.out
expect_rc "analyze text" 0 $?
expect_grep "text: headline" "doc1.txt: all_weather_strategic_partnership (rank 5, china) [2023-09-13]" text.out
expect_grep "text: mention line" '  mention all_weather_strategic_partnership (rank 5) "all-weather strategic partnership"' text.out
expect_grep "text: change line" "  change upgrade: none -> all_weather_strategic_partnership" text.out
# Not a terminal: the default format is jsonl.
"$BIN" analyze "${OWN[@]}" doc1.txt >default.out
py "default format off a terminal is jsonl" <<'EOF'
import json
json.loads(open("default.out", encoding="utf-8").read())
EOF

# ----------------------------------------------------------------- stdin
"$BIN" analyze "${OWN[@]}" --format=jsonl <doc1.txt >stdin.out
expect_rc "stdin" 0 $?
"$BIN" analyze "${OWN[@]}" --format=jsonl - <doc1.txt >stdin2.out
py "stdin is doc '-', same results as the file" <<'EOF'
import json
f = json.loads(open("jsonl.out", encoding="utf-8").read().splitlines()[0])
for name in ("stdin.out", "stdin2.out"):
    s = json.loads(open(name, encoding="utf-8").read())
    assert s["doc"] == "-", s
    s["doc"] = f["doc"]
    assert s == f, (s, f)
EOF

# ----------------------------------------------------------------- lines
"$BIN" analyze "${OWN[@]}" --format=jsonl --lines lines.txt doc2.txt >lines.out
expect_rc "--lines" 0 $?
py "--lines: one record per line, offsets within the line" <<'EOF'
import json
recs = [json.loads(l) for l in open("lines.out", encoding="utf-8").read().splitlines()]
docs = [r["doc"] for r in recs]
# doc2.txt's first line is its date line: not a record, but it dates the rest.
assert docs == ["lines.txt:1", "lines.txt:2", "lines.txt:3", "lines.txt:4", "doc2.txt:2"], docs
assert [r["tier"] for r in recs] == ["strategic_partnership", "none",
    "all_weather_strategic_partnership", "partnership", "partnership"], recs
assert recs[0]["mentions"][0]["begin"] == len("line one has a "), recs[0]
assert recs[4]["date"] == "2014-07-20" and recs[0]["date"] is None, recs
EOF
"$BIN" analyze "${OWN[@]}" --format=jsonl --lines <lines.txt >lines_stdin.out
py "--lines on stdin names lines -:N" <<'EOF'
import json
docs = [json.loads(l)["doc"] for l in open("lines_stdin.out", encoding="utf-8")]
assert docs == ["-:1", "-:2", "-:3", "-:4"], docs
EOF

# --lexicon is repeatable: both files are merged.
printf 'anchor partner\ntier comprehensive_partnership comprehensive[\\s\\-]+partnership\n' >extra.lexicon
printf 'They keep a comprehensive partnership.\n' >cp.txt
"$BIN" analyze "${OWN[@]}" --lexicon=extra.lexicon --format=tsv cp.txt >two_lex.out
expect_rc "two --lexicon flags" 0 $?
expect_grep "the second --lexicon is used" "mention	comprehensive_partnership" two_lex.out
"$BIN" analyze --no-default-lexicon "--lexicon=$LEX,extra.lexicon" --format=tsv cp.txt >two_lex2.out
expect_grep "comma-separated --lexicon files" "mention	comprehensive_partnership" two_lex2.out

# ------------------------------------------------- missing file in a list
"$BIN" analyze "${OWN[@]}" --format=jsonl doc1.txt no_such_file.txt doc2.txt >missing.out 2>missing.err
expect_rc "missing file among good ones" 1 $?
expect_grep "missing file named on stderr" "no_such_file.txt" missing.err
py "the other files are still analysed" <<'EOF'
import json
docs = [json.loads(l)["doc"] for l in open("missing.out", encoding="utf-8")]
assert docs == ["doc1.txt", "doc2.txt"], docs
EOF
mkdir -p a_directory
"$BIN" analyze "${OWN[@]}" --format=jsonl a_directory doc2.txt >dir.out 2>dir.err
expect_rc "a directory is an unreadable input" 1 $?
expect_grep "directory named on stderr" "a_directory" dir.err

# --------------------------------------------------------------- usage
usage() {  # usage NAME ARGS...: expects exit 2 and a message on stderr
  local name=$1
  shift
  "$BIN" "$@" >usage.out 2>usage.err </dev/null
  local rc=$?
  if [ $rc = 2 ] && [ -s usage.err ]; then pass "usage: $name (exit 2)"; else
    fail "usage: $name: exit $rc, stderr: $(head -c 200 usage.err)"
  fi
}
usage "--format=xml" analyze --format=xml doc1.txt
usage "unknown flag" analyze --bogus doc1.txt
usage "unknown subcommand" frobnicate doc1.txt
usage "no subcommand"
usage "bad bool value" analyze --lines=maybe doc1.txt
usage "bad date" analyze --date=2020-13-01 doc1.txt
usage "unknown ladder" analyze --ladder=nowhere doc1.txt
usage "flag without its value" analyze doc1.txt --lexicon
usage "--chunk-bytes=0" analyze --chunk-bytes=0 doc1.txt
usage "eval --format=tsv" eval "${OWN[@]}" --format=tsv "$SRC/tests/data/eval_small.tsv"
usage "eval without a file" eval
usage "lint without a file" lint
usage "--no-default-lexicon alone" analyze --no-default-lexicon doc1.txt
"$BIN" analyze "${OWN[@]}" --format=jsonl --ladder=vietnam doc1.txt >ladder.out
expect_rc "--ladder=vietnam" 0 $?
expect_grep "--ladder=vietnam is used" '"ladder":"vietnam"' ladder.out

# ---------------------------------------------------------- bad lexicons
printf 'anchor partner\ndefine _ [\\s]+\ntier strategic_partnership strategic{_}(partner\n' >re2.lexicon
printf 'anchor partner\ntier no_such_tier strategic{_}partner\n' >tier.lexicon
printf 'anchor partner\ndefine _ [\\s]+\n\n# comment\ntier strategic_partnership strategic{_}ties\n' >anchorless.lexicon
printf 'anchor partner\nfrobnicate x\n' >directive.lexicon
"$BIN" analyze --lexicon=re2.lexicon doc1.txt >badlex.out 2>badlex.err
expect_rc "analyze with a bad lexicon" 1 $?
expect_grep "bad lexicon reported as file:line:column" "re2.lexicon:3:28: " badlex.err
lint_error() {  # lint_error FILE POSITION
  "$BIN" lint --no-default-lexicon "$1" >lint.out 2>lint.err
  local rc=$?
  expect_rc "lint $1" 1 $rc
  expect_grep "lint $1 at $2" "$1:$2: " lint.err
}
lint_error re2.lexicon 3:28
lint_error tier.lexicon 2:6
lint_error anchorless.lexicon 5:28
lint_error directive.lexicon 2:1
"$BIN" lint --no-default-lexicon no_such.lexicon >lint.out 2>lint.err
expect_rc "lint a missing file" 1 $?
"$BIN" lint --no-default-lexicon "$LEX" >lint.out 2>lint.err
expect_rc "lint a good lexicon" 0 $?
expect_grep "lint summary counts each directive" \
  "ok: 3 anchor, 1 abbreviation, 2 define, 4 tier, 0 qualifier, 1 guard, 8 cue, 2 representation, 0 relation, 0 ladder, 0 issuer" lint.out

# ------------------------------------------ invalid UTF-8 gives valid JSON
for mode in "" "--lines"; do
  "$BIN" analyze "${OWN[@]}" --format=jsonl $mode bad_utf8.txt >utf8.out
  expect_rc "invalid UTF-8 input $mode" 0 $?
  py "invalid UTF-8 input gives valid JSON $mode" <<'EOF'
import json
data = open("utf8.out", "rb").read()
text = data.decode("utf-8")          # strict: the output is valid UTF-8
raw = open("bad_utf8.txt", "rb").read()
n = 0
for line in text.splitlines():
    r = json.loads(line)
    for m in r["mentions"]:
        n += 1
        assert m["text"] == "strategic partnership", m
    for c in r["changes"]:
        # The evidence is the sentence with each ill-formed sequence replaced,
        # as Python's own "replace" decoding does it.
        want = raw[c["begin"]:c["end"]].decode("utf-8", "replace")
        assert c["evidence"] == want, (c["evidence"], want)
assert n >= 1, text
EOF
done
"$BIN" analyze "${OWN[@]}" --format=tsv bad_utf8.txt >utf8.tsv
py "invalid UTF-8 in tsv keeps 10 columns" <<'EOF'
rows = open("utf8.tsv", "rb").read().split(b"\n")[:-1]
assert all(len(r.split(b"\t")) == 10 for r in rows), rows
EOF

# -------------------------------------------------- chunked reading
python3 - <<'EOF'
import random
random.seed(5)
parts = ["China and Venezuela raised their ties to an all-weather strategic partnership. ",
         "Mr. Li said nothing. ", "They never downgraded the friendly partnership. ",
         "Ships and ports and rails. ", "\n\n", "Could they forge a strategic partnership? ",
         "Relations were downgraded from ambassadorial level to the charge d'affaires level. "]
out = []
size = 0
while size < 400_000:
    p = random.choice(parts)
    out.append(p)
    size += len(p)
open("big.txt", "w").write("date 2020-02-02\n" + "".join(out))
EOF
"$BIN" analyze "${OWN[@]}" --format=jsonl big.txt >big1.out
"$BIN" analyze "${OWN[@]}" --format=jsonl --chunk-bytes=7 big.txt >big7.out
"$BIN" analyze "${OWN[@]}" --format=jsonl --chunk-bytes=65537 big.txt >big64k.out
if cmp -s big1.out big7.out && cmp -s big1.out big64k.out; then
  pass "chunk size does not change the output"
else
  fail "chunk size changes the output"
fi
py "a 400 KB document: mentions match the bytes" <<'EOF'
import json
r = json.loads(open("big1.out", encoding="utf-8").read())
raw = open("big.txt", "rb").read()
assert len(r["mentions"]) > 1000, len(r["mentions"])
for m in r["mentions"]:
    assert raw[m["begin"]:m["end"]].decode() == m["text"], m
assert r["mentions"][-1]["sentence"] > 5000, r["mentions"][-1]
EOF

# ---------------------------------------------------------------- ledger
# Only when the tool was built with the ledger (diplotier/ledger.h). The
# dyad ZZA|ZZB comes from history alone, so no gazetteer can touch it.
if grep -qF -- "--ledger" help.out; then
  printf 'dyad\tdate\ttier\tladder\tsource\nZZA|ZZB\t2001-04-18\tstrategic_partnership\t\tseed\nZZA|ZZB\t2014-07-20\tcomprehensive_strategic_partnership\t\tseed\n' >hist.tsv
  "$BIN" analyze "${OWN[@]}" --format=jsonl --history=hist.tsv --ledger \
    --export-dyad-years=dyad_years.tsv doc1.txt plain.txt >ledger.out 2>ledger.err
  expect_rc "--ledger with --history" 0 $?
  expect_grep "an undated document is skipped with a warning" "plain.txt has no date" ledger.err
  py "--ledger prints the history's implied changes" <<'EOF'
import json
recs = [json.loads(l) for l in open("ledger.out", encoding="utf-8")]
mine = [r for r in recs if r["dyad"] == "ZZA|ZZB"]
assert [(r["kind"], r["from"], r["to"], r["delta"], r["date"]) for r in mine] == [
    ("establish", "none", "strategic_partnership", 3, "2001-04-18"),
    ("upgrade", "strategic_partnership", "comprehensive_strategic_partnership", 1, "2014-07-20")], mine
assert all(r["source"] == "history" and r["implied"] for r in mine)
rows = [l.split("\t") for l in open("dyad_years.tsv", encoding="utf-8").read().splitlines()]
assert rows[0] == ["dyad", "year", "tier", "rank", "first_seen", "changes"], rows[0]
zz = [r for r in rows if r[0] == "ZZA|ZZB"]
assert len(zz) == 14 and zz[0][1:] == ["2001", "strategic_partnership", "3", "2001-04-18", "1"], zz
EOF
  printf 'dyad\tdate\ttier\tladder\tsource\nZZA|ZZB\t2001-13-18\tstrategic_partnership\t\tseed\n' >badhist.tsv
  "$BIN" analyze "${OWN[@]}" --history=badhist.tsv --ledger doc1.txt >/dev/null 2>ledger.err
  expect_rc "bad history" 1 $?
  expect_grep "bad history names file:line" "badhist.tsv:2:" ledger.err
  usage "--history alone" analyze "${OWN[@]}" --history=hist.tsv doc1.txt
fi

# A 128 MiB document on stdin is analysed in bounded memory: the peak RSS of
# the tool stays far below the input size (results go out through a spool).
py "128 MiB on stdin: peak memory stays under 64 MiB" "$BIN" "$LEX" <<'EOF'
import json, resource, subprocess, sys
binary, lexicon = sys.argv[1], sys.argv[2]
block = ("China and Venezuela raised their ties to an all-weather strategic partnership. "
         + "Ships and ports and rails and other words without any label. " * 40 + "\n\n").encode()
total = 128 << 20
p = subprocess.Popen([binary, "analyze", "--no-default-lexicon", "--lexicon=" + lexicon,
                      "--format=jsonl"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
import threading
def feed():
    sent = 0
    while sent < total:
        p.stdin.write(block)
        sent += len(block)
    p.stdin.close()
t = threading.Thread(target=feed)
t.start()
out = p.stdout.read()
t.join()
assert p.wait() == 0
rec = json.loads(out)
n = -(-total // len(block))
assert len(rec["mentions"]) == n and len(rec["changes"]) == n, (len(rec["mentions"]), n)
peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
import os
# Sanitizer builds carry shadow memory and quarantine: no memory bound there.
if not os.environ.get("DIPLOTIER_SANITIZED"):
    assert peak_kib < 64 * 1024, peak_kib
print("peak RSS KiB:", peak_kib)
EOF

# ------------------------------------------------------------------ eval
SMALL="$SRC/tests/data/eval_small.tsv"
"$BIN" eval "${OWN[@]}" "$SMALL" >eval.out 2>eval.err
expect_rc "eval" 0 $?
# Worked out by hand for tests/cli/cli_test.lexicon (see tests/data/eval_small.tsv,
# column `note`): e06 names a company "strategic partner" (tier miss, the one
# distractor false fire), e12 uses "lifted", not a cue here (change upgrade
# predicted none); e11 names only the source tier, the object of "upgraded"
# (read as the old tier: from and to both right).
expect_grep "eval rows" "rows: 12" eval.out
expect_grep "eval tier accuracy" "tier_mentioned accuracy: 0.9167 (11/12)" eval.out
expect_grep "eval change accuracy" "change accuracy: 0.9167 (11/12)" eval.out
expect_grep "eval macro-F1" "change macro-F1: 0.9510 (7 classes)" eval.out
expect_grep "eval upgrade P/R/F1" "upgrade           1.0000    0.6667    0.8000     2     0     1" eval.out
expect_grep "eval none P/R/F1" "none              0.7500    1.0000    0.8571     3     1     0" eval.out
expect_grep "eval confusion upgrade row" "  upgrade            0     2     0     0     0     0     1" eval.out
expect_grep "eval from accuracy" "from_tier accuracy: 1.0000 (9/9)" eval.out
expect_grep "eval to accuracy" "to_tier accuracy: 0.8889 (8/9)" eval.out
expect_grep "eval false-fire rate" "distractor false-fire rate: 0.3333 (1/3)" eval.out
expect_grep "eval dyad rows" "/5)" eval.out
"$BIN" eval "${OWN[@]}" --format=json --errors "$SMALL" >eval.json
expect_rc "eval --format=json" 0 $?
"$BIN" analyze "${OWN[@]}" --format=jsonl --lines "$SMALL" >eval_rows.out
py "eval json: the same numbers, one object, errors listed" "$SMALL" <<'EOF'
import json, sys
r = json.loads(open("eval.json", encoding="utf-8").read())
assert r["rows"] == 12
assert (r["tier_mentioned"]["count"], r["tier_mentioned"]["total"]) == (11, 12)
assert (r["change"]["accuracy"]["count"], r["change"]["accuracy"]["total"]) == (11, 12)
assert abs(r["change"]["macro_f1"] - (5 + 0.8 + 6 / 7) / 7) < 1e-4, r["change"]["macro_f1"]
classes = {c["label"]: c for c in r["change"]["classes"]}
assert set(classes) == {"establish", "upgrade", "downgrade", "reaffirm", "hypothetical", "negated", "none"}
assert (classes["upgrade"]["tp"], classes["upgrade"]["fp"], classes["upgrade"]["fn"]) == (2, 0, 1)
assert (classes["none"]["tp"], classes["none"]["fp"], classes["none"]["fn"]) == (3, 1, 0)
labels = r["change"]["confusion"]["labels"]
m = r["change"]["confusion"]["gold_by_predicted"]
assert m[labels.index("upgrade")][labels.index("none")] == 1
assert sum(map(sum, m)) == 12
assert (r["from_tier"]["count"], r["from_tier"]["total"]) == (9, 9)
assert (r["to_tier"]["count"], r["to_tier"]["total"]) == (8, 9)
assert (r["distractor_false_fire"]["count"], r["distractor_false_fire"]["total"]) == (1, 3)
# Dyads depend on the gazetteer, not on the lexicon: the expected count is
# what `analyze` itself reports for those sentences (each has no change or its
# change carries the dyad, so the first dyad of the text is the prediction).
gold = {}
for line in open(sys.argv[1], encoding="utf-8").read().splitlines()[1:]:
    f = line.split("\t")
    gold[f[0]] = f[2]
rows = [json.loads(l) for l in open("eval_rows.out", encoding="utf-8")]
hits = 0
for rec, (rid, dyad) in zip(rows[1:], gold.items()):
    if dyad == "-":
        continue
    pred = rec["changes"][0]["dyad"] if rec["changes"] and rec["changes"][0]["dyad"] else (
        rec["dyads"][0] if rec["dyads"] else "-")
    hits += pred == dyad
assert (r["dyad"]["count"], r["dyad"]["total"]) == (hits, 5), (r["dyad"], hits)
errs = {(e["id"], e["field"]) for e in r["errors"]}
for miss in [("e06", "tier_mentioned"), ("e12", "change"), ("e12", "to_tier")]:
    assert miss in errs, (miss, errs)
assert ("e11", "from_tier") not in errs and ("e11", "to_tier") not in errs, errs
EOF
"$BIN" eval "${OWN[@]}" --errors "$SMALL" >eval_errors.out
expect_grep "eval --errors lists a miss" "e06	tier_mentioned	gold=none	predicted=strategic_partnership" eval_errors.out
"$BIN" eval "${OWN[@]}" no_such.tsv >/dev/null 2>eval.err
expect_rc "eval a missing file" 1 $?
printf 'id\ttext\n1\tx\n' >nocols.tsv
"$BIN" eval "${OWN[@]}" nocols.tsv >/dev/null 2>eval.err
expect_rc "eval a file without the columns" 1 $?
expect_grep "eval names the missing column" 'no column named "dyad"' eval.err
# A row with an extra field, an unknown change label: errors naming file:line.
H='id\ttext\tdyad\ttier_mentioned\tchange\tfrom_tier\tto_tier'
printf "$H\nx1\tChile and Peru formed a strategic partnership.\tCHL|PER\tstrategic_partnership\testablish\tnone\tstrategic_partnership\textra\n" >extra.tsv
"$BIN" eval "${OWN[@]}" extra.tsv >/dev/null 2>eval.err
expect_rc "eval a row with an extra field" 1 $?
expect_grep "eval names the row with the extra field" 'extra.tsv:2: 8 fields, the header has 7' eval.err
printf "$H\nx1\tChile and Peru formed a strategic partnership.\tCHL|PER\tstrategic_partnership\treaffirmed\tnone\tnone\n" >label.tsv
"$BIN" eval "${OWN[@]}" label.tsv >/dev/null 2>eval.err
expect_rc "eval an unknown change label" 1 $?
expect_grep "eval names the unknown label" 'label.tsv:2: unknown change label "reaffirmed"' eval.err
# Alternatives count as right; a byte order mark is skipped; --ids scores a
# subset.
printf "\xEF\xBB\xBF$H\talt_dyad\talt_tier_mentioned\talt_change\nx1\tChile and Peru formed a strategic partnership.\tCHL|PER\tnone\tnone\tnone\tnone\t\tstrategic_partnership\testablish\nx2\tThe ministers discussed grain exports.\t-\tnone\tnone\tnone\tnone\t\t\t\n" >alt.tsv
"$BIN" eval "${OWN[@]}" alt.tsv >alt.out 2>eval.err
expect_rc "eval with alternatives" 0 $?
expect_grep "eval counts the rows with alternatives" 'rows with alternatives: 1 (alt_* columns of alt.tsv)' alt.out
expect_grep "eval takes an alternative as right" 'change accuracy: 1.0000 (2/2)' alt.out
"$BIN" eval "${OWN[@]}" --ids=x2 alt.tsv >alt.out 2>eval.err
expect_rc "eval --ids" 0 $?
expect_grep "eval --ids scores the subset" 'rows: 1 (--ids=x2)' alt.out
"$BIN" eval "${OWN[@]}" --ids=x9-x1 alt.tsv >/dev/null 2>eval.err
expect_rc "eval --ids with a reversed range" 2 $?

# --------------------------------------------- default lexicon, sample data
shopt -s nullglob
samples=("$SRC"/examples/data/*.txt)
if [ ${#samples[@]} -gt 0 ]; then
  "$BIN" analyze --format=jsonl "${samples[@]}" >samples.out 2>samples.err
  expect_rc "default lexicon on examples/data" 0 $?
  py "examples/data: one valid record per file, dated" "${samples[@]}" <<'EOF'
import json, sys
recs = [json.loads(l) for l in open("samples.out", encoding="utf-8")]
assert [r["doc"] for r in recs] == sys.argv[1:], recs
for r in recs:
    assert r["date"] is not None and len(r["date"]) == 10, r
    raw = open(r["doc"], "rb").read()
    for m in r["mentions"]:
        assert raw[m["begin"]:m["end"]].decode() == m["text"], m
EOF
fi

echo
if [ $failures -gt 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all checks passed"

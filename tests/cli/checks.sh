# Shared set-up of the CLI test scripts, sourced with the script's arguments:
#   . "$(dirname "$0")/checks.sh" PATH/TO/diplotier SOURCE_DIR WORK_DIR
# Sets BIN, SRC, WORK, LEX and OWN (the test lexicon, without the default
# one), enters a fresh WORK, and defines the checks; each FAIL counts in
# $failures.
BIN=$1
SRC=$2
WORK=$3
LEX="$SRC/tests/cli/cli_test.lexicon"
OWN=(--no-default-lexicon "--lexicon=$LEX")
rm -rf "$WORK"
mkdir -p "$WORK"
cd "$WORK" || exit 1

failures=0
pass() { echo "ok   $1"; }
fail() {
  echo "FAIL $1"
  failures=$((failures + 1))
}
skip() { echo "skip $1"; }
# expect_rc NAME EXPECTED ACTUAL
expect_rc() {
  if [ "$2" = "$3" ]; then pass "$1 (exit $3)"; else fail "$1: exit $3, expected $2"; fi
}
# expect_grep NAME PATTERN FILE: FILE contains the fixed string PATTERN.
expect_grep() {
  if grep -qF -- "$2" "$3"; then pass "$1"; else
    fail "$1: '$2' not in $3:"
    sed 's/^/     | /' "$3" | head -20
  fi
}
# expect_no_grep NAME PATTERN FILE: FILE does not contain PATTERN.
expect_no_grep() {
  if grep -qF -- "$2" "$3"; then fail "$1: '$2' is in $3"; else pass "$1"; fi
}
# py NAME ARGS...: runs a python3 check read from stdin; it fails by raising.
py() {
  local name=$1
  shift
  if python3 - "$@" >py.out 2>&1; then pass "$name"; else
    fail "$name"
    sed 's/^/     | /' py.out | head -30
  fi
}

#!/usr/bin/env bash
# Runs the whole suite: cmocka unit programs (TAP), shell case scripts
# (tests/sh/*.sh, TAP) and the fuzz-corpus replays. Ends with the line
# "tests: N passed, M failed, K skipped"; exits non-zero on any failure.
set -u
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
export BUILD DYAD="$PWD/$BUILD/dyad" ROOT="$PWD"
export SHARED=${SHARED:-$(cd .. && pwd)/shared}
export CMOCKA_MESSAGE_OUTPUT=TAP
logdir=$(mktemp -d)
log=$logdir/tests.log
# The compiled-dictionary cache of this run: fresh, and not in $HOME.
export DYAD_CACHE_DIR=${DYAD_CACHE_DIR:-$logdir/cache}
pass=0 fail=0 skip=0

tally() { # name, exit code, output file
  local name=$1 rc=$2 out=$3 p f s
  # cmocka's skip() prints "not ok N # SKIP": a skip, not a failure.
  p=$(grep -cE '^ok ' "$out"); s=$(grep -cE '^(not )?ok .*# (SKIP|skip)' "$out")
  f=$(grep -E '^not ok ' "$out" | grep -cvE '# (SKIP|skip)')
  p=$((p - $(grep -cE '^ok .*# (SKIP|skip)' "$out")))
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    f=1; echo "not ok - $name exited with status $rc" >>"$out"
  fi
  pass=$((pass + p)); fail=$((fail + f)); skip=$((skip + s))
  printf '%-40s %4d passed %3d failed %3d skipped\n' "$name" "$p" "$f" "$s"
  if [ "$f" -gt 0 ]; then grep -E '^not ok |^#' "$out" | grep -vE '# (SKIP|skip)'  | head -40 | sed 's/^/    /'; fi
  cat "$out" >>"$log"
}

for t in "$BUILD"/tests/*; do
  [ -x "$t" ] || continue
  out=$(mktemp); "$t" >"$out" 2>&1; tally "unit/$(basename "$t")" $? "$out"
done
for t in tests/sh/*.sh; do
  [ -f "$t" ] || continue
  out=$(mktemp); bash "$t" >"$out" 2>&1; tally "sh/$(basename "$t" .sh)" $? "$out"
done
for r in "$BUILD"/fuzz/replay_*; do
  [ -x "$r" ] || continue
  n=${r##*/replay_}; out=$(mktemp)
  if [ -d "fuzz/corpus/$n" ]; then "$r" fuzz/corpus/"$n"/* >"$out" 2>&1; else echo "ok - no corpus # SKIP" >"$out"; fi
  tally "fuzz-replay/$n" $? "$out"
done
echo "log: $log"
echo "tests: $pass passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]

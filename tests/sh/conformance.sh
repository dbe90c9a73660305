#!/usr/bin/env bash
# conformance.sh: `make conformance`: the PETRARCH unit-test suite
# ($SHARED/conformance/petrarch, third-party, read in place) through dyad with
# the PETR.Validate dictionaries (runner: tests/unit/test_conformance.c).
# Ends with "petrarch-suite: N passed, M failed" then per-category counts; TAP: the
# runner's floor line plus the summary line's form. Skips without ../shared.
# PETR_VERBOSE=1 lists every failing record with expected and actual events.
. "$(dirname "$0")/../lib.sh"
RUNNER=$ROOT/$BUILD/tests/test_conformance
if [ ! -f "$SHARED/conformance/petrarch/PETR.UnitTest.records.xml" ]; then
  skip "petrarch suite" "no $SHARED/conformance/petrarch"
  exit 0
fi
if [ ! -x "$RUNNER" ]; then
  notok "petrarch suite runner built ($RUNNER)"
  exit 1
fi
SHARED=$SHARED ROOT=$ROOT "$RUNNER" >"$TMP/suite.out" 2>&1
rc=$?
grep '^ok \|^not ok ' "$TMP/suite.out" | sed 's/^\(not \)\{0,1\}ok [0-9]* /\1ok /'
check_eq "petrarch suite runner exits 0" 0 "$rc"
if grep -qE '^petrarch-suite: [0-9]+ passed, [0-9]+ failed$' "$TMP/suite.out"; then
  ok "summary line is 'petrarch-suite: N passed, M failed'"
else
  notok "summary line is 'petrarch-suite: N passed, M failed'"
fi
total=$(sed -n 's/^petrarch-suite: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$TMP/suite.out" | awk '{print $1 + $2}')
check_eq "all 279 sentence records are run" 279 "$total"
# The summary line, then the per-category and per-reason counts.
grep '^petrarch-suite:' "$TMP/suite.out"
grep -v '^1\.\.1$' "$TMP/suite.out" | grep -v '^ok \|^not ok \|^petrarch-suite:' | sed 's/^/# /'

#!/usr/bin/env bash
# petrarch.sh: the TABARI / PETRARCH readers through `dyad dict check` and
# `dyad code --dict`: our own fixtures in both syntaxes (tests/cases/petrarch:
# good/ loads with 0 errors and exact counts, bad/ names every malformed line
# as file:line and exits 1), then the third-party sets in ../shared (the
# Phoenix production set and the PETR.Validate set load with 0 errors; skipped
# when ../shared is absent), and `dyad code --literal` on literal/ from the
# sources and from a compiled set.
. "$(dirname "$0")/../lib.sh"
CASES=$ROOT/tests/cases/petrarch
cd "$CASES" || exit 1

# ---- our good fixtures, both syntaxes
"$DYAD" dict check good >"$TMP/good.out" 2>"$TMP/good.err"
check_eq "dict check good/ exits 0" 0 $?
check_eq "dict check good/ prints no error" "" "$(grep -v ': warning: ' "$TMP/good.err")"
sum=$(grep '^good: actors' "$TMP/good.out")
check_eq "good/ actor counts" "good: actors 7 (names 12, codes 14, dated 8, uncoded 0)" \
  "$(printf '%s' "$sum" | sed 's/), agents.*/)/')"
for want in "agents 7 (phrases 16, prefixed 1, macros 2)" "verbs 9 in 6 blocks" \
  "patterns 11 (synsets 3, transformations 2; 17 translated" "discards 4 (story 2)" \
  "issues 2 (phrases 5)" "ignored lines 1"; do
  case "$sum" in
    *"$want"*) ok "good/ summary has '$want'" ;;
    *) notok "good/ summary has '$want'"; echo "# $sum" ;;
  esac
done
check_eq "good/ verb patterns reach the matcher" "17" \
  "$(grep -o 'verb patterns [0-9]*' "$TMP/good.out" | awk '{print $3}')"

# one file at a time, each kind detected by name
for f in good/Test.actors.txt good/Test.agents.txt good/Test.verbs.txt good/CAMEO.test.txt \
  good/Test.discards.txt good/Test.IssueCoding.txt; do
  check "dict check $f exits 0" "$DYAD" dict check "$f"
done

# ---- malformed lines: every one named, exit 1
"$DYAD" dict check bad >"$TMP/bad.out" 2>"$TMP/bad.err"
check_eq "dict check bad/ exits 1" 1 $?
grep -v ': warning: ' "$TMP/bad.err" | grep -v '^dyad: ' >"$TMP/bad.errors"
check_file "bad/ errors, each as file:line: message" bad-errors.txt "$TMP/bad.errors"
check_eq "bad/ error count" "bad: 34 errors" "$(grep '^bad: [0-9]* errors' "$TMP/bad.out")"
# the good lines of a bad file still load
case "$(grep '^bad: actors' "$TMP/bad.out")" in
  *"actors 9 "*) ok "good lines of bad files still load" ;;
  *) notok "good lines of bad files still load"; cat "$TMP/bad.out" | sed 's/^/# /' ;;
esac
"$DYAD" dict check bad/Bad.agents.txt >/dev/null 2>"$TMP/one.err"
check_eq "a single bad file exits 1" 1 $?
check_eq "a single bad file names its lines" 9 "$(grep -c '^bad/Bad.agents.txt:[0-9]*: ' "$TMP/one.err")"
check_eq "a month 13 is a warning with its line" 1 "$(grep -c '^bad/Bad.actors.txt:13: warning: bad date' "$TMP/bad.err")"

# dyad's own pattern files are never taken for PETRARCH ones
printf '042 v frobnicate+\n' >"$TMP/extra_verbs.txt"
check_eq "a dyad-syntax *verbs.txt stays dyad's" "1" \
  "$("$DYAD" dict check "$TMP/extra_verbs.txt" | grep -o 'verb patterns [0-9]*' | awk '{print $3}')"

# an empty and a binary file
: >"$TMP/empty.actors.txt"
check "an empty actors file loads (0 entries)" "$DYAD" dict check "$TMP/empty.actors.txt"
head -c 3000 /dev/urandom >"$TMP/noise.actors.txt"
"$DYAD" dict check "$TMP/noise.actors.txt" >/dev/null 2>"$TMP/noise.err"
rc=$?
if [ $rc -eq 1 ] && grep -q "noise.actors.txt:[0-9]*: " "$TMP/noise.err"; then
  ok "a binary file is reported by line, exit 1"
else
  notok "a binary file is reported by line, exit 1 (rc=$rc)"; head -3 "$TMP/noise.err" | sed 's/^/# /'
fi

# ---- coding with our fixture dictionaries merged over dyad's own
printf 'Valoria praised Northmarch for its courage.\n' >"$TMP/s1.txt"
out=$("$DYAD" code --date 2016-06-01 --dict good/Test.actors.txt --dict good/Test.verbs.txt "$TMP/s1.txt" 2>&1)
case "$out" in
  *'"source":"VLR"'*'"target":"NMR"'*'"code":"051"'*) ok "code --dict with a TABARI set: VLR NMR 051" ;;
  *) notok "code --dict with a TABARI set: VLR NMR 051"; printf '%s\n' "$out" | head -5 | sed 's/^/# /' ;;
esac

# ---- the third-party sets
if [ -d "$SHARED/dictionaries/phoenix" ]; then
  P=$SHARED/dictionaries/phoenix
  "$DYAD" dict check "$P" >"$TMP/ph.out" 2>"$TMP/ph.err"
  check_eq "dict check phoenix exits 0" 0 $?
  check_eq "dict check phoenix: no errors" "" "$(grep -v ': warning: ' "$TMP/ph.err")"
  check_eq "phoenix: 27 repaired lines listed as file:line: warning" 27 \
    "$(grep -c '^/.*\.txt:[0-9]*: warning: ' "$TMP/ph.err")"
  sum=$(grep ': actors ' "$TMP/ph.out")
  n=$(printf '%s' "$sum" | sed 's/.*: actors \([0-9]*\).*/\1/')
  if [ "${n:-0}" -ge 26000 ]; then ok "phoenix: >= 26000 actors ($n)"; else notok "phoenix: >= 26000 actors ($n)"; echo "# $sum"; fi
  for k in agents patterns discards issues; do
    v=$(printf '%s' "$sum" | grep -o "$k [0-9]*" | head -1 | awk '{print $2}')
    if [ "${v:-0}" -gt 0 ]; then ok "phoenix: $k counted ($v)"; else notok "phoenix: $k counted"; echo "# $sum"; fi
  done
  check_eq "phoenix: 52 issue categories" "issues 52" "$(printf '%s' "$sum" | grep -o 'issues [0-9]*')"
  for f in "$P"/Phoenix.*.txt "$P"/CAMEO.2.0.txt; do
    check "dict check $(basename "$f") exits 0" "$DYAD" dict check "$f"
  done
else
  skip "phoenix dictionaries" "no $SHARED/dictionaries/phoenix"
fi
if [ -d "$SHARED/conformance/petrarch" ]; then
  "$DYAD" dict check "$SHARED/conformance/petrarch" >"$TMP/pv.out" 2>"$TMP/pv.err"
  check_eq "dict check PETR.Validate set exits 0" 0 $?
  check_eq "PETR.Validate: no errors" "" "$(grep -v ': warning: ' "$TMP/pv.err")"
else
  skip "PETR.Validate dictionaries" "no $SHARED/conformance/petrarch"
fi

# ---- line endings, BOM, over-long lines, missing files
sed 's/$/\r/' good/Test.actors.txt >"$TMP/crlf.actors.txt"
check_eq "CRLF line ends read alike" \
  "$("$DYAD" dict check good/Test.actors.txt | grep -o 'actors [0-9]* (names [0-9]*, codes [0-9]*')" \
  "$("$DYAD" dict check "$TMP/crlf.actors.txt" | grep -o 'actors [0-9]* (names [0-9]*, codes [0-9]*')"
{ printf '\xef\xbb\xbf'; cat good/Test.agents.txt; } >"$TMP/bom.agents.txt"
check_eq "a UTF-8 BOM is skipped" \
  "$("$DYAD" dict check good/Test.agents.txt | grep -o 'agents [0-9]* (phrases [0-9]*')" \
  "$("$DYAD" dict check "$TMP/bom.agents.txt" | grep -o 'agents [0-9]* (phrases [0-9]*')"
{ echo "LONGLAND [LNG]"; printf 'X%.0s' $(seq 9000); echo " [LNG]"; echo "SHORTLAND [SHL]"; } >"$TMP/long.actors.txt"
"$DYAD" dict check "$TMP/long.actors.txt" >"$TMP/long.out" 2>"$TMP/long.err"
check_eq "an over-long line exits 1" 1 $?
check_eq "an over-long line is named" "$TMP/long.actors.txt:2: line too long (over 8192 bytes)" "$(cat "$TMP/long.err")"
case "$(cat "$TMP/long.out")" in
  *"actors 2 "*) ok "the lines around an over-long one still load" ;;
  *) notok "the lines around an over-long one still load"; sed 's/^/# /' "$TMP/long.out" ;;
esac
"$DYAD" dict check "$TMP/missing.actors.txt" >/dev/null 2>"$TMP/miss.err"
check_eq "a missing file exits 1" 1 $?
case "$(cat "$TMP/miss.err")" in
  *"missing.actors.txt: cannot read"*) ok "a missing file is named" ;;
  *) notok "a missing file is named"; sed 's/^/# /' "$TMP/miss.err" ;;
esac

# ---- literal coding (PETRARCH semantics) from the command line, from the
# sources and from a compiled set (the readers' state travels in it)
printf '%s\n' "Ruritania has accepted grain from Syldavia." \
  "The Twin Isles praised Freedonia." "Ruritania praised Syldavia state-run radio." >"$TMP/lit.txt"
"$DYAD" code --literal --data none --dict literal --date 2001-01-01 --format tsv "$TMP/lit.txt" \
  >"$TMP/lit.tsv" 2>"$TMP/lit.err"
check_eq "code --literal with a TABARI set exits 0" 0 $?
check_eq "literal: pattern slots, a two-code actor, a name across a word" \
  "SYL RUR 071|TWA FRE 051|TWB FRE 051|RUR SYLRAD 051" \
  "$(cut -f2-4 "$TMP/lit.tsv" | tr '\t\n' ' |' | sed 's/|$//')"
if "$DYAD" dict compile --data none --dict literal -o "$TMP/lit.dyc" >/dev/null 2>"$TMP/litc.err"; then
  "$DYAD" code --literal --data none --dict "$TMP/lit.dyc" --date 2001-01-01 --format tsv "$TMP/lit.txt" \
    >"$TMP/lit2.tsv" 2>&1
  check_eq "literal coding from the compiled set is the same" "$(cut -f2-4 "$TMP/lit.tsv")" \
    "$(cut -f2-4 "$TMP/lit2.tsv")"
else
  notok "dict compile of a TABARI set"; sed 's/^/# /' "$TMP/litc.err"
fi

# ---- the conformance records still failing are exactly those listed, each
# with its reason, in conformance-failures.txt (update it when one changes)
RUNNER=$ROOT/$BUILD/tests/test_conformance
if [ -f "$SHARED/conformance/petrarch/PETR.UnitTest.records.xml" ] && [ -x "$RUNNER" ]; then
  SHARED=$SHARED ROOT=$ROOT PETR_VERBOSE=1 "$RUNNER" >"$TMP/conf.out" 2>&1
  sed -n 's/^# FAIL \([^ ]*\) .*/\1/p' "$TMP/conf.out" | sort >"$TMP/conf.fail"
  grep -v '^#' conformance-failures.txt | cut -f1 | sort >"$TMP/conf.listed"
  check_eq "failing conformance records are the listed ones" "$(cat "$TMP/conf.listed")" "$(cat "$TMP/conf.fail")"
  check_eq "every listed record has a reason" "" "$(grep -v '^#' conformance-failures.txt | awk -F'\t' 'NF < 2 || $2 == ""')"
else
  skip "failing conformance records" "no $SHARED/conformance/petrarch or runner"
fi

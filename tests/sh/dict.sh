#!/usr/bin/env bash
# dict.sh: `dyad dict check` on the shipped data (exit 0, counts), on the
# malformed fixtures of tests/cases/dict/bad (exit 1, every file:line named),
# single files, missing paths and usage errors (exit 2); `dyad dict actors`.
. "$(dirname "$0")/../lib.sh"
BAD=$ROOT/tests/cases/dict/bad
GOOD=$ROOT/tests/cases/dict/good

# ---- the shipped dictionaries
"$DYAD" dict check "$ROOT/data" >"$TMP/out" 2>"$TMP/err"
check_eq "dict check data/ exits 0" 0 $?
check_eq "dict check data/ prints no error" "" "$(cat "$TMP/err")"
counts=$(cat "$TMP/out")
for k in countries igos people agents "verb patterns"; do
  n=$(printf '%s\n' "$counts" | grep -o "$k [0-9]*" | head -1 | awk '{print $NF}')
  if [ "${n:-0}" -gt 0 ]; then ok "dict check data/ counts $k ($n)"; else notok "dict check data/ counts $k"; echo "# $counts"; fi
done
n=$(printf '%s\n' "$counts" | grep -o "agents [0-9]*" | awk '{print $2}')
if [ "${n:-0}" -ge 250 ]; then ok "agents.tsv has >= 250 entries ($n)"; else notok "agents.tsv has >= 250 entries ($n)"; fi
"$DYAD" dict check >"$TMP/out2" 2>&1
check_eq "dict check with no path uses the data dir" 0 $?

# ---- a good fixture
check "dict check on the good fixture exits 0" "$DYAD" dict check "$GOOD"
check_eq "good fixture counts" "$GOOD: countries 21, igos 3, people 9, agents 7, verb patterns 3" \
  "$("$DYAD" dict check "$GOOD" 2>&1 | sed 's/, phrases.*//')"

# ---- malformed lines: all of them reported, each with file:line
"$DYAD" dict check "$BAD" >"$TMP/bad.out" 2>"$TMP/bad.err"
check_eq "dict check on malformed fixtures exits 1" 1 $?
want="countries.tsv:3: bad ISO code
countries.tsv:4: wrong field count
countries.tsv:5: empty name
countries.tsv:6: empty name in a '|' list
countries.tsv:7: bad coordinates
countries.tsv:9: invalid UTF-8
countries.tsv:10: line too long
people.tsv:3: unknown role
people.tsv:4: bad date
people.tsv:5: bad date
people.tsv:6: bad date: term ends before it starts
people.tsv:7: bad actor code
people.tsv:8: bad ISO code
people.tsv:9: empty name
people.tsv:10: wrong field count
agents.tsv:3: unknown sector code
agents.tsv:4: unknown role
agents.tsv:5: unknown kind
agents.tsv:6: empty name
agents.tsv:7: wrong field count
places.tsv:3: bad latitude"
printf '%s\n' "$want" | while IFS= read -r w; do
  if grep -qF "$BAD/$w" "$TMP/bad.err"; then ok "reports $w"; else notok "reports $w"; sed 's/^/# /' "$TMP/bad.err" | head -30; fi
done
check "the error count is printed" grep -q "errors" "$TMP/bad.out"
check "good lines of a bad file still load (countries 2)" grep -q "countries 2," "$TMP/bad.out"

# ---- single files, missing paths
check "dict check on one good file exits 0" "$DYAD" dict check "$ROOT/data/agents.tsv"
"$DYAD" dict check "$BAD/agents.tsv" >/dev/null 2>"$TMP/one.err"
check_eq "dict check on one bad file exits 1" 1 $?
check "one bad file names its lines" grep -q "agents.tsv:3: unknown sector" "$TMP/one.err"
"$DYAD" dict check "$TMP/nonexistent" >/dev/null 2>"$TMP/missing.err"
check_eq "missing directory exits 1" 1 $?
check "missing directory is named" grep -q "nonexistent" "$TMP/missing.err"
mkdir -p "$TMP/empty"
"$DYAD" dict check "$TMP/empty" >/dev/null 2>"$TMP/empty.err"
check_eq "directory without dictionaries exits 1" 1 $?
check "it names the missing countries.tsv" grep -q "empty/countries.tsv: cannot read" "$TMP/empty.err"
printf 'not a dictionary\n' >"$TMP/foo.txt"
"$DYAD" dict check "$TMP/foo.txt" >/dev/null 2>&1
check_eq "unknown file kind exits 1" 1 $?
mkdir -p "$TMP/d"; : >"$TMP/d/agents.tsv"
check "an empty agents.tsv is fine" "$DYAD" dict check "$TMP/d/agents.tsv"
printf '\x00\x01\x02binary\tGOV\n' >"$TMP/d/agents.tsv"
"$DYAD" dict check "$TMP/d/agents.tsv" >/dev/null 2>"$TMP/bin.err"
check_eq "binary agents.tsv exits 1" 1 $?
check "binary line is named" grep -q "agents.tsv:1:" "$TMP/bin.err"

# ---- usage errors
"$DYAD" dict check --bogus >/dev/null 2>&1
check_eq "unknown option exits 2" 2 $?
"$DYAD" dict >/dev/null 2>&1
check_eq "no subcommand exits 2" 2 $?
"$DYAD" dict frobnicate >/dev/null 2>&1
check_eq "unknown subcommand exits 2" 2 $?
"$DYAD" dict actors >/dev/null 2>&1
check_eq "dict actors without text exits 2" 2 $?

# ---- dict actors
out=$("$DYAD" dict actors --date 2016-06-13 "South Korean Foreign Minister Yun Byung-se met his Russian counterpart Sergey Lavrov." 2>&1)
check_eq "dict actors shows the mentions" "South Korean Foreign Minister Yun Byung-se => KORGOV PERSON FM
his Russian counterpart Sergey Lavrov => RUSGOV PERSON FM" "$(printf '%s\n' "$out" | sed 's/ country=.*//')"

# ---- --time: the load time is printed (not compared with the 50 ms budget:
# the test machines are shared, so timings are noisy)
t=$("$DYAD" dict check --time "$ROOT/data" 2>/dev/null | sed -n 's/.*loaded in \([0-9.]*\) ms/\1/p')
if [ -n "$t" ]; then ok "dict check --time prints the load time ($t ms)"; else notok "dict check --time prints the load time"; fi

# ---- the community's formats go to dict_petrarch.c (issue 4)
P=$SHARED/dictionaries/phoenix/Phoenix.agents.txt
if [ -f "$P" ]; then
  "$DYAD" dict check "$P" >"$TMP/pet.out" 2>&1
  check "a PETRARCH agents file is read by the PETRARCH reader" grep -q "agents [1-9][0-9]* (phrases" "$TMP/pet.out"
  check "our own agents.tsv stays ours" sh -c "'$DYAD' dict check '$ROOT/data/agents.tsv' | grep -q 'agents [1-9]' && ! '$DYAD' dict check '$ROOT/data/agents.tsv' | grep -q 'phrases [0-9]*, prefixed'"
else
  skip "PETRARCH agents file" "no \$SHARED/dictionaries/phoenix"
fi

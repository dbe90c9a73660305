#!/usr/bin/env bash
# dict.sh: `dyad dict check` on the shipped data (exit 0, counts), on the
# malformed fixtures of tests/cases/dict/bad (exit 1, every file:line named),
# single files, missing paths and usage errors (exit 2); `dyad dict actors`;
# compiled sets (`dyad dict compile`, the automatic cache): the same output
# as the sources, stale / corrupt / truncated / wrong-version / empty files.
. "$(dirname "$0")/../lib.sh"
# the automatic cache of this script's runs (never ~/.cache/dyad)
export DYAD_CACHE_DIR="$TMP/cache"
unset DYAD_NO_CACHE
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

# ---- compiled sets: dyad dict compile (issue 4)
IN=$ROOT/examples/reports.jsonl
C=$TMP/ours.dyc
"$DYAD" dict compile -o "$C" >"$TMP/comp.out" 2>&1
check_eq "dict compile of our set exits 0" 0 $?
check "dict compile prints the counts" grep -q "^$C: countries [1-9][0-9]*, igos" "$TMP/comp.out"
check "dict compile writes a file starting with its magic" sh -c "head -c 8 '$C' | grep -q DYADDICT"
"$DYAD" code "$IN" >"$TMP/src.jsonl" 2>"$TMP/src.err"
"$DYAD" code --data none --dict "$C" "$IN" >"$TMP/cmp.jsonl" 2>"$TMP/cmp.err"
check_eq "code with the compiled set exits 0" "" "$(cat "$TMP/cmp.err")"
if [ -s "$TMP/src.jsonl" ]; then ok "the example reports give events ($(wc -l <"$TMP/src.jsonl"))"; else notok "the example reports give events"; fi
check_file "code output with the compiled set is byte-identical to the sources (examples)" "$TMP/src.jsonl" "$TMP/cmp.jsonl"
# the gazetteer of a mapped compiled set is read in place (its entries and
# slots point into the file): a city found through it, as from the sources
printf 'Pakistani troops attacked Taliban fighters in Kandahar on Monday, officials said.\n' >"$TMP/gaz.txt"
check "a city from the sources' gazetteer" sh -c "'$DYAD' code --no-cache --date 2020-01-01 '$TMP/gaz.txt' | grep -q '\"location\":{\"name\":\"Kandahar\",\"country\":\"AFG\"'"
check_eq "the same city from a mapped compiled set's gazetteer" \
  "$("$DYAD" code --no-cache --date 2020-01-01 "$TMP/gaz.txt")" "$("$DYAD" code --data none --dict "$C" --date 2020-01-01 "$TMP/gaz.txt")"
check_eq "dict check on a compiled set prints the same counts as on its sources" \
  "$("$DYAD" dict check --no-cache "$ROOT/data" | sed 's/^[^:]*://')" "$("$DYAD" dict check "$C" | sed 's/^[^:]*://')"
if have_shared; then
  head -400 "$SHARED/corpus/agnews_world.jsonl" >"$TMP/ag.jsonl"
  "$DYAD" code "$TMP/ag.jsonl" "$SHARED/corpus/seeds" >"$TMP/src2.jsonl" 2>/dev/null
  "$DYAD" code --data none --dict "$C" "$TMP/ag.jsonl" "$SHARED/corpus/seeds" >"$TMP/cmp2.jsonl" 2>/dev/null
  check_file "code output with the compiled set is byte-identical (400 AG-news items, seeds)" "$TMP/src2.jsonl" "$TMP/cmp2.jsonl"
  PHXD=$SHARED/dictionaries/phoenix
  if [ -d "$PHXD" ]; then
    if "$DYAD" dict compile --dict "$PHXD" -o "$TMP/phx.dyc" >"$TMP/phxc.out" 2>&1; then
      "$DYAD" code --dict "$PHXD" "$TMP/ag.jsonl" >"$TMP/src3.jsonl" 2>/dev/null
      "$DYAD" code --data none --dict "$TMP/phx.dyc" "$TMP/ag.jsonl" >"$TMP/cmp3.jsonl" 2>/dev/null
      check_file "Phoenix + ours compiled: byte-identical output (400 AG-news items)" "$TMP/src3.jsonl" "$TMP/cmp3.jsonl"
    elif grep -q "cannot be compiled yet" "$TMP/phxc.out"; then
      skip "Phoenix + ours compiled" "PETRARCH readers' state has no saved form yet"
    else
      notok "dict compile of Phoenix + ours"; sed 's/^/# /' "$TMP/phxc.out" | head -5
    fi
  else
    skip "Phoenix compiled" "no \$SHARED/dictionaries/phoenix"
  fi
else
  skip "compiled set on the shared corpus" "no \$SHARED/corpus"
fi

# usage
"$DYAD" dict compile >/dev/null 2>"$TMP/u.err"
check_eq "dict compile without -o exits 2" 2 $?
check "it says -o is missing" grep -q "no output file" "$TMP/u.err"
"$DYAD" dict compile --data none -o "$TMP/x.dyc" >/dev/null 2>&1
check_eq "dict compile --data none without --dict exits 2" 2 $?
"$DYAD" dict compile --bogus -o "$TMP/x.dyc" >/dev/null 2>&1
check_eq "dict compile with an unknown option exits 2" 2 $?
"$DYAD" dict compile -o >/dev/null 2>&1
check_eq "dict compile -o without a file exits 2" 2 $?
"$DYAD" dict compile --data "$BAD" -o "$TMP/bad.dyc" >/dev/null 2>"$TMP/cbad.err"
check_eq "dict compile of a set with errors exits 1" 1 $?
check "it lists the errors" grep -q "countries.tsv:3: bad ISO code" "$TMP/cbad.err"
check "and writes nothing" test ! -e "$TMP/bad.dyc"
"$DYAD" dict compile -o "$TMP/nodir/x.dyc" >/dev/null 2>"$TMP/nodir.err"
check_eq "dict compile into a missing directory exits 1" 1 $?
check "it names the file" grep -q "nodir/x.dyc.*cannot write" "$TMP/nodir.err"
"$DYAD" code --dict "$C" "$IN" >/dev/null 2>"$TMP/notnew.err"
check_eq "a compiled set merged onto ours exits 1" 1 $?
check "it says to load it alone" grep -q "ours.dyc: a compiled dictionary set is complete" "$TMP/notnew.err"

# damaged files: an error naming the file, never a crash
bad_dyc() { # NAME FILE PATTERN
  "$DYAD" code --data none --dict "$2" "$IN" >/dev/null 2>"$TMP/dyc.err"
  local rc=$?
  check_eq "$1: exit 1" 1 $rc
  check "$1: message names the file and says why" grep -q "$(basename "$2"): .*$3" "$TMP/dyc.err"
  "$DYAD" dict check "$2" >/dev/null 2>&1
  check_eq "$1: dict check exits 1" 1 $?
}
size=$(stat -c %s "$C")
: >"$TMP/empty.dyc"
bad_dyc "empty compiled file" "$TMP/empty.dyc" "empty file"
head -c $((size / 2)) "$C" >"$TMP/trunc.dyc"
bad_dyc "truncated compiled file" "$TMP/trunc.dyc" "truncated"
head -c 40 "$C" >"$TMP/trunc2.dyc"
bad_dyc "compiled file cut inside its header" "$TMP/trunc2.dyc" "truncated"
cp "$C" "$TMP/flip.dyc"
printf '\xff' | dd of="$TMP/flip.dyc" bs=1 seek=$((size / 3)) conv=notrunc 2>/dev/null
printf '\x00' | dd of="$TMP/flip.dyc" bs=1 seek=$((size / 3 + 1)) conv=notrunc 2>/dev/null
bad_dyc "corrupt compiled file (bytes changed)" "$TMP/flip.dyc" "checksum"
cp "$C" "$TMP/ver.dyc"
printf '\x63' | dd of="$TMP/ver.dyc" bs=1 seek=8 conv=notrunc 2>/dev/null
bad_dyc "compiled file of another format version" "$TMP/ver.dyc" "another format version"
cp "$C" "$TMP/bom.dyc"
printf '\x01\x02\x03\x04' | dd of="$TMP/bom.dyc" bs=1 seek=12 conv=notrunc 2>/dev/null
bad_dyc "compiled file of the other byte order" "$TMP/bom.dyc" "another machine type"
{ cat "$C"; printf 'junk'; } >"$TMP/long.dyc"
bad_dyc "compiled file with bytes appended" "$TMP/long.dyc" "corrupt"
printf 'DYADDICTxxxx' >"$TMP/magic.dyc"
bad_dyc "a file with the magic only" "$TMP/magic.dyc" "truncated"
printf 'hello\n' >"$TMP/text.dyc"
bad_dyc "a .dyc file that is text" "$TMP/text.dyc" "not a compiled dictionary set"

# stale: a source changed since it was compiled
cp -r "$ROOT/data" "$TMP/data"
"$DYAD" dict compile --data "$TMP/data" -o "$TMP/st.dyc" >/dev/null 2>&1
check "compiled from a copy of data/" "$DYAD" code --data none --dict "$TMP/st.dyc" "$IN"
touch -d '2001-01-01' "$TMP/data/agents.tsv"
"$DYAD" code --data none --dict "$TMP/st.dyc" "$IN" >/dev/null 2>"$TMP/st.err"
check_eq "a changed source makes the compiled set stale: exit 1" 1 $?
check "the message names the changed file" grep -q "st.dyc: stale compiled dictionary set: .*data/agents.tsv changed" "$TMP/st.err"
"$DYAD" dict compile --data "$TMP/data" -o "$TMP/st.dyc" >/dev/null 2>&1
printf 'x\n' >"$TMP/data/new-file.txt"
"$DYAD" code --data none --dict "$TMP/st.dyc" "$IN" >/dev/null 2>"$TMP/st2.err"
check_eq "a file added to a source directory makes it stale" 1 $?
rm -f "$TMP/data/new-file.txt"
"$DYAD" dict compile --data none --dict "$C" -o "$TMP/twice.dyc" >/dev/null 2>"$TMP/twice.err"
check_eq "compiling a compiled set exits 1" 1 $?
check "it says to compile the sources" grep -q "itself a compiled set" "$TMP/twice.err"
check "and writes nothing" test ! -e "$TMP/twice.dyc"

# ---- the automatic cache (dyad dict check; dyad code once the CLI uses it)
cp -r "$ROOT/data" "$TMP/adata"
t1=$("$DYAD" dict check --time "$TMP/adata" 2>&1 | head -1)
t2=$("$DYAD" dict check --time "$TMP/adata" 2>&1 | head -1)
case "$t1" in *"(compiled)"*) notok "first check reads the sources ($t1)";; *) ok "first check reads the sources";; esac
case "$t2" in *"(compiled)"*) ok "second check reads the automatic cache";; *) notok "second check reads the automatic cache ($t2)";; esac
cf=$("$DYAD" dict cache --data "$TMP/adata" | sed 's/: .*//')
check "the cache file is under \$DYAD_CACHE_DIR" test -f "$cf"
check "dict cache says it is fresh" sh -c "'$DYAD' dict cache --data '$TMP/adata' | grep -q ': fresh'"
check_eq "counts from the cache equal those from the sources" \
  "$("$DYAD" dict check --no-cache "$TMP/adata")" "$("$DYAD" dict check "$TMP/adata")"
# damaged cache files are rebuilt silently
for how in empty trunc flip; do
  size=$(stat -c %s "$cf")
  case $how in
    empty) : >"$cf" ;;
    trunc) head -c $((size / 2)) "$cf" >"$cf.x" && mv "$cf.x" "$cf" ;;
    flip) printf '\x55\xaa' | dd of="$cf" bs=1 seek=$((size / 2)) conv=notrunc 2>/dev/null ;;
  esac
  "$DYAD" dict check --time "$TMP/adata" >"$TMP/ac.out" 2>"$TMP/ac.err"
  check_eq "$how cache file: dict check still exits 0" 0 $?
  check_eq "$how cache file: no message" "" "$(cat "$TMP/ac.err")"
  check "$how cache file: read from the sources" sh -c "! grep -q '(compiled)' '$TMP/ac.out'"
  check "$how cache file: rebuilt (next check is compiled)" sh -c "'$DYAD' dict check --time '$TMP/adata' | grep -q '(compiled)'"
done
# a changed source: rebuilt, with the change
printf 'provisional council\tGOV\n' >>"$TMP/adata/agents.tsv"
n1=$("$DYAD" dict check --no-cache "$TMP/adata" | grep -o 'agents [0-9]*')
out=$("$DYAD" dict check --time "$TMP/adata")
case "$out" in *"(compiled)"*) notok "a changed source is not read from the stale cache";; *) ok "a changed source is not read from the stale cache";; esac
check_eq "the rebuilt set has the change" "$n1" "$(printf '%s\n' "$out" | grep -o 'agents [0-9]*')"
check "and the cache is fresh again" sh -c "'$DYAD' dict check --time '$TMP/adata' | grep -q '(compiled)'"
# off switches; an unwritable cache directory
out=$(DYAD_NO_CACHE=1 "$DYAD" dict check --time "$TMP/adata" | head -1)
case "$out" in *"(compiled)"*) notok "DYAD_NO_CACHE=1 reads the sources";; *) ok "DYAD_NO_CACHE=1 reads the sources";; esac
out=$("$DYAD" dict check --no-cache --time "$TMP/adata" | head -1)
case "$out" in *"(compiled)"*) notok "--no-cache reads the sources";; *) ok "--no-cache reads the sources";; esac
DYAD_CACHE_DIR=/proc/nonexistent/dyad "$DYAD" dict check "$TMP/adata" >/dev/null 2>"$TMP/nw.err"
check_eq "an unwritable cache directory: still exits 0" 0 $?
check_eq "an unwritable cache directory: no message" "" "$(cat "$TMP/nw.err")"
# the cache is keyed by the build (its GNU build-id note): a copy of the
# same binary with a new mtime reads it; another build keeps its own file
cp "$DYAD" "$TMP/dyad-copy"; touch "$TMP/dyad-copy"
t3=$("$TMP/dyad-copy" dict check --time "$TMP/adata" 2>&1 | head -1)
case "$t3" in *"(compiled)"*) ok "a copy of the same build reads its cache";; *) notok "a copy of the same build reads its cache ($t3)";; esac
if command -v objcopy >/dev/null 2>&1 && objcopy --remove-section=.note.gnu.build-id "$DYAD" "$TMP/dyad-other" 2>/dev/null; then
  cf2=$("$TMP/dyad-other" dict cache --data "$TMP/adata" | sed 's/: .*//')
  if [ -n "$cf2" ] && [ "$cf2" != "$cf" ]; then ok "another build names another cache file"; else notok "another build names another cache file ($cf2)"; fi
  "$TMP/dyad-other" dict check "$TMP/adata" >/dev/null 2>&1
  check "and leaves this build's file fresh" sh -c "'$DYAD' dict cache --data '$TMP/adata' | grep -q ': fresh'"
else
  skip "another build names another cache file" "no objcopy"
fi
# sets with errors are never cached: every check reports them
"$DYAD" dict check "$BAD" >/dev/null 2>&1
"$DYAD" dict check "$BAD" >/dev/null 2>"$TMP/bad2.err"
check_eq "a set with errors still exits 1 on the next check" 1 $?
check_eq "and reports the same errors" "$(cat "$TMP/bad.err")" "$(cat "$TMP/bad2.err")"
# at most 16 sets are kept
for i in $(seq 1 20); do mkdir -p "$TMP/many/$i"; cp "$ROOT/tests/cases/dict/good/"* "$TMP/many/$i/"; "$DYAD" dict check "$TMP/many/$i" >/dev/null 2>&1; done
n=$(ls "$DYAD_CACHE_DIR" | grep -c '^dict-.*\.dyc$')
if [ "$n" -le 16 ]; then ok "the cache keeps at most 16 sets ($n)"; else notok "the cache keeps at most 16 sets ($n)"; fi

# dyad code through the automatic cache: the first run writes it, the next
# reads it; the output is the same either way
export DYAD_CACHE_DIR="$TMP/cache-code"
"$DYAD" code "$IN" >"$TMP/c1.jsonl" 2>/dev/null
cf=$("$DYAD" dict cache | sed 's/: .*//')
check "dyad code writes the automatic cache" sh -c "'$DYAD' dict cache | grep -q ': fresh'"
"$DYAD" code "$IN" >"$TMP/c2.jsonl" 2>/dev/null
"$DYAD" code --no-cache "$IN" >"$TMP/c3.jsonl" 2>/dev/null
check_file "dyad code from the automatic cache: same output" "$TMP/c1.jsonl" "$TMP/c2.jsonl"
check_file "dyad code --no-cache: same output" "$TMP/c3.jsonl" "$TMP/c2.jsonl"
printf 'garbage' >"$cf"
"$DYAD" code "$IN" >"$TMP/c4.jsonl" 2>"$TMP/c4.err"
check_eq "dyad code with a garbled cache file: no message" "" "$(cat "$TMP/c4.err")"
check_file "dyad code with a garbled cache file: same output" "$TMP/c1.jsonl" "$TMP/c4.jsonl"
check "and the cache is rebuilt" sh -c "'$DYAD' dict cache | grep -q ': fresh'"
if [ -d "${PHXD:-/nonexistent}" ] && [ -f "$TMP/ag.jsonl" ]; then
  "$DYAD" code --dict "$PHXD" "$TMP/ag.jsonl" >"$TMP/p1.jsonl" 2>/dev/null
  "$DYAD" code --dict "$PHXD" "$TMP/ag.jsonl" >"$TMP/p2.jsonl" 2>/dev/null
  "$DYAD" code --no-cache --dict "$PHXD" "$TMP/ag.jsonl" >"$TMP/p3.jsonl" 2>/dev/null
  check "the Phoenix set is cached too" sh -c "'$DYAD' dict cache --dict '$PHXD' | grep -q ': fresh'"
  check_file "Phoenix from the automatic cache: same output (400 AG-news items)" "$TMP/p3.jsonl" "$TMP/p2.jsonl"
  check_file "Phoenix, first run (writing the cache): same output" "$TMP/p3.jsonl" "$TMP/p1.jsonl"
  t=$("$DYAD" dict check --time "$PHXD" 2>/dev/null | head -1)
  t=$("$DYAD" dict check --time "$PHXD" 2>/dev/null | head -1)
  case "$t" in *"(compiled)"*) ok "dict check of Phoenix reads its cache ($t)";; *) notok "dict check of Phoenix reads its cache ($t)";; esac
  "$DYAD" dict check "$PHXD" >"$TMP/pc1.out" 2>"$TMP/pc1.err"
  "$DYAD" dict check --no-cache "$PHXD" >"$TMP/pc2.out" 2>"$TMP/pc2.err"
  check_file "dict check of Phoenix from its cache: same counts and summary" "$TMP/pc2.out" "$TMP/pc1.out"
  check_file "dict check of Phoenix from its cache: same warnings" "$TMP/pc2.err" "$TMP/pc1.err"
else
  skip "Phoenix through the automatic cache" "no \$SHARED/dictionaries/phoenix"
fi

# the cache key: a relative path means another set in another directory
export DYAD_CACHE_DIR="$TMP/cache-rel"
mkdir -p "$TMP/rel1/set" "$TMP/rel2/set"
cp "$ROOT/data/"* "$TMP/rel1/set/"
cp "$ROOT/tests/cases/dict/good/"* "$TMP/rel2/set/"
(cd "$TMP/rel1" && "$DYAD" dict check set >/dev/null 2>&1 && "$DYAD" dict check set >/dev/null 2>&1)
want=$(cd "$TMP/rel2" && "$DYAD" dict check --no-cache set 2>&1)
got=$(cd "$TMP/rel2" && "$DYAD" dict check set 2>&1)
check_eq "a relative path in another directory is another set" "$want" "$got"
# no cache directory at all: the sources, silently
out=$(env -u DYAD_CACHE_DIR -u XDG_CACHE_HOME -u HOME "$DYAD" dict check --time "$GOOD" 2>&1)
case "$out" in *"(compiled)"*|*rror*) notok "without any cache directory the sources are read ($out)";; *) ok "without any cache directory the sources are read";; esac
env -u DYAD_CACHE_DIR -u XDG_CACHE_HOME -u HOME "$DYAD" dict cache >/dev/null 2>"$TMP/nohome.err"
check_eq "dict cache without a cache directory exits 1" 1 $?
check "and says why" grep -q "no cache directory" "$TMP/nohome.err"

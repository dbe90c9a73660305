#!/usr/bin/env bash
# tests/sh/options.sh: `dyad code` dictionary options: --dict merged over
# dyad's own data, --data none (only the --dict sets, "instead of ours"),
# and --literal (patterns fire with their own codes, as PETRARCH does).
# The little TABARI-format dictionaries are written here; nothing from
# ../shared is needed.
. "$(dirname "$0")/../lib.sh"
mkdir -p "$TMP/mini"
cat >"$TMP/mini/Mini.actors.txt" <<'X'
ZEMBLA [ZEM]
ANTERRA [ANT]
X
cat >"$TMP/mini/Mini.verbs.txt" <<'X'
--- DENOUNCE [111] ---
DENOUNCE
DENOUNCED
- * [111]
--- MEET [040] ---
MEET
MET
- * [040]
X
code() { local s=$1; shift; echo "$s" | "$DYAD" code --format tsv "$@" 2>"$TMP/err" | cut -f2-4; }

check_eq "--dict merged over ours: its actors code" "ZEM	ANT	111" \
  "$(code "Zembla denounced Anterra on Monday." --dict "$TMP/mini")"
check_eq "--dict merged over ours: our actors still code" "FRA	DEU	111" \
  "$(code "France denounced Germany." --dict "$TMP/mini")"
check_eq "--data none: only the --dict set (no FRA/DEU)" "" \
  "$(code "France denounced Germany." --data none --dict "$TMP/mini")"
check_eq "--data none: the --dict set codes" "ZEM	ANT	111" \
  "$(code "Zembla denounced Anterra." --data none --dict "$TMP/mini")"
check_eq "--data none with two --dict files" "ZEM	ANT	111" \
  "$(code "Zembla denounced Anterra." --data none --dict "$TMP/mini/Mini.actors.txt" \
     --dict "$TMP/mini/Mini.verbs.txt")"
check_eq "future tense is intent (036) by default" "ZEM	ANT	036" \
  "$(code "Zembla will meet Anterra." --data none --dict "$TMP/mini")"
check_eq "--literal: the pattern's own code (040)" "ZEM	ANT	040" \
  "$(code "Zembla will meet Anterra." --data none --dict "$TMP/mini" --literal)"

echo "Zembla met Anterra." | "$DYAD" code --data none >"$TMP/out" 2>"$TMP/err"
rc=$?
check_eq "--data none without --dict exits 1" 1 $rc
check "--data none without --dict says why" grep -q -- "--data none needs at least one --dict" "$TMP/err"
check_eq "--data none without --dict prints no event" "" "$(cat "$TMP/out")"
echo x | "$DYAD" code --literally >/dev/null 2>"$TMP/err"
check_eq "a misspelt option exits 2" 2 $?
check "a misspelt option is named" grep -q -- "unknown option '--literally'" "$TMP/err"
check "explain takes --literal" "$DYAD" explain --data none --dict "$TMP/mini" --literal "Zembla will meet Anterra."
check "explain --literal shows the 040 event" \
  bash -c "'$DYAD' explain --data none --dict '$TMP/mini' --literal 'Zembla will meet Anterra.' | grep -q '040'"
echo x | "$DYAD" code --date 2016-13-01 >/dev/null 2>"$TMP/err"
check_eq "code --date with month 13 exits 2" 2 $?
check "code --date with month 13 is named" grep -q -- "--date wants YYYY, YYYY-MM or YYYY-MM-DD, not '2016-13-01'" "$TMP/err"

# The compiled-dictionary cache as `dyad code` uses it.
export DYAD_CACHE_DIR="$TMP/cache"
s="Zembla denounced Anterra on Monday."
echo "$s" | "$DYAD" code --no-cache --dict "$TMP/mini" >"$TMP/c0" 2>&1
check_eq "--no-cache writes no cache file" "" "$(ls "$TMP/cache" 2>/dev/null)"
echo "$s" | "$DYAD" code --dict "$TMP/mini" >"$TMP/c1" 2>&1
check_eq "the first run writes one compiled set" 1 "$(ls "$TMP/cache" | grep -c '\.dyc$')"
echo "$s" | "$DYAD" code --dict "$TMP/mini" >"$TMP/c2" 2>&1
check_file "output from the sources = output through a fresh cache (write)" "$TMP/c0" "$TMP/c1"
check_file "output from the sources = output through a fresh cache (read)" "$TMP/c0" "$TMP/c2"
sleep 1; echo "GONDOR [GON]" >>"$TMP/mini/Mini.actors.txt"
check_eq "an edited source is seen at once (stale cache rebuilt)" "GON	ANT	111" \
  "$(code "Gondor denounced Anterra." --dict "$TMP/mini")"
for f in "$TMP"/cache/*.dyc; do head -c 100 "$f" >"$f.cut" && mv "$f.cut" "$f"; done
check_eq "a truncated cache file is rebuilt silently" "GON	ANT	111" \
  "$(code "Gondor denounced Anterra." --dict "$TMP/mini")"
check_eq "... with nothing on stderr" "" "$(cat "$TMP/err")"

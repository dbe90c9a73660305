#!/usr/bin/env bash
# bench/agreement.sh: how far two careful human coders agree, the ceiling
# for the coder's accuracy. bench/agreement/ holds BLIND SECOND CODINGS (by
# another engineer, who saw neither the first gold nor the coder) of the
# texts of four gold sets: tests/gold/articles4/ (twelve articles),
# tests/gold/holdout5/ (AG items N mod 17 = 0; both by gold14), and the
# unseen AG slices tests/gold/holdout7/ and holdout8/ (N mod 17 = 4 and 6;
# by gold18, stop 14). It prints human-vs-human figures only. Each coder's R lines (the
# first alternative of each field) are turned into events and scored by
# `dyad eval` against the other coder's gold (R and O lines, as the coder
# is scored), both ways. Prints one table.
#   BUILD=build bench/agreement.sh
set -u
cd "$(dirname "$0")/.." || exit 1
BUILD=${BUILD:-build}
case $BUILD in /*) DYAD=$BUILD/dyad ;; *) DYAD=$PWD/$BUILD/dyad ;; esac
SHARED=${SHARED:-$(cd .. && pwd)/shared}
[ -x "$DYAD" ] || { echo "agreement: no $DYAD (run make first)" >&2; exit 1; }
A=bench/agreement
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT

# R lines of a gold tsv -> event JSON lines (one sentence number per line,
# so that no two collapse); SUFFIX is appended to the doc id.
to_events() {
  awk -F'\t' -v suffix="$2" '
    /^#/ || NF < 7 { next }
    !hdr { hdr = 1; next }
    $2 != "R" { next }
    {
      split($4, s, "|"); split($5, r, "|"); split($7, t, "|")
      root = (r[1] == "-") ? "01" : r[1]
      date = ($3 == "-") ? "null" : "\"" $3 "\""
      src = (s[1] == "-") ? "null" : "\"" s[1] "\""
      tgt = (t[1] == "-") ? "null" : "\"" t[1] "\""
      printf "{\"doc\":\"%s%s\",\"sentence\":%d,\"date\":%s,\"source_country\":%s,\"target_country\":%s,\"root\":\"%s\",\"code\":\"%s0\"}\n",
        $1, suffix, NR, date, src, tgt, root, root
    }' "$1"
}

field() { sed -n "s/^$1: *//p" "$2" | head -1; }
row() { # name gold events [noevent]
  local out=$TMP/out args=("$2" "$3")
  [ -n "${4:-}" ] && args+=(--docs "$4")
  if ! "$DYAD" eval "${args[@]}" >"$out" 2>&1; then
    echo "| $1 | failed: $(head -1 "$out") | | | |"; return
  fi
  echo "| $1 | $(field precision "$out") | $(field recall "$out") | $(field f1 "$out") | $(field 'date accuracy' "$out") |"
}

echo "| second coder scored against the first | P | R | F1 | dates |"
echo "|---|---|---|---|---|"
to_events $A/articles4-second.tsv .txt >"$TMP/s4.jsonl"
to_events tests/gold/articles4/articles4.tsv .txt >"$TMP/g4.jsonl"
row "articles4: gold14's R lines vs gold11's gold" tests/gold/articles4/articles4.tsv "$TMP/s4.jsonl"
row "articles4: gold11's R lines vs gold14's gold" $A/articles4-second.tsv "$TMP/g4.jsonl"
# slice NAME FIRST_WRITER SECOND_WRITER: an AG slice's two codings both ways
# (tests/gold/NAME/agnews-NAME.tsv + -noevent.txt, and $A/NAME-second*).
slice() {
  local g=tests/gold/$1/agnews-$1
  to_events "$A/$1-second.tsv" "" >"$TMP/s-$1.jsonl"
  to_events "$g.tsv" "" >"$TMP/g-$1.jsonl"
  row "$1: $3's R lines vs $2's gold" "$g.tsv" "$TMP/s-$1.jsonl" "$g-noevent.txt"
  row "$1: $2's R lines vs $3's gold" "$A/$1-second.tsv" "$TMP/g-$1.jsonl" "$A/$1-second-noevent.txt"
}
slice holdout5 gold10 gold14
slice holdout7 gold15 gold18
slice holdout8 gold16 gold18

#!/usr/bin/env bash
# bench/accuracy.sh: the coder's accuracy on every gold set of the project,
# one table: precision, recall, F1 (events compared as source country, CAMEO
# root, target country), R lines found and date accuracy. The same figures
# as the floors of tests/sh/{eval,holdout*,dev2,articles*}.sh, printed side by
# side. Sets whose inputs are missing (../shared absent) are listed as n/a.
#   BUILD=build bench/accuracy.sh            (make accuracy)
# Unseen sets are left out unless SHOW_UNSEEN=1: whoever tunes the coder
# must not watch their figures (the lead measures them).
# Status: "dev" sets are tuned against; "unseen" sets were coded by someone
# who did not work on the coder and nobody tunes against them; "retired"
# sets were unseen once and are dev sets now (see each file's header).
# "val" sets (validation) are shown to all, but nobody who tunes the coder
# reads their gold, their items or per-item output (eval -v): their figure
# tells whether a change made for the dev sets carries to new text.
set -u
cd "$(dirname "$0")/.." || exit 1
BUILD=${BUILD:-build}
DYAD=$PWD/$BUILD/dyad
SHARED=${SHARED:-$(cd .. && pwd)/shared}
AG=$SHARED/corpus/agnews_world.jsonl
[ -x "$DYAD" ] || { echo "accuracy: no $DYAD (run make first)" >&2; exit 1; }

# name | status | gold | no-event list or - | inputs (a glob)
SETS="seeds|dev|tests/gold/seeds.tsv|-|$SHARED/corpus/seeds
agnews|dev|tests/gold/agnews.tsv|tests/gold/agnews-noevent.txt|$AG
holdout|retired|tests/gold/holdout/agnews-holdout.tsv|tests/gold/holdout/agnews-holdout-noevent.txt|$AG
holdout2|retired|tests/gold/holdout2/agnews-holdout2.tsv|tests/gold/holdout2/agnews-holdout2-noevent.txt|$AG
dev2|dev|tests/gold/dev2/agnews-dev2.tsv|tests/gold/dev2/agnews-dev2-noevent.txt|$AG
holdout3|retired|tests/gold/holdout3/agnews-holdout3.tsv|tests/gold/holdout3/agnews-holdout3-noevent.txt|$AG
articles-dev|dev|tests/gold/articles-dev/articles-dev.tsv|-|tests/gold/articles-dev/*.txt
articles|retired|tests/gold/articles/articles.tsv|-|tests/gold/articles/*.txt
articles3|dev|tests/gold/articles3/articles3.tsv|-|tests/gold/articles3/*.txt
holdout4|retired|tests/gold/holdout4/agnews-holdout4.tsv|tests/gold/holdout4/agnews-holdout4-noevent.txt|$AG
articles2|retired|tests/gold/articles2/articles2.tsv|-|tests/gold/articles2/*.txt
holdout5|retired|tests/gold/holdout5/agnews-holdout5.tsv|tests/gold/holdout5/agnews-holdout5-noevent.txt|$AG
articles4|retired|tests/gold/articles4/articles4.tsv|-|tests/gold/articles4/*.txt
holdout6|retired|tests/gold/holdout6/agnews-holdout6.tsv|tests/gold/holdout6/agnews-holdout6-noevent.txt|$AG
articles5|retired|tests/gold/articles5/articles5.tsv|-|tests/gold/articles5/*.txt
holdout7|unseen|tests/gold/holdout7/agnews-holdout7.tsv|tests/gold/holdout7/agnews-holdout7-noevent.txt|$AG
holdout8|unseen|tests/gold/holdout8/agnews-holdout8.tsv|tests/gold/holdout8/agnews-holdout8-noevent.txt|$AG
articles6|retired|tests/gold/articles6/articles6.tsv|-|tests/gold/articles6/*.txt
articles7|retired|tests/gold/articles7/articles7.tsv|-|tests/gold/articles7/*.txt
articles8|retired|tests/gold/articles8/articles8.tsv|-|tests/gold/articles8/*.txt
articles9|retired|tests/gold/articles9/articles9.tsv|-|tests/gold/articles9/*.txt
articles10|retired|tests/gold/articles10/articles10.tsv|-|tests/gold/articles10/*.txt
articles11|retired|tests/gold/articles11/articles11.tsv|-|tests/gold/articles11/*.txt
articles12|retired|tests/gold/articles12/articles12.tsv|-|tests/gold/articles12/*.txt
articles13|retired|tests/gold/articles13/articles13.tsv|-|tests/gold/articles13/*.txt
articles14|unseen|tests/gold/articles14/articles14.tsv|-|tests/gold/articles14/*.txt
val1|val|tests/gold/val1/agnews-val1.tsv|tests/gold/val1/agnews-val1-noevent.txt|$AG
val2|val|tests/gold/val2/val2.tsv|-|tests/gold/val2/*.txt
val3|val|tests/gold/val3/agnews-val3.tsv|tests/gold/val3/agnews-val3-noevent.txt|$AG
val4|val|tests/gold/val4/val4.tsv|-|tests/gold/val4/*.txt"

field() { sed -n "s/^$1: *//p" "$2" | head -1; }

echo "| set | status | P | R | F1 | R found | dates |"
echo "|---|---|---|---|---|---|---|"
while IFS='|' read -r name status gold noev inputs; do
  [ -f "$gold" ] || continue
  if [ "$status" = unseen ] && [ "${SHOW_UNSEEN:-0}" != 1 ]; then
    echo "| $name | $status | hidden | | | | (SHOW_UNSEEN=1 shows it) |"
    continue
  fi
  # shellcheck disable=SC2206
  files=($inputs)
  if [ ! -e "${files[0]}" ]; then
    echo "| $name | $status | n/a | n/a | n/a | n/a | n/a (no ${files[0]}) |"
    continue
  fi
  args=("$gold")
  [ "$noev" != - ] && args+=(--docs "$noev")
  out=$(mktemp)
  if ! "$DYAD" eval "${args[@]}" --code "${files[@]}" >"$out" 2>&1; then
    echo "| $name | $status | failed: $(head -1 "$out" | cut -c1-80) | | | | |"
    rm -f "$out"
    continue
  fi
  echo "| $name | $status | $(field precision "$out") | $(field recall "$out") | $(field f1 "$out") |" \
    "$(field found "$out" | sed 's/ (.*//') | $(field 'date accuracy' "$out") |"
  rm -f "$out"
done <<<"$SETS"

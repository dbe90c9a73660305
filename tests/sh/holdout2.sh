#!/usr/bin/env bash
# tests/sh/holdout2.sh: the coder on the SECOND held-out AG-news gold
# (tests/gold/holdout2/: items agw-NNNN with N mod 17 = 11), coded by a reader
# who did not write the coder, before the coder was run on those items. It
# gives a second unseen figure next to tests/sh/holdout.sh and the dev figure
# of tests/sh/eval.sh. Do not tune the coder against this file.
# The floor is the F1 measured when the file was written minus 0.03, rounded
# down (09:15 UTC 2026-12-01, work tree on caecd1a with uncommitted edits of
# src/coder.c src/dates.c src/verbs.c src/dyad.h by their owners, build-gold:
# P 0.7568, R 0.2982, F1 0.4279; 37 events, 28 correct, 9 false positives;
# 17 of 57 R lines found; the dev agnews.tsv F1 at the same build: 0.825).
# Command: dyad eval GOLD --docs NOEV --code
# ../shared/corpus/agnews_world.jsonl.
# Measured again by the lead at 11:08 UTC on 1f1a207 (after this session's
# recall work, which never opened this slice): P 0.7843, R 0.4035, F1 0.5329;
# 51 events, 40 correct; 23 of 57 R lines. The floor is that F1 minus 0.03.
. "$(dirname "$0")/../lib.sh"
HO=$ROOT/tests/gold/holdout2
GOLD=$HO/agnews-holdout2.tsv
NOEV=$HO/agnews-holdout2-noevent.txt
HOLDOUT2_FLOOR=0.50

# The gold file loads (format checked strictly) without any events.
check "holdout2 gold file is well-formed" "$DYAD" eval "$GOLD" </dev/null
check "holdout2 no-event list loads" "$DYAD" eval "$GOLD" --docs "$NOEV" </dev/null
# Every id is of this selection (N mod 17 = 11), so it never overlaps the dev
# gold (N mod 17 = 7 or 15) nor the first held-out slice (N mod 17 = 3), and
# no item is both gold and no-event.
bad=$( { grep -v '^#' "$GOLD" | tail -n +2 | cut -f1; grep -v '^#' "$NOEV"; } |
  awk '{ n = substr($0, 5) + 0; if ($0 !~ /^agw-[0-9][0-9][0-9][0-9]$/ || n % 17 != 11) print }')
check_eq "holdout2 ids are all agw-NNNN with N mod 17 = 11" "" "$bad"
both=$(comm -12 <(grep -v '^#' "$GOLD" | tail -n +2 | cut -f1 | sort -u) \
  <(grep -v '^#' "$NOEV" | sort -u))
check_eq "no holdout2 item is both in the gold and the no-event list" "" "$both"
# No id of this slice appears in any other gold or no-event file.
ids=$( { grep -v '^#' "$GOLD" | tail -n +2 | cut -f1; grep -v '^#' "$NOEV"; } | sort -u)
others=$(for f in "$ROOT"/tests/gold/*.tsv "$ROOT"/tests/gold/*.txt \
  "$ROOT"/tests/gold/holdout/*; do
  [ -f "$f" ] && grep -v '^#' "$f" | cut -f1; done | sort -u)
check_eq "holdout2 overlaps no other gold file" "" "$(comm -12 <(echo "$ids") <(echo "$others"))"

if have_shared; then
  # Every selected item of the corpus is covered (gold line or no-event).
  want=$(grep -o '"id": *"agw-[0-9]*"' "$SHARED/corpus/agnews_world.jsonl" |
    grep -o 'agw-[0-9]*' | awk '{ if (substr($0, 5) % 17 == 11) print }' | sort -u)
  check_eq "every N mod 17 = 11 item of the corpus is coded" "$want" "$ids"
  "$DYAD" eval "$GOLD" --docs "$NOEV" --code "$SHARED/corpus/agnews_world.jsonl" \
    --min-f1 "$HOLDOUT2_FLOOR" >"$TMP/ho2.out" 2>"$TMP/ho2.err"
  rc=$?
  sed 's/^/# holdout2: /' "$TMP/ho2.out"
  check_eq "coder on the second held-out AG-news gold: F1 >= $HOLDOUT2_FLOOR" 0 $rc
  [ $rc -eq 0 ] || sed 's/^/# /' "$TMP/ho2.err" | head -5
  check "every holdout2 document is among the inputs" bash -c "! grep -q ^unread: $TMP/ho2.out"
else
  skip "every N mod 17 = 11 item of the corpus is coded" "no $SHARED/corpus"
  skip "coder F1 on the second held-out AG-news gold" "no $SHARED/corpus"
fi

#!/usr/bin/env bash
# tests/sh/holdout.sh: the coder on the first held-out AG-news slice
# (tests/gold/holdout/: items agw-NNNN with N mod 17 = 3), coded by a reader
# who did not write the coder. RETIRED as a held-out set on 2026-12-01: it
# was measured unseen at 08:31 (P 0.5000, R 0.1304, F1 0.2069 on 469341c)
# and at 10:26 (P 0.4583, R 0.1957, F1 0.2742 on ef22b13, dev agnews.tsv
# F1 0.832), then opened for analysis and used as a second dev set. The
# unseen figure is now tests/sh/holdout2.sh (N mod 17 = 11).
# The floor is the 10:26 F1 minus 0.03, raised as the coder improves
# (10:53: P 0.8065 R 0.4565 F1 0.5830 as a dev set; 11:03 with the lexicon
# section: P 0.8286 R 0.5217 F1 0.6403; 11:08: P 0.8684 R 0.6087 F1 0.7157;
# floor 0.67).
. "$(dirname "$0")/../lib.sh"
HO=$ROOT/tests/gold/holdout
GOLD=$HO/agnews-holdout.tsv
NOEV=$HO/agnews-holdout-noevent.txt
HOLDOUT_FLOOR=0.67

# The gold file loads (format checked strictly) without any events.
check "holdout gold file is well-formed" "$DYAD" eval "$GOLD" </dev/null
check "holdout no-event list loads" "$DYAD" eval "$GOLD" --docs "$NOEV" </dev/null
# Every id is of the held-out selection (N mod 17 = 3), so it never overlaps
# the dev gold (N mod 17 = 7 or 15), and no item is both gold and no-event.
bad=$( { grep -v '^#' "$GOLD" | tail -n +2 | cut -f1; grep -v '^#' "$NOEV"; } |
  awk '{ n = substr($0, 5) + 0; if ($0 !~ /^agw-[0-9][0-9][0-9][0-9]$/ || n % 17 != 3) print }')
check_eq "holdout ids are all agw-NNNN with N mod 17 = 3" "" "$bad"
both=$(comm -12 <(grep -v '^#' "$GOLD" | tail -n +2 | cut -f1 | sort -u) \
  <(grep -v '^#' "$NOEV" | sort -u))
check_eq "no holdout item is both in the gold and the no-event list" "" "$both"

if have_shared; then
  # Every selected item of the corpus is covered (gold line or no-event).
  want=$(grep -o '"id": *"agw-[0-9]*"' "$SHARED/corpus/agnews_world.jsonl" |
    grep -o 'agw-[0-9]*' | awk '{ if (substr($0, 5) % 17 == 3) print }' | sort -u)
  have=$( { grep -v '^#' "$GOLD" | tail -n +2 | cut -f1; grep -v '^#' "$NOEV"; } | sort -u)
  check_eq "every N mod 17 = 3 item of the corpus is coded" "$want" "$have"
  "$DYAD" eval "$GOLD" --docs "$NOEV" --code "$SHARED/corpus/agnews_world.jsonl" \
    --min-f1 "$HOLDOUT_FLOOR" >"$TMP/ho.out" 2>"$TMP/ho.err"
  rc=$?
  sed 's/^/# holdout: /' "$TMP/ho.out"
  check_eq "coder on the held-out AG-news gold: F1 >= $HOLDOUT_FLOOR" 0 $rc
  [ $rc -eq 0 ] || sed 's/^/# /' "$TMP/ho.err" | head -5
  check "every held-out document is among the inputs" bash -c "! grep -q ^unread: $TMP/ho.out"
else
  skip "every N mod 17 = 3 item of the corpus is coded" "no $SHARED/corpus"
  skip "coder F1 on the held-out AG-news gold" "no $SHARED/corpus"
fi

#!/usr/bin/env bash
# tests/sh/holdout8.sh: the coder on the EIGHTH held-out AG-news gold
# (tests/gold/holdout8/: items agw-NNNN with N mod 17 = 6, all 112 of them,
# in order), written by the gold16 engineer on 2026-12-01 (stop 14,
# 20:51-20:56 UTC; gold committed in 60d4125) from an independent reading of
# each item (a second pass over every line, a third over the no-event
# list), before the coder was run on those items and without reading the
# coder or its dictionaries: 76 items with events (47 R, 114 O lines), 36
# no-event items.
# It is the UNSEEN AG slice of stop 14: nobody but its writer and the lead
# opens tests/gold/holdout8/ or reads corpus items with N mod 17 = 6; never
# tune the coder against it (keep those ids out of corpus-wide diffs).
# Initial figure, measured once after the gold was committed (21:00 UTC
# 2026-12-01), build/dyad of a fresh clone of 7da3e0f (the coder of
# 60d4125): P 0.8167, R 0.4043, F1 0.5408; 60 events, 49 correct, 11 false
# positives; 19 of 47 R lines found. Command: dyad eval
# tests/gold/holdout8/agnews-holdout8.tsv
# --docs tests/gold/holdout8/agnews-holdout8-noevent.txt
# --code ../shared/corpus/agnews_world.jsonl.
# The floor is the first F1 minus 0.03, rounded down to two decimals.
. "$(dirname "$0")/../lib.sh"
gold_slice holdout8 "$ROOT/tests/gold/holdout8/agnews-holdout8.tsv" \
  "$ROOT/tests/gold/holdout8/agnews-holdout8-noevent.txt" 6 0.55

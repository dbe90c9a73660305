#!/usr/bin/env bash
# tests/sh/holdout7.sh: the coder on the SEVENTH held-out AG-news gold
# (tests/gold/holdout7/: items agw-NNNN with N mod 17 = 4, all 112 of them,
# in order), written by the gold15 engineer on 2026-12-01 (stop 14,
# 20:51-20:55 UTC; gold committed in a85c92e) from an independent reading of
# each item (a second pass over every line, a third over the no-event
# list), before the coder was run on those items and without reading the
# coder or its dictionaries: 77 items with events (51 R, 91 O lines), 35
# no-event items.
# It is the UNSEEN AG slice of stop 14: nobody but its writer and the lead
# opens tests/gold/holdout7/ or reads corpus items with N mod 17 = 4; never
# tune the coder against it (keep those ids out of corpus-wide diffs).
# Initial figure, measured once after the gold was committed (20:57 UTC
# 2026-12-01), build/dyad of a fresh clone of 7da3e0f (the coder of
# a85c92e): P 0.8442, R 0.6471, F1 0.7326; 77 events, 65 correct, 12 false
# positives; 33 of 51 R lines found. Command: dyad eval
# tests/gold/holdout7/agnews-holdout7.tsv
# --docs tests/gold/holdout7/agnews-holdout7-noevent.txt
# --code ../shared/corpus/agnews_world.jsonl.
# The floor is the first F1 minus 0.03, rounded down to two decimals.
. "$(dirname "$0")/../lib.sh"
gold_slice holdout7 "$ROOT/tests/gold/holdout7/agnews-holdout7.tsv" \
  "$ROOT/tests/gold/holdout7/agnews-holdout7-noevent.txt" 4 0.70

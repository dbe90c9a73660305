#!/usr/bin/env bash
# tests/sh/dev2.sh: the coder on the dev2 AG-news gold (tests/gold/dev2/:
# every item agw-NNNN with N mod 17 = 1, agw-0001 ... agw-1888, 112 items, in
# order, none picked). A DEVELOPMENT slice: tuning against it is allowed
# (write general rules, not one-sentence fixes). Written by the gold4
# engineer at 11:33-11:40 UTC 2026-12-01, coded from the text alone before
# the coder was run on these items.
# Initial figure (11:37 UTC 2026-12-01, work tree on 5a96c21 with an
# uncommitted edit of src/dict_petrarch.c by its owner, build-gold4):
# P 0.7556, R 0.3443, F1 0.4730; 45 events, 34 correct, 11 false positives;
# 21 of 61 R lines found. Command: build-gold4/dyad eval
# tests/gold/dev2/agnews-dev2.tsv --docs tests/gold/dev2/agnews-dev2-noevent.txt
# --code ../shared/corpus/agnews_world.jsonl.
# The floor is that F1 minus 0.03, rounded down (0.44); the recall
# engineers may raise it as the coder improves.
# Floors raised at 19:55 UTC 2026-12-01 (stop 13) to the figures on 7c5d983
# minus 0.03, rounded down (raise them only).
. "$(dirname "$0")/../lib.sh"
# Floor raised at 13:20 UTC 2026-12-01 to 0.68 (F1 0.7139 on f941b9d minus 0.03).
gold_slice dev2 "$ROOT/tests/gold/dev2/agnews-dev2.tsv" \
  "$ROOT/tests/gold/dev2/agnews-dev2-noevent.txt" 1 0.75

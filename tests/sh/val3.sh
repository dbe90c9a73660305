#!/usr/bin/env bash
# tests/sh/val3.sh: the coder on the third VALIDATION AG-news slice
# (tests/gold/val3/: items agw-NNNN with N mod 17 = 12 or 13, all 223 of
# them, in order), written by the gold21 engineer on 2026-12-01 (stop 15,
# 23:44-23:52 UTC; gold committed in 44f0d2b) from an independent reading
# of each item (a second pass over every line and every no-event item),
# before the coder was run on those items and without reading the coder or
# its dictionaries: 158 items with events (109 R, 219 O lines), 65 no-event
# items.
# A validation set: its figure is shown by make accuracy to everyone, but
# whoever tunes the coder never reads tests/gold/val3/, its corpus items or
# per-item output (dyad eval -v); the figure says whether a change made for
# the dev sets carries to new text.
# Initial figure (23:52 UTC 2026-12-01), build/dyad of b8e8f42 (main at the
# start of stop 15): P 0.8626, R 0.5780, F1 0.6922; 131 events, 113
# correct, 18 false positives; 63 of 109 R lines found. Command: dyad eval
# tests/gold/val3/agnews-val3.tsv --docs
# tests/gold/val3/agnews-val3-noevent.txt
# --code ../shared/corpus/agnews_world.jsonl.
# The floor is the first F1 minus 0.03, rounded down to two decimals.
. "$(dirname "$0")/../lib.sh"
gold_slice val3 "$ROOT/tests/gold/val3/agnews-val3.tsv" \
  "$ROOT/tests/gold/val3/agnews-val3-noevent.txt" 12,13 0.69

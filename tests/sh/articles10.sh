#!/usr/bin/env bash
# tests/sh/articles10.sh: the coder on twelve FULL news articles of the seeds'
# genre (tests/gold/articles10/NNN_slug.txt: Yonhap- and AP-style wires,
# web pages with "Published :" / "Posted on :" / " date YYYY-MM-DD" lines,
# navigation lines, photo captions, related stories and reader comments, an
# analysis, a question-and-answer interview, an editorial and a column). It
# is the UNSEEN article measure of stop 22: nobody but its writer (gold22)
# and the lead opens tests/gold/articles10; coder and date engineers never
# read it and never tune on it.
# The articles are the project's own text, written in its own words by the
# gold22 engineer on 2026-12-03 (11:53-12:00 UTC by `date`) about real
# events of 1993-2020 that the other article sets do not cover (Kim
# Dae-jung's state visit to Japan and the Obuchi declaration 1998, the
# Russian and Chinese vetoes of the Syria resolution 2012, the Israel-Jordan
# peace treaty 1994, the Good Friday agreement (editorial), the
# Dutch-Turkish row over the referendum rallies 2017, the U.S. strike on the
# Shayrat air base 2017, the Tehran declaration and Resolution 1929 2010
# (interview), the Saudi-led boycott of Qatar 2017 (analysis), Norway's
# reconciliation with China after the Nobel prize for Liu Xiaobo 2010-2016
# (column), Thailand and Cambodia after the burning of the Thai Embassy in
# Phnom Penh 2003, aid to North Korea after the Ryongchon explosion 2004,
# India and China after the Galwan clash 2020). Eleven carry a document
# date with its year; the editorial none.
# Their gold (articles10.tsv: 366 lines, 151 R, 215 O, 257 dated) was coded
# by the same engineer, sentence by sentence and checked in two more
# passes, before the coder was run on them and without reading src/, cli/
# or the pattern files (committed at 133869c, 12:05 UTC: the passes ended
# then, not at 12:10 as its header says; landed on main as cb6b3ed after
# a rebase that changed no file of it); it is never changed after
# seeing the coder's output except for a proven format or factual error.
# First figures, 12:05 UTC 2026-12-03, command
#   dyad eval tests/gold/articles10/articles10.tsv \
#     --code tests/gold/articles10/*.txt
# with build/dyad of bd5e9d6 (main when the set was written; 133869c adds
# only the gold): 152 events, 129 correct, 23 false positives; 85 of 151 R
# lines found; P 0.8487, R 0.5629, F1 0.6769; date accuracy 0.8841 (61 of
# 69 dated).
# Floors: the first F1 and dates minus 0.03, rounded down (0.64, 0.85).
# RETIRED at 14:25 UTC 2026-12-03 (stop 23): a dev set now, open to all.
# Its last unseen figure, build/dyad of a fresh clone of 2a0fab0 (the end
# of stop 22; f5f6a4b after it changed no output), SHOW_UNSEEN=1
# bench/accuracy.sh: P 0.8344, R 0.5762, F1 0.6816 (87 of 151 R lines
# found); dates 0.8592 (61 of 71 dated).
. "$(dirname "$0")/../lib.sh"
gold_articles articles10 "$ROOT/tests/gold/articles10" 0.75 0.90 11

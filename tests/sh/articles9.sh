#!/usr/bin/env bash
# tests/sh/articles9.sh: the coder on twelve FULL news articles of the seeds'
# genre (tests/gold/articles9/NNN_slug.txt: Yonhap- and AP-style wires,
# web pages with "Published :" / "Posted on :" / " date YYYY-MM-DD" lines,
# navigation lines, photo captions, related stories and reader comments, an
# analysis, a question-and-answer interview, an editorial and a column). It
# is the UNSEEN article measure of stop 20: nobody but its writer (gold21)
# and the lead opens tests/gold/articles9; coder and date engineers never
# read it and never tune on it.
# The articles are the project's own text, written in its own words by the
# gold21 engineer on 2026-12-02 (21:31-21:41 UTC by `date`) about real
# events of 1990-2023 that the other article sets do not cover (North
# Korea's "sea of fire" threat at Panmunjom 1994, the Dayton agreement
# initialed 1995, NATO's bombing of the Chinese Embassy in Belgrade and the
# protests in Beijing 1999, U.S.-Vietnam normalization 1994-2000
# (editorial), Modi in Israel 2017, the U.S. expulsion of 35 Russian
# diplomats 2016, the Prespa agreement 2018 (interview), Turkey's offensive
# in northeastern Syria 2019 (analysis), China's trade measures against
# Australia 2020 (column), the Security Council's embargo on Iraq 1990,
# Greek rescuers in Turkey after the earthquake 2023, the Yemen truce
# 2022). Eleven carry a document date with its year; the editorial none.
# Their gold (articles9.tsv: 315 lines, 109 R, 206 O, 214 dated) was coded
# by the same engineer, sentence by sentence and checked in two more
# passes, before the coder was run on them and without reading src/, cli/
# or the pattern files (committed at 9fa2635); it is never changed after
# seeing the coder's output except for a proven format or factual error.
# First figures, 21:40 UTC 2026-12-02, command
#   dyad eval tests/gold/articles9/articles9.tsv \
#     --code tests/gold/articles9/*.txt
# with build/dyad of 1350179 (main when the set was written): 110 events,
# 75 correct, 35 false positives; 39 of 109 R lines found; P 0.6818,
# R 0.3578, F1 0.4693; date accuracy 0.9600 (24 of 25 dated).
# Floors: the first F1 and dates minus 0.03, rounded down (0.43, 0.93).
# RETIRED at 11:55 UTC 2026-12-03 (stop 22): a dev set now, open to all.
# Its last unseen figure, build/dyad of a fresh clone of ceba2c6 (the end
# of stop 21; b412a53 after it left articles9 unchanged), SHOW_UNSEEN=1
# bench/accuracy.sh: P 0.6814, R 0.3670, F1 0.4770 (40 of 109 R lines
# found); dates 0.9615. In stop 21 a helper's glob printed a few of its
# lines once (the "his host" phrase); no fix for that phrase landed.
. "$(dirname "$0")/../lib.sh"
gold_articles articles9 "$ROOT/tests/gold/articles9" 0.69 0.97 11

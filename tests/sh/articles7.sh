#!/usr/bin/env bash
# tests/sh/articles7.sh: the coder on twelve FULL news articles of the seeds'
# genre (tests/gold/articles7/NNN_slug.txt: Yonhap- and AP-style wires,
# web pages with "Published :" / "Posted on :" / " date YYYY-MM-DD" lines,
# navigation lines and reader comments, an analysis, a question-and-answer
# interview, an editorial and a column). It is the UNSEEN article measure of
# stop 18: nobody but its writer (gold18) and the lead opens
# tests/gold/articles7; coder and date engineers never read it and never
# tune on it.
# The articles are the project's own text, written in its own words by the
# gold18 engineer on 2026-12-02 (06:59-07:16 UTC) about real events of
# 2001-2020 that the other article sets do not cover (the EP-3 crew on
# Hainan 2001, the recognition of Kosovo 2008, Colombia's raid into
# Ecuador 2008, China's East China Sea air zone 2013, Modi in Lahore 2015,
# the Gaza flotilla raid 2010, Iran and the British sailors 2007, the
# Nagorno-Karabakh ceasefire 2020, the Perejil islet 2002, the first
# strikes on Libya 2011, Ethiopian troops in Mogadishu 2006, France in Mali
# 2013). Eleven carry a document date with its year; the editorial none.
# Their gold (articles7.tsv: 396 lines, 184 R, 212 O, 282 dated) was coded
# by the same engineer, sentence by sentence and checked in two more
# passes, before the coder was run on them and without reading src/, cli/
# or the pattern files (committed at e33a69b, landed on main as 76a2535
# after a rebase that changed no file of it); it is never changed after
# seeing the coder's output except for a proven format or factual error.
# First figures, 07:17 UTC 2026-12-02, command
#   dyad eval tests/gold/articles7/articles7.tsv \
#     --code tests/gold/articles7/*.txt
# with build/dyad of e33a69b (the coder of ebd9279, before df915d5 and
# f297a1e): 173 events, 117 correct, 56 false positives; 85 of 184 R
# lines found; P 0.6763, R 0.4620, F1 0.5489; date accuracy 0.7969 (51 of
# 64 dated).
# Floors: the first F1 and dates minus 0.03, rounded down (0.51, 0.76).
# RETIRED at 13:46 UTC 2026-12-02 (stop 19): a dev set now, open to all.
# Its last unseen figure, build/dyad of a fresh clone of b9f71b1 (the end
# of stop 18), SHOW_UNSEEN=1 bench/accuracy.sh: P 0.6818, R 0.4783, F1
# 0.5622 (88 of 184 R lines found); dates 0.7969 (51 of 64 dated).
. "$(dirname "$0")/../lib.sh"
# Floors raised at 09:05 UTC 2026-12-02 (stop 18) to the figures on b705bec minus 0.03, rounded down (raise them only).
# Floors raised at 15:43 UTC 2026-12-02 (stop 19) to the figures on 6214083 minus 0.03, rounded down (raise them only).
gold_articles articles7 "$ROOT/tests/gold/articles7" 0.72 0.85 11

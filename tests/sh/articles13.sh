#!/usr/bin/env bash
# tests/sh/articles13.sh: the coder on twelve FULL news articles of the seeds'
# genre (tests/gold/articles13/NNN_slug.txt: Yonhap- and AP-style wires,
# web pages with "Published :" / "Posted on :" / " date YYYY-MM-DD" lines,
# navigation lines, photo captions, related stories and reader comments, an
# analysis, a question-and-answer interview, an editorial and a column). It
# is the UNSEEN article measure from stop 26: nobody but its writer (gold26)
# and the lead opens tests/gold/articles13; coder and date engineers never
# read it and never tune on it.
# The articles are the project's own text, written in its own words by the
# gold26 engineer on 2026-12-04 (20:53-21:02 UTC by `date -u`) about real
# events of 1985-2024 that the other sets do not cover (Japan freezes aid
# to North Korea after the Taepodong overflight 1998; U.S. fighters force
# down the Egyptian airliner with the Achille Lauro hijackers 1985; China
# recalls its ambassador from Lithuania over the Taiwanese office 2021; the
# Rainbow Warrior affair between France and New Zealand (editorial); Seoul
# rejects North Korea's demand for the Gangneung submarine 1996; the
# sanctions after India's nuclear tests 1998; the Brussels agreement
# between Serbia and Kosovo 2013 (interview); France recalls its
# ambassadors over AUKUS 2021 (analysis); Sweden's NATO bid after the
# Quran burning in Stockholm 2023 (column); the U.S. veto of full U.N.
# membership for Palestine 2024; the Saudi-led air campaign against the
# Houthis 2015; the INF treaty signed in Washington 1987). Eleven carry a
# document date with its year; the editorial none.
# Their gold (articles13.tsv: 378 lines, 169 R, 209 O, 249 dated) was coded
# by the same engineer, sentence by sentence and checked in two more
# passes, before the coder was run on them and without reading src/, cli/
# or the pattern files; it is never changed after seeing the coder's
# output except for a proven format or factual error.
# Committed at 6107b6d (21:06 UTC) before the coder was run on them (only
# `dyad sentences --meta` was run, for the document-date check); rebased
# onto later main before landing without any change to a file of it.
# First figures, 21:06 UTC 2026-12-04, command
#   /tmp/startbin/build/dyad eval tests/gold/articles13/articles13.tsv \
#     --code tests/gold/articles13/*.txt
# with the start binary of stop 26 (main 311b728): 124 events, 91 correct,
# 33 false positives; 73 of 169 R lines found; P 0.7339, R 0.4320,
# F1 0.5438; date accuracy 0.7600 (38 of 50 dated).
# Floors: the first F1 and dates minus 0.03, rounded down (0.51, 0.73).
# No gold line was changed after the first run.
# RETIRED at 00:25 UTC 2026-12-05 (stop 27): a dev set now, open to all.
# Its last unseen figure, build/dyad of a fresh clone of e683631 (the end
# of stop 26), SHOW_UNSEEN=1 bench/accuracy.sh: P 0.7405, R 0.4615,
# F1 0.5686 (78 of 169 R lines found); dates 0.7358 (39 of 53 dated).
. "$(dirname "$0")/../lib.sh"
gold_articles articles13 "$ROOT/tests/gold/articles13" 0.51 0.73 11

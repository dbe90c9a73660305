#!/usr/bin/env bash
# tests/sh/articles12.sh: the coder on twelve FULL news articles of the seeds'
# genre (tests/gold/articles12/NNN_slug.txt: Yonhap- and AP-style wires,
# web pages with "Published :" / "Posted on :" / " date YYYY-MM-DD" lines,
# navigation lines, photo captions, related stories and reader comments, an
# analysis, a question-and-answer interview, an editorial and a column). It
# is the UNSEEN article measure from stop 24: nobody but its writer (gold24)
# and the lead opens tests/gold/articles12; coder and date engineers never
# read it and never tune on it.
# The articles are the project's own text, written in its own words by the
# gold24 engineer on 2026-12-03 (17:34-17:37 UTC by `date`) about real
# events of 1990-2022 that the other article sets do not cover (the first
# South Korean-Soviet summit, Roh and Gorbachev in San Francisco 1990;
# Sharif and Clinton at Blair House over Kargil 1999; the Czech-Russian
# expulsions over the Vrbetice blasts 2021; the Annan plan for Cyprus
# (editorial); Russia's veto of the MH17 tribunal 2015; U.S. troops and
# international aid in Haiti after the earthquake 2010; the
# Lebanese-Israeli maritime border deal 2022 (interview); the sanctions on
# Russia after the annexation of Crimea 2014 (analysis); Trump's cancelled
# visit to Denmark over Greenland 2019 (column); Japan's protest after the
# attack on its embassy in Beijing 2005; Israel's strikes on Beirut airport
# and blockade of Lebanon after Hezbollah seized two soldiers 2006; the
# Turkish-Armenian Zurich protocols 2009). Eleven carry a document date
# with its year; the editorial none.
# Their gold (articles12.tsv: 326 lines, 143 R, 183 O, 232 dated) was coded
# by the same engineer, sentence by sentence and checked in two more
# passes, before the coder was run on them and without reading src/, cli/
# or the pattern files; it is never changed after seeing the coder's
# output except for a proven format or factual error.
# Committed at 17d1b05 (17:40 UTC) before the coder was run on them (only
# `dyad sentences --meta` was run, for the document-date check); landed on
# main as 76eda7e after rebases that changed no file of it.
# First figures, 17:40 UTC 2026-12-03, command
#   /tmp/startbin/build/dyad eval tests/gold/articles12/articles12.tsv \
#     --code tests/gold/articles12/*.txt
# with the start binary of stop 24 (main 9a5365f, whose output equals
# a97af7f's): 122 events, 91 correct, 31 false positives; 64 of 143 R lines
# found; P 0.7459, R 0.4476, F1 0.5594; date accuracy 1.0000 (47 of 47
# dated).
# Floors: the first F1 and dates minus 0.03, rounded down (0.52, 0.97).
# No gold line was changed after the first run.
# RETIRED at 21:35 UTC 2026-12-03 (stop 25): a dev set now, open to all.
# Its last unseen figure, build/dyad of a fresh clone of ae3434a (the end
# of stop 24), SHOW_UNSEEN=1 bench/accuracy.sh: P 0.7480, R 0.4545,
# F1 0.5655 (65 of 143 R lines found); dates 1.0000 (47 of 47 dated).
. "$(dirname "$0")/../lib.sh"
gold_articles articles12 "$ROOT/tests/gold/articles12" 0.60 0.97 11

#!/usr/bin/env bash
# tests/sh/articles14.sh: the coder on twelve FULL news articles of the seeds'
# genre (tests/gold/articles14/NNN_slug.txt: Yonhap- and AP-style wires,
# web pages with "Published :" / "Posted on :" / " date YYYY-MM-DD" lines,
# navigation lines, photo captions, related stories and reader comments, an
# analysis, a question-and-answer interview, an editorial and a column). It
# is the UNSEEN article measure from stop 27: nobody but its writer (gold27)
# and the lead opens tests/gold/articles14; coder and date engineers never
# read it and never tune on it.
# The articles are the project's own text, written in its own words by the
# gold27 engineer on 2026-12-05 (00:25-00:40 UTC by `date -u`) about real
# events of 1982-2025 that the other sets do not cover (Burma breaks with
# North Korea over the Rangoon bombing 1983; the U.S. raid on Libya 1986;
# the EU bans Belarusian airlines after the forced Ryanair landing, and
# Belarus and Latvia expel each other's diplomats 2021; the downing of Iran
# Air 655 and its settlement (editorial); North Korea expels the South
# Koreans from Kaesong 2016; Resolution 502 and Britain's break with
# Argentina over the Falklands 1982; ECOWAS and the junta in Niger 2023
# (interview); the Iran-Pakistan strikes 2024 (analysis); the South China
# Sea arbitration award 2016 (column); Russia's blockade of Georgia after
# the spy arrests 2006; Saudi Arabia admits Khashoggi's death 2018; the
# Thai-Cambodian ceasefire in Putrajaya 2025). Eleven carry a document
# date with its year; the editorial none.
# Their gold (articles14.tsv: 338 lines, 145 R, 193 O, 238 dated) was coded
# by the same engineer, sentence by sentence and checked in two more
# passes, before the coder was run on them and without reading src/, cli/
# or the pattern files; it is never changed after seeing the coder's
# output except for a proven format or factual error.
# Committed at 688159a/3b9b3f5 (00:40 UTC) before the coder was run on
# them (only `dyad sentences --meta` was run, for the document-date
# check); rebased onto later main before landing without any change to a
# file of it.
# First figures, 00:41 UTC 2026-12-05, command
#   /tmp/startbin/build/dyad eval tests/gold/articles14/articles14.tsv \
#     --code tests/gold/articles14/*.txt
# with the start binary of stop 27 (main 604ce46): 130 events, 86 correct,
# 44 false positives; 66 of 145 R lines found; P 0.6615, R 0.4552,
# F1 0.5393; date accuracy 0.8776 (43 of 49 dated).
# Floors: the first F1 and dates minus 0.03, rounded down (0.50, 0.84).
# No gold line was changed after the first run.
. "$(dirname "$0")/../lib.sh"
gold_articles articles14 "$ROOT/tests/gold/articles14" 0.50 0.84 11

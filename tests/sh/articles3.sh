#!/usr/bin/env bash
# tests/sh/articles3.sh: the coder on twelve FULL news articles of the
# seeds' genre (tests/gold/articles3/NNN_slug.txt: wire stories, editorials,
# a column, an analysis, web pages with bylines, "Link copied", photo
# captions, "Related stories" and reader comments), a DEVELOPMENT slice
# made above all for EVENT DATES (issue 3): coder and date engineers may
# read and tune on it (general rules only). The articles are the project's
# own text, written in their own words by the gold9 engineer on 2026-12-01
# about real events of 2003-2025, with many kinds of date expression
# (weekdays and weekday + night/morning/evening, "last week", "earlier this
# month", "late last month", "last October", "in April", "on June 26",
# "Aug. 4", "the day before", "the following day", "the next day", "in
# 2001", "in July last year", "two years ago", "a decade ago", "since
# 2022", "next week", "next month", "later this month", "later this year",
# "on the 16th", datelines, background and planned events); their gold
# (articles3.tsv, conventions in its header: 267 lines, 126 R, 141 O, 214
# dated) was coded before the coder was run on them, without reading the
# coder or its verb dictionary. Ten articles carry a document date in their
# text, two (008, 012) none. The test needs no ../shared.
# First figures, 14:26 UTC 2026-12-01, command
#   build-gold9/dyad eval tests/gold/articles3/articles3.tsv --code tests/gold/articles3/*.txt
# on build-gold9 of the work tree at HEAD 297612f (with other owners'
# uncommitted edits of src/coder.c src/dates.c src/dates.h
# src/dict_petrarch.c data/verbs.txt): 107 events, 94 correct, 13 false
# positives; 69 of 126 R lines found; P 0.8785, R 0.5476, F1 0.6747; date
# accuracy 0.8033 (49 of 61 dated). The committed tree alone (HEAD 58eadc7,
# git archive, built apart): P 0.8725, R 0.5238, F1 0.6546, dates 0.7931
# (46 of 58). Floors: the first F1 minus 0.03 and the date accuracy minus
# 0.03, rounded down to two decimals (0.64, 0.77); raise them as the coder
# improves (the bar of issue 3 on dates is 0.90).
# Floors raised at 19:55 UTC 2026-12-01 (stop 13) to the figures on 7c5d983
# minus 0.03, rounded down (raise them only).
# Floors raised at 23:05 UTC 2026-12-01 (stop 14) to the figures on 843bc60 minus 0.03, rounded down (raise them only).
. "$(dirname "$0")/../lib.sh"
# Floor raised at 16:02 UTC 2026-12-01 by the lead (final figure of the session on adf5dda minus 0.03).
# F1 floor raised at 17:40 UTC 2026-12-01 by acc2 (F1 0.8076 on 91b7402 minus 0.03, rounded down).
# Floors raised at 15:43 UTC 2026-12-02 (stop 19) to the figures on 6214083 minus 0.03, rounded down (raise them only).
gold_articles articles3 "$ROOT/tests/gold/articles3" 0.83 0.91 10

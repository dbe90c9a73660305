#!/usr/bin/env bash
# tests/sh/articles2.sh: the coder on twelve FULL news articles of the seeds'
# genre (tests/gold/articles2/NNN_slug.txt: wire stories with dateline and
# byline, two editorials, an analysis, web pages with navigation lines,
# "Link copied", photo captions, "Related stories" and reader comments). It
# was the UNSEEN article measure from 14:15 UTC 2026-12-01 (stop 11) until
# 16:15 UTC 2026-12-01 (stop 12), when the lead retired it (F1 0.6518,
# dates 0.8148 on a639583): a dev set now; the unseen one is articles4/.
# The articles are the project's own text, written in its own words by the gold8 engineer on
# 2026-12-01 about real events of 2000-2025 not covered by articles/ or
# articles-dev/ (the 2000 and 2007 inter-Korean summits, Putin in Pyongyang
# 2000, the six-party statement of 2005, Abe and Putin 2016, Moon and Xi
# 2017, Singapore 2018, Xi in Pyongyang 2019, the Vienna Iran talks 2021,
# the UN vote on Ukraine 2022, Yoon at NATO 2022, Trump, Xi and Lee in
# Busan and Gyeongju 2025); no text is copied from anywhere. Their gold
# (articles2.tsv: 302 lines, 170 R, 132 O, 240 dated) was coded by the same
# engineer, sentence by sentence, before the coder was run on them and
# without reading src/ or data/verbs.txt (committed at 6ffae32 before the
# first run); it is never changed after seeing the coder's output except
# for a proven format or factual error. The test needs no ../shared.
# First figures, 14:17 UTC 2026-12-01, command
#   build-gold8/dyad eval tests/gold/articles2/articles2.tsv \
#     --code tests/gold/articles2/*.txt
# on the work tree at 6ffae32 with other owners' uncommitted edits of
# src/coder.c and data/verbs.txt (build-gold8): 12 docs, 131 events, 112
# correct, 19 false positives; 83 of 170 R lines found; P 0.8550,
# R 0.4882, F1 0.6215; date accuracy 0.7500 (57 of 76 dated). On the
# committed tree 6ffae32 alone (git archive, built apart): 129 events, 111
# correct; 82 of 170 found; P 0.8605, R 0.4824, F1 0.6182; dates 0.7467
# (56 of 75). Floors: F1 0.6215 minus 0.03 and dates 0.7500 minus 0.03,
# rounded down (0.59, 0.72; the committed tree alone also passes them).
# Floors raised at 19:55 UTC 2026-12-01 (stop 13) to the figures on 7c5d983
# minus 0.03, rounded down (raise them only).
. "$(dirname "$0")/../lib.sh"
# Floor raised at 16:02 UTC 2026-12-01 by the lead (final figure of the session on adf5dda minus 0.03).
# F1 floor raised at 17:40 UTC 2026-12-01 by acc2 (F1 0.7960 on 91b7402 minus 0.03, rounded down).
# Floors raised at 09:05 UTC 2026-12-02 (stop 18) to the figures on b705bec minus 0.03, rounded down (raise them only).
# Floors raised at 15:43 UTC 2026-12-02 (stop 19) to the figures on 6214083 minus 0.03, rounded down (raise them only).
gold_articles articles2 "$ROOT/tests/gold/articles2" 0.84 0.95 10

#!/usr/bin/env bash
# tests/sh/articles4.sh: the coder on twelve FULL news articles of the seeds'
# genre (tests/gold/articles4/NNN_slug.txt: wire stories with dateline and
# byline, an analysis opening with " date YYYY-MM-DD", a column, an
# editorial, web pages with navigation lines, "Link copied", photo
# captions, "Related stories" and reader comments). It was the UNSEEN
# article measure from 16:26 UTC 2026-12-01 (stop 12) until 18:05 UTC
# 2026-12-01 (stop 13), when the lead retired it (F1 0.6403, dates 0.8039
# on fd9e9bb): a dev set now; the unseen one is articles5/.
# The articles are the project's own text, written in its own words by the
# gold11 engineer on 2026-12-01 (16:15-16:25 UTC) about real events of
# 2002-2025 not covered by articles/, articles-dev/, articles2/ or
# articles3/ (Koizumi in Pyongyang 2002, Bill Clinton in Pyongyang 2009,
# Dai Bingguo in Seoul after the Yeonpyeong shelling 2010, Kim Jong Il and
# Medvedev near Ulan-Ude 2011, Resolution 2375 after the sixth nuclear test
# 2017, Kim Jong-un's first trip to Beijing 2018, the Seoul-Tokyo GSOMIA
# crisis 2019, Kim at the Beijing parade with Xi and Putin 2025, the Minsk
# agreement 2015, the Istanbul grain deal and the strike on Odesa 2022,
# China's reply to Pelosi's visit to Taiwan 2022, the Saudi-Iranian deal
# brokered in Beijing 2023); no text is copied from anywhere. Eleven
# articles carry a document date in their text, one (007) none. Their gold
# (articles4.tsv: 373 lines, 210 R, 163 O, 319 dated, 187 of the R lines)
# was coded by the same engineer, sentence by sentence and then checked
# line by line in a second pass, before the coder was run on them and
# without reading src/ or data/verbs.txt (committed at fa9f088 before the
# first run); it is never changed after seeing the coder's output except
# for a proven format or factual error. The test needs no ../shared.
# First figures, 16:26 UTC 2026-12-01, command
#   b/dyad eval tests/gold/articles4/articles4.tsv \
#     --code tests/gold/articles4/*.txt
# with b/dyad built by `make -j2 BUILD=b` in a clean `git archive` tree of
# HEAD fa9f088: 12 docs, 197 events, 156 correct, 41 false positives; 113
# of 210 R lines found; P 0.7919, R 0.5381, F1 0.6408; date accuracy
# 0.7864 (81 of 103 dated). Floors: F1 0.6408 minus 0.03 and dates 0.7864
# minus 0.03, rounded down (0.61, 0.75); raise them as the coder improves.
# Floors raised at 19:55 UTC 2026-12-01 (stop 13) to the figures on 7c5d983
# minus 0.03, rounded down (raise them only).
# Floors raised at 23:05 UTC 2026-12-01 (stop 14) to the figures on 843bc60 minus 0.03, rounded down (raise them only).
. "$(dirname "$0")/../lib.sh"
# Floors raised at 09:05 UTC 2026-12-02 (stop 18) to the figures on b705bec minus 0.03, rounded down (raise them only).
# Floors raised at 15:43 UTC 2026-12-02 (stop 19) to the figures on 6214083 minus 0.03, rounded down (raise them only).
gold_articles articles4 "$ROOT/tests/gold/articles4" 0.83 0.92 11

#!/usr/bin/env bash
# gaps.sh: the days on which data/people.tsv names nobody in a checked office:
# for the G20, both Koreas, Ukraine, Iran, Israel and the states of the wars
# of 2022-2026 and Vietnam, each of head of state, head of government (where the office
# exists), foreign minister and defence minister, every day from FROM to TO
# that no term covers is printed as one line per run of days:
#   CC ROLE first-day last-day (N days)
# Usage: tools/gaps.sh [--known FILE] [PEOPLE] [FROM] [TO]
# With --known, runs listed in FILE (same "CC ROLE first last" fields; '#'
# comments) are not printed: tests/sh/data.sh passes tools/gaps.known, the
# gaps nobody has filled yet (an office left vacant, a day we do not know).
# A term counts for its country when its code is the country's own (KOR,
# KORGOV, KORMIL); acting holders are ordinary terms. Exit 0 always; the
# caller decides what a printed line means.
set -eu
cd "$(dirname "$0")/.."
known=/dev/null
if [ "${1:-}" = --known ]; then known=$2; shift 2; fi
people=${1:-data/people.tsv}
from=${2:-2000-01-01}
to=${3:-2026-12-02}

# CC ROLES: the offices checked. A role may carry a window "HOG<2018-07-09"
# (the office ended that day) or "HOG>2021-01-01" (it began then), and may
# accept other roles' terms: "HOS|LDR" (the Taliban's supreme leader and
# Sudan's chairman of the sovereignty council are their heads of state).
# Presidential systems have no HOG; Iran's president is its HOS (the supreme
# leader is LDR); Canada's and Australia's head of state is the British
# monarch (GBR); Saudi Arabia's king was his own prime minister until 2022.
offices='USA HOS FM DEF
CAN HOG FM DEF
AUS HOG FM DEF
GBR HOS HOG FM DEF
FRA HOS HOG FM DEF
DEU HOS HOG FM DEF
ITA HOS HOG FM DEF
JPN HOS HOG FM DEF
RUS HOS HOG FM DEF
CHN HOS HOG FM DEF
IND HOS HOG FM DEF
BRA HOS FM DEF
ARG HOS FM DEF
MEX HOS FM DEF
IDN HOS FM DEF
ZAF HOS FM DEF
SAU HOS HOG FM DEF
TUR HOS HOG<2018-07-09 FM DEF
KOR HOS HOG FM DEF
PRK HOS HOG FM DEF
UKR HOS HOG FM DEF
IRN HOS FM DEF
ISR HOS HOG FM DEF
PSE HOS HOG>2003-03-19 FM
LBN HOS HOG FM DEF
SYR HOS HOG<2025-03-29 FM DEF
IRQ HOS HOG FM DEF
YEM HOS HOG FM DEF
AFG HOS|LDR HOG>2021-09-07 FM DEF
PAK HOS HOG FM DEF
EGY HOS HOG FM DEF
QAT HOS HOG FM DEF
VEN HOS FM DEF
TWN HOS HOG FM DEF
SDN HOS|LDR FM DEF
BLR HOS HOG FM DEF
VNM HOS HOG FM DEF'

printf '%s\n' "$offices" | LC_ALL=C awk -F'\t' -v OFS=' ' -v from="$from" -v to="$to" -v known="$known" '
  # days since 0000-03-01 of an ISO date (the civil-from-days inverse below)
  function day(s,   y, m, d) { y = substr(s, 1, 4) + 0; m = substr(s, 6, 2) + 0; d = substr(s, 9, 2) + 0
    if (m <= 2) { y--; m += 12 } return 365 * y + int(y / 4) - int(y / 100) + int(y / 400) + int((153 * (m - 3) + 2) / 5) + d - 1 }
  function iso(n,   y, doy, mp, d, m) { y = int((10000 * n + 14780) / 3652425)
    doy = n - (365 * y + int(y / 4) - int(y / 100) + int(y / 400))
    if (doy < 0) { y--; doy = n - (365 * y + int(y / 4) - int(y / 100) + int(y / 400)) }
    mp = int((100 * doy + 52) / 3060); m = mp < 10 ? mp + 3 : mp - 9; if (m <= 2) y++
    d = doy - int((mp * 306 + 5) / 10) + 1
    return sprintf("%04d-%02d-%02d", y, m, d) }
  FILENAME == "-" { for (i = 2; i <= split($0, f, " "); i++) { r = f[i]; lo = from; hi = to
      if (r ~ /</) { hi = substr(r, index(r, "<") + 1); r = substr(r, 1, index(r, "<") - 1) }
      if (r ~ />/) { lo = substr(r, index(r, ">") + 1); r = substr(r, 1, index(r, ">") - 1) }
      k = f[1] " " r; wlo[k] = day(lo); whi[k] = day(hi); order[++nk] = k
      for (j = 1; j <= split(r, rr, "|"); j++) acc[f[1] " " rr[j]] = acc[f[1] " " rr[j]] SUBSEP k } next }
  FILENAME == known { if (!/^#/ && NF) { split($0, f, " "); skip[f[1] " " f[2] " " f[3] " " f[4]] = 1 } next }
  /^#/ || !NF { next }
  { c = substr($1, 1, 3); s = substr($1, 4); if (s != "" && s != "GOV" && s != "MIL") next
    if (!((c " " $2) in acc)) next
    m = split(substr(acc[c " " $2], 2), ks, SUBSEP)
    for (j = 1; j <= m; j++) { k = ks[j]; a = day($3); b = $4 == "" ? whi[k] : day($4)
      n = ++nt[k]; ta[k, n] = a; tb[k, n] = b } }
  END { for (o = 1; o <= nk; o++) { k = order[o]
      # sort the terms by start (insertion sort: a few dozen per office)
      for (i = 2; i <= nt[k]; i++) { a = ta[k, i]; b = tb[k, i]
        for (j = i - 1; j >= 1 && ta[k, j] > a; j--) { ta[k, j + 1] = ta[k, j]; tb[k, j + 1] = tb[k, j] }
        ta[k, j + 1] = a; tb[k, j + 1] = b }
      cur = wlo[k]   # first day not yet covered
      for (i = 1; i <= nt[k] && cur <= whi[k]; i++) {
        if (ta[k, i] > cur) gap(k, cur, (ta[k, i] - 1 < whi[k] ? ta[k, i] - 1 : whi[k]))
        if (tb[k, i] + 1 > cur) cur = tb[k, i] + 1 }
      if (cur <= whi[k]) gap(k, cur, whi[k]) } }
  function gap(k, a, b,   line) { line = k " " iso(a) " " iso(b); if (line in skip) return
    print line, "(" (b - a + 1) " days)" }
' - "$known" "$people"

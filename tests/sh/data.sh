#!/usr/bin/env bash
# data.sh: checks data/countries.tsv, data/igos.tsv and data/people.tsv with
# plain awk (fields, codes, dates, coordinates, name clashes, overlapping
# terms) and looks up the office holders the seed stories need. TAP output.
. "$(dirname "$0")/../lib.sh"
D=$ROOT/data
C=$D/countries.tsv I=$D/igos.tsv P=$D/people.tsv

# none NAME AWK-PROGRAM FILE...: passes when the awk program prints nothing.
none() {
  local n=$1 prog=$2; shift 2
  if LC_ALL=C awk -F'\t' "$prog" "$@" >"$TMP/none.out" 2>&1 && [ ! -s "$TMP/none.out" ]; then ok "$n"
  else notok "$n"; sed 's/^/# /' "$TMP/none.out" | head -20; fi
}
body() { grep -v '^#' "$1" | grep -v '^[[:space:]]*$'; }

for f in "$C" "$I" "$P"; do check "$(basename "$f") exists and is non-empty" test -s "$f"; done

# ---- countries.tsv
none "countries: 7 fields a line" '!/^#/ && !/^[ \t]*$/ && NF != 7 { print FILENAME ":" FNR ": " NF " fields" }' "$C"
none "countries: ISO-3 codes are 3 upper-case letters" '!/^#/ && NF && $1 !~ /^[A-Z][A-Z][A-Z]$/ { print FILENAME ":" FNR ": bad code " $1 }' "$C"
none "countries: codes unique" '!/^#/ && NF { if ($1 in s) print FILENAME ":" FNR ": " $1 " again"; s[$1] = 1 }' "$C"
none "countries: every line has a name" '!/^#/ && NF && $2 == "" { print FILENAME ":" FNR ": no name" }' "$C"
none "countries: lat/lon numeric and in range (or both empty with no capital)" '
  !/^#/ && NF {
    if ($6 == "" && $7 == "") { if ($5 != "") print FILENAME ":" FNR ": capital without coordinates"; next }
    if ($6 !~ /^-?[0-9]+(\.[0-9]+)?$/ || $7 !~ /^-?[0-9]+(\.[0-9]+)?$/) { print FILENAME ":" FNR ": not numeric"; next }
    if ($6 + 0 < -90 || $6 + 0 > 90 || $7 + 0 < -180 || $7 + 0 > 180) print FILENAME ":" FNR ": out of range"
  }' "$C"
none "countries: no name, adjective or seat maps to two countries" '
  function key(s) { s = tolower(s); gsub(/-/, " ", s); return s }
  !/^#/ && NF { for (c = 2; c <= 4; c++) { m = split($c, p, "|"); for (i = 1; i <= m; i++) {
    k = key(p[i]); if (k == "") { print FILENAME ":" FNR ": empty list item"; continue }
    if ((k in own) && own[k] != $1) print FILENAME ":" FNR ": \"" p[i] "\" is " own[k] " and " $1
    own[k] = $1 } } }' "$C"
check_eq "countries: all 249 ISO 3166-1 entries plus Kosovo" 250 "$(body "$C" | wc -l | tr -d ' ')"
if [ -r /usr/share/iso-codes/json/iso_3166-1.json ]; then
  grep -o '"alpha_3": "[A-Z]*"' /usr/share/iso-codes/json/iso_3166-1.json | cut -d'"' -f4 | sort >"$TMP/iso"
  body "$C" | cut -f1 | sort >"$TMP/ours"
  check_eq "countries: every iso-codes entry is present" "" "$(comm -23 "$TMP/iso" "$TMP/ours" | tr '\n' ' ')"
else skip "countries: every iso-codes entry is present" "iso-codes not installed"; fi
check "countries: Korea means South Korea" grep -qP '^KOR\t([^\t]*\|)?Korea(\||\t)' "$C"
check "countries: the Kremlin is Moscow's seat" grep -qP '^RUS\t[^\t]*\t[^\t]*\t([^\t]*\|)?the Kremlin(\||\t)' "$C"
if [ -r /usr/share/iso-codes/json/iso_3166-1.json ]; then
check "countries: generated file is up to date" bash -c "cd '$TMP' && mkdir -p r/tools r/data && cp '$ROOT/tools/countries.sh' '$ROOT/tools/countries.in' r/tools/ && r/tools/countries.sh >/dev/null 2>&1 && cmp -s r/data/countries.tsv '$C'"
else skip "countries: generated file is up to date" "iso-codes not installed"; fi

# ---- igos.tsv
none "igos: 3 fields a line" '!/^#/ && !/^[ \t]*$/ && NF != 3 { print FILENAME ":" FNR ": " NF " fields" }' "$I"
none "igos: IGO/NGO codes with a 3-letter country; regions; other groups coded under their ISO country" '
  FILENAME ~ /countries/ { if (!/^#/ && NF) iso[$1] = 1; next }
  !/^#/ && NF { if ($1 !~ /^[A-Z]+$/ || length($1) % 3 != 0 || $2 !~ /^[A-Z][A-Z][A-Z]$/) { print FILENAME ":" FNR ": " $1 " " $2; next }
    p = substr($1, 1, 3)
    if (p == "IGO" || p == "NGO") { if ($2 in iso) print FILENAME ":" FNR ": " $2 " is a country code" }
    else if ($1 == $2 && $1 ~ /^(EUR|AFR|ASA|MEA|LAM|SAM|NAF|SAS|SEA|CAS|EEU|BLK|CRB|WST|ARB)$/) { if ($2 in iso) print FILENAME ":" FNR ": region " $2 " is a country code" }
    else if (p != $2 || (!(p in iso) && p != "IMG")) print FILENAME ":" FNR ": " $1 " is not under country " $2 }' "$C" "$I"
none "igos: no name maps to two organisations or to a country" '
  function key(s) { s = tolower(s); gsub(/-/, " ", s); return s }
  FILENAME ~ /countries/ { if (!/^#/ && NF) for (c = 2; c <= 4; c++) { m = split($c, p, "|"); for (i = 1; i <= m; i++) cty[key(p[i])] = $1 } next }
  !/^#/ && NF { m = split($3, p, "|"); for (i = 1; i <= m; i++) { k = key(p[i])
    if (k == "") print FILENAME ":" FNR ": empty name"
    if (k in cty) print FILENAME ":" FNR ": \"" p[i] "\" is also country " cty[k]
    if ((k in own) && own[k] != FNR) print FILENAME ":" FNR ": \"" p[i] "\" also on line " own[k]
    own[k] = FNR } }' "$C" "$I"
check "igos: the UN Security Council codes as the UN" grep -qP '^IGOUNO\tUNO\t([^\t]*\|)?(UN Security Council|U\.N\. Security Council)(\||$)' "$I"

# ---- people.tsv
none "people: 6 fields a line" '!/^#/ && !/^[ \t]*$/ && NF != 6 { print FILENAME ":" FNR ": " NF " fields" }' "$P"
none "people: roles are HOS HOG FM DEF ENV LDR MIN OTH" '!/^#/ && NF && $2 !~ /^(HOS|HOG|FM|DEF|ENV|LDR|MIN|OTH)$/ { print FILENAME ":" FNR ": role " $2 }' "$P"
none "people: codes start with a known country or IGO code" '
  FILENAME ~ /countries/ { if (!/^#/ && NF) k[$1] = 1; next }
  FILENAME ~ /igos/ { if (!/^#/ && NF) { k[$2] = 1; code[$1] = 1 } next }
  !/^#/ && NF { if ($1 !~ /^[A-Z]+$/ || length($1) % 3 != 0) { print FILENAME ":" FNR ": code " $1; next }
    if (!(substr($1, 1, 3) in k) && !($1 in code) && substr($1, 1, 3) != "IGO" && substr($1, 1, 3) != "NGO") print FILENAME ":" FNR ": unknown country in " $1 }' "$C" "$I" "$P"
none "people: dates are YYYY-MM-DD, from set, from <= to, none after 2026-12-01" '
  function bad(d) { return d !~ /^(19|20)[0-9][0-9]-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/ }
  !/^#/ && NF { if (bad($3)) print FILENAME ":" FNR ": from " $3
    if ($4 != "" && bad($4)) print FILENAME ":" FNR ": to " $4
    if ($4 != "" && $4 < $3) print FILENAME ":" FNR ": to before from"
    if ($3 > "2026-12-01") print FILENAME ":" FNR ": starts in the future" }' "$P"
none "people: names present, no empty list items" '!/^#/ && NF { if ($5 == "" || $5 ~ /^\||\|$|\|\|/ || $6 ~ /^\||\|$|\|\|/) print FILENAME ":" FNR ": names" }' "$P"
none "people: no duplicate lines" '!/^#/ && NF { if ($0 in s) print FILENAME ":" FNR ": duplicate of " s[$0]; s[$0] = FNR }' "$P"
# One holder at a time for the single-seat offices (a hand-over day may be
# shared), per country for GOV/MIL codes, per code for IGOs and groups
# (REB, OPP). Open terms sort last.
body "$P" | awk -F'\t' -v OFS='\t' '$2 ~ /^(HOS|HOG|FM|DEF|LDR)$/ { t = $4 == "" ? "9999-99-99" : $4; print ($1 ~ /^(IGO|NGO)/ || substr($1, 4) !~ /^(GOV|MIL)?$/ ? $1 : substr($1, 1, 3)), $2, $3, t, $5 }' |
  sort -t"$(printf '\t')" -k1,1 -k2,2 -k3,3 >"$TMP/terms"
none "people: single-seat offices do not overlap by more than a day" '
  { k = $1 " " $2; if (k == pk && $3 < pto) print k ": " $5 " from " $3 " while " pn " until " pto
    if (k != pk || $4 > pto) { pto = $4; pn = $5 } pk = k }' "$TMP/terms"
none "people: every short form is a word sequence of one of the line's names" '
  function norm(s) { s = tolower(s); gsub(/-/, " ", s); return " " s " " }
  !/^#/ && NF && $6 != "" { m = split($6, s, "|"); k = split($5, n, "|")
    for (i = 1; i <= m; i++) { hit = 0; for (j = 1; j <= k; j++) if (index(norm(n[j]), norm(s[i]))) hit = 1
      if (!hit) print FILENAME ":" FNR ": short \"" s[i] "\" is in none of the names" } }' "$P"
# A short form ("Lavrov", "Kim") must name one person at a time, or a later
# mention could not be resolved; people are told apart by their first name.
body "$P" | awk -F'\t' -v OFS='\t' '$6 != "" { split($5, n, "|"); m = split($6, s, "|")
  for (i = 1; i <= m; i++) print tolower(s[i]), $3, ($4 == "" ? "9999-99-99" : $4), n[1] }' |
  sort -t"$(printf '\t')" -k1,1 -k2,2 >"$TMP/shorts"
none "people: no short form names two people at once" '
  $1 != pk { delete to } { for (p in to) if (p != $4 && to[p] > $2) print $1 ": " p " until " to[p] ", " $4 " from " $2
    pk = $1; if (!($4 in to) || to[$4] < $3) to[$4] = $3 }' "$TMP/shorts"
none "people: no person name or short form is also a country or organisation name" '
  function key(s) { s = tolower(s); gsub(/-/, " ", s); return s }
  FILENAME ~ /countries/ { if (!/^#/ && NF) for (c = 2; c <= 4; c++) { m = split($c, p, "|"); for (i = 1; i <= m; i++) k[key(p[i])] = $1 } next }
  FILENAME ~ /igos/ { if (!/^#/ && NF) { m = split($3, p, "|"); for (i = 1; i <= m; i++) k[key(p[i])] = $1 } next }
  !/^#/ && NF { for (c = 5; c <= 6; c++) { m = split($c, p, "|"); for (i = 1; i <= m; i++)
    if (key(p[i]) in k) print FILENAME ":" FNR ": \"" p[i] "\" is also " k[key(p[i])] } }' "$C" "$I" "$P"
# Undated documents resolve a short form to any of its people: they must at
# least share a country ("Blair" is Tony Blair, not also Canada's Bill Blair).
none "people: a short form shared by two people stays within one country" '
  !/^#/ && NF && $6 != "" { m = split($6, s, "|"); c = substr($1, 1, 3); split($5, n, "|")
    for (i = 1; i <= m; i++) { k = tolower(s[i])
      if ((k in who) && who[k] != n[1] && cc[k] != c) print FILENAME ":" FNR ": \"" s[i] "\" is " who[k] " (" cc[k] ") and " n[1] " (" c ")"
      who[k] = n[1]; cc[k] = c } }' "$P"
# Short forms that are common words ("Ban", "Burns", "Salami") would turn
# ordinary text into actors: none may occur in lower case three times or
# more in the AG-news sample (read at test time).
AG=$SHARED/corpus/agnews_world.jsonl
if [ -r "$AG" ]; then
  tr -cs "A-Za-z'-" '\n' <"$AG" | grep -E '^[a-z]' | sort | uniq -c | awk '{ print $2 "\t" $1 }' >"$TMP/lower"
  none "people: no short form is a common lower-case word in news" '
    FNR == NR { low[$1] = $2; next }
    !/^#/ && NF && $6 != "" { m = split($6, s, "|"); for (i = 1; i <= m; i++) { k = tolower(s[i])
      if (low[k] >= 3) print FILENAME ":" FNR ": \"" s[i] "\" occurs " low[k] " times in lower case" } }' "$TMP/lower" "$P"
  none "countries, igos: no one-word name is a common lower-case word in news" '
    FNR == NR { low[$1] = $2; next }
    /^#/ || !NF { next }
    { first = FILENAME ~ /igos/ ? 3 : 2; last = FILENAME ~ /igos/ ? 3 : 4
      for (c = first; c <= last; c++) { m = split($c, s, "|"); for (i = 1; i <= m; i++)
        if (s[i] !~ /^[A-Z.+]+$/ && low[tolower(s[i])] >= 3) print FILENAME ":" FNR ": \"" s[i] "\" occurs " low[tolower(s[i])] " times in lower case" } }' "$TMP/lower" "$C" "$I"
else skip "people: no short form is a common lower-case word in news" "no $AG"
  skip "countries, igos: no one-word name is a common lower-case word in news" "no $AG"; fi
# Every day 2000-2026 has a head of state and government, a foreign and a defence
# minister for the checked countries (tools/gaps.sh), except the runs tools/gaps.known
# lists (vacancies, occupation, days nobody here knows).
"$ROOT/tools/gaps.sh" --known "$ROOT/tools/gaps.known" "$P" >"$TMP/gaps" 2>&1
if [ ! -s "$TMP/gaps" ]; then ok "people: no gap in the checked offices but the known ones"
else notok "people: no gap in the checked offices but the known ones"; sed 's/^/# /' "$TMP/gaps" | head -20; fi
check "people: at least 600 terms" test "$(body "$P" | wc -l)" -ge 600

# holder CC ROLE DATE: the first names of who held ROLE for CC on DATE.
holder() { body "$P" | awk -F'\t' -v c="$1" -v r="$2" -v d="$3" \
  'substr($1, 1, 3) == c && $2 == r && $3 <= d && ($4 == "" || d <= $4) { split($5, n, "|"); print n[1] }' | sort -u | paste -sd'|'; }
check_eq "people: KOR FM on 2016-06-13" "Yun Byung-se" "$(holder KOR FM 2016-06-13)"
check_eq "people: RUS FM on 2016-06-13" "Sergey Lavrov" "$(holder RUS FM 2016-06-13)"
check_eq "people: KOR FM on 2021-10-28" "Chung Eui-yong" "$(holder KOR FM 2021-10-28)"
check_eq "people: KOR HOS on 2021-10-28" "Moon Jae-in" "$(holder KOR HOS 2021-10-28)"
check_eq "people: KOR HOS on 2024-06-14" "Yoon Suk-yeol" "$(holder KOR HOS 2024-06-14)"
check_eq "people: KOR HOS on 2025-01-10 (acting)" "Choi Sang-mok" "$(holder KOR HOS 2025-01-10)"
check_eq "people: KOR HOS on 2025-11-20" "Lee Jae-myung" "$(holder KOR HOS 2025-11-20)"
check_eq "people: KOR FM on 2025-11-20" "Cho Hyun" "$(holder KOR FM 2025-11-20)"
check_eq "people: RUS HOS on 2024-06-14" "Vladimir Putin" "$(holder RUS HOS 2024-06-14)"
check_eq "people: RUS HOS on 2010-01-01" "Dmitry Medvedev" "$(holder RUS HOS 2010-01-01)"
check_eq "people: PRK LDR on 2023-09-13" "Kim Jong Un" "$(holder PRK LDR 2023-09-13)"
check_eq "people: PRK FM on 2016-05-20" "Ri Yong Ho" "$(holder PRK FM 2016-05-20)"
check_eq "people: USA HOS on 2016-06-13" "Barack Obama" "$(holder USA HOS 2016-06-13)"
check_eq "people: UKR HOS on 2023-06-01" "Volodymyr Zelensky" "$(holder UKR HOS 2023-06-01)"
check "people: Ri Su-yong is a DPRK official after 2016-05" grep -qP '^PRKGOV\tOTH\t2016-05-09\t[^\t]*\tRi Su Yong' "$P"
check "people: Oleg Burmistrov is a Russian envoy" grep -qP '^RUSGOV\tENV\t[^\t]*\t[^\t]*\tOleg Burmistrov' "$P"
check "people: Chung Eui-yong spellings" grep -qP '^KORGOV\tFM\t2021-02-09\t2022-05-11\t[^\t]*Jong Ui Young[^\t]*Jung Ui Young' "$P"

# Cross-check with the third-party Phoenix dictionaries (read at test time,
# never copied): where both know a person by the same full name at an
# overlapping date, the countries must agree. Heads of IGOs are skipped (we
# code their office, Phoenix their nationality), as are two known Phoenix
# quirks (Queen Elizabeth II under KNA; Vedrine as MED). Phoenix's KSV is XKX.
PHX=$SHARED/dictionaries/phoenix
if [ -r "$PHX/Phoenix.Countries.actors.txt" ]; then
  LC_ALL=C awk '
    function d8(s) { if (length(s) == 6) s = (substr(s, 1, 2) > "30" ? "19" : "20") s; return substr(s, 1, 4) "-" substr(s, 5, 2) "-" substr(s, 7, 2) }
    function flush(   i, j) { for (i = 1; i <= nn; i++) for (j = 1; j <= nc; j++) print names[i] "\t" codes[j] "\t" from[j] "\t" to[j]; nn = nc = 0 }
    /^[A-Z]/ { if (incodes) flush(); incodes = 0; n = $0; sub(/[ \t#].*/, "", n); sub(/_$/, "", n); names[++nn] = n; next }
    /^\+/ { n = substr($0, 2); sub(/[ \t#].*/, "", n); sub(/_$/, "", n); names[++nn] = n; next }
    /^[ \t]*\[/ { incodes = 1; s = $0
      while (match(s, /\[[A-Z]+[^]]*\]/)) { b = substr(s, RSTART + 1, RLENGTH - 2); s = substr(s, RSTART + RLENGTH)
        split(b, f, " "); r = f[2]; fr = "1900-01-01"; t = "9999-12-31"
        if (r ~ /^>/) fr = d8(substr(r, 2)); else if (r ~ /^</) t = d8(substr(r, 2)); else if (r ~ /-/) { split(r, g, "-"); fr = d8(g[1]); t = d8(g[2]) }
        codes[++nc] = f[1]; from[nc] = fr; to[nc] = t } next }
    END { if (incodes) flush() }' "$PHX/Phoenix.Countries.actors.txt" >"$TMP/phx.tsv"
  none "people: countries agree with the Phoenix dictionaries where both know a person" '
    FNR == NR { k = $1; n[k]++; pc[k, n[k]] = ($2 ~ /^KSV/ ? "XKX" : substr($2, 1, 3)); pf[k, n[k]] = $3; pt[k, n[k]] = $4; next }
    /^#/ || NF < 5 || $1 ~ /^(IGO|NGO)/ { next }
    { to = $4 == "" ? "9999-12-31" : $4; m = split($5, nm, "|"); ours = substr($1, 1, 3)
      for (i = 1; i <= m; i++) { k = toupper(nm[i]); gsub(/ /, "_", k); if (!(k in n) || k ~ /^(QUEEN_ELIZABETH_II|HUBERT_VEDRINE)$/) continue
        over = same = 0; other = ""
        for (j = 1; j <= n[k]; j++) if (pf[k, j] <= to && $3 <= pt[k, j]) { over = 1; if (pc[k, j] == ours) same = 1; else other = other " " pc[k, j] }
        if (over && !same) print FILENAME ":" FNR ": " nm[i] " is " ours ", Phoenix says" other
        break } }' "$TMP/phx.tsv" "$P"
else skip "people: countries agree with the Phoenix dictionaries where both know a person" "no $PHX"; fi

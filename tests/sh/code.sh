#!/usr/bin/env bash
# tests/sh/code.sh: `dyad code` / `explain` / `unknown` end to end: the
# acceptance events of the seed reports (read from $SHARED), parallel output
# identical to serial, usage and input errors.
. "$(dirname "$0")/../lib.sh"

# has FILE SRC CODE TGT [DATE]: the TSV output has an event whose source and
# target codes start with SRC/TGT ("-" = no target), whose code starts with
# CODE and whose date starts with DATE.
has() {
  awk -F'\t' -v s="$2" -v c="$3" -v t="$4" -v d="${5:-}" '
    index($2, s) == 1 && index($4, c) == 1 && (t == "-" ? $3 == "-" : index($3, t) == 1) &&
    (d == "" || index($1, d) == 1) { found = 1 }
    END { exit found ? 0 : 1 }' "$1"
}

# ---- usage and input errors (no shared data needed) ----
"$DYAD" code --bogus >/dev/null 2>"$TMP/err"; check_eq "unknown option exits 2" 2 $?
"$DYAD" code -j 0 x >/dev/null 2>&1; check_eq "bad -j exits 2" 2 $?
"$DYAD" code --format xml x >/dev/null 2>&1; check_eq "bad --format exits 2" 2 $?
"$DYAD" code --date 12/06/2016 x >/dev/null 2>&1; check_eq "bad --date exits 2" 2 $?
"$DYAD" explain >/dev/null 2>&1; check_eq "explain without a sentence exits 2" 2 $?
"$DYAD" code --help >"$TMP/help"; check_eq "code --help exits 0" 0 $?
check "code --help prints usage" grep -q "usage: dyad code" "$TMP/help"

"$DYAD" code "$TMP/does-not-exist.txt" >/dev/null 2>"$TMP/err"; rc=$?
check_eq "missing input exits 1" 1 $rc
check "missing input is named" grep -q "does-not-exist.txt" "$TMP/err"

printf '%s\n' '{"id":"a","text":"Russia attacked Ukraine."}' '{"id":"b", broken' \
  '{"id":"c","text":"South Korea criticized North Korea."}' >"$TMP/mixed.jsonl"
"$DYAD" code --format tsv "$TMP/mixed.jsonl" >"$TMP/mixed.out" 2>"$TMP/err"; rc=$?
check_eq "bad JSON line exits 1" 1 $rc
check "bad JSON line named file:line" grep -q "mixed.jsonl:2" "$TMP/err"
check "documents after the bad line are coded" has "$TMP/mixed.out" KOR 111 PRK
check "documents before the bad line are coded" has "$TMP/mixed.out" RUS 19 UKR

printf '\x00\x01\x02\xff\xfe binary \x80\x81' >"$TMP/binary.txt"
"$DYAD" code "$TMP/binary.txt" >/dev/null 2>&1; rc=$?
check "binary input does not crash" test "$rc" -le 1
: >"$TMP/empty.txt"
"$DYAD" code "$TMP/empty.txt" >"$TMP/empty.out" 2>&1; rc=$?
check "empty input gives no event" test ! -s "$TMP/empty.out" -a "$rc" -le 1

# A TSV line longer than the formatter's stack buffer (a 3000-byte doc id)
# comes out whole, and the same under -j 2 as under -j 1.
long=$(printf 'x%.0s' $(seq 3000))
printf '{"id":"%s","text":"Russian troops attacked Ukraine on Monday."}\n{"id":"b","text":"Putin met Xi in Beijing."}\n' "$long" >"$TMP/longid.jsonl"
"$DYAD" code -j 1 --format tsv "$TMP/longid.jsonl" >"$TMP/longid.1" 2>&1
"$DYAD" code -j 2 --format tsv "$TMP/longid.jsonl" >"$TMP/longid.2" 2>&1
check "tsv: a 3000-byte doc id is written whole" awk -F'\t' -v id="$long" '$9 == id && $4 ~ /^19/ { f = 1 } END { exit !f }' "$TMP/longid.1"
check "tsv: the event after the long line is written" has "$TMP/longid.1" RUS 04 CHN
check_file "tsv: -j 2 output is -j 1 output" "$TMP/longid.1" "$TMP/longid.2"
for i in $(seq 3000); do printf 'Russia attacked Ukraine and '; done >"$TMP/patho.txt"; echo 'Poland.' >>"$TMP/patho.txt"
timeout 10 "$DYAD" code --format tsv "$TMP/patho.txt" >"$TMP/patho.out" 2>&1; rc=$?
check_eq "a 3000-verb sentence is coded in time" 0 "$rc"
check "the 3000-verb sentence yields RUS 19 UKR" has "$TMP/patho.out" RUS 19 UKR

# ---- JSON output fields ----
"$DYAD" code --date 2016-06-12 - >"$TMP/one.jsonl" <<'EOF'
Foreign Minister Yun Byung-se departed for Moscow on Sunday afternoon.
EOF
for f in doc sentence date date_text source source_country source_text target target_country \
         target_text code root goldstein quad_class plover verb_text location text source_span \
         target_span verb_span date_span; do
  check "json has $f" grep -q "\"$f\":" "$TMP/one.jsonl"
done
check "json location has coordinates" grep -q '"location":{"name":"Moscow","country":"RUS","lat":' "$TMP/one.jsonl"
check "json date resolved" grep -q '"date":"2016-06-12","date_text":"Sunday afternoon"' "$TMP/one.jsonl"

printf '%s\n' '{"id":"d1","text":"KABUL, Afghanistan - Afghan troops attacked Pakistani rebels on Sunday."}' |
  "$DYAD" code - >"$TMP/dateline.jsonl" 2>&1
check "the wire dateline locates the event" grep -q '"location":{"name":"Kabul","country":"AFG"' "$TMP/dateline.jsonl"

# a yearless dateline: the year inferred (docyear.c) and said so
echo "WASHINGTON, Aug. 25 -- President Lee Jae-myung met U.S. President Donald Trump at the White House on Monday." >"$TMP/year.txt"
"$DYAD" code "$TMP/year.txt" >"$TMP/year.jsonl" 2>&1
check "json says the year was inferred" grep -q '"date":"2025-08-25","date_text":"Monday","date_year":"inferred"' "$TMP/year.jsonl"
"$DYAD" code --date 2025-08-25 "$TMP/year.txt" >"$TMP/year2.jsonl" 2>&1
check "json: no date_year with a document date" sh -c "! grep -q date_year '$TMP/year2.jsonl'"
"$DYAD" explain "WASHINGTON, Aug. 25 -- President Lee Jae-myung met U.S. President Donald Trump on Monday." >"$TMP/year.explain" 2>&1
check "explain says why the year" grep -q "document date: 2025-08-25, year 2025 inferred: the dateline's Aug. 25 with the lead's Monday; in office: Lee Jae-myung, Donald Trump" "$TMP/year.explain"

# ---- explain ----
"$DYAD" explain --date 2016-06-12 "Yun is set to meet with his Russian counterpart on Monday." >"$TMP/explain" 2>&1
check "explain shows tokens" grep -q "tokens:" "$TMP/explain"
check "explain shows the pattern" grep -q "pattern .*verbs.txt:" "$TMP/explain"
check "explain shows the intent rule" grep -q "036" "$TMP/explain"

# ---- unknown ----
"$DYAD" unknown - >"$TMP/unknown" <<'EOF'
Zorblatt Frobnitz attacked Ukraine.

Zorblatt Frobnitz attacked Poland.
EOF
check "unknown ranks an unknown subject" grep -qP '^2\tZorblatt Frobnitz$' "$TMP/unknown"

# ---- unknown --verbs ----
"$DYAD" unknown --verbs - >"$TMP/uverbs" <<'EOF'
Russia frobnicated Georgia on Monday. Russia frobnicates Georgia.

The Russian army is frobnicating Georgia. Japan frobnicated its fleet.

Russia's frobnication of Georgia worries Japan. Russia attacked Georgia.
EOF
check "unknown --verbs groups a verb's forms (two actors)" \
  grep -qP '^3\tv\tfrobnicated\tfrobnicated 1, frobnicates 1, frobnicating 1\t[^\t]+: Russia frobnicated Georgia on Monday\.$' "$TMP/uverbs"
check "unknown --verbs lists an event noun" grep -qP '^1\tn\tfrobnication\t' "$TMP/uverbs"
check_eq "unknown --verbs: two lines" 2 "$(wc -l <"$TMP/uverbs")"
"$DYAD" unknown --verbs --subject --min 1 - >"$TMP/usubj" <<'EOF'
Russia frobnicated Georgia on Monday. Japan frobnicated its fleet. Japan carved up its fleet.
EOF
check "unknown --verbs --subject: one actor, its verb" \
  grep -qP '^1\tv\tfrobnicated\t.*Japan frobnicated its fleet\.$' "$TMP/usubj"
check "unknown --verbs --subject: a phrasal verb" grep -qP '^1\tv\tcarved up\tcarved up 1\t' "$TMP/usubj"
"$DYAD" unknown --verbs --min 2 - >"$TMP/umin" <<<'Russia frobnicated Georgia. Russia sploinked Georgia. Russia sploinks Georgia.'
check_eq "unknown --verbs --min 2 keeps the words seen twice (shown by the shortest form)" "sploinks" "$(cut -f3 "$TMP/umin")"
"$DYAD" unknown --verbs --min 0 - </dev/null >/dev/null 2>"$TMP/err"; check_eq "unknown --min 0 exits 2" 2 $?
check "unknown --min 0: the message says why" grep -q -- "--min wants a number" "$TMP/err"
"$DYAD" unknown --min 2 - </dev/null >/dev/null 2>"$TMP/err"; check_eq "unknown --min without --verbs exits 2" 2 $?
"$DYAD" unknown --verbs --min </dev/null >/dev/null 2>"$TMP/err"; check_eq "unknown --min with no value exits 2" 2 $?
"$DYAD" unknown --verbs "$TMP/no-such-file" >/dev/null 2>"$TMP/err"; check_eq "unknown --verbs on a missing file exits 1" 1 $?
printf '%s\n' '{"id":"a","text":"broken' '{"id":"b","text":"Russia frobnicated Georgia."}' >"$TMP/ubad.jsonl"
"$DYAD" unknown --verbs "$TMP/ubad.jsonl" >"$TMP/ubad" 2>"$TMP/err"; check_eq "unknown --verbs: a bad JSON line exits 1" 1 $?
check "unknown --verbs: the bad line is named" grep -q "ubad.jsonl:1: invalid JSON" "$TMP/err"
check "unknown --verbs reads on after a bad line" grep -qP '^1\tv\tfrobnicated\t.*\tb: Russia' "$TMP/ubad"
"$DYAD" unknown --help | grep -q -- '--verbs'; check_eq "unknown --help documents --verbs" 0 $?

# ---- literal mode keeps nothing of an earlier sentence ----
# A verb that literal mode skips ("to challenge" after a coded "seeks") was
# never given to code_match, so a later verb that shares an earlier verb's
# subject ("ban") read the skipped verb's stale subject and target: another
# sentence's, another document's (its spans past this text's end), or
# uninitialised memory; and at -j N, whichever document the thread coded
# last. The little TABARI set is written here; nothing from ../shared.
mkdir -p "$TMP/lit"
printf '%s\n' 'ZEMBLA [ZEM]' 'ANTERRA [ANT]' >"$TMP/lit/Lit.actors.txt"
printf '%s\n' '--- MEET [040] ---' 'MET' '- * [040]' '--- DENOUNCE [111] ---' 'DENOUNCED' '- * [111]' \
  '--- SEEK [030] ---' 'SEEKS' '- * [030]' '--- CHALLENGE [110] ---' 'CHALLENGE' '- * [110]' \
  '--- BAN [172] ---' 'BAN' '- * [172]' >"$TMP/lit/Lit.verbs.txt"
LA='{"id":"a","text":"Zembla met Anterra and Zembla denounced Anterra in a long statement issued on Monday."}'
LB='{"id":"b","text":"Anterra seeks to challenge adoption ban."}'
printf '%s\n' "$LA" "$LB" >"$TMP/lit.jsonl"
"$DYAD" code -j 1 --literal --data none --dict "$TMP/lit" --format tsv "$TMP/lit.jsonl" >"$TMP/lit.out" 2>&1
check_eq "literal: a skipped verb leaves no subject for the next (document b: ANT 030, ANT 172)" \
  "$(printf 'b\tANT\t-\t030\nb\tANT\t-\t172')" "$(awk -F'\t' '$9 == "b" { print $9 "\t" $2 "\t" $3 "\t" $4 }' "$TMP/lit.out")"
"$DYAD" code -j 1 --literal --data none --dict "$TMP/lit" --format tsv - <<<"$LB" >"$TMP/litb.out" 2>&1
check_file "literal: document b codes alone as after document a" \
  <(awk -F'\t' '$9 == "b"' "$TMP/lit.out") "$TMP/litb.out"
# 700 documents, a and b by turns (three batches): the same at -j 1, 2, 3.
for i in $(seq 1 350); do printf '%s\n' "${LA/\"a\"/\"a$i\"}" "${LB/\"b\"/\"b$i\"}"; done >"$TMP/lit700.jsonl"
for j in 1 2 3; do
  "$DYAD" code -j $j --literal --data none --dict "$TMP/lit" "$TMP/lit700.jsonl" >"$TMP/lit$j.out" 2>&1
done
check_eq "literal: 700 documents give 350 x 4 events" 1400 "$(wc -l <"$TMP/lit1.out")"
check_file "literal: -j 2 output byte-identical to -j 1 (700 documents)" "$TMP/lit1.out" "$TMP/lit2.out"
check_file "literal: -j 3 output byte-identical to -j 1 (700 documents)" "$TMP/lit1.out" "$TMP/lit3.out"

# ---- the seeds ----
if ! have_shared; then
  skip "seed acceptance events" "no $SHARED/corpus"
  exit 0
fi
S=$SHARED/corpus/seeds
"$DYAD" code -j 1 --format tsv --date 2016-06-20 "$S"/000_*.txt >"$TMP/000" 2>&1
check "000 KOR->RUS 042 (Yun's visit)" has "$TMP/000" KOR 042 RUS
check "000 RUS->KOR 043 (the host)" has "$TMP/000" RUS 043 KOR
check "000 KOR->RUS 040 (He met with his Russian counterpart)" has "$TMP/000" KOR 040 RUS
check "000 KOR->RUS 041 (the two ministers ... through phone)" has "$TMP/000" KOR 041 RUS
check "000 RUS->KOR 041" has "$TMP/000" RUS 041 KOR
check "000 KOR->RUS 044 in February" has "$TMP/000" KOR 044 RUS 2016-02
check "000 RUS->KOR 044 in February" has "$TMP/000" RUS 044 KOR 2016-02
"$DYAD" code -j 1 --date 2016-06-20 "$S"/000_*.txt >"$TMP/000.json" 2>&1
check "000 044 located in Munich" grep -q '"code":"044".*"location":{"name":"Munich","country":"DEU"' "$TMP/000.json"

"$DYAD" code -j 1 --format tsv "$S"/001_*.txt >"$TMP/001" 2>&1
check "001 KOR->RUS 036 dated 2016-06-13" has "$TMP/001" KOR 036 RUS 2016-06-13
check "001 KOR->RUS 042 dated 2016-06-12" has "$TMP/001" KOR 042 RUS 2016-06-12
check "001 PRK->CHN 042 in May 2016" has "$TMP/001" PRK 042 CHN 2016-05
check "001 KOR->IRN 042" has "$TMP/001" KOR 042 IRN
check "001 KOR->CUB 042" has "$TMP/001" KOR 042 CUB
check "001 KOR->UGA 042" has "$TMP/001" KOR 042 UGA

"$DYAD" code -j 1 --format tsv "$S"/004_*.txt >"$TMP/004" 2>&1
check "004 RUS->UKR 19x in February 2022" has "$TMP/004" RUS 19 UKR 2022-02
check "004 KOR->UKR 07x in 2023" has "$TMP/004" KOR 07 UKR 2023
check "004 PRK->RUS 040 in September 2023" has "$TMP/004" PRK 040 RUS 2023-09
check "004 RUS 129 (veto) in March 2024" has "$TMP/004" RUS 129 - 2024-03
check "004 USA->UKR 07x" has "$TMP/004" USA 07 UKR

"$DYAD" code -j 1 --format tsv "$S"/002_*.txt >"$TMP/002" 2>&1
check "002 codes the story" has "$TMP/002" KOR 04 RUS
n=$(awk -F'\t' '$10 > 24' "$TMP/002" | wc -l)
check_eq "002 nothing from the reader comments" 0 "$n"
check "002 nothing from the comment 'discuss North Korea'" test "$(grep -c 'PRK' "$TMP/002")" -eq 0

"$DYAD" code -j 1 "$S" >"$TMP/j1" 2>&1
"$DYAD" code -j 2 "$S" >"$TMP/j2" 2>&1
check_file "-j 2 output byte-identical to -j 1 (seeds)" "$TMP/j1" "$TMP/j2"
if [ -f "$SHARED/corpus/agnews_world.jsonl" ]; then
  head -400 "$SHARED/corpus/agnews_world.jsonl" >"$TMP/ag.jsonl"
  "$DYAD" code -j 1 "$TMP/ag.jsonl" >"$TMP/a1" 2>&1
  "$DYAD" code -j 2 "$TMP/ag.jsonl" >"$TMP/a2" 2>&1
  check_file "-j 2 output byte-identical to -j 1 (400 AG-news items)" "$TMP/a1" "$TMP/a2"
  check "AG-news items yield events" test -s "$TMP/a1"
fi

# -j N pipelines reading with coding over batches of 256 documents: 700
# generated documents (three batches) with a malformed line and a line of
# invalid UTF-8 among them give the same output, errors and exit status at
# -j 1, -j 2 and -j 3.
for i in $(seq 1 700); do
  case $i in
    300) echo "{\"id\": \"bad-json\", \"text\": " ;;
    520) printf '{"id": "bad-utf8", "text": "Seoul \377\376 met Moscow."}\n' ;;
    *) echo "{\"id\": \"gen-$i\", \"text\": \"South Korean Foreign Minister Cho Hyun met his Russian counterpart in Moscow on Monday, item $i. Russia criticized Japan.\"}" ;;
  esac
done >"$TMP/gen.jsonl"
for j in 1 2 3; do
  "$DYAD" code --date 2025-09-01 -j $j "$TMP/gen.jsonl" >"$TMP/g$j.out" 2>"$TMP/g$j.err"
  echo $? >"$TMP/g$j.rc"
done
check "700 generated documents yield events" test "$(grep -c '"doc":"gen-' "$TMP/g1.out")" -ge 1000
check_file "-j 2 output byte-identical to -j 1 (700 documents, bad lines)" "$TMP/g1.out" "$TMP/g2.out"
check_file "-j 3 output byte-identical to -j 1 (700 documents, bad lines)" "$TMP/g1.out" "$TMP/g3.out"
check_file "-j 2 errors as -j 1" "$TMP/g1.err" "$TMP/g2.err"
check_file "-j 3 errors as -j 1" "$TMP/g1.err" "$TMP/g3.err"
check "-j 1 reports the malformed line" grep -q "gen.jsonl:300" "$TMP/g1.err"
check_eq "-j 1 exits 1 on bad lines" 1 "$(cat "$TMP/g1.rc")"
check_eq "-j 3 exits 1 on bad lines" 1 "$(cat "$TMP/g3.rc")"

# Every dictionary mode on the whole AG corpus (1,900 items, eight batches):
# -j 2 and -j 3 byte-identical to -j 1, and (the literal modes, which once
# read a skipped verb's stale state) the corpus read backwards gives the same
# events: no document's coding depends on the one coded before it.
C=$SHARED/corpus/agnews_world.jsonl
PHX=$SHARED/dictionaries/phoenix
VAL=$SHARED/conformance/petrarch
if [ ! -f "$C" ] || [ ! -d "$PHX" ] || [ ! -f "$VAL/PETR.Validate.verbs.txt" ]; then
  skip "every dictionary mode identical at -j 1, 2, 3 on the AG corpus" "no $C, $PHX or $VAL"
  exit 0
fi
tac "$C" >"$TMP/agrev.jsonl"
n=0
for mode in "--literal --data none --dict $PHX" "--literal --data none --dict $VAL" \
            "--data none --dict $PHX" "--dict $PHX"; do
  n=$((n + 1))
  for j in 1 2 3; do "$DYAD" code -j $j $mode "$C" >"$TMP/m$n.$j" 2>&1; done
  name=${mode//$SHARED\//}
  check "$name: AG corpus events" test "$(wc -l <"$TMP/m$n.1")" -ge 500
  check_file "$name: -j 2 output byte-identical to -j 1 (AG corpus)" "$TMP/m$n.1" "$TMP/m$n.2"
  check_file "$name: -j 3 output byte-identical to -j 1 (AG corpus)" "$TMP/m$n.1" "$TMP/m$n.3"
  case $mode in
    --literal*)
      "$DYAD" code -j 1 $mode "$TMP/agrev.jsonl" 2>&1 | sort >"$TMP/m$n.rev"
      check_file "$name: the corpus backwards gives the same events" <(sort "$TMP/m$n.1") "$TMP/m$n.rev" ;;
  esac
done

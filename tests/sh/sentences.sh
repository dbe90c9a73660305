#!/usr/bin/env bash
# sentences.sh: `dyad sentences` on the five seeds and 51 chosen AG-news items
# against the hand-written sentence lists in tests/cases/sentences/<doc>.txt
# (one sentence a line; a newline inside a sentence is written \n), and no
# boilerplate or reader-comment line in the output. Inputs are read from
# $SHARED/corpus at test time.
. "$(dirname "$0")/../lib.sh"

cases="$ROOT/tests/cases/sentences"
seeds="$SHARED/corpus/seeds"
ag="$SHARED/corpus/agnews_world.jsonl"

if ! have_shared || [ ! -d "$seeds" ] || [ ! -f "$ag" ]; then
  skip "sentences: expected-sentence cases" "no $SHARED/corpus"
  exit 0
fi

# The "text" member of each JSON line (the last one), JSON escapes undone
# except \n, which stays as the two characters of the expected files.
texts() {
  sed -n 's/^{.*"text":"\(.*\)"}$/\1/p' |
    sed -e 's/\\\\/\x01/g' -e 's/\\"/"/g' -e 's/\\\//\//g' -e 's/\\t/\t/g' \
        -e 's/\x01/\\/g'
}

n=0
for exp in "$cases"/*.txt; do
  id=$(basename "$exp" .txt)
  out="$TMP/$id.out"
  if [ -f "$seeds/$id.txt" ]; then
    "$DYAD" sentences "$seeds/$id.txt" >"$out.json" 2>"$out.err"
  else
    line=$(grep -F "{\"id\": \"$id\"," "$ag")
    if [ -z "$line" ]; then
      notok "sentences $id: no such item in $ag"
      continue
    fi
    printf '%s\n' "$line" | "$DYAD" sentences - >"$out.json" 2>"$out.err"
  fi
  rc=$?
  check_eq "sentences $id: exit status" 0 "$rc"
  texts <"$out.json" >"$out"
  check_file "sentences $id" "$exp" "$out"
  n=$((n + 1))
done
check "sentences: at least 55 cases (5 seeds + 50 AG items)" test "$n" -ge 55

# No boilerplate, byline, share widget, photo credit or reader comment may
# reach the sentence stream of any seed.
"$DYAD" sentences "$seeds" >"$TMP/seeds.json" 2>"$TMP/seeds.err"
check_eq "sentences: all seeds read" 0 "$?"
texts <"$TMP/seeds.json" >"$TMP/seeds.txt"
check "sentences: seeds give sentences" test -s "$TMP/seeds.txt"
for marker in "Link copied" "Related stories" "Most viewed articles" \
  "5 Comments" "Comments" "By Shin" "heeshin@" "Please direct" \
  "button that move" "Published :" "Posted on :" "Modified on" "(EPA/Yonhap)" \
  "The Korea Herald" "Habibi" "Loubianka" "ZmeeLove" "Muchacho" "Coccinella" \
  "Waste of time" "english@hani.co.kr"; do
  if grep -qF -- "$marker" "$TMP/seeds.txt"; then
    notok "sentences: no \"$marker\" in the seeds' sentences"
    grep -F -- "$marker" "$TMP/seeds.txt" | head -3 | sed 's/^/# /'
  else
    ok "sentences: no \"$marker\" in the seeds' sentences"
  fi
done

# The whole AG sample: every item gives sentences, none is empty or untrimmed.
"$DYAD" sentences "$ag" >"$TMP/ag.json" 2>"$TMP/ag.err"
check_eq "sentences: AG sample read" 0 "$?"
docs=$(sed -n 's/^{"doc":"\([^"]*\)".*/\1/p' "$TMP/ag.json" | sort -u | wc -l)
check_eq "sentences: every AG item gives sentences" 1900 "$docs"
texts <"$TMP/ag.json" >"$TMP/ag.txt"
bad=$(grep -cE '^[[:space:]]|[[:space:]]$|^$' "$TMP/ag.txt")
check_eq "sentences: AG sentences are trimmed and non-empty" 0 "$bad"

# Shared helpers for tests/sh/*.sh: TAP output ("ok - name" / "not ok - name").
# Source it; DYAD, ROOT, SHARED and BUILD come from tests/run.sh.
: "${ROOT:=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
: "${BUILD:=build}"
: "${DYAD:=$ROOT/$BUILD/dyad}"
: "${SHARED:=$(cd "$ROOT/.." && pwd)/shared}"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ok() { echo "ok - $*"; }
notok() { echo "not ok - $*"; }
skip() { echo "ok - $1 # SKIP ${2:-}"; }
# check NAME CMD...: passes when CMD exits 0
check() { local n=$1; shift; if "$@" >"$TMP/check.out" 2>&1; then ok "$n"; else notok "$n"; sed 's/^/# /' "$TMP/check.out" | head -20; fi; }
# check_eq NAME EXPECTED ACTUAL
check_eq() { if [ "$2" = "$3" ]; then ok "$1"; else notok "$1"; echo "# expected: $2"; echo "# actual:   $3"; fi; }
# check_file NAME EXPECTED_FILE ACTUAL_FILE: exact match, diff on failure
check_file() { if diff -u "$2" "$3" >"$TMP/diff.out" 2>&1; then ok "$1"; else notok "$1"; sed 's/^/# /' "$TMP/diff.out" | head -40; fi; }
have_shared() { [ -d "$SHARED/corpus" ]; }

# gold_slice NAME GOLD NOEVENT MOD FLOOR: the checks of an AG-news gold slice
# (items agw-NNNN with N mod 17 = MOD, or one of MOD's comma-separated
# residues, e.g. 8,10; tests/sh/holdout*.sh, val1.sh): both files load
# strictly, every id is of the slice, none is both gold and no-event, none is
# in another gold file; with ../shared, every item of the slice is covered
# and the coder's F1 on it is at least FLOOR.
gold_slice() {
  local name=$1 gold=$2 noev=$3 mod=$4 floor=$5 ids others f want rc
  check "$name gold file is well-formed" "$DYAD" eval "$gold" </dev/null
  check "$name no-event list loads" "$DYAD" eval "$gold" --docs "$noev" </dev/null
  ids=$( { grep -v '^#' "$gold" | tail -n +2 | cut -f1; grep -v '^#' "$noev"; } | sort -u)
  check_eq "$name ids are all agw-NNNN with N mod 17 = $mod" "" "$(echo "$ids" |
    awk -v m="$mod" 'BEGIN { k = split(m, r, ",") } { n = substr($0, 5) + 0; ok = 0
      for (i = 1; i <= k; i++) if (n % 17 == r[i] + 0) ok = 1
      if ($0 !~ /^agw-[0-9][0-9][0-9][0-9]$/ || !ok) print }')"
  check_eq "no $name item is both in the gold and the no-event list" "" \
    "$(comm -12 <(grep -v '^#' "$gold" | tail -n +2 | cut -f1 | sort -u) <(grep -v '^#' "$noev" | sort -u))"
  others=$(for f in "$ROOT"/tests/gold/*.tsv "$ROOT"/tests/gold/*.txt "$ROOT"/tests/gold/*/*; do
    [ -f "$f" ] && [ "$f" != "$gold" ] && [ "$f" != "$noev" ] && grep -v '^#' "$f" | cut -f1; done | sort -u)
  check_eq "$name overlaps no other gold file" "" "$(comm -12 <(echo "$ids") <(echo "$others"))"
  if ! have_shared; then
    skip "every N mod 17 = $mod item of the corpus is coded" "no $SHARED/corpus"
    skip "coder F1 on the $name gold" "no $SHARED/corpus"
    return
  fi
  want=$(grep -o '"id": *"agw-[0-9]*"' "$SHARED/corpus/agnews_world.jsonl" |
    grep -o 'agw-[0-9]*' | awk -v m="$mod" 'BEGIN { k = split(m, r, ",") }
      { for (i = 1; i <= k; i++) if (substr($0, 5) % 17 == r[i] + 0) { print; break } }' | sort -u)
  check_eq "every N mod 17 = $mod item of the corpus is coded" "$want" "$ids"
  "$DYAD" eval "$gold" --docs "$noev" --code "$SHARED/corpus/agnews_world.jsonl" \
    --min-f1 "$floor" >"$TMP/$name.out" 2>"$TMP/$name.err"
  rc=$?
  sed "s/^/# $name: /" "$TMP/$name.out"
  check_eq "coder on the $name AG-news gold: F1 >= $floor" 0 $rc
  [ $rc -eq 0 ] || sed 's/^/# /' "$TMP/$name.err" | head -5
  check "every $name document is among the inputs" bash -c "! grep -q ^unread: '$TMP/$name.out'"
}

# gold_articles NAME DIR F1 DATE NDATED: the checks of a set of full articles
# written by the project (tests/gold/articles*/): twelve NNN_slug.txt files of
# 250-700 words of UTF-8, NDATED of them with a document date, exactly the
# documents of DIR/NAME.tsv (which loads strictly); the coder's F1 and date
# accuracy on them are at least F1 and DATE.
gold_articles() {
  local name=$1 dir=$2 f1=$3 date=$4 ndated=$5 gold=$2/$1.tsv files ids bad f n rc
  check "$name gold file is well-formed (strict load)" "$DYAD" eval "$gold" </dev/null
  files=$(for f in "$dir"/*.txt; do [ -f "$f" ] && basename "$f" .txt; done | sort)
  check_eq "$name: twelve articles" 12 "$(echo "$files" | grep -c .)"
  check_eq "$name: article names are NNN_slug.txt" "" "$(echo "$files" | grep -vE '^[0-9]{3}_[a-z0-9_]+$')"
  ids=$(grep -v '^#' "$gold" | tail -n +2 | cut -f1 | sort -u)
  check_eq "$name: every article is in the gold and every gold doc is an article" "$files" "$ids"
  bad=""
  for f in "$dir"/*.txt; do
    iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 || bad="$bad ${f##*/}(utf-8)"
    n=$(wc -w <"$f"); { [ "$n" -ge 250 ] && [ "$n" -le 700 ]; } || bad="$bad ${f##*/}($n words)"
  done
  check_eq "$name: articles are UTF-8 text of 250-700 words" "" "$bad"
  check_eq "$name: $ndated articles carry a document date in their text" "$ndated" \
    "$("$DYAD" sentences --meta "$dir"/*.txt | grep '^{"doc"' | grep -c '"date":"[0-9]')"
  "$DYAD" eval "$gold" --code "$dir"/*.txt --min-f1 "$f1" --min-date "$date" \
    >"$TMP/$name.out" 2>"$TMP/$name.err"
  rc=$?
  sed "s/^/# $name: /" "$TMP/$name.out"
  check_eq "coder on the $name: F1 >= $f1, dates >= $date" 0 $rc
  [ $rc -eq 0 ] || sed 's/^/# /' "$TMP/$name.err" | head -5
  check "$name: every article is among the inputs" bash -c "! grep -q ^unread: '$TMP/$name.out'"
}

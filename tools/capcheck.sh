#!/usr/bin/env bash
# capcheck.sh: builds tools/capcheck.c and compares every capital's
# coordinates in data/countries.tsv with libgeonames (needs libgeonames-dev
# and iso-codes). Prints the capitals that differ by more than 0.5 degrees
# (or $1) or that geonames does not know.
set -eu
cd "$(dirname "$0")/.."
json=/usr/share/iso-codes/json/iso_3166-1.json
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cc -std=c11 -O1 -o "$tmp/capcheck" tools/capcheck.c $(pkg-config --cflags --libs geonames) -lm
awk -F'"' '$2 == "alpha_2" { a2 = $4 } $2 == "alpha_3" { print $4 "\t" a2 }' "$json" >"$tmp/codes"
printf 'XKX\tXK\n' >>"$tmp/codes"
awk -F'\t' -v OFS='\t' 'FILENAME == ARGV[1] { a2[$1] = $2; next }
  !/^#/ && NF && $5 != "" { print a2[$1], $1, $5, $6, $7 }' "$tmp/codes" data/countries.tsv |
  "$tmp/capcheck" "$@"

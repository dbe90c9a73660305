#!/usr/bin/env bash
# input.sh: `dyad sentences` on good and bad input (TAP). Every bad input
# gets correct output or a clear error naming the input, the right exit
# status, and no crash or hang.
. "$(dirname "$0")/../lib.sh"
S() { "$DYAD" sentences "$@"; }

# run NAME EXPECTED_STATUS ARGS...: runs dyad sentences, keeps stdout in
# $TMP/out and stderr in $TMP/err, checks the exit status (and no signal).
run() {
  local n=$1 want=$2 rc; shift 2
  S "$@" >"$TMP/out" 2>"$TMP/err"; rc=$?
  if [ "$rc" -eq "$want" ]; then ok "$n: exit $want"
  else notok "$n: exit $rc, expected $want"; sed 's/^/# /' "$TMP/err" | head -5; fi
}
# has NAME FILE PATTERN (grep -E)
has() { if grep -qE -- "$3" "$2"; then ok "$1"; else notok "$1"; echo "# no /$3/ in $2:"; head -c 600 "$2" | sed 's/^/#   /'; fi; }
hasnt() { if ! grep -qE -- "$3" "$2"; then ok "$1"; else notok "$1"; grep -E -- "$3" "$2" | head -3 | sed 's/^/#   /'; fi; }
lines() { wc -l <"$1" | tr -d ' '; }

# ---- usage
run "unknown option" 2 --frobnicate x.txt
has "unknown option: message names it" "$TMP/err" "unknown option '--frobnicate'"
run "bad --date" 2 --date 2016-13-45 x.txt
has "bad --date: message" "$TMP/err" "--date needs YYYY-MM-DD"
run "--date without value" 2 --date
run "bad --max-bytes" 2 --max-bytes 12k x.txt
run "--help" 0 --help
has "--help: usage" "$TMP/out" "^usage: dyad sentences"

# ---- plain documents, stdin, directories
printf 'The envoys met on Monday. They agreed to meet again.\n' >"$TMP/a.txt"
run "plain text" 0 "$TMP/a.txt"
check_eq "plain text: two sentences" 2 "$(lines "$TMP/out")"
has "plain text: JSON fields" "$TMP/out" '^\{"doc":"a.txt","sentence":0,"start":0,"end":25,"text":"The envoys met on Monday."\}$'
printf 'From stdin. Two sentences.\n' | S - >"$TMP/out" 2>"$TMP/err"
check_eq "stdin: exit 0 and 2 sentences" "0 2" "$? $(lines "$TMP/out")"
has "stdin: doc id is -" "$TMP/out" '"doc":"-"'
printf 'No inputs reads stdin.\n' | S >"$TMP/out" 2>"$TMP/err"
check_eq "no INPUT reads stdin" 1 "$(lines "$TMP/out")"
mkdir -p "$TMP/d/sub" "$TMP/d/.git"
printf 'Second.\n' >"$TMP/d/b.txt"; printf 'First.\n' >"$TMP/d/a.txt"
printf 'Third.\n' >"$TMP/d/sub/c.txt"; printf 'Hidden.\n' >"$TMP/d/.git/x.txt"
run "directory" 0 "$TMP/d"
check_eq "directory: recursive, sorted by name, dot-dirs skipped" "a.txt b.txt c.txt" \
  "$(grep -o '"doc":"[^"]*"' "$TMP/out" | cut -d'"' -f4 | tr '\n' ' ' | sed 's/ $//')"
run "--date applies when there is none" 0 --meta --date 2004-08-15 "$TMP/a.txt"
has "--date: origin option" "$TMP/out" '"date":"2004-08-15","date_origin":"option"'

# ---- empty file
: >"$TMP/empty.txt"
run "empty file" 0 --meta "$TMP/empty.txt"
check_eq "empty file: one meta line, no sentences" 1 "$(lines "$TMP/out")"
has "empty file: 0 bytes" "$TMP/out" '"doc":"empty.txt".*"bytes":0'

# ---- binary data
printf 'PK\003\004\000\000\001\002binary\000\377\376' >"$TMP/bin.dat"
head -c 3000 /dev/urandom >>"$TMP/bin.dat"
run "binary data" 1 "$TMP/bin.dat" "$TMP/a.txt"
has "binary data: error names the file" "$TMP/err" "bin.dat: binary data"
check_eq "binary data: the next input is still read" 2 "$(lines "$TMP/out")"

printf '\377\376h\000i\000' >"$TMP/utf16.txt"
run "UTF-16 text" 1 "$TMP/utf16.txt"
has "UTF-16 text: error names the file" "$TMP/err" "utf16.txt: UTF-16 text is not supported"
printf '[\n  {"text": "In an array."}\n]\n' >"$TMP/array.json"
run "JSON array" 1 "$TMP/array.json"
has "JSON array: error names the file" "$TMP/err" "array.json: a JSON array is not supported"
printf '[Editorial] Brackets open plain text.\n' >"$TMP/bracket.txt"
run "plain text starting with [" 0 "$TMP/bracket.txt"
has "plain text starting with [: read as text" "$TMP/out" '"text":"\[Editorial\] Brackets open plain text."'

# ---- invalid UTF-8
printf 'Bad \377 byte and \300\257 overlong. Next sentence.\n' >"$TMP/bad-utf8.txt"
run "invalid UTF-8" 0 --meta "$TMP/bad-utf8.txt"
has "invalid UTF-8: replaced by U+FFFD" "$TMP/out" $'Bad \xEF\xBF\xBD byte'
has "invalid UTF-8: counted in the metadata" "$TMP/out" '"invalid_utf8":3'
has "invalid UTF-8: warning names the input" "$TMP/err" "bad-utf8.txt: warning: 3 U\+FFFD"
if LC_ALL=C grep -q $'\377' "$TMP/out"; then notok "invalid UTF-8: no raw invalid byte in the output"; else ok "invalid UTF-8: no raw invalid byte in the output"; fi

# ---- a 100 MB single line
head -c 100000000 /dev/zero | tr '\0' 'a' | sed 's/aaaaaaa/word w /g' >"$TMP/huge.txt"
printf '. The end.\n' >>"$TMP/huge.txt"
start=$(date +%s)
S "$TMP/huge.txt" >"$TMP/huge.json" 2>"$TMP/err"
echo "$(lines "$TMP/huge.json") $(( $(wc -c <"$TMP/huge.json") > 90000000 ))" >"$TMP/huge.out"
rm -f "$TMP/huge.json"
check_eq "100 MB line: two sentences, the first ~100 MB" "2 1" "$(cat "$TMP/huge.out")"
el=$(( $(date +%s) - start ))
if [ "$el" -lt 60 ]; then ok "100 MB line: done in ${el}s"; else notok "100 MB line: took ${el}s"; fi
run "100 MB line over --max-bytes" 1 --max-bytes 1000000 "$TMP/huge.txt" "$TMP/a.txt"
has "over the limit: error names the file" "$TMP/err" "huge.txt: document exceeds the limit of 1000000 bytes"
check_eq "over the limit: the next input is still read" 2 "$(lines "$TMP/out")"
rm -f "$TMP/huge.txt"

# ---- HTML, 10,000-deep nesting
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "<div>"; printf "Deep inside. Still deep."; for (i = 0; i < 10000; i++) printf "</div>"; print "" }' >"$TMP/deep.html"
start=$(date +%s)
run "10,000-deep HTML" 0 "$TMP/deep.html"
el=$(( $(date +%s) - start ))
check_eq "10,000-deep HTML: its text" '"Deep inside." "Still deep."' "$(grep -o '"text":"[^"]*"' "$TMP/out" | cut -d: -f2 | tr '\n' ' ' | sed 's/ $//')"
if [ "$el" -lt 10 ]; then ok "10,000-deep HTML: fast (${el}s)"; else notok "10,000-deep HTML: took ${el}s"; fi
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "<b><i>"; print "Unclosed." }' >"$TMP/deep2.html"
run "10,000-deep unclosed HTML" 0 "$TMP/deep2.html"
printf '<html><head><title>T</title><script>var a="<p>no</p>";</script></head><body><nav>Menu</nav><h1>The headline</h1><p>First para.</p><p>Second &amp; last.</p><footer>Footer</footer></body></html>' >"$TMP/page.html"
run "HTML page" 0 --meta "$TMP/page.html"
has "HTML: title from <h1>" "$TMP/out" '"title":"The headline"'
has "HTML: entity decoded" "$TMP/out" '"text":"Second & last."'
hasnt "HTML: no script, nav or footer text" "$TMP/out" 'Menu|Footer|no</p>'

# ---- JSON lines: a bad line among good ones
cat >"$TMP/news.jsonl" <<'EOF'
{"id": "n1", "title": "First", "text": "AP - One sentence here.", "lang": "en"}
{"id": "n2", "text": "missing quote}
not json at all

{"id": "n3", "text": "Third line is fine.", "date": "2004-08-15"}
EOF
run "bad JSON lines" 1 --meta "$TMP/news.jsonl"
has "bad JSON line: error names file:line" "$TMP/err" "news.jsonl:2: invalid JSON"
has "bad JSON line: each bad line reported" "$TMP/err" "news.jsonl:3: invalid JSON"
check_eq "bad JSON lines: good documents kept" "n1 n3" "$(grep -o '"doc":"[^"]*","path"' "$TMP/out" | cut -d'"' -f4 | tr '\n' ' ' | sed 's/ $//')"
has "JSON: extra fields kept" "$TMP/out" '"doc":"n1".*"source":"AP".*"lang":"en"'
has "JSON: metadata date" "$TMP/out" '"doc":"n3".*"date":"2004-08-15","date_origin":"meta"'
has "JSON: wire credit dropped from the sentence" "$TMP/out" '"text":"One sentence here."'
printf '{"text": "%s"}\n{"text": "Short."}\n' "$(head -c 5000 /dev/zero | tr '\0' 'x')" >"$TMP/long.jsonl"
run "over-long JSON line" 1 --max-bytes 1000 "$TMP/long.jsonl"
has "over-long JSON line: names file:line" "$TMP/err" "long.jsonl:1: line exceeds the limit of 1000 bytes"
has "over-long JSON line: the next line is read" "$TMP/out" '"text":"Short."'

# ---- gzip (by magic, not by name), truncated gzip
gzip -c "$TMP/news.jsonl" >"$TMP/packed.txt"
run "gzip by magic" 1 "$TMP/packed.txt"
has "gzip: documents decoded" "$TMP/out" '"doc":"n3"'
for i in $(seq 1 400); do printf '{"id": "g%d", "text": "Sentence number %d is here, with some more words to compress %d."}\n' "$i" "$i" "$((i * 7919 % 10007))"; done | gzip -c >"$TMP/full.jsonl.gz"
size=$(wc -c <"$TMP/full.jsonl.gz")
head -c $((size / 2)) "$TMP/full.jsonl.gz" >"$TMP/cut.jsonl.gz"
run "truncated gzip" 1 "$TMP/cut.jsonl.gz"
has "truncated gzip: error names the file" "$TMP/err" "cut.jsonl.gz:[0-9]+: truncated gzip"
n=$(lines "$TMP/out")
if [ "$n" -gt 10 ] && [ "$n" -lt 400 ]; then ok "truncated gzip: documents before the cut kept ($n)"; else notok "truncated gzip: $n documents"; fi
printf 'Plain gzip text. Two sentences.\n' | gzip -c | head -c 20 >"$TMP/cut.txt.gz"
run "truncated gzip text file" 1 "$TMP/cut.txt.gz"
has "truncated gzip text: error names the file" "$TMP/err" "cut.txt.gz: truncated gzip"

printf 'Compressed on stdin. Second one.\n' | gzip -c | S - >"$TMP/out" 2>"$TMP/err"
check_eq "gzip on stdin: exit 0, 2 sentences" "0 2" "$? $(lines "$TMP/out")"

# ---- a directory symlink loop
mkdir -p "$TMP/loop/a"; printf 'Loop text.\n' >"$TMP/loop/a/x.txt"; ln -s "$TMP/loop" "$TMP/loop/a/back"
run "symlink loop" 1 "$TMP/loop"
has "symlink loop: reported, naming the link" "$TMP/err" "loop/a/back: directory already read"
check_eq "symlink loop: the file read once" 1 "$(lines "$TMP/out")"

# ---- unreadable paths
run "missing path" 1 "$TMP/nope.txt" "$TMP/a.txt"
has "missing path: error names it" "$TMP/err" "nope.txt: No such file or directory"
check_eq "missing path: other inputs still read" 2 "$(lines "$TMP/out")"
run "path through a file" 1 "$TMP/a.txt/x"
has "path through a file: error names it" "$TMP/err" "a.txt/x: Not a directory"
if [ "$(id -u)" -ne 0 ]; then
  printf 'secret\n' >"$TMP/noread.txt"; chmod 000 "$TMP/noread.txt"
  run "unreadable file" 1 "$TMP/noread.txt"
  has "unreadable file: error names it" "$TMP/err" "noread.txt: Permission denied"
else
  skip "unreadable file" "running as root"
fi

# ---- document dates: the cases of tests/cases/dates/docdate.txt (also run
# by tests/unit/test_ingest.c), each written to a file (.jsonl when it has a
# title), all read in one call
mkdir -p "$TMP/docdate"
awk -v dir="$TMP/docdate" '
  function esc(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return s }
  /^#/ || /^$/ { next }
  /^want / { want = substr($0, 6); next }
  /^title / { title = substr($0, 7); has = 1; next }
  /^line( |$)/ { text = text substr($0, 6) "\n"; next }
  /^---$/ {
    n++; f = sprintf("%s/c%03d.%s", dir, n, has ? "jsonl" : "txt")
    if (has) { t = text; gsub(/\n/, "\\n", t)
      printf "{\"id\": \"c%03d.jsonl\", \"title\": \"%s\", \"text\": \"%s\"}\n", n, esc(title), esc(t) > f }
    else printf "%s", text > f
    close(f); print sprintf("c%03d.%s", n, has ? "jsonl" : "txt") "\t" want > (dir ".want")
    want = ""; title = ""; text = ""; has = 0 }' "$ROOT/tests/cases/dates/docdate.txt"
run "document dates (docdate.txt)" 0 --meta "$TMP/docdate"
grep '"path"' "$TMP/out" | sed -E 's/^\{"doc":"([^"]*)".*"date":("([^"]*)"|null).*/\1\t\3/; s/\t$/\t-/' |
  sort >"$TMP/docdate.got"
sort "$TMP/docdate.want" -o "$TMP/docdate.want"
check "document dates: at least 40 cases" test "$(lines "$TMP/docdate.want")" -ge 40
check_file "document dates: every docdate.txt case (file, date)" "$TMP/docdate.want" "$TMP/docdate.got"

# ---- the seeds: dates, titles, and no boilerplate in the stream
if have_shared; then
  run "seeds" 0 --meta "$SHARED/corpus/seeds"
  d() { grep '"path"' "$TMP/out" | grep "\"doc\":\"$1" | grep -o '"date":[^,]*,"date_origin":[^,]*' ; }
  check_eq "seed 000: no date" '"date":null,"date_origin":null' "$(d 000)"
  check_eq "seed 001: date from the text" '"date":"2016-06-12","date_origin":"text"' "$(d 001)"
  check_eq "seed 002: no date" '"date":null,"date_origin":null' "$(d 002)"
  check_eq "seed 003: date from the text" '"date":"2021-10-28","date_origin":"text"' "$(d 003)"
  check_eq "seed 004: date from the text" '"date":"2024-06-14","date_origin":"text"' "$(d 004)"
  t() { grep '"path"' "$TMP/out" | grep "\"doc\":\"$1" | grep -o '"title":\(null\|"[^"]*"\)'; }
  check_eq "seed 000: no title" '"title":null' "$(t 000)"
  check_eq "seed 001: title" '"title":"Yun’s Russia visit aimed at pressing N.K."' "$(t 001)"
  check_eq "seed 002: title" '"title":"Diplomatic Engagement in Moscow"' "$(t 002)"
  check_eq "seed 003: no title" '"title":null' "$(t 003)"
  check_eq "seed 004: title" '"title":"[Editorial] Seoul must use tact and diplomacy to check deepening Russia-NK ties"' "$(t 004)"
  grep -v '"path"' "$TMP/out" >"$TMP/sents"
  for pat in 'Link copied' 'By Shin' 'heraldcorp' 'Published :' 'Posted on' 'Korea Herald' \
             'Comments' 'Habibi' 'Loubianka' 'ZmeeLove' 'Muchacho' 'Coccinella' 'Waste of time' \
             'Please direct' 'Related stories' 'Most viewed' 'original korean' 'EPA/Yonhap' \
             ' date 2021' $'\xEC\x86\x8C'; do
    hasnt "seeds: no '$pat' in the sentences" "$TMP/sents" "$pat"
  done
  check_eq "seed 002: the comments section is gone (last sentence)" \
    "This diplomatic engagement highlights" \
    "$(grep '"doc":"002' "$TMP/sents" | tail -1 | grep -o 'This diplomatic engagement highlights')"
  run "seeds with --keep-boilerplate" 0 --keep-boilerplate "$SHARED/corpus/seeds/002_3bd3fa13e20d7406.txt"
  has "--keep-boilerplate keeps the comments" "$TMP/out" 'Habibi'
  run "AG news" 0 --meta "$SHARED/corpus/agnews_world.jsonl"
  check_eq "AG news: 1900 documents" 1900 "$(grep -c '"path"' "$TMP/out")"
  hasnt "AG news: no entity residue" "$TMP/out" '#39;|#36;|quot;|amp;|&lt;|&gt;|<b>'
  hasnt "AG news: no wire credit opens a sentence" "$TMP/out" '"sentence":[0-9]+,[^}]*"text":"(AP|AFP|Reuters|Canadian Press) - '
  has "AG news: datelines read" "$TMP/out" '"doc":"agw-0007".*"dateline":"KABUL, Afghanistan"'
else
  skip "seeds" "no \$SHARED/corpus"
fi

#!/usr/bin/env bash
# report.sh: dyad report: one self-contained HTML file (no scripts, no
# external assets), escaped text, two inline SVG charts and the timeline;
# rendered in headless Chromium to a PNG that must not be blank.
. "$(dirname "$0")/../lib.sh"

q() { sqlite3 "$1" "$2" 2>&1; }
db=$TMP/r.db
cat >"$TMP/r.jsonl" <<'EOF'
{"id": "r-1", "date": "2016-06-13", "source": "Wire <A> & Co", "url": "https://example.org/a?x=1&y=2", "title": "Notes & <news>", "text": "Seoul and Moscow <ministers> met & talked about \"ties\" today."}
{"id": "r-2", "date": "2021-10-28", "source": "Wire B", "url": "javascript:alert(1)", "title": "More notes", "text": "The minister left Moscow on Thursday, officials said."}
EOF
check "fixture database" "$DYAD" ingest --no-code --db "$db" "$TMP/r.jsonl"
sqlite3 "$db" <<'EOF'
DELETE FROM mentions; DELETE FROM events;
INSERT INTO events (id, date, source, source_country, source_party, target, target_country, target_party, code, root, quad_class, goldstein, place, place_country, lat, lon, is_root, num_mentions, num_articles, num_sources, added_at) VALUES
 (1, '2016-06-13', 'KORGOV', 'KOR', 'KOR', 'RUSGOV', 'RUS', 'RUS', '042', '04', 1, 1.9, 'Moscow', 'RUS', 55.75, 37.62, 1, 2, 1, 1, '2026-01-01T00:00:00Z'),
 (2, '2016-06-13', 'RUSGOV', 'RUS', 'RUS', 'KORGOV', 'KOR', 'KOR', '043', '04', 1, 2.8, 'Moscow', 'RUS', 55.75, 37.62, 1, 1, 1, 1, '2026-01-01T00:00:00Z'),
 (3, '2016-09-01', 'KOR', 'KOR', 'KOR', 'RUS', 'RUS', 'RUS', '111', '11', 3, -2.0, NULL, NULL, NULL, NULL, 0, 1, 1, 1, '2026-01-01T00:00:00Z'),
 (4, '2018-03-02', 'RUS', 'RUS', 'RUS', 'KOR', 'KOR', 'KOR', '172', '17', 4, -5.0, NULL, NULL, NULL, NULL, 0, 1, 1, 1, '2026-01-01T00:00:00Z'),
 (5, '2021-10-28', 'KORGOV', 'KOR', 'KOR', 'RUSGOV', 'RUS', 'RUS', '042', '04', 1, 1.9, 'Moscow', 'RUS', 55.75, 37.62, 1, 1, 1, 1, '2026-01-01T00:00:00Z'),
 (6, '2021-11-05', 'KORGOV', 'KOR', 'KOR', 'RUSGOV', 'RUS', 'RUS', '061', '06', 2, 6.4, NULL, NULL, NULL, NULL, 0, 1, 1, 1, '2026-01-01T00:00:00Z');
INSERT INTO mentions (event_id, document_id, sentence_idx, source_start, source_end, target_start, target_end, verb_start, verb_end) VALUES
 (1, 1, 1, 16, 21, 26, 32, 45, 48), (1, 1, 1, 16, 21, 26, 32, 49, 55), (2, 1, 1, 26, 32, 16, 21, 45, 48), (3, 1, 1, 16, 21, 26, 32, 45, 48),
 (4, 2, 1, 0, 0, 0, 0, 0, 0), (5, 2, 1, 12, 24, 30, 36, 25, 29), (6, 2, 1, 12, 24, 30, 36, 25, 29);
EOF
out=$TMP/report.html
"$DYAD" report --db "$db" --dyad KOR:RUS -o "$out" 2>"$TMP/e"; rc=$?
check_eq "report: exit 0" 0 "$rc"
check "report: says what it wrote" grep -q "report: wrote .*report.html (KOR:RUS)" "$TMP/e"
check "report: an HTML document" bash -c "head -1 '$out' | grep -q '<!DOCTYPE html>' && tail -1 '$out' | grep -q '</html>'"
check_eq "report: two inline SVG charts" 2 "$(grep -c '<svg xmlns="http://www.w3.org/2000/svg"' "$out")"
check_eq "report: no script, no external asset" 0 "$(grep -ciE '<script|<link|<img|<iframe|src=|@import|url\(' "$out")"
check "report: monthly index chart has bars" grep -q '<title>2018-03: sum -5.0, mean -5.00, 1 events</title>' "$out"
check "report: QuadClass bars" grep -q '<title>2021-11: 1 Material cooperation</title>' "$out"
check_eq "report: six events in the timeline" 6 "$(grep -c '^<li class="q' "$out")"
check "report: text escaped" grep -qF '&ldquo;Seoul and Moscow &lt;ministers&gt; met &amp; talked about &quot;ties&quot; today.&rdquo;' "$out"
check "report: no raw markup from the text" bash -c "! grep -q '<ministers>' '$out' && ! grep -q 'Wire <A>' '$out'"
check "report: http link kept, escaped" grep -qF '<a href="https://example.org/a?x=1&amp;y=2">r-1</a>' "$out"
check "report: javascript: URL not made a link" bash -c "! grep -q 'href=\"javascript' '$out'"
check "report: CAMEO names" bash -c "grep -q '<b>Make a visit</b>' '$out' && grep -q '<b>Host a visit</b>' '$out'"
check "report: counts" grep -q '<div><b>6</b>events</div><div><b>6.0</b>Goldstein sum</div>' "$out"

# One direction; the most active dyad by default; a dyad with no events.
check "report --dyad 'RUS>KOR'" "$DYAD" report --db "$db" --dyad 'RUS>KOR' -o "$TMP/one.html"
check_eq "one direction: two events" 2 "$(grep -c '^<li class="q' "$TMP/one.html")"
(cd "$TMP" && "$DYAD" report --db "$db" 2>"$TMP/e2")
check "report without --dyad: the top dyad, to ./report.html" bash -c "test -s '$TMP/report.html' && grep -q '(KOR:RUS)' '$TMP/e2'"
check "report on a dyad with no events" "$DYAD" report --db "$db" --dyad FRA:DEU -o "$TMP/none.html"
check "no events: said so" grep -q 'No events are stored for this dyad.' "$TMP/none.html"

# Errors.
"$DYAD" report --db "$db" --dyad KOR-RUS -o "$TMP/x.html" 2>"$TMP/e"; rc=$?
check "bad dyad: exit 2 and a message" bash -c "[ $rc = 2 ] && grep -q \"bad dyad 'KOR-RUS'\" '$TMP/e' && test ! -e '$TMP/x.html'"
"$DYAD" report --db "$db" --dyad KOR:RUS -o "$TMP/no/such/dir/r.html" 2>"$TMP/e"; rc=$?
check "unwritable output: exit 1 and a message" bash -c "[ $rc = 1 ] && grep -q 'r.html: cannot write the report' '$TMP/e'"
"$DYAD" report --db "$TMP/missing.db" --dyad KOR:RUS -o "$TMP/x.html" 2>"$TMP/e"; rc=$?
check "missing database: exit 1" bash -c "[ $rc = 1 ] && grep -q 'no such database' '$TMP/e'"
check_eq "extra argument: exit 2" 2 "$("$DYAD" report --db "$db" KOR:RUS 2>/dev/null; echo $?)"
"$DYAD" ingest --no-code --db "$TMP/empty.db" "$TMP/r.jsonl" 2>/dev/null
"$DYAD" report --db "$TMP/empty.db" -o "$TMP/x.html" 2>"$TMP/e"; rc=$?
check "no dyad in the database and none given: exit 1" bash -c "[ $rc = 1 ] && grep -q 'holds no dyad yet' '$TMP/e'"

# ---- rendering in headless Chromium -----------------------------------------
chrome=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chrome" ]; then
  skip "render in headless Chromium" "chromium is not installed"
  exit 0
fi
shot() { # html png
  local prof; prof=$(mktemp -d "$TMP/chrome.XXXXXX")
  timeout 60 "$chrome" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$prof" --screenshot="$2" --window-size=1200,1600 "file://$1" >/dev/null 2>&1
}
printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body></body></html>\n' >"$TMP/blank.html"
shot "$TMP/blank.html" "$TMP/blank.png"
shot "$out" "$TMP/report.png"
if [ ! -s "$TMP/report.png" ]; then
  notok "render in headless Chromium: no screenshot written"
  exit 0
fi
check "screenshot is a PNG" bash -c "head -c 8 '$TMP/report.png' | od -An -tx1 | tr -d ' \n' | grep -q '^89504e470d0a1a0a'"
check_eq "screenshot is 1200x1600" "000004b000000640" "$(od -An -tx1 -j16 -N8 "$TMP/report.png" | tr -d ' \n')"
bs=$(wc -c <"$TMP/blank.png"); rs=$(wc -c <"$TMP/report.png")
check "screenshot is not blank ($rs bytes; a blank page: $bs)" test "$rs" -gt $((bs * 5 + 20000))
# A report of real events, when the coder gives some for the seeds.
if have_shared; then
  sdb=$TMP/seeds.db
  "$DYAD" ingest --db "$sdb" "$SHARED/corpus/seeds" 2>/dev/null
  if [ "$(q "$sdb" "SELECT count(*) FROM events WHERE source_party IN ('KOR', 'RUS') AND target_party IN ('KOR', 'RUS') AND source_party <> target_party")" -gt 0 ]; then
    check "seeds: KOR:RUS report" "$DYAD" report --db "$sdb" --dyad KOR:RUS -o "$TMP/seeds.html"
    shot "$TMP/seeds.html" "$TMP/seeds.png"
    ss=$(wc -c <"$TMP/seeds.png" 2>/dev/null || echo 0)
    check "seeds: screenshot is not blank ($ss bytes)" test "$ss" -gt $((bs * 5 + 20000))
  else
    skip "seeds: KOR:RUS report" "the coder gives no KOR-RUS event for the seeds yet"
  fi
fi

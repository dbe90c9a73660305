#!/usr/bin/env bash
# store.sh: dyad ingest and the store's query commands through the CLI:
# counts and idempotency on the shared corpus, a kill -9 in mid-ingest,
# every query command in every format on a fixture database, bad input, and
# the seeds' KOR-RUS and PRK-RUS events.
. "$(dirname "$0")/../lib.sh"

q() { sqlite3 "$1" "$2" 2>&1; }
counts() { q "$1" "SELECT (SELECT count(*) FROM documents) || ' ' || (SELECT count(*) FROM events) || ' ' || (SELECT count(*) FROM mentions) || ' ' || (SELECT COALESCE(sum(num_mentions), 0) FROM events) || ' ' || (SELECT count(*) FROM sentences)"; }

# ---- fixture: a database with known events, made with SQL -----------------
fx=$TMP/fixture.db
cases=$ROOT/tests/cases/store
cp "$cases/fixture.jsonl" "$TMP/fx.jsonl"
check "ingest --no-code of a fixture makes a database" "$DYAD" ingest --no-code --db "$fx" "$TMP/fx.jsonl"
# Known events and mentions, made with SQL (no coder involved).
sqlite3 "$fx" <"$cases/fixture.sql"
check_eq "fixture sentences stored with the documents" "2" "$(q "$fx" "SELECT count(DISTINCT document_id) FROM sentences")"
check_eq "fixture sentence text" "Seoul and Moscow <ministers> met & talked about \"ties\" today." \
  "$(q "$fx" "SELECT text FROM sentences WHERE document_id = 1 AND idx = 1")"

D() { "$DYAD" "$@" --db "$fx"; }
# Golden outputs: tests/cases/store/queries.txt, one command a line.
while IFS=$'\t' read -r name args; do
  case $name in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086
  "$DYAD" $args --db "$fx" >"$TMP/golden.out" 2>&1
  check_file "golden: dyad $args" "$cases/expected/$name.out" "$TMP/golden.out"
done <"$cases/queries.txt"
# events
out=$(D events --format csv)
check_eq "events csv: header" "id,date,source,source_country,target,target_country,code,event,root,quad_class,goldstein,place,place_country,lat,lon,num_mentions,num_articles,num_sources,doc,url,sentence" "$(echo "$out" | head -1)"
check_eq "events csv: 5 rows" 5 "$(echo "$out" | tail -n +2 | wc -l)"
check_eq "events csv: quoted sentence" '1,2016-06-13,KORGOV,KOR,RUSGOV,RUS,042,Make a visit,04,1,1.9,Moscow,RUS,55.7500,37.6200,2,1,1,fx-1,https://example.org/1,"Seoul and Moscow <ministers> met & talked about ""ties"" today."' "$(echo "$out" | sed -n 2p)"
check_eq "events tsv: 6 lines, 21 fields" "6 21" "$(D events --format tsv | awk -F'\t' '{n=NF} END {print NR, n}')"
out=$(D events --format jsonl --code 057)
check_eq "events jsonl: one row" 1 "$(echo "$out" | wc -l)"
check "events jsonl: numbers bare, strings quoted" grep -q '"id":5,"date":"2023-09-13".*"root":"05","quad_class":2,"goldstein":8.0' <<<"$out"
check "events table: header and event name" bash -c "'$DYAD' events --db '$fx' | head -1 | grep -q '^date  *source  *target  *code  *event' && '$DYAD' events --db '$fx' | grep -q 'Host a visit'"
check_eq "events --dyad KOR:RUS (both ways)" 4 "$(D events --dyad KOR:RUS --format tsv | tail -n +2 | wc -l)"
check_eq "events --dyad KOR>RUS (one way)" 3 "$(D events --dyad 'KOR>RUS' --format tsv | tail -n +2 | wc -l)"
check_eq "events --source KORGOV" 2 "$(D events --source KORGOV --format tsv | tail -n +2 | wc -l)"
check_eq "events --target RUS" 4 "$(D events --target RUS --format tsv | tail -n +2 | wc -l)"
check_eq "events --from/--to" 2 "$(D events --from 2016-06-14 --to 2021 --format tsv | tail -n +2 | wc -l)"
check_eq "events --root 04" 3 "$(D events --root 04 --format tsv | tail -n +2 | wc -l)"
check_eq "events --code 111" 3 "$(D events --code 111 --format tsv | awk -F'\t' 'NR==2 {print $1}')"
check_eq "events --place vostochny" 5 "$(D events --place vostochny --format tsv | awk -F'\t' 'NR==2 {print $1}')"
check_eq "events --limit 2" 2 "$(D events --limit 2 --format tsv | tail -n +2 | wc -l)"
check_eq "events: empty result keeps the csv header" 1 "$(D events --code 190 --format csv | wc -l)"
# timeline
out=$(D timeline KOR RUS)
check "timeline: readable who/what/whom/where and the sentence" grep -q '^2016-06-13  KORGOV (Seoul) -> Make a visit \[042\] -> RUSGOV (Moscow), in Moscow' <<<"$out"
check "timeline: sentence quoted under the event" grep -q '"Seoul and Moscow <ministers> met & talked about "ties" today."' <<<"$out"
check_eq "timeline: 4 KOR-RUS events" 4 "$(echo "$out" | grep -c '^20')"
check_eq "timeline --directed" 3 "$(D timeline --directed KOR RUS --format tsv | tail -n +2 | wc -l)"
check_eq "timeline csv header" "date,source,who,code,what,target,whom,place,goldstein,sentence,doc,url" "$(D timeline KOR:RUS --format csv | head -1)"
check "timeline jsonl" grep -q '^{"date":"2016-06-13","source":"KORGOV","who":"Seoul","code":"042","what":"Make a visit"' <<<"$(D timeline KOR RUS --format jsonl)"
check_eq "timeline of a pair with no events" "(no events for FRA:DEU)" "$(D timeline FRA DEU)"
# index
out=$(D index KOR RUS --by month --format tsv)
check_eq "index by month" "period	events	goldstein_sum	goldstein_mean	verbal_coop	material_coop	verbal_conflict	material_conflict	mentions
2016-06	2	4.7	2.35	2	0	0	0	3
2016-07	1	-2.0	-2.00	0	0	1	0	1
2021-10	1	1.9	1.90	1	0	0	0	1" "$out"
check_eq "index by quarter" "2016-Q2 2016-Q3 2021-Q4" "$(D index KOR RUS --by quarter --format csv | tail -n +2 | cut -d, -f1 | tr '\n' ' ' | sed 's/ $//')"
check_eq "index by year" "2016,3,2.7,0.90,2,0,1,0,4" "$(D index KOR:RUS --by year --format csv | sed -n 2p)"
check "index jsonl" grep -q '^{"period":"2016","events":3,"goldstein_sum":2.7' <<<"$(D index KOR RUS --by year --format jsonl)"
check "index table" grep -q '^2016-06 ' <<<"$(D index KOR RUS)"
# top
check_eq "top --dyads tsv: the pair main.sh takes" "KOR:RUS" "$(D top --dyads --limit 1 --format tsv | awk -F'\t' 'NR==2 {print $1}')"
check_eq "top --actors csv" "actor,events,mentions,goldstein_sum
RUS,5,6,12.6
KOR,4,5,4.6
PRK,1,1,8.0" "$(D top --actors --format csv)"
check "top table" grep -q '^KOR:RUS  *4  *5  *4.6$' <<<"$(D top --limit 5)"
check "top jsonl" grep -q '^{"dyad":"PRK:RUS","events":1,"mentions":1,"goldstein_sum":8.0}$' <<<"$(D top --format jsonl)"
# network
out=$(D network)
check "network graphml" grep -q '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">' <<<"$out"
check_eq "network graphml: 3 nodes, 3 edges" "3 3" "$(echo "$out" | grep -c '<node ') $(echo "$out" | grep -c '<edge ')"
out=$(D network --format gexf --by actor)
check "network gexf" grep -q '<gexf xmlns="http://gexf.net/1.3" version="1.3">' <<<"$out"
check_eq "network gexf by actor: 5 nodes" 5 "$(echo "$out" | grep -c '<node ')"
check_eq "network csv edge list" "source,target,events,mentions,goldstein_sum
KOR,RUS,3,4,1.8
PRK,RUS,1,1,8.0
RUS,KOR,1,1,2.8" "$(D network --format csv)"
check "network tsv/jsonl/table" bash -c "'$DYAD' network --db '$fx' --format tsv | grep -q '^KOR	RUS	3' && '$DYAD' network --db '$fx' --format jsonl | grep -q '^{\"source\":\"KOR\"' && '$DYAD' network --db '$fx' --format table | grep -q '^KOR  '"
# export
out=$(D export --format gdelt)
check_eq "export gdelt: header" "GlobalEventID	Day	MonthYear	Year	FractionDate	Actor1Code	Actor1Name	Actor1CountryCode	Actor1Type1Code	Actor2Code	Actor2Name	Actor2CountryCode	Actor2Type1Code	IsRootEvent	EventCode	EventBaseCode	EventRootCode	QuadClass	GoldsteinScale	NumMentions	NumSources	NumArticles	AvgTone	ActionGeo_Type	ActionGeo_FullName	ActionGeo_CountryCode	ActionGeo_Lat	ActionGeo_Long	DATEADDED	SOURCEURL" "$(echo "$out" | head -1)"
check_eq "export gdelt: first row" "1	20160613	201606	2016	2016.5288	KORGOV	Seoul	KOR	GOV	RUSGOV	Moscow	RUS	GOV	1	042	042	04	1	1.9	2	1	1		4	Moscow	RUS	55.7500	37.6200	20260101000000	https://example.org/1" "$(echo "$out" | sed -n 2p)"
out=$(D export --format phoenix --no-header)
check_eq "export phoenix: 26 columns, no header" "5 26" "$(echo "$out" | awk -F'\t' '{n=NF} END {print NR, n}')"
check_eq "export phoenix: a row" "5	20230913	2023	9	13	PRKGOV	PRK	GOV		RUSGOV	RUS	GOV		057	05	2	8.0		51.8800	128.3300	Vostochny		RUS	fx-2_1		Wire B" "$(echo "$out" | tail -1)"
check "export --columns phoenix --format csv" grep -q '^EventID,Date,Year,Month,Day,SourceActorFull' <<<"$(D export --columns phoenix --format csv)"
check "export jsonl: numbers bare" grep -q '^{"GlobalEventID":5,"Day":20230913,"MonthYear":202309,"Year":2023,"FractionDate":2023.7753,"Actor1Code":"PRKGOV".*"AvgTone":null,' <<<"$(D export --format jsonl --code 057)"

# ---- bad input -------------------------------------------------------------
printf 'just some text, not a database at all, but long enough to have a header.....\n' >"$TMP/text.db"
"$DYAD" events --db "$TMP/text.db" >"$TMP/o" 2>"$TMP/e"; rc=$?
check_eq "non-SQLite --db: exit 1" 1 "$rc"
check "non-SQLite --db: message names the file" grep -q "text.db: .*not a database" "$TMP/e"
"$DYAD" ingest --db "$TMP/text.db" "$TMP/fx.jsonl" 2>"$TMP/e"; rc=$?
check_eq "ingest into a non-SQLite file: exit 1" 1 "$rc"
check "ingest into a non-SQLite file: message" grep -q "text.db: " "$TMP/e"
check_eq "the non-SQLite file is left alone" "just some text, not a database at all, but long enough to have a header....." "$(cat "$TMP/text.db")"
"$DYAD" ingest --db "$TMP/no/such/dir/x.db" "$TMP/fx.jsonl" 2>"$TMP/e"; rc=$?
check_eq "unwritable --db path: exit 1" 1 "$rc"
check "unwritable --db path: message" grep -q "x.db: cannot open database" "$TMP/e"
mkdir -p "$TMP/ro" && chmod 555 "$TMP/ro"
if [ "$(id -u)" != 0 ]; then
  "$DYAD" ingest --db "$TMP/ro/x.db" "$TMP/fx.jsonl" 2>"$TMP/e"; rc=$?
  check_eq "read-only directory: exit 1" 1 "$rc"
else
  skip "read-only directory" "running as root"
fi
"$DYAD" events --db "$TMP/absent.db" 2>"$TMP/e"; rc=$?
check_eq "query of a missing database: exit 1" 1 "$rc"
check "query of a missing database: message, and nothing created" bash -c "grep -q 'absent.db: no such database' '$TMP/e' && test ! -e '$TMP/absent.db'"
sqlite3 "$TMP/other.db" 'CREATE TABLE t (x)'
"$DYAD" top --db "$TMP/other.db" 2>"$TMP/e"; rc=$?
check "an SQLite database of something else is refused" bash -c "[ $rc = 1 ] && grep -q 'not a dyad database' '$TMP/e'"
cp "$fx" "$TMP/v99.db" && sqlite3 "$TMP/v99.db" 'UPDATE schema_version SET version = 99'
"$DYAD" events --db "$TMP/v99.db" 2>"$TMP/e"; rc=$?
check "a database of another schema version is refused" bash -c "[ $rc = 1 ] && grep -q 'schema version 99, this dyad reads version 1' '$TMP/e'"
: >"$TMP/zero.db"
"$DYAD" top --db "$TMP/zero.db" 2>"$TMP/e"; rc=$?
check "an empty file: nothing ingested yet" bash -c "[ $rc = 1 ] && grep -q 'empty database' '$TMP/e'"
check "ingest into an empty file makes the schema" bash -c "'$DYAD' ingest --no-code --db '$TMP/zero.db' '$TMP/fx.jsonl' 2>/dev/null && [ \"\$(sqlite3 '$TMP/zero.db' 'SELECT version FROM schema_version')\" = 1 ]"
head -c 3000 /dev/urandom >"$TMP/rand.db"
"$DYAD" ingest --db "$TMP/rand.db" "$TMP/fx.jsonl" 2>"$TMP/e"; rc=$?
check "binary junk as --db: exit 1, a message" bash -c "[ $rc = 1 ] && grep -q 'rand.db: ' '$TMP/e'"
for cmd in ingest events timeline index top network export report; do
  "$DYAD" $cmd --no-such-option >/dev/null 2>"$TMP/e"; rc=$?
  check "$cmd: unknown option -> exit 2 and a message" bash -c "[ $rc = 2 ] && grep -q \"unknown option '--no-such-option'\" '$TMP/e'"
done
check_eq "events --format xml: exit 2" 2 "$(D events --format xml 2>/dev/null; echo $?)"
check_eq "index --by week: exit 2" 2 "$(D index KOR RUS --by week 2>/dev/null; echo $?)"
check_eq "events --dyad KOR-RUS: exit 2" 2 "$(D events --dyad KOR-RUS 2>/dev/null; echo $?)"
check "bad dyad: message" bash -c "'$DYAD' events --db '$fx' --dyad KOR-RUS 2>&1 | grep -q \"bad dyad 'KOR-RUS'\""
check_eq "events --from junk: exit 2" 2 "$(D events --from yesterday 2>/dev/null; echo $?)"
check_eq "events --limit -3: exit 2" 2 "$(D events --limit -3 2>/dev/null; echo $?)"
check_eq "ingest --date junk: exit 2" 2 "$("$DYAD" ingest --db "$TMP/n.db" --date 2016-13-01 "$TMP/fx.jsonl" 2>/dev/null; echo $?)"
check_eq "ingest --batch 0: exit 2" 2 "$("$DYAD" ingest --db "$TMP/n.db" --batch 0 "$TMP/fx.jsonl" 2>/dev/null; echo $?)"
check_eq "ingest of a missing input: exit 1, named" "1 1" "$("$DYAD" ingest --no-code --db "$TMP/n.db" "$TMP/nope.txt" 2>"$TMP/e"; echo $? "$(grep -c 'nope.txt' "$TMP/e")")"
check_eq "ingest without input: exit 2" 2 "$("$DYAD" ingest --db "$TMP/n.db" 2>/dev/null; echo $?)"
check_eq "timeline with three actors: exit 2" 2 "$(D timeline KOR RUS PRK 2>/dev/null; echo $?)"
printf '{"id": "ok-1", "text": "A fine day."}\n{not json\n' >"$TMP/bad.jsonl"
"$DYAD" ingest --no-code --db "$TMP/bad.db" "$TMP/bad.jsonl" 2>"$TMP/e"; rc=$?
check_eq "malformed JSON line: exit 1, the good line stored" "1 1" "$rc $(q "$TMP/bad.db" 'SELECT count(*) FROM documents')"
check "malformed JSON line: message names file and line" grep -q "bad.jsonl:2" "$TMP/e"
check "ingest summary line on stderr" grep -q '^ingest: 1 documents (1 new, 0 updated, 0 unchanged, 0 copies)' "$TMP/e"
check_eq "ingest: no progress output when stderr is not a terminal" 0 "$(grep -c 'ETA' "$TMP/e")"
if command -v script >/dev/null; then
  # A terminal on stderr: progress with docs/s, events/s and the ETA (the
  # total is known from the JSON lines), then the summary.
  script -qefc "'$DYAD' ingest --no-code --db '$TMP/tty.db' '$TMP/fx.jsonl'" /dev/null >"$TMP/tty" 2>&1
  check "progress on a terminal: docs/s, events/s, ETA" grep -q 'ingest: 1/2 docs, 0 events, [0-9]* docs/s, 0 events/s, ETA' "$TMP/tty"
  check "progress on a terminal: then the summary" grep -q 'ingest: 2 documents (2 new' "$TMP/tty"
else
  skip "progress on a terminal" "no script(1)"
fi
check_eq "DYAD_DB is the default database" 1 "$(cd "$TMP" && DYAD_DB="$TMP/env.db" "$DYAD" ingest --no-code "$TMP/bad.jsonl" 2>/dev/null; q "$TMP/env.db" 'SELECT count(*) FROM documents')"
check_eq "./dyad.db without DYAD_DB" 1 "$(mkdir -p "$TMP/cwd" && cd "$TMP/cwd" && env -u DYAD_DB "$DYAD" ingest --no-code "$TMP/bad.jsonl" 2>/dev/null; q "$TMP/cwd/dyad.db" 'SELECT count(*) FROM documents')"

# ---- the shared corpus -------------------------------------------------------
if ! have_shared; then
  skip "shared corpus" "no $SHARED/corpus"
  exit 0
fi
db=$TMP/corpus.db
"$DYAD" ingest --db "$db" "$SHARED/corpus/seeds" "$SHARED/corpus/agnews_world.jsonl" 2>"$TMP/e1"; rc=$?
check_eq "ingest of seeds + agnews: exit 0" 0 "$rc"
check_eq "documents: 5 seeds + 1900 agnews" 1905 "$(q "$db" 'SELECT count(*) FROM documents')"
check_eq "agnews documents keep their ids" 1900 "$(q "$db" "SELECT count(*) FROM documents WHERE doc_id LIKE 'agw-%'")"
check_eq "every document has sentences" 0 "$(q "$db" 'SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)')"
check_eq "integrity" ok "$(q "$db" 'PRAGMA integrity_check')"
check_eq "WAL mode" wal "$(q "$db" 'PRAGMA journal_mode')"
first=$(counts "$db")
"$DYAD" ingest --db "$db" "$SHARED/corpus/seeds" "$SHARED/corpus/agnews_world.jsonl" 2>"$TMP/e2"
check "re-ingest: nothing new" grep -q '^ingest: 1905 documents (0 new, 0 updated, 1905 unchanged, 0 copies)' "$TMP/e2"
check_eq "re-ingest: documents, events, mentions unchanged" "$first" "$(counts "$db")"
check_eq "dedup: one event per (date, source, target, code)" 0 "$(q "$db" 'SELECT count(*) FROM (SELECT 1 FROM events GROUP BY date, source, target, code HAVING count(*) > 1) t')"
check_eq "NumMentions matches the mentions table" 0 "$(q "$db" 'SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id)')"
check_eq "NumArticles <= NumMentions, NumSources <= NumArticles" 0 "$(q "$db" 'SELECT count(*) FROM events WHERE num_articles > num_mentions OR num_sources > num_articles OR num_articles < 1')"
nev=$(q "$db" 'SELECT count(*) FROM events')
nmen=$(q "$db" 'SELECT count(*) FROM mentions')
if [ "$nev" -gt 0 ]; then
  # The coder's figures move as it improves: bounds, not exact numbers.
  check "corpus: at least 100 events ($nev events, $nmen mentions)" test "$nev" -ge 100
  check "corpus: mentions >= events (dedup merges, never invents)" test "$nmen" -ge "$nev"
  check_eq "corpus: every event has a mention" 0 "$(q "$db" 'SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id)')"
else
  skip "corpus event counts" "the coder returns no events yet"
fi

# A renamed copy (same content, other file name) adds nothing.
mkdir -p "$TMP/copy" && cp "$SHARED/corpus/seeds/001_975657fa9da8d770.txt" "$TMP/copy/renamed.txt"
"$DYAD" ingest --db "$db" "$TMP/copy" 2>"$TMP/e3"
check "a renamed copy is recognised by its content hash" grep -q '(0 new, 0 updated, 0 unchanged, 1 copies)' "$TMP/e3"
# Same id, new content: updated in place.
printf '{"id": "agw-0000", "title": "Changed", "text": "Russia and South Korea held talks in Moscow."}\n' >"$TMP/upd.jsonl"
"$DYAD" ingest --db "$db" "$TMP/upd.jsonl" 2>"$TMP/e4"
check "same id, new content: updated" grep -q '(0 new, 1 updated, 0 unchanged, 0 copies)' "$TMP/e4"
check_eq "same id, new content: one document, new title" "1|Changed" "$(q "$db" "SELECT count(*), title FROM documents WHERE doc_id = 'agw-0000'")"
check_eq "orphan events removed, mentions consistent" 0 "$(q "$db" 'SELECT count(*) FROM events e WHERE num_mentions <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id) OR num_mentions = 0')"

# Two ingests of the same input at once, into one new database: they take
# turns batch by batch, and together store each document once.
par=$TMP/par.db
"$DYAD" ingest --no-code --batch 10 --db "$par" "$SHARED/corpus/agnews_world.jsonl" 2>"$TMP/p1" &
"$DYAD" ingest --no-code --batch 10 --db "$par" "$SHARED/corpus/agnews_world.jsonl" 2>"$TMP/p2"
wait
new=$(cat "$TMP/p1" "$TMP/p2" | sed -n 's/.*documents (\([0-9]*\) new.*/\1/p' | awk '{n += $1} END {print n}')
check_eq "two concurrent ingests: 1900 documents, each new once" "1900 1900" "$(q "$par" 'SELECT count(*) FROM documents') $new"
check "two concurrent ingests: no error" bash -c "! grep -q 'dyad: ' '$TMP/p1' '$TMP/p2'"

# ---- kill -9 in mid-ingest --------------------------------------------------
# A bigger input: agnews three times, each copy with its own ids and titles
# (so no copy is a duplicate of another).
big=$TMP/big.jsonl
for k in 1 2 3; do
  sed "s/\"id\": \"agw-/\"id\": \"r$k-agw-/; s/\"title\": \"/\"title\": \"[r$k] /" "$SHARED/corpus/agnews_world.jsonl"
done >"$big"
ndocs=$(wc -l <"$big")
clean=$TMP/clean.db
"$DYAD" ingest --db "$clean" --batch 50 "$big" 2>/dev/null
want=$(counts "$clean")
check_eq "clean run of the big input: all documents" "$ndocs" "${want%% *}"
killed=$TMP/killed.db
"$DYAD" ingest --db "$killed" --batch 50 "$big" 2>/dev/null &
pid=$!
# Wait for the first committed batches, then kill it hard.
for _ in $(seq 1 400); do
  n=$(sqlite3 "$killed" 'SELECT count(*) FROM documents' 2>/dev/null || echo 0)
  [ "${n:-0}" -ge 200 ] && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.01
done
if kill -9 "$pid" 2>/dev/null; then
  wait "$pid" 2>/dev/null
  part=$(q "$killed" 'SELECT count(*) FROM documents')
  check "kill -9 interrupted the ingest mid-way ($part of $ndocs documents)" test "$part" -lt "$ndocs"
else
  wait "$pid" 2>/dev/null
  skip "kill -9 mid-way" "the ingest finished before it could be killed"
fi
check_eq "after kill -9: integrity_check ok" ok "$(q "$killed" 'PRAGMA integrity_check')"
check_eq "after kill -9: no mention without its event or document" 0 "$(q "$killed" 'SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = m.event_id) OR NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = m.document_id)')"
check_eq "after kill -9: no document without its sentences" 0 "$(q "$killed" 'SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)')"
"$DYAD" ingest --db "$killed" --batch 50 "$big" 2>/dev/null
check_eq "after kill -9 and a re-run: the counts of a clean run" "$want" "$(counts "$killed")"
check_eq "after kill -9 and a re-run: the same events" "$(q "$clean" 'SELECT date, source, target, code, num_mentions FROM events ORDER BY 1, 2, 3, 4' | md5sum)" "$(q "$killed" 'SELECT date, source, target, code, num_mentions FROM events ORDER BY 1, 2, 3, 4' | md5sum)"

# ---- SIGTERM (as Ctrl-C): stop cleanly, commit what was read ---------------
intr=$TMP/intr.db
"$DYAD" ingest --db "$intr" --batch 100000 "$big" 2>"$TMP/ei" &
pid=$!
sleep 0.2
kill -TERM "$pid" 2>/dev/null
wait "$pid"; rc=$?
if grep -q 'interrupted' "$TMP/ei"; then
  held=$(sed -n 's/.* now holds \([0-9]*\) documents.*/\1/p' "$TMP/ei")
  check_eq "SIGTERM: exit 130" 130 "$rc"
  check_eq "SIGTERM: the open batch was committed (the summary's count)" "$held" "$(q "$intr" 'SELECT count(*) FROM documents')"
  check_eq "SIGTERM: integrity" ok "$(q "$intr" 'PRAGMA integrity_check')"
  "$DYAD" ingest --db "$intr" "$big" 2>/dev/null
  check_eq "SIGTERM and a re-run: the counts of a clean run" "$want" "$(counts "$intr")"
else
  skip "SIGTERM mid-ingest" "the ingest finished before the signal (exit $rc)"
fi

# ---- real events from the seeds -------------------------------------------
# Seeds 000 (June 2016) and 002 (late 2025) carry no date in their text (see
# the corpus README): give them one with --date; the others have their own.
seeds=$TMP/seeds.db
S=$SHARED/corpus/seeds
"$DYAD" ingest --db "$seeds" --date 2016-06-14 "$S/000_3db7e9bf201a91d3.txt" 2>/dev/null
"$DYAD" ingest --db "$seeds" --date 2025-11-15 "$S/002_3bd3fa13e20d7406.txt" 2>/dev/null
"$DYAD" ingest --db "$seeds" "$S/001_975657fa9da8d770.txt" "$S/003_f0a2dd0e587ec461.txt" "$S/004_90780b918d3af19f.txt" 2>/dev/null
check_eq "seeds: five documents" 5 "$(q "$seeds" 'SELECT count(*) FROM documents')"
if [ "$(q "$seeds" 'SELECT count(*) FROM events')" = 0 ]; then
  skip "KOR-RUS and PRK-RUS seed events" "the coder returns no events yet"
else
  # has DATE-PREFIX CODE-REGEX WORD WORD: a timeline row of that date and
  # code whose who, whom or sentence holds both words.
  has() { awk -F'\t' -v y="$1" -v c="$2" -v a="$3" -v b="$4" 'NR > 1 && index($1, y) == 1 && $4 ~ ("^(" c ")") { t = $3 " " $7 " " $10; if (index(t, a) && index(t, b)) f = 1 } END { exit !f }' <<<"$tl"; }
  tl=$("$DYAD" timeline --db "$seeds" KOR RUS --format tsv)
  # Consult / meet / intent to meet / visit codes: 03x, 04x.
  check "KOR-RUS timeline: the 2016 Yun-Lavrov meeting (Yun's side)" has 2016-06 "03|04" Yun ""
  check "KOR-RUS timeline: the 2016 Yun-Lavrov meeting (Lavrov's side)" has 2016-06 "03|04" Lavrov ""
  check "KOR-RUS timeline: the 2021 Moscow visit" has 2021-10 "04" Moscow ""
  check "KOR-RUS timeline: the 2025 Cho-Lavrov meeting" has 2025 "03|04" "Cho Hyun" Lavrov
  tl=$("$DYAD" timeline --db "$seeds" PRK RUS --format tsv)
  check "PRK-RUS timeline: the 2023 Kim-Putin meeting" has 2023 "03|04" Kim Putin
  check_eq "top dyad of the seeds" "KOR:RUS" "$("$DYAD" top --db "$seeds" --dyads --limit 1 --format tsv | awk -F'\t' 'NR==2 {print $1}')"
  check "seed events: date, source, target, code all set" test "$(q "$seeds" "SELECT count(*) FROM events WHERE code = '' OR source = ''")" = 0
fi

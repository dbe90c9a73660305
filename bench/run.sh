#!/usr/bin/env bash
# bench/run.sh (`make bench`): throughput, load time, memory and store speed
# of dyad on the shared corpus. Prints one `name: value` line per figure and
# writes bench/RESULTS.md (machine, input, method, figures, date).
# Method: each figure is the median of RUNS runs (default 5), with min and
# max; wall-clock time and peak RSS come from /usr/bin/time -v. A command
# that is not implemented yet (exit 2 from its placeholder) gives
# "n/a (not implemented)".
# Environment: BUILD (build dir, default build), SHARED (../shared), RUNS,
# BENCH_MB (size of the repeated AG-news input, default 50).
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${BUILD:-build}
DYAD=${DYAD:-$ROOT/$BUILD/dyad}
SHARED=${SHARED:-$(cd .. && pwd)/shared}
RUNS=${RUNS:-5}
BENCH_MB=${BENCH_MB:-50}
OUT=$ROOT/bench/out
RESULTS=$ROOT/bench/RESULTS.md
NPROC=$(nproc 2>/dev/null || echo 1)
TIMEBIN=/usr/bin/time
mkdir -p "$OUT"
# The figures below measure loading the sources; compiled sets are measured
# explicitly (dict_load_compiled_*, dict_check_*_cached), so the automatic
# cache is off except there.
export DYAD_NO_CACHE=1

die() { echo "bench: $*" >&2; exit 1; }
[ -x "$DYAD" ] || die "no $DYAD (run make first)"
[ -f "$SHARED/corpus/agnews_world.jsonl" ] || die "no $SHARED/corpus (the shared corpus)"
[ -x "$TIMEBIN" ] || die "no $TIMEBIN (apt-get install time)"

# ---- input ---------------------------------------------------------------
AG=$SHARED/corpus/agnews_world.jsonl
BIG=$OUT/agnews_${BENCH_MB}mb.jsonl
want=$((BENCH_MB * 1000 * 1000))
if [ ! -f "$BIG" ] || [ "$(stat -c %s "$BIG")" -lt "$want" ]; then
  : >"$BIG.tmp"
  i=0
  # Each copy gets its own ids (rNNN-agw-NNNN) so documents stay distinct.
  while [ "$(stat -c %s "$BIG.tmp")" -lt "$want" ]; do
    sed "s/^{\"id\": \"agw-/{\"id\": \"r$i-agw-/" "$AG" >>"$BIG.tmp"
    i=$((i + 1))
  done
  mv "$BIG.tmp" "$BIG"
fi
BIG_BYTES=$(stat -c %s "$BIG")
BIG_DOCS=$(wc -l <"$BIG")
SEEDS=$SHARED/corpus/seeds
SEEDS_BYTES=$(cat "$SEEDS"/*.txt | wc -c)
: >"$OUT/empty.txt"

# ---- helpers -------------------------------------------------------------
# implemented CMD...: false when the command is a placeholder (exit 2 with
# "not implemented").
implemented() {
  "$DYAD" "$@" >/dev/null 2>"$OUT/probe.err"
  local rc=$?
  ! { [ $rc -eq 2 ] && grep -q "not implemented" "$OUT/probe.err"; }
}

# measure NAME CMD...: runs CMD RUNS times (stdout to $OUT/NAME.out); sets
# T_MED T_MIN T_MAX (seconds) and RSS_MAX (kB), or returns 1 when it fails.
measure() {
  local name=$1 t r i t0 t1
  shift
  local times=() rss=()
  for ((i = 0; i < RUNS; i++)); do
    t0=$(date +%s%N)
    if ! "$TIMEBIN" -v -o "$OUT/$name.time" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"; then
      return 1
    fi
    t1=$(date +%s%N)
    # Wall time from the clock in ns (time -v only has 10 ms steps).
    t=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.6f", (b - a) / 1e9}')
    r=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$OUT/$name.time")
    times+=("$t")
    rss+=("$r")
  done
  read -r T_MIN T_MED T_MAX < <(printf '%s\n' "${times[@]}" | sort -g |
    awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                           print v[1], m, v[NR]}')
  RSS_MAX=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
  return 0
}

FIGURES=()
emit() { # NAME VALUE
  echo "$1: $2"
  FIGURES+=("| $1 | $2 |")
}
# rate COUNT UNIT: COUNT per second at the median, min and max time.
rate() {
  awk -v c="$1" -v med="$T_MED" -v lo="$T_MIN" -v hi="$T_MAX" -v u="$2" 'BEGIN {
    f = (med > 0) ? c / med : 0; best = (lo > 0) ? c / lo : 0; worst = (hi > 0) ? c / hi : 0;
    printf "%.0f %s (min %.0f, max %.0f)\n", f, u, worst, best }'
}
ratef() { # like rate but with 2 decimals (MB/s)
  awk -v c="$1" -v med="$T_MED" -v lo="$T_MIN" -v hi="$T_MAX" -v u="$2" 'BEGIN {
    f = (med > 0) ? c / med : 0; best = (lo > 0) ? c / lo : 0; worst = (hi > 0) ? c / hi : 0;
    printf "%.2f %s (min %.2f, max %.2f)\n", f, u, worst, best }'
}
ms() { awk -v a="$T_MED" -v lo="$T_MIN" -v hi="$T_MAX" 'BEGIN {
  printf "%.1f ms (min %.1f, max %.1f)\n", a * 1000, lo * 1000, hi * 1000 }'; }
NA="n/a (not implemented)"

# ---- sentences in the input (untimed) ------------------------------------
NSENT=""
if implemented sentences "$OUT/empty.txt"; then
  "$DYAD" sentences "$BIG" 2>/dev/null | wc -l >"$OUT/nsent" && NSENT=$(cat "$OUT/nsent")
  [ "$NSENT" -gt 0 ] 2>/dev/null || NSENT=""
fi
emit "input" "$BIG_DOCS docs, $BIG_BYTES bytes, ${NSENT:-unknown} sentences (agnews_world.jsonl repeated)"

# ---- dyad code ------------------------------------------------------------
MB=$(awk -v b="$BIG_BYTES" 'BEGIN {print b / 1e6}')
if implemented code "$OUT/empty.txt"; then
  for j in 1 "$NPROC"; do
    if measure "code_j$j" "$DYAD" code -j "$j" "$BIG"; then
      NEV=$(wc -l <"$OUT/code_j$j.out")
      if [ -n "$NSENT" ]; then emit "code_j${j}_sentences_per_s" "$(rate "$NSENT" sentences/s)"
      else emit "code_j${j}_sentences_per_s" "n/a (dyad sentences not implemented)"; fi
      if [ -n "$NSENT" ] && [ "$j" -gt 1 ]; then
        emit "code_j${j}_sentences_per_s_per_core" "$(rate "$((NSENT / j))" sentences/s)"
      fi
      emit "code_j${j}_mb_per_s" "$(ratef "$MB" MB/s)"
      emit "code_j${j}_time" "$(ms)"
      emit "code_j${j}_events" "$NEV"
      emit "code_j${j}_peak_rss" "$((RSS_MAX / 1024)) MB"
    else
      emit "code_j${j}_mb_per_s" "failed ($(head -c 200 "$OUT/code_j$j.err" | tr '\n' ' '))"
    fi
  done
  if [ "$NPROC" -gt 1 ] && [ -f "$OUT/code_j1.out" ] && [ -f "$OUT/code_j$NPROC.out" ]; then
    if cmp -s "$OUT/code_j1.out" "$OUT/code_j$NPROC.out"; then same=yes; else same=NO; fi
    emit "code_j${NPROC}_output_identical_to_j1" "$same"
  fi
  if measure code_seeds "$DYAD" code "$SEEDS"; then
    emit "code_seeds_time" "$(ms) for $SEEDS_BYTES bytes, $(wc -l <"$OUT/code_seeds.out") events"
  fi
  # Dictionary load: the whole run on an empty input is start-up plus load.
  if measure load_empty "$DYAD" code "$OUT/empty.txt"; then
    emit "dict_load_ours" "$(ms) (dyad code on an empty input)"
    emit "dict_load_peak_rss" "$((RSS_MAX / 1024)) MB"
  fi
else
  emit "code_j1_sentences_per_s" "$NA"
  emit "code_j${NPROC}_sentences_per_s" "$NA"
  emit "dict_load_ours" "$NA"
fi

# ---- dictionaries: dyad dict check; the Phoenix set on top of ours ---------
if implemented dict check; then
  if measure dict_check "$DYAD" dict check; then emit "dict_check_ours" "$(ms) (dyad dict check)"
  else emit "dict_check_ours" "failed ($(head -c 200 "$OUT/dict_check.err" | tr '\n' ' '))"; fi
else
  emit "dict_check_ours" "$NA"
fi
PHX=$SHARED/dictionaries/phoenix
if [ -d "$PHX" ] && implemented code "$OUT/empty.txt"; then
  if measure dict_phoenix "$DYAD" code --dict "$PHX" "$OUT/empty.txt"; then
    emit "dict_load_phoenix" "$(ms) (dyad code --dict phoenix on an empty input, ours included)"
  else
    emit "dict_load_phoenix" "n/a (the Phoenix set cannot be read yet: $(head -1 "$OUT/dict_phoenix.err" | cut -c1-120))"
  fi
else
  emit "dict_load_phoenix" "$NA"
fi
if [ -d "$PHX" ] && implemented dict check; then
  if measure dict_check_phoenix "$DYAD" dict check "$PHX"; then
    emit "dict_check_phoenix" "$(ms) (dyad dict check on the Phoenix set)"
  else
    emit "dict_check_phoenix" "n/a (dyad dict check cannot read it: $(grep -v warning "$OUT/dict_check_phoenix.err" | head -1 | cut -c1-120))"
  fi
fi

# ---- compiled dictionary sets (dyad dict compile) and Phoenix coding speed --
# A compiled set is loaded with `dyad code --data none --dict FILE` (the
# same whole-run method as dict_load_ours: start-up included).
if implemented dict compile -o "$OUT/probe.dyc"; then
  if "$DYAD" dict compile -o "$OUT/ours.dyc" >"$OUT/compile_ours.out" 2>&1 &&
    measure load_compiled_ours "$DYAD" code --data none --dict "$OUT/ours.dyc" "$OUT/empty.txt"; then
    emit "dict_load_compiled_ours" "$(ms) (dyad code --data none --dict ours.dyc on an empty input; $(stat -c %s "$OUT/ours.dyc") bytes)"
  else
    emit "dict_load_compiled_ours" "failed ($(head -c 200 "$OUT/compile_ours.out" | tr '\n' ' '))"
  fi
  if [ -d "$PHX" ]; then
    if "$DYAD" dict compile --dict "$PHX" -o "$OUT/phoenix.dyc" >"$OUT/compile_phx.out" 2>&1; then
      if measure load_compiled_phx "$DYAD" code --data none --dict "$OUT/phoenix.dyc" "$OUT/empty.txt"; then
        emit "dict_load_compiled_phoenix" "$(ms) (Phoenix + ours compiled, dyad code --data none --dict phoenix.dyc on an empty input; $(stat -c %s "$OUT/phoenix.dyc") bytes)"
      fi
    else
      emit "dict_load_compiled_phoenix" "n/a ($(grep -v warning "$OUT/compile_phx.out" | head -1 | cut -c1-160))"
    fi
  fi
else
  emit "dict_load_compiled_ours" "$NA"
fi
# the automatic cache: dict check of the same set again (a warm-up run writes it)
mkdir -p "$OUT/cache"
CACHED=(env -u DYAD_NO_CACHE DYAD_CACHE_DIR="$OUT/cache" "$DYAD" dict check)
if "${CACHED[@]}" >/dev/null 2>&1 && measure dict_check_cached "${CACHED[@]}"; then
  emit "dict_check_ours_cached" "$(ms) (dyad dict check, from the automatic cache)"
fi
if [ -d "$PHX" ] && "${CACHED[@]}" "$PHX" >/dev/null 2>&1 &&
  measure dict_check_phx_cached "${CACHED[@]}" "$PHX"; then
  if "${CACHED[@]}" --time "$PHX" 2>/dev/null | grep -q '(compiled)'; then how="from the automatic cache"
  else how="not cached: $(grep -v warning "$OUT/compile_phx.out" 2>/dev/null | head -1 | sed 's/.*cannot compile: //' | cut -c1-100)"; fi
  emit "dict_check_phoenix_cached" "$(ms) (dyad dict check on the Phoenix set, $how)"
fi
if [ -d "$PHX" ] && implemented code "$OUT/empty.txt"; then
  # code_rate NAME FIGURE LABEL ARGS...: dyad code -j 1 ARGS on the big input.
  code_rate() {
    local name=$1 fig=$2 label=$3
    shift 3
    if measure "$name" "$DYAD" code -j 1 "$@" "$BIG"; then
      if [ -n "$NSENT" ]; then emit "${fig}_sentences_per_s" "$(rate "$NSENT" sentences/s) ($label, load included)"
      else emit "${fig}_sentences_per_s" "n/a (dyad sentences not implemented)"; fi
      emit "${fig}_events" "$(wc -l <"$OUT/$name.out")"
      emit "${fig}_peak_rss" "$((RSS_MAX / 1024)) MB"
    else
      emit "${fig}_sentences_per_s" "failed ($(head -c 200 "$OUT/$name.err" | tr '\n' ' '))"
    fi
  }
  if [ -f "$OUT/phoenix.dyc" ]; then PHXARGS=(--data none --dict "$OUT/phoenix.dyc"); PHXHOW="compiled set"
  else PHXARGS=(--dict "$PHX"); PHXHOW="sources"; fi
  code_rate code_phx_j1 code_phoenix_j1 "Phoenix + ours, $PHXHOW" "${PHXARGS[@]}"
  # Phoenix instead of ours (--data none): the set a group brings and switches to.
  if "$DYAD" dict compile --data none --dict "$PHX" -o "$OUT/phoenix-only.dyc" >"$OUT/compile_phx_only.out" 2>&1; then
    ALONE=(--data none --dict "$OUT/phoenix-only.dyc"); ALONEHOW="compiled set"
  else
    ALONE=(--data none --dict "$PHX"); ALONEHOW="sources"
  fi
  code_rate code_phx_alone_j1 code_phoenix_alone_j1 "Phoenix instead of ours, --data none, $ALONEHOW" "${ALONE[@]}"
fi

# ---- dyad ingest (SQLite store) -------------------------------------------
if implemented ingest --db "$OUT/probe.db" "$OUT/empty.txt"; then
  ING=$OUT/agnews_ingest.jsonl
  # Ten copies of the 1,900 items with fresh ids and a marked title, so the
  # store sees distinct documents (it skips copies of the same content).
  : >"$ING"
  for i in 0 1 2 3 4 5 6 7 8 9; do
    sed "s/^{\"id\": \"agw-/{\"id\": \"i$i-agw-/; s/\"title\": \"/\"title\": \"[$i] /" "$AG" >>"$ING"
  done
  # A fresh database each run: ingest is idempotent, so a re-run would skip.
  ok=1; times=(); T_ALL=()
  for ((i = 0; i < RUNS; i++)); do
    rm -f "$OUT/bench.db" "$OUT/bench.db-wal" "$OUT/bench.db-shm"
    if ! RUNS=1 measure ingest "$DYAD" ingest --db "$OUT/bench.db" "$ING"; then ok=0; break; fi
    T_ALL+=("$T_MED")
  done
  if [ $ok -eq 1 ]; then
    read -r T_MIN T_MED T_MAX < <(printf '%s\n' "${T_ALL[@]}" | sort -g |
      awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
                             print v[1], m, v[NR]}')
    # mentions = coded events stored; events = distinct events after the
    # store merges reports of one event from several documents.
    NSTORED=$(sqlite3 "$OUT/bench.db" "select count(*) from mentions" 2>/dev/null || echo "")
    NUNIQ=$(sqlite3 "$OUT/bench.db" "select count(*) from events" 2>/dev/null || echo "?")
    if [ -n "$NSTORED" ] && [ "$NSTORED" -gt 0 ] 2>/dev/null; then
      emit "ingest_events_per_s" "$(rate "$NSTORED" events/s) ($NSTORED events stored as mentions of $NUNIQ distinct events; reading and coding included)"
    else
      emit "ingest_events_per_s" "n/a (no events stored)"
    fi
    emit "ingest_docs_per_s" "$(rate "$(wc -l <"$ING")" docs/s)"
    emit "ingest_peak_rss" "$((RSS_MAX / 1024)) MB"
  else
    emit "ingest_events_per_s" "failed ($(head -c 200 "$OUT/ingest.err" | tr '\n' ' '))"
  fi
else
  emit "ingest_events_per_s" "$NA"
fi

# ---- RESULTS.md --------------------------------------------------------------
CPU=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null)
MEM=$(awk '/^MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo 2>/dev/null)
{
  echo "# dyad benchmark results"
  echo
  echo "Written by \`bench/run.sh\` (\`make bench\`) on $(date -u '+%Y-%m-%d %H:%M UTC')."
  echo
  echo "## Machine"
  echo
  echo "- CPU: ${CPU:-unknown}, $NPROC cores (nproc), $MEM RAM"
  echo "- $(uname -sr), $(cc --version 2>/dev/null | head -1)"
  echo "- dyad $("$DYAD" --version 2>/dev/null | awk '{print $2}'), git $(git rev-parse --short HEAD 2>/dev/null)"
  echo "  built with the Makefile defaults (-O2 -g)"
  echo
  echo "## Input"
  echo
  echo "- \`bench/out/$(basename "$BIG")\`: ../shared/corpus/agnews_world.jsonl (1,900 AG-news"
  echo "  items) repeated with fresh ids to $BIG_BYTES bytes, $BIG_DOCS documents"
  echo "  (${NSENT:-unknown} sentences as \`dyad sentences\` splits them)."
  echo "- ../shared/corpus/seeds: the five seed reports, $SEEDS_BYTES bytes."
  echo "- Store: ten copies of the 1,900 items, each with fresh ids and a marked title"
  echo "  (19,000 distinct documents), by \`dyad ingest\` into a fresh database each run."
  echo
  echo "## Method"
  echo
  echo "Median of $RUNS runs, with min and max, of wall-clock time; peak RSS is the"
  echo "largest \`Maximum resident set size\` of \`/usr/bin/time -v\` over the runs."
  echo "Rates divide the input by the median (min/max rates come from the slowest"
  echo "and fastest run). \`dyad code -j 1\` is single-threaded, \`-j $NPROC\` uses all"
  echo "cores; output goes to a file. Dictionary load is a whole \`dyad code\` run on"
  echo "an empty input (start-up included). Commands that are not implemented yet"
  echo "read \"n/a\". The machine is shared (2 cores, other builds and tests may run"
  echo "alongside), so figures vary between runs; per-core rates divide the -j N rate"
  echo "by N. The Phoenix load is \`dyad code --dict ../shared/dictionaries/phoenix\`"
  echo "on an empty input (ours loaded too). Compiled sets (\`dyad dict compile\`) are"
  echo "loaded the same way with \`--data none --dict FILE\`; Phoenix coding speed is"
  echo "\`dyad code -j 1\` with Phoenix + ours (the compiled set when it compiles), and"
  echo "with Phoenix alone (\`--data none\`, its own compiled set)."
  echo
  echo "## Figures"
  echo
  echo "| figure | value |"
  echo "|---|---|"
  printf '%s\n' "${FIGURES[@]}"
  echo
  echo "Targets (issue 6): >= 200,000 sentences/s per core from raw text, <= 50 ms"
  echo "dictionary load, <= 64 MB peak RSS."
} >"$RESULTS"
echo "results: $RESULTS"

#!/usr/bin/env bash
# main.sh: the main job. Sets up a fresh Debian machine, builds dyad, codes and
# stores the project's example reports (and any INPUT given) in the default
# database, then writes the HTML report of the most active dyad.
#   usage: scripts/main.sh [INPUT...]      (database: $DYAD_DB or ./dyad.db)
set -eu
cd "$(dirname "$0")/.."
bash scripts/setup.sh
make -j2
db=${DYAD_DB:-dyad.db}
build/dyad ingest --db "$db" examples "$@"
build/dyad top --db "$db" --limit 5
pair=$(build/dyad top --db "$db" --dyads --limit 1 --format tsv | awk -F'\t' 'NR==2 {print $1}')
build/dyad timeline --db "$db" ${pair/:/ }
build/dyad report --db "$db" --dyad "$pair" -o report.html
echo "main: wrote report.html for $pair (database $db)"

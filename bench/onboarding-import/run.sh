#!/usr/bin/env bash
# Benchmark: import a large JeVeuxAider export into one cooperation on PostgreSQL, through the running
# platform's API, with a bounded heap. Prints one Markdown table row (see README.md).
#
#   bench/onboarding-import/run.sh                 300k dirty profiles, -Xmx256m
#   ROWS=35k HEAP=512m FORMAT=xlsx bench/onboarding-import/run.sh
#
# Needs what ./maillage run needs, plus PostgreSQL at 127.0.0.1:5432 (trust auth, user postgres unless
# MAILLAGE_BENCH_PG_USER). Uses the Keycloak at MAILLAGE_KEYCLOAK_URL if set, else starts its own.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${ROWS:-300k}" HEAP="${HEAP:-256m}" FORMAT="${FORMAT:-csv}" PORT="${PORT:-8095}"
PG_USER="${MAILLAGE_BENCH_PG_USER:-postgres}"
work="$(mktemp -d "${TMPDIR:-/tmp}/maillage-bench.XXXXXX")"
db="maillage_bench_$(date +%s)"
say() { printf '[bench] %s\n' "$*" >&2; }

cleanup() {
  [ -n "${launcher:-}" ] && { kill -INT "$launcher" 2>/dev/null; wait "$launcher" 2>/dev/null || true; }
  psql -q -h 127.0.0.1 -U "$PG_USER" -d postgres -c "drop database if exists $db" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

say "Writing $ROWS dirty profiles ($FORMAT) for the Morbihan..."
"$ROOT/maillage" demo-data --departements 56 --count "$ROWS" --seed 42 --dirty --format "$FORMAT" --out "$work/export.$FORMAT" >/dev/null
size="$(du -m "$work/export.$FORMAT" | cut -f1)"

psql -q -h 127.0.0.1 -U "$PG_USER" -d postgres -c "create database $db"
say "Starting the platform on PostgreSQL ($db) with -Xmx$HEAP..."
MAILLAGE_DATA_DIR="$work/data" MAILLAGE_HTTP_PORT="$PORT" MAILLAGE_DEMO_DATA=no \
MAILLAGE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" MAILLAGE_DB_USER="$PG_USER" \
MAILLAGE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$work/gc.log" MAILLAGE_KEYCLOAK_PORT="${MAILLAGE_KEYCLOAK_PORT:-8195}" \
  "$ROOT/maillage" run >"$work/launcher.log" 2>&1 &
launcher=$!
until grep -q "Ready in" "$work/launcher.log"; do
  kill -0 "$launcher" 2>/dev/null || { cat "$work/launcher.log" >&2; exit 1; }
  sleep 2
done
keycloak="$(sed -n 's/.*Keycloak: \(http[^ ]*\)\. Ctrl-C stops\./\1/p' "$work/launcher.log" | tail -1)"
payara="$(pgrep -f -- "--port $PORT" | head -1)"

say "Importing into morbihan as coord56..."
result="$(node "$ROOT/deployment/scripts/platform-client.mjs" import --url "http://127.0.0.1:$PORT" --keycloak "$keycloak" \
  --user coord56 --password demo --tenant morbihan --file "$work/export.$FORMAT")"
say "$result"
rss_peak="$(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$payara/status")"
# The largest heap occupancy the collector saw, before any collection: an upper bound of what was live.
heap_peak="$(sed -n 's/.* \([0-9]*\)M->[0-9]*M([0-9]*M).*/\1/p' "$work/gc.log" | sort -n | tail -1)"
seconds="$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' <<<"$result")"
rows="$(sed -n 's/^morbihan: \([0-9]*\) rows read.*/\1/p' <<<"$result")"
echo "| $(date -u +%F) | $ROWS $FORMAT dirty | ${size} MB | -Xmx$HEAP | ${seconds} s | $(awk -v r="$rows" -v s="$seconds" 'BEGIN {printf "%d", r / s}') rows/s | ${heap_peak} MB | ${rss_peak} MB | $(cut -d' ' -f1-3 /proc/loadavg) | ${result#morbihan: } |"

#!/usr/bin/env bash
# The national dashboard benchmark (issue 15, item 8): 100 cooperations / 1,000,000 volunteers / 10,000 teams /
# 200,000 visits on PostgreSQL; GET /api/indicators (the national dashboard's API) against a hand-written SQL
# query computing the same figures from the raw tables, in the same run. See README.md.
#
#   bench/national-dashboard/run.sh
#   COOPERATIONS=10 VOLUNTEERS=100000 TEAMS=1000 VISITS=20000 bench/national-dashboard/run.sh    # smaller
#   MAILLAGE_KEYCLOAK_URL=http://127.0.0.1:8197 bench/national-dashboard/run.sh                  # reuse a Keycloak
#
# PostgreSQL: the server at PGHOST:PGPORT (default 127.0.0.1:5432, user postgres, trust auth) in a new database
# made for the run and dropped at the end (KEEP_DB=1 keeps it). The platform runs with ./maillage run --empty
# on that database, with no example cooperations (an empty tenants folder).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
: "${COOPERATIONS:=100}" "${VOLUNTEERS:=1000000}" "${TEAMS:=10000}" "${VISITS:=200000}" "${RUNS:=20}" "${WARMUP:=5}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
db="maillage_bench_dashboard_$$"
port="${BENCH_HTTP_PORT:-8298}"
work="$(mktemp -d /tmp/bench-dashboard.XXXXXX)"
url="http://127.0.0.1:$port"
say() { printf '[bench] %s\n' "$*" >&2; }

launcher=""
cleanup() {
  if [ -n "$launcher" ]; then kill -TERM "$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true; fi
  [ "${KEEP_DB:-0}" = 1 ] || psql -qd postgres -c "drop database if exists $db" >/dev/null 2>&1 || true
}
trap cleanup EXIT

psql -qd postgres -c "create database $db"
say "Database $db on $PGHOST:$PGPORT ($(psql -Atd "$db" -c 'show server_version')); work folder $work"
mkdir -p "$work/tenants"
MAILLAGE_DATA_DIR="$work/data" MAILLAGE_TENANTS_DIR="$work/tenants" MAILLAGE_HTTP_PORT="$port" \
  MAILLAGE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" MAILLAGE_DB_USER="$PGUSER" MAILLAGE_DB_PASSWORD=unused \
  MAILLAGE_KEYCLOAK_PORT="${MAILLAGE_KEYCLOAK_PORT:-8198}" \
  MAILLAGE_KEYCLOAK_CLIENT_SECRET="${MAILLAGE_KEYCLOAK_CLIENT_SECRET:-maillage-platform-dev-secret}" \
  "$root/maillage" run --empty >"$work/launcher.log" 2>&1 &
launcher=$!
for _ in $(seq 1 600); do
  grep -q 'Ready in' "$work/launcher.log" && break
  kill -0 "$launcher" 2>/dev/null || { cat "$work/launcher.log" >&2; exit 1; }
  sleep 1
done
grep -q 'Ready in' "$work/launcher.log" || { say "the platform did not start in 10 minutes"; exit 1; }
keycloak="${MAILLAGE_KEYCLOAK_URL:-http://127.0.0.1:${MAILLAGE_KEYCLOAK_PORT:-8198}}"
client=(node "$here/bench.mjs")
common=(--url "$url" --keycloak "$keycloak" --prefix bench- --count "$COOPERATIONS")

t0=$SECONDS
"${client[@]}" cooperations "${common[@]}"
say "cooperations created through the API in $((SECONDS - t0)) s"
t0=$SECONDS
psql -Xd "$db" -v volunteers="$VOLUNTEERS" -v teams="$TEAMS" -v visits="$VISITS" -v prefix=bench- -f "$here/load.sql" \
  | tee "$work/load.txt"
load_s=$((SECONDS - t0))
say "data loaded with SQL in $load_s s"
t0=$SECONDS
"${client[@]}" snapshots "${common[@]}"
snapshots_s=$((SECONDS - t0))
say "snapshots taken through the API in $snapshots_s s"
psql -qd "$db" -c 'analyze platform_indicator_value'

# The same number of warm-up and measured runs on both sides, one after the other.
say "measuring GET /api/indicators ($WARMUP warm-up, $RUNS runs)..."
api="$("${client[@]}" measure "${common[@]}" --warmup "$WARMUP" --runs "$RUNS")"
say "API times (ms): $api"
sql_times() { # file → JSON array of the client-side times of the measured runs, as psql's \timing reports them
  { echo '\timing on'; echo '\o /dev/null'; for _ in $(seq 1 $((WARMUP + RUNS))); do echo "\\i $1"; done; } \
    | psql -Xqd "$db" -v prefix=bench- 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n "$RUNS" | paste -sd, | sed 's/^/[/; s/$/]/'
}
say "measuring the hand-written SQL from the raw tables..."
raw="$(sql_times "$here/figures.sql")"
say "raw SQL times (ms): $raw"
say "measuring a plain SQL read of the stored snapshots..."
stored="$(sql_times "$here/snapshots.sql")"
say "snapshot SQL times (ms): $stored"
if [ "${KEEP_DB:-0}" = 1 ]; then
  psql -Xd "$db" -v prefix=bench- -c '\o /dev/null' -c 'select 1' >/dev/null
  { echo 'explain (analyze, buffers)'; cat "$here/figures.sql"; } | psql -Xd "$db" -v prefix=bench- >"$work/figures-plan.txt" 2>&1 || true
  say "the raw SQL's plan: $work/figures-plan.txt; database $db kept"
fi
rows="$(psql -Atd "$db" -v prefix=bench- -f "$here/figures.sql" | wc -l)"

node - "$api" "$raw" "$stored" "$rows" "$load_s" "$snapshots_s" <<'NODE'
const [apiJson, rawJson, storedJson, rows, load, snapshots] = process.argv.slice(2);
const api = JSON.parse(apiJson); const raw = JSON.parse(rawJson); const stored = JSON.parse(storedJson);
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p / 100 * s.length) - 1)]; };
const f = (x) => x.toFixed(1);
const m = { api: pct(api.times, 50), raw: pct(raw, 50), stored: pct(stored, 50) };
console.log(`GET /api/indicators: median ${f(m.api)} ms, p95 ${f(pct(api.times, 95))} ms, min ${f(Math.min(...api.times))}, max ${f(Math.max(...api.times))}`
  + ` (${api.cooperations} cooperations, ${api.months} cooperation-months, ${api.values} values, ${(api.bytes / 1024).toFixed(0)} KiB)`);
console.log(`hand-written SQL from the raw tables: median ${f(m.raw)} ms, p95 ${f(pct(raw, 95))} ms (${rows} rows)`);
console.log(`plain SQL read of the stored snapshots: median ${f(m.stored)} ms, p95 ${f(pct(stored, 95))} ms`);
console.log(`ratio API / raw SQL: ${(m.api / m.raw).toFixed(2)}; API / snapshot SQL: ${(m.api / m.stored).toFixed(2)}`
  + `; target < 500 ms: ${m.api < 500 ? 'met' : 'MISSED by ' + f(m.api - 500) + ' ms'}`
  + `; target <= 2x the SQL: ${m.api <= 2 * m.raw ? 'met' : 'MISSED (' + (m.api / m.raw).toFixed(2) + 'x)'}`);
console.log(`load: ${load} s (SQL), snapshots: ${snapshots} s (API); load average ${require('os').loadavg()[0].toFixed(1)}`);
NODE

#!/usr/bin/env bash
# ./maillage bench — serving a national-size cooperation under load (issue 17).
#
# Starts Keycloak (port KC_PORT) and the platform on its embedded PostgreSQL (ports PORT, DB_PORT) in a fresh data
# folder, imports VOLUNTEERS generated volunteers into the Morbihan through the platform's own import (the path a
# coordinator takes), a small export into Ille-et-Vilaine, and SMALL more cooperations of SMALL_SIZE volunteers each
# (copied by SQL); restarts the platform to time a cold start with the data in place (Keycloak already up), reads its
# RSS at rest; then measures, in the same run and the same way (wrk, CONNECTIONS connections, WARMUP s of warm-up,
# RUNS runs of DURATION s each), the ceilings and the platform:
#   ping        GET /api/ping: public, no database: the HTTP stack's ceiling on the same server
#   jdbc        a plain JDBC read by primary key of the same volunteers (JdbcLoad.java, one connection per thread)
#   ui-config   GET /api/ui-config (public)
#   read by id  GET /api/tenants/morbihan/onboarding/volunteers/{id}, random ids, a coordinator's real token
#   list        GET …/onboarding/volunteers?size=20 of the 300k cooperation
#   search      GET …/onboarding/volunteers?size=20&q=lorient
#   collapse    the list at CONNECTIONS connections on the Morbihan while Ille-et-Vilaine's coordinator reads by id
#               (8 connections) and the public ping is asked (8 connections): what the others see
# Writes docs/benchmarks.md and docs/benchmarks-latency.png (OUT_DOC, OUT_PNG), raw results in $WORK/results.tsv.
#
#   ./maillage bench                                   the full run (about 15 minutes on 2 cores)
#   RUNS=3 DURATION=10 WARMUP=5 CONNECTIONS=64 VOLUNTEERS=300k SMALL=100 ./maillage bench
#   VOLUNTEERS=20k SMALL=5 RUNS=1 DURATION=3 WARMUP=1 OUT_DOC=/tmp/b.md OUT_PNG=/tmp/b.png ./maillage bench   (a smoke run)
#
# Needs what ./maillage run needs, plus wrk (installed with apt-get when missing and root) and psql.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/serving"
RUNS="${RUNS:-3}" DURATION="${DURATION:-10}" WARMUP="${WARMUP:-5}" CONNECTIONS="${CONNECTIONS:-64}"
VOLUNTEERS="${VOLUNTEERS:-300k}" SMALL="${SMALL:-100}" SMALL_SIZE="${SMALL_SIZE:-500}" HEAP="${HEAP:-1g}"
PORT="${PORT:-8300}" DB_PORT="${DB_PORT:-8333}" KC_PORT="${KC_PORT:-8390}"
OUT_DOC="${OUT_DOC:-$ROOT/docs/benchmarks.md}" OUT_PNG="${OUT_PNG:-$ROOT/docs/benchmarks-latency.png}"
WORK="${WORK:-$(mktemp -d "${TMPDIR:-/tmp}/maillage-serving.XXXXXX")}"
mkdir -p "$WORK" && chmod 755 "$WORK"   # as root, the embedded PostgreSQL runs as nobody, who must reach $WORK/data/postgres
BASE="http://127.0.0.1:$PORT" KEYCLOAK="http://127.0.0.1:$KC_PORT"
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }
die() { say "ERROR: $*"; exit 1; }
started_at=$SECONDS
COMMIT="$(git -C "$ROOT" rev-parse --short HEAD)$(git -C "$ROOT" diff --quiet HEAD -- . ':!docs' 2>/dev/null || echo ' with local changes')"

# shellcheck source=deployment/keycloak/keycloak.sh
source "$ROOT/deployment/keycloak/keycloak.sh"

cleanup() {
  stop_platform
  [ -n "${KC_STARTED:-}" ] && { keycloak_stop "$KC_STARTED" >/dev/null 2>&1 || true; }
  [ -n "${KEEP_WORK:-}" ] || rm -rf "$WORK/data" "$WORK/export.csv"
}
# The launcher runs in a process group of its own (setsid): TERM stops it and what it started (Payara, PostgreSQL).
stop_platform() {
  if [ -n "${launcher:-}" ] && kill -0 "$launcher" 2>/dev/null; then
    local payara waited=0
    payara="$(payara_pid || true)"
    kill -TERM "$launcher" 2>/dev/null || true
    while kill -0 "$launcher" 2>/dev/null && [ $waited -lt 60 ]; do sleep 1; waited=$((waited + 1)); done
    # the launcher may leave before Payara has gone: wait for it too, then stop what is left of the group
    while [ -n "$payara" ] && kill -0 "$payara" 2>/dev/null && [ $waited -lt 90 ]; do sleep 1; waited=$((waited + 1)); done
    kill -KILL -- "-$launcher" 2>/dev/null || true
    [ -z "$payara" ] || kill -KILL "$payara" 2>/dev/null || true
  fi
  launcher=""
}
trap cleanup EXIT
trap 'exit 130' INT TERM

command -v psql >/dev/null || die "psql is needed (Debian: postgresql-client)."
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null || die "wrk is needed: apt-get install wrk."
  say "Installing wrk (apt-get install wrk)..."
  (apt-get install -y -qq wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk)) >&2 || die "Cannot install wrk."
fi
[ -f "$ROOT/deployment/target/maillage.war" ] || "$ROOT/maillage" build

# --- Keycloak, data, platform -----------------------------------------------------------------------------------------
say "Keycloak on $KEYCLOAK..."
kc_took="$(keycloak_start "$KC_PORT" "$WORK/keycloak" "$ROOT/deployment/keycloak/realm-dev.json")" || die "Keycloak did not start."
KC_STARTED="$WORK/keycloak"
[ "$kc_took" = 0 ] && KC_STARTED=""   # reused: not ours to stop

# start_platform NAME: starts the launcher in the background (its log launcher-NAME.log), waits until ready, sets READY (s)
start_platform() {
  MAILLAGE_DATA_DIR="$WORK/data" MAILLAGE_HTTP_PORT="$PORT" MAILLAGE_DB_PORT="$DB_PORT" MAILLAGE_DEMO_DATA=no \
  MAILLAGE_KEYCLOAK_URL="$KEYCLOAK" MAILLAGE_KEYCLOAK_CLIENT_SECRET="${MAILLAGE_KEYCLOAK_CLIENT_SECRET:-maillage-platform-dev-secret}" \
  MAILLAGE_JAVA_OPTS="-Xmx$HEAP" setsid "$ROOT/maillage" run >"$WORK/launcher-$1.log" 2>&1 </dev/null &
  launcher=$!
  until grep -qs "Ready in" "$WORK/launcher-$1.log"; do
    kill -0 "$launcher" 2>/dev/null || { tail -30 "$WORK/launcher-$1.log" >&2; die "The platform did not start."; }
    sleep 1
  done
  READY="$(sed -n 's/.*Ready in \([0-9]*\) s.*/\1/p' "$WORK/launcher-$1.log" | tail -1)"
}
payara_pid() { pgrep -f -- "--port $PORT --nocluster" | head -1; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2 / 1024}' "/proc/$1/status"; }
superuser_password() { cat "$WORK/data/postgres/superuser.password"; }
sql() { PGPASSWORD="$(superuser_password)" psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U postgres -d maillage "$@"; }
token() {
  curl -s -d grant_type=password -d client_id=maillage-web -d "username=$1" -d password=demo \
    "$KEYCLOAK/realms/maillage/protocol/openid-connect/token" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p'
}

say "Writing $VOLUNTEERS volunteers (JeVeuxAider profiles, Morbihan)..."
"$ROOT/maillage" demo-data --departements 56 --count "$VOLUNTEERS" --seed 42 --format csv --out "$WORK/export.csv" >/dev/null
"$ROOT/maillage" demo-data --departements 35 --count 2000 --seed 35 --format csv --out "$WORK/export-35.csv" >/dev/null
say "Starting the platform (empty database)..."
start_platform first
cold_empty="$READY"
say "Importing into morbihan as coord56 (the platform's import)..."
import_started=$SECONDS
node "$ROOT/deployment/scripts/platform-client.mjs" import --url "$BASE" --keycloak "$KEYCLOAK" --user coord56 --password demo \
  --tenant morbihan --file "$WORK/export.csv" >"$WORK/import.log" 2>&1 || { cat "$WORK/import.log" >&2; die "The import failed."; }
import_seconds=$((SECONDS - import_started))
node "$ROOT/deployment/scripts/platform-client.mjs" import --url "$BASE" --keycloak "$KEYCLOAK" --user coord35 --password demo \
  --tenant ille-et-vilaine --file "$WORK/export-35.csv" >>"$WORK/import.log" 2>&1 || die "The import into ille-et-vilaine failed."
say "$(head -1 "$WORK/import.log")"
say "Adding $SMALL cooperations of $SMALL_SIZE volunteers each (SQL, as the superuser: copies of Morbihan rows)..."
sql <<SQL
insert into platform_tenant (slug, display_name, status, created_at, updated_at, version)
select 'bench-' || lpad(n::text, 3, '0'), 'Coopération de test ' || n, 'ACTIVE', now(), now(), 1 from generate_series(1, $SMALL) n;
insert into platform_tenant_departement (tenant_slug, departement)
select 'bench-' || lpad(n::text, 3, '0'), '56' from generate_series(1, $SMALL) n;
insert into platform_plugin_enablement (id, tenant_id, plugin_id, enabled_at, enabled_by)
select gen_random_uuid()::text, 'bench-' || lpad(n::text, 3, '0'), 'onboarding', now(), 'bench' from generate_series(1, $SMALL) n;
create temporary table sample as select * from onboarding_volunteer where tenant_id = 'morbihan' limit $SMALL_SIZE;
insert into onboarding_volunteer select (jsonb_populate_record(s, jsonb_build_object('id', gen_random_uuid()::text,
    'tenant_id', 'bench-' || lpad(n::text, 3, '0')))).* from sample s, generate_series(1, $SMALL) n;
analyze;
SQL
volunteers_total="$(sql -A -t -c "select count(*) from onboarding_volunteer")"
morbihan_total="$(sql -A -t -c "select count(*) from onboarding_volunteer where tenant_id = 'morbihan'")"
sql -A -t -c "select id from onboarding_volunteer where tenant_id = 'morbihan' order by random() limit 20000" >"$WORK/ids-56.txt"
sql -A -t -c "select id from onboarding_volunteer where tenant_id = 'ille-et-vilaine' order by random() limit 2000" >"$WORK/ids-35.txt"
sleep 20
rss_after_import="$(rss_mb "$(payara_pid)")"
say "RSS of the platform 20 s after the import: $rss_after_import MB. Restarting it for a cold start with the data in place..."
stop_platform
start_platform second
cold_data="$READY"
sleep 10
rss_at_rest="$(rss_mb "$(payara_pid)")"
say "Cold start: $cold_empty s (empty), $cold_data s (with $volunteers_total volunteers); RSS at rest $rss_at_rest MB."

# --- Measures ---------------------------------------------------------------------------------------------------------
RESULTS="$WORK/results.tsv"
: >"$RESULTS"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
API="$BASE/api/tenants/morbihan/onboarding/volunteers"

# wrk_once SECONDS CONNECTIONS URL [TOKEN] [IDS PATH_TEMPLATE] → the RESULT line's fields
wrk_once() {
  local seconds="$1" connections="$2" url="$3" bearer="${4:-}" ids="${5:-}" template="${6:-}" header=()
  [ -n "$bearer" ] && header=(-H "Authorization: Bearer $bearer")
  IDS="$ids" PATH_TEMPLATE="$template" wrk -t2 -c"$connections" -d"${seconds}s" --timeout 10s "${header[@]}" \
    -s "$HERE/report.lua" "$url" 2>&1 | sed -n 's/^RESULT\t//p'
}
jdbc_once() {
  java -cp "$(tr ':' '\n' <"$ROOT/platform-core/platform-postgres/target/launcher.classpath" | grep postgresql)" "$HERE/JdbcLoad.java" \
    "jdbc:postgresql://127.0.0.1:$DB_PORT/maillage" postgres "$(superuser_password)" "$2" "$1" "$WORK/ids-56.txt" \
    "select * from onboarding_volunteer where id = ?"
}
# measure NAME KIND ARGS... : warm-up, then RUNS runs, each line appended to RESULTS
measure() {
  local name="$1" kind="$2" run line
  shift 2
  say "$name: warm-up ${WARMUP} s, then $RUNS × ${DURATION} s at $CONNECTIONS connections..."
  "$kind" "$WARMUP" "$CONNECTIONS" "$@" >/dev/null
  for run in $(seq 1 "$RUNS"); do
    line="$("$kind" "$DURATION" "$CONNECTIONS" "$@")"
    [ -n "$line" ] || die "$name: no result"
    printf '%s\t%s\t%s\t%s\n' "$name" "$run" "$line" "$(cut -d' ' -f1 /proc/loadavg)" >>"$RESULTS"
    say "  run $run: $(awk -F'\t' '{printf "%s req/s, p50 %s ms, p99 %s ms, errors %s", $1, $2, $4, $6}' <<<"$line")"
  done
}
http() { wrk_once "$1" "$2" "$3" "${4:-}" "${5:-}" "${6:-}"; }
with_token() { local s="$1" c="$2" url="$3" user="$4"; shift 4; wrk_once "$s" "$c" "$url" "$(token "$user")" "$@"; }
jdbc() { jdbc_once "$1" "$2"; }

measure "ping" http "$BASE/api/ping"
measure "jdbc read by id" jdbc
measure "ui-config" http "$BASE/api/ui-config"
measure "read by id" with_token "$BASE" coord56 "$WORK/ids-56.txt" "/api/tenants/morbihan/onboarding/volunteers/{id}"
measure "list 300k" with_token "$API?size=20" coord56
measure "search 300k" with_token "$API?size=20&q=lorient" coord56
# Alone at 8 connections, for comparison with what they see during the collapse scenario.
CONNECTIONS_SAVED="$CONNECTIONS" CONNECTIONS=8
measure "other coop read by id (alone, 8 conn.)" with_token "$BASE" coord35 "$WORK/ids-35.txt" "/api/tenants/ille-et-vilaine/onboarding/volunteers/{id}"
CONNECTIONS="$CONNECTIONS_SAVED"

say "Collapse scenario: the Morbihan's list at $CONNECTIONS connections, Ille-et-Vilaine (8) and ping (8) beside it..."
for run in $(seq 1 "$RUNS"); do
  t56="$(token coord56)" t35="$(token coord35)"
  wrk_once "$DURATION" "$CONNECTIONS" "$API?size=20" "$t56" >"$WORK/heavy" &
  heavy=$!
  wrk_once "$DURATION" 8 "$BASE" "$t35" "$WORK/ids-35.txt" "/api/tenants/ille-et-vilaine/onboarding/volunteers/{id}" >"$WORK/other" &
  other=$!
  wrk_once "$DURATION" 8 "$BASE/api/ping" >"$WORK/public"
  wait $heavy $other || true
  load="$(cut -d' ' -f1 /proc/loadavg)"
  printf 'collapse: heavy list 300k\t%s\t%s\t%s\n' "$run" "$(cat "$WORK/heavy")" "$load" >>"$RESULTS"
  printf 'collapse: other coop read by id\t%s\t%s\t%s\n' "$run" "$(cat "$WORK/other")" "$load" >>"$RESULTS"
  printf 'collapse: public ping\t%s\t%s\t%s\n' "$run" "$(cat "$WORK/public")" "$load" >>"$RESULTS"
  say "  run $run: heavy $(cut -f1,4,6 "$WORK/heavy" | tr '\t' ' '); other coop $(cut -f1,4,6 "$WORK/other" | tr '\t' ' '); ping $(cut -f1,4,6 "$WORK/public" | tr '\t' ' ') (req/s p99 errors)"
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
rss_after="$(rss_mb "$(payara_pid)")"

# --- Report (bench/serving/report.sh, from the run's figures in $WORK/run.env and $WORK/results.tsv) -----------------
PG_VERSION="$(sql -A -t -c 'show server_version')" elapsed=$((SECONDS - started_at))
for name in RUNS DURATION WARMUP CONNECTIONS VOLUNTEERS SMALL SMALL_SIZE HEAP OUT_DOC OUT_PNG COMMIT LOAD_BEFORE LOAD_AFTER cold_empty cold_data rss_after_import rss_at_rest rss_after import_seconds morbihan_total volunteers_total PG_VERSION elapsed; do printf '%s=%q\n' "$name" "${!name}"; done >"$WORK/run.env"
stop_platform
"$HERE/report.sh" "$WORK"

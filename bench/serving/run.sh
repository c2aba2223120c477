#!/usr/bin/env bash
# ./maillage bench — serving a national-size cooperation under load (issue 17).
#
# Starts Keycloak (port KC_PORT) and the platform on its embedded PostgreSQL (ports PORT, DB_PORT) in a fresh data
# folder; measures the import's ceiling (COPY + set-based merge of the same file, bench/onboarding-import/ceiling.sh),
# then imports VOLUNTEERS generated volunteers into the Morbihan through the platform's own import (the path a
# coordinator takes), a small export into Ille-et-Vilaine; adds SMALL cooperations filled by
# bench/national-dashboard/load.sql (SMALL_SIZE volunteers, SMALL_TEAMS teams, SMALL_VISITS visits each) with 12 months of
# indicators' snapshots taken through the API, and a Pas-de-Calais cooperation (887 communes, coord35 its coordinator)
# with teams and volunteers; restarts the platform to time a cold start with the data in place (Keycloak already up),
# reads its RSS at rest; then measures, in the same run and the same way (wrk, CONNECTIONS connections, WARMUP s of
# warm-up, RUNS runs of DURATION s each), the ceilings and the platform:
#   ping        GET /api/ping: public, no database: the HTTP stack's ceiling on the same server
#   jdbc        a plain JDBC read by primary key of the same volunteers (JdbcLoad.java, one connection per thread)
#   ui-config   GET /api/ui-config (public)
#   read by id  GET /api/tenants/morbihan/onboarding/volunteers/{id}, random ids, a coordinator's real token
#   list        GET …/onboarding/volunteers?size=20 of the 300k cooperation
#   search      GET …/onboarding/volunteers?size=20&q=lorient
#   coverage    GET /api/tenants/pas-de-calais/teams/coverage
#   collapse    the list at CONNECTIONS connections on the Morbihan while Ille-et-Vilaine's coordinator reads by id
#               (8 connections) and the public ping is asked (8 connections): what the others see
#   dashboard   GET /api/indicators (DASH_WARMUP + DASH_RUNS times) against figures.sql, the same figures by hand from
#               the raw tables, and snapshots.sql, a plain read of what the API serves
# Writes docs/benchmarks.md and docs/benchmarks-latency.png (OUT_DOC, OUT_PNG), raw results in $WORK/results.tsv.
#
#   ./maillage bench                                   the full run (about 20 minutes on 2 cores)
#   RUNS=3 DURATION=10 WARMUP=5 CONNECTIONS=64 VOLUNTEERS=300k SMALL=100 ./maillage bench
#   VOLUNTEERS=20k SMALL=5 RUNS=1 DURATION=3 WARMUP=1 OUT_DOC=/tmp/b.md OUT_PNG=/tmp/b.png ./maillage bench   (a smoke run)
#
# Needs what ./maillage run needs, plus wrk (installed with apt-get when missing and root) and psql.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/serving"
RUNS="${RUNS:-3}" DURATION="${DURATION:-10}" WARMUP="${WARMUP:-5}" CONNECTIONS="${CONNECTIONS:-64}"
VOLUNTEERS="${VOLUNTEERS:-300k}" SMALL="${SMALL:-100}" SMALL_SIZE="${SMALL_SIZE:-500}" HEAP="${HEAP:-1g}"
SMALL_TEAMS="${SMALL_TEAMS:-100}" SMALL_VISITS="${SMALL_VISITS:-2000}" DASH_WARMUP="${DASH_WARMUP:-3}" DASH_RUNS="${DASH_RUNS:-9}"
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
say "Import ceiling: COPY of the same file and one set-based merge, on the same server (bench/onboarding-import/ceiling.sh)..."
# shellcheck source=bench/onboarding-import/ceiling.sh
source "$ROOT/bench/onboarding-import/ceiling.sh"
read -r import_ceiling_seconds import_ceiling_rows <<<"$(import_ceiling "$WORK/export.csv" ',')"
say "Import ceiling: $import_ceiling_seconds s for $import_ceiling_rows rows kept."
say "Importing into morbihan as coord56 (the platform's import)..."
import_started=$SECONDS
node "$ROOT/deployment/scripts/platform-client.mjs" import --url "$BASE" --keycloak "$KEYCLOAK" --user coord56 --password demo \
  --tenant morbihan --file "$WORK/export.csv" >"$WORK/import.log" 2>&1 || { cat "$WORK/import.log" >&2; die "The import failed."; }
import_seconds=$((SECONDS - import_started))
node "$ROOT/deployment/scripts/platform-client.mjs" import --url "$BASE" --keycloak "$KEYCLOAK" --user coord35 --password demo \
  --tenant ille-et-vilaine --file "$WORK/export-35.csv" >>"$WORK/import.log" 2>&1 || die "The import into ille-et-vilaine failed."
say "$(head -1 "$WORK/import.log")"
import_job_seconds="$(sed -n '1s/.* in \([0-9.]*\) s$/\1/p' "$WORK/import.log")"
say "Adding $SMALL cooperations with onboarding, teams and reporting (SQL), and their data (bench/national-dashboard/load.sql)..."
sql <<SQL
insert into platform_tenant (slug, display_name, status, created_at, updated_at, version)
select 'bench-' || lpad(n::text, 3, '0'), 'Coopération de test ' || n, 'ACTIVE', now(), now(), 1 from generate_series(1, $SMALL) n;
insert into platform_tenant_departement (tenant_slug, departement)
select 'bench-' || lpad(n::text, 3, '0'), '56' from generate_series(1, $SMALL) n;
insert into platform_plugin_enablement (id, tenant_id, plugin_id, enabled_at, enabled_by)
select gen_random_uuid()::text, 'bench-' || lpad(n::text, 3, '0'), p, now(), 'bench'
from generate_series(1, $SMALL) n, unnest(array['onboarding', 'teams', 'reporting']) p;
SQL
sql -v volunteers=$((SMALL * SMALL_SIZE)) -v teams=$((SMALL * SMALL_TEAMS)) -v visits=$((SMALL * SMALL_VISITS)) -v prefix=bench- \
  -f "$ROOT/bench/national-dashboard/load.sql" >"$WORK/load.txt"
say "Indicators' snapshots of the $SMALL cooperations, the last 12 months, through the API as national (bench/national-dashboard/bench.mjs)..."
snapshots_started=$SECONDS
node "$ROOT/bench/national-dashboard/bench.mjs" snapshots --url "$BASE" --keycloak "$KEYCLOAK" --prefix bench- --count "$SMALL" >&2
snapshots_seconds=$((SECONDS - snapshots_started))

say "The Pas-de-Calais (887 communes): a cooperation (API, as national), coord35 its coordinator (Keycloak), teams and volunteers (SQL)..."
national="$(token national)"
curl -sf -H "Authorization: Bearer $national" -H 'Content-Type: application/json' "$BASE/api/tenants" \
  -d '{"slug": "pas-de-calais", "displayName": "Pas-de-Calais (banc d’essai)", "departements": ["62"]}' >/dev/null || die "Cannot create pas-de-calais."
for plugin in onboarding teams; do
  curl -sf -X POST -H "Authorization: Bearer $national" "$BASE/api/tenants/pas-de-calais/plugins/$plugin/enable" >/dev/null || die "Cannot enable $plugin."
done
node "$HERE/coordinator.mjs" "$KEYCLOAK" pas-de-calais coord35 >&2
# As bench/teams-coverage: one active team for every 15 communes, 5 communes each; 3,000 volunteers in a third of them.
sql <<SQL
create temporary table pdc as
select code, row_number() over (order by code) - 1 as k, count(*) over () as n from platform_commune where departement = '62';
insert into teams_team (id, tenant_id, name, carrier, project, charter_signed_on, status, status_reason, status_changed_at,
        commune_codes, referents, welcoming, created_at, updated_at, version)
select 'pdc-team-' || g, 'pas-de-calais', 'Équipe ' || g, null, null, current_date - 400, 'ACTIVE', null, now(),
       ' ' || (select string_agg(code, ' ') from pdc where k between g * 15 and g * 15 + 4) || ' ', ' ', true, now(), now(), 0
from generate_series(0, (select count(*) from pdc) / 15 - 1) g;
insert into onboarding_volunteer (id, tenant_id, first_name, last_name, email, postcode, commune_code, source, consent,
        state, state_rank, state_changed_at, search_text, created_at, updated_at, version)
select 'pdc-v' || g, 'pas-de-calais', 'Prénom' || g, 'Nom' || g, 'pdc' || g || '@example.org', null, pdc.code, 'jeveuxaider', true,
       'NEW', 0, now(), ' prenom' || g || ' ', now(), now(), 0
from generate_series(0, 2999) g join pdc on pdc.k = 3 * (g % (pdc.n / 3));
analyze;
SQL
pdc_communes="$(sql -A -t -c "select count(*) from platform_commune where departement = '62'")"
pdc_covered="$(sql -A -t -c "select count(distinct c) from teams_team, unnest(string_to_array(trim(commune_codes), ' ')) c where tenant_id = 'pas-de-calais'")"
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
measure "coverage Pas-de-Calais" with_token "$BASE/api/tenants/pas-de-calais/teams/coverage" coord35
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

# The national dashboard: its API against the hand-written SQL of its figures from the raw tables (the ceiling), and a
# plain SQL read of the stored snapshots the API serves (its floor), one after the other, the same number of runs.
say "National dashboard: GET /api/indicators as national, then figures.sql and snapshots.sql ($DASH_WARMUP warm-up, $DASH_RUNS runs each)..."
dashboard="$(node "$ROOT/bench/national-dashboard/bench.mjs" measure --url "$BASE" --keycloak "$KEYCLOAK" --warmup "$DASH_WARMUP" --runs "$DASH_RUNS")"
sql_times() { # file → the client-side times (ms) of the measured runs, as psql's \timing reports them
  { echo '\timing on'; echo '\o /dev/null'; for _ in $(seq 1 $((DASH_WARMUP + DASH_RUNS))); do echo "\\i $1"; done; } \
    | sql -v prefix=bench- 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n "$DASH_RUNS" | paste -sd' '
}
dashboard_sql="$(sql_times "$ROOT/bench/national-dashboard/figures.sql")"
dashboard_stored="$(sql_times "$ROOT/bench/national-dashboard/snapshots.sql")"
dashboard_api="$(node -e 'console.log(JSON.parse(process.argv[1]).times.join(" "))' "$dashboard")"
dashboard_shape="$(node -e 'const d = JSON.parse(process.argv[1]); console.log(`${d.cooperations} cooperations, ${d.months} cooperation-months, ${d.values} values, ${Math.round(d.bytes / 1024)} KiB`)' "$dashboard")"
printf 'dashboard api\t%s\ndashboard sql\t%s\ndashboard stored\t%s\n' "$dashboard_api" "$dashboard_sql" "$dashboard_stored" >"$WORK/dashboard.tsv"
say "  API: $dashboard_api ms; SQL: $dashboard_sql ms; stored: $dashboard_stored ms ($dashboard_shape)"
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"
rss_after="$(rss_mb "$(payara_pid)")"

# --- Report (bench/serving/report.sh, from the run's figures in $WORK/run.env and $WORK/results.tsv) -----------------
PG_VERSION="$(sql -A -t -c 'show server_version')" elapsed=$((SECONDS - started_at))
for name in RUNS DURATION WARMUP CONNECTIONS VOLUNTEERS SMALL SMALL_SIZE SMALL_TEAMS SMALL_VISITS DASH_WARMUP DASH_RUNS HEAP OUT_DOC OUT_PNG COMMIT LOAD_BEFORE LOAD_AFTER cold_empty cold_data rss_after_import rss_at_rest rss_after import_seconds morbihan_total volunteers_total PG_VERSION elapsed import_job_seconds import_ceiling_seconds import_ceiling_rows snapshots_seconds dashboard_shape pdc_communes pdc_covered; do printf '%s=%q\n' "$name" "${!name}"; done >"$WORK/run.env"
stop_platform
"$HERE/report.sh" "$WORK"

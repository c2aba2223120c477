#!/usr/bin/env bash
# Benchmark: import a large JeVeuxAider export into one cooperation, through the running platform's API,
# with a bounded heap, on the launcher's embedded PostgreSQL; and, in the same run on the same server, the
# ceiling: COPY of the same file into a staging table and one set-based deduplicating merge into a table
# indexed as the volunteers' table, by hand with psql. Prints the figures and one Markdown table row (README.md).
#
#   bench/onboarding-import/run.sh                 300k dirty profiles, -Xmx256m
#   ROWS=35k HEAP=512m FORMAT=xlsx bench/onboarding-import/run.sh   (the ceiling is measured for CSV only)
#   DB_URL=jdbc:postgresql://127.0.0.1:5432/bench DB_USER=postgres bench/onboarding-import/run.sh
#                                                  on an external server: an existing, empty database (DB_PASSWORD too)
#
# Needs what ./maillage run needs, and psql. Uses the Keycloak at MAILLAGE_KEYCLOAK_URL if set, else
# starts its own. Stops what it started when it ends, however it ends (TERM to the launcher's group, trap EXIT).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${ROWS:-300k}" HEAP="${HEAP:-256m}" FORMAT="${FORMAT:-csv}" PORT="${PORT:-8095}" DB_PORT="${DB_PORT:-5495}"
work="$(mktemp -d "${TMPDIR:-/tmp}/maillage-bench.XXXXXX")"
chmod 755 "$work"   # run as root, the embedded PostgreSQL runs as nobody, who must reach $work/data/postgres
say() { printf '[bench] %s\n' "$*" >&2; }
DB_URL="${DB_URL:-}"
if [ -n "$DB_URL" ]; then
  where="${DB_URL#jdbc:postgresql://}" && db_host="${where%%:*}" && where="${where#*:}" && db_port="${where%%/*}" && db_name="${where#*/}"
  db_user="${DB_USER:-maillage}" db_password="${DB_PASSWORD:-maillage}" server="the external server $DB_URL"
else
  db_host=127.0.0.1 db_port="$DB_PORT" db_name=maillage db_user=maillage db_password=maillage server="the embedded PostgreSQL (port $DB_PORT)"
fi

# The launcher runs in a process group of its own (setsid); TERM stops it and everything it started. A
# background job of a script ignores SIGINT, so Ctrl-C is never what stops it here.
cleanup() {
  if [ -n "${launcher:-}" ] && kill -0 "$launcher" 2>/dev/null; then
    kill -TERM "$launcher" 2>/dev/null || true
    local waited=0
    while kill -0 "$launcher" 2>/dev/null && [ $waited -lt 60 ]; do sleep 1; waited=$((waited + 1)); done
    kill -KILL -- "-$launcher" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Resident memory of the embedded PostgreSQL: the sum of its processes' RSS, and of their PSS (shared pages
# split between the processes that map them, closer to what the server really takes).
postgres_memory() {
  local pid rss=0 pss=0 kb
  [ -z "$DB_URL" ] || { printf 'n/a (external server)'; return; }
  for pid in $(pgrep -f -- "-D $work/data/postgres/data" || true) $(pgrep -P "$(head -1 "$work/data/postgres/data/postmaster.pid")" || true); do
    kb="$(awk '/^VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)"; rss=$((rss + ${kb:-0}))
    kb="$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)"; pss=$((pss + ${kb:-0}))
  done
  printf '%d MB RSS, %d MB PSS' $((rss / 1024)) $((pss / 1024))
}

say "Writing $ROWS dirty profiles ($FORMAT) for the Morbihan..."
"$ROOT/maillage" demo-data --departements 56 --count "$ROWS" --seed 42 --dirty --format "$FORMAT" --out "$work/export.$FORMAT" >/dev/null
size="$(du -m "$work/export.$FORMAT" | cut -f1)"

say "Starting the platform on $server with -Xmx$HEAP..."
external=()
[ -z "$DB_URL" ] || external=(MAILLAGE_DB_URL="$DB_URL" MAILLAGE_DB_USER="$db_user" MAILLAGE_DB_PASSWORD="$db_password")
env "${external[@]}" MAILLAGE_DATA_DIR="$work/data" MAILLAGE_HTTP_PORT="$PORT" MAILLAGE_DB_PORT="$DB_PORT" MAILLAGE_DEMO_DATA=no \
MAILLAGE_JAVA_OPTS="-Xmx$HEAP -Xlog:gc:file=$work/gc.log" MAILLAGE_KEYCLOAK_PORT="${MAILLAGE_KEYCLOAK_PORT:-8195}" \
  setsid "$ROOT/maillage" run >"$work/launcher.log" 2>&1 </dev/null &
launcher=$!
until grep -q "Ready in" "$work/launcher.log"; do
  kill -0 "$launcher" 2>/dev/null || { cat "$work/launcher.log" >&2; exit 1; }
  sleep 2
done
keycloak="$(sed -n 's/.*Keycloak: \(http[^ ]*\)\. Ctrl-C stops\./\1/p' "$work/launcher.log" | tail -1)"
payara="$(pgrep -f -- "--port $PORT" | head -1)"
at_rest="$(postgres_memory)"
# psql as the schema's owner (on the embedded server, the launcher's defaults: database, login and password maillage).
sql() { PGPASSWORD="$db_password" psql -X -q -v ON_ERROR_STOP=1 -h "$db_host" -p "$db_port" -U "$db_user" -d "$db_name" "$@"; }
database_mb() { sql -A -t -c "select pg_database_size(current_database()) / 1048576"; }
say "PostgreSQL at rest: $at_rest; database $(database_mb) MB."
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", b - a}'; }

ceiling="n/a"
if [ "$FORMAT" = csv ]; then
  say "Ceiling: COPY of the file into a staging table, then one deduplicating INSERT … ON CONFLICT DO NOTHING..."
  # The same columns, constraints and indexes as onboarding_volunteer; each line copied whole (no delimiter or quote
  # can occur in it), split and checked by SQL, so that the dirty lines (blank, cut short) do not stop the COPY.
  # shellcheck source=bench/onboarding-import/ceiling.sh
  source "$ROOT/bench/onboarding-import/ceiling.sh"
  read -r ceiling ceiling_rows <<<"$(import_ceiling "$work/export.csv" ';')"
  say "Ceiling: $ceiling s for $ceiling_rows rows kept."
fi

say "Importing into morbihan as coord56..."
started="$(now)"
result="$(node "$ROOT/deployment/scripts/platform-client.mjs" import --url "http://127.0.0.1:$PORT" --keycloak "$keycloak" \
  --user coord56 --password demo --tenant morbihan --file "$work/export.$FORMAT")"
wall="$(elapsed "$started" "$(now)")"
say "$result (client: $wall s with sign-in, upload, polling every 0.5 s and the indicators' snapshot)"
result="$(head -1 <<<"$result")"
after="$(postgres_memory)"
disk="$(database_mb)"
say "PostgreSQL after the import: $after; database $disk MB."
rss_peak="$(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$payara/status")"
# The largest heap occupancy the collector saw, before any collection: an upper bound of what was live.
heap_peak="$(sed -n 's/.* \([0-9]*\)M->[0-9]*M([0-9]*M).*/\1/p' "$work/gc.log" | sort -n | tail -1)"
seconds="$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' <<<"$result")"
rows="$(sed -n 's/^morbihan: \([0-9]*\) rows read.*/\1/p' <<<"$result")"

# Deliverable people: the generator's distinct addresses less those it made undeliverable; every one must be stored.
expected="$(node -e 'const e = JSON.parse(require("fs").readFileSync(process.argv[1])); console.log(e.uniquePeople - e.invalidEmails)' \
  "$work/export.$FORMAT.expect.json")"
stored="$(sql -A -t -c "select count(*) from onboarding_volunteer where tenant_id = 'morbihan' and email is not null")"
lost=$((expected - stored))
# The same file again: nothing to write (every row unchanged or rejected), so its time is that of reading the file,
# judging the rows and looking them up: what the import costs besides its writes.
say "Importing the same file again (idempotent: nothing to write)..."
again="$(node "$ROOT/deployment/scripts/platform-client.mjs" import --url "http://127.0.0.1:$PORT" --keycloak "$keycloak" \
  --user coord56 --password demo --tenant morbihan --file "$work/export.$FORMAT" | head -1)"
say "$again"
again_seconds="$(sed -n 's/.* in \([0-9.]*\) s$/\1/p' <<<"$again")"
ratio="n/a"
[ "$ceiling" != n/a ] && ratio="$(awk -v p="$seconds" -v c="$ceiling" 'BEGIN {printf "%.1f", p / c}')×"
say "Deliverable people in the file: $expected; volunteers stored: $stored; lost: $lost."
say "Platform $seconds s (job; again: $again_seconds s) / ceiling $ceiling s = $ratio; heap: -Xmx$HEAP, peak ${heap_peak} MB before a collection; RSS peak ${rss_peak} MB."
echo "| $(date -u +%F) | $ROWS $FORMAT dirty, ${DB_URL:+external }PostgreSQL | ${size} MB | -Xmx$HEAP | ${seconds} s (client ${wall} s) | ${again_seconds} s | ${ceiling} s | ${ratio} | $(awk -v r="$rows" -v s="$seconds" 'BEGIN {printf "%d", r / s}') rows/s | ${heap_peak} MB | ${rss_peak} MB | $at_rest → $after, database ${disk} MB | $lost of $expected | $(cut -d' ' -f1-3 /proc/loadavg) | ${result#morbihan: } |"

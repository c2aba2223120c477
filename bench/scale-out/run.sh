#!/usr/bin/env bash
# Throughput of the read-by-id and list endpoints with 1, 2 and 3 instances, and the recovery after an instance dies.
# Runs against a cluster started beforehand with demo data and 3 instances:
#   MAILLAGE_HTTP_PORT=8400 ./maillage cluster --instances 3      # then, in another shell:
#   PROXY_PORT=8400 KEYCLOAK=http://127.0.0.1:8180 bench/scale-out/run.sh
# For each count of instances it starts a HAProxy of its own (same configuration as the cluster's) in front of the
# first 1, 2 or 3 instances, and measures with wrk (DURATION, CONNECTIONS): the ceiling (/health/live: no database,
# no token) then the two endpoints as coord56 in the Morbihan. Then it kills instance 3 (kill -9) under a steady
# load through the cluster's own proxy and reports the failed requests, how long they lasted, and when the
# launcher had the instance ready again. Needs wrk, haproxy, curl, node.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$HERE/../.."
PROXY_PORT="${PROXY_PORT:-8080}"
FIRST="${FIRST_INSTANCE_PORT:-$((PROXY_PORT + 1))}"
KEYCLOAK="${KEYCLOAK:-http://127.0.0.1:8180}"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-8}"
DATA="${MAILLAGE_DATA_DIR:-$ROOT/data}"
WORK="$(mktemp -d)"
trap 'for p in $(cat "$WORK"/*.pid 2>/dev/null); do kill "$p" 2>/dev/null || true; done; rm -rf "$WORK"' EXIT

token() {
  curl -s -d grant_type=password -d client_id=maillage-web -d username=coord56 -d password=demo \
    "$KEYCLOAK/realms/maillage/protocol/openid-connect/token" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).access_token))'
}
rate() { sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' "$1"; }
errors() { sed -n 's/.*Non-2xx or 3xx responses: *\([0-9]*\).*/\1/p' "$1" | head -1; }

TOKEN="$(token)"
ID="$(curl -s -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PROXY_PORT/api/tenants/morbihan/onboarding/volunteers?size=1" \
  | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).items[0].id))')"
echo "date: $(date -u +%FT%TZ); cores: $(nproc); volunteer read by id: $ID; wrk -t2 -c$CONNECTIONS -d$DURATION"
printf '| instances | ceiling /health/live | GET volunteers/{id} | GET volunteers?size=20 | id / 1 instance | list / 1 instance | load avg (1 min, after) |\n|---|---|---|---|---|---|---|\n'
declare -A one=()
for n in 1 2 3; do
  port=$((PROXY_PORT + 20 + n))
  source <(sed -n '/^haproxy_config() {/,/^}/p' "$ROOT/maillage")
  haproxy_config 127.0.0.1 "$port" "$FIRST" "$n" >"$WORK/h$n.cfg"
  haproxy -db -f "$WORK/h$n.cfg" >"$WORK/h$n.log" 2>&1 & echo $! >"$WORK/h$n.pid"
  sleep 3
  TOKEN="$(token)"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" "http://127.0.0.1:$port/health/live" >"$WORK/c$n.txt"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/api/tenants/morbihan/onboarding/volunteers/$ID" >"$WORK/i$n.txt"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$port/api/tenants/morbihan/onboarding/volunteers?size=20" >"$WORK/l$n.txt"
  for f in c i l; do [ -z "$(errors "$WORK/$f$n.txt")" ] || echo "  ($f with $n instances: $(errors "$WORK/$f$n.txt") non-2xx answers)"; done
  [ $n = 1 ] && one=([i]="$(rate "$WORK/i1.txt")" [l]="$(rate "$WORK/l1.txt")")
  printf '| %s | %s req/s | %s req/s | %s req/s | %.2f | %.2f | %s |\n' "$n" "$(rate "$WORK/c$n.txt")" "$(rate "$WORK/i$n.txt")" "$(rate "$WORK/l$n.txt")" \
    "$(echo "$(rate "$WORK/i$n.txt") / ${one[i]}" | bc -l)" "$(echo "$(rate "$WORK/l$n.txt") / ${one[l]}" | bc -l)" "$(cut -d' ' -f1 /proc/loadavg)"
  kill "$(cat "$WORK/h$n.pid")"; rm "$WORK/h$n.pid"
done

# Recovery: a steady load of reads through the cluster's proxy (4 loops of curl), instance 3 killed after 10 s.
PID3="$(ss -ltnp "sport = :$((FIRST + 2))" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)"
[ -n "$PID3" ] || { echo "no instance on port $((FIRST + 2))"; exit 1; }
TOKEN="$(token)"
for w in 1 2 3 4; do
  (end=$((SECONDS + 60)); while [ $SECONDS -lt $end ]; do
     printf '%s %s\n' "$(date +%s.%N)" "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -H "Authorization: Bearer $TOKEN" \
       "http://127.0.0.1:$PROXY_PORT/api/tenants/morbihan/onboarding/volunteers/$ID")"; done >"$WORK/r$w.txt") & echo $! >"$WORK/r$w.pid"
done
sleep 10
KILLED="$(date +%s.%N)"
kill -9 "$PID3"
wait $(cat "$WORK"/r*.pid) 2>/dev/null || true
rm -f "$WORK"/r*.pid
cat "$WORK"/r*.txt | sort -n | awk -v k="$KILLED" '
  { n++; if ($2 != 200) { f++; if (!first) first = $1; last = $1 } }
  END { printf "recovery: %d requests in 60 s, %d failed (%s); failures from %.2f s to %.2f s after the kill\n", n, f, f ? "non-200" : "none", f ? first - k : 0, f ? last - k : 0 }'
echo "the launcher restarts instance 3; its log says when it is ready again (\"Instance 3 ready again in N s\")."

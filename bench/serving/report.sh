#!/usr/bin/env bash
# The report of ./maillage bench: docs/benchmarks.md and its chart from a run's folder (run.env, results.tsv), so that a
# report can be written again from the figures of a run: bench/serving/report.sh WORK_FOLDER
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/serving"
WORK="$1"
RESULTS="$WORK/results.tsv"
# shellcheck source=/dev/null
source "$WORK/run.env"
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }
# Medians per scenario (name, rps, p50, p90, p99, p999, errors, rps min, rps max, p99 min, p99 max, load)
awk -F'\t' '
  function median(s,   n, a, i, t) { n = split(s, a, " "); for (i = 1; i <= n; i++) for (t = i + 1; t <= n; t++) if (a[t] + 0 < a[i] + 0) { x = a[i]; a[i] = a[t]; a[t] = x }
                                        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  function lo(s,   n, a, i, m) { n = split(s, a, " "); m = a[1]; for (i = 2; i <= n; i++) if (a[i] + 0 < m + 0) m = a[i]; return m }
  function hi(s,   n, a, i, m) { n = split(s, a, " "); m = a[1]; for (i = 2; i <= n; i++) if (a[i] + 0 > m + 0) m = a[i]; return m }
  !($1 in seen) { seen[$1] = 1; order[++k] = $1 }
  { rps[$1] = rps[$1] " " $3; p50[$1] = p50[$1] " " $4; p90[$1] = p90[$1] " " $5; p99[$1] = p99[$1] " " $6; p999[$1] = p999[$1] " " $7
    err[$1] += $8; load[$1] = load[$1] " " $10 }
  END { for (i = 1; i <= k; i++) { n = order[i]
          printf "%s\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%.1f\t%.1f\t%.2f\t%.2f\t%.2f\n", n, median(rps[n]), median(p50[n]), median(p90[n]),
            median(p99[n]), median(p999[n]), err[n], lo(rps[n]), hi(rps[n]), lo(p99[n]), hi(p99[n]), median(load[n]) } }' "$RESULTS" >"$WORK/medians.tsv"
cut -f1-6 "$WORK/medians.tsv" | cut -f1,3-6 >"$WORK/chart.tsv"
mkdir -p "$(dirname "$OUT_PNG")"
java "$HERE/Chart.java" "$WORK/chart.tsv" "$OUT_PNG" "Maillage: latency percentiles per endpoint, medians of $RUNS runs ($CONNECTIONS connections, $(date -u +%F))"

field() { awk -F'\t' -v n="$1" -v c="$2" '$1 == n {print $c}' "$WORK/medians.tsv"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.0f %%", 100 * a / b; else print "n/a"}'; }
ping_rps="$(field ping 2)" jdbc_rps="$(field "jdbc read by id" 2)"
versions="Java $(java -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.runtime.version = //p'); PostgreSQL $PG_VERSION; Payara Micro $(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' "$ROOT/pom.xml"); $( (wrk -v 2>&1 || true) | head -1 | cut -d' ' -f1-2)"
{
  cat <<EOF
# Benchmarks: serving a national-size cooperation

Written by \`./maillage bench\` (\`bench/serving/run.sh\`) on $(date -u '+%F %H:%M') UTC, commit \`$COMMIT\` (at the start of the run).
Reproduce: \`RUNS=$RUNS DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS VOLUNTEERS=$VOLUNTEERS SMALL=$SMALL ./maillage bench\`.

- **Machine**: $(nproc) cores ($(sed -n 's/^model name\t: //p' /proc/cpuinfo | head -1)), $(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo) RAM;
  load average **$LOAD_BEFORE** before the measures, **$LOAD_AFTER** after (1, 5, 15 min). The load tool (wrk, 2 threads)
  and PostgreSQL run on the same cores as the platform. On a shared machine the ratios to the ceilings, measured in the
  same run, are what count; absolute figures move with the neighbours.
- **Versions**: $versions. Platform heap -Xmx$HEAP.
- **Data**: $morbihan_total volunteers in \`morbihan\` (imported through the platform's import as \`coord56\`, ${import_seconds} s
  with sign-in and upload), 2,000 in \`ille-et-vilaine\`, $SMALL more cooperations of $SMALL_SIZE each: $volunteers_total volunteers in all.
- **Method**: each scenario is warmed up for $WARMUP s, then run $RUNS times for $DURATION s at $CONNECTIONS connections
  (wrk: \`-t2 -c$CONNECTIONS --timeout 10s\`, \`bench/serving/report.lua\`); figures are the **medians of the runs**, with the
  spread (lowest–highest) of the throughput and the p99. Errors: socket errors, time-outs and answers other than 2xx, summed
  over the runs. Tokens are real Keycloak tokens of the demo accounts (password grant of \`maillage-web\`).

## Start and memory

| figure | measured | target |
|---|---|---|
| cold start, empty database (Keycloak already up) | $cold_empty s | |
| cold start with $volunteers_total volunteers (Keycloak already up) | **$cold_data s** | ≤ 15 s |
| RSS of the platform 20 s after the import | $rss_after_import MB | |
| RSS at rest after a restart on the imported data | **$rss_at_rest MB** | ≤ 600 MB |
| RSS after the measures | $rss_after MB | |

Cold start is the launcher's « Ready in N s »: from starting Payara Micro to readiness with the database check UP.

## Throughput and latency (medians of $RUNS runs)

| scenario | requests/s (spread) | ratio to its ceiling | p50 ms | p90 ms | p99 ms (spread) | p99.9 ms | errors |
|---|---|---|---|---|---|---|---|
EOF
  while IFS=$'\t' read -r name rps p50 p90 p99 p999 errors rmin rmax qmin qmax load; do
    case "$name" in
      ping) against="ceiling (HTTP)" ;;
      "jdbc read by id") against="ceiling (database)" ;;
      "read by id") against="$(ratio "$rps" "$ping_rps") of ping; $(ratio "$rps" "$jdbc_rps") of JDBC" ;;
      collapse:*|other*) against="$(ratio "$rps" "$ping_rps") of ping" ;;
      *) against="$(ratio "$rps" "$ping_rps") of ping" ;;
    esac
    printf '| %s | %s (%s–%s) | %s | %s | %s | %s (%s–%s) | %s | %s |\n' "$name" "$rps" "$rmin" "$rmax" "$against" "$p50" "$p90" "$p99" "$qmin" "$qmax" "$p999" "$errors"
  done <"$WORK/medians.tsv"
  cat <<EOF

![Latency percentiles per endpoint](benchmarks-latency.png)

## Targets

| target | measured | held? |
|---|---|---|
| read by id ≥ 40 % of the ping's throughput | $(ratio "$(field "read by id" 2)" "$ping_rps") | $(awk -v a="$(field "read by id" 2)" -v b="$ping_rps" 'BEGIN {print (a >= 0.4 * b ? "yes" : "no, by " sprintf("%.0f", 100 * (0.4 * b - a) / (0.4 * b)) " % of the target")}') |
| read by id p99 < 50 ms | $(field "read by id" 5) ms | $(awk -v p="$(field "read by id" 5)" 'BEGIN {print (p < 50 ? "yes" : "no, " sprintf("%.1f", p / 50) "× the target")}') |
| list of the 300k cooperation p99 < 200 ms, no time-out | $(field "list 300k" 5) ms, $(field "list 300k" 7) errors | $(awk -v p="$(field "list 300k" 5)" -v e="$(field "list 300k" 7)" 'BEGIN {print (p < 200 && e == 0 ? "yes" : "no, " sprintf("%.1f", p / 200) "× the target")}') |
| search of the 300k cooperation p99 < 200 ms, no time-out | $(field "search 300k" 5) ms, $(field "search 300k" 7) errors | $(awk -v p="$(field "search 300k" 5)" -v e="$(field "search 300k" 7)" 'BEGIN {print (p < 200 && e == 0 ? "yes" : "no, " sprintf("%.1f", p / 200) "× the target")}') |
| another cooperation served during the collapse scenario | p99 $(field "collapse: other coop read by id" 5) ms (alone: $(field "other coop read by id (alone, 8 conn.)" 5) ms), $(field "collapse: other coop read by id" 7) errors | $(awk -v e="$(field "collapse: other coop read by id" 7)" -v r="$(field "collapse: other coop read by id" 2)" 'BEGIN {print (e == 0 && r > 0 ? "served" : "errors")}') |
| public ping during the collapse scenario | p99 $(field "collapse: public ping" 5) ms, $(field "collapse: public ping" 7) errors | |
| cold start ≤ 15 s | $cold_data s | $([ "$cold_data" -le 15 ] && echo yes || echo "no, by $((cold_data - 15)) s") |
| RSS at rest ≤ 600 MB | $rss_at_rest MB | $([ "$rss_at_rest" -le 600 ] && echo yes || echo "no, by $((rss_at_rest - 600)) MB") |

The bench took $((elapsed / 60)) min $((elapsed % 60)) s. Raw runs (scenario, run, requests/s, p50, p90, p99, p99.9,
errors, requests, load average):

\`\`\`
$(cat "$RESULTS")
\`\`\`
EOF
  [ -f "$HERE/NOTES.md" ] && { echo; cat "$HERE/NOTES.md"; }
} >"$OUT_DOC"
say "Wrote $OUT_DOC and $OUT_PNG."

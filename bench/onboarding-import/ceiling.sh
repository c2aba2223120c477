# The import's ceiling, sourced by bench/onboarding-import/run.sh and bench/serving/run.sh (./maillage bench): what the
# database itself allows for a JeVeuxAider export, on the same server as the platform, in the same run.
#
#   import_ceiling FILE SEPARATOR   → prints "SECONDS ROWS_KEPT"; needs a function sql (psql as the schema's owner or a
#                                     superuser, ON_ERROR_STOP) in the caller.
#
# A table made `like onboarding_volunteer including all` (same columns, unique address per cooperation, same indexes),
# then in one transaction: \copy of the file into a temporary staging table (each line whole, so that dirty lines —
# blank, cut short — do not stop the COPY), and one INSERT … SELECT … ON CONFLICT (tenant_id, email) DO NOTHING that
# splits the lines, lower-cases and checks the address, and deduplicates. Timed from psql's start to its end; the
# table is dropped after.
import_ceiling() {
  local file="$1" separator="$2" started ended rows
  sql -c "drop table if exists bench_ceiling" -c "create table bench_ceiling (like onboarding_volunteer including all)" >/dev/null
  started="$(date +%s.%N)"
  sql >/dev/null <<SQL
begin;
create temporary table staging (line text) on commit drop;
\copy staging from '$file' with (format csv, delimiter E'\x01', quote E'\x02')
insert into bench_ceiling (id, tenant_id, email, first_name, postcode, jva_profile_id, source, consent, state, state_rank,
                           state_changed_at, search_text, created_at, updated_at, version)
select gen_random_uuid()::text, 'plafond', email, nullif(trim(f[2]), ''), nullif(left(trim(f[4]), 5), ''), nullif(trim(f[1]), ''),
       'jeveuxaider', false, 'NEW', 0, now(), ' ' || lower(coalesce(trim(f[2]), '')) || ' ' || email || ' ', now(), now(), 1
from (select string_to_array(line, '$separator') f, lower(trim(split_part(line, '$separator', 3))) email from staging) s
where email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+\$'
on conflict (tenant_id, email) do nothing;
commit;
SQL
  ended="$(date +%s.%N)"
  rows="$(sql -A -t -c "select count(*) from bench_ceiling")"
  sql -c "drop table bench_ceiling" >/dev/null
  awk -v a="$started" -v b="$ended" -v r="$rows" 'BEGIN {printf "%.1f %d\n", b - a, r}'
}

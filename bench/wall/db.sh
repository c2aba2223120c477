#!/usr/bin/env bash
# The second wall's cost at the database alone: a read by id in a transaction, on a table of 8,000 rows of
# 4 cooperations, with row-level security and the per-transaction setting (as the request login) and without
# (a copy of the table without row-level security). Needs a PostgreSQL where PGUSER may create databases and
# roles (default: the machine's server at 127.0.0.1:5432 as postgres); leaves nothing behind.
#   bench/wall/db.sh [seconds per run, default 8]
set -euo pipefail
secs="${1:-8}" host="${PGHOST:-127.0.0.1}" user="${PGUSER:-postgres}" db="wall_bench_$$"
dir="$(mktemp -d)"
cleanup() { psql -h "$host" -U "$user" -q -d postgres -c "drop database if exists $db" -c "drop role if exists ${db}_owner" -c "drop role if exists ${db}_req" >/dev/null 2>&1; rm -rf "$dir"; }
trap cleanup EXIT
psql -h "$host" -U "$user" -q -d postgres -c "create role ${db}_owner login" -c "create role ${db}_req login" -c "create database $db owner ${db}_owner"
psql -h "$host" -U "${db}_owner" -q -d "$db" <<SQL
create table walled (id varchar(36) primary key, tenant_id varchar(40) not null, email varchar(320), payload varchar(200));
create index walled_tenant on walled (tenant_id);
insert into walled select 'id-' || i, 'coop-' || (i % 4), 'm' || i || '@exemple.fr', repeat('x', 100) from generate_series(1, 8000) i;
create table open (like walled including all);
insert into open select * from walled;
alter table walled enable row level security;
alter table walled force row level security;
create policy maillage_tenant on walled using (tenant_id = current_setting('maillage.tenant', true) or current_user = '${db}_owner')
  with check (tenant_id = current_setting('maillage.tenant', true) or current_user = '${db}_owner');
grant select on walled, open to ${db}_req;
analyze walled; analyze open;
SQL
cat > "$dir/on.sql" <<'SQL'
\set n random(0, 1999)
begin;
select set_config('maillage.tenant', 'coop-1', true);
select * from walled where id = 'id-' || (:n * 4 + 1) and tenant_id = 'coop-1';
commit;
SQL
cat > "$dir/off.sql" <<'SQL'
\set n random(0, 1999)
begin;
select * from open where id = 'id-' || (:n * 4 + 1) and tenant_id = 'coop-1';
commit;
SQL
for run in off on off on; do
  printf '%-4s ' "$run"
  pgbench -h "$host" -U "${db}_req" -n -c 1 -T "$secs" -f "$dir/$run.sql" "$db" 2>/dev/null | grep -E "latency average|tps" | tr '\n' ' '
  echo
done

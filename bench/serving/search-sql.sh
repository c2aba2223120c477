#!/usr/bin/env bash
# The volunteers' list and search at the database, before and after onboarding V9 (issue 17): the statements EclipseLink
# sends for GET …/onboarding/volunteers?size=20[&q=WORD] (page 1, default order) in morbihan, as the request login
# behind the wall, run by pgbench (8 clients: the @Heavy bound of one cooperation) for T seconds each:
#   before  V7's indexes (trigram one included), connection options plan_cache_mode=force_custom_plan; page of rows + ids up to 241 (the old count)
#   after   V9's index, + random_page_cost=1.1, max_parallel_workers_per_gather=0; ids of the page, its rows, the
#           count up to 10,001 (1,001 for a search) unless the page is not full
# On the PostgreSQL of a kept ./maillage bench data folder (KEEP_WORK=1), started again:
#   bench/serving/search-sql.sh PORT SUPERUSER_PASSWORD_FILE [WORD ...]      (default words: lorient nathalie yvon xyzq)
# It leaves the database as V9 does. Prints one line per phase and selection.
set -euo pipefail
port="$1" password_file="$2"
shift 2
words=("${@:-lorient nathalie yvon xyzq}")
read -r -a words <<<"${words[*]}"
export PGPASSWORD="$(cat "$password_file")"
pgbench="$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench | tail -1)"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)" work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d maillage "$@"; }
cols="id, tenant_id, first_name, last_name, email, phone, phone_key, postcode, commune_code, commune_name, commune_candidates,
 birth_date, source, jva_profile_id, consent, consent_at, availability, interests, notes, state, state_rank, state_reason,
 state_changed_at, search_text, created_at, updated_at, erased_at, version"
order="ORDER BY last_name ASC, first_name ASC, ID ASC"
head="set role maillage_request;
select set_config('maillage.tenant', 'morbihan', false);"
where() { echo "(erased_at IS NULL)${1:+ AND (search_text LIKE '%$1%' ESCAPE '\\')} AND (TENANT_ID = 'morbihan')"; }
scripts() { # WORD → before-NAME.sql, after-NAME.sql
  local w="$1" name="${1:-list}" ids bound=10001
  [ -n "$w" ] && bound=1001
  printf '%s\nSELECT %s FROM onboarding_volunteer WHERE %s %s LIMIT 20 OFFSET 0;\nSELECT ID FROM onboarding_volunteer WHERE %s %s LIMIT 241 OFFSET 0;\nreset role;\n' \
    "$head" "$cols" "$(where "$w")" "$order" "$(where "$w")" "$order" >"$work/before-$name.sql"
  ids="$(sql -c "set role maillage_request" -c "select set_config('maillage.tenant', 'morbihan', false)" \
    -c "SELECT ID FROM onboarding_volunteer WHERE $(where "$w") $order LIMIT 20" | tail -n +2 | sed "s/.*/'&'/" | paste -sd,)"
  {
    printf '%s\nSELECT ID FROM onboarding_volunteer WHERE %s %s LIMIT 20 OFFSET 0;\n' "$head" "$(where "$w")" "$order"
    [ -z "$ids" ] || printf "SELECT %s FROM onboarding_volunteer WHERE (ID IN (%s)) AND (TENANT_ID = 'morbihan') ORDER BY ID ASC;\n" "$cols" "$ids"
    # a page that is not full is the last one: its size is the total, nothing to count
    [ "$(tr ',' '\n' <<<"$ids" | grep -c .)" -lt 20 ] \
      || printf "select count(*) from (select 1 from onboarding_volunteer v where v.tenant_id = 'morbihan' and v.erased_at is null%s limit %s) selection;\n" \
           "${w:+ and v.search_text like '%$w%' escape '\\'}" "$bound"
    echo 'reset role;'
  } >"$work/after-$name.sql"
}
phase() { # before|after
  local options="-c plan_cache_mode=force_custom_plan" name out
  [ "$1" = after ] && options="$options -c random_page_cost=1.1 -c max_parallel_workers_per_gather=0"
  for name in list "${words[@]}"; do
    out="$(PGOPTIONS="$options" "$pgbench" -n -f "$work/$1-$name.sql" -c 8 -j 2 -T "${T:-10}" -h 127.0.0.1 -p "$port" -U postgres maillage 2>&1)"
    printf '%s\t%s\t%s matches\t%s tps\tlatency %s ms\tload %s\n' "$1" "$name" \
      "$(sql -c "select count(*) from onboarding_volunteer where tenant_id = 'morbihan' and erased_at is null and search_text like '%${name/#list/}%'")" \
      "$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$out")" "$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' <<<"$out")" "$(cut -d' ' -f1 /proc/loadavg)"
  done
}
sql -c "drop index if exists onboarding_volunteer_list_by_name_text" \
    -c "create index if not exists onboarding_volunteer_list_by_name on onboarding_volunteer (tenant_id, last_name, first_name, id) where erased_at is null" \
    -c "create index if not exists onboarding_volunteer_search on onboarding_volunteer using gin (search_text gin_trgm_ops) where erased_at is null" \
    -c "vacuum analyze onboarding_volunteer"
for w in "" "${words[@]}"; do scripts "$w"; done
phase before
sql -c "set role maillage" -f "$here/../../plugins/onboarding/src/main/resources/db/migration/onboarding/V9__list_search_covering_index.sql" \
    -c "reset role" -c "vacuum analyze onboarding_volunteer"
phase after

-- The volunteers' list of a national-size cooperation (300,000 volunteers; issue 17).
-- Its default order (last name, first name, id: VolunteerSort) read from one index, erased people left out as the list
-- leaves them out: a page reads its 20 entries instead of sorting the whole selection.
create index onboarding_volunteer_list_by_name on onboarding_volunteer (tenant_id, last_name, first_name, id)
    where erased_at is null;
create index onboarding_volunteer_list_by_created on onboarding_volunteer (tenant_id, created_at, id)
    where erased_at is null;

-- The search (`search_text like '%word%'`, the text folded to lower case without accents by the application) through
-- trigrams. pg_trgm ships with PostgreSQL and is a trusted extension (PostgreSQL 13+): the schema's owner may create it
-- when it may create in the database. Where it cannot, the search keeps reading the table, and says so in the log.
do $$
begin
    create extension if not exists pg_trgm;
    execute 'create index onboarding_volunteer_search on onboarding_volunteer using gin (search_text gin_trgm_ops)'
        || ' where erased_at is null';
exception when insufficient_privilege or undefined_file or feature_not_supported or undefined_object then
    raise warning 'pg_trgm is not available (%): the volunteers'' search reads the whole table', sqlerrm;
end
$$;

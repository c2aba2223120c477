-- The search of a national-size cooperation (issue 17). Under the wall's row-level security PostgreSQL evaluates the
-- policy before any condition that is not leakproof, and LIKE is not: the trigram index of V7 is never used for a
-- request (only the owner's and superusers' queries could use it), and the planner has no statistics for LIKE either.
-- A search read the whole table and sorted its matches (300,000 rows: about 0.3 s each, seconds under load).
-- This index holds, in the list's default order, the folded search text beside the keys: a page of a search walks it
-- (no table access, no sort) and stops at its 20th match, after a few hundred entries for a frequent word; a rare word
-- reads it whole, about half the table's bytes. It replaces V7's index of the same order, which it covers, and V7's
-- trigram index goes: no request can use it, and every write paid for it (a 300k import most of all).
create index onboarding_volunteer_list_by_name_text on onboarding_volunteer (tenant_id, last_name, first_name, id)
    include (search_text) where erased_at is null;
drop index onboarding_volunteer_list_by_name;
drop index if exists onboarding_volunteer_search;

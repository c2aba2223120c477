-- Loads the national benchmark's data into a platform's database, straight into the plugins' tables
-- (set-based INSERT ... SELECT from generate_series, one transaction). The cooperations themselves exist
-- already (created through the API by run.sh, with their plugins enabled): this file only adds their data.
--
--   psql -v volunteers=1000000 -v teams=10000 -v visits=200000 -v prefix=bench- -f load.sql
--
-- Proportions are those of tenants/demo-data (--export activity): 75% of the teams active, 10% dormant,
-- 15% projects; 3 to 12 members a team, one in ten having left; one partner for three teams; visits over
-- the last twelve months. Volunteers arrived over the last twelve months, spread over the states of the
-- onboarding path; each one who left NEW has one transition (NEW -> its state), which is what the reach
-- indicators read. Deterministic: setseed() first, rows keyed by their number.
\set ON_ERROR_STOP on
select setseed(0.42);
begin;

create temporary table bench_coop on commit drop as
select row_number() over (order by t.slug) - 1 as n, t.slug,
       (select min(d.departement) from platform_tenant_departement d where d.tenant_slug = t.slug) as departement
from platform_tenant t where t.slug like :'prefix' || '%';
create temporary table bench_commune on commit drop as
select c.n, row_number() over (partition by c.n order by m.population desc nulls last, m.code) - 1 as k, m.code
from bench_coop c join platform_commune m on m.departement = c.departement where m.population > 0;
create temporary table bench_commune_count on commit drop as select n, count(*) as communes from bench_commune group by n;

-- Volunteers: spread evenly over the cooperations, arrived over the last 365 days.
insert into onboarding_volunteer (id, tenant_id, first_name, last_name, email, postcode, commune_code, source, consent,
        state, state_rank, state_changed_at, search_text, created_at, updated_at, version)
select 'v' || v.g, c.slug, 'Prénom' || v.g, 'Nom' || v.g, 'benevole' || v.g || '@example.org', null, null, 'jeveuxaider', true,
       s.state, s.rank, v.arrived + interval '3 days', ' prenom' || v.g || ' nom' || v.g || ' ', v.arrived, v.arrived, 0
from (select g, now() - (random() * 365) * interval '1 day' as arrived, random() as r
      from generate_series(0, :volunteers - 1) g) v
join bench_coop c on c.n = v.g % (select count(*) from bench_coop)
cross join lateral (select case when v.r < 0.30 then 'NEW' when v.r < 0.50 then 'CONTACTED' when v.r < 0.62 then 'RESPONDED'
                               when v.r < 0.72 then 'MET' when v.r < 0.80 then 'FIRST_ACTION' when v.r < 0.90 then 'IN_TEAM'
                               when v.r < 0.95 then 'INACTIVE' else 'WITHDRAWN' end as state) s0
cross join lateral (select s0.state, array_position(array['NEW','CONTACTED','RESPONDED','MET','FIRST_ACTION','IN_TEAM',
                               'INACTIVE','WITHDRAWN'], s0.state) - 1 as rank) s;

insert into onboarding_volunteer_transition (id, tenant_id, volunteer_id, from_state, to_state, changed_by, changed_at)
select 't' || v.id, v.tenant_id, v.id, 'NEW', v.state, 'bench', v.state_changed_at
from onboarding_volunteer v join bench_coop c on c.slug = v.tenant_id where v.state <> 'NEW';

-- Teams, 1 to 3 communes of the cooperation's département each.
insert into teams_team (id, tenant_id, name, carrier, project, charter_signed_on, status, status_reason, status_changed_at,
        commune_codes, referents, welcoming, created_at, updated_at, version)
select 'team' || t.g, c.slug, 'Équipe ' || t.g, null, null,
       case when t.r < 0.85 then current_date - 400 end,
       case when t.r < 0.75 then 'ACTIVE' when t.r < 0.85 then 'DORMANT' else 'PROJECT' end,
       case when t.r >= 0.75 and t.r < 0.85 then 'Pause' end, now(),
       ' ' || (select string_agg(x.code, ' ') from (select m.code from bench_commune m
               where m.n = c.n and m.k in (t.g % cc.communes, (t.g * 7 + 1) % cc.communes, (t.g * 13 + 2) % cc.communes)
               order by m.code limit 1 + t.g % 3) x) || ' ',
       ' ', true, now() - interval '400 days', now(), 0
from (select g, random() as r from generate_series(0, :teams - 1) g) t
join bench_coop c on c.n = t.g % (select count(*) from bench_coop)
join bench_commune_count cc on cc.n = c.n;

insert into teams_member (id, tenant_id, team_id, first_name, last_name, joined_on, left_on, created_at, version)
select 'm' || t.id || '-' || k, t.tenant_id, t.id, 'Prénom', 'Nom', j.joined, case when j.r < 0.1 then j.joined + 60 end,
       now(), 0
from teams_team t join bench_coop c on c.slug = t.tenant_id
cross join lateral (select k, current_date - 485 + (random() * 360)::int as joined, random() as r
                    from generate_series(1, 3 + (hashtext(t.id) & 1023) % 10) k) j;

-- Visits: spread over the active and dormant teams, over the last 365 days.
create temporary table bench_acting on commit drop as
select row_number() over (order by t.id) - 1 as i, t.id, t.tenant_id, t.commune_codes
from teams_team t join bench_coop c on c.slug = t.tenant_id where t.status <> 'PROJECT';
insert into teams_action (id, tenant_id, team_id, done_on, kind, commune_code, people_met, volunteer_hours, participants,
        logged_by, logged_at)
select 'a' || v.g, a.tenant_id, a.id, current_date - (v.r1 * 364)::int,
       (array['visit','visit','visit','phone-call','outing','group-activity','ehpad-support','ccas-support'])[1 + v.g % 8],
       split_part(trim(a.commune_codes), ' ', 1), 1 + (v.r2 * 3)::int, (2 + (v.r3 * 14)::int) / 2.0, ' ', 'bench', now()
from (select g, random() as r1, random() as r2, random() as r3 from generate_series(0, :visits - 1) g) v
join bench_acting a on a.i = v.g % (select count(*) from bench_acting);

insert into teams_partner (id, tenant_id, name, kind, commune_code, created_at, version)
select 'p' || t.id, t.tenant_id, 'Partenaire ' || t.id, (array['CCAS','EHPAD','MAIRIE','ASSOCIATION','OTHER'])[1 + (hashtext(t.id) & 1023) % 5],
       null, now(), 0
from teams_team t join bench_coop c on c.slug = t.tenant_id where (hashtext(t.id) & 1023) % 3 = 0;
insert into teams_partner_link (id, tenant_id, team_id, partner_id)
select 'l' || p.id, p.tenant_id, substr(p.id, 2), p.id from teams_partner p join bench_coop c on c.slug = p.tenant_id;

commit;
analyze onboarding_volunteer; analyze onboarding_volunteer_transition; analyze teams_team; analyze teams_member;
analyze teams_action; analyze teams_partner; analyze teams_partner_link;
select (select count(distinct tenant_id) from onboarding_volunteer where tenant_id like :'prefix' || '%') as cooperations,
       (select count(*) from onboarding_volunteer where tenant_id like :'prefix' || '%') as volunteers,
       (select count(*) from teams_team where tenant_id like :'prefix' || '%') as teams,
       (select count(*) from teams_member where tenant_id like :'prefix' || '%') as members,
       (select count(*) from teams_action where tenant_id like :'prefix' || '%') as visits,
       (select count(*) from teams_partner where tenant_id like :'prefix' || '%') as partners;

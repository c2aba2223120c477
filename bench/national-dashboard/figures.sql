-- The national dashboard's figures computed by hand from the raw tables, for every bench cooperation and
-- each of the last twelve months: what GET /api/indicators answers (from the stored snapshots), computed
-- here in one set-based query. Same definitions as the plugins' IndicatorSource implementations:
-- volunteers arrived before the month's end; volunteers by state (today's); contacted and response rates
-- from the transitions before the month's end; median days to a first action; teams by status (today's);
-- members at the month's end; actions, people met and volunteer hours of the month; communes and
-- population covered by the active teams (today's). psql variable: prefix.
with months as (
    select m::date as month, (m + interval '1 month')::date as next_month
    from generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()), interval '1 month') m
), coop as (
    select slug from platform_tenant where status = 'ACTIVE' and slug like :'prefix' || '%'
), grid as (
    select c.slug, m.month, m.next_month from coop c cross join months m
), arrivals as (      -- volunteers by month of arrival; before the first month of the period in one bucket
    select tenant_id, greatest(date_trunc('month', created_at)::date, (select min(month) from months)) as month, count(*) as n
    from onboarding_volunteer where tenant_id like :'prefix' || '%' group by 1, 2
), by_state as (
    select tenant_id, jsonb_object_agg(state, n) as states
    from (select tenant_id, state, count(*) as n from onboarding_volunteer
          where tenant_id like :'prefix' || '%' and erased_at is null group by 1, 2) s group by 1
), reached as (       -- per volunteer: the month it first left NEW, and first answered
    select tenant_id, volunteer_id,
           greatest(date_trunc('month', min(changed_at) filter (where from_state = 'NEW'))::date, (select min(month) from months)) as contacted,
           greatest(date_trunc('month', min(changed_at) filter (where to_state in ('RESPONDED', 'MET', 'FIRST_ACTION', 'IN_TEAM')))::date,
                    (select min(month) from months)) as answered
    from onboarding_volunteer_transition where tenant_id like :'prefix' || '%' group by 1, 2
), reached_by_month as (
    select tenant_id, month, sum(contacted) as contacted, sum(answered) as answered
    from (select tenant_id, contacted as month, 1 as contacted, 0 as answered from reached where contacted is not null
          union all
          select tenant_id, answered, 0, 1 from reached where answered is not null) r group by 1, 2
), first_action as (
    select t.tenant_id, min(t.changed_at) as at, extract(day from min(t.changed_at) - v.created_at) as days
    from onboarding_volunteer_transition t join onboarding_volunteer v on v.id = t.volunteer_id
    where t.tenant_id like :'prefix' || '%' and t.to_state = 'FIRST_ACTION'
    group by t.tenant_id, t.volunteer_id, v.created_at
), days_to_first_action as (
    select g.slug, g.month, percentile_disc(0.5) within group (order by f.days) as days
    from grid g join first_action f on f.tenant_id = g.slug and f.at < g.next_month group by 1, 2
), teams_by_status as (
    select tenant_id, jsonb_object_agg(status, n) as statuses
    from (select tenant_id, status, count(*) as n from teams_team where tenant_id like :'prefix' || '%' group by 1, 2) s group by 1
), coverage as (
    select c.tenant_id, count(*) as communes, coalesce(sum(m.population), 0) as population
    from (select distinct t.tenant_id, code from teams_team t, unnest(string_to_array(trim(t.commune_codes), ' ')) code
          where t.tenant_id like :'prefix' || '%' and t.status = 'ACTIVE') c
    join platform_commune m on m.code = c.code group by c.tenant_id
), member_moves as (  -- +1 the month a member joins, -1 the month they leave (not a member at its end)
    select tenant_id, month, sum(delta) as delta
    from (select tenant_id, greatest(date_trunc('month', joined_on)::date, (select min(month) from months)) as month, 1 as delta
          from teams_member where tenant_id like :'prefix' || '%'
          union all
          select tenant_id, greatest(date_trunc('month', left_on)::date, (select min(month) from months)), -1
          from teams_member where tenant_id like :'prefix' || '%' and left_on is not null) mv group by 1, 2
), actions as (
    select tenant_id, date_trunc('month', done_on)::date as month, count(*) as n, sum(people_met) as people,
           sum(volunteer_hours) as hours
    from teams_action where tenant_id like :'prefix' || '%' and done_on >= (select min(month) from months) group by 1, 2
), monthly as (
    select g.slug, g.month,
           sum(coalesce(a.n, 0)) over w as volunteers,
           sum(coalesce(r.contacted, 0)) over w as contacted,
           sum(coalesce(r.answered, 0)) over w as answered,
           sum(coalesce(mm.delta, 0)) over w as members
    from grid g
    left join arrivals a on a.tenant_id = g.slug and a.month = g.month
    left join reached_by_month r on r.tenant_id = g.slug and r.month = g.month
    left join member_moves mm on mm.tenant_id = g.slug and mm.month = g.month
    window w as (partition by g.slug order by g.month)
)
select m.slug, to_char(m.month, 'YYYY-MM') as month, m.volunteers, s.states,
       coalesce(round(100.0 * m.contacted / nullif(m.volunteers, 0), 1), 0) as contacted_rate,
       coalesce(round(100.0 * m.answered / nullif(m.contacted, 0), 1), 0) as response_rate,
       d.days as days_to_first_action, ts.statuses, m.members,
       coalesce(ac.n, 0) as actions, coalesce(ac.people, 0) as people_met, coalesce(ac.hours, 0) as volunteer_hours,
       coalesce(cv.communes, 0) as communes_covered, coalesce(cv.population, 0) as population_covered
from monthly m
left join by_state s on s.tenant_id = m.slug
left join days_to_first_action d on d.slug = m.slug and d.month = m.month
left join teams_by_status ts on ts.tenant_id = m.slug
left join coverage cv on cv.tenant_id = m.slug
left join actions ac on ac.tenant_id = m.slug and ac.month = m.month
order by m.slug, m.month;

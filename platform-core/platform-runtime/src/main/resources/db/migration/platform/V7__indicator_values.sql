-- The monthly snapshots of the indicators plugins declare, per cooperation.
-- An open month (the current one) has revision 1, rewritten at each snapshot; once the month has ended its
-- values are closed, and a later correction adds a revision instead of rewriting a closed value.
create table platform_indicator_value (
    id            varchar(36)              not null primary key,
    tenant_id     varchar(40)              not null references platform_tenant (slug),
    month         date                     not null,
    indicator_key varchar(200)             not null,
    revision      integer                  not null,
    value         numeric(20, 4)           not null,
    closed        boolean                  not null,
    computed_at   timestamp with time zone not null,
    constraint platform_indicator_value_revision unique (tenant_id, month, indicator_key, revision),
    constraint platform_indicator_value_first_day check (extract(day from month) = 1)
);

create index platform_indicator_value_month on platform_indicator_value (month, tenant_id);

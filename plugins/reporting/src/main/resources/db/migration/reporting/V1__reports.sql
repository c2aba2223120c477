-- The cooperations' reports to the national network.
create table reporting_report (
    id             varchar(36)              not null primary key,
    tenant_id      varchar(40)              not null,
    period         varchar(7)               not null,
    state          varchar(20)              not null,
    highlights     varchar(10000)           not null default '',
    difficulties   varchar(10000)           not null default '',
    needs          varchar(10000)           not null default '',
    team_stories   varchar(10000)           not null default '',
    contact_email  varchar(254),
    figures        text,
    network_comment varchar(4000),
    created_at     timestamp with time zone not null,
    updated_at     timestamp with time zone not null,
    submitted_at   timestamp with time zone,
    decided_at     timestamp with time zone,
    version        bigint                   not null,
    constraint reporting_report_period unique (tenant_id, period)
);

create index reporting_report_state on reporting_report (tenant_id, state);

-- Imports of JeVeuxAider exports: one row per file imported (its progress and report), and the
-- problems found in its rows.

create table onboarding_import_job (
    id           varchar(36)              not null primary key,
    tenant_id    varchar(40)              not null,
    file_name    varchar(200)             not null,
    size_bytes   bigint                   not null,
    dry_run      boolean                  not null,
    state        varchar(20)              not null,
    format       varchar(100),
    reading      varchar(200),
    progress     double precision         not null,
    rows_read    bigint                   not null,
    created      bigint                   not null,
    merged       bigint                   not null,
    unchanged    bigint                   not null,
    rejected     bigint                   not null,
    warnings     bigint                   not null,
    failure      varchar(1000),
    requested_by varchar(200)             not null,
    requested_at timestamp with time zone not null,
    started_at   timestamp with time zone,
    finished_at  timestamp with time zone
);
create index onboarding_import_job_recent on onboarding_import_job (tenant_id, requested_at);

create table onboarding_import_problem (
    id          varchar(36)  not null primary key,
    tenant_id   varchar(40)  not null,
    job_id      varchar(36)  not null references onboarding_import_job (id),
    line_number bigint       not null,
    column_name varchar(100),
    bad_value   varchar(300),
    reason      varchar(500) not null,
    severity    varchar(20)  not null
);
create index onboarding_import_problem_of on onboarding_import_problem (tenant_id, job_id, line_number);

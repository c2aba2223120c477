-- The runs of scheduled jobs, one row per job and cooperation ('' for work of the whole network): when the next
-- run is due and which instance holds it (org.maillage.platform.jobs). Platform bookkeeping, read and written
-- outside any cooperation like the registry: no tenant_id column, so no row-level security.
create table platform_job_run (
    job          varchar(100)             not null,
    cooperation  varchar(40)              not null,
    next_run_at  timestamp with time zone not null,
    lease_until  timestamp with time zone,
    taken_by     varchar(64),
    last_run_at  timestamp with time zone,
    last_error   varchar(1000),
    primary key (job, cooperation)
);

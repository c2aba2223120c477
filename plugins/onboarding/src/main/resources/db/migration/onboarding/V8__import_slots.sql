-- One import at a time per cooperation, across every instance: the slot is a row, held by the instance that runs
-- the import under a lease it renews while the import runs (org.maillage.onboarding.imports). Tenant-owned, so
-- walled like the jobs it points to.
create table onboarding_import_slot (
    tenant_id   varchar(40)              not null primary key,
    job_id      varchar(36)              not null,
    instance    varchar(64)              not null,
    lease_until timestamp with time zone not null
);

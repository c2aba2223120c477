-- Who changed what, where and when.
create table platform_audit (
    id          varchar(36)              not null primary key,
    tenant_slug varchar(40),
    subject     varchar(200)             not null,
    action      varchar(300)             not null,
    target      varchar(1000)            not null,
    status      integer                  not null,
    occurred_at timestamp with time zone not null
);
create index platform_audit_tenant on platform_audit (tenant_slug, occurred_at);

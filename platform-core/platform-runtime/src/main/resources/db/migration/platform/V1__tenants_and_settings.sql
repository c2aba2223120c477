-- The registry of cooperations and their setting overrides.
-- Written for PostgreSQL.

create table platform_tenant (
    slug         varchar(40)              not null primary key,
    display_name varchar(200)             not null,
    status       varchar(20)              not null,
    created_at   timestamp with time zone not null,
    updated_at   timestamp with time zone not null,
    version      bigint                   not null
);

create table platform_tenant_departement (
    tenant_slug varchar(40) not null references platform_tenant (slug),
    departement varchar(3)  not null,
    primary key (tenant_slug, departement)
);

create table platform_tenant_setting (
    id            varchar(36)              not null primary key,
    tenant_id     varchar(40)              not null references platform_tenant (slug),
    setting_key   varchar(200)             not null,
    setting_value varchar(2000)            not null,
    updated_at    timestamp with time zone not null,
    constraint platform_tenant_setting_key unique (tenant_id, setting_key)
);

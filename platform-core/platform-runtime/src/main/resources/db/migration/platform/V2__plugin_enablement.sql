-- Which plugins each cooperation has enabled.
create table platform_plugin_enablement (
    id         varchar(36)              not null primary key,
    tenant_id  varchar(40)              not null references platform_tenant (slug),
    plugin_id  varchar(30)              not null,
    enabled_at timestamp with time zone not null,
    enabled_by varchar(200),
    constraint platform_plugin_enablement_once unique (tenant_id, plugin_id)
);

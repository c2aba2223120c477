-- ${pluginName}: the registrations of a cooperation. PostgreSQL's SQL; Flyway applies it at the platform's
-- start (history table ${pluginId}_schema_history). Tables are prefixed with the plugin id; a table that
-- holds a cooperation's data has tenant_id (the entity does not map it): the platform fills it, filters
-- on it and walls the table with row-level security.
create table ${pluginId}_registration (
    id         varchar(36)              not null primary key,
    tenant_id  varchar(40)              not null,
    email      varchar(320)             not null,
    activity   varchar(200)             not null,
    created_at timestamp with time zone not null
);

create index ${pluginId}_registration_tenant on ${pluginId}_registration (tenant_id, created_at);

-- Every change of a cooperation or of its modules' enablement tells the platform's instances, so that each one
-- evicts what it cached (TenantCache): NOTIFY maillage_cache, '<what>:<slug>', sent by the writing transaction and
-- delivered at its commit, whoever wrote (the platform, a migration, psql). Nothing is sent for a rollback.
create function platform_cache_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('maillage_cache', tg_argv[0] || ':' || (to_jsonb(coalesce(new, old)) ->> tg_argv[1]));
    return null;
end
$$;

create trigger platform_tenant_cache after insert or update or delete on platform_tenant
    for each row execute function platform_cache_notify('tenant', 'slug');

create trigger platform_plugin_enablement_cache after insert or update or delete on platform_plugin_enablement
    for each row execute function platform_cache_notify('enablement', 'tenant_id');

-- TRUNCATE has no row: everything is evicted.
create function platform_cache_notify_all() returns trigger language plpgsql as $$
begin
    perform pg_notify('maillage_cache', tg_argv[0] || ':*');
    return null;
end
$$;

create trigger platform_tenant_cache_truncate after truncate on platform_tenant
    for each statement execute function platform_cache_notify_all('tenant');

create trigger platform_plugin_enablement_cache_truncate after truncate on platform_plugin_enablement
    for each statement execute function platform_cache_notify_all('enablement');

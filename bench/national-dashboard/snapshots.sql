-- A plain SQL read of what GET /api/indicators serves: the latest revision of every stored value of the active
-- bench cooperations over the last twelve months (the API's own floor: the same rows, without HTTP, JSON or JPA).
select distinct on (v.tenant_id, v.month, v.indicator_key) v.tenant_id, v.month, v.indicator_key, v.value, v.revision, v.closed
from platform_indicator_value v
join platform_tenant t on t.slug = v.tenant_id and t.status = 'ACTIVE'
where v.tenant_id like :'prefix' || '%'
  and v.month >= date_trunc('month', now()) - interval '11 months'
order by v.tenant_id, v.month, v.indicator_key, v.revision desc;

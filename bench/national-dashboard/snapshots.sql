-- A plain SQL read of what GET /api/indicators serves: the latest revision of every stored value of the bench
-- cooperations over the last twelve months (the API's own floor: the same rows, without HTTP, JSON or JPA).
select v.tenant_id, v.month, v.indicator_key, v.value, v.revision, v.closed
from platform_indicator_value v
join platform_tenant t on t.slug = v.tenant_id and t.status = 'ACTIVE'
where v.tenant_id like :'prefix' || '%'
  and v.month >= date_trunc('month', now()) - interval '11 months'
  and v.revision = (select max(r.revision) from platform_indicator_value r
                    where r.tenant_id = v.tenant_id and r.month = v.month and r.indicator_key = v.indicator_key)
order by v.tenant_id, v.month, v.indicator_key;
